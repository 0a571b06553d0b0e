"""What every part of the window shares: the editing controller, operations and the changes
they announce, background reads, the section interface, settings and language, the field
editors and the small widgets forms are made of. It imports no other package of the window."""
