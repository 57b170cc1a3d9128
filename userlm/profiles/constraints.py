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
_NEG = r"(?:do not|don'?t|never|will not|won'?t|under no circumstances (?:will|should|do) you|refuse to|not willing to|"
_NEG += r"must not|should not|shouldn'?t|cannot|can'?t|not (?:going|allowed) to|avoid|no need to)"
_VERBS = (
    "accept|take|buy|purchase|add|sign up for|sign|agree to|cancel|upgrade|downgrade|pay for|pay|switch to|switch|"
    "be transferred|transfer|book|change|modify|admit|renew|extend|open|get|keep|use|remove|drop|go ahead with|withdraw|"
    "settle for|close|port|replace|stay on|give up|waive|trade in|move|rebook|reschedule|install|download|convert|bind|"
    "finance|pause|freeze|extend"
)
_ACTION_RE = re.compile(
    rf"\b{_NEG}\s+(?:(?:want|wish|need|like|agree|plan|intend)\s+to\s+|ever\s+|let\s+(?:the\s+)?\w+\s+)?"
    rf"(?P<verbs>(?:{_VERBS})(?:\s*(?:,|or|and|/)\s*(?:{_VERBS}))*)\b(?P<obj>[^.;!?]*)",
    re.IGNORECASE,
)
_NOUN_RE = re.compile(
    r"\b(?:do not|don'?t|never)\s+(?:want|need|accept)\s+(?!to\b)"
    r"(?P<obj>(?:any\s+|the\s+|an?\s+)?(?:[$€£]?\d[\d.,]*(?:/\w+)?\s+)?[a-z][a-z ,-]{2,80})",
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
    # Before the password: "one-time passcode" is a code, not a password.
    "one_time_code": r"one[- ]time (?:pass)?(?:code|password)|verification code|\botp\b|2fa code|text(?:ed)? code|"
                     r"(?:sms|security|login|access|confirmation) code|codes? (?:sent|texted)",
    "password": r"password|passcode|pass phrase|login|\bpw\b",
    "ssn": r"social security|\bssn\b|national insurance|social insurance|\bsin\b",
    "account_number": r"account number|routing number|\biban\b|sort code",
    "budget": r"\b(?:max(?:imum)?|budget|ceiling|top (?:price|number|end|figure)|limit|walk[- ]away (?:price|number)|"
              r"most you(?:'d| would| can| could) (?:pay|spend))\b",
}
# What the agent may be told: "You may give your account number and PIN", "verify with the last four".
_ALLOWED_RE = re.compile(
    r"\b(?:you (?:may|can|are allowed to|are free to) (?:give|share|confirm|provide|tell|verify|read)|verify (?:yourself )?with|"
    r"(?:is|are) (?:enough|fine to (?:give|share))|only verify with)\b",
    re.IGNORECASE,
)
# "Your password stays private", "your code is only for you".
_PRIVATE_RE = re.compile(
    r"\byour (?P<obj>[\w -]{2,30}?) (?:stays?|remains?|is|are|must (?:stay|remain)|should (?:stay|remain)) "
    r"(?:private|secret|confidential|only for you|for your eyes only|yours alone)\b",
    re.IGNORECASE,
)
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


def _clean_obj(obj: str) -> tuple[str, str | None]:
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


_NOT_A_THING = re.compile(r"^(?:the|yourself|yes|no|much|more|too|anything|everything|immediately|agent\b.*|"
                          r"someone|somebody|anyone|what|how|why|[a-z]{1,2})$")
# A comparison is an amount limit's business ("less than $3,500", "a price above your maximum").
_COMPARISON = re.compile(r"\b(?:less|more|fewer|lower|higher) than\b|\b(?:below|under|above|over|exceed\w*)\b")


_AMOUNT_TOKEN = re.compile(r"[$€£]\s?\d[\d.,]*(?:\s*/\s*\w+)?|\b\d[\d.,]*\s*/\s*\w+")
_MODIFIER_TAIL = re.compile(r"\s+(?:in exchange|instead of|in place of|in lieu of|because|even|no matter)\b.*$")


def _parts(core: str) -> list[str]:
    core = _MODIFIER_TAIL.sub("", _AMOUNT_TOKEN.sub("", core))  # "the $12/month protection plan" names the plan
    parts = [_DETERMINERS.sub("", p.strip()) for p in re.split(r"\s+(?:or|and|nor)\s+|,\s*|\s*/\s*", core)]
    parts = [re.sub(r"^(?:other|any other|additional)\s+", "", p).strip() for p in parts]
    return [p for p in parts if p and len(p.split()) <= 5 and p not in _GENERIC_OBJ and not _NOT_A_THING.match(p)
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
_ONLY_RE = re.compile(
    r"\b(?:and nothing (?:else|more)|nothing else|nothing more|only want|just want|\w+ only\s*(?:[.;,!]|$))", re.IGNORECASE
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
        terms = _parts(re.sub(r"^(?:no|not|any)\s+", "", _clean_obj(obj)[0]))
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
        obj, cond = _clean_obj(m.group("obj"))
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
            obj, cond = _clean_obj(m.group("obj"))
            if obj and obj not in _GENERIC_OBJ and not re.match(r"(?:to|be)\b", obj) and not _NOT_A_THING.match(obj) \
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


_ADMISSION_RE = re.compile(r"\b(?:fault|blame|liable|liability|responsible|guilty|negligen\w*)\b", re.IGNORECASE)


def secret_shapes(text: str) -> list[str]:
    """The secret shapes ``text`` names ("one-time codes or your password" -> one_time_code, password); a
    bare "code" is a one-time code. "The last four digits" of a card is no card number."""
    found, rest = [], text
    for shape, rx in SECRET_NOUNS.items():
        m = re.search(rx, rest, re.IGNORECASE)
        if not m:
            continue
        if shape == "card_number" and re.search(r"last (?:four|4)", rest, re.IGNORECASE) and "full" not in rest.lower():
            continue
        found.append(shape)
        rest = re.sub(rx, " ", rest, flags=re.IGNORECASE)  # "one-time passcode" is not also a password
    if not found and re.search(r"\bcodes?\b", rest, re.IGNORECASE):
        found.append("one_time_code")
    return found


def disclosure_limits(sentence: str, secrets: dict[str, str]) -> list[HardLimit]:
    out = []
    matches = [(m.start(), m.group("obj")) for m in _DISCLOSE_RE.finditer(sentence)]
    matches += [(m.start(), m.group("obj")) for m in _PRIVATE_RE.finditer(sentence)]
    for start, obj in matches:
        if _ADMISSION_RE.search(obj) and not any(re.search(rx, obj, re.I) for rx in SECRET_NOUNS.values()):
            # "You never say the accident was your fault": a statement the user must not make, not a secret
            out.append(HardLimit(kind="must_not", value="admit fault", terms=["admit", "my fault", "at fault"],
                                 description="never admit fault", source_text=sentence))  # fmt: skip
            continue
        whole = obj  # "a one-time code texted to you or your online password": both, past the "to"
        about = re.search(r"\babout\s+(.+)", obj)
        obj = about.group(1) if about else re.split(r"\s(?:to|with|over|on|in)\s", obj, maxsplit=1)[0]
        if re.match(r"\s*(?:it|this|that|them|anyone|anybody|the agent|(?:any)?one)?\b(?![\s-]*\w)|\s*(?:it|this|that|them)\b",
                    obj, re.I):
            obj = sentence[:start]  # "your password is X and you must never tell anyone": the thing comes first
        what = _clean_obj(obj)[0]
        shapes = secret_shapes(obj) or ([] if obj is not whole and obj.strip() == "" else secret_shapes(whole))
        shapes += [sh for sh in secret_shapes(whole) if sh not in shapes and sh != "budget"]
        for shape in shapes:
            single = len(shapes) == 1 and what and len(what.split()) <= 4 and not re.search(r"\d", what)
            name = what if single else shape.replace("_", " ")
            out.append(HardLimit(kind="never_disclose", value=name, shape=shape, secret=secrets.get(shape),
                                 source_text=sentence, description=f"never give out {name}"))  # fmt: skip
        if not shapes and what and not _NOT_A_THING.match(what) and not re.search(r"\b(?:this|it|that)\b", what) and len(what.split()) <= 5:
            out.append(HardLimit(kind="never_disclose", value=what, shape="text", terms=[what],
                                 description=f"never give out {what}", source_text=sentence))  # fmt: skip
    return out


def allowed_shapes(sentence: str) -> set[str]:
    """Secret shapes the sentence lets the user give ("You may give your account number and PIN")."""
    m = _ALLOWED_RE.search(sentence)
    if not m or re.search(rf"\b{_NEG}\b", sentence[: m.start()], re.IGNORECASE):
        return set()
    # "The last four digits and your date of birth are enough": what is allowed comes before the verb.
    named = sentence[: m.start()] if re.match(r"(?:is|are)\b", m.group(0), re.I) else sentence[m.start() :]
    return set(secret_shapes(named)) - {"budget"}


def found_secrets(text: str) -> dict[str, str]:
    """Literal secrets the text states: {"password": "hunter2", "card_number": "4111 ..."}."""
    out = {}
    for m in _SECRET_VALUE_RE.finditer(text or ""):
        noun = m.group("noun").lower()
        shape = next((s for s, rx in SECRET_NOUNS.items() if re.search(rx, noun)), "text")
        out.setdefault(shape, m.group("value").strip(" .,"))
    return out


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


_LIST_NEG_RE = re.compile(rf"^\s*(?P<neg>{_NEG})\s+(?P<rest>.+)$", re.IGNORECASE)
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


def _forbids(h: HardLimit) -> bool:
    """The limit's own sentence forbids the secret outright ("Never tell anyone your PIN")."""
    src = h.source_text or ""
    return _DISCLOSE_RE.search(src) is not None and _ALLOWED_RE.search(src) is None


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
    out = [h for h in out if not (h.kind == "never_disclose" and h.shape in allowed and not _forbids(h))]
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
