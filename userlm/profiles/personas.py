"""Import persona datasets (JSONL or Parquet, read through ``datasets``) and give each a generated goal.

Two shapes are understood: a free-text ``persona`` column (PersonaHub style) and demographic columns
(Nemotron-Personas style: ``uuid``, ``age``, ``sex``, ``occupation``, ``city``, ``state``, ``country``,
``education_level``, ``marital_status``, ...). ``mapping`` renames source columns to profile fields
(``--map text=persona --map job=occupation``). Whatever a row does not give (name, personality,
style) is drawn from the role library, and the scenario goal from the scenario library, seeded per
row, with the same compatibility rules as ``profiles generate``; constraints the persona text states
("never gives out her card number") are extracted by rules and added to the goal's hard limits.

    userlm profiles import personas personas.parquet --out data/personas.jsonl --map text=persona
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from userlm.core.io import DataError, pydantic_error
from userlm.core.profile import UserProfile
from userlm.profiles.constraints import extract_constraints
from userlm.profiles.generate import make_goal, make_role
from userlm.profiles.library import Library

FIELDS = ("id", "persona", "name", "age", "occupation", "locale", "background")
# Columns recognised without a mapping, in order of preference.
DEFAULTS = {
    "id": ["id", "uuid"],
    "persona": ["persona", "professional_persona", "text"],
    "name": ["name", "full_name"],
    "age": ["age"],
    "occupation": ["occupation", "job"],
    "locale": ["locale"],
    "background": ["background"],
}
CONTEXT = ("city", "state", "country", "marital_status", "education_level", "hobbies_and_interests")


def parse_mapping(pairs: list[str] | None) -> dict[str, str]:
    """``["text=persona", ...]`` -> {"text": "persona"}; unknown target fields are an error."""
    out: dict[str, str] = {}
    for pair in pairs or []:
        col, sep, field = pair.partition("=")
        if not sep or not col or field not in FIELDS:
            raise DataError(
                f"bad mapping {pair!r}: use COLUMN=FIELD with FIELD one of {', '.join(FIELDS)}", field="--map"
            )
        out[col] = field
    return out


def read_rows(path: str | Path) -> tuple[list[dict], list[str]]:
    """Rows and column names of a JSONL/JSON or Parquet file, read with ``datasets``."""
    import datasets

    path = Path(path)
    if not path.exists():
        raise DataError("file not found", path)
    kind = "parquet" if path.suffix == ".parquet" else "json"
    try:
        ds = datasets.load_dataset(kind, data_files=str(path), split="train")
    except Exception as e:  # datasets wraps parse errors in several exception types
        raise DataError(f"could not read as {kind}: {str(e).splitlines()[0][:300]}", path) from None
    return ds.to_list(), list(ds.column_names)


def _columns(names: list[str], mapping: dict[str, str], path: Path) -> dict[str, str]:
    """field -> source column."""
    for col in mapping:
        if col not in names:
            raise DataError(
                f"mapped column {col!r} not in the file (columns: {', '.join(names)})", path, None, col
            )
    cols = {field: col for col, field in mapping.items()}
    for field, candidates in DEFAULTS.items():
        if field not in cols:
            found = next((c for c in candidates if c in names), None)
            if found:
                cols[field] = found
    if "persona" not in cols and "age" not in cols and "occupation" not in cols:
        raise DataError(
            "no persona text or demographic columns found; map one with --map COLUMN=persona",
            path,
            None,
            "persona",
        )
    return cols


def _context(row: dict) -> str:
    parts = [f"{k.replace('_', ' ')}: {row[k]}" for k in CONTEXT if row.get(k) not in (None, "")]
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "." if parts else ""


def import_personas(
    path: str | Path,
    lib: Library,
    seed: int = 0,
    mapping: dict[str, str] | None = None,
    limit: int | None = None,
) -> list[UserProfile]:
    """Persona rows -> profiles with generated goals; a bad row raises DataError with its row and field."""
    path = Path(path)
    rows, names = read_rows(path)
    cols = _columns(names, mapping or {}, path)
    out: list[UserProfile] = []
    seen: set[str] = set()
    for i, row in enumerate(rows[:limit] if limit else rows):
        where = f"row {i + 1}"
        get = {f: row.get(c) for f, c in cols.items()}
        fixed: dict[str, Any] = {}
        if get.get("age") is not None:
            try:
                fixed["age"] = int(get["age"])
            except (TypeError, ValueError):
                raise DataError(
                    f"age must be a whole number, got {get['age']!r}", path, where, cols["age"]
                ) from None
            if not 14 <= fixed["age"] <= 100:
                raise DataError(f"age {fixed['age']} outside 14..100", path, where, cols["age"])
        if get.get("occupation"):
            fixed["occupation"] = str(get["occupation"]).replace("_", " ")
        for f in ("name", "locale"):
            if get.get(f):
                fixed[f] = str(get[f])
        if get.get("persona") is not None:
            if not isinstance(get["persona"], str):
                raise DataError("persona must be text", path, where, cols["persona"])
            fixed["persona_text"] = get["persona"].strip()
        background = get.get("background") or _context(row)
        if background:
            fixed["background"] = str(background)
        rng = random.Random(f"{seed}/persona/{i}")
        role = make_role(lib, rng, **fixed)
        goal = make_goal(lib, rng, role)
        # What the persona text itself forbids ("never gives card details on the phone") joins the goal's limits.
        goal["hard_limits"] += [h.model_dump() for h in extract_constraints(fixed.get("persona_text"))]
        role.pop("_income")
        pid = str(get.get("id") or i)
        pid = f"persona-{pid}" if not pid.startswith("persona-") else pid
        if pid in seen:
            raise DataError(f"duplicate id {pid!r}", path, where, cols.get("id", "id"))
        seen.add(pid)
        try:
            out.append(
                UserProfile.model_validate(
                    {
                        "id": pid,
                        "role": role,
                        "goal": goal,
                        "source": {"kind": "persona", "seed": seed, "file": path.name},
                    }
                )
            )
        except ValidationError as e:
            raise pydantic_error(e, path, where) from None
    if not out:
        raise DataError("no rows", path)
    return out
