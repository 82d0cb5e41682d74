"""Engines, units of work, SQLite safety, migrations and backups."""
