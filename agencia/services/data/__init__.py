"""The data area: imports from spreadsheets, exports, the full export and restore."""
