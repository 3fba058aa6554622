"""Shipped benchmark library, festival calendar and demo plan (package data, read with importlib.resources)."""
