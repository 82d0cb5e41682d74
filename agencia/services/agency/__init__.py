"""agency"""
