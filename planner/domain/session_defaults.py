"""What a new session takes from its host, written once: the slot fee in the campaign's currency, the
commission rate ("the session's own, else the host's"), and the session type (``default_session_type``).

The Add-session form (Sessions tab and calendar), the importer and the CLI all ask here, so they give one
answer. The vectorised projection engine applies the same commission rule to arrays (``domain/engine.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.domain.errors import Problem
from planner.domain.models import Campaign, FxRate, Host, default_session_type
from planner.domain.text import QT_TRANSLATE_NOOP, message_of


class MissingRateError(ValueError):
    """The host quotes in a currency the plan has no exchange rate for: the fee cannot be converted."""

    def __init__(self, currency: str, campaign_currency: str) -> None:
        self.currency = currency
        self.campaign_currency = campaign_currency
        super().__init__(QT_TRANSLATE_NOOP(
            "Validation", "the host quotes in {cur} and the plan has no exchange rate for {cur} (CNY per {cur}): "
                          "enter the fee in {campaign_cur}, or add the rate under Settings ▸ Exchange rates").format(
            cur=currency, campaign_cur=campaign_currency))

    def problem(self, field: str = "slot_fee", where: str = "") -> Problem:
        """The refusal as a validation problem at ``field`` (the value named is the currency)."""
        return Problem(field, self.currency, message_of(self), where=where)


def _cny_per_unit(currency: str, fx: dict[str, FxRate]) -> float | None:
    if currency == "CNY":
        return 1.0
    rate = fx.get(currency)
    return rate.cny_per_unit if rate is not None and rate.cny_per_unit > 0 else None


def default_slot_fee(host: Host, campaign: Campaign, fx: dict[str, FxRate]) -> float:
    """The host's quoted slot fee in the campaign's currency, converted at the plan's rate (to the cent).

    Raises:
        MissingRateError: the plan has no rate for one of the two currencies. A fee in another currency is
            never taken as it is: 5,000 USD is not 5,000 CNY.
    """
    if host.currency == campaign.currency:
        return host.slot_fee
    if host.slot_fee == 0:
        return 0.0
    src, dst = _cny_per_unit(host.currency, fx), _cny_per_unit(campaign.currency, fx)
    if src is None:
        raise MissingRateError(host.currency, campaign.currency)
    if dst is None:
        raise MissingRateError(campaign.currency, campaign.currency)
    return round(host.slot_fee * src / dst, 2)


def effective_commission(own_rate: float | None, host: Host | None) -> float | None:
    """The commission rate a session pays: its own rate (``Session.commission_rate``) when it has one, else
    its host's (None: no host known)."""
    if own_rate is not None:
        return own_rate
    return host.commission_rate if host is not None else None


def own_commission(rate: float | None, host: Host | None, *, follows_host: bool = True) -> float | None:
    """What a session stores for an entered ``rate``: None (keep following the host) when it equals the host's
    rate and the session followed the host before; otherwise the rate itself."""
    if rate is None:
        return None
    if follows_host and host is not None and abs(rate - host.commission_rate) < 1e-9:
        return None
    return rate


@dataclass(frozen=True, slots=True)
class SessionDefaults:
    """A new session's defaults for one host. ``slot_fee`` is None with ``fee_problem`` set when the host's fee
    cannot be converted to the campaign's currency (the user has to enter it)."""

    slot_fee: float | None
    commission_rate: float
    session_type: str
    fee_problem: MissingRateError | None = None


def session_defaults(host: Host, campaign: Campaign, fx: dict[str, FxRate]) -> SessionDefaults:
    """The defaults a form shows, the importer fills in for blank cells and the CLI uses for missing options."""
    try:
        fee: float | None = default_slot_fee(host, campaign, fx)
        problem = None
    except MissingRateError as exc:
        fee, problem = None, exc
    return SessionDefaults(fee, host.commission_rate, default_session_type(host), problem)
