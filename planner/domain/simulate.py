"""Recorded shows drawn from a simulated world, for the backtest's tests and benchmark.

A *world* is one Monte Carlo draw of the projection model with its own seed: every platform, host and
session gets its own shock, so each host has a true audience and conversion that differ from the library's
medians by as much as the library's P10–P90 says they may. Recording that world's figures as actuals gives
shows whose truth is known; a backtest over them should cover about 80% when the model's spread is right,
and calibrated projections should move toward each host's true level.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from planner.domain.engine import compile_campaign
from planner.domain.models import Plan, SessionActual
from planner.domain.projection import run_draws


def world_figures(plan: Plan, campaign_id: int, seed: int) -> dict[int, dict[str, float]]:
    """One world's show viewers, buyers and GMV per session of the campaign (recorded actuals are ignored)."""
    from planner.domain.backtest import SHOW_VIEWERS_KEY

    bare = replace(plan, actuals={})
    c = compile_campaign(bare, campaign_id)
    keys = (SHOW_VIEWERS_KEY, "buyers", "gmv")
    _t, _p, per = run_draws(c, 1, seed, session_keys=keys)
    return {s.id: {"viewers": float(per[SHOW_VIEWERS_KEY][0, i]), "buyers": float(per["buyers"][0, i]),  # type: ignore[misc]
                   "gmv": float(per["gmv"][0, i])} for i, s in enumerate(c.sessions)}


def record_world(plan: Plan, campaign_id: int, seed: int, session_ids: set[int] | None = None,
                 refund_share: float = 0.15) -> dict[int, dict[str, float]]:
    """Draw a world and record its figures as the actuals of ``session_ids`` (default: all) in ``plan``;
    returns the world's figures of every session (the truth, recorded or not)."""
    truth = world_figures(plan, campaign_id, seed)
    for sid, f in truth.items():
        if session_ids is None or sid in session_ids:
            plan.actuals[sid] = SessionActual(sid, viewers=round(f["viewers"]), orders=round(f["buyers"]),
                                              gmv=round(f["gmv"], 2), refunds=round(f["gmv"] * refund_share, 2))
    return truth


def log_errors(projected: dict[int, float], truth: dict[int, float]) -> np.ndarray:
    """``log(truth / projected)`` of the sessions in both."""
    ids = [i for i in projected if i in truth and projected[i] > 0 and truth[i] > 0]
    return np.log(np.array([truth[i] for i in ids]) / np.array([projected[i] for i in ids]))
