"""Reading and writing plan records. Every write validates first and runs in one transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from planner.domain.errors import NotFoundError, PlannerError
from planner.domain.models import (
    BenchmarkFigure, Campaign, FestivalWindow, FxRate, Host, MarketFact, Plan, Platform, Session, SessionActual,
)
from planner.domain.validation import (
    benchmark_label, raise_for, validate_benchmark, validate_campaign, validate_host, validate_session,
)
from planner.storage import rows as R


class PlanRepository:
    """Mixed into PlanStore: ``self.conn``, ``self.atomic()``, ``self.query()`` and the meta table come from there."""

    conn: sqlite3.Connection

    if TYPE_CHECKING:  # provided by PlanStore (store.py), declared here so the mixin type-checks on its own
        def atomic(self) -> AbstractContextManager[None]: ...
        def query(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]: ...
        def meta(self, key: str, default: str | None = None) -> str | None: ...
        def set_meta(self, key: str, value: str) -> None: ...

    # -- ids -------------------------------------------------------------------------------------
    def _new_ids(self, table: str, count: int) -> range:
        """``count`` new ids for ``table``: above every id it has ever given (the high-water mark is kept in
        ``meta``), so an id is never reused. A reused id would let an Undo in one window delete what another
        window or the CLI added meanwhile. Call inside a transaction."""
        key = f"last_id:{table}"
        top = max(self.conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0],
                  int(self.meta(key, "0") or 0))
        self.set_meta(key, str(top + count))
        return range(top + 1, top + count + 1)

    # -- platforms -----------------------------------------------------------------------------
    def platforms(self) -> list[Platform]:
        return [R.platform_from_row(r) for r in self.query(
            "SELECT * FROM platforms ORDER BY required DESC, rowid")]

    def platform_keys(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT key FROM platforms ORDER BY required DESC, rowid")]

    def add_platform(self, platform: Platform) -> Platform:
        key = platform.key.strip()
        if not key or not platform.name_en.strip():
            raise PlannerError("A platform needs a key and an English name")
        with self.atomic():
            if self.conn.execute("SELECT 1 FROM platforms WHERE key = ?", (key,)).fetchone():
                raise PlannerError(f"A platform with key {key!r} already exists")
            self.conn.execute(
                "INSERT INTO platforms(key, name_en, name_zh, required, color, origin) VALUES (?,?,?,?,?, 'user')",
                (key, platform.name_en, platform.name_zh, int(platform.required), platform.color))
        return replace(platform, key=key)

    # -- hosts ---------------------------------------------------------------------------------
    def hosts(self, platform: str | None = None) -> list[Host]:
        sql, args = "SELECT * FROM hosts", []
        if platform:
            sql, args = sql + " WHERE platform = ?", [platform]
        return [R.host_from_row(r) for r in self.query(sql + " ORDER BY id", args)]

    def host(self, host_id: int) -> Host:
        rows = list(self.query("SELECT * FROM hosts WHERE id = ?", [host_id]))
        if not rows:
            raise NotFoundError(f"No host with id {host_id}")
        return R.host_from_row(rows[0])

    def find_host(self, platform: str, handle: str) -> Host | None:
        rows = list(self.query("SELECT * FROM hosts WHERE platform = ? AND handle = ? AND handle != ''",
                                  [platform, handle]))
        return R.host_from_row(rows[0]) if rows else None

    def add_host(self, host: Host) -> Host:
        """Insert a host (with its id if it has one, as when undoing a delete) and return it with its id."""
        return self.add_hosts([host])[0]

    def add_hosts(self, hosts: Sequence[Host]) -> list[Host]:
        keys = self.platform_keys()
        for i, h in enumerate(hosts):
            raise_for(validate_host(h, keys), f"host {h.name!r}" if len(hosts) == 1 else f"host #{i + 1}")
        out = []
        with self.atomic():
            fresh = iter(self._new_ids("hosts", sum(h.id is None for h in hosts)))
            for h in hosts:
                h = h if h.id is not None else replace(h, id=next(fresh))
                row = R.host_to_row(h)
                cols = ", ".join(row)
                self.conn.execute(f"INSERT INTO hosts ({cols}) VALUES ({', '.join('?' * len(row))})",
                                  tuple(row.values()))
                out.append(h)
        return out

    def update_host(self, host: Host) -> Host:
        if host.id is None:
            raise PlannerError("Cannot update a host that has not been saved")
        raise_for(validate_host(host, self.platform_keys()), f"host {host.name!r}")
        row = R.host_to_row(host)
        row.pop("id", None)
        with self.atomic():
            cur = self.conn.execute(f"UPDATE hosts SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                                    (*row.values(), host.id))
            if cur.rowcount == 0:
                raise NotFoundError(f"No host with id {host.id}")
        return host

    def delete_host(self, host_id: int, *, with_sessions: bool = False
                    ) -> tuple[Host, list[Session], list[SessionActual]]:
        """Delete a host. Its sessions go too only when ``with_sessions``; returns all of it for undo."""
        host = self.host(host_id)
        sessions = self.sessions(host_id=host_id)
        if sessions and not with_sessions:
            raise PlannerError(
                f"Host {host.name!r} has {len(sessions)} session(s); delete or reassign them first")
        actuals = [a for a in (self.actual(s.id) for s in sessions) if a]  # type: ignore[arg-type]
        with self.atomic():
            self.conn.execute("DELETE FROM sessions WHERE host_id = ?", (host_id,))
            self.conn.execute("DELETE FROM hosts WHERE id = ?", (host_id,))
        return host, sessions, actuals

    # -- campaigns -----------------------------------------------------------------------------
    def campaigns(self) -> list[Campaign]:
        return [R.campaign_from_row(r) for r in self.query(
            "SELECT * FROM campaigns ORDER BY coalesce(parent_id, id), parent_id IS NOT NULL, id")]

    def campaign(self, campaign_id: int) -> Campaign:
        rows = list(self.query("SELECT * FROM campaigns WHERE id = ?", [campaign_id]))
        if not rows:
            raise NotFoundError(f"No campaign with id {campaign_id}")
        return R.campaign_from_row(rows[0])

    def find_campaign(self, ref: str | int) -> Campaign:
        """A campaign by id or by name: the exact name, then the name in any case, then a unique
        case-insensitive prefix. An exact name wins over longer names it begins (a campaign over its
        scenario "… — scenario"). A refusal lists the candidates with their ids."""
        text = str(ref).strip()
        if text.isdigit():
            rows = list(self.query("SELECT * FROM campaigns WHERE id = ?", [int(text)]))
            if rows:
                return R.campaign_from_row(rows[0])
        all_rows = self.campaigns()
        folded = " ".join(text.split()).casefold()
        tiers = (
            [c for c in all_rows if c.name == text],
            [c for c in all_rows if " ".join(c.name.split()).casefold() == folded],
            [c for c in all_rows if c.name.casefold().startswith(folded)] if folded else [],
        )
        for found in tiers:
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise NotFoundError(f"{text!r} matches {len(found)} campaigns: {_candidates(found)}; give the id")
        near = [c for c in all_rows if folded and folded in c.name.casefold()]
        if near:
            raise NotFoundError(f"No campaign is called {text!r}; did you mean {_candidates(near)}? Give the id "
                                "or the name")
        raise NotFoundError(f"No campaign {text!r}; `planner campaigns` lists them")

    def add_campaign(self, campaign: Campaign) -> Campaign:
        raise_for(validate_campaign(campaign), f"campaign {campaign.name!r}")
        with self.atomic():
            if campaign.id is None:
                campaign = replace(campaign, id=self._new_ids("campaigns", 1)[0])
            row = R.campaign_to_row(campaign)
            self.conn.execute(
                f"INSERT INTO campaigns ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()))
        return campaign

    def update_campaign(self, campaign: Campaign) -> Campaign:
        raise_for(validate_campaign(campaign), f"campaign {campaign.name!r}")
        row = R.campaign_to_row(campaign)
        row.pop("id", None)
        with self.atomic():
            cur = self.conn.execute(f"UPDATE campaigns SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                                    (*row.values(), campaign.id))
            if cur.rowcount == 0:
                raise NotFoundError(f"No campaign with id {campaign.id}")
        return campaign

    def delete_campaign(self, campaign_id: int) -> tuple[Campaign, R.SessionRows, list[SessionActual]]:
        """Delete a campaign and its sessions; returns what was removed so it can be restored (the sessions
        as their stored rows: :meth:`restore_campaign` puts them back as they were)."""
        campaign = self.campaign(campaign_id)
        sessions = R.SessionRows(self.conn.execute(
            f"SELECT {R.SESSION_COLUMNS} FROM sessions WHERE campaign_id = ? ORDER BY start_utc, id", (campaign_id,)))
        actuals = [a for a in self.actuals(campaign_id)]
        with self.atomic():
            self.conn.execute("DELETE FROM campaigns WHERE id = ?", (campaign_id,))
        return campaign, sessions, actuals

    def restore_campaign(self, campaign: Campaign, sessions: Sequence[Session] | R.SessionRows,
                         actuals: Sequence[SessionActual] = ()) -> None:
        with self.atomic():
            self.add_campaign(campaign)
            self.restore_sessions(sessions)
            for a in actuals:
                self.set_actual(a)

    def duplicate_campaign(self, campaign_id: int, name: str | None = None) -> Campaign:
        """Copy a campaign and its sessions as a scenario of it (actuals stay with the original)."""
        source = self.campaign(campaign_id)
        parent = source.parent_id or source.id
        with self.atomic():
            copy = self.add_campaign(replace(source, id=None, parent_id=parent,
                                             name=name or f"{source.name} — scenario"))
            columns = R.SESSION_COLUMNS.replace("id, campaign_id, ", "")  # stored sessions: already valid
            count = self.session_count(campaign_id)
            first = self._new_ids("sessions", count).start if count else 0
            self.conn.execute(f"INSERT INTO sessions (id, campaign_id, {columns}) "
                              f"SELECT ? - 1 + row_number() OVER (ORDER BY start_utc, id), ?, {columns} "
                              "FROM sessions WHERE campaign_id = ? ORDER BY start_utc, id",
                              (first, copy.id, campaign_id))
        return copy

    # -- sessions ------------------------------------------------------------------------------
    def sessions(self, campaign_id: int | None = None, *, host_id: int | None = None) -> list[Session]:
        sql = f"SELECT {R.SESSION_COLUMNS} FROM sessions"
        where, args = [], []
        if campaign_id is not None:
            where.append("campaign_id = ?")
            args.append(campaign_id)
        if host_id is not None:
            where.append("host_id = ?")
            args.append(host_id)
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY start_utc, id"
        return [R.session_from_tuple(t) for t in self.conn.execute(sql, args)]

    def session_ids(self, *, campaign_id: int | None = None, host_ids: Sequence[int] = ()) -> tuple[int, ...]:
        """Ids of a campaign's sessions, or of the sessions of some hosts (what a delete would take along)."""
        if campaign_id is not None:
            rows = self.conn.execute("SELECT id FROM sessions WHERE campaign_id = ? ORDER BY id", (campaign_id,))
        else:
            rows = self.conn.execute(f"SELECT id FROM sessions WHERE host_id IN ({','.join('?' * len(host_ids))}) "
                                     "ORDER BY id", tuple(host_ids))
        return tuple(r[0] for r in rows)

    def session(self, session_id: int) -> Session:
        t = self.conn.execute(f"SELECT {R.SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if t is None:
            raise NotFoundError(f"No session with id {session_id}")
        return R.session_from_tuple(t)

    def sessions_near(self, host_id: int, campaign: Campaign) -> list[Session]:
        """The sessions a new session of ``host_id`` in ``campaign`` could collide with (the schedule's
        double-booking rules): the host's, and those of the campaign and every campaign of its brand."""
        brand = campaign.brand.strip().casefold()
        found = {s.id: s for s in self.sessions(host_id=host_id)}
        for c in self.campaigns():
            if c.id == campaign.id or (brand and c.brand.strip().casefold() == brand):
                found.update((s.id, s) for s in self.sessions(c.id))
        return list(found.values())

    def session_count(self, campaign_id: int | None = None) -> int:
        if campaign_id is None:
            return self.conn.execute("SELECT count(*) FROM sessions").fetchone()[0]
        return self.conn.execute("SELECT count(*) FROM sessions WHERE campaign_id = ?",
                                 (campaign_id,)).fetchone()[0]

    def _check_session_refs(self, sessions: Iterable[Session]) -> None:
        campaigns = {r[0] for r in self.conn.execute("SELECT id FROM campaigns")}
        hosts = {r[0] for r in self.conn.execute("SELECT id FROM hosts")}
        for s in sessions:
            if s.campaign_id not in campaigns:
                raise NotFoundError(f"No campaign with id {s.campaign_id}")
            if s.host_id not in hosts:
                raise NotFoundError(f"No host with id {s.host_id}")

    def add_session(self, session: Session) -> Session:
        return self.add_sessions([session])[0]

    def add_sessions(self, sessions: Sequence[Session]) -> list[Session]:
        """Validate and insert sessions in one transaction; returns them with their ids (a session that has an
        id keeps it)."""
        for i, s in enumerate(sessions):
            raise_for(validate_session(s), "session" if len(sessions) == 1 else f"session #{i + 1}")
        return self._insert_sessions(sessions)

    def restore_sessions(self, sessions: Sequence[Session] | R.SessionRows) -> None:
        """Put back sessions read from this plan (Undo of a delete), with their ids: as ``Session`` records or
        as the stored rows themselves. They were validated when first written, so only the file's own
        constraints check them: 10,000 come back in well under 0.1 s."""
        if isinstance(sessions, R.SessionRows):
            with self.atomic():
                self.conn.executemany(f"INSERT INTO sessions ({R.SESSION_COLUMNS}) "
                                      f"VALUES ({R.SESSION_PLACEHOLDERS})", sessions)
            return
        self._insert_sessions(sessions)

    def _insert_sessions(self, sessions: Sequence[Session]) -> list[Session]:
        with self.atomic():
            self._check_session_refs(sessions)
            # New ids (never reused), assigned here so that one executemany inserts them all and we know
            # each session's id.
            fresh = iter(self._new_ids("sessions", sum(s.id is None for s in sessions)))
            ids = [s.id if s.id is not None else next(fresh) for s in sessions]
            self.conn.executemany(f"INSERT INTO sessions ({R.SESSION_COLUMNS}) VALUES ({R.SESSION_PLACEHOLDERS})",
                                  map(R.session_values, sessions, ids))
        return list(map(R.session_with_id, sessions, ids))

    def update_session(self, session: Session) -> Session:
        return self.update_sessions([session])[0]

    def update_sessions(self, sessions: Sequence[Session]) -> list[Session]:
        for s in sessions:
            raise_for(validate_session(s), "session")
        with self.atomic():
            self._check_session_refs(sessions)
            for s in sessions:
                row = R.session_to_row(s)
                row.pop("id", None)
                cur = self.conn.execute(
                    f"UPDATE sessions SET {', '.join(f'{k} = ?' for k in row)} WHERE id = ?",
                    (*row.values(), s.id))
                if cur.rowcount == 0:
                    raise NotFoundError(f"No session with id {s.id}")
        return list(sessions)

    def delete_sessions(self, session_ids: Sequence[int]) -> tuple[list[Session], list[SessionActual]]:
        """Delete sessions; returns them and their actuals so an undo can put them back."""
        removed = [self.session(i) for i in session_ids]
        actuals = [a for a in (self.actual(i) for i in session_ids) if a is not None]
        with self.atomic():
            self.conn.executemany("DELETE FROM sessions WHERE id = ?", [(i,) for i in session_ids])
        return removed, actuals

    # -- actual results --------------------------------------------------------------------------
    def actual(self, session_id: int) -> SessionActual | None:
        rows = list(self.query("SELECT * FROM session_actuals WHERE session_id = ?", [session_id]))
        return R.actual_from_row(rows[0]) if rows else None

    def actuals(self, campaign_id: int | None = None) -> list[SessionActual]:
        sql = "SELECT a.* FROM session_actuals a"
        args: list = []
        if campaign_id is not None:
            sql += " JOIN sessions s ON s.id = a.session_id WHERE s.campaign_id = ?"
            args.append(campaign_id)
        return [R.actual_from_row(r) for r in self.query(sql, args)]

    def set_actual(self, actual: SessionActual) -> None:
        for name in ("viewers", "peak_concurrent", "orders", "gmv", "refunds"):
            v = getattr(actual, name)
            if v is not None and v < 0:
                raise PlannerError(f"Actual {name} = {v!r}: must be 0 or more")
        with self.atomic():
            self.session(actual.session_id)
            self.conn.execute(
                "INSERT OR REPLACE INTO session_actuals(session_id, viewers, peak_concurrent, orders, gmv, refunds,"
                " read_on) VALUES (?,?,?,?,?,?,?)",
                (actual.session_id, actual.viewers, actual.peak_concurrent, actual.orders, actual.gmv,
                 actual.refunds, actual.read_on.isoformat() if actual.read_on else None))

    # -- benchmark library -------------------------------------------------------------------------
    def benchmarks(self, platform: str | None = None, metric: str | None = None) -> list[BenchmarkFigure]:
        where, args = [], []
        if platform:
            where.append("platform = ?")
            args.append(platform)
        if metric:
            where.append("metric = ?")
            args.append(metric)
        sql = "SELECT * FROM benchmarks" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
        return [R.benchmark_from_row(r) for r in self.query(sql, args)]

    def benchmark(self, figure_id: int) -> BenchmarkFigure:
        rows = list(self.query("SELECT * FROM benchmarks WHERE id = ?", [figure_id]))
        if not rows:
            raise NotFoundError(f"No benchmark figure with id {figure_id}")
        return R.benchmark_from_row(rows[0])

    def update_benchmark(self, fig: BenchmarkFigure) -> BenchmarkFigure:
        """Change a figure; a shipped figure is marked as changed by the user so updates keep it."""
        raise_for(validate_benchmark(fig), f"benchmark {benchmark_label(fig)}")
        with self.atomic():
            cur = self.conn.execute(
                "UPDATE benchmarks SET value=?, low=?, high=?, unit=?, year=?, basis=?, source=?, note=?, "
                "user_modified = CASE WHEN origin = 'shipped' THEN 1 ELSE user_modified END WHERE id = ?",
                (fig.value, fig.low, fig.high, fig.unit, fig.year, fig.basis, fig.source, fig.note, fig.id))
            if cur.rowcount == 0:
                raise NotFoundError(f"No benchmark figure with id {fig.id}")
        return self.benchmark(fig.id)  # type: ignore[arg-type]

    def reset_benchmark(self, figure_id: int) -> BenchmarkFigure:
        """Put a shipped figure back to the library's value."""
        with self.atomic():
            self.conn.execute(
                "UPDATE benchmarks SET value = shipped_value, low = shipped_low, high = shipped_high, "
                "user_modified = 0 WHERE id = ? AND origin = 'shipped'", (figure_id,))
        from planner.storage.library import refresh_shipped_row

        refresh_shipped_row(self, figure_id)
        return self.benchmark(figure_id)

    def add_benchmark(self, fig: BenchmarkFigure) -> BenchmarkFigure:
        raise_for(validate_benchmark(fig), f"benchmark {benchmark_label(fig)}")
        with self.atomic():
            if self.conn.execute("SELECT 1 FROM benchmarks WHERE platform=? AND tier=? AND metric=?",
                                 (fig.platform, fig.tier, fig.metric)).fetchone():
                raise PlannerError(
                    f"The library already has {fig.metric} for {fig.platform}"
                    f"{'/' + fig.tier if fig.tier else ''}; edit that figure instead")
            cols = R.BENCH_FIELDS + (("id",) if fig.id is not None else ())
            vals = [getattr(fig, c) for c in cols]
            cur = self.conn.execute(
                f"INSERT INTO benchmarks ({', '.join(cols)}, origin, user_modified) "
                f"VALUES ({', '.join('?' * len(cols))}, 'user', 0)", vals)
        return replace(fig, id=cur.lastrowid, origin="user")

    def delete_benchmark(self, figure_id: int) -> BenchmarkFigure:
        fig = self.benchmark(figure_id)
        if fig.origin != "user":
            raise PlannerError("Shipped figures cannot be deleted; edit them or reset them to the library value")
        with self.atomic():
            self.conn.execute("DELETE FROM benchmarks WHERE id = ?", (figure_id,))
        return fig

    def market_facts(self, platform: str | None = None) -> list[MarketFact]:
        sql, args = "SELECT * FROM market_facts", []
        if platform:
            sql, args = sql + " WHERE platform = ?", [platform]
        return [R.market_fact_from_row(r) for r in self.query(sql + " ORDER BY id", args)]

    def festivals(self, year: int | None = None) -> list[FestivalWindow]:
        sql, args = "SELECT * FROM festivals", []
        if year is not None:
            sql, args = sql + " WHERE year = ?", [year]
        return [R.festival_from_row(r) for r in self.query(sql + ' ORDER BY start, "end"', args)]

    def fx_rates(self) -> dict[str, FxRate]:
        return {r["currency"]: R.fx_from_row(r) for r in self.query("SELECT * FROM fx_rates")}

    def set_fx_rate(self, rate: FxRate) -> None:
        if rate.cny_per_unit <= 0:
            raise PlannerError(f"Exchange rate for {rate.currency} = {rate.cny_per_unit!r}: must be above 0")
        with self.atomic():
            self.conn.execute("INSERT OR REPLACE INTO fx_rates VALUES (?,?,?,?)",
                              (rate.currency, rate.cny_per_unit, rate.as_of, rate.basis))

    # -- snapshot ------------------------------------------------------------------------------------
    def load_plan(self, campaign_ids: Iterable[int] | None = None) -> Plan:
        """Everything a projection or a schedule check needs, read in one go.

        With ``campaign_ids``, those campaigns' sessions are loaded, plus any other session that has
        recorded actuals (the hosts' history). Hosts are always all.
        """
        ids = list(campaign_ids) if campaign_ids is not None else None
        plan = Plan(
            platforms={p.key: p for p in self.platforms()},
            hosts={h.id: h for h in self.hosts()},  # type: ignore[misc]
            campaigns={c.id: c for c in self.campaigns()},  # type: ignore[misc]
            benchmarks=self.benchmarks(),
            festivals=self.festivals(),
            fx=self.fx_rates(),
        )
        plan.actuals = {a.session_id: a for a in self.actuals()}
        if ids is None:
            plan.sessions = self.sessions()
        else:
            for cid in ids:
                plan.sessions.extend(self.sessions(cid))
            # A host's history is not limited to these campaigns: past sessions with recorded actuals
            # come along so projections can shrink toward them (they are not part of any total).
            loaded = {s.id for s in plan.sessions}
            history = [sid for sid in plan.actuals if sid not in loaded]
            for chunk in range(0, len(history), 500):
                part = history[chunk:chunk + 500]
                plan.sessions.extend(R.session_from_tuple(t) for t in self.conn.execute(
                    f"SELECT {R.SESSION_COLUMNS} FROM sessions WHERE id IN ({','.join('?' * len(part))})",
                    part))
        return plan


def _candidates(campaigns: list[Campaign]) -> str:
    """``12 "Double 11", 13 "Double 11 — scenario" (scenario of 12)`` for a refusal."""
    return ", ".join(f"{c.id} \"{c.name}\"" + (f" (scenario of {c.parent_id})" if c.parent_id else "")
                     for c in campaigns)
