"""The main window's tabs, built when first shown so the window comes up without paying for every view.

A tab page is either a ready widget or a :class:`LazyView` placeholder that builds its view the first
time it is shown (or asked for with :meth:`LazyView.ensure`). :class:`ViewTabs` accepts the inner view
wherever Qt expects a page, so callers need not know which tabs are lazy.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget


class LazyView(QWidget):
    """A tab page that builds its real view on first show.

    ``optional=True`` (views from other packages, e.g. the charts) shows a build failure in the tab instead
    of raising; the app's own views raise, as any other bug would.
    """

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None, *,
                 optional: bool = True) -> None:
        super().__init__(parent)
        self._build: Callable[[], QWidget] | None = build
        self._optional = optional
        self.view: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def is_built(self) -> bool:
        return self.view is not None

    def ensure(self) -> QWidget:
        """The view, built now if it was not yet."""
        if self.view is None and self._build is not None:
            build, self._build = self._build, None
            try:
                view = build()
            except Exception as exc:  # noqa: BLE001 - an optional view must not stop the app
                if not self._optional:
                    raise
                view = QLabel(self.tr("This view is not available yet: {err}").format(err=exc), self)
            self.view = view
            self._layout.addWidget(view)
        return self.view  # type: ignore[return-value]

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.ensure()
        super().showEvent(event)


class ViewTabs(QTabWidget):
    """A QTabWidget whose pages may be lazy; a built inner view stands for its page everywhere."""

    def page_of(self, widget: QWidget | None) -> QWidget | None:
        for i in range(self.count()):
            page = self.widget(i)
            if page is widget or (isinstance(page, LazyView) and page.view is widget and widget is not None):
                return page
        return None

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt name
        page = self.page_of(widget)
        super().setCurrentWidget(page if page is not None else widget)

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 - Qt name
        page = self.page_of(widget)
        return super().indexOf(page if page is not None else widget)

    def current_view(self) -> QWidget | None:
        """The view in front (built if it is a lazy page)."""
        page = self.currentWidget()
        return page.ensure() if isinstance(page, LazyView) else page
