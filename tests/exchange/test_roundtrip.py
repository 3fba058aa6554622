"""Export → import is lossless for hosts and sessions with Chinese names, emoji and formula-like text."""

from __future__ import annotations

from dataclasses import asdict, replace

import pytest

from planner.domain.models import Campaign
from planner.exchange import (
    export_csv, export_hosts_csv, export_hosts_xlsx, export_xlsx, import_file, prepare_import,
)


def _host_fields(store):
    return sorted((tuple(sorted((k, v) for k, v in asdict(h).items() if k != "id")) for h in store.hosts()))


def _session_fields(store, campaign_id):
    handles = {h.id: (h.platform, h.handle, h.name) for h in store.hosts()}
    out = []
    for s in store.sessions(campaign_id):
        d = asdict(s)
        d["host"] = handles[d.pop("host_id")]
        d.pop("id"), d.pop("campaign_id")
        out.append(tuple(sorted(d.items())))
    return sorted(out, key=repr)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_round_trip_hosts_and_sessions(cn_store, target, tmp_path, fmt, lang):
    hosts_file = tmp_path / f"hosts.{fmt}"
    schedule_file = tmp_path / f"schedule.{fmt}"
    (export_hosts_csv if fmt == "csv" else export_hosts_xlsx)(cn_store, hosts_file, lang=lang)
    camp = cn_store.campaigns()[0]
    if fmt == "csv":
        export_csv(cn_store, schedule_file, camp.id, lang=lang, display_zone="Europe/Rome")
    else:
        export_xlsx(cn_store, schedule_file, camp.id, lang=lang, display_zone="America/New_York", draws=0)

    plan, _ = import_file(target, hosts_file, "hosts")
    assert len(plan.edit.add_hosts) == 4
    assert _host_fields(target) == _host_fields(cn_store)

    new = target.add_campaign(replace(camp, id=None))
    plan, _ = import_file(target, schedule_file, "sessions", campaign=new.id)
    assert not plan.warnings
    assert len(plan.edit.add_sessions) == 4
    assert _session_fields(target, new.id) == _session_fields(cn_store, camp.id)


def test_reimporting_own_export_changes_nothing(cn_store, tmp_path):
    path = tmp_path / "schedule.xlsx"
    camp = cn_store.campaigns()[0]
    export_xlsx(cn_store, path, camp.id, draws=0)
    plan = prepare_import(path, "sessions", cn_store, campaign=camp.id)
    assert plan.ok, plan.problems
    assert plan.unchanged == 4 and not plan.edit.add_sessions and not plan.edit.update_sessions
    hosts = tmp_path / "hosts.csv"
    export_hosts_csv(cn_store, hosts, lang="zh")
    plan = prepare_import(hosts, "hosts", cn_store)
    assert plan.unchanged == 4 and not plan.edit.add_hosts and not plan.edit.update_hosts


def test_whole_plan_export_has_campaign_column(cn_store, tmp_path):
    cn_store.add_campaign(Campaign(name="第二个活动", start_date=cn_store.campaigns()[0].start_date,
                                   end_date=cn_store.campaigns()[0].end_date))
    path = tmp_path / "all.csv"
    export_csv(cn_store, path, None)
    first = path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first.startswith("Campaign,")


@pytest.mark.parametrize("lang, mark", [("en", "waist (from followers)"), ("zh", "腰部（按粉丝）")])
def test_roster_shows_the_tier_worked_out_from_followers_and_reimport_keeps_it_automatic(
        store, tmp_path, lang, mark):
    import csv

    auto = [h for h in store.hosts() if h.tier is None]
    assert auto, "the demo roster has hosts without a tier of their own"
    vivi = next(h for h in auto if h.name.startswith("Vivi"))  # 4.2M followers: waist
    path = tmp_path / "hosts.csv"
    export_hosts_csv(store, path, lang=lang)
    with path.open(encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    tier_col = rows[0].index("Tier" if lang == "en" else "层级")
    (row,) = [r for r in rows[1:] if r[0] == vivi.name]
    assert row[tier_col] == mark
    before = _host_fields(store)
    plan, _ = import_file(store, path, "hosts", on_duplicate="update")
    assert not plan.problems
    assert _host_fields(store) == before  # still following their followers, not pinned to a tier
