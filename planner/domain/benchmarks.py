"""Benchmark lookup for projections: figures with fallback, host tiers, time slots, festivals and money.

Everything here reads a :class:`~planner.domain.models.Plan` snapshot only (no storage), so the UI, the CLI
and tests can build a :class:`BenchmarkBook` from whatever plan they hold.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from planner.domain.errors import MissingBenchmarkError, PlannerError
from planner.domain.models import TIERS, BenchmarkFigure, FestivalWindow, FxRate, Host, Plan

#: z(0.9) − z(0.1): a lognormal's P90/P10 log-ratio is this many sigmas.
P10_P90_SPAN = 2.5631031310892007

#: Metrics that are shares or probabilities: a drawn value above 1 is capped at 1.
RATE_METRICS: frozenset[str] = frozenset({
    "conversion_rate", "return_rate", "room_entry_rate", "paid_room_ctr", "engagement_rate", "follow_rate",
    "commission_rate", "platform_fee_rate", "returning_viewer_share", "minor_festival_share",
})

#: Geometric midpoints of the tier follower bands (reach-model §1), the reference of follower elasticity.
F_REF: dict[str, float] = {"koc": 3_162.0, "tail": 70_711.0, "waist": 1_581_139.0, "head": 15_811_388.0}
FOLLOWER_ELASTICITY = 0.5


def figure_sigma(fig: BenchmarkFigure) -> float:
    """Log-space sigma of a figure from its P10/P90: ``ln(high/low) / 2.5631``.

    A figure without both bounds, with ``low == high`` or with a non-positive bound or median is fixed
    (sigma 0): a lognormal cannot represent a zero (e.g. a KOC slot fee of 0).
    """
    if fig.low is None or fig.high is None or fig.low <= 0 or fig.high <= fig.low or fig.value <= 0:
        return 0.0
    return math.log(fig.high / fig.low) / P10_P90_SPAN


def _key(platform: str, tier: str, metric: str) -> tuple[str, str, str]:
    return (platform, tier or "", metric)


@dataclass(frozen=True, slots=True)
class SlotBand:
    """An hour band ``[start, end)`` of China start hours with its viewer multiplier figure."""

    start: int
    end: int
    figure: BenchmarkFigure


class BenchmarkBook:
    """Indexed view of a plan's benchmark library, festival calendar and exchange rates.

    Lookup falls back from the most to the least specific row:
    ``(platform, tier) → (platform, '') → ('all', tier) → ('all', '')``. When several rows share a key,
    a user row wins over a shipped one (the user edited or added it on purpose).
    """

    def __init__(self, figures: Iterable[BenchmarkFigure], festivals: Iterable[FestivalWindow] = (),
                 fx: dict[str, FxRate] | None = None) -> None:
        self._rows: dict[tuple[str, str, str], BenchmarkFigure] = {}
        for fig in figures:
            k = _key(fig.platform, fig.tier, fig.metric)
            old = self._rows.get(k)
            if old is None or (fig.origin == "user" and old.origin != "user"):
                self._rows[k] = fig
        # Only "festival" windows change shopping behaviour; holidays (Spring Festival) slow commerce down.
        self.festivals = sorted((f for f in festivals if f.kind == "festival" and f.tier != "holiday"),
                                key=lambda f: (f.presale_start or f.start, f.end))
        self.fx = dict(fx or {})
        self._bands = self._slot_bands()
        self._tier_mins = self._tier_minimums()
        self._festival_cache: dict[date, FestivalWindow | None] = {}
        self._festivals_cache: dict[date, list[FestivalWindow]] = {}

    @classmethod
    def from_plan(cls, plan: Plan) -> "BenchmarkBook":
        return cls(plan.benchmarks, plan.festivals, plan.fx)

    # -- figures -------------------------------------------------------------------------------
    def find(self, metric: str, platform: str = "all", tier: str = "") -> BenchmarkFigure | None:
        """The most specific figure for ``metric`` or None."""
        tier = tier or ""
        for k in ((platform, tier, metric), (platform, "", metric), ("all", tier, metric), ("all", "", metric)):
            fig = self._rows.get(k)
            if fig is not None:
                return fig
        return None

    def figure(self, metric: str, platform: str = "all", tier: str = "") -> BenchmarkFigure:
        """The most specific figure for ``metric``; raises :class:`MissingBenchmarkError` naming it."""
        fig = self.find(metric, platform, tier)
        if fig is None:
            where = f"platform {platform!r}" + (f", tier {tier!r}" if tier else "")
            raise MissingBenchmarkError(
                f"The benchmark library has no {metric!r} figure for {where} (nor an all-platform default); "
                f"add one under Benchmarks to project this session")
        return fig

    def get(self, metric: str, platform: str = "all", tier: str = "") -> float:
        """The median value of the most specific figure (see :meth:`figure`)."""
        return self.figure(metric, platform, tier).value

    # -- tiers ---------------------------------------------------------------------------------
    def _tier_minimums(self) -> list[tuple[float, str]]:
        mins = []
        for t in TIERS:
            fig = self._rows.get(("all", t, "tier_followers_min"))
            if fig is not None:
                mins.append((fig.value, t))
        return sorted(mins)

    def tier_for(self, followers: float | None) -> str:
        """The largest tier whose ``tier_followers_min`` the follower count reaches (unknown → smallest)."""
        if not self._tier_mins:
            raise MissingBenchmarkError("The benchmark library has no 'tier_followers_min' figures; "
                                        "host tiers cannot be told from followers")
        tier = self._tier_mins[0][1]
        for minimum, t in self._tier_mins:
            if (followers or 0) >= minimum:
                tier = t
        return tier

    def host_tier(self, host: Host) -> str:
        """The host's explicit tier if set, else the tier its followers reach."""
        return host.tier if host.tier else self.tier_for(host.followers)

    # -- time slots ----------------------------------------------------------------------------
    def _slot_bands(self) -> list[SlotBand]:
        bands = []
        for (platform, tier, metric), fig in self._rows.items():
            if metric != "slot_multiplier" or platform != "all" or "-" not in tier:
                continue
            try:
                a, b = (int(x) for x in tier.split("-", 1))
            except ValueError:
                continue
            bands.append(SlotBand(a, b, fig))
        return sorted(bands, key=lambda b: b.start)

    def slot_band(self, hour: int) -> SlotBand | None:
        for band in self._bands:
            if band.start <= hour < band.end:
                return band
        return None

    def slot_multiplier(self, hour: int) -> float:
        """Viewer multiplier for a China start hour; an hour no band covers counts as 1 (prime time)."""
        band = self.slot_band(hour)
        return band.figure.value if band else 1.0

    # -- festivals -----------------------------------------------------------------------------
    def festival_on(self, day: date) -> FestivalWindow | None:
        """The festival window (presale included) containing a China date, or None (cached per date)."""
        if day not in self._festival_cache:
            self._festival_cache[day] = next((f for f in self.festivals if f.contains(day)), None)
        return self._festival_cache[day]

    def festivals_on(self, day: date) -> list[FestivalWindow]:
        """Every festival window (presale included) containing a China date (cached per date)."""
        if day not in self._festivals_cache:
            self._festivals_cache[day] = [f for f in self.festivals if f.contains(day)]
        return self._festivals_cache[day]

    def prime_slot_multiplier(self) -> float:
        """The prime-time slot multiplier (the band holding 20:00), used inside a festival's peak hours."""
        return self.slot_multiplier(20)

    # -- money ---------------------------------------------------------------------------------
    def cny_per_unit(self, currency: str) -> float:
        """CNY per unit of ``currency``; raises :class:`PlannerError` when the plan has no rate."""
        if currency == "CNY":
            return 1.0
        rate = self.fx.get(currency)
        if rate is None or not rate.cny_per_unit > 0:
            raise PlannerError(f"No exchange rate for {currency}; add CNY per {currency} under Settings ▸ "
                               f"Exchange rates to project money in {currency}")
        return rate.cny_per_unit

    def from_cny(self, amount_cny: float, currency: str) -> float:
        """Convert an amount in CNY to ``currency`` (benchmarks are in CNY)."""
        return amount_cny / self.cny_per_unit(currency)

    def to_cny(self, amount: float, currency: str) -> float:
        return amount * self.cny_per_unit(currency)
