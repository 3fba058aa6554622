"""The Sessions table's actual-result columns (复盘): show viewers, peak concurrent viewers, orders, GMV,
refunds and the date the figures were read, each editable in place and undoable.

An edit of one figure records the session's actuals with that figure changed (an empty cell clears it); the
first figure recorded also records today's China date as the date read, and marks the session done.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from typing import Any

from PySide6.QtCore import QCoreApplication

from planner.domain.actuals import FIGURES, has_figures
from planner.domain.models import Session, SessionActual
from planner.domain.timezones import china_date
from planner.services.edits import Edit, set_actuals
from planner.ui import formatting as F
from planner.ui.models.parsing import to_optional_float
from planner.ui.models.table_model import Column

# field, title, Chinese export name (tooltip), money?
_SPECS = (
    ("viewers", "Actual viewers", "实际场观 / 观看人数 — unique viewers the platform reported", False),
    ("peak_concurrent", "Peak online", "最高在线人数 — peak concurrent viewers", False),
    ("orders", "Orders", "成交订单数 — orders (or buyers) the show took", False),
    ("gmv", "Actual GMV", "成交金额 — GMV as reported (includes orders later refunded)", True),
    ("refunds", "Refunds", "退款金额 — refunded or cancelled amount", True),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _parse(field: str, value: object) -> Any:  # (float | date | None, by field)
    if field != "read_on":
        return to_optional_float(value)
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text.replace("/", "-"))
    except ValueError:
        raise ValueError(f"{text!r} is not a date; write it as 2027-06-20") from None


def changed_actual(current: SessionActual | None, session: Session, field: str, value: object,
                   today: date | None = None) -> SessionActual | None:
    """The session's actuals with ``field`` set from the edited ``value`` (None: nothing changed)."""
    old = current or SessionActual(session.id)  # type: ignore[arg-type]
    new = replace(old, **{field: _parse(field, value)})
    if field != "read_on" and new.read_on is None and has_figures(new):
        new = replace(new, read_on=today or china_date(datetime.now(timezone.utc)))
    return None if new == old else new


def actual_edit(actual: SessionActual, label: str | None = None) -> Edit:
    return set_actuals((actual,), label or _tr("Record actual results"))


def actual_columns(model) -> list[Column]:
    """Columns over ``model.actuals`` (session id → SessionActual) for rows whose id is ``model.row_id``."""
    def getter(field: str):
        return lambda t: getattr(model.actuals.get(model.row_id(t)), field, None)

    def apply(field: str):
        return lambda s, v: changed_actual(model.actuals.get(s.id), s, field, v)

    cols = []
    for field, title, tip, money in _SPECS:
        get = getter(field)
        fmt = (lambda v: F.money(v, model.currency)) if money else F.number
        cols.append(Column(
            f"act_{field}", _tr(title), (lambda g, f: lambda t: "" if g(t) is None else f(g(t)))(get, fmt),
            sort=get, edit_value=(lambda g: lambda t: "" if g(t) is None else f"{g(t):g}")(get), apply=apply(field),
            right=True, tip=_tr(tip) + _tr(" — actual result (复盘); type a figure, 1.2万 works; empty clears it")))
    read = getter("read_on")
    cols.append(Column("act_read_on", _tr("Figures read on"), lambda t: read(t).isoformat() if read(t) else "",
                       sort=read, edit_value=lambda t: read(t).isoformat() if read(t) else "",
                       apply=apply("read_on"),
                       tip=_tr("数据日期 — when the figures were read: platform GMV keeps changing for days after a "
                               "show")))
    return cols


__all__ = ["FIGURES", "actual_columns", "actual_edit", "changed_actual"]
