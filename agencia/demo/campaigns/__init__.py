"""The campaigns area's part of the demo: campaigns lived through the real services."""
