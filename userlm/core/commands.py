"""Helpers shared by the stages' ``commands`` modules (argparse only, no heavy imports)."""

from __future__ import annotations

import argparse


def command_group(sub: argparse._SubParsersAction, name: str, help: str) -> argparse._SubParsersAction:
    """The subparsers of the group ``userlm <name> ...``, created by the first stage that asks for it.

    Several stages share a group (``train sft`` / ``train rl`` / ``train agent``), so it is looked up, not re-made.
    """
    groups = sub.__dict__.setdefault("_userlm_groups", {})
    if name not in groups:
        parser = sub.add_parser(name, help=help)
        groups[name] = parser.add_subparsers(dest=f"{name}_command", metavar="COMMAND")
        parser.set_defaults(func=None, _group_parser=parser)
    return groups[name]
