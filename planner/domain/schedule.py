"""Schedule rules: double-booked hosts, a brand against itself, dates, prime time and public holidays.

Everything works on domain objects (no Qt, no SQL), so the calendar, the Sessions table, the Problems panel
and ``planner check-schedule`` all report the same list. Times in messages are China time, because that is
when the audience watches; the UI and the CLI add the user's own zone beside it.

Overlaps are found with one sort by start and a sweep that keeps, per host and per (brand, platform), only
the sessions still running: O(n log n + conflicts). Touching sessions (one ends when the next starts) do not
overlap. Cancelled sessions are ignored.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import accumulate
from datetime import date, datetime, timedelta, timezone

from planner.domain.holidays_cn import holiday_text, holiday_windows_name, public_holidays
from planner.domain.models import BenchmarkFigure, Campaign, FestivalWindow, Host, Plan, Session
from planner.domain.text import QT_TRANSLATE_NOOP, Named, Text
from planner.domain.timezones import CHINA_TZ, zone

#: Prime time in China start hours ``[start, end)`` when the benchmark library does not say.
PRIME_TIME: tuple[int, int] = (19, 23)

HOST_OVERLAP = "host_double_booked"
BRAND_OVERLAP = "brand_overlap"
OUTSIDE_CAMPAIGN = "outside_campaign"
OFF_PRIME_TIME = "off_prime_time"
PUBLIC_HOLIDAY = "public_holiday"

KIND_LABELS: dict[str, str] = {
    HOST_OVERLAP: "Host double-booked",
    BRAND_OVERLAP: "Brand overlaps itself",
    OUTSIDE_CAMPAIGN: "Outside campaign dates",
    OFF_PRIME_TIME: "Outside prime time",
    PUBLIC_HOLIDAY: "Public holiday",
}

#: A host cannot be in two rooms; a brand's two rooms on one platform split its own viewers and paid
#: traffic; a session outside the campaign is accepted by validation but shown; the rest is advice.
SEVERITY: dict[str, str] = {
    HOST_OVERLAP: "error",
    BRAND_OVERLAP: "error",
    OUTSIDE_CAMPAIGN: "warning",
    OFF_PRIME_TIME: "info",
    PUBLIC_HOLIDAY: "info",
}
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "info": 2}

_UTC = timezone.utc
_TINY = timedelta(microseconds=1)


@dataclass(frozen=True, slots=True)
class Conflict:
    """One schedule problem: what kind, how bad, which sessions, and what is wrong in words."""

    kind: str
    severity: str  # error | warning | info
    session_ids: tuple[int, ...]
    message: str

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True, slots=True)
class FestivalBand:
    """A festival window, or its presale part, clipped to a shown date range (China dates, inclusive)."""

    festival: FestivalWindow
    first: date
    last: date
    presale: bool = False

    @property
    def key(self) -> str:
        return self.festival.key or self.festival.name_en

    @property
    def name(self) -> str:
        return self.festival.name_en


# -- prime time ------------------------------------------------------------------------------------
def prime_time_band(figures: Iterable[BenchmarkFigure]) -> tuple[int, int]:
    """The prime-time start hours from the library's ``slot_multiplier`` rows (the band(s) at 1.0).

    Adjacent bands at the top value are merged ("19-21" and "21-23" give 19–23). Without such rows the
    constant :data:`PRIME_TIME` is used.
    """
    rows: dict[str, BenchmarkFigure] = {}
    for fig in figures:
        if fig.metric != "slot_multiplier" or fig.platform != "all" or "-" not in fig.tier:
            continue
        old = rows.get(fig.tier)
        if old is None or (fig.origin == "user" and old.origin != "user"):
            rows[fig.tier] = fig
    bands = []
    for tier, fig in rows.items():
        try:
            a, b = (int(x) for x in tier.split("-", 1))
        except ValueError:
            continue
        if fig.value >= 1.0 and 0 <= a < b <= 24:
            bands.append((a, b))
    if not bands:
        return PRIME_TIME
    bands.sort()
    start, end = bands[0]
    for a, b in bands[1:]:
        if a <= end:
            end = max(end, b)
        else:
            break
    return start, end


# -- formatting (China time first) -----------------------------------------------------------------
# Built by hand, not with strftime: datetime.strftime imports the time module on every call, and under
# PySide6's import hook that costs more than the whole conflict sweep on a busy plan.
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def hhmm(dt: datetime) -> str:
    return f"{dt.hour:02d}:{dt.minute:02d}"


def iso_day(day: date) -> str:
    """``2027-06-07 Mon``."""
    return f"{day.year:04d}-{day.month:02d}-{day.day:02d} {WEEKDAYS[day.weekday()]}"


#: "2027-06-07 Mon …" for the translation tools: the weekday in the UI's language (see :func:`day_text`).
_DAY_TEXTS = (
    QT_TRANSLATE_NOOP("Days", "{date} Mon{rest}"), QT_TRANSLATE_NOOP("Days", "{date} Tue{rest}"),
    QT_TRANSLATE_NOOP("Days", "{date} Wed{rest}"), QT_TRANSLATE_NOOP("Days", "{date} Thu{rest}"),
    QT_TRANSLATE_NOOP("Days", "{date} Fri{rest}"), QT_TRANSLATE_NOOP("Days", "{date} Sat{rest}"),
    QT_TRANSLATE_NOOP("Days", "{date} Sun{rest}"),
)
_NEXT_DAYS = QT_TRANSLATE_NOOP("Days", "{time} (+{n} day)")


def day_text(text: str) -> str:
    """``2027-06-07 Mon 20:00–22:00`` (an :func:`iso_day` or :func:`china_span`) as a :class:`Text` whose
    weekday the UI shows in its language; any other string is returned as it is."""
    if len(text) < 14 or text[10] != " " or text[11:14] not in WEEKDAYS or not text[:4].isdigit():
        return text
    rest: str = text[14:]
    if rest.endswith(" day)") and " (+" in rest:
        times, _, n = rest[:-5].rpartition(" (+")
        if n.isdigit():
            rest = _NEXT_DAYS.format(time=times, n=int(n))
    return _DAY_TEXTS[WEEKDAYS.index(text[11:14])].format(date=text[:10], rest=rest)


def short_day(day: date) -> str:
    """``Mon 07 Jun``."""
    return f"{WEEKDAYS[day.weekday()]} {day.day:02d} {MONTHS[day.month - 1]}"


def china_span(start: datetime, minutes: int) -> str:
    """``2027-05-25 Tue 20:00–24:00`` in China time (an end past midnight says so)."""
    a = start.astimezone(CHINA_TZ)
    b = a + timedelta(minutes=minutes)
    end = hhmm(b)
    if b.date() > a.date():
        end = "24:00" if (b.hour, b.minute) == (0, 0) and b.date() == a.date() + timedelta(days=1) \
            else f"{end} (+{(b.date() - a.date()).days} day)"
    return f"{iso_day(a)} {hhmm(a)}–{end}"


def zone_span(start: datetime, minutes: int, zone_name: str, *,
              weekday: Callable[[int], str] = WEEKDAYS.__getitem__,
              day: Callable[[date], str] = short_day) -> str:
    """The same span in another zone, e.g. ``Tue 14:00–18:00 Europe/Rome`` (date added when it differs).

    ``weekday`` (Monday = 0) and ``day`` name the day: English here, the UI language in the UI."""
    tz = zone(zone_name)
    a = start.astimezone(tz)
    b = (start + timedelta(minutes=minutes)).astimezone(tz)
    label = day(a.date()) if a.date() != start.astimezone(CHINA_TZ).date() else weekday(a.weekday())
    return f"{label} {hhmm(a)}–{hhmm(b)} {zone_name}"


def zone_hour_labels(days: Sequence[date], zone_name: str) -> list[str]:
    """For each China hour 0–23 of ``days``, the wall-clock hour in ``zone_name``.

    When a daylight-saving change falls inside the days, an hour shows both readings ("13:00/14:00"),
    so the column beside China time is never silently an hour off.
    """
    tz = zone(zone_name)
    labels = []
    for hour in range(24):
        seen: list[str] = []
        for day in days:
            local = datetime(day.year, day.month, day.day, hour, tzinfo=CHINA_TZ).astimezone(tz)
            text = hhmm(local)
            if text not in seen:
                seen.append(text)
        labels.append("/".join(seen))
    return labels


# -- festivals and holidays ------------------------------------------------------------------------
def festival_bands(festivals: Iterable[FestivalWindow], first: date, last: date,
                   kinds: tuple[str, ...] = ("festival",)) -> list[FestivalBand]:
    """Festival windows meeting ``first``–``last``, split into presale and main parts, clipped to the range."""
    out: list[FestivalBand] = []
    for f in festivals:
        if f.kind not in kinds:
            continue
        parts = []
        if f.presale_start is not None and f.presale_start < f.start:
            parts.append((f.presale_start, f.start - timedelta(days=1), True))
        parts.append((f.start, f.end, False))
        for a, b, presale in parts:
            a, b = max(a, first), min(b, last)
            if a <= b:
                out.append(FestivalBand(f, a, b, presale))
    out.sort(key=lambda band: (band.first, band.festival.start, -(band.last - band.first).days, band.presale))
    return out


def festivals_on(festivals: Iterable[FestivalWindow], day: date) -> list[FestivalWindow]:
    """Festival windows (presale included) containing a China date."""
    return [f for f in festivals if f.contains(day)]


def _default_holiday_name(day: date) -> str | None:
    return public_holidays(day.year).get(day)


# -- conflict rules --------------------------------------------------------------------------------
def _family(campaign_id: int, campaigns: Mapping[int, Campaign]) -> int:
    c = campaigns.get(campaign_id)
    return (c.parent_id or campaign_id) if c is not None else campaign_id


def find_conflicts(
    sessions: Iterable[Session],
    hosts: Mapping[int, Host],
    campaigns: Mapping[int, Campaign],
    *,
    campaign_id: int | None = None,
    prime_time: tuple[int, int] = PRIME_TIME,
    platform_names: Mapping[str, str] | None = None,
    holiday_name: Callable[[date], str | None] | None = _default_holiday_name,
    informational: bool = True,
) -> ConflictList:
    """Every schedule problem among ``sessions``, worst first (a sequence of :class:`Conflict`).

    Args:
        sessions: all sessions of the plan (hosts are shared across campaigns, so pass them all even
            when only one campaign is of interest).
        hosts, campaigns: by id; names and brands for the rules and the messages.
        campaign_id: report only problems touching this campaign's sessions (None: the whole plan).
        prime_time: China start hours ``[start, end)``; see :func:`prime_time_band`.
        platform_names: platform key → display name for messages.
        holiday_name: China date → public holiday name or None; None switches the holiday rule off.
        informational: include the ``info`` rules (prime time, holidays).

    A campaign and its scenarios (related by ``parent_id``) are alternatives, not one schedule: their
    sessions are never checked against each other, for hosts or for the brand.
    """
    names = platform_names or {}
    live = [s for s in sessions if s.status != "cancelled" and s.id is not None]
    live.sort(key=lambda s: (s.start, s.id))
    out = ConflictList()

    def host_name(s: Session) -> str:
        h = hosts.get(s.host_id)
        return h.name if h is not None else f"#{s.host_id}"

    def campaign_name(s: Session) -> str:
        c = campaigns.get(s.campaign_id)
        return c.name if c is not None else f"#{s.campaign_id}"

    spans: dict[int, str] = {}

    def span(s: Session) -> str:  # formatting dominates on busy plans: once per session
        text = spans.get(s.id)  # type: ignore[arg-type]
        if text is None:
            text = spans[s.id] = china_span(s.start, s.duration_min)  # type: ignore[index]
        return text

    def wanted(*group: Session) -> bool:
        return campaign_id is None or any(s.campaign_id == campaign_id for s in group)

    family = {cid: _family(cid, campaigns) for cid in {s.campaign_id for s in live}}

    def same_schedule(a: Session, b: Session) -> bool:
        return a.campaign_id == b.campaign_id or family[a.campaign_id] != family[b.campaign_id]

    def brand_key(s: Session) -> tuple[str, str] | None:
        h = hosts.get(s.host_id)
        if h is None:
            return None
        c = campaigns.get(s.campaign_id)
        brand = (c.brand.strip().casefold() if c is not None else "") or f"#{family[s.campaign_id]}"
        return brand, h.platform

    # Per key, the sessions still running at the sweep's current start: (end, session).
    active_host: dict[int, list[tuple[datetime, Session]]] = {}
    active_brand: dict[tuple[str, str], list[tuple[datetime, Session]]] = {}

    for s in live:
        start, end = s.start, s.end
        running = [x for x in active_host.get(s.host_id, ()) if x[0] > start]
        for _, a in running:
            if same_schedule(a, s) and wanted(a, s):
                if a.campaign_id == s.campaign_id:
                    message = _say(_HOST_TWICE, host=host_name(s), first=span(a), second=span(s))
                else:
                    message = _say(_HOST_TWICE_ACROSS, host=host_name(s), first=span(a), second=span(s),
                                   campaigns=f"{campaign_name(a)} / {campaign_name(s)}")
                out.add((HOST_OVERLAP, SEVERITY[HOST_OVERLAP], (a.id, s.id), message))  # type: ignore[arg-type]
        running.append((end, s))
        active_host[s.host_id] = running

        bkey = brand_key(s)
        if bkey is not None:
            running_b = [x for x in active_brand.get(bkey, ()) if x[0] > start]
            for _, a in running_b:
                if a.host_id != s.host_id and same_schedule(a, s) and wanted(a, s):
                    c = campaigns.get(s.campaign_id)
                    brand = (c.brand if c is not None and c.brand.strip() else campaign_name(s))
                    platform = names.get(bkey[1], bkey[1])
                    out.add((
                        BRAND_OVERLAP, SEVERITY[BRAND_OVERLAP], (a.id, s.id),  # type: ignore[arg-type]
                        _say(_BRAND_TWICE, brand=brand, platform=platform, host=host_name(a), first=span(a),
                             other_host=host_name(s), second=span(s))))
            running_b.append((end, s))
            active_brand[bkey] = running_b

        if campaign_id is not None and s.campaign_id != campaign_id:
            continue
        c = campaigns.get(s.campaign_id)
        local = start.astimezone(CHINA_TZ)
        if c is not None:
            # A session ending at midnight belongs to the day it started.
            last = (end - _TINY).astimezone(CHINA_TZ).date()
            if local.date() < c.start_date or last > c.end_date:
                out.add((
                    OUTSIDE_CAMPAIGN, SEVERITY[OUTSIDE_CAMPAIGN], (s.id,),  # type: ignore[arg-type]
                    _say(_OUTSIDE, host=host_name(s), span=span(s), start=c.start_date.isoformat(),
                         end=c.end_date.isoformat())))
        if not informational:
            continue
        minute = local.hour * 60 + local.minute
        if not prime_time[0] * 60 <= minute < prime_time[1] * 60:
            out.add((
                OFF_PRIME_TIME, SEVERITY[OFF_PRIME_TIME], (s.id,),  # type: ignore[arg-type]
                _say(_OFF_PRIME, host=host_name(s), time=hhmm(local), day=iso_day(local),
                     prime=f"{prime_time[0]:02d}:00–{prime_time[1]:02d}:00")))
        if holiday_name is not None:
            name = holiday_name(local.date())
            if name:
                out.add((
                    PUBLIC_HOLIDAY, SEVERITY[PUBLIC_HOLIDAY], (s.id,),  # type: ignore[arg-type]
                    _say(_HOLIDAY, host=host_name(s), day=iso_day(local), holiday=name)))

    starts = {s.id: s.start for s in live}
    sev, ids = out.severities, out.session_ids
    out.reorder(sorted(range(len(out)), key=lambda i: (SEVERITY_RANK.get(sev[i], 9), starts[ids[i][0]], ids[i])))
    return out


def plan_conflicts(plan: Plan, campaign_id: int | None = None, **kwargs) -> ConflictList:
    """:func:`find_conflicts` over a :class:`Plan` snapshot (load it with all sessions)."""
    kwargs.setdefault("prime_time", prime_time_band(plan.benchmarks))
    kwargs.setdefault("platform_names", {k: Named(p.name_en, p.name_zh) for k, p in plan.platforms.items()})
    kwargs.setdefault("holiday_name", holiday_windows_name(plan.festivals))  # the calendar's days off
    return find_conflicts(plan.sessions, plan.hosts, plan.campaigns, campaign_id=campaign_id, **kwargs)


#: The problems' messages, marked for translation. A ConflictList keeps a message as its template's position
#: and its fields (``_say``), and rebuilds the :class:`Text` when a conflict is read: the column stays plain
#: strings (nothing for the garbage collector to walk) and the UI can show the message in its language.
_HOST_TWICE, _HOST_TWICE_ACROSS, _BRAND_TWICE, _OUTSIDE, _OFF_PRIME, _HOLIDAY = range(6)
_MESSAGES = (
    QT_TRANSLATE_NOOP("Problems", "{host} is booked twice at once: {first} and {second} China time"),
    QT_TRANSLATE_NOOP("Problems", "{host} is booked twice at once: {first} and {second} China time ({campaigns})"),
    QT_TRANSLATE_NOOP("Problems", "{brand} is live twice on {platform} at once: {host} {first} and {other_host} "
                                  "{second} China time"),
    QT_TRANSLATE_NOOP("Problems", "{host} on {span} China time is outside the campaign dates {start} – {end}"),
    QT_TRANSLATE_NOOP("Problems", "{host} starts at {time} China time on {day}, outside prime time {prime}: "
                                  "expect fewer viewers"),
    QT_TRANSLATE_NOOP("Problems", "{host} on {day} falls on a public holiday in China ({holiday}): audiences "
                                  "travel and couriers slow down"),
)
_FIELDS = tuple(tuple(name for _, name, _, _ in string.Formatter().parse(t) if name) for t in _MESSAGES)


def _named(stored: str) -> Named:
    """A stored platform name back as the :class:`Named` it was (English, and Chinese after ``_ZH``)."""
    en, _, zh = stored.partition(_ZH)
    return Named(en, zh)


#: Fields that are themselves names the UI translates (a holiday's name from the holidays package).
_FIELD_TEXTS: dict[str, Callable[[str], str]] = {"holiday": holiday_text, "first": day_text, "second": day_text,
                                                  "span": day_text, "day": day_text, "platform": _named}
_CODED, _SEP, _ZH = "\x1e", "\x1f", "\x1d"


def _say(which: int, **fields: str) -> str:
    return _CODED + str(which) + _SEP + _SEP.join(_field(fields[name]) for name in _FIELDS[which])


def _field(value: str) -> str:
    """A field as stored: a :class:`Named` keeps its Chinese after ``_ZH`` (the UI shows it in Chinese)."""
    text = value.replace(_SEP, " ").replace(_ZH, " ")
    zh = getattr(value, "zh", "")
    return f"{text}{_ZH}{zh.replace(_SEP, ' ')}" if zh else text



def _message(raw: str) -> str:
    """A stored message as the :class:`Text` it stands for (a plain string is returned as it is)."""
    if not raw.startswith(_CODED):
        return raw
    which, *values = raw[1:].split(_SEP)
    template = _MESSAGES[int(which)]
    fields: dict[str, object] = dict(zip(_FIELDS[int(which)], values, strict=True))
    for name, as_text in _FIELD_TEXTS.items():
        if name in fields:
            fields[name] = as_text(str(fields[name]))
    return Text(template.context, template.template, fields)


class _Packed(Sequence):
    """Many short items kept as one flat object and the end offset of each, rebuilt on access (unpickling
    one bytes object or array is a copy; unpickling 100,000 small objects is 100,000 allocations)."""

    __slots__ = ("_flat", "_ends")

    def __init__(self, flat, ends: array) -> None:
        self._flat, self._ends = flat, ends

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        return self._item(self._ends[i - 1] if i else 0, self._ends[i])

    def _item(self, start: int, end: int):
        raise NotImplementedError


class _PackedTexts(_Packed):
    """Texts as one UTF-8 buffer (a str would be decoded whole on arrival: ~10 ms for 100,000 messages)."""

    @classmethod
    def pack(cls, texts: Sequence[str]) -> "_PackedTexts":
        encoded = [t.encode() for t in texts]
        return cls(b"".join(encoded), array("q", accumulate(len(t) for t in encoded)))

    def _item(self, start: int, end: int) -> str:
        return self._flat[start:end].decode()


class _PackedIds(_Packed):
    @classmethod
    def pack(cls, ids: Sequence[tuple[int, ...]]) -> "_PackedIds":
        return cls(array("q", (x for t in ids for x in t)), array("q", accumulate(len(t) for t in ids)))

    def _item(self, start: int, end: int) -> tuple[int, ...]:
        return tuple(self._flat[start:end])


class _Coded(Sequence):
    """Many repeats of a few strings (kinds, severities): the distinct ones, and one byte per item."""

    __slots__ = ("_names", "_codes")

    def __init__(self, names: list[str], codes: bytes) -> None:
        self._names, self._codes = names, codes

    @classmethod
    def pack(cls, items: Sequence[str]) -> "_Coded":
        names = sorted(set(items))
        if len(names) > 256:
            raise ValueError("more than 256 distinct values")
        at = {n: i for i, n in enumerate(names)}
        return cls(names, bytes(at[x] for x in items))

    def __len__(self) -> int:
        return len(self._codes)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self._names[c] for c in self._codes[i]]
        return self._names[self._codes[i]]

    def count(self, value: object) -> int:
        return self._codes.count(self._names.index(value)) if value in self._names else 0

    def positions(self, value: str, *, equal: bool) -> list[int]:
        code = self._names.index(value) if value in self._names else -1
        return [i for i, c in enumerate(self._codes) if (c == code) == equal]


def _unpack_conflicts(kinds, severities, ids: _PackedIds, messages: _PackedTexts) -> "ConflictList":
    table = ConflictList()
    table.kinds, table.severities, table.session_ids, table.messages = kinds, severities, ids, messages
    return table


class SessionIndex(Mapping):
    """Session id → the positions of the conflicts naming it, kept as three integer arrays (sorted ids,
    end offsets, positions): it travels from the checking process as three copies, not 10,000 tuples."""

    __slots__ = ("_keys", "_ends", "_flat")

    def __init__(self, keys: array, ends: array, flat: array) -> None:
        self._keys, self._ends, self._flat = keys, ends, flat

    @classmethod
    def build(cls, session_ids: Iterable[tuple[int, ...]]) -> "SessionIndex":
        found: dict[int, list[int]] = {}
        for i, ids in enumerate(session_ids):
            for sid in ids:
                found.setdefault(sid, []).append(i)
        keys = sorted(found)
        return cls(array("q", keys), array("q", accumulate(len(found[k]) for k in keys)),
                   array("q", (i for k in keys for i in found[k])))

    def _at(self, sid: object) -> int:
        if not isinstance(sid, int):
            return -1
        i = bisect_left(self._keys, sid)
        return i if i < len(self._keys) and self._keys[i] == sid else -1

    def __getitem__(self, sid: object) -> tuple[int, ...]:
        i = self._at(sid)
        if i < 0:
            raise KeyError(sid)
        return tuple(self._flat[self._ends[i - 1] if i else 0:self._ends[i]])

    def __contains__(self, sid: object) -> bool:
        return self._at(sid) >= 0

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self):
        return iter(self._keys)

    def __repr__(self) -> str:
        return f"SessionIndex({len(self)} sessions)"


class ConflictList(Sequence[Conflict]):
    """Many conflicts held column by column, each :class:`Conflict` built when it is asked for.

    A busy 10,000-session plan has some 100,000 problems. As objects they would triple what every full
    garbage collection has to walk, and a collection holds the interpreter lock: the UI would stall while a
    worker checks the schedule. Columns of strings and int tuples are not walked at all.
    """

    __slots__ = ("kinds", "severities", "session_ids", "messages")

    def __init__(self, conflicts: Iterable[Conflict] = ()) -> None:
        self.kinds: Sequence[str] = []
        self.severities: Sequence[str] = []
        self.session_ids: Sequence[tuple[int, ...]] = []
        self.messages: Sequence[str] = []
        for c in conflicts:
            self.add((c.kind, c.severity, c.session_ids, c.message))

    def __len__(self) -> int:
        return len(self.kinds)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return Conflict(self.kinds[i], self.severities[i], self.session_ids[i], _message(self.messages[i]))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, ConflictList):
            return [list(getattr(self, k)) for k in self.__slots__] == [list(getattr(other, k)) for k in self.__slots__]
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"ConflictList({len(self)} conflicts)"

    def __reduce__(self):
        # Sent from the helper process that checks the schedule: every column travels as one or two flat
        # buffers, so the UI receives a few copies, not 400,000 objects (see planner.ui.offload).
        def packed(column, kind):
            return column if isinstance(column, kind) else kind.pack(column)
        return _unpack_conflicts, (packed(self.kinds, _Coded), packed(self.severities, _Coded),
                                   packed(self.session_ids, _PackedIds), packed(self.messages, _PackedTexts))

    def count(self, severity: str) -> int:  # type: ignore[override]
        """How many conflicts have this severity."""
        return self.severities.count(severity)

    def positions_without(self, severity: str) -> list[int]:
        """The positions of the conflicts of every other severity."""
        if isinstance(self.severities, _Coded):
            return self.severities.positions(severity, equal=False)
        return [i for i, sev in enumerate(self.severities) if sev != severity]

    def without(self, severity: str) -> "ConflictList":
        """The conflicts of every other severity (e.g. without the ``info`` notes)."""
        out = ConflictList()
        for i in self.positions_without(severity):
            out.add((self.kinds[i], self.severities[i], self.session_ids[i], self.messages[i]))
        return out

    def add(self, conflict: tuple[str, str, tuple[int, ...], str]) -> None:
        """Append ``(kind, severity, session_ids, message)`` without building a Conflict."""
        kind, severity, session_ids, message = conflict
        if isinstance(message, Text) and message.template in _MESSAGES:  # a Conflict read back: store it coded
            which = _MESSAGES.index(message.template)
            message = _say(which, **{k: v if isinstance(v, str) else str(v) for k, v in message.fields.items()})
        self.kinds.append(kind)  # type: ignore[attr-defined]
        self.severities.append(severity)  # type: ignore[attr-defined]
        self.session_ids.append(session_ids)  # type: ignore[attr-defined]
        self.messages.append(message)  # type: ignore[attr-defined]

    def reorder(self, order: Sequence[int]) -> None:
        """Put the conflicts in ``order`` (positions), e.g. from ``sorted(range(len(self)), key=...)``."""
        for name in self.__slots__:
            column = getattr(self, name)
            setattr(self, name, [column[i] for i in order])  # (packed columns become lists again)

    def index_by_session(self) -> SessionIndex:
        """Session id → the positions of the conflicts naming it."""
        return SessionIndex.build(self.session_ids)


def worst_by_session(conflicts: Iterable[Conflict]) -> dict[int, str]:
    """Session id → the worst severity among the conflicts naming it (for marking rows and blocks)."""
    out: dict[int, str] = {}
    pairs = zip(conflicts.severities, conflicts.session_ids) if isinstance(conflicts, ConflictList) \
        else ((c.severity, c.session_ids) for c in conflicts)
    for severity, ids in pairs:
        for sid in ids:
            old = out.get(sid)
            if old is None or SEVERITY_RANK[severity] < SEVERITY_RANK[old]:
                out[sid] = severity
    return out


def conflicting_session_ids(conflicts: Iterable[Conflict],
                            severities: tuple[str, ...] = ("error", "warning")) -> set[int]:
    """Ids of sessions named by a conflict of one of ``severities``."""
    return {sid for c in conflicts if c.severity in severities for sid in c.session_ids}


def china_midnight(day: date) -> datetime:
    """Start of a China day as an aware UTC datetime."""
    return datetime(day.year, day.month, day.day, tzinfo=CHINA_TZ).astimezone(_UTC)



#: The id a session not yet in the plan goes by while it is checked (real ids are positive).
UNSAVED_ID = -1


def conflicts_of_new_session(session: Session, sessions: Iterable[Session], hosts: Mapping[int, Host],
                             campaigns: Mapping[int, Campaign], *,
                             platform_names: Mapping[str, str] | None = None) -> list[Conflict]:
    """The double bookings a session not yet in the plan would make: the host booked twice at once, or the
    brand live twice on one platform (:func:`find_conflicts`' own rules, so an Add session form warns
    before OK with exactly what the Problems panel would say after it).

    ``sessions``: the plan's sessions the new one could collide with (at least the host's, and those of
    the campaigns of the same brand); hosts and campaigns by id.
    """
    from dataclasses import replace

    probe = replace(session, id=UNSAVED_ID)
    found = find_conflicts([*(s for s in sessions if s.id != UNSAVED_ID), probe], hosts, campaigns,
                           campaign_id=session.campaign_id, platform_names=platform_names, holiday_name=None,
                           informational=False)
    return [c for c in found if UNSAVED_ID in c.session_ids and c.kind in (HOST_OVERLAP, BRAND_OVERLAP)]
