"""Keeping the data safe: encryption, backups and the trash."""
