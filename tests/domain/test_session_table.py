"""The projection's per-session figures kept column-wise (SessionTable): same figures as row objects, cheap to
send between processes."""

from __future__ import annotations

import pickle
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from planner.domain.errors import PlannerError
from planner.domain.projection import SessionFigures, SessionTable, project_campaign


@pytest.fixture
def projected(store):
    plan, cid = store.load_plan(), store.find_campaign("DEMO").id
    return plan, project_campaign(plan, cid, draws=0)


def test_rows_are_session_figures_in_start_order(projected) -> None:
    plan, proj = projected
    table = proj.sessions
    assert isinstance(table, SessionTable) and len(table) == 20
    rows = list(table)
    assert all(isinstance(r, SessionFigures) for r in rows)
    assert [r.start for r in rows] == sorted(r.start for r in rows)
    by_id = {s.id: s for s in plan.sessions}
    hosts = plan.hosts  # id → Host
    for r in rows:
        s = by_id[r.session_id]
        assert r.start == s.start and r.host_id == s.host_id
        assert r.host_name == hosts[s.host_id].name and r.platform == hosts[s.host_id].platform
    assert table[-1] == rows[-1] and table[2:4] == rows[2:4]
    with pytest.raises(IndexError):
        table[20]


def test_position_column_and_session_lookup(projected) -> None:
    _, proj = projected
    table = proj.sessions
    last = table[19]
    assert table.position(last.session_id) == 19 and table.position(-5) == -1
    assert table.column("gmv") == [r.gmv for r in table]
    assert proj.session(last.session_id) == last
    with pytest.raises(PlannerError, match="not part of this projection"):
        proj.session(10**9)


def test_pickles_to_arrays_and_back_equal(projected) -> None:
    _, proj = projected
    data = pickle.dumps(proj, protocol=pickle.HIGHEST_PROTOCOL)
    back = pickle.loads(data)
    assert back.sessions == proj.sessions and list(back.sessions) == list(proj.sessions)
    assert back.session(proj.sessions[3].session_id) == proj.sessions[3]
    # Kept per host, not per session: no host name is repeated in the pickle (hosts have several sessions).
    name = proj.sessions[0].host_name.encode()
    assert data.count(name) == 1


def test_start_keeps_microseconds(store) -> None:
    plan, cid = store.load_plan(), store.find_campaign("DEMO").id
    s0 = plan.sessions[0]
    odd = s0.start.replace(microsecond=123_457) + timedelta(seconds=7)
    sessions = [replace(s0, start=odd)] + [s for s in plan.sessions[1:]]
    proj = project_campaign(replace(plan, sessions=sessions), cid, draws=0)
    fig = proj.session(s0.id)
    assert fig.start == odd and fig.start.tzinfo is not None
    assert fig.start.astimezone(timezone.utc) == datetime.fromisoformat(odd.isoformat())
