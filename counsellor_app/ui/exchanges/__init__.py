"""The Exchanges section: an exchange's overview and its tabs, and fast capture of
observations."""
