"""The one command line: ``userlm <job> ...``.

Each job registers its subcommands from a light ``commands`` module (argparse only); the work, and
every heavy import, happens inside the command function, so ``userlm --help`` answers at once.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Modules with ``add_commands(subparsers)``; a stage adds itself here.
COMMAND_MODULES = [
    "userlm.chat.commands",  # chat, converse, model
    "userlm.profiles.commands",  # profiles ...
    "userlm.synth.commands",  # synth
    "userlm.training.commands",  # train sft, train rl
    "userlm.recipe.commands",  # train simulator
    "userlm.agents.commands",  # train agent, eval agent
    "userlm.serving.commands",  # serve
    "userlm.eval.commands",  # eval simulator
    "userlm.demo.commands",  # demo
]


def init_command(args: argparse.Namespace) -> int:
    from userlm.core.resources import EDITABLE_FOLDERS, copy_defaults

    folders = tuple(args.only or EDITABLE_FOLDERS)
    written = copy_defaults(args.dir, folders, force=args.force)
    for path in written:
        print(path)
    kept = "" if args.force else " (existing files kept; --force overwrites them)"
    print(f"{len(written)} file(s) written under {args.dir}{kept}. Commands run in {args.dir} read these copies.")
    return 0


def add_init_command(sub: argparse._SubParsersAction) -> None:
    from userlm.core.resources import EDITABLE_FOLDERS

    p = sub.add_parser(
        "init",
        help="Copy the bundled profiles/, rewards/, training/ and serving/ into a folder for editing.",
        description="Lookup order of every editable file: an explicit path, then ./<folder>/<file>, then the "
        "copy bundled with the package. Edit the copies; commands run in DIR use them.",
    )
    p.add_argument("dir", nargs="?", default=".", help="Where to copy (default: the current directory).")
    p.add_argument("--only", action="append", choices=EDITABLE_FOLDERS, help="Copy only this folder (repeatable).")
    p.add_argument("--force", action="store_true", help="Overwrite files that already exist.")
    p.set_defaults(func=init_command)


def build_parser() -> argparse.ArgumentParser:
    from userlm import __version__

    parser = argparse.ArgumentParser(
        prog="userlm",
        description="Reasoning user simulators: profiles, training, serving, and agents trained against them.",
    )
    parser.add_argument("--version", action="version", version=f"userlm {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_init_command(sub)
    for name in COMMAND_MODULES:
        importlib.import_module(name).add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if not getattr(args, "func", None):
        (getattr(args, "_group_parser", None) or parser).print_help()
        return 0 if args.command is None else 2
    if extra and not getattr(args, "accepts_overrides", False):
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.overrides = extra
    from userlm.core.io import DataError
    from userlm.core.models import ModelNotFoundError

    try:
        return int(args.func(args) or 0)
    except (DataError, ModelNotFoundError) as e:
        print(f"userlm {args.command}: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
