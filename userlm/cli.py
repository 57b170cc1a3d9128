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
    "userlm.agents.commands",  # train agent, eval agent
    "userlm.serving.commands",  # serve
    "userlm.eval.commands",  # eval simulator
    "userlm.demo.commands",  # demo
]


def build_parser() -> argparse.ArgumentParser:
    from userlm import __version__

    parser = argparse.ArgumentParser(
        prog="userlm",
        description="Reasoning user simulators: profiles, training, serving, and agents trained against them.",
    )
    parser.add_argument("--version", action="version", version=f"userlm {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
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
