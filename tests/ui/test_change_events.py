"""One slot-fee edit in the real main window: every listener reacts to what the change says, nothing more.

The SQL the app's own plan connection runs after the edit is counted with sqlite3's trace callback: each
table is read at most once, the campaign tree is not rebuilt (its items stay the same objects and the model
is not reset), the status bar does not read every campaign, and the schedule is not checked again (a slot
fee is not among what the check reads).
"""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtCore import Qt

from tests.ui.conftest import wait_projection

_TABLE = re.compile(r"\b(?:FROM|JOIN)\s+[\"`]?(\w+)", re.IGNORECASE)


def _tables_read(statements: list[str]) -> Counter:
    """How many statements read each table (a statement naming a table twice counts once)."""
    counts: Counter = Counter()
    for sql in statements:
        head = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
        if head not in ("SELECT", "WITH"):
            continue
        for table in set(_TABLE.findall(sql)):
            counts[table.lower()] += 1
    return counts


def _settled(window, qtbot) -> None:
    wait_projection(qtbot, window)
    schedule = window.context.schedule
    qtbot.waitUntil(lambda: not schedule.pending and not window.runner.busy, timeout=15000)
    qtbot.wait(200)


def test_a_slot_fee_edit_reads_each_table_once_and_leaves_the_campaign_tree_alone(window, qtbot, monkeypatch):
    from planner.services import projection
    window.tabs.setCurrentWidget(window.sessions)
    model = window.sessions.model
    qtbot.waitUntil(lambda: model.rowCount() > 2, timeout=5000)
    _settled(window, qtbot)

    schedule = window.context.schedule
    checked, checks_asked = schedule.latest, schedule.generation
    assert checked is not None and not checked.has_sessions  # (no calendar on screen)
    tree = window.campaigns.tree_model
    items_before = [tree.item(r) for r in range(tree.rowCount())]
    resets: list[int] = []
    tree.modelReset.connect(lambda: resets.append(1))
    tree.rowsRemoved.connect(lambda *_: resets.append(1))
    plan_reads: list[object] = []  # the projection's reads of the plan (its worker's own connection)
    real_open = projection.open_source
    monkeypatch.setattr(projection, "open_source", lambda source: plan_reads.append(source) or real_open(source))
    statements: list[str] = []
    store = window.context.store
    store.conn.set_trace_callback(statements.append)
    try:
        col = [c.key for c in model.columns].index("slot_fee")
        session_id = model.row_id(model.record(1)) if hasattr(model, "record") else None
        before = window.runner.latest
        assert model.setData(model.index(1, col), 4321.0, Qt.ItemDataRole.EditRole)
        qtbot.waitUntil(lambda: window.runner.latest is not before and window.runner.latest.range is not None,
                        timeout=15000)
        _settled(window, qtbot)
    finally:
        store.conn.set_trace_callback(None)

    if session_id is not None:
        assert store.session(session_id).slot_fee == 4321.0
    # The edit itself (one transaction, compare-and-set) may read what it writes; the listeners then read
    # each table at most once between them.
    after_commit = statements[max(i for i, s in enumerate(statements) if s.strip().upper().startswith("COMMIT")) + 1:]
    reads = _tables_read(after_commit)
    assert reads and max(reads.values()) <= 1, f"tables read more than once after the edit: {dict(reads)}\n" \
                                                + "\n".join(after_commit)
    assert "campaigns" not in reads, "a slot-fee edit must not read every campaign (status bar, tree)"
    assert not resets, "the campaign tree was rebuilt for a slot-fee edit"
    assert [tree.item(r) for r in range(tree.rowCount())] == items_before
    assert len(plan_reads) == 1, "the projection's point and range passes read the plan once between them"
    # A slot fee is not read by the schedule check: every session of the plan is not read again for it.
    assert schedule.latest is checked and schedule.generation == checks_asked
    panel = window.problems_dock.panel
    assert panel is None or "Checking" not in panel.summary.text()
    assert all(a is b for a, b in zip([tree.item(r) for r in range(tree.rowCount())], items_before))
