"""Secrets in free-text instructions, by rules (``userlm.profiles.constraints`` uses them): what must never
be given out ("Never share your PIN", "Your password stays private", "never reveal your maximum"), what may
("You may give your account number and PIN"), and literal values the text states.

    >>> [(h.kind, h.shape) for h in disclosure_limits("Never share one-time codes or your password.", {})]
    [('never_disclose', 'one_time_code'), ('never_disclose', 'password')]
"""

from __future__ import annotations

import re

from userlm.core.profile import HardLimit
from userlm.profiles.limit_actions import NEGATION, NOT_A_THING, clean_object

_DISCLOSE_RE = re.compile(
    rf"\b{NEGATION}\s+(?:(?:want|wish|like)\s+to\s+)?(?:give|share|tell|reveal|disclose|read(?: out)?|provide|say|"
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
        what = clean_object(obj)[0]
        shapes = secret_shapes(obj) or ([] if obj is not whole and obj.strip() == "" else secret_shapes(whole))
        shapes += [sh for sh in secret_shapes(whole) if sh not in shapes and sh != "budget"]
        for shape in shapes:
            single = len(shapes) == 1 and what and len(what.split()) <= 4 and not re.search(r"\d", what)
            name = what if single else shape.replace("_", " ")
            out.append(HardLimit(kind="never_disclose", value=name, shape=shape, secret=secrets.get(shape),
                                 source_text=sentence, description=f"never give out {name}"))  # fmt: skip
        if not shapes and what and not NOT_A_THING.match(what) and not re.search(r"\b(?:this|it|that)\b", what) and len(what.split()) <= 5:
            out.append(HardLimit(kind="never_disclose", value=what, shape="text", terms=[what],
                                 description=f"never give out {what}", source_text=sentence))  # fmt: skip
    return out


def allowed_shapes(sentence: str) -> set[str]:
    """Secret shapes the sentence lets the user give ("You may give your account number and PIN")."""
    m = _ALLOWED_RE.search(sentence)
    if not m or re.search(rf"\b{NEGATION}\b", sentence[: m.start()], re.IGNORECASE):
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


def forbids_outright(h: HardLimit) -> bool:
    """The limit's own sentence forbids the secret outright ("Never tell anyone your PIN")."""
    src = h.source_text or ""
    return _DISCLOSE_RE.search(src) is not None and _ALLOWED_RE.search(src) is None
