"""The per-session ranges of the Results view, computed a few hundred sessions at a time (off the UI
thread's interpreter lock), are exactly the per-session quantiles."""

from __future__ import annotations

import numpy as np

from planner.domain.results import _column_ranges, _q


def test_column_ranges_equal_the_quantiles_of_each_column():
    rng = np.random.default_rng(7)
    draws = rng.lognormal(3.0, 1.0, size=(501, 700))
    assert _column_ranges(draws, chunk=256) == [_q(draws[:, i]) for i in range(draws.shape[1])]
    assert _column_ranges(draws[:, :3], chunk=2) == [_q(draws[:, i]) for i in range(3)]
