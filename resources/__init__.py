"""Icons and style sheets (package data, read with importlib.resources)."""
