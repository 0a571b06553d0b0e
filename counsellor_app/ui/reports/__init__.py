"""Reports from the window: the commands of the Reports menu and the preview."""
