"""Fixture module: radicale on 127.0.0.1 (being written)."""
