"""Qt layer: everything that imports PySide6 lives here."""
