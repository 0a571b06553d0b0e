"""What a user can do: record, compare, import, export, back up; returns domain objects."""
