"""Help ▸ About: version, where the plan file lives, where the figures come from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def about_text(plan_path: str, sourced: int, total: int) -> str:
    from planner import __version__

    tr = lambda s: QCoreApplication.translate("About", s)  # noqa: E731
    return tr(
        "<h3>Live-commerce planner {version}</h3>"
        "<p>Plans livestream-commerce campaigns in China: hosts, sessions, projections with P10–P90 ranges.</p>"
        "<p><b>Plan file:</b><br><code>{path}</code><br>Every edit is written to it at once; there is no Save. "
        "File ▸ Save a copy as… writes a copy.</p>"
        "<p><b>Data sources:</b> the benchmark library ships with the planner (Benchmarks tab): {sourced} of "
        "{total} figures are published figures (platform filings, CNNIC, QuestMobile and others, each named in "
        "its Source column); the rest are estimates derived from them or the planner's assumptions, marked as "
        "such. Festival dates come from the shipped calendar. Change any figure to your own; yours are kept "
        "when the library is updated.</p>"
    ).format(version=__version__, path=plan_path, sourced=sourced, total=total)


def show_about(parent: QWidget, store) -> None:
    figures = store.benchmarks()
    QMessageBox.about(parent, QCoreApplication.translate("About", "About the planner"),
                      about_text(str(store.path), sum(f.basis == "sourced" for f in figures), len(figures)))
