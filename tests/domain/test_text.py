"""Messages of the Qt-free layers: English strings that carry what the UI needs to translate them."""

from __future__ import annotations

import pickle
from datetime import date

from planner.domain.holidays_cn import days_off, holiday_text
from planner.domain.models import Host
from planner.domain.schedule import ConflictList
from planner.domain.text import QT_TRANSLATE_NOOP, Text
from planner.domain.validation import validate_host


def test_a_filled_template_is_its_english_sentence_and_keeps_template_and_fields():
    message = QT_TRANSLATE_NOOP("Validation", "is {n:,} characters long; at most {most} are allowed").format(
        n=1234, most=100)
    assert message == "is 1,234 characters long; at most 100 are allowed" and isinstance(message, str)
    assert (message.context, message.template, message.fields) == (
        "Validation", "is {n:,} characters long; at most {most} are allowed", {"n": 1234, "most": 100})
    again = pickle.loads(pickle.dumps(message))  # the helper process sends explanations and problems back
    assert isinstance(again, Text) and again == message and again.fields == message.fields


def test_validation_messages_are_translatable_and_read_the_same_in_english():
    (problem,) = [p for p in validate_host(Host(name="x" * 1234, platform="douyin", tier="head"))
                  if p.field == "name"]
    assert problem.message == "is 1,234 characters long; at most 100 are allowed"
    assert problem.message.template == "is {n:,} characters long; at most {most} are allowed"


def test_a_conflict_keeps_its_template_through_the_packed_columns_and_a_process_hop():
    table = ConflictList()
    holiday = QT_TRANSLATE_NOOP("Problems", "{host} on {day} falls on a public holiday in China ({holiday}): "
                                            "audiences travel and couriers slow down")
    table.add(("public_holiday", "info", (7,), holiday.format(host="Luna", day="2027-06-09 Wed",
                                                               holiday=holiday_text("Dragon Boat Festival"))))
    table.add(("custom", "info", (8,), "a plain message"))
    for shown in (table, pickle.loads(pickle.dumps(table))):
        first, second = shown[0], shown[1]
        assert first.message == ("Luna on 2027-06-09 Wed falls on a public holiday in China (Dragon Boat "
                                 "Festival): audiences travel and couriers slow down")
        assert first.message.template == holiday.template
        assert first.message.fields["holiday"].context == "Holidays"  # the name is translatable too
        assert second.message == "a plain message" and not isinstance(second.message, Text)
    rebuilt = ConflictList([table[0]])  # a Conflict read back is stored coded again, not as its English
    assert rebuilt.messages[0] == table.messages[0] and rebuilt[0].message.template == holiday.template


def test_a_name_with_the_separator_does_not_shift_the_fields():
    from planner.domain.schedule import _HOST_TWICE, _message, _say

    raw = _say(_HOST_TWICE, host="odd\x1fname", first="a", second="b")
    assert _message(raw).fields == {"host": "odd name", "first": "a", "second": "b"}


def test_holiday_names_become_templates_the_catalogue_knows():
    assert holiday_text("National Day (observed)").template == "{holiday} (observed)"
    assert holiday_text("National Day (observed)").fields["holiday"].template == "National Day"
    substituted = holiday_text("Day off (substituted from 01/04/2026)")
    assert substituted == "Day off (substituted from 2026-01-04)" and substituted.fields == {"day": "2026-01-04"}
    both = holiday_text("Mid-Autumn Festival; National Day")
    assert both == "Mid-Autumn Festival; National Day" and both.template == "{first}; {second}"
    assert holiday_text("Our own window").template == "Our own window"
    found = days_off(date(2027, 10, 1), date(2027, 10, 1))
    assert all(isinstance(name, Text) for name in found.values())


def test_a_day_or_span_in_a_message_carries_its_weekday_for_translation():
    from planner.domain.schedule import day_text

    span = day_text("2027-06-06 Sun 23:00–02:00 (+1 day)")
    assert span == "2027-06-06 Sun 23:00–02:00 (+1 day)" and span.template == "{date} Sun{rest}"
    assert span.fields["rest"].template == "{time} (+{n} day)" and span.fields["rest"].fields["n"] == 1
    assert day_text("Luna") == "Luna" and day_text("2027-06-07 Mon").fields == {"date": "2027-06-07", "rest": ""}


def test_a_platform_in_a_brand_overlap_keeps_its_chinese_name_through_the_coded_column():
    import pickle

    from planner.domain.schedule import _BRAND_TWICE, ConflictList, _say
    from planner.domain.text import Named

    table = ConflictList()
    table.add(("brand_overlap", "error", (1, 2), _say(_BRAND_TWICE, brand="Acme", platform=Named("Douyin", "抖音"),
                                                     host="A", first="x", second="y", other_host="B")))
    for shown in (table, pickle.loads(pickle.dumps(table)), ConflictList([table[0]])):
        platform = shown[0].message.fields["platform"]
        assert shown[0].message.startswith("Acme is live twice on Douyin at once") and platform.zh == "抖音"
