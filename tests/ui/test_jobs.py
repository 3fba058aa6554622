"""The job runner (planner.ui.jobs): newest result per key, errors delivered, a dying helper retried once."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

import dying_helper
import reporting_helper
from planner.ui import offload
from planner.ui.jobs import JobRunner


@pytest.fixture
def jobs(qtbot):
    runner = JobRunner()
    yield runner
    runner.cancel_all()
    qtbot.wait(20)


def test_the_newest_result_per_key_wins(qtbot, jobs):
    gate = threading.Event()
    done: list[str] = []

    def slow() -> str:
        gate.wait(10)
        return "old"

    jobs.submit("k", slow, on_done=done.append)
    jobs.submit("k", lambda: "new", on_done=done.append)
    jobs.submit("other key", lambda: "other", on_done=done.append)
    qtbot.waitUntil(lambda: "new" in done and "other" in done, timeout=5000)
    gate.set()
    qtbot.waitUntil(lambda: not jobs.busy, timeout=5000)
    qtbot.wait(50)
    assert sorted(done) == ["new", "other"]  # the superseded job's result never arrived


def test_an_error_reaches_on_error_on_the_ui_thread(qtbot, jobs):
    errors: list[tuple[BaseException, bool]] = []

    def fails() -> None:
        raise ValueError("No exchange rate for EUR")

    jobs.submit("k", fails, on_done=lambda _r: pytest.fail("no result expected"),
                on_error=lambda e: errors.append((e, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    (exc, on_ui_thread), = errors
    assert isinstance(exc, ValueError) and str(exc) == "No exchange rate for EUR" and on_ui_thread


def test_progress_reaches_the_ui_and_stop_ends_the_work_with_its_outcome(qtbot, jobs):
    seen: list[tuple[int, int]] = []
    outcome: list[str] = []
    started = threading.Event()

    def work(report) -> str:
        report(1, 10)
        started.set()
        while report(2, 10):
            threading.Event().wait(0.01)
        return "stopped"

    job = jobs.submit(None, work, on_done=outcome.append, progress=lambda d, t: seen.append((d, t)))
    assert started.wait(5)
    qtbot.waitUntil(lambda: (1, 10) in seen, timeout=5000)
    job.stop()
    qtbot.waitUntil(lambda: outcome == ["stopped"], timeout=5000)


def test_a_helper_process_job_reports_progress_to_the_ui_thread_before_its_result(qtbot, jobs):
    seen: list[tuple[int, int, bool]] = []
    results: list[int] = []
    try:
        jobs.submit("k", reporting_helper.counts_to, 3, on_done=results.append,
                    on_error=lambda e: pytest.fail(f"no error expected: {e!r}"),
                    progress=lambda d, t: seen.append((d, t, bool(results) or
                                                       threading.current_thread() is not threading.main_thread())),
                    where="process", helper="test-progress")
        qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    finally:
        offload.reset("test-progress")
    assert results[0] != os.getpid()  # it ran in the helper, not on a thread
    assert seen == [(1, 3, False), (2, 3, False), (3, 3, False)]  # all of them, on the UI thread, before the result


def test_a_helper_process_job_is_stopped_through_its_report_and_delivers_its_outcome(qtbot, jobs):
    seen: list[tuple[int, int]] = []
    outcome: list[str] = []
    try:
        job = jobs.submit(None, reporting_helper.reports_until_stopped, on_done=outcome.append,
                          progress=lambda d, t: seen.append((d, t)), where="process", helper="test-progress-stop")
        qtbot.waitUntil(lambda: (2, 10) in seen, timeout=60_000)
        job.stop()
        qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    finally:
        offload.reset("test-progress-stop")
    assert outcome == ["stopped"] and seen[0] == (1, 10)


def test_a_cancelled_job_or_one_whose_owner_is_gone_reports_nothing(qtbot, jobs):
    got: list[str] = []
    gate = threading.Event()

    def held() -> str:
        gate.wait(10)
        return "late"

    jobs.submit(None, held, on_done=got.append)
    owner = QWidget()
    jobs.submit(None, held, on_done=got.append, owner=owner)
    jobs.cancel_all()
    jobs.submit(None, held, on_done=lambda r: got.append("owned: " + r), owner=(widget := QWidget()))
    widget.deleteLater()
    qtbot.wait(20)
    gate.set()
    qtbot.waitUntil(lambda: not jobs.busy, timeout=5000)
    owner.deleteLater()
    assert got == []


def test_a_helper_process_that_really_dies_is_reset_and_the_job_retried_once(qtbot, jobs, tmp_path: Path):
    log = tmp_path / "attempts.txt"
    results: list[int] = []
    try:
        jobs.submit("k", dying_helper.dies_the_first_time, str(log), on_done=results.append,
                    on_error=lambda e: pytest.fail(f"the retry should have succeeded: {e!r}"),
                    where="process", helper="test-dies-once")
        qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    finally:
        offload.reset("test-dies-once")
    first, second = (int(p) for p in log.read_text().split())
    assert first != second  # a fresh helper process, not the dead one
    assert results == [second] and second != os.getpid()  # the retry ran in that helper, not on a thread
    assert not jobs.uses_threads_for("test-dies-once")


def test_a_helper_that_dies_again_leaves_its_jobs_to_threads(qtbot, jobs, tmp_path: Path):
    log = tmp_path / "attempts.txt"
    results: list[str] = []
    try:
        jobs.submit("k", dying_helper.dies_in_any_helper, str(log), os.getpid(), on_done=results.append,
                    where="process", helper="test-dies-always")
        qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    finally:
        offload.reset("test-dies-always")
    assert results == ["thread"]
    assert len(log.read_text().split()) == 2  # the first try and exactly one retry, each in its own process
    assert jobs.uses_threads_for("test-dies-always")
