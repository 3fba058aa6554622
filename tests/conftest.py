"""Shared fixtures: real plan files in tmp_path. Qt runs offscreen."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.storage import PlanStore  # noqa: E402


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Soaks marked ``slow`` run only when asked (``-m slow`` or ``PLANNER_SLOW=1``): CI's plain ``pytest``
    runs their short versions."""
    if "slow" in (config.getoption("-m") or "") or os.environ.get("PLANNER_SLOW"):
        return
    skip = pytest.mark.skip(reason="a soak: run with -m slow or PLANNER_SLOW=1")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _backups_in_tmp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Automatic backups go to a temporary folder, never the user's data folder."""
    monkeypatch.setenv("PLANNER_BACKUP_DIR", str(tmp_path_factory.mktemp("backups")))


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "plan.sqlite"
    # The demo's 618 plan without the finished Double 11 campaign and its recorded results: tests across the
    # suite count the demo's sessions and campaigns. tests/storage/test_demo_results.py covers the full demo.
    from planner.storage.demo import seed_demo_campaign

    store = PlanStore.open(path, seed_demo=False)
    with store.atomic():
        seed_demo_campaign(store, finished=False)
    store.close()
    return path


@pytest.fixture
def plan_path(tmp_path: Path, _seeded_template: Path) -> Path:
    """A fresh copy of a newly created, seeded plan file (demo campaign included)."""
    path = tmp_path / "plan.sqlite"
    shutil.copy(_seeded_template, path)
    return path


@pytest.fixture
def store(plan_path: Path):
    s = PlanStore.open(plan_path)
    yield s
    s.close()


@pytest.fixture
def empty_store(tmp_path: Path):
    """A plan with the benchmark library but no demo campaign."""
    s = PlanStore.open(tmp_path / "empty.sqlite", seed_demo=False)
    yield s
    s.close()
