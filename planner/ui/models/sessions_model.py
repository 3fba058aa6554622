"""Sessions of the selected campaign, cached as stored rows (``SessionRow``) (no SQL in ``data()``), plus the live
projection's per-session figures in read-only columns."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from planner.domain.models import SESSION_STATUSES, SESSION_TYPE_LABELS, SESSION_TYPES, Host, Session
from planner.domain.session_defaults import effective_commission
from planner.domain.timezones import CHINA_TZ
from planner.services import sessions as S
from planner.services.edits import Edit
from planner.services.sessions import SessionRow
from planner.ui import formatting as F
from planner.ui.formatting import text
from planner.ui.i18n import domain_label, platform_label
from planner.ui.models.parsing import CHINA_WALL_FORMAT, china_wall_to_utc, to_float, to_int, to_optional_float
from planner.ui.models.table_model import Column, RecordTableModel

if TYPE_CHECKING:
    from planner.services.schedule_snapshot import ScheduleSnapshot

PROJECTION_KEYS = ("viewers", "gmv", "cost", "roi")
CONFLICT_MARKS = {"error": "✖", "warning": "⚠", "info": "ℹ"}
CONFLICT_BRUSHES = {"error": QBrush(QColor(229, 57, 53, 40)), "warning": QBrush(QColor(255, 160, 0, 40))}


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _start(t: SessionRow) -> datetime:
    return datetime.fromisoformat(t.start_utc)


class SessionsModel(RecordTableModel):
    loaded = Signal()  # the rows shown were (re)read or patched after a change
    #: From this many sessions a campaign's rows are read off the UI thread.
    ASYNC_MIN_ROWS = 2000

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self._generation = 0  # bumped per read: an older read's rows are dropped
        self._loading: int | None = None  # generation of the read in flight
        self.hosts: dict[int, Host] = {}
        self.platform_names: dict[str, str] = {}
        self.currency = "CNY"
        self.figures: Any = None  # the projection's SessionTable (None until one lands)
        self.actuals: dict = {}  # session id -> SessionActual of the campaign (复盘 columns)
        self._figure_columns: dict[str, list[float]] = {}
        self.schedule: ScheduleSnapshot | None = None  # the latest ScheduleSnapshot of this campaign (conflicts by session)
        self.columns = self._columns()
        # The shared schedule check (off the UI thread, once per change) marks rows when it lands.
        self._schedule = context.schedule
        self._schedule.snapshot_ready.connect(self._on_schedule)

    # -- data ------------------------------------------------------------------------------------
    def _load_context(self) -> int | None:
        """The small reads every load needs (hosts, platform names, the campaign's currency)."""
        store, cid = self.context.store, self.context.campaign_id
        self.hosts = {h.id: h for h in store.hosts()}  # type: ignore[misc]
        self.platform_names = {p.key: platform_label(p) for p in store.platforms()}
        if cid is not None:
            self.currency = S.campaign_currency(store, cid)
        self.actuals = {a.session_id: a for a in store.actuals(cid)} if cid is not None else {}
        return cid

    def load_rows(self) -> list[SessionRow]:
        cid = self._load_context()
        return [] if cid is None else S.session_rows(self.context.store, cid)

    def row_id(self, record: SessionRow) -> int:
        return record.id

    @property
    def loading(self) -> bool:
        """A campaign's rows are being read off the UI thread (the table shows what it had, or nothing)."""
        return self._loading is not None

    def refresh(self, change=None) -> None:
        """Show the selected campaign's sessions after a change (a ``Change``; None: re-read): a small edit
        is applied to the rows in place; a campaign of :data:`ASYNC_MIN_ROWS` sessions or more is read on a
        worker (10,000 take ~50 ms), a smaller one at once. ``loaded`` is emitted when the rows are in."""
        if self._loading is None and self._patch(change):
            self.loaded.emit()
        else:
            cid = self.context.campaign_id
            n = 0 if cid is None else self.context.store.session_count(cid)
            self._generation += 1
            if n >= self.ASYNC_MIN_ROWS:
                self._read_in_background(cid)  # type: ignore[arg-type]
            else:
                self._loading = None
                super().refresh()
                self.loaded.emit()
        snap = self._schedule.current()
        if snap is not None:
            self._on_schedule(snap)
        else:
            self._schedule.want()

    def _read_in_background(self, cid: int) -> None:
        self._load_context()
        if self._rows and self._rows[0].campaign_id != cid:  # another campaign's rows must not stand for these
            self.beginResetModel()
            self._rows, self._natural, self._search = [], [], None
            self.endResetModel()
        generation = self._loading = self._generation
        self.context.jobs.submit(("session rows", id(self)), S.session_rows, str(self.context.store.path), cid,
                                 on_done=lambda rows: self._on_rows(generation, rows),
                                 on_error=lambda exc: self._on_rows(generation, None, exc), owner=self)

    def _on_rows(self, generation: int, rows: list[SessionRow] | None, exc: BaseException | None = None) -> None:
        if generation != self._generation:
            return  # a newer change or campaign is being read
        self._loading = None
        if rows is None:
            self.edit_refused.emit(str(exc) or type(exc).__name__)
            rows = []
        self._show(rows)
        self.loaded.emit()
        snap = self._schedule.current()
        if snap is not None:
            self._on_schedule(snap)

    #: Edits of up to this many sessions are applied to the rows in place; bigger ones re-read the campaign.
    PATCH_LIMIT = 500

    def _patch(self, change) -> bool:
        """Apply a small change of sessions only to the rows shown instead of re-reading the campaign (10,000
        sessions take ~50 ms to read): changed sessions are re-read, deleted ones removed, added or restored
        ones read and put in their China-time place. Anything else (or a table sorted by a column) re-reads
        everything."""
        if change is None or not self._rows or change.tables is None \
                or not change.tables <= {"sessions", "session_actuals"}:
            return False
        added, removed = change.ids("added", "sessions"), change.ids("removed", "sessions")
        updated = change.ids("updated", "sessions")
        if change.tables == {"sessions"} and updated and not (added or removed):
            return len(updated) <= self.PATCH_LIMIT and self._patch_updated(sorted(updated))
        if removed and not (added or updated):
            return len(removed) <= self.PATCH_LIMIT and self._patch_removed(set(removed))
        if added and not (removed or updated):
            return len(added) <= self.PATCH_LIMIT and self._patch_added(sorted(added))
        return False

    def _read(self, ids: list[int]) -> dict[int, SessionRow]:
        return S.session_rows_by_id(self.context.store, ids)

    def _patch_updated(self, ids: list[int]) -> bool:
        if self._sort is not None:
            return False  # a changed value may move the row
        rows = {r.id: i for i, r in enumerate(self._rows)} if len(ids) > 4 else None
        changed: list[tuple[int, SessionRow]] = []
        fresh = self._read(ids)
        for sid in ids:
            i = rows.get(sid, -1) if rows is not None else self.row_of(sid)
            new = fresh.get(sid)
            old = self._rows[i] if i >= 0 else None
            if old is None or new is None or (new.campaign_id, new.start_utc) != (old.campaign_id, old.start_utc):
                return False  # added, removed, moved in time or to another campaign: re-read everything
            changed.append((i, new))
        for i, new in changed:
            self._rows[i] = new
            if self._search is not None:
                self._search[i] = ""
            self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
        return True

    def _patch_removed(self, ids: set[int]) -> bool:
        from PySide6.QtCore import QModelIndex

        gone = sorted((i for i, r in enumerate(self._rows) if r.id in ids), reverse=True)
        if self._natural is not self._rows:
            self._natural = [r for r in self._natural if r.id not in ids]
        self._search = None
        for i in gone:
            self.beginRemoveRows(QModelIndex(), i, i)
            del self._rows[i]
            self.endRemoveRows()
        return True

    def _patch_added(self, ids: list[int]) -> bool:
        from bisect import bisect_left

        from PySide6.QtCore import QModelIndex

        if self._sort is not None:
            return False  # the new rows' places depend on the sorted column
        cid = self.context.campaign_id
        fresh = sorted((r for r in self._read(ids).values() if r.campaign_id == cid),
                       key=lambda r: (r.start_utc, r.id))
        self._search = None
        for new in fresh:  # the campaign's rows are in (start, id) order, as the store returns them
            i = bisect_left(self._rows, (new.start_utc, new.id), key=lambda r: (r.start_utc, r.id))
            self.beginInsertRows(QModelIndex(), i, i)
            self._rows.insert(i, new)
            self.endInsertRows()
        return True

    def _on_schedule(self, snap) -> None:
        if snap.campaign_id == self.context.campaign_id:
            self.set_schedule(snap)

    def set_schedule(self, snap) -> None:
        self.schedule = snap
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole,
                                   Qt.ItemDataRole.ToolTipRole])

    def _worst(self, t: SessionRow) -> str | None:
        return self.schedule.worst.get(t.id) if self.schedule is not None else None

    def row_background(self, record: SessionRow):  # noqa: ANN201
        worst = self._worst(record)
        return CONFLICT_BRUSHES.get(worst) if worst else None

    def _conflict_text(self, t: SessionRow) -> str:
        worst = self._worst(t)
        if worst is None or self.schedule is None:  # (a worst problem comes from a schedule)
            return ""
        return f"{CONFLICT_MARKS[worst]} {len(self.schedule.by_session.get(t.id, ()))}"

    def _conflict_tip(self, t: SessionRow) -> str:
        found = self.schedule.conflicts_of(t.id) if self.schedule is not None else []
        if not found:
            return _tr("No schedule problems")
        return "\n".join(f"{CONFLICT_MARKS[c.severity]} {text(c.message)}" for c in found)

    def record_for_edit(self, record: SessionRow) -> Session:
        return S.session_from_row(record)

    def make_edit(self, session: Session, label: str | None = None,
                  expected: Session | None = None) -> Edit:
        if not isinstance(session, Session):  # an actual-result column hands over the session's actuals
            from planner.ui.models.actual_columns import actual_edit

            return actual_edit(session, label)
        return S.update_sessions((session,), None if expected is None else (expected,), label or _tr("Edit session"))

    def what(self, t: SessionRow) -> str:
        local = _start(t).astimezone(CHINA_TZ)
        return f"{self._host_name(t)} {local.month:02d}-{local.day:02d} {local.hour:02d}:{local.minute:02d}"

    def session_id(self, row: int) -> int:
        return self._rows[row].id

    def set_figures(self, figures: Any) -> None:
        """The projection's per-session figures (a ``SessionTable``; None: none yet, cells show "…")."""
        self.figures = figures
        self._figure_columns = {k: figures.column(k) for k in PROJECTION_KEYS} if figures is not None else {}
        if self._rows:
            cols = [i for i, c in enumerate(self.columns) if c.key.startswith("exp_")]
            self.dataChanged.emit(self.index(0, min(cols)), self.index(len(self._rows) - 1, max(cols)),
                                  [Qt.ItemDataRole.DisplayRole])

    def search_text(self, row: int) -> str:
        """Cheap filter text (raw fields, no formatting), so filtering 100,000 rows stays interactive."""
        if self._search is None:
            labels = {hid: f"{h.name} {h.platform} {self.platform_names.get(h.platform, '')}".lower()
                      for hid, h in self.hosts.items()}
            self._search = [f"{t.start_utc[:10]} {labels.get(t.host_id, '')} {t.theme} {t.status} {t.session_type}".lower()
                            for t in self._rows]
        return self._search[row]

    def is_projection_column(self, column: int) -> bool:
        return self.columns[column].key.startswith("exp_")

    # -- columns ---------------------------------------------------------------------------------
    def _host_name(self, t: SessionRow) -> str:
        h = self.hosts.get(t.host_id)
        return h.name if h else f"#{t.host_id}"

    def _platform(self, t: SessionRow) -> str:
        h = self.hosts.get(t.host_id)
        return self.platform_names.get(h.platform, h.platform) if h else ""

    def _commission(self, t: SessionRow) -> float | None:
        return effective_commission(t.commission_rate, self.hosts.get(t.host_id))

    def _figure(self, key: str):
        def get(t: SessionRow) -> float | None:
            if self.figures is None:
                return None
            i = self.figures.position(t.id)
            return self._figure_columns[key][i] if i >= 0 else None
        return get

    @staticmethod
    def _brand_minutes_text(t: SessionRow) -> str:
        if t.session_type != "slot":
            return _tr("whole show")
        return _tr("library") if t.brand_minutes is None else f"{t.brand_minutes:g} min"

    def _columns(self) -> list[Column]:
        money = lambda name: lambda t: F.money(getattr(t, name), self.currency)  # noqa: E731
        cols = [
            Column("start", _tr("Start (China time)"), lambda t: F.china_time(_start(t)),
                   sort=lambda t: t.start_utc, editor="china_datetime",
                   edit_value=lambda t: _start(t).astimezone(CHINA_TZ).strftime(CHINA_WALL_FORMAT),
                   apply=lambda s, v: replace(s, start=china_wall_to_utc(v)),
                   tip=_tr("开播时间 — start in China time (UTC+8); edit in China time"),
                   cell_tip=lambda t: F.china_and_local(_start(t), self.context.display_zone)),
            Column("local", _tr("Your time"),
                   lambda t: F.local_time(_start(t), self.context.display_zone).rsplit(" ", 1)[0],
                   sort=lambda t: t.start_utc,
                   tip=_tr("The start in your display time zone (View ▸ Display time zone)")),
            Column("duration", _tr("Duration"), lambda t: F.duration(t.duration_min), sort=lambda t: t.duration_min,
                   editor="minutes", edit_value=lambda t: t.duration_min,
                   apply=lambda s, v: replace(s, duration_min=to_int(v)), right=True, tip=_tr("直播时长")),
            Column("host", _tr("Host"), self._host_name, editor="choice", edit_value=lambda t: t.host_id,
                   choices=lambda: [(h.id, h.name) for h in self.hosts.values()],
                   apply=lambda s, v: replace(s, host_id=int(v)), tip=_tr("主播 — the host of the session")),
            Column("platform", _tr("Platform"), self._platform, tip=_tr("平台 — the host's platform")),
            Column("type", _tr("Type"), lambda t: domain_label(SESSION_TYPE_LABELS.get(t.session_type, t.session_type)), editor="choice",
                   edit_value=lambda t: t.session_type, choices=lambda: [(k, domain_label(SESSION_TYPE_LABELS[k])) for k in SESSION_TYPES],
                   apply=lambda s, v: replace(s, session_type=v),
                   tip=_tr("场次类型 — what the brand bought: a dedicated show (专场 / 店播) or one slot (坑位) in a "
                           "multi-brand show")),
            Column("brand_minutes", _tr("Brand minutes"), self._brand_minutes_text,
                   sort=lambda t: t.brand_minutes or 0.0, editor="text",
                   edit_value=lambda t: "" if t.brand_minutes is None else f"{t.brand_minutes:g}",
                   apply=lambda s, v: replace(s, brand_minutes=to_optional_float(v)), right=True,
                   tip=_tr("讲解时长 — minutes the host presents the brand in a slot; empty = the library's figure "
                           "for the host's tier")),
            Column("status", _tr("Status"), lambda t: domain_label(t.status), editor="choice",
                   edit_value=lambda t: t.status, choices=lambda: [(k, domain_label(k)) for k in SESSION_STATUSES],
                   apply=lambda s, v: replace(s, status=v)),
            Column("slot_fee", _tr("Slot fee"), money("slot_fee"), sort=lambda t: t.slot_fee, editor="money",
                   edit_value=lambda t: t.slot_fee, apply=lambda s, v: replace(s, slot_fee=to_float(v)),
                   right=True, currency=lambda t: self.currency,
                   tip=_tr("坑位费 — fixed fee for the slot, paid whatever is sold")),
            Column("commission", _tr("Commission"),
                   lambda t: F.percent(self._commission(t)) + ("" if t.commission_rate is not None else " ·host"),
                   sort=self._commission, editor="percent", edit_value=self._commission,
                   apply=lambda s, v: replace(s, commission_rate=to_float(v)), right=True,
                   tip=_tr("佣金比例 — share of net GMV paid to the host; '·host' = the host's own rate")),
            Column("paid", _tr("Paid traffic"), money("paid_budget"), sort=lambda t: t.paid_budget, editor="money",
                   edit_value=lambda t: t.paid_budget, apply=lambda s, v: replace(s, paid_budget=to_float(v)),
                   right=True, currency=lambda t: self.currency,
                   tip=_tr("投流 — paid promotion bringing viewers into the live room (e.g. Qianchuan 千川)")),
            Column("theme", _tr("Theme"), lambda t: t.theme, edit_value=lambda t: t.theme,
                   apply=lambda s, v: replace(s, theme=str(v)), tip=_tr("直播主题")),
            Column("conflicts", _tr("Checks"), self._conflict_text,
                   sort=lambda t: ("error", "warning", "info", None).index(self._worst(t)),
                   cell_tip=self._conflict_tip,
                   tip=_tr("Schedule problems: ✖ host double-booked or brand overlap, ⚠ outside the campaign "
                           "dates, ℹ off prime time or on a public holiday (see View ▸ Problems)")),
        ]
        why = _tr(" — double-click for how it is worked out")
        projected: list[Column] = []
        for key, title, tip, fmt in (
            ("viewers", _tr("Brand viewers (trace)"),
             _tr("品牌曝光人数 — show viewers present while the brand is on air, every figure at its median"),
             F.number),
            ("gmv", _tr("GMV (trace)"), _tr("预估 GMV — gross sales, every figure at its median (the trace)"),
             lambda v: F.money(v, self.currency)),
            ("cost", _tr("Cost (trace)"), _tr("预估成本 — slot fee + commission + paid traffic (the trace)"),
             lambda v: F.money(v, self.currency)),
            ("roi", _tr("ROI (trace)"), _tr("投产比 — net GMV ÷ cost (the trace)"), F.ratio),
        ):
            get = self._figure(key)
            projected.append(Column(f"exp_{key}", title,
                                    (lambda g, f: lambda t: f(g(t)) if self.figures is not None else "…")(get, fmt),
                                    sort=get, right=True, tip=tip + why))
        # The projection sits right after who and where, so it is on screen without scrolling.
        at = [c.key for c in cols].index("platform") + 1
        from planner.ui.models.actual_columns import actual_columns

        return cols[:at] + projected + cols[at:] + actual_columns(self)

    def zone_changed(self) -> None:
        local = [c.key for c in self.columns].index("local")
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, local, local)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 1))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and self.columns[section].key == "local"):
            zone = self.context.display_zone
            return _tr("Your time ({zone})").format(zone=zone.rsplit("/", 1)[-1].replace("_", " "))
        return super().headerData(section, orientation, role)
