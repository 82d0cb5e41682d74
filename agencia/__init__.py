"""Agencia: the account-management desktop application of an advertising agency."""

__version__ = "0.1.0"
