"""The Sessions table marks sessions that break a schedule rule, and clears the mark on undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt

from planner.storage.edits import AddSessions


def _col(model, key):
    return [c.key for c in model.columns].index(key)


def test_double_booked_host_is_marked_in_sessions(window, qtbot):
    model = window.sessions.model
    col = _col(model, "conflicts")
    store = window.context.store
    first = store.sessions(window.context.campaign_id)[0]
    qtbot.waitUntil(lambda: model.schedule is not None, timeout=10000)
    row = model.row_of(first.id)
    assert not model.index(row, col).data().startswith("✖")

    # The same host again, overlapping by an hour: a double booking.
    window.context.apply(AddSessions((replace(first, id=None, start=first.start + timedelta(hours=1)),)))
    qtbot.waitUntil(lambda: model.index(model.row_of(first.id), col).data().startswith("✖"), timeout=10000)
    row = model.row_of(first.id)
    assert "Vivi Beauty" in model.index(row, col).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is not None

    window.context.undo_stack.undo()
    qtbot.waitUntil(lambda: not model.index(model.row_of(first.id), col).data().startswith("✖"), timeout=10000)
