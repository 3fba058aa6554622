"""Plain dataclasses for everything a plan holds. Storage maps them to rows; the UI shows them."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta, timezone
from operator import attrgetter

TIERS: tuple[str, ...] = ("koc", "tail", "waist", "head")
TIER_LABELS = {"koc": "KOC", "tail": "Tail (尾部)", "waist": "Waist (腰部)", "head": "Head (头部)"}

SESSION_STATUSES: tuple[str, ...] = ("planned", "confirmed", "done", "cancelled")
#: What the brand bought (reach-model §1.3): the whole show (专场, the brand's own 店播/自播) or one slot (坑位)
#: in a host's multi-brand show. Plans from before v2 said kol / store / self; migration 3 maps them.
SESSION_TYPES: tuple[str, ...] = ("dedicated", "slot")
SESSION_TYPE_LABELS = {"dedicated": "Dedicated show (专场)", "slot": "Slot in a multi-brand show (坑位)"}

#: Words in a host's categories that mark the brand's own live room (店播 / 自播): its shows are dedicated.
STORE_HOST_MARKS: tuple[str, ...] = ("店播", "自播", "brand store", "store live")


def default_session_type(host: "Host | None") -> str:
    """A new session's type: dedicated on the brand's own store host, else a slot (reach-model §1.3)."""
    if host is not None and any(m in host.categories.lower() for m in STORE_HOST_MARKS):
        return "dedicated"
    return "slot"


HOST_STATUSES: tuple[str, ...] = (
    "prospect", "contacted", "negotiating", "sample_sent", "scheduled", "live", "reviewed",
)
HOST_STATUS_ZH = {
    "prospect": "待开发", "contacted": "已触达", "negotiating": "沟通中", "sample_sent": "已寄样",
    "scheduled": "已排期", "live": "直播中", "reviewed": "已复盘",
}
OBJECTIVES: tuple[str, ...] = ("sales", "reach", "launch", "clearance")
BASES: tuple[str, ...] = ("sourced", "estimate", "assumption", "convention", "user")

# ISO 4217 codes a campaign or a host fee may be in.
CURRENCIES: frozenset[str] = frozenset(
    """AED ARS AUD BRL CAD CHF CLP CNY COP CZK DKK EGP EUR GBP HKD HUF IDR ILS INR ISK JPY KRW KZT MOP MXN
    MYR NOK NZD PHP PKR PLN QAR RON RUB SAR SEK SGD THB TRY TWD UAH USD VND ZAR""".split()
)

MIN_DURATION_MIN = 15
MAX_DURATION_MIN = 12 * 60


def utc(dt: datetime) -> datetime:
    """Return an aware datetime in UTC; refuse naive ones, which would be ambiguous."""
    if dt.tzinfo is None:
        raise ValueError("datetime must be timezone-aware")
    return dt.astimezone(timezone.utc)


@dataclass(frozen=True, slots=True)
class Platform:
    key: str
    name_en: str
    name_zh: str = ""
    required: bool = False
    color: str = "#7f7f7f"

    @property
    def label(self) -> str:
        return f"{self.name_en} ({self.name_zh})" if self.name_zh else self.name_en


@dataclass(frozen=True, slots=True)
class Host:
    """A host on one platform (the same person on two platforms is two hosts)."""

    name: str
    platform: str
    handle: str = ""
    tier: str | None = None  # explicit tier; None = derive from followers
    followers: int | None = None
    typical_viewers: float | None = None  # own unique viewers per session (UV), e.g. from a KOL data tool
    categories: str = ""
    slot_fee: float = 0.0
    commission_rate: float = 0.0  # share of net GMV, 0..1
    currency: str = "CNY"
    agency: str = ""
    region: str = ""
    status: str = "prospect"
    contact: str = ""
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Campaign:
    """A campaign, or a scenario of one (``parent_id`` names the campaign it varies)."""

    name: str
    start_date: date
    end_date: date
    brand: str = ""
    category: str = ""
    objective: str = "sales"
    budget: float = 0.0
    currency: str = "CNY"
    margin: float = 0.5  # gross margin on net GMV, 0..1
    other_costs: float = 0.0  # fixed costs beyond sessions (samples, production, agency retainer)
    notes: str = ""
    parent_id: int | None = None
    # The campaign's own product figures (reach-model §3): each becomes the median, keeping the library's spread.
    avg_order_value: float | None = None  # CNY per order
    conversion_rate: float | None = None
    return_rate: float | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Session:
    """One livestream session. ``start`` is an aware datetime, stored in UTC."""

    campaign_id: int
    host_id: int
    start: datetime
    duration_min: int = 180
    slot_fee: float = 0.0  # in the campaign's currency
    commission_rate: float | None = None  # None = the host's rate
    paid_budget: float = 0.0  # paid traffic (投流), campaign currency
    session_type: str = "slot"
    products: str = ""
    theme: str = ""
    status: str = "planned"
    notes: str = ""
    brand_minutes: float | None = None  # slot sessions: minutes the host presents the brand; None = library default
    lineage: int | None = None  # stable id for shocks: kept when moved or edited, inherited by scenario copies
    id: int | None = None

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_min)

    def __reduce__(self):
        # Positional fields: a 10,000-session schedule check arrives from its helper process in half the time
        # the slots dataclass's default (a Python __setstate__ per session) takes.
        return (Session, _session_fields(self))


_session_fields = attrgetter(*(f.name for f in fields(Session)))


@dataclass(frozen=True, slots=True)
class SessionActual:
    """What a session really delivered (复盘), used to shrink a host's projections toward its history."""

    session_id: int
    viewers: float | None = None  # unique viewers (UV)
    peak_concurrent: float | None = None
    orders: float | None = None
    gmv: float | None = None
    refunds: float | None = None
    read_on: date | None = None  # when the figures were read (platform GMV keeps changing for days)


@dataclass(frozen=True, slots=True)
class BenchmarkFigure:
    """One figure of the benchmark library. ``low``/``high`` are P10/P90, ``value`` the median.

    ``platform`` is a platform key or ``"all"``; ``tier`` is a host tier, an hour band ("19-23"),
    a category ("apparel") or empty.
    """

    platform: str
    metric: str
    value: float
    tier: str = ""
    low: float | None = None
    high: float | None = None
    unit: str = ""
    year: str = ""
    basis: str = "estimate"
    source: str = ""
    note: str = ""
    user_modified: bool = False
    origin: str = "shipped"  # shipped | user
    id: int | None = None

    @property
    def is_sourced(self) -> bool:
        return self.basis == "sourced"


@dataclass(frozen=True, slots=True)
class MarketFact:
    """A published market figure, kept as the source printed it (some are ranges or times, not numbers)."""

    platform: str
    metric: str
    value: str
    unit: str = ""
    low: str = ""
    high: str = ""
    year: str = ""
    source_title: str = ""
    source_ref: str = ""
    notes: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class FestivalWindow:
    """A shopping festival or holiday in one year, in China dates (inclusive)."""

    name_en: str
    year: int
    start: date
    end: date
    name_zh: str = ""
    key: str = ""
    presale_start: date | None = None
    kind: str = "festival"  # festival | holiday
    basis: str = "sourced"
    notes: str = ""
    id: int | None = None
    tier: str = "major"  # major (full uplift) | minor (a share of it) | holiday (none)
    platforms: str = "all"  # "all" or platform keys separated by spaces or commas
    peak_hours: str = ""  # e.g. "00-02,20-24@end;20-24@presale": China hours counting as prime time that day

    def applies_to(self, platform: str) -> bool:
        keys = self.platforms.replace(",", " ").split()
        return not keys or "all" in keys or platform in keys

    def peak_hour(self, day: date, hour: int) -> bool:
        """Whether a China date and hour fall in this festival's peak hours (prime time whatever the hour)."""
        for clause in self.peak_hours.split(";"):
            if "@" not in clause:
                continue
            hours, when = clause.split("@", 1)
            when = when.strip()
            if when == "end":
                target = self.end
            elif when == "presale":
                target = self.presale_start or self.start
            else:
                try:
                    target = date(day.year, *(int(x) for x in when.split("-")))
                except ValueError:
                    continue
            if target != day:
                continue
            for band in hours.split(","):
                try:
                    a, b = (int(x) for x in band.strip().split("-"))
                except ValueError:
                    continue
                if a <= hour < b:
                    return True
        return False

    def contains(self, day: date) -> bool:
        first = self.presale_start or self.start
        return first <= day <= self.end


@dataclass(frozen=True, slots=True)
class FxRate:
    """How many CNY one unit of ``currency`` buys (so CNY itself is 1.0)."""

    currency: str
    cny_per_unit: float
    as_of: str = ""
    basis: str = "estimate"


@dataclass(slots=True)
class Plan:
    """Everything needed to project or check a campaign, loaded at once (a read-only snapshot)."""

    platforms: dict[str, Platform] = field(default_factory=dict)
    hosts: dict[int, Host] = field(default_factory=dict)
    campaigns: dict[int, Campaign] = field(default_factory=dict)
    sessions: list[Session] = field(default_factory=list)
    actuals: dict[int, SessionActual] = field(default_factory=dict)
    benchmarks: list[BenchmarkFigure] = field(default_factory=list)
    festivals: list[FestivalWindow] = field(default_factory=list)
    fx: dict[str, FxRate] = field(default_factory=dict)
