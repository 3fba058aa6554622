"""Entry point: ``planner`` / ``python -m planner``. Headless commands never import Qt."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from planner.app import app_only_args, run_gui

    args = sys.argv[1:] if argv is None else argv
    app_only, db = app_only_args(args)
    if app_only:  # the common case, without loading the command-line parser and every command's module
        return run_gui(db)
    from planner.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
