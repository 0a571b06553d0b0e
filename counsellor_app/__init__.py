"""Exchange Notes: what return counsellors learn when agencies exchange staff."""

__version__ = "0.1.0"
