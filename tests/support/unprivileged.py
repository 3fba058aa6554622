"""Run a child process as a user who cannot write the test's files: the user nobody when the tests run as root."""

from __future__ import annotations

import os
import shutil

import pytest


def as_nobody(what: str = "the child") -> list[str]:
    """The command prefix that runs a child as nobody (``setpriv``), or ``[]`` when the tests are not root
    (the test's own user then loses write access instead). Skips when root has no ``setpriv``."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip(f"running as root without setpriv: cannot run {what} as a user without write access")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
