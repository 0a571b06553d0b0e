"""Search across every record: the model of the hits and the panel that shows them."""
