"""The database: tables, engine set-up, migrations, record mapping, backups."""
