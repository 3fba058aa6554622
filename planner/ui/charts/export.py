"""Export a chart to PNG or SVG with pyqtgraph's exporters, from a button and from the context menu."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter, SVGExporter
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

FORMATS = {".png": "PNG image (*.png)", ".svg": "SVG vector image (*.svg)"}
PNG_WIDTH = 1600  # pixels; sharp enough for a slide


def _close_paths_explicitly(node) -> None:
    """Replace each SVG ``Z`` (close path) by a line back to the subpath's start.

    Qt 6.12's SVG generator closes rectangles with ``Z``, which pyqtgraph 0.14's coordinate fix-up cannot
    parse (it expects only ``x,y`` pairs); an explicit line draws the same shape.
    """
    for path in node.getElementsByTagName("path"):
        d = path.getAttribute("d")
        if "Z" not in d and "z" not in d:
            continue
        out, start = [], None
        for tok in d.split():
            if tok in ("Z", "z"):
                if start is not None:
                    out.append("L" + start)
                continue
            if tok[0] in "Mm":
                start = tok[1:]
            out.append(tok)
        path.setAttribute("d", " ".join(out))


@contextlib.contextmanager
def _tolerant_svg_paths():
    module = sys.modules[SVGExporter.__module__]
    original = module.correctCoordinates

    def correct(node, defs, item, options):
        _close_paths_explicitly(node)
        return original(node, defs, item, options)

    module.correctCoordinates = correct
    try:
        yield
    finally:
        module.correctCoordinates = original


def export_item(item: pg.GraphicsObject | pg.GraphicsScene, path: str | Path) -> Path:
    """Write ``item`` (a PlotItem, a GraphicsLayout or a whole scene) to ``path``; the suffix picks the
    format (.png or .svg). Returns the path written."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".png":
        exporter = ImageExporter(item)
        width = exporter.parameters()["width"]
        if width < PNG_WIDTH:
            exporter.parameters()["width"] = PNG_WIDTH  # height follows the aspect ratio
        exporter.parameters()["background"] = pg.mkColor("w")
        exporter.export(str(path))
    elif suffix == ".svg":
        exporter = SVGExporter(item)
        exporter.parameters()["background"] = pg.mkColor("w")
        with _tolerant_svg_paths():
            exporter.export(str(path))
    else:
        raise ValueError(f"Cannot export a chart as {suffix or 'a file without extension'}: use .png or .svg")
    return path


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class ChartExporter(QObject):
    """Export actions for one chart: ``exported(path)`` is emitted after each successful export.

    ``target`` is a callable returning the graphics item to export (so it follows chart rebuilds).
    """

    def __init__(self, target, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._target = target
        self._name = name
        self._widget = parent
        self.png_action = QAction(_tr("Export chart as PNG…"), self)
        self.svg_action = QAction(_tr("Export chart as SVG…"), self)
        self.png_action.triggered.connect(lambda: self.ask_and_export(".png"))
        self.svg_action.triggered.connect(lambda: self.ask_and_export(".svg"))

    def export_to(self, path: str | Path) -> Path:
        return export_item(self._target(), path)

    def ask_and_export(self, suffix: str) -> Path | None:
        default = f"{self._name}{suffix}"
        from planner.ui.dialogs.file_dialogs import ask_save

        path = ask_save(self._widget, _tr("Export chart"), FORMATS[suffix], default)
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
        return self.export_to(path)

    def button(self) -> QPushButton:
        """An "Export" button with PNG and SVG in its menu. (A tool button in instant-popup mode drew its
        menu arrow over the end of its text; a push button keeps room for the arrow beside the text.)"""
        btn = QPushButton(_tr("Export"), self._widget)
        btn.setObjectName("chart_export")
        btn.setAutoDefault(False)
        btn.setToolTip(_tr("Save this chart as a PNG image or an SVG vector file"))
        menu = QMenu(btn)
        menu.addAction(self.png_action)
        menu.addAction(self.svg_action)
        btn.setMenu(menu)
        return btn

    def add_to_menu(self, plot: pg.PlotItem) -> None:
        """Put the export actions at the top of a plot's right-click menu."""
        menu = plot.getViewBox().menu
        if menu is None:
            return
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.png_action)
        menu.insertAction(first, self.svg_action)
        menu.insertSeparator(first)
