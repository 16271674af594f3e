"""Fixture module: smtp on 127.0.0.1 (being written)."""
