"""The grammar of a reasoning user turn, built from the definitions ``userlm.core.turn`` parses with.

One turn, one line per rationale part, in the order ``format_turn`` writes them::

    <think>
    Agent: <text>
    Trap: <a tactic id of rewards/traps.yaml, or none>
    Concerns: <text>
    State: trust=<0..1> emotion=<0..1> patience=<0..1> participation=<0..1>
    Action: <one of ACTIONS>
    Plan: <text>
    Tone: <text>
    </think>
    <reply: one line, no tags, never "##"> [ ###STOP### | ###TRANSFER### | ###OUT-OF-SCOPE###]

The stop token follows the action: none after an action that carries the conversation on (ask, answer,
reject, counter, ...), at most one after ``accept`` or ``escalate``, exactly one after ``end`` (the user walks
away): a reply cannot end a conversation its rationale meant to go on (``ENDING_ACTIONS``, ``LEAVING_ACTIONS``).
A text starts with a visible character and holds no line break, no control character and no ``<``; a
value has at most two decimals. ``TurnGrammar`` renders it two ways from the same pieces:

- ``regex()``: one regular expression in the syntax Python's ``re``, Rust's ``regex`` (llguidance,
  outlines-core) and xgrammar share; what vLLM's ``structured_outputs={"regex": ...}`` and TRL's
  ``vllm_structured_outputs_regex`` take, and what ``matches`` and ``parse_turn(text, strict=True)`` use;
- ``lark(max_tokens)``: the same language for llguidance, with a token budget on every free-text part so
  that a turn generated under ``max_tokens`` always closes its rationale and ends (the transformers backend).

Every string of the grammar is a turn ``parse_turn`` accepts; ``parse_turn(text, strict=True)`` accepts
exactly the strings of the grammar (``tests/test_grammar.py`` checks both, on sampled and hand-written turns).

    >>> from userlm.core.grammar import TurnGrammar
    >>> g = TurnGrammar(("false_urgency",))
    >>> text = g.sample(__import__("random").Random(0))
    >>> g.matches(text), g.matches(text.replace("Trap: ", "Trap:  "))
    (True, False)
    >>> g.explain("<think>\\nAgent: hi\\nTrap: maybe")
    "line 3: expected 'Trap: ' and a tactic id or none"
    >>> turn = "\\n".join(["<think>", "Agent: offers a deal.", "Trap: none", "Concerns: price",
    ...     "State: trust=0.5 emotion=0.5 patience=0.5 participation=0.5", "Action: reject", "Plan: say no.",
    ...     "Tone: firm", "</think>", "No, thanks. ###STOP###"])
    >>> g.matches(turn), g.matches(turn.replace("reject", "end"))
    (False, True)
    >>> g.explain(turn)
    "line 10: expected a reply (no tags, no '##', not blank), then no stop token (the action 'reject' goes on)"
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache

from userlm.core.turn import (
    ACTIONS,
    ENDING_ACTIONS,
    LEAVING_ACTIONS,
    PART_LABELS,
    STATE_KEYS,
    STOP_TOKENS,
    THINK_CLOSE,
    THINK_OPEN,
)

NO_TRAP_WORD = "none"


def escape(text: str) -> str:
    """``text`` as a regex literal that Python, Rust's regex and xgrammar read alike: only the
    metacharacters are escaped (``re.escape`` also escapes spaces, "#" and "-", which not every engine takes)."""
    return re.sub(r"([\\.^$*+?()\[\]{}|])", r"\\\1", text)


# Characters no text may hold: controls (Python's splitlines breaks lines on several of them) and "<" (tags).
_CTRL = r"\x00-\x1f\x7f-\x9f\u2028\u2029"
# Characters str.strip() removes: a text must not start with one (an empty part is a missing part).
_SPACE = r" \xa0\u1680\u2000-\u200a\u202f\u205f\u3000"
TEXT = f"[^{_CTRL}<]"
VISIBLE = f"[^{_CTRL}{_SPACE}<]"
FREE_TEXT = f"{VISIBLE}{TEXT}*"
# The reply never holds "##", so no stop token can sit inside it; a single "#" ("order #W2378156") may.
_R = f"[^{_CTRL}<#]"
_RV = f"[^{_CTRL}{_SPACE}<#]"
REPLY = f"#?{_RV}(?:#?{_R})*#?"
NUMBER = r"(?:0(?:\.[0-9]{1,2})?|1(?:\.0{1,2})?)"
STATE = " ".join(f"{k}={NUMBER}" for k in STATE_KEYS)
_ONE_STOP = "(?: (?:" + "|".join(escape(t) for t in STOP_TOKENS) + "))"
STOP_SUFFIX = _ONE_STOP + "?"
# (name, actions, what may follow the reply): the three ways a turn can leave the conversation.
ACTION_CLASSES: tuple[tuple[str, tuple[str, ...], str, str], ...] = (
    ("going", tuple(a for a in ACTIONS if a not in ENDING_ACTIONS), "", "no stop token"),
    ("ending", tuple(a for a in ENDING_ACTIONS if a not in LEAVING_ACTIONS), STOP_SUFFIX, "at most one stop token"),
    ("leaving", LEAVING_ACTIONS, _ONE_STOP, "one stop token"),
)
# Free-text parts and their share of the token budget left after the fixed scaffolding (lark only).
TEXT_PARTS = ("agent", "concerns", "plan", "tone")
BUDGET_SHARES = {"agent": 0.15, "concerns": 0.15, "plan": 0.2, "tone": 0.1, "reply": 0.4}
MIN_PART_TOKENS = 6
_ACTION_LINE = 1 + list(PART_LABELS.values()).index("action")  # its index in a turn's lines (after <think>)
_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


def _alternatives(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(escape(w) for w in words) + ")"


@dataclass(frozen=True)
class TurnGrammar:
    """The turn grammar for a set of trap tactic ids (``Trap:`` takes one of them or ``none``)."""

    traps: tuple[str, ...] = ()

    def __post_init__(self):
        bad = [t for t in self.traps if not _ID_RE.fullmatch(t) or t == NO_TRAP_WORD]
        if bad:
            raise ValueError(f"trap ids must be plain identifiers other than 'none', got {bad}")
        object.__setattr__(self, "traps", tuple(dict.fromkeys(self.traps)))

    def line_patterns(self) -> list[tuple[str, str, str]]:
        """(label, value pattern, what it expects) per rationale line, in order."""
        values = {
            "trap": (_alternatives((NO_TRAP_WORD, *self.traps)), "a tactic id or none"),
            "state": (STATE, "four values in [0, 1]: " + " ".join(f"{k}=" for k in STATE_KEYS)),
            "action": (_alternatives(ACTIONS), "one of " + "|".join(ACTIONS)),
        }
        return [
            (label, *values.get(name, (FREE_TEXT, "a one-line text"))) for label, name in PART_LABELS.items()
        ]

    def regex(self) -> str:
        """The whole turn as one regular expression (anchor it, or use ``fullmatch``)."""
        return _regex(self)

    def matches(self, text: str | None) -> bool:
        return isinstance(text, str) and _compiled(self).fullmatch(text) is not None

    def explain(self, text: str) -> str | None:
        """Where ``text`` leaves the grammar first (a line number and what was expected), or None."""
        if self.matches(text):
            return None
        lines = text.split("\n")
        expected = [(escape(THINK_OPEN), f"{THINK_OPEN!r} alone")]
        for label, pattern, what in self.line_patterns():
            expected.append((escape(f"{label}: ") + pattern, f"'{label}: ' and {what}"))
        expected += [(escape(THINK_CLOSE), f"{THINK_CLOSE!r} alone")]
        for i, (pattern, what) in enumerate(expected):
            if i >= len(lines) or not re.fullmatch(pattern, lines[i]):
                return f"line {i + 1}: expected {what}"
        if len(lines) > len(expected) + 1:
            return f"line {len(expected) + 2}: the reply is one line"
        action = lines[_ACTION_LINE].split(": ", 1)[1]
        name, _, _, what = next(c for c in ACTION_CLASSES if action in c[1])
        why = {"going": "goes on", "ending": "may end it", "leaving": "ends it"}[name]
        return (
            f"line {len(expected) + 1}: expected a reply (no tags, no '##', not blank), then {what} "
            f"(the action {action!r} {why})"
        )

    def lark(self, max_tokens: int | None = None, scaffold_tokens: int = 0) -> str:
        """The grammar in llguidance's lark syntax; with ``max_tokens``, a token budget on each text part.

        ``scaffold_tokens``: tokens the fixed parts take (labels, tags, state, trap, action); the rest of
        ``max_tokens`` is shared out by ``BUDGET_SHARES``, so the whole turn fits ``max_tokens``.
        """
        budgets = part_budgets(max_tokens, scaffold_tokens) if max_tokens else {}

        def rule(name: str, pattern: str) -> str:
            limit = f"[max_tokens={budgets[name]}]" if name in budgets else ""
            return f"{name}{limit}: /{pattern.replace('/', chr(92) + '/')}/"

        before, after = _split_at_action()
        body = [f'"{THINK_OPEN}\\n"']
        for label, name in before:
            body += [f'"{label}: "', name, r'"\n"']
        body += ['"Action: "', "decision"]
        rest = [part for label, name in after for part in (f'"{label}: "', name, r'"\n"')]
        rules = [rule(name, FREE_TEXT) for name in TEXT_PARTS]
        rules += [
            "trap: " + " | ".join(f'"{w}"' for w in (NO_TRAP_WORD, *self.traps)),
            rule("state", STATE),
            # The action picks the branch, and the branch what may follow the reply (ACTION_CLASSES).
            "decision: " + " | ".join(f"{name}_turn" for name, *_ in ACTION_CLASSES),
            "rest: " + " ".join(rest + [f'"{THINK_CLOSE}\\n"']),
        ]
        for name, actions, suffix, _ in ACTION_CLASSES:
            words = " | ".join(f'"{a}"' for a in actions)
            rules.append(f'{name}_turn: ({words}) "\\n" rest reply_{name}')
            limit = f"[max_tokens={budgets['reply']}]" if budgets else ""
            rules.append(f"reply_{name}{limit}: /{(REPLY + suffix).replace('/', chr(92) + '/')}/")
        return "start: " + " ".join(body) + "\n" + "\n".join(rules) + "\n"

    def sample(self, rng: random.Random, alphabet: str | None = None) -> str:
        """A random turn of the grammar (for tests): texts drawn from ``alphabet`` plus tricky characters."""
        chars = alphabet or "abcdefghij klmnop,.;:!?'$%&()*+-=@[]^_`{|}~>é€中 0123456789#"

        def text(allowed: str, n: int) -> str:
            first = rng.choice([c for c in allowed if not c.isspace() and c != "#"])
            return first + "".join(rng.choice(allowed) for _ in range(rng.randrange(n)))

        def number() -> str:
            return rng.choice(
                ["0", "1", "1.0", "1.00", f"0.{rng.randrange(10)}", f"0.{rng.randrange(100):02d}"]
            )

        lines = [THINK_OPEN]
        for label, name in PART_LABELS.items():
            value = {
                "trap": lambda: rng.choice((NO_TRAP_WORD, *self.traps)),
                "state": lambda: " ".join(f"{k}={number()}" for k in STATE_KEYS),
                "action": lambda: rng.choice(ACTIONS),
            }.get(name, lambda: text(chars, 40))()
            lines.append(f"{label}: {value}")
        reply = re.sub("#+", "#", text(chars, 60))
        action = lines[_ACTION_LINE].split(": ", 1)[1]
        stops = [f" {t}" for t in STOP_TOKENS]
        stop = rng.choice(
            stops if action in LEAVING_ACTIONS else [""] * 3 + stops if action in ENDING_ACTIONS else [""]
        )
        return "\n".join(lines + [THINK_CLOSE, reply + stop])


def _split_at_action() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The rationale's (label, part) pairs before the Action line and after it."""
    items = list(PART_LABELS.items())
    at = [name for _, name in items].index("action")
    return items[:at], items[at + 1 :]


@lru_cache(maxsize=64)
def _regex(g: TurnGrammar) -> str:
    patterns = {label: pattern for label, pattern, _ in g.line_patterns()}
    before, after = _split_at_action()
    head = [escape(THINK_OPEN)] + [escape(f"{label}: ") + patterns[label] for label, _ in before]
    tail = [escape(f"{label}: ") + patterns[label] for label, _ in after] + [escape(THINK_CLOSE)]
    branches = [
        _alternatives(actions) + r"\n" + r"\n".join(tail) + r"\n" + REPLY + suffix
        for _, actions, suffix, _ in ACTION_CLASSES
    ]
    return r"\n".join(head) + r"\n" + escape("Action: ") + "(?:" + "|".join(branches) + ")"


@lru_cache(maxsize=64)
def _compiled(g: TurnGrammar) -> re.Pattern:
    return re.compile(_regex(g))


def part_budgets(max_tokens: int, scaffold_tokens: int = 0) -> dict[str, int]:
    """Tokens each free-text part (and the reply) may take out of ``max_tokens``, at least ``MIN_PART_TOKENS``."""
    free = max(0, max_tokens - scaffold_tokens)
    return {name: max(MIN_PART_TOKENS, int(free * share)) for name, share in BUDGET_SHARES.items()}


def load_trap_ids(path: str | None = None) -> tuple[str, ...]:
    """The tactic ids of ``rewards/traps.yaml`` (or ``path``), read without importing ``userlm.rewards``."""
    import yaml

    from userlm.core.resources import find_data

    data = yaml.safe_load(find_data("rewards", "traps.yaml", path).read_text(encoding="utf-8"))
    items = data.get("tactics", data.get("traps", [])) if isinstance(data, dict) else data
    return tuple(str(t["id"]) for t in items or [] if isinstance(t, dict) and t.get("id"))


@lru_cache(maxsize=8)
def default_grammar(path: str | None = None) -> TurnGrammar:
    """The grammar over the trap library's tactic ids (cached: the library is read once)."""
    return TurnGrammar(load_trap_ids(path))
