"""Forbidden actions and things in free-text instructions, by rules (``userlm.profiles.constraints`` uses them).

``action_limits(sentence)`` reads a forbidding verb and its object ("Do not accept store credit, a gift
card or an exchange", "Do not let the agent cancel it"); ``unwanted_limits(sentence)`` reads the ways to rule
a thing out without one ("Vouchers are not acceptable", "No insurance, bags or priority boarding", "Decline
every extra", "the ticket and nothing else"). Each returns ``must_not`` ``HardLimit`` objects whose ``terms``
name the thing as a conversation would.

    >>> [h.terms for h in action_limits("Do not accept store credit, a gift card or an exchange.")]
    [['store credit', 'gift card', 'exchange']]
"""

from __future__ import annotations

import re

from userlm.core.amounts import parse_amounts
from userlm.core.profile import HardLimit

NEGATION = r"(?:do not|don'?t|never|will not|won'?t|under no circumstances (?:will|should|do) you|refuse to|not willing to|"
NEGATION += r"must not|should not|shouldn'?t|cannot|can'?t|not (?:going|allowed) to|avoid|no need to)"
_VERBS = (
    "accept|take|buy|purchase|add|sign up for|sign|agree to|cancel|upgrade|downgrade|pay for|pay|switch to|switch|"
    "be transferred|transfer|book|change|modify|admit|renew|extend|open|get|keep|use|remove|drop|go ahead with|withdraw|"
    "settle for|close|port|replace|stay on|give up|waive|trade in|move|rebook|reschedule|install|download|convert|bind|"
    "finance|pause|freeze|extend"
)
_ACTION_RE = re.compile(
    rf"\b{NEGATION}\s+(?:(?:want|wish|need|like|agree|plan|intend)\s+to\s+|ever\s+|let\s+(?:the\s+)?\w+\s+)?"
    rf"(?P<verbs>(?:{_VERBS})(?:\s*(?:,|or|and|/)\s*(?:{_VERBS}))*)\b(?P<obj>[^.;!?]*)",
    re.IGNORECASE,
)
_NOUN_RE = re.compile(
    r"\b(?:do not|don'?t|never)\s+(?:want|need|accept)\s+(?!to\b)"
    r"(?P<obj>(?:any\s+|the\s+|an?\s+)?(?:[$€£]?\d[\d.,]*(?:/\w+)?\s+)?[a-z][a-z ,-]{2,80})",
    re.IGNORECASE,
)
_STOP_OBJ = re.compile(r"\b(?:if|unless|until|when|because|since|but|even if|so|as|then|and you|you)\b", re.IGNORECASE)
_DETERMINERS = re.compile(r"^(?:the|a|an|any|your|my|their|his|her|this|that|these|those|some|it|them|for)\s+",
                          re.IGNORECASE)  # fmt: skip
_GENERIC_OBJ = {"", "it", "them", "that", "this", "reservation", "flight", "booking", "order", "trip", "ticket",
                "plan", "account", "subscription", "membership", "contract", "anything", "the request", "request",
                "claim", "dispute", "card", "line", "number", "case", "complaint", "deposit"}  # fmt: skip
_VERB_FORMS = {"cancel": ["cancel", "cancellation"], "change": ["change"], "modify": ["modify", "modification"],
               "upgrade": ["upgrade"], "downgrade": ["downgrade"], "transfer": ["transfer"],
               "be transferred": ["transfer"], "renew": ["renew", "renewal"], "extend": ["extend", "extension"],
               "admit": ["admit", "my fault"], "switch": ["switch"],
               "move": ["move", "rebook", "reschedule"], "rebook": ["rebook", "move", "reschedule"],
               "reschedule": ["reschedule", "rebook", "move"],
               "withdraw": ["withdraw", "withdrawal"], "close": ["close"], "port": ["port"],
               "replace": ["replace", "replacement"], "drop": ["drop"], "give up": ["give up"],
               "keep": ["keep", "leave it", "leave them", "it can stay", "let it stay"], "bind": ["bind"],
               "pause": ["pause"], "freeze": ["freeze"], "finance": ["finance", "financing"]}  # fmt: skip


def clean_object(obj: str) -> tuple[str, str | None]:
    """(object phrase, condition) from the words after a verb."""
    m = _STOP_OBJ.search(obj)
    cond = obj[m.start() :].strip(" ,") if m and m.group(0).lower() in ("if", "unless", "until", "when") else None
    obj = obj[: m.start()] if m else obj
    parts = obj.split(",")
    # "accept the first offer, be insistent": the comma ends the object unless a list does ("store credit,
    # a gift card, an exchange or a partial refund": short parts, the last one joined by or/and).
    listed = re.search(r"\b(?:or|and)\b", parts[-1]) and all(len(p.split()) <= 5 for p in parts[:-1]) \
        and len(parts[-1].split()) <= 9
    if len(parts) > 1 and not re.match(r"\s*(?:or|and)\b", parts[-1]) and not listed:
        obj = parts[0]
    obj = re.sub(r"\s*\([^)]*\)?", "", obj)  # "(protection, streaming, extra hotspot)": examples, not the thing
    obj = obj.strip(" ,:-\"'").lower()
    for _ in range(3):
        obj = _DETERMINERS.sub("", obj)
    return re.sub(r"\s+(?:instead|either|at all|ever|anymore|whatsoever)$", "", obj.strip()), cond


NOT_A_THING = re.compile(r"^(?:the|yourself|yes|no|much|more|too|anything|everything|immediately|agent\b.*|"
                          r"someone|somebody|anyone|what|how|why|[a-z]{1,2})$")
# A comparison is an amount limit's business ("less than $3,500", "a price above your maximum").
_COMPARISON = re.compile(r"\b(?:less|more|fewer|lower|higher) than\b|\b(?:below|under|above|over|exceed\w*)\b")


_AMOUNT_TOKEN = re.compile(r"[$€£]\s?\d[\d.,]*(?:\s*/\s*\w+)?|\b\d[\d.,]*\s*/\s*\w+")
_MODIFIER_TAIL = re.compile(r"\s+(?:in exchange|instead of|in place of|in lieu of|because|even|no matter)\b.*$")


def _parts(core: str) -> list[str]:
    core = _MODIFIER_TAIL.sub("", _AMOUNT_TOKEN.sub("", core))  # "the $12/month protection plan" names the plan
    parts = [_DETERMINERS.sub("", p.strip()) for p in re.split(r"\s+(?:or|and|nor)\s+|,\s*|\s*/\s*", core)]
    parts = [re.sub(r"^(?:other|any other|additional)\s+", "", p).strip() for p in parts]
    return [p for p in parts if p and len(p.split()) <= 5 and p not in _GENERIC_OBJ and not NOT_A_THING.match(p)
            and not _COMPARISON.search(p)]  # fmt: skip


def _terms(verb: str, obj: str) -> list[str]:
    """The words that name the action in a conversation: the verb for actions on the booking itself
    (cancel, change, upgrade), the things otherwise ("store credit or a voucher" -> both)."""
    if verb in _VERB_FORMS or not obj or obj in _GENERIC_OBJ:
        return list(_VERB_FORMS.get(verb, [verb]))
    return _parts(re.sub(r"^(?:to|for|with|on|in|into)\s+", "", obj))


def _must_not(terms: list[str], value: str, sentence: str, cond: str | None = None) -> HardLimit:
    return HardLimit(kind="must_not", value=value, terms=terms, condition=cond,
                     description=f"never {value}" + (f" ({cond})" if cond else ""), source_text=sentence)  # fmt: skip


# Ways to say a thing is unwanted without a forbidding verb: "Vouchers and travel credit are not
# acceptable", "refunded to your card, not as a bill credit", "No insurance, seat upgrades or bags",
# "Decline every extra", "the phone and nothing else".
_UNWANTED_RE = re.compile(
    r"(?:^|[,;:]\s*)(?P<obj>[a-z][\w ,'/-]{1,80}?)\s+(?:are|is)\s+(?:not acceptable|unacceptable|(?:of )?no use|no good|"
    r"not an option|out of the question|not ok(?:ay)?|not wanted|off the table)",
    re.IGNORECASE,
)
_NOT_AS_RE = re.compile(r",\s*(?:and\s+)?not\s+(?!(?:even|only|just|really|that|so|too|a bit|at all|yet|quite|one|once)\b)"
                        r"(?:as|in|via|through|with)?\s*(?P<obj>[a-z][\w -]{1,40}?)\s*[.!]?$", re.I)
_NO_LIST_RE = re.compile(r"^\s*no\s+(?P<obj>[a-z][^.;!?]*)|\bwithout (?:any |the |a )?(?P<obj2>[a-z][\w -]{1,40})", re.IGNORECASE)
_DECLINE_RE = re.compile(r"\b(?:decline|refuse|reject|turn down|say no to)\s+(?P<obj>[^.;!?]*)", re.IGNORECASE)
_KEEP_RE = re.compile(
    r"\b(?:want|need|wish|like|going) to keep (?:your|the|my|this) (?:[\w-]+ ){0,2}?(?:subscription|membership|account|line|"
    r"number|card|booking|reservation|plan|policy|service|flight|order|car|ticket)\b",
    re.IGNORECASE,
)
# Not "only want"/"just want": in tau2-bench they narrow the request ("You only want flights departing after
# 8am", "you ONLY want to cancel that hose"), and airline task 34, which asks for 2 more bags, forbade extras.
_ONLY_RE = re.compile(
    r"\b(?:and nothing (?:else|more)|nothing else|nothing more|\w+ only\s*(?:[.;,!]|$))", re.IGNORECASE
)
_EXTRAS = ["extras", "add-ons", "add-on", "extra"]


def unwanted_limits(sentence: str) -> list[HardLimit]:
    """Things the sentence rules out without a forbidding verb (see ``_UNWANTED_RE`` and the others)."""
    out: list[HardLimit] = []
    found = [m.group("obj") or m.group("obj2") if rx is _NO_LIST_RE else m.group("obj")
             for rx in (_UNWANTED_RE, _NOT_AS_RE, _NO_LIST_RE) for m in rx.finditer(sentence)]
    found = [f for f in found if f]
    for m in _DECLINE_RE.finditer(sentence):
        obj = re.sub(r"^(?:every|each|all|any)\s+", "", m.group("obj").strip(), flags=re.I)
        obj, _, including = obj.partition("including")
        found += [obj, including]
    for obj in found:
        terms = _parts(re.sub(r"^(?:no|not|any)\s+", "", clean_object(obj)[0]))
        terms = [re.sub(r"^no\s+", "", t) for t in terms]
        if terms:
            out.append(_must_not(terms, " or ".join(terms), sentence))
    if _KEEP_RE.search(sentence):  # "You want to keep your subscription": it is not to be cancelled
        out.append(_must_not(["cancel", "cancellation", "close", "terminate"], "cancel it", sentence))
    if _ONLY_RE.search(sentence) and not re.search(r"\b(?:verify|give|confirm|share|tell|read|say)\b", sentence, re.I):
        out.append(_must_not(list(_EXTRAS), "extras", sentence))  # "the ticket only": every add-on is ruled out
    return out


def action_limits(sentence: str) -> list[HardLimit]:
    out: list[HardLimit] = []
    for m in _ACTION_RE.finditer(sentence):
        obj, cond = clean_object(m.group("obj"))
        if re.search(r"\bif\s+(?:\w+\s+){0,2}$", sentence[: m.start()], re.I) or obj.startswith("no "):
            continue  # "if you don't get a better offer, ...": a branch; "don't take no for an answer"
        if parse_amounts(obj) and _COMPARISON.search(obj):
            continue  # "won't accept a refund of less than $1,200": an amount limit, read as one
        if _COMPARISON.search(obj) and re.search(r"\b(?:agreement|contract|term|commitment)\b", obj):
            out.append(_must_not(["contract", "agreement"], f"{m.group('verbs').lower()} {obj}", sentence))
            continue  # "sign any agreement longer than 12 months": the long contract is the thing
        # "switch plans or add features": two verbs, each with its own object
        pieces = re.split(rf"(?:^|\s+)(?:or|and)\s+(?=(?:{_VERBS})\b)", obj) if verb_count(obj) else [obj]
        verbs = [v for v in re.split(r"\s*(?:,|\bor\b|\band\b|/)\s*", m.group("verbs").lower()) if v]
        pairs = [(v, pieces[0]) for v in verbs] + [_split_verb(p) for p in pieces[1:]]
        for verb, thing in pairs:
            value, terms = f"{verb} {thing}".strip(), _terms(verb, thing)
            if terms:
                out.append(_must_not(terms, value, sentence, cond))
    if not out:
        for m in _NOUN_RE.finditer(sentence):
            obj, cond = clean_object(m.group("obj"))
            if obj and obj not in _GENERIC_OBJ and not re.match(r"(?:to|be)\b", obj) and not NOT_A_THING.match(obj) \
                    and not _COMPARISON.search(obj):
                for part in _parts(obj):
                    out.append(HardLimit(kind="must_not", value=part, terms=[part], condition=cond,
                                         description=f"does not want {part}", source_text=sentence))  # fmt: skip
    return out + unwanted_limits(sentence)


_VERB_START = re.compile(rf"^(?P<verb>{_VERBS})\b\s*(?P<obj>.*)$", re.IGNORECASE)


def verb_count(obj: str) -> int:
    return len(re.findall(rf"(?:^|\s)(?:or|and)\s+(?:{_VERBS})\b", obj, re.IGNORECASE))


def _split_verb(piece: str) -> tuple[str, str]:
    m = _VERB_START.match(piece.strip())
    return (m.group("verb").lower(), _DETERMINERS.sub("", m.group("obj").strip())) if m else ("", piece)


_LIST_NEG_RE = re.compile(rf"^\s*(?P<neg>{NEGATION})\s+(?P<rest>.+)$", re.IGNORECASE)
_LIST_VERB_RE = re.compile(
    r"^(?:or |and )?(?:install|download|give|read(?: out)?|share|tell|send|click|open|sign|pay|buy|add|accept|agree to|"
    r"cancel|transfer|wire|provide|allow|grant|switch|upgrade|move|reveal|disclose|confirm|let|hand over)\b",
    re.IGNORECASE,
)


def verb_list_clauses(sentence: str) -> list[str]:
    """"Never install software, give remote access, or read out any codes" -> one negated clause a verb."""
    m = _LIST_NEG_RE.match(sentence)
    if not m or "," not in m.group("rest"):
        return []
    pieces = [p.strip() for p in re.split(r",\s*", m.group("rest").rstrip(". "))]
    if len(pieces) < 2 or not all(_LIST_VERB_RE.match(p) for p in pieces[1:]):
        return []
    return [f"{m.group('neg')} {re.sub(r'^(?:or|and) ', '', p)}." for p in pieces[1:]]
