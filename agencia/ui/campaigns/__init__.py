"""The campaigns area: the list, the pipeline board and the campaign page."""
