"""An LLM's reading of a profile's hard limits, beside the rules of ``userlm.profiles.constraints``.

Any OpenAI-compatible endpoint reads the text the rules read (reason for contact, known and unknown
info, instructions, persona) and answers with the limits as JSON; each is validated as a ``HardLimit``,
given its machine-checkable fields by ``classify_limit`` (what an amount covers, a forbidden thing's
terms, a secret's shape), and added only when the rules found nothing of its kind and value. Answers are
cached on disk, malformed ones asked for again, and a profile whose endpoint keeps failing keeps its rule
limits and is listed in the failures (``userlm.profiles.enrich.Asker``).

    userlm profiles import tau2 tasks.json --out t.jsonl --constraints-with http://localhost:8000/v1 \\
        --constraints-model Qwen/Qwen3-8B
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from userlm.core.profile import HardLimit, UserProfile
from userlm.profiles.enrich import Asker, EnrichResult

PROMPT = """These are the instructions a customer was given before contacting a company. List the hard \
limits the customer must keep whatever the agent says: amount limits (max_price, min_price: the number, \
the currency in "unit", what it covers: total, out_the_door, monthly, fee, refund or payout), things \
never to accept or do (must_not, with "terms": the words that name them in a conversation), things \
never to give out (never_disclose, with "shape": card_number, cvv, pin, password, ssn, one_time_code, \
account_number or text) and outcomes the customer insists on (must_have). Only limits the text states.

Instructions:
{text}

Answer with JSON only: {{"limits": [{{"kind": "...", "value": "... or a number", "unit": null, \
"covers": null, "terms": [], "shape": null}}]}}"""


class LimitsReply(BaseModel):
    """What an endpoint must return: a list of limits (possibly empty); anything else is malformed."""

    model_config = ConfigDict(extra="forbid")
    limits: list[HardLimit] = Field(default_factory=list, max_length=16)


def constraint_text(p: UserProfile) -> str:
    """The free text the rules read the limits from."""
    g = p.goal
    parts = [
        g.reason_for_contact,
        *g.known_info,
        *g.unknown_info,
        g.instructions or "",
        p.role.persona_text or "",
    ]
    return "\n".join(x for x in parts if x and x.strip())


def build_prompt(p: UserProfile) -> str:
    return PROMPT.format(text=constraint_text(p))


def _same(a: HardLimit, b: HardLimit) -> bool:
    if a.kind != b.kind:
        return False
    if a.kind in ("max_price", "min_price"):
        try:
            return abs(float(a.value) - float(b.value)) < 1e-6
        except (TypeError, ValueError):
            return False
    if a.kind == "never_disclose" and a.shape and a.shape == b.shape and a.shape != "text":
        return True
    words = {t.lower() for t in (*a.terms, str(a.value))}
    return bool(words & {t.lower() for t in (*b.terms, str(b.value))})


def merge_limits(rules: list[HardLimit], read: list[HardLimit]) -> list[HardLimit]:
    """The rules' limits plus the endpoint's that none of them matches (same kind, amount, terms or shape).

    >>> r = [HardLimit(kind="max_price", value=500.0)]
    >>> [h.kind for h in merge_limits(r, [HardLimit(kind="max_price", value=500), HardLimit(kind="must_not", value="store credit")])]
    ['max_price', 'must_not']
    """
    from userlm.profiles.constraints import classify_limit

    out = list(rules)
    for limit in read:
        for h in classify_limit(limit.model_copy(update={"source_text": limit.source_text or "llm"})):
            if not any(_same(h, o) for o in out):
                out.append(h)
    return out


def _apply(p: UserProfile, reply: LimitsReply) -> UserProfile:
    goal = p.goal.model_copy(update={"hard_limits": merge_limits(list(p.goal.hard_limits), reply.limits)})
    return p.model_copy(update={"goal": goal})


def enrich_constraints(
    profiles: list[UserProfile],
    base_url: str,
    model: str,
    api_key: str | None = None,
    concurrency: int = 8,
    attempts: int = 3,
    cache_dir: str | Path | None = None,
    timeout: float = 60.0,
    progress: bool = True,
) -> EnrichResult:
    """Add the endpoint's limits to ``profiles`` (order kept; temperature 0). Failures are listed in
    ``result.failures`` with the last error; those profiles keep their rule limits."""
    ask = Asker(base_url, model, api_key, attempts, cache_dir, 0.0, timeout)
    return ask.run(profiles, build_prompt, LimitsReply, _apply, concurrency, progress, "reading limits", 600)
