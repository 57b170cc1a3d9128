"""Dataclass configs loaded from YAML with command-line overrides, in TRL's style.

    @dataclass
    class ServeConfig:
        port: int = field(default=8000, metadata={"help": "Port to listen on."})

    cfg = load_config(ServeConfig, "serving/server.yaml", ["--port", "9000"])

Precedence: dataclass defaults < YAML file < CLI overrides. An unknown key, in the file or on the
command line, is an error naming the file, its line and the field. (TRL's own ``TrlParser`` does this
for its trainer configs and is what ``userlm train`` uses; this loader serves the commands that must
start without importing transformers.)
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from typing import Any, TypeVar

from userlm.core.io import DataError

T = TypeVar("T")


def _yaml_lines(path: str | os.PathLike) -> dict[str, int]:
    """Top-level key -> line number, for error messages."""
    import yaml

    with open(path, encoding="utf-8") as f:
        node = yaml.compose(f)
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {k.value: k.start_mark.line + 1 for k, _ in node.value}


def _coerce(value: Any, tp: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        if (
            value is None
            or (isinstance(value, str) and value.lower() in ("none", "null"))
            and type(None) in args
        ):
            return None
        for arg in args:
            if arg is type(None):
                continue
            try:
                return _coerce(value, arg, where)
            except (TypeError, ValueError):
                continue
        raise ValueError(f"cannot read {value!r} as {tp}")
    if origin is typing.Literal:
        if value not in args:
            raise ValueError(f"{value!r} is not one of {list(args)}")
        return value
    if origin in (list, tuple):
        if isinstance(value, str):
            value = [v for v in value.split(",") if v]
        inner = args[0] if args else Any
        return [_coerce(v, inner, where) for v in value]
    if origin is dict or tp is dict:
        if isinstance(value, str):
            import json

            value = json.loads(value)
        if not isinstance(value, dict):
            raise ValueError(f"expected a mapping, got {value!r}")
        return value
    if tp is bool:
        if isinstance(value, bool):
            return value
        if str(value).lower() in ("1", "true", "yes", "on"):
            return True
        if str(value).lower() in ("0", "false", "no", "off"):
            return False
        raise ValueError(f"expected true or false, got {value!r}")
    if tp is int:
        if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
            raise ValueError(f"expected an integer, got {value!r}")
        return int(value)
    if tp is float:
        if isinstance(value, bool):
            raise ValueError(f"expected a number, got {value!r}")
        return float(value)
    if tp is str:
        return str(value)
    return value


def load_config(cls: type[T], path: str | os.PathLike | None = None, overrides: list[str] | None = None) -> T:
    """Build ``cls`` from defaults, then the YAML at ``path``, then ``--key value`` / ``key=value`` overrides."""
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    values: dict[str, Any] = {}
    if path is not None:
        from userlm.core.io import read_yaml

        data = read_yaml(path) or {}
        if not isinstance(data, dict):
            raise DataError("expected a mapping of config fields", path, 1)
        lines = _yaml_lines(path)
        for key, value in data.items():
            if key not in fields:
                raise DataError(f"unknown field (known: {', '.join(fields)})", path, lines.get(key), key)
            try:
                values[key] = _coerce(value, hints[key], key)
            except (TypeError, ValueError) as e:
                raise DataError(str(e), path, lines.get(key), key) from None
    for key, value in _parse_overrides(overrides or []):
        if key not in fields:
            raise DataError(
                f"unknown option --{key.replace('_', '-')} (known: {', '.join(fields)})", "command line"
            )
        try:
            values[key] = _coerce(value, hints[key], key)
        except (TypeError, ValueError) as e:
            raise DataError(str(e), "command line", None, key) from None
    return cls(**values)


def _parse_overrides(args: list[str]) -> list[tuple[str, str]]:
    out, i = [], 0
    while i < len(args):
        arg = args[i]
        if arg.startswith("--"):
            key = arg[2:]
            if "=" in key:
                key, value = key.split("=", 1)
            elif i + 1 < len(args) and not args[i + 1].startswith("--"):
                value, i = args[i + 1], i + 1
            else:
                value = "true"
        elif "=" in arg:
            key, value = arg.split("=", 1)
        else:
            raise DataError(f"cannot read override {arg!r}: use --key value or key=value", "command line")
        out.append((key.replace("-", "_"), value))
        i += 1
    return out


def config_help(cls: type) -> str:
    """One line per field: name, default, help string."""
    lines = []
    for f in dataclasses.fields(cls):
        default = (
            f.default
            if f.default is not dataclasses.MISSING
            else (f.default_factory() if f.default_factory is not dataclasses.MISSING else None)
        )
        lines.append(
            f"  --{f.name.replace('_', '-'):<28} {f.metadata.get('help', '')} (default: {default!r})"
        )
    return "\n".join(lines)
