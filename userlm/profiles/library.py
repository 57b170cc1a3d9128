"""The profile libraries in ``profiles/`` (roles.yaml, scenarios.yaml, behaviours.yaml): load and check.

Every error names the file, the line and the field: an unknown key, a range with lo > hi, a value out
of 0..1, or a ``{placeholder}`` a scenario does not define.

    from userlm.profiles.library import load_library
    lib = load_library()            # the root profiles/ folder
    lib = load_library("my/libs")   # a folder with the same three files
    python -m userlm.profiles.library [DIR]   # check a folder and print its size
"""

from __future__ import annotations

import string
import sys
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from userlm.core.io import DataError, load_yaml_model, yaml_node_line
from userlm.core.resources import find_data

Unit = Field(ge=0.0, le=1.0)
BUILTINS = {"item", "price", "cur", "max_price", "min_price", "name", "first_name"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _range(v: list, lo_bound: float | None = None, hi_bound: float | None = None) -> list:
    if len(v) != 2:
        raise ValueError("a range is [lo, hi]")
    if v[0] > v[1]:
        raise ValueError(f"range lo {v[0]} > hi {v[1]}")
    if lo_bound is not None and (v[0] < lo_bound or v[1] > hi_bound):
        raise ValueError(f"range {v} outside {lo_bound}..{hi_bound}")
    return v


UnitRange = list[float]


class Locale(_Strict):
    weight: float = Field(1.0, gt=0)
    currency: str = Field(..., min_length=3, max_length=3)
    fx: float = Field(..., gt=0, description="Currency units per USD.")
    first_names: list[str] = Field(..., min_length=1)
    last_names: list[str] = Field(..., min_length=1)
    phrases: list[str] = Field(default_factory=list)


class AgeSpec(_Strict):
    min: int = Field(..., ge=14, le=100)
    max: int = Field(..., ge=14, le=100)
    mode: int

    @model_validator(mode="after")
    def _order(self):
        if not self.min <= self.mode <= self.max:
            raise ValueError(f"need min <= mode <= max, got {self.min}, {self.mode}, {self.max}")
        return self


class Occupation(_Strict):
    name: str = Field(..., min_length=1)
    min_age: int = Field(..., ge=14, le=100)
    max_age: int = Field(..., ge=14, le=100)
    income: Literal["low", "mid", "high"]
    weight: float = Field(1.0, gt=0)
    working: bool = True

    @model_validator(mode="after")
    def _ages(self):
        if self.min_age > self.max_age:
            raise ValueError(f"min_age {self.min_age} > max_age {self.max_age}")
        return self


class Trait(_Strict):
    mean: float = Unit
    sd: float = Field(..., ge=0.0, le=0.5)


class BigFive(_Strict):
    openness: Trait
    conscientiousness: Trait
    extraversion: Trait
    agreeableness: Trait
    neuroticism: Trait


class Style(_Strict):
    name: str
    weight: float = Field(1.0, gt=0)
    verbosity: UnitRange
    formality: UnitRange
    patience: UnitRange
    typo_rate: UnitRange
    contractions: bool = True
    phrases: list[str] = Field(default_factory=list)

    _r = field_validator("verbosity", "formality", "patience", "typo_rate")(lambda v: _range(v, 0.0, 1.0))


class Background(_Strict):
    text: str = Field(..., min_length=1)
    min_age: int = Field(14, ge=14, le=100)
    max_age: int = Field(100, ge=14, le=100)
    working: bool = False


class Roles(_Strict):
    locales: dict[str, Locale] = Field(..., min_length=1)
    age: AgeSpec
    occupations: list[Occupation] = Field(..., min_length=1)
    big_five: BigFive
    styles: list[Style] = Field(..., min_length=1)
    backgrounds: list[Background] = Field(..., min_length=1)


class Item(_Strict):
    name: str = Field(..., min_length=1)
    price: list[float]
    tier: Literal["budget", "mid", "premium"]

    _r = field_validator("price")(lambda v: _range(v, 0.0, 1e9))


class Param(_Strict):
    choice: list[str] | None = None
    code: str | None = None

    @model_validator(mode="after")
    def _one(self):
        if (self.choice is None) == (self.code is None):
            raise ValueError("a parameter is [lo, hi], {choice: [...]} or {code: ...}")
        return self


class Limit(_Strict):
    kind: Literal["max_price", "min_price", "deadline", "must_have", "must_not"]
    of: Literal["price"] | None = None
    factor: list[float] | None = None
    value: str | None = None
    unit: str | None = None
    description: str = ""
    p: float = Field(1.0, ge=0.0, le=1.0, description="Probability the limit is included.")

    @model_validator(mode="after")
    def _shape(self):
        if self.kind in ("max_price", "min_price"):
            if self.of is None or self.factor is None:
                raise ValueError(f"a {self.kind} limit needs `of: price` and a `factor` range")
            _range(self.factor, 0.0, 10.0)
        elif self.value is None:
            raise ValueError(f"a {self.kind} limit needs a `value`")
        return self


class Scenario(_Strict):
    id: str = Field(..., pattern=r"^[a-z0-9_]+$")
    domain: str = Field(..., min_length=1)
    weight: float = Field(1.0, gt=0)
    min_age: int = Field(16, ge=14, le=100)
    items: list[Item] = Field(..., min_length=1)
    params: dict[str, list[float] | Param] = Field(default_factory=dict)
    limits: list[Limit] = Field(default_factory=list)
    reasons: list[str] = Field(..., min_length=1)
    known_info: list[str] = Field(default_factory=list)
    hidden_info: list[str] = Field(default_factory=list)
    hidden: list[int] = Field(default_factory=lambda: [1, 1])
    unknown_info: list[str] = Field(default_factory=list)
    primary_concerns: list[str] = Field(..., min_length=1)
    secondary_concerns: list[str] = Field(default_factory=list)
    secondary: list[int] = Field(default_factory=lambda: [1, 1])
    decision_policy: list[str] = Field(..., min_length=1)
    success_criteria: list[str] = Field(..., min_length=1)
    initial_state: dict[Literal["trust", "emotion", "patience", "participation"], UnitRange]

    _r = field_validator("hidden", "secondary")(lambda v: _range(v, 0, 20))

    @field_validator("params")
    @classmethod
    def _params(cls, v):
        for spec in v.values():
            if isinstance(spec, list):
                _range(spec)
        return v

    @field_validator("initial_state")
    @classmethod
    def _state(cls, v):
        for r in v.values():
            _range(r, 0.0, 1.0)
        return v


class Scenarios(_Strict):
    scenarios: list[Scenario] = Field(..., min_length=1)


class CoopLevel(_Strict):
    level: str
    range: UnitRange
    weight: float = Field(1.0, gt=0)
    count: list[int]

    _r = field_validator("range")(lambda v: _range(v, 0.0, 1.0))
    _c = field_validator("count")(lambda v: _range(v, 0, 10))


class BehaviourSpec(_Strict):
    name: str = Field(..., pattern=r"^[a-z0-9_]+$")
    description: str = Field(..., min_length=1)
    strength: UnitRange
    weight: float = Field(1.0, gt=0)
    conflicts: list[str] = Field(default_factory=list)

    _r = field_validator("strength")(lambda v: _range(v, 0.0, 1.0))


class Behaviours(_Strict):
    cooperativeness: list[CoopLevel] = Field(..., min_length=1)
    behaviours: list[BehaviourSpec] = Field(..., min_length=1)


class Library(BaseModel):
    """The three libraries, checked; ``folder`` is where they came from."""

    roles: Roles
    scenarios: list[Scenario]
    behaviours: Behaviours
    folder: str

    def scenario(self, sid: str) -> Scenario:
        for s in self.scenarios:
            if s.id == sid:
                return s
        raise DataError(f"unknown scenario {sid!r} (have: {', '.join(s.id for s in self.scenarios)})")


def _check_placeholders(s: Scenario, path: Path, root: yaml.Node) -> None:
    known = BUILTINS | set(s.params)
    texts: list[tuple[str, str]] = [("reasons", t) for t in s.reasons]
    for name in ("known_info", "hidden_info", "unknown_info", "primary_concerns", "secondary_concerns"):
        texts += [(name, t) for t in getattr(s, name)]
    texts += [("decision_policy", t) for t in s.decision_policy]
    texts += [("success_criteria", t) for t in s.success_criteria]
    texts += [("limits", x) for lim in s.limits for x in (lim.value or "", lim.description)]
    for field, text in texts:
        try:
            names = {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
        except ValueError as e:
            names, bad = set(), str(e)
        else:
            bad = ", ".join(sorted(n for n in names if n not in known))
        if bad:
            line = yaml_node_line(root, ("scenarios", _scenario_index(root, s.id), field))
            raise DataError(f"unknown placeholder(s) {{{bad}}} in {text!r}", path, line, f"{s.id}.{field}")


def _scenario_index(root: yaml.Node, sid: str) -> int:
    for k, v in root.value:
        if k.value == "scenarios":
            for i, node in enumerate(v.value):
                for kk, vv in node.value:
                    if kk.value == "id" and vv.value == sid:
                        return i
    return 0


def load_library(folder: str | Path | None = None) -> Library:
    """Load and check roles.yaml, scenarios.yaml and behaviours.yaml from ``folder`` (default profiles/)."""
    def file(name: str) -> Path:  # each file on its own: a local profiles/ may hold only some of them
        return Path(folder) / name if folder else find_data("profiles", name)

    roles = load_yaml_model(file("roles.yaml"), Roles)
    scen_path = file("scenarios.yaml")
    scen = load_yaml_model(scen_path, Scenarios)
    beh_path = file("behaviours.yaml")
    beh = load_yaml_model(beh_path, Behaviours)
    with open(scen_path, encoding="utf-8") as f:
        root = yaml.compose(f)
    ids: set[str] = set()
    for s in scen.scenarios:
        if s.id in ids:
            raise DataError(f"duplicate scenario id {s.id!r}", scen_path, None, "scenarios.id")
        ids.add(s.id)
        _check_placeholders(s, scen_path, root)
    names = {b.name for b in beh.behaviours}
    for b in beh.behaviours:
        for c in b.conflicts:
            if c not in names:
                raise DataError(
                    f"conflicts with unknown behaviour {c!r}", beh_path, None, b.name
                )
    return Library(roles=roles, scenarios=scen.scenarios, behaviours=beh, folder=str(scen_path.parent))


if __name__ == "__main__":
    lib = load_library(sys.argv[1] if len(sys.argv) > 1 else None)
    print(
        f"{lib.folder}: {len(lib.roles.locales)} locales, {len(lib.roles.occupations)} occupations, "
        f"{len(lib.scenarios)} scenarios, {len(lib.behaviours.behaviours)} behaviours"
    )
