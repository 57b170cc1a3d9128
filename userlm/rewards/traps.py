"""The manipulation-trap library: tactics an agent may use on a user (``rewards/traps.yaml``).

``load_traps()`` reads and validates the library (bad entries raise ``DataError`` with file, line and
field); ``render_trap(trap, profile, rng)`` writes an adversarial agent message grounded in the
profile's item, limits and hidden info; ``detect_trap(text)`` names the tactic in an agent message.
``Trap.resisted(reply)`` / ``Trap.complied(reply)`` check the tactic's machine-readable signals.

    python -c "import random; from userlm.rewards.traps import *; from userlm.core.profile_store import resolve_profile; \
print(render_trap(load_traps()[0], resolve_profile('car-buyer-01'), random.Random(0)))"
"""

from __future__ import annotations

import os
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from string import Formatter

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator

from userlm.core.io import DataError, pydantic_error
from userlm.core.profile import UserProfile
from userlm.core.resources import find_data
from userlm.rewards.analysis import content_words, money, negated_near
from userlm.rewards.prefilter import fast_compile, required_strings
from userlm.rewards.string_index import StringIndex, bits_of, ids_of, needs_bits

GUARDS = ("price", "must_not", "hidden", "agreement", "instructions")
PLACEHOLDERS = (
    "item", "name", "first_name", "budget", "over_price", "anchor_price", "listed", "fee",
    "concession", "hidden_fact", "concern", "domain",
)  # fmt: skip
_CURRENCY = {"USD": "$", "GBP": "£", "EUR": "€"}
_PRONOUNS = [
    (re.compile(r"\b(she|he) (is|was|has)\b", re.I), None),
    (re.compile(r"\b(she|he)\b", re.I), "you"),
    (re.compile(r"\b(her|his)\b", re.I), "your"),
    (re.compile(r"\bhim\b", re.I), "you"),
]
_VERB_2ND = {"is": "are", "was": "were", "has": "have"}


class _TrapRegexes:
    """A trap's regexes, compiled once. One Aho-Corasick pass tells which of its signals can match a reply:
    the comply signals' bits, then the resist signals' from ``shift`` on."""

    __slots__ = ("resist", "comply", "cues", "cue_strings", "names", "signals", "shift", "comply_always",
                 "resist_always")  # fmt: skip

    def __init__(self, trap: Trap):
        flags = re.IGNORECASE | re.MULTILINE
        self.resist = [fast_compile(p, flags) for p in trap.resist_signals]
        self.comply = [fast_compile(p, flags) for p in trap.comply_signals]
        self.cues = [fast_compile(p, flags) for p in trap.cues]
        self.cue_strings = [required_strings(p, flags) for p in trap.cues]  # a match holds one of them
        comply, self.comply_always = needs_bits(trap.comply_signals, flags)
        resist, self.resist_always = needs_bits(trap.resist_signals, flags)
        self.shift = len(trap.comply_signals)
        keys = dict(comply)
        for w, b in resist.items():
            keys[w] = keys.get(w, 0) | (b << self.shift)
        self.signals = StringIndex(keys)
        names = [trap.id.replace("_", "[ _-]?"), re.escape(trap.name)] + [re.escape(a) for a in trap.aliases]
        self.names = re.compile("|".join(names), re.IGNORECASE)


class Trap(BaseModel):
    """One tactic: templates to render it and regex signals of resisting or giving in."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(..., pattern=r"^[a-z][a-z0-9_]*$", description="Stable id used in the `trap` column.")
    name: str = Field(..., min_length=1, description="Human name of the tactic.")
    description: str = Field("", description="What the agent does.")
    aliases: list[str] = Field(default_factory=list, description="Words a rationale may use to name it.")
    cues: list[str] = Field(default_factory=list, description="Regexes that spot it in an agent message.")
    guards: list[str] = Field(default_factory=list, description=f"Generic give-in checks, of {GUARDS}.")
    templates: list[str] = Field(..., min_length=1, description="Agent turns with {placeholders}.")
    resist_signals: list[str] = Field(..., min_length=1, description="Regexes of resisting, on the reply.")
    comply_signals: list[str] = Field(..., min_length=1, description="Regexes of giving in, on the reply.")
    # The compiled regexes, in one private attribute: pydantic serves each private attribute through
    # __getattr__, and the rewards read these on every completion of a trap turn.
    _rx: _TrapRegexes | None = PrivateAttr(default=None)

    @field_validator("guards")
    @classmethod
    def _known_guards(cls, v: list[str]) -> list[str]:
        bad = [g for g in v if g not in GUARDS]
        if bad:
            raise ValueError(f"unknown guard(s) {bad}; expected some of {list(GUARDS)}")
        return v

    @field_validator("templates")
    @classmethod
    def _known_placeholders(cls, v: list[str]) -> list[str]:
        for t in v:
            names = {f for _, f, _, _ in Formatter().parse(t) if f}
            if names - set(PLACEHOLDERS):
                raise ValueError(f"unknown placeholder(s) {sorted(names - set(PLACEHOLDERS))} in {t[:40]!r}")
        return v

    @field_validator("cues", "resist_signals", "comply_signals")
    @classmethod
    def _regexes(cls, v: list[str]) -> list[str]:
        for pattern in v:
            try:
                re.compile(pattern)
            except re.error as e:
                raise ValueError(f"bad regex {pattern!r}: {e}") from None
        return v

    def model_post_init(self, _context) -> None:
        self._rx = _TrapRegexes(self)

    def resisted(self, reply: str) -> bool:
        rx = self._rx
        bits = (rx.signals.mask(reply.lower()) >> rx.shift) | rx.resist_always
        return any(rx.resist[i].search(reply) for i in ids_of(bits))

    def complied(self, reply: str) -> bool:
        """A comply signal that is not negated in its clause ("I won't go ahead" does not count)."""
        rx = self._rx
        bits = (rx.signals.mask(reply.lower()) & ((1 << rx.shift) - 1)) | rx.comply_always
        for i in ids_of(bits):
            for m in rx.comply[i].finditer(reply):
                if not negated_near(reply, m.start()):
                    return True
        return False

    def cue_count(self, text: str) -> int:
        """How many of the tactic's cues match ``text`` (a cue runs only when a string it needs is there)."""
        low = text.lower()
        return sum(
            1
            for p, need in zip(self._rx.cues, self._rx.cue_strings)
            if (need is None or any(w in low for w in need)) and p.search(text)
        )

    def named_in(self, rationale_trap: str | None) -> bool:
        """Whether a rationale's "Trap:" text names this tactic."""
        return bool(rationale_trap) and self._rx.names.search(rationale_trap) is not None


def default_path() -> Path:
    """The library the rewards read when none is given: ``./rewards/traps.yaml`` or the bundled one."""
    return find_data("rewards", "traps.yaml")


def load_traps(path: str | os.PathLike | None = None) -> list[Trap]:
    """All tactics in the library (default ``rewards/traps.yaml``), validated."""
    return list(_load(str(Path(path) if path else default_path())))


@lru_cache(maxsize=16)
def _load(path: str) -> tuple[Trap, ...]:
    import yaml

    try:
        text = Path(path).read_text(encoding="utf-8")
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except FileNotFoundError:
        raise DataError("file not found", path) from None
    except yaml.MarkedYAMLError as e:
        raise DataError(f"invalid YAML: {e.problem}", path, e.problem_mark.line + 1) from None
    if not isinstance(data, list) or root is None:
        raise DataError("expected a list of traps", path, 1)
    traps: list[Trap] = []
    for node, row in zip(root.value, data):
        line = node.start_mark.line + 1
        if not isinstance(row, dict):
            raise DataError("expected a trap mapping", path, line)
        try:
            trap = Trap.model_validate(row)
        except ValidationError as e:
            raise pydantic_error(e, path, line) from None
        if any(t.id == trap.id for t in traps):
            raise DataError(f"duplicate trap id {trap.id!r}", path, line, "id")
        traps.append(trap)
    return tuple(traps)


def get_trap(trap_id: str, path: str | os.PathLike | None = None) -> Trap | None:
    return next((t for t in load_traps(path) if t.id == trap_id), None)


def _fmt_money(value: float, cur: str) -> str:
    return f"{cur}{value:,.0f}" if value >= 100 else f"{cur}{value:.2f}"


def _second_person(fact: str) -> str:
    """ "She must have a car within 10 days." -> "you must have a car within 10 days" """
    out = _PRONOUNS[0][0].sub(lambda m: "you " + _VERB_2ND[m.group(2).lower()], fact)
    for rx, repl in _PRONOUNS[1:]:
        out = rx.sub(repl, out)
    out = out.strip().rstrip(".")
    return out[:1].lower() + out[1:]


# A must_not limit is a thing ("insurance") or an act ("be transferred to another agent", tau2-bench's
# "cancel flight"); templates use {concession} as a thing ("I've added {concession} to your order").
_ACT_VERBS = frozenset(
    "accept agree book buy be cancel change get give go modify move pay remove return share sign take upgrade".split()
)


def _is_thing(limit: str) -> bool:
    """Whether a must_not value reads as a noun phrase, so that "the {value}" is English.

    >>> _is_thing("travel insurance"), _is_thing("be transferred to another agent"), _is_thing("changing the dates")
    (True, False, False)
    """
    first = limit.split()[0].lower() if limit.split() else ""
    return bool(first) and first not in _ACT_VERBS and not first.endswith("ing")


def trap_values(profile: UserProfile, rng: random.Random) -> dict[str, str]:
    """Placeholder values for ``profile``; prices come from its limits or the money in its facts."""
    g = profile.goal
    unit = next((h.unit for h in g.hard_limits if h.kind in ("max_price", "min_price") and h.unit), None)
    text = " ".join([g.item or "", *g.known_info, g.reason_for_contact])
    if unit is None:
        unit = next((u for u in _CURRENCY if u in text), None) or ("GBP" if "£" in text else "USD")
    cur = _CURRENCY.get(unit.upper(), unit + " ")
    seen = money(" ".join([*g.known_info, g.item or "", g.reason_for_contact]), marked=True)
    listed = seen[0] if seen else None
    budget = g.max_price() or g.min_price() or listed or 100.0
    listed = listed or budget * 1.05
    over = budget * rng.uniform(1.08, 1.3)
    must_not = [str(h.value) for h in g.hard_limits if h.kind == "must_not" and _is_thing(str(h.value))]
    hidden = [_second_person(h) for h in g.hidden_info]
    return {
        "item": g.item or f"{g.domain} order",
        "name": profile.role.name,
        "first_name": profile.role.name.split()[0],
        "budget": _fmt_money(budget, cur),
        "over_price": _fmt_money(round(over, -2) if over >= 1000 else round(over, 2), cur),
        "anchor_price": _fmt_money(round(budget * rng.uniform(1.8, 2.6), -2 if budget >= 1000 else 0), cur),
        "listed": _fmt_money(listed, cur),
        "fee": _fmt_money(round(budget * rng.uniform(0.04, 0.09), 0 if budget >= 100 else 2), cur),
        "concession": f"the {rng.choice(must_not)}" if must_not else f"a price of {_fmt_money(over, cur)}",
        "hidden_fact": rng.choice(hidden) if hidden else "you need this sorted quickly",
        "concern": (rng.choice(g.primary_concerns) if g.primary_concerns else g.reason_for_contact).rstrip(
            "."
        ),
        "domain": g.domain,
    }


def render_trap(trap: Trap, profile: UserProfile, rng: random.Random) -> str:
    """One adversarial agent message for ``profile`` from a random template of ``trap``."""
    return rng.choice(trap.templates).format_map(trap_values(profile, rng))


def detect_trap(text: str, path: str | os.PathLike | None = None) -> str | None:
    """The id of the tactic whose cues match ``text`` most (first in the library on ties), or None.

    >>> detect_trap("This price is only valid for the next 5 minutes."), detect_trap("Your refund is on its way.")
    ('false_urgency', None)
    """
    if not text:
        return None
    return detect_in(text, str(Path(path) if path else default_path()))


@dataclass(frozen=True)
class _CueIndex:
    """Every cue of a library, indexed by the strings a match of it must contain."""

    ids: tuple[str, ...]  # trap ids, library order
    cues: tuple[tuple[int, re.Pattern], ...]  # (trap position, compiled cue)
    strings: StringIndex  # required string -> the cues that need it, found in one pass
    always: int  # cues with no required string (their bits): always run


@lru_cache(maxsize=16)
def _index(path: str) -> _CueIndex:
    cues, by_string, always = [], {}, set()
    for k, trap in enumerate(_load(path)):
        for rx, need in zip(trap._rx.cues, trap._rx.cue_strings):
            if need is None:
                always.add(len(cues))
            for w in need or ():
                by_string.setdefault(w, []).append(len(cues))
            cues.append((k, rx))
    keys = {w: bits_of(c) for w, c in by_string.items()}
    return _CueIndex(tuple(t.id for t in _load(path)), tuple(cues), StringIndex(keys), bits_of(always))


@lru_cache(maxsize=65536)
def detect_in(text: str, path: str) -> str | None:
    """``detect_trap`` for a resolved library path, cached per distinct text: the rows of one prompt
    (a GRPO group) share the agent message, so each distinct message is read once. A cue's regex runs
    only when one of the strings it needs is in the text; most agent messages hold none."""
    if not text:
        return None
    idx = _index(path)
    todo = ids_of(idx.strings.mask(text.lower()) | idx.always)
    counts = [0] * len(idx.ids)
    for c in todo:
        k, rx = idx.cues[c]
        if rx.search(text):
            counts[k] += 1
    best = max(counts, default=0)
    return idx.ids[counts.index(best)] if best else None


def hidden_words(profile: UserProfile) -> list[set[str]]:
    """Content words of each hidden fact (used by tests and generators to check disclosure)."""
    return [content_words(h) for h in profile.goal.hidden_info]
