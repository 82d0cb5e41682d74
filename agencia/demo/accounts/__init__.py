"""The accounts area's part of the demo: the clients, their brands, contacts and teams."""
