"""The window around the pages: the sidebar of sections and the registry that builds their
pages, menus and toolbar, the status bar, start and close."""
