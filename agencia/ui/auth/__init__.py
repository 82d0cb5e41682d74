"""Signing in and the first-run wizard."""
