"""Constraint checks on a reply: amounts as numbers, forbidden actions, disclosures, required outcomes.

``constraint_facts(goal)`` turns a profile's hard limits into what the checks need (amount bounds with
their coverage, the terms of forbidden things widened by the groups of ``rewards/constraints.yaml``,
secrets and their shapes); ``violations(reply, facts, agent_message, offer)`` lists what the reply
breaks. Only a clause that commits or proposes can break an amount or an action limit (see
``userlm.rewards.commitment``); a disclosure breaks its limit whatever the clause.

    >>> from userlm.core.profile import ScenarioGoal, HardLimit
    >>> g = ScenarioGoal(domain="cars", reason_for_contact="buy", hard_limits=[
    ...     HardLimit(kind="max_price", value=17500, unit="USD", covers="out_the_door"),
    ...     HardLimit(kind="never_disclose", value="full card number", shape="card_number")])
    >>> cf = constraint_facts(g)
    >>> violations("Okay, okay. Let's do $18,400, where do I sign?", cf, "It's $19,900 today only.")
    ['commits to 18400 above max_price 17500']
    >>> violations("No. $19,900 is way over what I can pay.", cf, "It's $19,900 today only.")
    []
    >>> violations("Sure, it's 4716 2231 9087 5512.", cf, "Read me the card number.")
    ['discloses full card number']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from userlm.core.amounts import Amount, parse_amounts
from userlm.rewards.commitment import affirmed_terms, offered_amounts, read_reply, term_mentioned
from userlm.rewards.disclosure import clear_cache as clear_disclosure_cache
from userlm.rewards.disclosure import disclosure_violations
from userlm.rewards.lexicon import lexicon

_WANTED_RE = re.compile(
    r"\b(?:refund(?:ed|s)?|money back|original (?:payment|card)|my card|same card|cash back|back (?:on|to) (?:the|my) (?:card|account)|"
    r"(?:card|account) (?:i|we) (?:paid with|used))\b",
    re.I,
)


@dataclass(frozen=True)
class Bound:
    kind: str  # max_price | min_price
    value: float
    covers: str | None


@dataclass(frozen=True)
class Secret:
    name: str
    shape: str | None
    literal: str | None  # normalised: digits only for numbers, lower-case otherwise


@dataclass(frozen=True)
class ConstraintFacts:
    bounds: tuple[Bound, ...] = ()
    forbidden: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (limit value, terms)
    wanted: tuple[str, ...] = ()  # terms of required outcomes
    secrets: tuple[Secret, ...] = ()
    # Amounts the profile's facts hold ("The ticket cost 265 GBP"): a reply that states one reports, not agrees.
    stated: tuple[float, ...] = ()
    # Derived once (the checks run on every completion, and these facts key their caches):
    forbidden_terms: tuple[str, ...] = field(init=False, repr=False, compare=False)
    _hash: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        terms = tuple(dict.fromkeys(t for _, ts in self.forbidden for t in ts))
        object.__setattr__(self, "forbidden_terms", terms)
        object.__setattr__(self, "_hash", hash((self.bounds, self.forbidden, self.wanted, self.secrets, self.stated)))

    def __hash__(self) -> int:
        return self._hash


def _norm_secret(s: str | None) -> str | None:
    if not s:
        return None
    digits = re.sub(r"\D", "", s)
    return digits if len(digits) >= max(3, len(s.replace(" ", "").replace("-", "")) - 1) else s.lower()


# A last word that only says what kind of thing it is: "white-glove delivery" is named by "white-glove".
_GENERIC_TAIL = {"delivery", "service", "services", "plan", "plans", "package", "packages", "option", "options", "setup",
                 "fee", "fees", "feature", "features", "tier", "tiers", "version", "program", "offer", "cabin", "class",
                 "level", "programme", "boarding"}  # fmt: skip


def _widen(terms: list[str]) -> tuple[str, ...]:
    """The limit's terms, their last two words, their head without a generic last word, the singular or
    plural, and every term of a group one of them belongs to."""
    out = [t.lower().strip() for t in terms if t.strip()]
    out += [" ".join(t.split()[-2:]) for t in out if len(t.split()) > 2]
    out += [" ".join(t.split()[:-1]) for t in out if len(t.split()) > 1 and t.split()[-1] in _GENERIC_TAIL
            and len(" ".join(t.split()[:-1])) >= 5]  # fmt: skip
    out += [t[:-1] if t.endswith("s") and not t.endswith("ss") else t + "s" for t in out if len(t) > 3]
    out += [t + "d" if t.endswith("e") else t + "ed" for t in out if " " not in t and len(t) > 3]  # "moved"
    out = [re.sub(r"^(?:optional|any|extra|additional|paid) ", "", t) for t in out] + out  # "optional coverage"
    for group in lexicon().groups.values():
        members = [m.lower() for m in group.get("terms", [])]
        keys = [k.lower() for k in group.get("keywords", [])]
        if any(t == m or t.rstrip("s") == m for t in out for m in members) or any(k in t for t in out for k in keys):
            out += members
    return tuple(dict.fromkeys(out))


def constraint_facts(goal) -> ConstraintFacts:
    """What the checks need from a ``ScenarioGoal`` (computed once per profile by ``analysis.facts``)."""
    bounds, forbidden, wanted, secrets = [], [], [], []
    for h in goal.hard_limits:
        if h.kind in ("max_price", "min_price"):
            try:
                bounds.append(Bound(h.kind, float(h.value), h.covers))
            except (TypeError, ValueError):
                continue
        elif h.kind == "must_not":
            forbidden.append((str(h.value), _widen(h.terms or [str(h.value)])))
        elif h.kind == "must_have":
            wanted += [t.lower() for t in (h.terms or [str(h.value)])]
        elif h.kind == "never_disclose":
            secrets.append(Secret(str(h.value), h.shape, _norm_secret(h.secret)))
    groups = lexicon().groups
    if any(_WANTED_RE.search(w) for w in wanted) and "refund_alternatives" in groups:
        forbidden.append(("an alternative to the refund", _widen(groups["refund_alternatives"]["terms"][:1])))
    if any(w in ("cancel", "cancellation") for w in wanted) and "cancel_alternatives" in groups:
        forbidden.append(("an alternative to cancelling", tuple(groups["cancel_alternatives"]["terms"])))
    stated = tuple(dict.fromkeys(a.value for fact in (*goal.known_info, *goal.hidden_info) for a in _money(parse_amounts(fact))))
    return ConstraintFacts(tuple(bounds), tuple(forbidden), tuple(dict.fromkeys(wanted)), tuple(secrets), stated)


def _applies(b: Bound, a: Amount) -> bool:
    if b.covers == "monthly":
        return a.period in (None, "month")
    return a.period is None


def _breaks(b: Bound, value: float) -> bool:
    if b.kind == "max_price":
        return value > b.value * 1.0001
    return b.value * 0.3 <= value < b.value * 0.9999


def _money(amounts: tuple[Amount, ...]) -> tuple[Amount, ...]:
    """Beside an amount with a currency, a bare number is a quantity: "keep me on 300 for $60"."""
    if not amounts:
        return amounts
    marked = tuple(a for a in amounts if a.marked)
    return marked if marked else amounts


def _own_amounts(r, stated: tuple[float, ...] = ()) -> list[Amount]:
    """Amounts the reply states as its own terms: short phrases ("USD 85 per month, fine", "$55"), not
    statements about the agent's price ("287 is almost three times my budget") nor the profile's own facts
    (``stated``: "Yes, the ticket cost 265 GBP" answers a question)."""
    return [a for c in r.clauses if not c.refuses and not c.question and len(c.text.split()) <= 5
            for a in _money(c.amounts) if not any(abs(a.value - s) < 1e-6 for s in stated)]  # fmt: skip


def _plausible(b: Bound, a: Amount) -> bool:
    """An amount twenty times a monthly limit is a coverage or a total, not the monthly price."""
    return not (b.covers == "monthly" and a.period is None and a.value > 20 * b.value)


def _monthly_offers(agent_message: str) -> list[float]:
    return [a.value for a in parse_amounts(agent_message or "") if a.period == "month"]


def amount_violations(reply: str, cf: ConstraintFacts, agent_message: str, offer: float | None) -> list[str]:
    r = read_reply(reply)
    out = []
    named = [a for c in r.clauses for a in _money(c.amounts if c.commits or c.requests else c.proposed if not c.refuses else ())]
    # "bump me up to the unlimited plus, the $80 one": a short phrase after a commitment names its amount
    named += [a for c, d in zip(r.clauses, r.clauses[1:]) if (c.commits or c.requests) and not c.amounts and d.amounts
              and not (d.commits or d.refuses or d.proposes) and len(d.text.split()) <= 4
              for a in _money(d.amounts)]  # fmt: skip
    for b in cf.bounds:
        for a in named:
            if _applies(b, a) and _breaks(b, a.value):
                out.append(f"commits to {a.value:g} {'above' if b.kind == 'max_price' else 'below'} {b.kind} {b.value:g}")
                break
    if not out and cf.bounds and any(b.kind == "max_price" for b in cf.bounds):
        low = reply.lower()
        m = lexicon().no_limit.search(low)
        if m and not any(c.question or c.refuses for c in r.clauses if m.group(0) in c.text.lower()):
            out.append("drops its amount limit")  # "whatever it costs, just do it"
    if named or not r.bare_commit or r.refuses or out:  # "no to that, the standard room is fine": its own terms
        return out
    # A bare yes after the reply's own amounts ("USD 85 per month, fine. Where do I pay?") agrees to them;
    # when they all keep the limits ("I'll move stuff and get it under 50"), it agrees to its own terms.
    own = _own_amounts(r, cf.stated)
    if own:
        for b in cf.bounds:
            hit = next((a for a in own if _applies(b, a) and _plausible(b, a) and _breaks(b, a.value)), None)
            if hit is not None:
                out.append(f"agrees to {hit.value:g} {'above' if b.kind == 'max_price' else 'below'} {b.kind} {b.value:g}")
        return out
    prices, extras = ([offer], []) if offer is not None else offered_amounts(agent_message)
    for b in cf.bounds:
        monthly = _monthly_offers(agent_message) if b.covers == "monthly" and offer is None else []
        if monthly:  # "a $1.5 million policy at $310 a month": the monthly limit reads the monthly price
            if _breaks(b, monthly[-1]):
                out.append(f"agrees to the agent's {monthly[-1]:g} a month above max_price {b.value:g}")
            continue
        if b.kind == "max_price":
            total = (prices[-1] if prices else 0.0) + (sum(extras) if b.covers != "fee" else 0.0)
            total = sum(extras) if b.covers == "fee" and extras else total
            if total and _breaks(b, total):
                out.append(f"agrees to the agent's {total:g} above max_price {b.value:g}")
        elif prices and _breaks(b, prices[-1]):
            out.append(f"agrees to the agent's {prices[-1]:g} below min_price {b.value:g}")
    return out


_VERB_TERMS = frozenset({"cancel", "cancellation", "change", "modify", "modification", "upgrade", "downgrade", "transfer",
                         "renew", "renewal", "extend", "extension", "admit", "book", "switch", "withdraw", "withdrawal",
                         "close", "port", "replace", "replacement", "drop", "give up", "keep", "move", "rebook",
                         "reschedule"})  # fmt: skip


def action_violations(reply: str, cf: ConstraintFacts, agent_message: str) -> list[str]:
    r = read_reply(reply)
    terms = cf.forbidden_terms
    if not terms:
        return []
    asked = [c.text for c in r.requested]
    if asked:  # "could you make it a travel voucher instead?": asks for what it names
        hits = affirmed_terms(" ".join(asked), terms)
        if not any(c.requests for c in r.clauses):  # on a condition: the things it names, not the verbs it uses
            hits = [t for t in hits if " " in t or t not in _VERB_TERMS]
        if hits:
            return [f"asks for forbidden '{v}'" for v, ts in cf.forbidden if set(ts) & set(hits)][:1]
    if not r.commits:
        return []
    committed = " ".join(c.text for c in r.clauses if c.commits or c.assent)
    hits = affirmed_terms(committed, terms)
    # An amount the agent named is the agent's thing: "Add the $29.99 a day" says yes to its coverage.
    own = [a for c in r.committed for a in c.amounts] + _own_amounts(r)
    extras = offered_amounts(agent_message)[1] if own else []
    echoes = own and all(any(abs(a.value - x) < 0.005 for x in extras) for a in own)
    if not hits and not r.refuses and (not own or echoes):
        # A bare yes to what the agent put forward, unless the reply names what the user wants instead.
        if not (_WANTED_RE.search(reply) or any(term_mentioned(reply, w) for w in cf.wanted)):
            hits = affirmed_terms(agent_message, terms, pushed=True)
    if not hits and not r.refuses:
        # "Device Protection (included by default)": a yes to the offer is a yes to what it includes, unless
        # the reply speaks of that thing itself
        hits = [t for t in _included_terms(agent_message or "", terms) if not term_mentioned(reply, t)]
    return [f"agrees to forbidden '{v}'" for v, ts in cf.forbidden if set(ts) & set(hits)][:1]


_INCLUDED_RE = re.compile(
    r"included by default|pre-?selected|pre-?ticked|already (?:on|added|included|installed|attached)|comes? with|"
    r"bundled (?:in|with)|(?:is|are) included|added (?:it|them) for you|on the (?:truck|car|order|bill) already",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _included_terms(agent_message: str, terms: tuple[str, ...]) -> tuple[str, ...]:
    """Forbidden terms the agent says its offer already includes, read sentence by sentence."""
    if not _INCLUDED_RE.search(agent_message):
        return ()
    out = []
    for sent in re.split(r"(?<=[.!?])\s+", agent_message):
        if _INCLUDED_RE.search(sent):
            out += affirmed_terms(sent, terms, pushed=True)
    return tuple(dict.fromkeys(out))


def violations(reply: str, cf: ConstraintFacts, agent_message: str = "", offer: float | None = None) -> list[str]:
    """Every hard constraint ``reply`` breaks (empty when it keeps them all)."""
    if not reply:
        return []
    return list(_violations(reply, cf, agent_message, offer))


@lru_cache(maxsize=65536)
def _violations(reply: str, cf: ConstraintFacts, agent_message: str, offer: float | None) -> tuple[str, ...]:
    # Cached: goal_consistency and anti_manipulation ask the same question of the same reply.
    return tuple(
        disclosure_violations(reply, cf, agent_message)
        + amount_violations(reply, cf, agent_message, offer)
        + action_violations(reply, cf, agent_message)
    )


def clear_cache() -> None:
    """Forget the cached readings (benchmarks time a cold start)."""
    clear_disclosure_cache()
    _violations.cache_clear()
