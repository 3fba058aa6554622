"""Writing an export so that a failure or a cancel never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator
from pathlib import Path

from planner.domain.errors import PlannerError
from planner.exchange.readers import Cancelled, Progress

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    """Text a spreadsheet would run as a formula (or DDE command) when the file is opened."""
    return text.startswith(FORMULA_START)


def csv_quote(text: str) -> str:
    """Text as written to a CSV cell: a ``'`` before formula-like text, and before text that already starts
    with ``'`` and a formula character or ``'`` (``'=1`` → ``''=1``), so the importer, which removes one
    such ``'``, gives back exactly the text exported."""
    if is_formula_like(text) or (len(text) > 1 and text[0] == "'" and text[1] in (*FORMULA_START, "'")):
        return "'" + text
    return text


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the target's folder; move it into place only when the block succeeds.

    The temporary file is in the same folder so ``os.replace`` is an atomic rename, never a copy.
    """
    target = Path(path)
    if target.is_dir():
        raise PlannerError(f"{target} is a folder; give a file name to export to")
    if not target.parent.exists():
        raise PlannerError(f"Cannot export to {target}: the folder {target.parent} does not exist")
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        yield tmp
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PlannerError(f"Cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class Ticker:
    """Calls ``progress(done, total)`` every ``every`` steps and raises :class:`Cancelled` when it says stop."""

    def __init__(self, progress: Progress | None, total: int, what: str = "Export cancelled",
                 every: int = 1000) -> None:
        self.progress, self.total, self.what, self.every = progress, max(total, 1), what, every
        self.done = 0

    def step(self, n: int = 1) -> None:
        before = self.done
        self.done += n
        if self.progress and (self.done // self.every != before // self.every or self.done >= self.total):
            if not self.progress(min(self.done, self.total), self.total):
                raise Cancelled(self.what)

    def finish(self) -> None:
        if self.progress and not self.progress(self.total, self.total):
            raise Cancelled(self.what)


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic objects (rows, values).

    Its generational passes rescan the growing heap again and again: on a 50,000-row import that doubles
    the time of the checking step, and it slows a 100,000-row export by ~15 %. Reference counting still
    frees everything as usual. The switch is process-wide; overlapping uses from two threads at worst
    re-enable the collector early, which is only slower.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
