"""Qt layer."""
