"""Agencia."""
