"""How the charts look and read: platform colours, number formats (万/亿 in Chinese), axes with units.

Number formatting is plain Python (``format_number`` & co. take a ``chinese`` flag); only
:func:`ui_is_chinese` and the Qt classes below read Qt state. The platform colour comes from
:attr:`planner.domain.models.Platform.color`, so a platform has the same colour in every view of the app.
"""

from __future__ import annotations

import math
from typing import cast

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPen

from planner.ui import formatting as F

#: Forced language for number formats ("zh", "en") or None to follow the UI locale.
_FORCED_LANGUAGE: str | None = None

#: Neutral colours for scenarios, chosen not to clash with the platform colours.
SCENARIO_COLORS = ("#263238", "#607d8b", "#a1887f", "#b0bec5")
FALLBACK_COLOR = "#7f7f7f"
GRID_ALPHA = 0.25
BACKGROUND = "w"
FOREGROUND = "#333333"
FESTIVAL_COLOR = (255, 193, 7, 45)  # amber, translucent

pg.setConfigOptions(antialias=True)




def set_language(language: str | None) -> None:
    """Force the number language ("zh" or "en"); None follows the UI locale (QLocale default)."""
    global _FORCED_LANGUAGE
    _FORCED_LANGUAGE = language


def ui_is_chinese() -> bool:
    if _FORCED_LANGUAGE is not None:
        return _FORCED_LANGUAGE == "zh"
    return QLocale().language() == QLocale.Language.Chinese


def _units() -> bool:
    """万/亿 for big figures: the UI is Chinese and the Preferences option is on (or a forced language)."""
    if _FORCED_LANGUAGE is not None:
        return _FORCED_LANGUAGE == "zh"
    return ui_is_chinese() and (F.locale_name() != "zh_CN" or F.chinese_units())


def _bad(value: float | None) -> bool:
    return value is None or not math.isfinite(float(value))


def _trim(text: str) -> str:
    return text.rstrip("0").rstrip(".") if "." in text else text


def format_number(value: float | None, decimals: int = 0, chinese: bool | None = None) -> str:
    """``12,345,678`` in English; ``1,234.6万`` / ``1.23亿`` in Chinese (万 from 10,000, 亿 from 10^8)."""
    if _bad(value):
        return "—"
    v = float(value)  # type: ignore[arg-type]
    zh = _units() if chinese is None else chinese
    if zh:
        if abs(v) >= 1e8:
            return _trim(f"{v / 1e8:,.2f}") + "亿"
        if abs(v) >= 1e4:
            return _trim(f"{v / 1e4:,.1f}") + "万"
    return F.localise(f"{v:,.{decimals}f}")


def format_compact(value: float | None, chinese: bool | None = None) -> str:
    """Short labels for crowded charts: 1.2M / 35k in English, 1.2亿 / 3.5万 in Chinese."""
    if _bad(value):
        return "—"
    v = float(value)  # type: ignore[arg-type]
    zh = _units() if chinese is None else chinese
    if zh:
        return format_number(v, 0 if abs(v) >= 1 else 2, True)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(v) >= limit:
            return F.localise(_trim(f"{v / limit:,.1f}") + suffix)
    return F.localise(_trim(f"{v:,.2f}"))


def legend_row(layout: pg.GraphicsLayout, row: int, col: int = 0, colspan: int = 1,
               columns: int = 4) -> pg.LegendItem:
    """A legend laid out in its own row of a GraphicsLayout (below a plot) instead of over the data."""
    legend = pg.LegendItem(colCount=columns, labelTextColor=FOREGROUND, verSpacing=-4, horSpacing=24)
    layout.addItem(legend, row=row, col=col, colspan=colspan)
    layout.layout.setRowStretchFactor(row, 0)
    return legend


def format_money(value: float | None, currency: str = "CNY", decimals: int = 0,
                 chinese: bool | None = None) -> str:
    if _bad(value):
        return "—"
    return f"{currency} {format_number(value, decimals, chinese)}"


def format_percent(rate: float | None, decimals: int = 1) -> str:
    if _bad(rate):
        return "—"
    return F.localise(_trim(f"{float(rate) * 100:.{decimals}f}") + "%")  # type: ignore[arg-type]


def format_ratio(value: float | None, decimals: int = 2) -> str:
    if _bad(value):
        return "—"
    return F.localise(f"{float(value):,.{decimals}f}×")  # type: ignore[arg-type]


def format_value(value: float | None, kind: str, currency: str = "CNY", chinese: bool | None = None,
                 compact: bool = False) -> str:
    """Format by kind: ``count``, ``money``, ``rate`` (a share shown as %), ``ratio`` (×) or ``plain``.

    ``compact`` shortens big numbers (1.2M, 1.2亿) for labels in crowded charts.
    """
    if compact and kind in ("count", "money") and not _bad(value) and abs(cast(float, value)) >= 1e4:
        text = format_compact(value, chinese)
        return f"{currency} {text}" if kind == "money" else text
    if kind == "money":
        fractional = value is not None and math.isfinite(value) and abs(value) < 100 and value != round(value)
        return format_money(value, currency, 2 if fractional else 0, chinese)
    if kind == "rate":
        return format_percent(value)
    if kind == "ratio":
        return format_ratio(value)
    if kind == "plain":
        return format_number(value, 2, chinese)
    small = value is not None and math.isfinite(value) and 0 < abs(value) < 10
    return format_number(value, 1 if small else 0, chinese)


def color(key: str, colors: dict[str, str]) -> QColor:
    return QColor(colors.get(key, FALLBACK_COLOR))


def solid_brush(hex_color: str | QColor) -> QBrush:
    c = QColor(hex_color)
    c.setAlpha(220)
    return QBrush(c)


def hatched_brush(hex_color: str | QColor) -> QBrush:
    """Estimated / assumed figures: diagonal hatching in the platform colour."""
    return QBrush(QColor(hex_color), Qt.BrushStyle.BDiagPattern)


def outline_pen(hex_color: str | QColor, width: float = 1.5) -> QPen:
    pen = QPen(QColor(hex_color).darker(115))
    pen.setWidthF(width)
    pen.setCosmetic(True)
    return pen


def label_font(point_size: int = 9, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


class NumberAxis(pg.AxisItem):
    """An axis whose tick labels carry thousands separators (万/亿 in Chinese), %, × or a currency."""

    def __init__(self, orientation: str = "left", kind: str = "count", currency: str = "CNY", **kwargs) -> None:
        super().__init__(orientation, **kwargs)
        self.kind = kind
        self.currency = currency
        self.enableAutoSIPrefix(False)

    def set_kind(self, kind: str, currency: str = "CNY") -> None:
        self.kind = kind
        self.currency = currency
        self.picture = None
        self.update()

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - Qt/pyqtgraph override
        if self.logMode:
            return self._log_tick_strings(values)
        out = []
        for v in values:
            v = v * scale
            if self.kind == "rate":
                decimals = 0 if spacing * scale >= 0.01 else 1
                out.append(format_percent(v, decimals))
            elif self.kind == "ratio":
                out.append(F.localise(_trim(f"{v:,.2f}") + "×"))
            elif self.kind == "money":
                # The currency sits in the axis label; ticks stay short.
                decimals = 0 if spacing * scale >= 1 else 2
                out.append(format_number(v, decimals))
            else:
                decimals = 0 if spacing * scale >= 1 else (1 if spacing * scale >= 0.1 else 2)
                out.append(format_number(v, decimals))
        return out


    def _log_tick_strings(self, values) -> list[str]:
        # Values are log10 of the data; label 1, 2 and 5 times a power of ten, leave the rest blank.
        out = []
        for v in values:
            real = 10.0 ** v
            mantissa = real / 10.0 ** math.floor(v + 1e-9)
            if min(abs(mantissa - m) for m in (1, 2, 5, 10)) > 0.05:
                out.append("")
            elif self.kind == "rate":
                out.append(format_percent(real, 0 if real >= 0.01 else 1))
            else:
                out.append(format_compact(real) if real >= 1e3 else _trim(f"{real:,.2f}"))
        return out


def make_plot(title: str = "", left_kind: str = "count", bottom: pg.AxisItem | None = None,
              currency: str = "CNY") -> pg.PlotItem:
    """A white-background plot with a number axis on the left and a light grid."""
    axes = {"left": NumberAxis("left", left_kind, currency)}
    if bottom is not None:
        axes["bottom"] = bottom
    plot = pg.PlotItem(axisItems=axes)
    if title:
        plot.setTitle(title, color=FOREGROUND, size="11pt")
    plot.showGrid(x=False, y=True, alpha=GRID_ALPHA)
    plot.hideButtons()
    for name in ("left", "bottom"):
        ax = plot.getAxis(name)
        ax.setPen(pg.mkPen(FOREGROUND))
        ax.setTextPen(pg.mkPen(FOREGROUND))
    return plot


def set_axis_label(plot: pg.PlotItem, side: str, text: str) -> None:
    plot.setLabel(side, text, color=FOREGROUND, **{"font-size": "9pt"})
