"""Fixture module: dovecot on 127.0.0.1 (being written)."""
