"""The data area in the window: importing a spreadsheet with a column-mapping dialog."""
