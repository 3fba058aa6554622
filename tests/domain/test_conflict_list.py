"""ConflictList: many conflicts kept as columns, read back as the same Conflict values."""

from __future__ import annotations

import gc

from planner.domain.schedule import Conflict, ConflictList

SAMPLE = [
    Conflict("host_double_booked", "error", (1, 2), "Vivi is booked twice"),
    Conflict("off_prime_time", "info", (3,), "starts at 12:00"),
    Conflict("outside_campaign", "warning", (2,), "outside the campaign dates"),
    Conflict("public_holiday", "info", (1,), "Dragon Boat Festival"),
]


def test_reads_back_the_same_conflicts_in_order():
    table = ConflictList(SAMPLE)
    assert len(table) == 4 and list(table) == SAMPLE and table == SAMPLE
    assert table[2] == SAMPLE[2] and table[-1] == SAMPLE[-1] and table[1:3] == SAMPLE[1:3]
    assert ConflictList() == [] and not ConflictList()


def test_counts_filters_and_indexes_by_session():
    table = ConflictList(SAMPLE)
    assert [table.count(s) for s in ("error", "warning", "info")] == [1, 1, 2]
    assert list(table.without("info")) == [SAMPLE[0], SAMPLE[2]]
    assert table.index_by_session() == {1: (0, 3), 2: (0, 2), 3: (1,)}


def test_columns_are_not_walked_by_the_garbage_collector():
    table = ConflictList(Conflict("brand_overlap", "error", (i, i + 1), f"overlap {i}") for i in range(1000))
    gc.collect()
    assert not any(gc.is_tracked(x) for x in table.session_ids[:50])  # int tuples leave the collector
    assert sum(gc.is_tracked(x) for x in (table.kinds, table.severities, table.session_ids, table.messages)) == 4


def test_travels_packed_between_processes_and_reads_back_the_same():
    import pickle

    table = ConflictList(SAMPLE + [Conflict("brand_overlap", "error", (7, 8, 9), "三场同时直播 · 抖音")])
    back = pickle.loads(pickle.dumps(table))
    assert back == table and list(back) == list(table) and back[-1].message == "三场同时直播 · 抖音"
    assert back[0].session_ids == (1, 2) and back[-1].session_ids == (7, 8, 9)
    assert back.index_by_session() == table.index_by_session()
    assert list(back.without("info")) == list(table.without("info"))
    assert pickle.loads(pickle.dumps(back)) == table  # and again, from its packed form
    assert pickle.loads(pickle.dumps(ConflictList())) == []


def test_packed_columns_count_filter_and_index_like_lists():
    import pickle

    table = ConflictList(SAMPLE * 50)
    back = pickle.loads(pickle.dumps(table))
    for sev in ("error", "warning", "info", "nonsense"):
        assert back.count(sev) == table.count(sev)
        assert back.positions_without(sev) == table.positions_without(sev)
    assert back.severities[-3:] == table.severities[-3:] and back.kinds[-1] == "public_holiday"
    index = back.index_by_session()
    assert dict(index) == dict(table.index_by_session()) and len(index) == 3
    assert index.get(2) == tuple(sorted([i * 4 for i in range(50)] + [i * 4 + 2 for i in range(50)]))
    assert index.get(99, ()) == () and 99 not in index and "1" not in index
    again = pickle.loads(pickle.dumps(index))
    assert again == index and list(again) == [1, 2, 3]
