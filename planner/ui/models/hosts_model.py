"""The host roster (达人资源表), shared by every campaign."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain.models import CURRENCIES, HOST_STATUSES, TIER_LABELS, TIERS, Host
from planner.services.edits import Edit, update_host
from planner.ui import formatting as F
from planner.ui.i18n import domain_label, host_status_label, platform_label
from planner.ui.models.parsing import to_float, to_optional_float, to_optional_int
from planner.ui.models.table_model import Column, RecordTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class HostsModel(RecordTableModel):
    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.platform_names: dict[str, str] = {}
        self.columns = self._columns()

    def load_rows(self) -> list[Host]:
        from planner.domain.benchmarks import BenchmarkBook
        from planner.domain.errors import PlannerError

        store = self.context.store
        self.platform_names = {p.key: platform_label(p) for p in store.platforms()}
        book = BenchmarkBook(store.benchmarks(metric="tier_followers_min"))
        hosts = store.hosts()
        try:
            self.derived_tiers = {h.id: book.tier_for(h.followers) for h in hosts if h.tier is None}
        except PlannerError:  # no tier thresholds in the library: nothing to derive from
            self.derived_tiers = {}
        return hosts

    def _tier_text(self, h: Host) -> str:
        if h.tier:
            return domain_label(TIER_LABELS.get(h.tier, h.tier))
        derived = getattr(self, "derived_tiers", {}).get(h.id)
        return _tr("{tier} · from followers").format(tier=domain_label(TIER_LABELS.get(derived, derived))) if derived \
            else _tr("auto (from followers)")

    def make_edit(self, host: Host, label: str | None = None, expected: Host | None = None) -> Edit:
        return update_host(host, label or _tr("Edit host"), expected)

    def what(self, host: Host) -> str:
        return host.name

    def host_id(self, row: int) -> int:
        return self._rows[row].id

    def _columns(self) -> list[Column]:
        def text(field: str) -> dict[str, Any]:  # a free-text field's display, editor value and write
            return dict(display=lambda h: getattr(h, field) or "", edit_value=lambda h: getattr(h, field),
                        apply=lambda h, v: replace(h, **{field: str(v).strip()}))

        return [
            Column("name", _tr("Name"), tip=_tr("达人昵称 — nickname"), **text("name")),
            Column("platform", _tr("Platform"), lambda h: self.platform_names.get(h.platform, h.platform),
                   editor="choice", edit_value=lambda h: h.platform,
                   choices=lambda: list(self.platform_names.items()),
                   apply=lambda h, v: replace(h, platform=v), tip=_tr("平台")),
            Column("handle", _tr("Handle"), tip=_tr("达人ID / 平台账号"), **text("handle")),
            Column("tier", _tr("Tier"),
                   self._tier_text,
                   editor="choice", edit_value=lambda h: h.tier or "",
                   choices=lambda: [("", _tr("auto (from followers)"))] + [(t, domain_label(TIER_LABELS[t])) for t in TIERS],
                   apply=lambda h, v: replace(h, tier=v or None), tip=_tr("层级 — 头部 / 腰部 / 尾部 / KOC")),
            Column("followers", _tr("Followers"), lambda h: F.number(h.followers), sort=lambda h: h.followers,
                   editor="optional_number", edit_value=lambda h: "" if h.followers is None else str(h.followers),
                   apply=lambda h, v: replace(h, followers=to_optional_int(v)), right=True, tip=_tr("粉丝数")),
            Column("typical_viewers", _tr("Avg viewers"), lambda h: F.number(h.typical_viewers),
                   sort=lambda h: h.typical_viewers, editor="optional_number",
                   edit_value=lambda h: "" if h.typical_viewers is None else f"{h.typical_viewers:g}",
                   apply=lambda h, v: replace(h, typical_viewers=to_optional_float(v)), right=True,
                   tip=_tr("场均观看 — the host's own unique viewers per session, from a data tool (optional)")),
            Column("slot_fee", _tr("Slot fee"), lambda h: F.money(h.slot_fee, h.currency), sort=lambda h: h.slot_fee,
                   editor="money", edit_value=lambda h: h.slot_fee, currency=lambda h: h.currency,
                   apply=lambda h, v: replace(h, slot_fee=to_float(v)), right=True, tip=_tr("坑位费 — slot fee")),
            Column("commission", _tr("Commission"), lambda h: F.percent(h.commission_rate),
                   sort=lambda h: h.commission_rate, editor="percent", edit_value=lambda h: h.commission_rate,
                   apply=lambda h, v: replace(h, commission_rate=to_float(v)), right=True,
                   tip=_tr("佣金比例 — share of net GMV")),
            Column("currency", _tr("Currency"), lambda h: h.currency, editor="choice",
                   edit_value=lambda h: h.currency, choices=lambda: [(c, c) for c in sorted(CURRENCIES)],
                   apply=lambda h, v: replace(h, currency=v)),
            Column("agency", _tr("Agency"), tip=_tr("机构 (MCN)"), **text("agency")),
            Column("status", _tr("Status"), lambda h: host_status_label(h.status),
                   editor="choice", edit_value=lambda h: h.status,
                   choices=lambda: [(s, host_status_label(s)) for s in HOST_STATUSES],
                   apply=lambda h, v: replace(h, status=v), tip=_tr("合作状态")),
            Column("categories", _tr("Categories"), tip=_tr("类目 / 标签"), **text("categories")),
            Column("notes", _tr("Notes"), tip=_tr("备注"), **text("notes")),
        ]
