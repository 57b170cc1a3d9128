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

_SENT_RE = re.compile(r"(?:[^.!?\n]++|\.(?=\d))++(?:[.!?]+|(?=\n)|$)")  # "$53.00" does not end one; a line does
_MAX_RE = re.compile(
    r"\b(?:max(?:imum)?|at most|the most|or (?:less|under|below|lower)\b|not a (?:dollar|penny|cent|pound|euro) more|"
    r"(?:can|could|will|would) (?:only )?(?:spend|pay|afford|stay for)|no more than|not more than|nothing (?:more|above|over)|up to|budget|ceiling|cap\b|"
    r"top (?:price|limit)|limit|(?:never|not|won'?t|will not|don'?t|do not|cannot|can'?t)\b[^.]{0,30}"
    r"\b(?:above|over|more than|exceed|beyond|higher than)|(?:only|if|as long as|provided)\b[^.]{0,60}"
    r"\b(?:less than|under|below|within)|afford)",
    re.IGNORECASE,
)
_MIN_RE = re.compile(
    r"\b(?:at least|or more\b|no less than|not less than|minimum|min\b|nothing (?:less|below|under)|full refund|"
    r"(?:never|not|won'?t|will not|don'?t|do not)\b[^.]{0,30}\b(?:less than|below|under|lower than))",
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
_NEG = r"(?:do not|don'?t|never|will not|won'?t|under no circumstances (?:will|should|do) you|refuse to|not willing to|"
_NEG += r"must not|should not|shouldn'?t|cannot|can'?t|not (?:going|allowed) to|avoid|no need to)"
_VERBS = (
    "accept|take|buy|purchase|add|sign up for|sign|agree to|cancel|upgrade|downgrade|pay for|pay|switch to|switch|"
    "be transferred|transfer|book|change|modify|admit|renew|extend|open|get|keep|use|remove|drop|go ahead with"
)
_ACTION_RE = re.compile(
    rf"\b{_NEG}\s+(?:(?:want|wish|need|like|agree|plan|intend)\s+to\s+|ever\s+)?"
    rf"(?P<verbs>(?:{_VERBS})(?:\s*(?:,|or|and|/)\s*(?:{_VERBS}))*)\b(?P<obj>[^.;!?]*)",
    re.IGNORECASE,
)
_NOUN_RE = re.compile(
    r"\b(?:do not|don'?t|never)\s+(?:want|need|accept)\s+(?!to\b)(?P<obj>(?:any\s+)?[a-z][a-z -]{2,40})",
    re.IGNORECASE,
)
_DISCLOSE_RE = re.compile(
    rf"\b{_NEG}\s+(?:(?:want|wish|like)\s+to\s+)?(?:give|share|tell|reveal|disclose|read(?: out)?|provide|say|"
    rf"mention|hand over|send|type|spell out)\b(?P<obj>[^.;!?]*)",
    re.IGNORECASE,
)
SECRET_NOUNS = {
    "card_number": r"card(?:'s)? (?:number|no\b|details)|credit card|debit card|full card",
    "cvv": r"\bcvv|\bcvc|security code|three[- ]digit code",
    "pin": r"\bpin\b",
    "password": r"password|passcode|pass phrase|login",
    "ssn": r"social security|\bssn\b|national insurance",
    "one_time_code": r"one[- ]time (?:code|password)|verification code|\botp\b|2fa code|text(?:ed)? code",
    "account_number": r"account number|routing number|\biban\b|sort code",
}
_SECRET_VALUE_RE = re.compile(
    r"\b(?P<noun>card number|credit card number|password|passcode|pin|cvv|security code|ssn|social security number)"
    r"\s*(?:is|:|=|reads)\s*[\"']?(?P<value>[\w@#$%^&*!.+-]+(?:[ -]\d{2,6}){0,4})",
    re.IGNORECASE,
)
_REFUND_ORIGINAL_RE = re.compile(
    r"\b(?:refund\w*|money back|reimburse\w*|credit)\b[^.]{0,60}\b(?:original|same) (?:payment|form of payment|card|"
    r"method|account)|\boriginal (?:payment method|form of payment)\b[^.]{0,40}\brefund",
    re.IGNORECASE,
)
_FULL_REFUND_RE = re.compile(r"\b(?:want|need|insist on|expect|get)\b[^.]{0,30}\b(?:full|entire|whole) (?:refund|amount)",
                             re.IGNORECASE)  # fmt: skip
_STOP_OBJ = re.compile(r"\b(?:if|unless|until|when|because|since|but|even if|so|as|then|and you|you)\b", re.IGNORECASE)
_DETERMINERS = re.compile(r"^(?:the|a|an|any|your|my|their|his|her|this|that|these|those|some|it|them|for)\s+",
                          re.IGNORECASE)  # fmt: skip
_GENERIC_OBJ = {"", "it", "them", "that", "this", "reservation", "flight", "booking", "order", "trip", "ticket",
                "plan", "account", "subscription", "membership", "contract", "anything", "the request", "request"}  # fmt: skip
_VERB_FORMS = {"cancel": ["cancel", "cancellation"], "change": ["change"], "modify": ["modify", "modification"],
               "upgrade": ["upgrade"], "downgrade": ["downgrade"], "transfer": ["transfer"],
               "be transferred": ["transfer"], "renew": ["renew", "renewal"], "extend": ["extend", "extension"],
               "admit": ["admit", "my fault"], "book": ["book"], "switch": ["switch"]}  # fmt: skip


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT_RE.findall(text or "") if s.strip()]


def covers_of(text: str) -> str | None:
    """What an amount in ``text`` covers (out_the_door, monthly, fee, refund, payout, total) or None."""
    return next((name for name, rx in _COVERS if re.search(rx, text, re.IGNORECASE)), None)


def amount_limits(sentence: str) -> list[HardLimit]:
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


def _clean_obj(obj: str) -> tuple[str, str | None]:
    """(object phrase, condition) from the words after a verb."""
    m = _STOP_OBJ.search(obj)
    cond = obj[m.start() :].strip(" ,") if m and m.group(0).lower() in ("if", "unless", "until", "when") else None
    obj = obj[: m.start()] if m else obj
    parts = obj.split(",")
    if len(parts) > 1 and not re.match(r"\s*(?:or|and)\b", parts[-1]):
        obj = parts[0]  # "accept the first offer, be insistent": the comma ends the object unless a list does
    obj = obj.strip(" ,:-\"'").lower()
    for _ in range(3):
        obj = _DETERMINERS.sub("", obj)
    return obj.strip(), cond


_NOT_A_THING = re.compile(r"^(?:the|yourself|yes|no|much|more|too|anything|everything|immediately|agent\b.*|"
                          r"someone|somebody|anyone|what|how|why|[a-z]{1,2})$")


def _terms(verb: str, obj: str) -> list[str]:
    """The words that name the action in a conversation: the verb for actions on the booking itself
    (cancel, change, upgrade), the things otherwise ("store credit or a voucher" -> both)."""
    if verb in _VERB_FORMS or not obj or obj in _GENERIC_OBJ:
        return list(_VERB_FORMS.get(verb, [verb]))
    core = re.sub(r"^(?:to|for|with|on|in|into)\s+", "", obj)
    parts = [_DETERMINERS.sub("", p.strip()) for p in re.split(r"\s+(?:or|and)\s+|,\s*", core)]
    return [p for p in parts if p and len(p.split()) <= 5 and p not in _GENERIC_OBJ and not _NOT_A_THING.match(p)]


def action_limits(sentence: str) -> list[HardLimit]:
    out: list[HardLimit] = []
    for m in _ACTION_RE.finditer(sentence):
        obj, cond = _clean_obj(m.group("obj"))
        if re.search(r"\bif\s+(?:\w+\s+){0,2}$", sentence[: m.start()], re.I) or obj.startswith("no "):
            continue  # "if you don't get a better offer, ...": a branch; "don't take no for an answer"
        if parse_amounts(obj):
            continue  # "won't accept a refund of less than $1,200": an amount limit, read as one
        for verb in re.split(r"\s*(?:,|\bor\b|\band\b|/)\s*", m.group("verbs").lower()):
            if not verb:
                continue
            value, terms = f"{verb} {obj}".strip(), _terms(verb, obj)
            if not terms:
                continue
            out.append(HardLimit(kind="must_not", value=value, terms=terms, condition=cond,
                                 description=f"never {value}" + (f" ({cond})" if cond else ""),
                                 source_text=sentence))  # fmt: skip
    if not out:
        for m in _NOUN_RE.finditer(sentence):
            obj, cond = _clean_obj(m.group("obj"))
            if obj and obj not in _GENERIC_OBJ and not re.match(r"(?:to|be)\b", obj) and not _NOT_A_THING.match(obj):
                for part in re.split(r"\s+(?:or|and)\s+|,\s*", obj):
                    if part:
                        out.append(HardLimit(kind="must_not", value=part, terms=[part], condition=cond,
                                             description=f"does not want {part}", source_text=sentence))  # fmt: skip
    return out


_ADMISSION_RE = re.compile(r"\b(?:fault|blame|liable|liability|responsible|guilty|negligen\w*)\b", re.IGNORECASE)


def disclosure_limits(sentence: str, secrets: dict[str, str]) -> list[HardLimit]:
    out = []
    for m in _DISCLOSE_RE.finditer(sentence):
        obj = m.group("obj")
        if _ADMISSION_RE.search(obj) and not any(re.search(rx, obj, re.I) for rx in SECRET_NOUNS.values()):
            # "You never say the accident was your fault": a statement the user must not make, not a secret
            out.append(HardLimit(kind="must_not", value="admit fault", terms=["admit", "my fault", "at fault"],
                                 description="never admit fault", source_text=sentence))  # fmt: skip
            continue
        about = re.search(r"\babout\s+(.+)", obj)
        obj = about.group(1) if about else re.split(r"\s(?:to|with|over|on)\s", obj, maxsplit=1)[0]
        if re.match(r"\s*(?:it|this|that|them|anyone|anybody|the agent|(?:any)?one)?\b(?!\s*\w)|\s*(?:it|this|that|them)\b",
                    obj, re.I):
            obj = sentence[: m.start()]  # "your password is X and you must never tell anyone": the thing comes first
        what = _clean_obj(obj)[0]
        for shape, rx in SECRET_NOUNS.items():
            if re.search(rx, obj, re.IGNORECASE):
                if shape == "card_number" and re.search(r"last (?:four|4)", obj, re.IGNORECASE) and "full" not in obj:
                    continue
                name = what if what and len(what.split()) <= 4 and not re.search(r"\d", what) else shape.replace("_", " ")
                out.append(HardLimit(kind="never_disclose", value=name, shape=shape, secret=secrets.get(shape),
                                     source_text=sentence, description=f"never give out {name}"))  # fmt: skip
        if not out and what and not _NOT_A_THING.match(what) and not re.search(r"\b(?:this|it|that)\b", what) and len(what.split()) <= 5:
            out.append(HardLimit(kind="never_disclose", value=what, shape="text", terms=[what],
                                 description=f"never give out {what}", source_text=sentence))  # fmt: skip
    return out


def found_secrets(text: str) -> dict[str, str]:
    """Literal secrets the text states: {"password": "hunter2", "card_number": "4111 ..."}."""
    out = {}
    for m in _SECRET_VALUE_RE.finditer(text or ""):
        noun = m.group("noun").lower()
        shape = next((s for s, rx in SECRET_NOUNS.items() if re.search(rx, noun)), "text")
        out.setdefault(shape, m.group("value").strip(" .,"))
    return out


def outcome_limits(sentence: str) -> list[HardLimit]:
    out = []
    if _REFUND_ORIGINAL_RE.search(sentence) and not re.search(r"\b(?:prefer|fine|happy|ok|okay)\b", sentence, re.I):
        out.append(HardLimit(kind="must_have", value="refund to the original payment method",
                             terms=["original payment", "original card", "same card", "original form of payment"],
                             description="the refund goes to the original payment method", source_text=sentence))  # fmt: skip
    if _FULL_REFUND_RE.search(sentence):
        out.append(HardLimit(kind="must_have", value="full refund", terms=["full refund"],
                             description="a full refund", source_text=sentence))  # fmt: skip
    return out


def extract_constraints(text: str | None) -> list[HardLimit]:
    """Constraints stated in ``text`` (see the module docstring); duplicates are dropped."""
    secrets = found_secrets(text or "")
    out: list[HardLimit] = []
    for s in sentences(text or ""):
        found = disclosure_limits(s, secrets)
        found += amount_limits(s) + action_limits(s) + outcome_limits(s)
        out += found
    for shape in ("password", "pin", "cvv", "ssn", "one_time_code"):  # never needed by an agent: always secret
        if shape in secrets and not any(h.shape == shape for h in out):
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
