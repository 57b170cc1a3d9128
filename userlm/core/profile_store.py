"""Reading and writing profile sets (JSONL, JSON or YAML), with file/line/field in every error.

A profile spec on the command line is a file (one profile or a set), ``FILE:ID``, or the id of a
bundled example in ``profiles/examples.jsonl``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from pydantic import ValidationError

from userlm.core.io import DataError, iter_jsonl, pydantic_error, read_yaml, write_jsonl
from userlm.core.profile import UserProfile
from userlm.core.resources import find_data


def examples_path() -> Path:
    """The example profiles: ``./profiles/examples.jsonl`` if present, else the bundled file."""
    return find_data("profiles", "examples.jsonl")


def load_profiles(path: str | os.PathLike) -> list[UserProfile]:
    """All profiles in a file; the first invalid row raises DataError with its line and field."""
    path = Path(path)
    if not path.exists():
        raise DataError("file not found", path)
    profiles: list[UserProfile] = []
    if path.suffix == ".jsonl":
        for line, row in iter_jsonl(path):
            profiles.append(_validate(row, path, line))
    else:
        data = (
            read_yaml(path)
            if path.suffix in (".yaml", ".yml")
            else json.loads(path.read_text(encoding="utf-8"))
        )
        rows = data if isinstance(data, list) else [data]
        for i, row in enumerate(rows):
            profiles.append(_validate(row, path, None if len(rows) == 1 else f"item {i}"))
    seen: set[str] = set()
    for p in profiles:
        if p.id in seen:
            raise DataError(f"duplicate profile id {p.id!r}", path, None, "id")
        seen.add(p.id)
    return profiles


def _validate(row: dict, path: Path, line) -> UserProfile:
    if not isinstance(row, dict):
        raise DataError("expected a profile object", path, line)
    try:
        return UserProfile.model_validate(row)
    except ValidationError as e:
        raise pydantic_error(e, path, line) from None


def save_profiles(path: str | os.PathLike, profiles: list[UserProfile]) -> int:
    """Write profiles as JSONL (atomically), every row with the same keys."""
    return write_jsonl(path, (p.model_dump(mode="json") for p in profiles))


def resolve_profile(spec: str) -> UserProfile:
    """``FILE`` (holding one profile), ``FILE:ID``, or a bundled example id -> one profile."""
    path = Path(spec)
    if path.exists():
        profiles = load_profiles(path)
        if len(profiles) != 1:
            raise DataError(f"holds {len(profiles)} profiles; name one as {spec}:ID", path)
        return profiles[0]
    file, sep, pid = spec.rpartition(":")
    if sep and file and Path(file).exists():
        return _pick(load_profiles(file), pid, file)
    examples = examples_path()
    return _pick(load_profiles(examples), spec, examples)


def _pick(profiles: list[UserProfile], pid: str, file) -> UserProfile:
    for p in profiles:
        if p.id == pid:
            return p
    ids = ", ".join(p.id for p in profiles[:10])
    raise DataError(f"no profile with id {pid!r} (ids: {ids}{', ...' if len(profiles) > 10 else ''})", file)
