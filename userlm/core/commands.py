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


def count(text: str) -> int:
    """An argparse ``type`` for a count: a whole number, 0 or more (argparse names the option in its error).

    >>> count("3")
    3
    """
    value = int(text)  # a ValueError: argparse says "invalid count value"
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def settings_epilog(parser: argparse.ArgumentParser, config: str) -> None:
    """List the fields of the config class ``config`` ("module:Class") under the parser's help, built only
    when help is printed: importing pydantic models costs a few hundred ms that ``userlm --help`` should not pay."""
    format_help = parser.format_help

    def with_settings() -> str:
        import importlib

        from userlm.core.config import config_help

        module, name = config.split(":")
        parser.epilog = "settings (--field value):\n" + config_help(getattr(importlib.import_module(module), name))
        return format_help()

    parser.format_help = with_settings
