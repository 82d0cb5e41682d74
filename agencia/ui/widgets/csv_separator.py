"""The separator a CSV exported from the window uses: Excel splits a file into columns
by the list separator of the region it runs in, and where the decimal mark is a comma
that separator is ";" — so the agency's locale picks it, for every list alike."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def csv_delimiter(locale: QLocale) -> str:
    """A semicolon where numbers are written 1.234,5 (Spain, much of Latin America), else
    a comma."""
    return ";" if locale.decimalPoint() == "," else ","
