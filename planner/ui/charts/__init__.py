"""Comparison charts (pyqtgraph): platform benchmarks, scenarios, reach build-up and budget curve.

``ChartsView`` is imported lazily, so importing a chart module does not build the whole Charts tab.
"""

from __future__ import annotations

__all__ = ["ChartsView"]


def __getattr__(name: str):
    if name == "ChartsView":
        from planner.ui.charts.charts_view import ChartsView

        return ChartsView
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
