"""Money amounts in free text, parsed as numbers: the one parser profiles, rewards and synth share.

Understands a currency sign or word before or after the number ("$19,900", "19,900 dollars",
"USD 89", "89 quid"), thousands separators (commas, or dots in groups of three: "€1.480"), decimals, and multipliers ("18.4k", "20k", "20 grand",
"1.2 million"), plus a period after it ("$45 a month", "$45/mo"). A bare number counts only when
it looks like a price: a thousands separator, or 3 to 7 digits that are not a year, part of an
identifier ("#W8812204", "AC12345678"), a digit group of a card or phone number, or a quantity
("48,000 miles", "30 days").

    >>> [a.value for a in parse_amounts("It's listed at $18,900 but I can do 19.9k, or 20 grand cash.")]
    [18900.0, 19900.0, 20000.0]
    >>> parse_amounts("$45/mo")[0].period, parse_amounts("card 4111 1111 1111 1111, zip 19122")
    ('month', ())
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

CURRENCY_SIGNS = {"$": "USD", "£": "GBP", "€": "EUR"}
_CUR_WORDS = {
    "usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD", "buck": "USD", "us$": "USD",
    "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "quid": "GBP", "eur": "EUR", "euro": "EUR",
    "euros": "EUR", "cad": "CAD", "aud": "AUD",
}  # fmt: skip
_MULT = {"k": 1e3, "grand": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "mil": 1e6}
_PERIODS = {"mo": "month", "month": "month", "mth": "month", "monthly": "month", "yr": "year",
            "year": "year", "annually": "year", "annual": "year", "week": "week", "weekly": "week"}  # fmt: skip

# The lookahead only skips positions where no match can start (a sign, a digit, a space before a digit, the
# first three letters of a currency code): the same matches, without trying the whole pattern at every
# space and every "a" or "e" of a long text.
_AMOUNT_RE = re.compile(
    r"(?=[$£€\d]|\s\d|[ugeca][sbua][dpr$])(?P<pre>[$£€]|\b(?:usd|gbp|eur|cad|aud|us\$)\b)?\s?"
    r"(?<![\w#.,/:-])(?P<num>\d{1,3}(?:\.\d{3})+,\d{2}(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}|\d+,\d{2}(?!\d)|\d+(?:\.\d+)?)(?![\d,]*\d)"
    r"(?:\s?(?P<mult>k\b|grand\b|thousand\b|million\b|mil\b|m\b))?"
    r"(?:\s?(?P<post>dollars?\b|bucks?\b|usd\b|gbp\b|eur\b|euros?\b|pounds?\b|quid\b|cad\b|aud\b))?"
    r"(?:\s?(?:/\s?|(?:a|an|per|each|every)\s+|-)?(?P<per>mo\b|month\b|mth\b|monthly\b|yr\b|year\b|annually\b|"
    r"week\b|weekly\b))?",
    re.IGNORECASE,
)
_AMOUNT_LOWER_RE = re.compile(_AMOUNT_RE.pattern)  # for lower-cased text (no upper-case letter in the pattern)
# A bare number followed by one of these is a quantity, not money.
_QUANTITY_RE = re.compile(
    r"\s?(?:%|percent|miles?|mi\b|km|kilomet|minutes?|mins?\b|hours?|hrs?\b|days?|weeks?|months?|years?|"
    r"yrs?\b|gb|mb|tb|people|customers|buyers|passengers?|bags?|items?|points?|seats?|nights?|times|"
    r"am\b|pm\b|st\b|nd\b|rd\b|th\b|[a-z]*\d|out of|x\b|mbps|gig|lines?|devices?|users?|units?|pieces?|"
    r"stars?|reviews?|percent|sq|square|feet|ft\b)",
    re.IGNORECASE,
)
# A bare number right after one of these is an identifier or a code, not money.
_ID_BEFORE_RE = re.compile(
    r"(?:#|\bno\.?|\bnumber|\bnum|\bcode|\bzip|\bpostcode|\border|\baccount|\bacct|\bending(?: in)?|\bends in|"
    r"\blast (?:four|4|digits)|\bpin|\bid|\breservation|\bbooking|\bflight|\broom|\bstock|\bclaim|\bref|"
    r"\bcase|\bticket|\bextension|\bext\.?|\bcvv|\bpasscode|\bpassword|\bmember|\bpolicy|\bunit|\bapt|"
    r"\bsuite|\bline|\bmodel|\bserial|\bphone|\bcall|\bdial|\btext|\bversion|\bv|\bstep|\bpage|\bitem)"
    r"\s*[:#]?\s*$",
    re.IGNORECASE,
)
_DIGIT_GROUP_RE = re.compile(r"\d[ /-]$")  # "4111 1111", "100/300": digits grouped, no amount
_DIGIT_RE = re.compile(r"\d")
_DOT_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{2})?$")
_DIGIT_AFTER_RE = re.compile(r"[ /-]\d")
_DECIMAL_COMMA_RE = re.compile(r"\d+,\d{2}$")


class Amount(NamedTuple):
    """One amount: its value, currency (None when unmarked), period (month/year/week or None). A named
    tuple, not a dataclass: the rewards build thousands a second."""

    value: float
    currency: str | None
    period: str | None
    marked: bool  # a currency sign or word, or a multiplier: money beyond doubt
    start: int
    end: int


def _bare_ok(text: str, m: re.Match, value: float) -> bool:
    num = m.group("num")
    if "," not in num and not (100 <= value < 10_000_000):
        return False
    if "," not in num and "." not in num and 1900 <= value <= 2100:
        return False  # a year
    before = text[max(0, m.start("num") - 20) : m.start("num")]
    if _ID_BEFORE_RE.search(before) or _DIGIT_GROUP_RE.search(text[max(0, m.start("num") - 2) : m.start("num")]):
        return False
    after = text[m.end("num") : m.end("num") + 14]
    if _DIGIT_AFTER_RE.match(after) or _QUANTITY_RE.match(after):
        return False
    return True


_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                     "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()) if i >= 2}
_SCALES = {"hundred": 100, "thousand": 1000, "grand": 1000, "million": 1_000_000}
_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
_WORDS_RE = re.compile(
    rf"(?<![\w-])(?:{_NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMBER_WORD}))*(?![\w-])"
    r"(?:\s?(?P<post>dollars?\b|bucks?\b|euros?\b|pounds?\b|quid\b))?"
    r"(?:\s?(?:/\s?|(?:a|an|per|each|every)\s+)(?P<per>mo\b|month\b|year\b|week\b))?",
    re.IGNORECASE,
)


def _words_value(words: list[str]) -> float:
    total, current = 0, 0
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        else:  # thousand, grand, million
            total += (current or 1) * _SCALES[w]
            current = 0
    return float(total + current)


def word_amounts(text: str) -> tuple[Amount, ...]:
    """Amounts written in words ("twelve thousand six hundred", "two hundred dollars", "fifty a month"):
    money when a currency word or a period follows, or when the number is 100 or more and has a scale."""
    out = []
    for m in _WORDS_RE.finditer(text):
        words = [w for w in re.split(r"[\s-]+", m.group(0).lower()) if w in _UNITS or w in _TENS or w in _SCALES]
        value = _words_value(words)
        if not value:
            continue
        post, per = m.group("post"), m.group("per")
        if not (post or per or (value >= 100 and any(w in _SCALES for w in words))):
            continue  # "one of them", "twenty minutes": not money
        cur = _CUR_WORDS.get((post or "").lower())
        marked = bool(post or per or "grand" in words)
        out.append(Amount(value, cur, _PERIODS.get((per or "").lower()), marked, m.start(), m.end()))
    return tuple(out)


@lru_cache(maxsize=65536)
def parse_amounts(text: str) -> tuple[Amount, ...]:
    """Every money amount in ``text``, in order (see the module docstring for what counts)."""
    if not text:
        return ()
    words = _has_number_word(text)
    if _DIGIT_RE.search(text) is None:
        return word_amounts(text) if words else ()
    out = []
    # An ASCII text keeps its offsets when lower-cased, and the case-sensitive pattern is the cheaper one.
    found = _AMOUNT_LOWER_RE.finditer(text.lower()) if text.isascii() else _AMOUNT_RE.finditer(text)
    for m in found:
        pre, num, mult, post, per = m.groups()
        if mult in ("m", "M") and not pre:
            mult = None  # "5 m" is metres more often than millions
        marked = bool(pre or post or mult)
        if not marked and per and float(num.replace(",", "") or 0) >= 5:
            marked = True  # "50/mo", "45 a month": a price by its period
        if "," in num and _DECIMAL_COMMA_RE.match(num):
            # "EUR 350,00", "45,90 €": a decimal comma, read only beside a currency ("1,25" alone is no price)
            if not (marked or text[m.end("num") : m.end("num") + 2].strip()[:1] in CURRENCY_SIGNS):
                continue
            num = num.replace(",", ".")
        if "." in num and _DOT_THOUSANDS_RE.match(num) and (marked or num.count(".") > 1 or "," in num):
            # "€1.480", "1.234.567", "2.000,00": dots group thousands (no currency has 3 decimals)
            num = num.replace(".", "").replace(",", ".")
        value = float(num.replace(",", "")) * (_MULT[mult.lower()] if mult else 1.0)
        if not marked and not _bare_ok(text, m, value):
            continue
        if pre and not post and not mult and text[m.end(2) : m.end(2) + 1].isalpha():
            continue  # "$5x" and the like: not an amount
        cur = CURRENCY_SIGNS.get(pre) if pre in CURRENCY_SIGNS else _CUR_WORDS.get((pre or post or "").lower())
        out.append(Amount(value, cur, _PERIODS.get(per.lower()) if per else None, marked, m.start(), m.end()))
    if words:
        out = sorted([*out, *(w for w in word_amounts(text) if not any(o.start <= w.start < o.end for o in out))],
                     key=lambda a: a.start)  # fmt: skip
    return tuple(out)


# Every amount in words holds one of these. On lower-cased text, without IGNORECASE: parse_amounts runs on
# every clause of every completion.
_NUMBER_WORD_HINT_RE = re.compile(r"hundred|thousand|grand|million|dollar|buck|euro|pound|quid|a month|per month|/mo")


def _has_number_word(text: str) -> bool:
    return _NUMBER_WORD_HINT_RE.search(text.lower()) is not None


def parse_amount(text: str) -> float | None:
    """The first amount's value, or None.

    >>> parse_amount("Never go above $17,500 out the door"), parse_amount("18.4k"), parse_amount("no")
    (17500.0, 18400.0, None)
    """
    found = parse_amounts(text)
    return found[0].value if found else None


def amount_values(text: str, marked_only: bool = False) -> list[float]:
    """The values of ``parse_amounts`` (only those with a currency mark or multiplier when asked)."""
    return [a.value for a in parse_amounts(text) if a.marked or not marked_only]


def format_price(value: float, unit: str | None) -> str:
    """``$20,300`` for USD, ``GBP 89`` otherwise: how the scripted agents quote, and the forms the reward
    functions read back."""
    if unit in (None, "USD", "$"):
        return f"${value:,.0f}"
    return f"{unit} {value:,.0f}"


def format_amount(value: float, currency: str | None = None) -> str:
    """``$17,500`` / ``£89.50`` / ``17,500 CAD``: how prompts and messages write an amount."""
    sign = {v: k for k, v in CURRENCY_SIGNS.items()}.get((currency or "USD").upper())
    num = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return f"{sign}{num}" if sign else f"{num} {currency}"
