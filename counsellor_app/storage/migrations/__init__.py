"""Alembic migrations of the schema, run by the program at start-up."""
