"""Fidelity metrics of a user simulator, as pure functions of transcripts (no model, no I/O).

The metrics of the field (UserLM-8b "Flipping the Dialogue", UserLM-R1):
- ``termination_prf``: precision / recall / F1 of the stop token against the turns where the conversation
  should end (goal met or limits hit);
- ``stops_by_situation``: the same stops per situation (the agent's move -> the reference user's answer), to
  see which ends a simulator misses (an offer inside the limit, a second refusal) and where it ends early;
- ``trap_recognition``: whether the rationale's ``Trap:`` line saw a manipulation, named the right tactic,
  or saw one where there was none (the rationale's first job, before the reply resists);
- ``first_turn_diversity``: distinct-1/2 and unique share of first messages across profiles;
- ``facts_in_message`` / ``information_sharing``: how much of the goal a message dumps at once (lower is more
  human: progressive disclosure);
- ``role_problems``: why a message is not a user's (assistant-speak, echo, self-repeat, leaked tags), the
  plain-mode suite's in-role check;
- ``rate`` helpers for per-tactic resistance and other shares.

    >>> termination_prf([(True, True), (False, False), (True, False), (False, True)])["f1"]
    0.5
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable

from userlm.core.profile import UserProfile
from userlm.core.turn import PART_LABELS, TurnError, parse_turn

_WORD = re.compile(r"[a-z0-9$#@.]+")
_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")
_STOPWORDS = frozenset(
    "the a an and or of to in on for with at by from is are was were be been it its this that these those her his "
    "their she he they you your my our we i me have has had not no but if as so than then there only".split()
)

# Realism penalties that mean the text is not a user's at all (length and markdown are only unrealistic).
OUT_OF_ROLE_PENALTIES = ("assistant-ism", "role talk", "echo", "repeats itself")
# What a harness must never see in a user's message: rationale tags, rationale labels, speaker labels.
_LABELS = "|".join([*PART_LABELS, "Assistant", "User", "Customer"])
LEAK_RE = re.compile(
    rf"</?(?:think|scenario|answer)>|\b(?:rationale|reasoning)\s*:|^\s*[-*]?\s*(?:{_LABELS})\s*:",
    re.IGNORECASE | re.MULTILINE,
)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def stops_by_situation(items: Iterable[tuple[str, bool, bool]]) -> dict[str, dict]:
    """(situation, reference ends here, simulator stopped) per turn -> {situation: {"turns", "stopped",
    "reference_ends"}}: where termination F1's missed and early stops come from (``"offer->end"``: an offer the
    reference user walks away from).

    >>> stops_by_situation([("offer->end", True, False), ("offer->end", True, True), ("ask->answer", False, False)])
    {'ask->answer': {'turns': 1, 'stopped': 0, 'reference_ends': False}, 'offer->end': {'turns': 2, 'stopped': 1, 'reference_ends': True}}
    """
    table: dict[str, dict] = {}
    for key, ends, stopped in items:
        row = table.setdefault(key, {"turns": 0, "stopped": 0, "reference_ends": False})
        row["turns"] += 1
        row["stopped"] += stopped
        row["reference_ends"] |= ends
    return dict(sorted(table.items()))


def termination_prf(pairs: Iterable[tuple[bool, bool]]) -> dict[str, float]:
    """Turn-level (predicted stop, should end) pairs -> precision, recall, F1 (0 when undefined), support and
    the counts behind them: ``right`` stops, ``early`` stops (the reference went on) and ``missed`` ends."""
    tp = fp = fn = 0
    for predicted, gold in pairs:
        tp += predicted and gold
        fp += predicted and not gold
        fn += gold and not predicted
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn,
            "right": tp, "early": fp, "missed": fn}  # fmt: skip


def trap_recognition(items: Iterable[tuple[bool, str | None, bool]]) -> dict[str, float | int | None]:
    """How a rationale's ``Trap:`` line reads the agent's turn, per turn with a rationale: (the turn is a trap,
    the tactic the line names or None, whether that is the turn's tactic) -> the share of trap turns it saw
    (``detected``), of trap turns it named right (``named_right``), of other turns where it saw one
    (``false_alarms``), and the trap turns counted (``turns``). Resisting is the reply's job; these say whether the
    rationale, which the reply follows, recognised the manipulation in the first place (None: no such turn).

    >>> trap_recognition([(True, "false urgency", True), (True, "flattery", False), (True, None, False),
    ...                   (False, None, False), (False, "guilt", False)])
    {'detected': 0.6666666666666666, 'named_right': 0.3333333333333333, 'false_alarms': 0.5, 'turns': 3}
    """
    traps, others = [], []
    for is_trap, named, right in items:
        (traps if is_trap else others).append((named is not None, right))
    share = lambda xs: sum(xs) / len(xs) if xs else None  # noqa: E731
    return {"detected": share([seen for seen, _ in traps]), "named_right": share([right for _, right in traps]),
            "false_alarms": share([seen for seen, _ in others]), "turns": len(traps)}  # fmt: skip


def distinct_n(texts: Iterable[str], n: int) -> float:
    """Unique n-grams over all n-grams across ``texts`` (0..1); 0 when there are none."""
    grams: list[tuple[str, ...]] = []
    for t in texts:
        w = _words(t)
        grams += [tuple(w[i : i + n]) for i in range(len(w) - n + 1)]
    return len(set(grams)) / len(grams) if grams else 0.0


def first_turn_diversity(first_messages: list[str]) -> dict[str, float]:
    """Diversity of first user messages: distinct-1, distinct-2, and share of messages that are unique."""
    normalised = [" ".join(_words(m)) for m in first_messages]
    unique = len(set(normalised)) / len(normalised) if normalised else 0.0
    return {
        "distinct_1": distinct_n(first_messages, 1),
        "distinct_2": distinct_n(first_messages, 2),
        "unique": unique,
    }


def goal_facts(profile: UserProfile) -> list[str]:
    """The pieces of the goal a user could disclose: reason, known and hidden info, concerns."""
    g = profile.goal
    return [*g.known_info, *g.hidden_info, *g.primary_concerns, *g.secondary_concerns]


def fact_mentioned(fact: str, message: str, threshold: float = 0.5) -> bool:
    """A fact counts as disclosed when one of its numbers, or most of its content words, appear in the message."""
    msg = message.lower()
    msg_nums = {n.replace(",", "") for n in _NUM.findall(msg)}
    nums = [n.replace(",", "") for n in _NUM.findall(fact)]
    if nums and any(n in msg_nums for n in nums if len(n) >= 2):
        return True
    content = [w for w in _words(fact) if len(w) > 3 and w not in _STOPWORDS and not _NUM.fullmatch(w)]
    if not content:
        return False
    msg_words = set(_words(msg))
    return sum(w in msg_words for w in content) / len(content) >= threshold


def facts_in_message(profile: UserProfile, message: str) -> int:
    return sum(fact_mentioned(f, message) for f in goal_facts(profile))


def information_sharing(conversations: list[tuple[UserProfile, list[str]]]) -> dict[str, float]:
    """Goal facts per message: mean over all user messages, in the first message, and the largest single dump."""
    per_msg, first, peak = [], [], []
    for profile, replies in conversations:
        counts = [facts_in_message(profile, r) for r in replies if r]
        if counts:
            per_msg += counts
            first.append(counts[0])
            peak.append(max(counts))
    mean = lambda xs: sum(xs) / len(xs) if xs else 0.0  # noqa: E731
    return {
        "facts_per_message": mean(per_msg),
        "facts_first_message": mean(first),
        "max_facts_one_message": mean(peak),
    }


def role_problems(
    raw: str, content: str, profile: UserProfile, agent_message: str, previous: list[str]
) -> list[str]:
    """Why a simulator's message is not a user's (none: in role): "empty", "leaked tags", or the realism
    detector's "assistant-ism", "echo" (of ``agent_message``), "repeats itself" (one of ``previous``).
    ``raw`` is what the model wrote, ``content`` what a harness sees of it (``split_reasoning``)."""
    from userlm.rewards.realism import realism

    parsed = parse_turn(raw)
    if not parsed.reply and parsed.stop is None:
        return ["empty"]
    problems = []
    # The server strips a second <think> block's tags from the reply; the model still leaked its rationale.
    if LEAK_RE.search(content) or parsed.has(TurnError.TAGS_IN_REPLY):
        problems.append("leaked tags")
    if parsed.reply:
        verbosity = profile.role.style.verbosity
        pens = realism.penalties(parsed.reply, verbosity, agent_message, previous)
        problems += [p for p in pens if p in OUT_OF_ROLE_PENALTIES]
    return problems


def rate_by(keys_and_flags: Iterable[tuple[str, bool | None]]) -> dict[str, float]:
    """Share of True per key, ignoring None (not applicable); keys sorted."""
    hits: dict[str, list[bool]] = defaultdict(list)
    for key, flag in keys_and_flags:
        if flag is not None:
            hits[key].append(bool(flag))
    return {k: sum(v) / len(v) for k, v in sorted(hits.items())}


def mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def wilson_interval(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of the share ``k / n`` (95% at ``z = 1.96``). Chosen over the normal
    approximation because eval shares sit near 0 or 1 on a dozen trap turns, where that one collapses to a
    point (14/14 gives [1, 1]); a formula this small is not worth a statistics dependency.

    >>> tuple(round(x, 2) for x in wilson_interval(13, 14))
    (0.69, 0.99)
    >>> tuple(round(x, 2) for x in wilson_interval(14, 14))
    (0.78, 1.0)
    """
    if n <= 0 or not 0 <= k <= n:
        raise ValueError(f"a share needs 0 <= k <= n and n > 0 (got {k}/{n})")
    p, z2 = k / n, z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)
