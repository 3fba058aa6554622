"""Entry point: ``planner`` / ``python -m planner``. Headless commands never import Qt."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from planner.cli import run

    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
