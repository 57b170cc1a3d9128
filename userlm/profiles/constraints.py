"""Machine-checkable constraints from free-text instructions, by rules (LLM enrichment: ``enrich.py``).

``extract_constraints(text)`` reads tau2-bench instructions, persona text or a generated limit's words
and returns ``HardLimit`` objects: amount limits with currency and coverage ("Your absolute maximum is
$17,500 out the door"), forbidden actions ("Do not accept store credit", "You will never change or
cancel the reservation"), forbidden disclosures ("Do not give your full card number", a password the
text states) and required outcomes ("You want the refund to the original payment method"). Every
limit keeps the sentence it came from in ``source_text``.

    >>> [(h.kind, h.value, h.covers) for h in extract_constraints("Never go above $17,500 out the door.")]
    [('max_price', 17500.0, 'out_the_door')]
    >>> [(h.kind, h.terms) for h in extract_constraints("You do NOT want to cancel or modify the flight.")]
    [('must_not', ['cancel', 'cancellation']), ('must_not', ['modify', 'modification'])]
"""

from __future__ import annotations

import re

from userlm.core.amounts import parse_amounts
from userlm.core.profile import HardLimit
from userlm.profiles.limit_actions import action_limits, verb_list_clauses
from userlm.profiles.limit_secrets import (
    SECRET_NOUNS,
    allowed_shapes,
    disclosure_limits,
    forbids_outright,
    found_secrets,
    secret_shapes,
)

__all__ = ["SECRET_NOUNS", "action_limits", "allowed_shapes", "classify_limit", "covers_of", "disclosure_limits",
           "extract_constraints", "found_secrets", "outcome_limits", "secret_shapes", "sentences"]  # fmt: skip

_SENT_RE = re.compile(r"(?:[^.!?\n]++|\.(?=\d))++(?:[.!?]+|(?=\n)|$)")  # "$53.00" does not end one; a line does
_MAX_RE = re.compile(
    r"\b(?:max(?:imum)?|at most|the most|or (?:less|under|below|lower)\b|not a (?:dollar|penny|cent|pound|euro) more|"
    r"(?:can|could|will|would) (?:only )?(?:spend|pay|afford|stay for)|no more than|not more than|nothing (?:more|above|over)|up to|budget|ceiling|cap\b|"
    r"top (?:price|limit)|limit|tops out|nothing (?:more |)(?:beyond|above|over)\b|and nothing (?:else|more)|and that'?s it|stays? (?:that way|at|the same)|(?:price|budget|amount|limit) is (?:firm|fixed)|\bexactly\b|(?:never|not|won'?t|will not|don'?t|do not|cannot|can'?t)\b[^.]{0,30}"
    r"\b(?:above|over|more than|exceed|beyond|higher than)\b|(?:only|if|as long as|provided)\b[^.]{0,60}"
    r"\b(?:less than|under|below|within)|afford)",
    re.IGNORECASE,
)
_MIN_RE = re.compile(
    r"\b(?:at least|or more\b|no less than|not less than|minimum|min\b|nothing (?:less|below|under)|full refund|the full\b[^.]{0,40}\bback\b|the full [$€£]?\d[\d,.]* (?:\w+ )?(?:refunded|returned|reimbursed|back)\b|"
    r"(?:never|not|won'?t|will not|don'?t|do not)\b[^.]{0,60}\b(?:less than|below|under|lower than))",
    re.IGNORECASE,
)
_COVERS = [
    ("monthly", r"\b(?:a|per|each|every) month\b|monthly|/\s?mo\b"),
    ("out_the_door", r"out[- ]the[- ]door|\botd\b|all[- ]in|taxes and fees|fees and taxes|including (?:all )?(?:the )?(?:fees|taxes)|"
                     r"(?:fees?|taxes|charges|everything) (?:are |is )?included|inclusive|with (?:all )?(?:the )?fees"),
    ("total", r"\btotal|\bin all\b|\baltogether|\boverall"),
    ("fee", r"\bfees?\b|\bsurcharge"),
    ("refund", r"\brefund"),
    ("payout", r"\bpayout|\bsettlement|\bclaim"),
]
_REFUND_ORIGINAL_RE = re.compile(
    r"\b(?:refund\w*|money back|reimburse\w*|credit)\b[^.]{0,60}\b(?:original|same) (?:payment|form of payment|card|"
    r"method|account)|\boriginal (?:payment method|form of payment)\b[^.]{0,40}\brefund",
    re.IGNORECASE,
)
_FULL_REFUND_RE = re.compile(r"\b(?:want|need|insist on|expect|get)\b[^.]{0,30}\b(?:full|entire|whole) (?:refund|amount)",
                             re.IGNORECASE)  # fmt: skip
def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT_RE.findall(text or "") if s.strip()]


def covers_of(text: str) -> str | None:
    """What an amount in ``text`` covers (out_the_door, monthly, fee, refund, payout, total) or None."""
    return next((name for name, rx in _COVERS if re.search(rx, text, re.IGNORECASE)), None)


_OPENING_RE = re.compile(r"\b(?:start|open|begin|opening|first offer|offer(?:ing)?|counter)\b", re.IGNORECASE)


def amount_limits(sentence: str) -> list[HardLimit]:
    """The amount limit of a sentence; clauses apart ("Don't reveal your maximum; start at $23,500" sets no
    limit at $23,500: an opening offer is not a limit)."""
    clauses = [c for c in re.split(r";\s*", sentence) if c.strip()]
    if len(clauses) > 1:
        return [h for c in clauses for h in amount_limits(c)]
    if _OPENING_RE.search(sentence) and not _MAX_RE.search(sentence) and not _MIN_RE.search(sentence):
        return []
    amounts = [a for a in parse_amounts(sentence) if a.marked or a.value >= 100]
    if not amounts:
        return []
    low = sentence.lower()
    if re.search(r"\bif\b[^.]{0,40}\b(?:above|higher|more than|over)\b", low) and not _MAX_RE.search(low):
        return []  # "if the price is above $500, drop the second passenger": a branch, not a limit
    kind = "min_price" if _MIN_RE.search(sentence) else "max_price" if _MAX_RE.search(sentence) else None
    if kind is None:
        return []
    a = amounts[-1] if kind == "max_price" else amounts[0]
    covers = "monthly" if a.period == "month" else covers_of(sentence)
    return [HardLimit(kind=kind, value=a.value, unit=a.currency or ("USD" if "$" in sentence else None),
                      covers=covers, description=sentence.rstrip("."), source_text=sentence)]  # fmt: skip


# "You want the $612 back on your card", "Get the $229.99 back to your Visa": the money goes to the card.
_REFUND_TO_CARD_RE = re.compile(
    r"\b(?:want|need|expect|get|insist on)\b[^.]{0,50}\b(?:back (?:on|to)|refunded to|returned to|refund(?:ed)? (?:on|to))\s+"
    r"(?:your|the|my)\s+(?:[\w-]+\s+){0,2}?(?:card|visa|mastercard|amex|discover|paypal|account you paid with)\b",
    re.IGNORECASE,
)


_WANT_DONE_RE = re.compile(
    r"\b(?:you|i) (?:want|need|would like) (?:the|your|my|this|it|them)\b[^.;,]{0,40}?\b(?P<done>cancell?ed|canceled|"
    r"refunded|removed|closed|disputed|processed|filed|waived|reduced|repaired|replaced|downgraded|lowered)\b",
    re.IGNORECASE,
)
_WANT_THING_RE = re.compile(
    r"\b(?:you|i) (?:only )?(?:want|need|would like) (?:the|a|an|your|to (?:switch|downgrade|move|change|go)(?: down| back| over)? to(?: the)?)\s+"
    r"(?P<name>[a-z0-9][\w-]*(?: [a-z0-9][\w-]*)?) (?:plan|tier|room|package|option|model|fare|seat|policy|service|membership)\b",
    re.IGNORECASE,
)
_DONE_TERMS = {"cancel": ["cancel", "cancellation", "cancelled", "canceled"], "refund": ["refund", "refunded"],
               "dispute": ["dispute", "disputed"]}  # fmt: skip


_IMPERATIVE_DONE_RE = re.compile(
    r"^\s*(?P<verb>cancel|withdraw|terminate|close|exit|dispute)\b(?! (?:anything|nothing))", re.IGNORECASE
)
_IMPERATIVE_KEEP_RE = re.compile(
    r"^\s*(?:stay (?:in|on|with)|keep) (?:the|your|my) (?P<name>[\w-]+(?: [\w-]+)?) (?:you booked|you have|you reserved|"
    r"room|plan|seat|booking|appointment|order|reservation|tier)\b", re.IGNORECASE,
)


def outcome_limits(sentence: str) -> list[HardLimit]:
    out = []
    d = _IMPERATIVE_DONE_RE.match(sentence)
    if d:  # "Cancel the membership outright.": the cancellation is the goal
        verb = d.group("verb").lower()
        terms = _DONE_TERMS.get(verb, [verb, verb + "ation" if verb == "cancel" else verb])
        out.append(HardLimit(kind="must_have", value=f"{verb} done", terms=list(dict.fromkeys(terms)),
                             description=f"the {verb} goes through", source_text=sentence))  # fmt: skip
    k = _IMPERATIVE_KEEP_RE.match(sentence)
    if k:  # "Stay in the standard room you booked": what the user keeps
        name = k.group("name").lower()
        out.append(HardLimit(kind="must_have", value=name, terms=[name, name.split()[0]], description=f"keeps the {name}",
                             source_text=sentence))  # fmt: skip
    m = _WANT_DONE_RE.search(sentence)
    if m:  # "You want the booking cancelled": naming the cancellation is asking for the goal
        done = m.group("done").lower()
        stem = next((k for k in _DONE_TERMS if done.startswith(k[:5])), done)
        out.append(HardLimit(kind="must_have", value=f"{stem} done", terms=_DONE_TERMS.get(stem, [done]),
                             description=f"the {stem} goes through", source_text=sentence))  # fmt: skip
    t = _WANT_THING_RE.search(sentence)
    if t and not parse_amounts(t.group("name")):  # "You want the Basic plan": the thing the user came for
        name = t.group("name").lower()
        out.append(HardLimit(kind="must_have", value=name, terms=[name], description=f"gets the {name}",
                             source_text=sentence))  # fmt: skip
    if (_REFUND_ORIGINAL_RE.search(sentence) or _REFUND_TO_CARD_RE.search(sentence)) and not re.search(
        r"\b(?:prefer|fine|happy|ok|okay)\b", sentence, re.I
    ):
        out.append(HardLimit(kind="must_have", value="refund to the original payment method",
                             terms=["original payment", "original card", "same card", "original form of payment"],
                             description="the refund goes to the original payment method", source_text=sentence))  # fmt: skip
    if _FULL_REFUND_RE.search(sentence):
        out.append(HardLimit(kind="must_have", value="full refund", terms=["full refund"],
                             description="a full refund", source_text=sentence))  # fmt: skip
    return out


_CLAUSE_SPLIT_RE = re.compile(
    r";\s*|,?\s+(?:and|but)\s+(?=(?:do not|don'?t|never|also|you (?:do not|don'?t|never|will not|won'?t))\b)",
    re.IGNORECASE,
)


def extract_constraints(text: str | None) -> list[HardLimit]:
    """Constraints stated in ``text`` (see the module docstring); duplicates are dropped."""
    secrets = found_secrets(text or "")
    out: list[HardLimit] = []
    allowed: set[str] = set()
    for s in sentences(text or ""):
        allowed |= allowed_shapes(s)
        out += amount_limits(s) + outcome_limits(s)
        # "Don't agree to wait longer, and do not accept a discount": each clause has its own object
        for clause in _CLAUSE_SPLIT_RE.split(s) + verb_list_clauses(s):
            if clause and clause.strip():
                out += disclosure_limits(clause, secrets) + action_limits(clause)
    # A shape the instructions allow ("You may give your account number and PIN") is no secret, unless a
    # sentence of its own forbids it.
    out = [h for h in out if not (h.kind == "never_disclose" and h.shape in allowed and not forbids_outright(h))]
    for shape in ("password", "pin", "cvv", "ssn", "one_time_code"):  # never needed by an agent: always secret
        if shape in secrets and shape not in allowed and not any(h.shape == shape for h in out):
            out.append(HardLimit(kind="never_disclose", value=shape.replace("_", " "), shape=shape,
                                 secret=secrets[shape], description=f"never give out your {shape.replace('_', ' ')}"))  # fmt: skip
    seen, unique = set(), []
    for h in out:
        key = (h.kind, str(h.value), h.covers)
        if key not in seen:
            seen.add(key)
            unique.append(h)
    return unique


def classify_limit(limit: HardLimit) -> list[HardLimit]:
    """A generated limit with its machine-checkable fields filled in: what an amount covers, the terms
    of a forbidden action, a disclosure ("share the full card number or PIN") as never_disclose limits.

    >>> [(h.kind, h.shape) for h in classify_limit(HardLimit(kind="must_not", value="share the full card number or PIN"))]
    [('never_disclose', 'card_number'), ('never_disclose', 'pin')]
    """
    if limit.kind in ("max_price", "min_price"):
        return [limit if limit.covers else limit.model_copy(update={"covers": covers_of(limit.description)})]
    if limit.kind == "must_not":
        found = [h for h in disclosure_limits(f"never {limit.value}", {}) if h.shape != "text"]
        if found:
            return [h.model_copy(update={"description": limit.description or h.description}) for h in found]
        if not limit.terms:
            acts = action_limits(f"never {limit.value}")
            terms = acts[0].terms if len(acts) == 1 else [str(limit.value).lower()]
            return [limit.model_copy(update={"terms": terms})]
    if limit.kind == "must_have" and not limit.terms:
        return [limit.model_copy(update={"terms": [str(limit.value).lower()]})]
    return [limit]
