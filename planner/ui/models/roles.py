"""Custom item-data roles shared by the planner's models, delegates and proxies."""

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id of the row (int)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a raw, comparable value for sorting
EDITOR_ROLE = Qt.ItemDataRole.UserRole + 3  # which editor the delegate builds: "money", "percent", ...
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 4  # [(value, label)] for picker editors
CURRENCY_ROLE = Qt.ItemDataRole.UserRole + 5  # currency code of a money cell
ERROR_ROLE = Qt.ItemDataRole.UserRole + 6  # the domain's message when the last edit of this cell was refused
