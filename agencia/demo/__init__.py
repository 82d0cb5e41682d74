"""The demo agency: a plan language (`plan`), its data (`data`), and each area's part of
it, filled in one transaction by `fill.fill_demo`."""
