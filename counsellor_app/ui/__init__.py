"""The window: PySide6 widgets, table models, forms, dialogs and background tasks."""
