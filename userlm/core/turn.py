"""The reasoning user turn: the one owner of the format every stage writes and reads.

A simulator turn is a rationale inside ``<think>...</think>`` with labelled parts, then the reply,
optionally ending in a stop token (the tau2-bench convention)::

    <think>
    Agent: asks for my order number.
    Trap: none
    Concerns: refund open; order number requested.
    State: trust=0.55 emotion=0.40 patience=0.70 participation=0.80
    Action: answer
    Plan: give the order number, nothing else.
    Tone: short and a bit tired.
    </think>
    It's #W2378156.

``parse_turn`` never raises on model output: malformed, truncated or tag-less text gives a
``ParsedTurn`` with whatever could be read and the reasons it is not well formed, each as a
``TurnError`` code (``codes``, for programs) and a message (``errors``, for people). ``format_turn``
is its inverse. ``flip_roles`` turns an agent-side transcript into the simulator's chat and back.

    >>> from userlm.core.turn import TurnError, parse_turn
    >>> turn = parse_turn("<think>Agent: asks for my order number.</think> It's #W2378156. ###STOP###")
    >>> turn.reply, turn.stop, turn.parts.agent
    ("It's #W2378156.", '###STOP###', 'asks for my order number.')
    >>> turn.ok, turn.has(TurnError.MISSING_PART), turn.has(TurnError.NO_RATIONALE)
    (False, True, False)
    >>> turn.errors[0]
    "rationale part 'concerns' missing"
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from userlm.core.turn_errors import TurnError  # noqa: F401  (part of this module's API)

if TYPE_CHECKING:
    from userlm.core.grammar import TurnGrammar

THINK_OPEN, THINK_CLOSE = "<think>", "</think>"
STOP, TRANSFER, OUT_OF_SCOPE = "###STOP###", "###TRANSFER###", "###OUT-OF-SCOPE###"
STOP_TOKENS: tuple[str, ...] = (STOP, TRANSFER, OUT_OF_SCOPE)
STATE_KEYS: tuple[str, ...] = ("trust", "emotion", "patience", "participation")
ACTIONS: tuple[str, ...] = (
    "disclose",
    "ask",
    "answer",
    "accept",
    "counter",
    "reject",
    "escalate",
    "clarify",
    "end",
)
# What an action does to the conversation. A stop token closes a turn only when its action can end the
# conversation (the user accepts the outcome, escalates, or walks away), and a user who walks away ("end")
# always closes with one: the reply keeps the decision its rationale made. The turn grammar holds both.
ENDING_ACTIONS: tuple[str, ...] = ("accept", "escalate", "end")
LEAVING_ACTIONS: tuple[str, ...] = ("end",)
# Label in the rationale -> field of RationaleParts. Order is the order format_turn writes.
PART_LABELS: dict[str, str] = {
    "Agent": "agent",
    "Trap": "trap",
    "Concerns": "concerns",
    "State": "state",
    "Action": "action",
    "Plan": "plan",
    "Tone": "tone",
}
REQUIRED_PARTS: tuple[str, ...] = ("agent", "concerns", "state", "plan", "tone")
NO_TRAP = {"", "none", "no", "n/a", "na", "-", "no trap", "nothing"}

# re.ASCII: Unicode case folding would let "ſtate" (long s) match a label that lower() cannot map back.
_LABEL_RE = re.compile(r"^\s*[-*]?\s*(" + "|".join(PART_LABELS) + r")\s*:\s*(.*)$", re.IGNORECASE | re.ASCII)
_LABEL_FIELD = {k.lower(): v for k, v in PART_LABELS.items()}
# The lookahead skips every position that cannot open a state key, without entering the alternation.
_STATE_RE = re.compile(
    r"\b(?=[" + "".join(sorted({c for k in STATE_KEYS for c in (k[0], k[0].upper())})) + r"])("
    + "|".join(STATE_KEYS) + r")\s*[=:]\s*(-?\d+(?:\.\d+)?)",
    re.IGNORECASE | re.ASCII,
)
_STOP_RE = re.compile("|".join(re.escape(t) for t in STOP_TOKENS))
_STOP_PREFIX = os.path.commonprefix(STOP_TOKENS)  # "###": a reply without it holds no stop token
_ANSWER_RE = re.compile(r"</?answer>", re.IGNORECASE)


@dataclass
class RationaleParts:
    """The labelled parts of a rationale; None where a part is missing."""

    agent: str | None = None
    trap: str | None = None
    concerns: str | None = None
    state: dict[str, float] = field(default_factory=dict)
    action: str | None = None
    plan: str | None = None
    tone: str | None = None

    @property
    def trap_named(self) -> str | None:
        """The trap the rationale names, or None when it says there is none."""
        return self.trap.strip() if self.trap and self.trap.strip() else None


@dataclass
class ParsedTurn:
    """What could be read from one simulator output.

    ``codes`` says what is wrong (``TurnError``, for programs to decide on); ``errors`` says it in words,
    ``errors[i]`` describing ``codes[i]`` as ``parse_turn`` returns them. Callers may add messages of
    their own to ``errors`` (a backend failure) with no code; ``ok`` is False then too.
    """

    raw: str
    rationale: str | None
    parts: RationaleParts
    reply: str
    stop: str | None
    errors: list[str] = field(default_factory=list)
    codes: list[TurnError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and not self.codes

    def has(self, *codes: TurnError) -> bool:
        """True when any of ``codes`` is among this turn's ``codes``."""
        if not self.codes:
            return False
        return any(c in self.codes for c in codes)

    @property
    def ended(self) -> bool:
        return self.stop is not None


def _label(line: str) -> tuple[str, str] | None:
    """(field, value) when ``line`` opens a labelled part, else None: the same as matching ``_LABEL_RE``.

    Rewards parse every GRPO completion, so the usual "Label: value" line is read with string methods
    and a dict; the regex runs only for lines the shortcut cannot settle (its colon is the first one).
    """
    head, colon, rest = line.partition(":")
    if not colon:
        return None
    name = head.strip()
    if name[:1] in ("-", "*"):
        name = name[1:].lstrip()
    field_name = _LABEL_FIELD.get(name.lower())
    if field_name:
        return field_name, rest.strip()
    m = _LABEL_RE.match(line)
    if not m:
        return None
    return _LABEL_FIELD[m.group(1).lower()], m.group(2).strip()


def _parse_rationale(text: str) -> tuple[RationaleParts, list[tuple[TurnError, str]]]:
    parts = RationaleParts()
    current: str | None = None
    for line in text.splitlines():
        found = _label(line)
        if found:
            current, value = found
            if current == "state":
                parts.state.update(_parse_state(value))
            else:
                setattr(parts, current, value)
        elif current and current != "state" and line.strip():
            # A part may run over several lines.
            setattr(parts, current, (getattr(parts, current) or "") + " " + line.strip())
    if parts.trap is not None and parts.trap.strip().lower().rstrip(".") in NO_TRAP:
        parts.trap = None  # "Trap: none" and no Trap line read the same
    errors = [
        (TurnError.MISSING_PART, f"rationale part '{p}' missing")
        for p in REQUIRED_PARTS
        if p != "state" and not getattr(parts, p)
    ]
    missing_state = [k for k in STATE_KEYS if k not in parts.state]
    if missing_state:
        errors.append((TurnError.MISSING_STATE, "state values missing: " + ", ".join(missing_state)))
    if parts.action is not None:
        word = parts.action.strip().split()[0].strip(".,;:").lower() if parts.action.strip() else ""
        if word not in ACTIONS:
            errors.append((TurnError.UNKNOWN_ACTION, f"unknown action '{parts.action.strip()[:30]}'"))
        parts.action = word or None
    return parts, errors


def _parse_state(value: str) -> dict[str, float]:
    state = {}
    for key, num in _STATE_RE.findall(value):
        x = float(num)
        state[key.lower()] = 0.0 if x <= 0.0 else 1.0 if x >= 1.0 else x  # clamped to [0, 1], without calls
    return state


def parse_turn(text: str | None, strict: bool | TurnGrammar = False) -> ParsedTurn:
    """Parse one simulator output. Never raises; ``codes`` and ``errors`` say what is wrong.

    ``strict``: also require the turn grammar (True: over the trap library's tactic ids; or a
    ``TurnGrammar``); a turn that parses but leaves the grammar gets ``TurnError.OFF_GRAMMAR``. In strict
    mode ``ok`` is True exactly for the strings of the grammar.
    """
    try:
        parsed = _parse_turn(text)
        if strict and parsed.ok:
            from userlm.core.grammar import TurnGrammar, default_grammar

            grammar = strict if isinstance(strict, TurnGrammar) else default_grammar()
            why = grammar.explain(parsed.raw)
            if why is not None:
                parsed.codes.append(TurnError.OFF_GRAMMAR)
                parsed.errors.append(f"not in the turn grammar: {why}")
        return parsed
    except Exception as e:  # model output must never crash a training or serving loop
        raw = text if isinstance(text, str) else ""
        return _turn(
            raw, None, RationaleParts(), raw.strip(), None,
            [(TurnError.UNPARSEABLE, f"unparseable output ({type(e).__name__})")],
        )  # fmt: skip


def _turn(
    raw: str,
    rationale: str | None,
    parts: RationaleParts,
    reply: str,
    stop: str | None,
    issues: list[tuple[TurnError, str]],
) -> ParsedTurn:
    return ParsedTurn(
        raw, rationale, parts, reply, stop, errors=[m for _, m in issues], codes=[c for c, _ in issues]
    )


def _parse_turn(text: str | None) -> ParsedTurn:
    raw = text or ""
    issues: list[tuple[TurnError, str]] = []
    body = raw.strip()
    rationale: str | None = None
    if not body:
        return _turn(raw, None, RationaleParts(), "", None, [(TurnError.EMPTY_OUTPUT, "empty output")])
    open_at = body.find(THINK_OPEN)
    close_at = body.find(THINK_CLOSE)
    if open_at == -1 and close_at == -1:
        issues.append((TurnError.NO_RATIONALE, "no <think> rationale"))
        reply = body
    elif close_at == -1:
        issues.append((TurnError.UNCLOSED_RATIONALE, "rationale not closed (truncated?)"))
        rationale = body[open_at + len(THINK_OPEN) :].strip()
        reply = ""
    else:
        if open_at == -1 or open_at > close_at:
            issues.append((TurnError.UNOPENED_RATIONALE, "missing <think> before </think>"))
            start = 0
        else:
            if body[:open_at].strip():
                issues.append((TurnError.RATIONALE_NOT_FIRST, "text before <think>"))
            start = open_at + len(THINK_OPEN)
        rationale = body[start:close_at].strip()
        reply = body[close_at + len(THINK_CLOSE) :]
        if THINK_OPEN in rationale:
            issues.append((TurnError.NESTED_RATIONALE, "nested <think>"))
            rationale = rationale.replace(THINK_OPEN, "").strip()
        if THINK_OPEN in reply or THINK_CLOSE in reply:
            issues.append((TurnError.TAGS_IN_REPLY, "rationale tags in reply"))
            reply = reply.replace(THINK_OPEN, "").replace(THINK_CLOSE, "")
    reply = (_ANSWER_RE.sub("", reply) if "<" in reply else reply).strip()

    parts = RationaleParts()
    if rationale is not None:
        parts, part_issues = _parse_rationale(rationale)
        issues.extend(part_issues)

    stop = None
    matches = list(_STOP_RE.finditer(reply)) if _STOP_PREFIX in reply else ()
    if matches:
        stop = matches[0].group(0)
        # A stop token mid-text still ends the conversation; the text after it is dropped.
        if _STOP_RE.sub("", reply[matches[0].end() :]).strip():
            issues.append((TurnError.TEXT_AFTER_STOP, "stop token before the end of the reply"))
        reply = reply[: matches[0].start()].strip()
    if not reply and stop is None and rationale is not None and close_at != -1:
        issues.append((TurnError.EMPTY_REPLY, "empty reply"))
    return _turn(raw, rationale, parts, reply, stop, issues)


def rationale_state(text: str | None) -> dict[str, float]:
    r"""The state values a rationale's ``State:`` line gives (clamped to 0..1; keys it leaves out are absent).

    >>> rationale_state("Agent: asks.\nState: trust=0.40 emotion=0.5 patience=1.3")
    {'trust': 0.4, 'emotion': 0.5, 'patience': 1.0}
    """
    return _parse_rationale(text or "")[0].state


def format_rationale(parts: RationaleParts) -> str:
    """The text inside <think>...</think> for ``parts``."""
    lines = []
    for label, name in PART_LABELS.items():
        if name == "state":
            if parts.state:
                lines.append(
                    "State: " + " ".join(f"{k}={parts.state[k]:.2f}" for k in STATE_KEYS if k in parts.state)
                )
            continue
        value = getattr(parts, name)
        if name == "trap" and value is None:
            value = "none"
        if value is not None:
            lines.append(f"{label}: {value}")
    return "\n".join(lines)


def format_turn(parts: RationaleParts | str | None, reply: str, stop: str | None = None) -> str:
    """Write a simulator turn: rationale (parts or text), reply, optional stop token."""
    if stop is not None and stop not in STOP_TOKENS:
        raise ValueError(f"unknown stop token {stop!r}; expected one of {STOP_TOKENS}")
    text = ""
    if parts is not None:
        rationale = parts if isinstance(parts, str) else format_rationale(parts)
        text = f"{THINK_OPEN}\n{rationale.strip()}\n{THINK_CLOSE}\n"
    text += reply.strip()
    if stop:
        text += (" " if reply.strip() else "") + stop
    return text


def split_reasoning(text: str) -> tuple[str | None, str]:
    """(rationale, content) as an OpenAI-style response carries them; the stop token stays in content."""
    parsed = parse_turn(text)
    content = parsed.reply + ((" " if parsed.reply else "") + parsed.stop if parsed.stop else "")
    return parsed.rationale, content


def flip_roles(messages: list[dict], system: str | None = None) -> list[dict]:
    """Agent-side transcript (agent = assistant, user = user) <-> the simulator's chat.

    The flip is its own inverse on non-system messages. System messages of the input are
    dropped (they are the agent's, not the user's); ``system``, when given, becomes the first message.
    A ``reasoning_content`` key travels with its message.
    """
    flipped = [{"role": "system", "content": system}] if system is not None else []
    for m in messages:
        role = m.get("role")
        if role == "system":
            continue
        if role not in ("user", "assistant"):
            raise ValueError(f"cannot flip a message with role {role!r} (expected user or assistant)")
        out = dict(m)
        out["role"] = "assistant" if role == "user" else "user"
        flipped.append(out)
    return flipped
