"""Split a tau2-bench ``reason_for_call`` into what the user says and how the user is told to act.

tau2-bench writes the user's task in one paragraph: the request ("You want to exchange the desk lamp")
mixed with directions for the conversation ("If the agent asks for confirmation, only exchange the desk
lamp", "For that you make up a story", "(do not reveal it to the agent)"). A user who says the paragraph
aloud recites its own script and gives away what it was told to keep back. So the importer keeps the
request as ``goal.reason_for_contact`` (what the user opens with) and moves the directions to
``goal.decision_policy``, which every simulator prompt shows as rules and no reply quotes.

The rules are plain patterns, not a model: a sentence is a direction when it opens with a condition
("If", "When", "Once", "After"...) or an order ("Ask", "Insist", "Mention", "Make sure"...), or when it
tells the user to invent, hide or pretend; a conditional clause inside a sentence (", but if the agent
asks, ...") and a parenthesis that mentions the agent are cut off as directions of their own.

>>> split_reason("You want to cancel the grill, but if the agent asks you to confirm, you regret it.")
('You want to cancel the grill.', ['If the agent asks you to confirm, you regret it.'])
>>> split_reason("You want to return the lamp (do not reveal the order id). Ask for a refund within 3 days.")
('You want to return the lamp.', ['Do not reveal the order id.', 'Ask for a refund within 3 days.'])
"""

from __future__ import annotations

import re

_CONDITION = r"(?:if|when|whenever|once|after|unless|otherwise|in case|as soon as|halfway|as you are interacting)"
_ORDER = (
    r"(?:ask|insist|be|make sure|mention|do not|don't|tell|say|respond|provide|confirm|agree|use|check|swear"
    r"|refuse|pretend|keep insisting)"
)
_LEAD = r"(?:(?:but|and|also|so|then|finally|lastly|first|otherwise),?\s+)*"
_DIRECTION_START = re.compile(rf"^{_LEAD}(?:{_CONDITION}|{_ORDER})\b", re.IGNORECASE)
_DIRECTION_ANYWHERE = re.compile(
    r"\b(?:make up|made up|trying to (?:make|get|convince|trick) the agent|pretend"
    r"|(?:do not|don't|not|never|won't) (?:want to |like to )?(?:reveal|share|mention)|prefer not to reveal)\b",
    re.IGNORECASE,
)
# a conditional clause with its own main clause (", but if the agent asks, you ...") or an order (", so insist")
_MID = re.compile(rf",\s+(?=(?:but\s+|and\s+)?{_CONDITION}\b[^.]*?,)|,\s+(?=so\s+{_ORDER}\b)", re.IGNORECASE)
_PAREN = re.compile(r"\s*\(([^()]*)\)")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
_CONJUNCTION = re.compile(r"^(?:but|and|so)\s+", re.IGNORECASE)  # left on a clause cut from its sentence


def _sentence(text: str) -> str:
    """A clause as a sentence of its own: a leading conjunction dropped, capitalised, closed by a stop."""
    text = _CONJUNCTION.sub("", text.strip()).strip(" ,;")
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _is_direction(text: str) -> bool:
    return bool(_DIRECTION_START.search(text.strip()) or _DIRECTION_ANYWHERE.search(text))


def split_reason(reason: str) -> tuple[str, list[str]]:
    """(request, directions) of a tau2-bench ``reason_for_call``; a text that is all directions is kept
    whole as the request (the user must say something), with no directions split off."""
    text = " ".join(reason.split()).lstrip(" .,;")
    directions: list[str] = []

    def lift(m: re.Match) -> str:  # a parenthesis about the agent or what to keep back is a direction
        inner = m.group(1)
        if _is_direction(inner) or re.search(r"\bagent\b", inner, re.IGNORECASE):
            directions.append(_sentence(inner))
            return ""
        return m.group(0)

    request: list[str] = []
    for sentence in _SENTENCE.split(text):
        bare = _PAREN.sub("", sentence)
        # "The correct item id is 5206946487 (do not share this with the agent)": the sentence is the secret
        kept_back = any(_DIRECTION_ANYWHERE.search(inner) for inner in _PAREN.findall(sentence))
        if bare.strip(" .") and (_is_direction(bare) or (kept_back and re.search(r"\d", bare))):
            directions.append(_sentence(sentence))
            continue
        sentence = re.sub(r"\s+([.,;])", r"\1", _PAREN.sub(lift, sentence)).strip()
        if not sentence.strip(" ."):  # a parenthesis that was a sentence of its own, lifted whole
            continue
        head, *rest = _MID.split(sentence)
        request.append(_sentence(head))
        directions += [_sentence(part) for part in rest]
    request = [s for s in request if s]
    if not request:
        return " ".join(reason.split()), []
    return " ".join(request), [d for d in directions if d]
