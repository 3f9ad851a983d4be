"""Serializers: JSON, JSON Lines, CSV, SQLite and (optionally) Arrow."""
