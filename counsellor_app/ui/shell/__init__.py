"""The main window around the sections: its menus, the registry of sections, start-up and
the first page, the settings dialog and the File menu's work."""
