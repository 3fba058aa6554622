"""The safety net on the command line: the plan's history and its backups.

    planner history [PLAN] [--limit N] [--json]      recorded changes, newest first
    planner history restore PLAN CHANGE_ID           put back what a change replaced, as a new change
    planner backups [PLAN] [--json]                  the plan's automatic backups, newest first
    planner restore-backup PLAN BACKUP               put a backup back (the current state is backed up first)

PLAN defaults to ``--db`` or the default plan; a named plan must exist. Errors are one line, exit status 2.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from planner.domain.errors import PlannerError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "history", help="the plan's recorded changes (history restore PLAN CHANGE_ID puts one back)",
        description="List the plan's changes, newest first; `planner history restore PLAN CHANGE_ID` puts back "
                    "what a change replaced (a deleted host with its sessions, a field's old value) as a new change.")
    p.add_argument("words", nargs="*", metavar="PLAN | restore PLAN CHANGE_ID",
                   help="the plan (default: --db or the default plan), or: restore PLAN CHANGE_ID")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="how many changes to list (default 50)")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.set_defaults(func=cmd_history)

    p = subparsers.add_parser("backups", help="list the plan's automatic backups, newest first")
    p.add_argument("plan", nargs="?", metavar="PLAN", help="the plan (default: --db or the default plan)")
    p.add_argument("--json", action="store_true", help="as JSON")
    p.set_defaults(func=cmd_backups)

    p = subparsers.add_parser("restore-backup", help="put a backup back into the plan (backs up the current "
                                                      "state first)")
    p.add_argument("plan", metavar="PLAN", help="the plan to restore")
    p.add_argument("backup", metavar="BACKUP", help="the backup: its number or file name as `planner backups` "
                                                    "lists them, or a path")
    p.set_defaults(func=cmd_restore_backup)


def _plan_path(args: argparse.Namespace, named: str | None) -> Path:
    """The plan a command works on: the one named, else ``--db``, else the default plan. It must exist."""
    from planner.storage.store import default_plan_path

    text = named or args.db
    path = Path(text).expanduser() if text else default_plan_path()
    if not path.exists():
        raise PlannerError(f"No plan at {path}: check the path (`planner new {path}` creates one)")
    if path.is_dir():
        raise PlannerError(f"{path} is a folder, not a plan file")
    return path


def _open(path: Path):
    from planner.storage import PlanStore

    return PlanStore.open(path, create=False)


def _local(at) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


# -- history --------------------------------------------------------------------------------------------
def cmd_history(args: argparse.Namespace) -> int:
    words = list(args.words)
    if words and words[0] == "restore" and not (len(words) == 1 and Path("restore").is_file()):
        if len(words) != 3:
            raise PlannerError("history restore needs the plan and the change's id: "
                               "planner history restore PLAN CHANGE_ID")
        return _restore_change(args, words[1], words[2])
    if len(words) > 1:
        raise PlannerError(f"history takes one plan, not {len(words)} ({' '.join(words)}); "
                           "to restore a change: planner history restore PLAN CHANGE_ID")
    if args.limit < 1:
        raise PlannerError(f"--limit {args.limit}: give a number of changes, 1 or more")
    from planner.services import history

    with _open(_plan_path(args, words[0] if words else None)) as store:
        entries = history.entries(store, args.limit)
    if args.json:
        print(json.dumps([{"id": e.id, "at": e.at.isoformat(), "label": e.label, "source": e.source,
                           "kind": e.kind, "records": e.records, "restorable": e.restorable} for e in entries],
                         ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print("No changes recorded yet.")
    for e in entries:
        mark = "" if e.restorable else "  (not restorable)"
        print(f"{e.id:>7}  {_local(e.at)}  {e.source:<6}  {e.label}  [{e.summary() or 'no records'}]{mark}")
    return 0


def _restore_change(args: argparse.Namespace, plan: str, change: str) -> int:
    from planner.services import history

    try:
        change_id = int(change)
    except ValueError:
        raise PlannerError(f"change id {change!r}: give the number `planner history` lists") from None
    with _open(_plan_path(args, plan)) as store:
        edit = history.restore_edit(store, change_id)
        history.restore(store, change_id, source="cli")
        new_id = history.entries(store, 1)[0].id
    print(f"Restored change {change_id} as change {new_id}: {edit.label}")
    return 0


# -- backups -----------------------------------------------------------------------------------------------
def cmd_backups(args: argparse.Namespace) -> int:
    from planner.services.backups import backup_folder, backups_of

    path = _plan_path(args, args.plan)
    found = backups_of(path)
    if args.json:
        print(json.dumps([{"number": i, "file": str(b.path), "made": b.made.isoformat(), "campaigns": b.campaigns,
                           "hosts": b.hosts, "sessions": b.sessions} for i, b in enumerate(found, start=1)],
                         ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(f"No backups of {path} in {backup_folder()} yet (the app makes one when it opens the plan).")
    for i, b in enumerate(found, start=1):
        print(f"{i:>3}  {_local(b.made)}  {b.summary()}  {b.path.name}")
    return 0


def _find_backup(plan: Path, text: str) -> Path:
    from planner.services.backups import backup_folder, backups_of

    found = backups_of(plan)
    if text.isdigit():
        n = int(text)
        if not 1 <= n <= len(found):
            raise PlannerError(f"backup {n}: {plan.name} has {len(found)} backup(s); `planner backups "
                               f"{plan}` lists them")
        return found[n - 1].path
    for b in found:
        if b.path.name == text:
            return b.path
    path = Path(text).expanduser()
    if path.is_file():
        return path
    raise PlannerError(f"No backup {text!r}: give its number or name as `planner backups {plan}` lists them "
                       f"(in {backup_folder()}), or a path")


def cmd_restore_backup(args: argparse.Namespace) -> int:
    from planner.services.backups import restore_backup

    path = _plan_path(args, args.plan)
    backup = _find_backup(path, args.backup)
    if backup.resolve() == path.resolve():
        raise PlannerError(f"{backup} is the plan itself, not a backup of it")
    with _open(path) as store:
        safety = restore_backup(store, backup, source="cli")
        counts = (len(store.campaigns()), len(store.hosts()), store.session_count())
    print(f"Restored {path} from {backup.name}: {counts[0]} campaign(s), {counts[1]} host(s), "
          f"{counts[2]:,} session(s). The state before is backed up as {safety}.")
    return 0
