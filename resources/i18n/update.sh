#!/bin/sh
# Regenerate resources/i18n/*.ts from planner/ui and compile them to .qm (see planner/ui/i18n_update.py).
cd "$(dirname "$0")/../.." && exec "${PYTHON:-.venv/bin/python}" -m planner.ui.i18n_update "$@"
