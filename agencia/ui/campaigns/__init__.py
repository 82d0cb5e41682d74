"""Campaigns area: the list, the campaign page, the pipeline board and the decision dialogs."""
