"""Seeded, deterministic profile generator over the libraries in ``profiles/``.

Profile ``i`` of seed ``s`` is drawn from its own ``random.Random(f"{s}/{i}/{attempt}")`` (string seeds
hash with SHA-512, never Python's salted ``hash``), so the same seed and libraries give a byte-identical
file, and profile ``i`` does not depend on ``n``. Compatibility rules: the age is drawn inside the
occupation's plausible range and the scenario's minimum age; low-income occupations never draw premium
items; every price limit is the drawn item's price times the scenario's factor, in the locale currency.
Duplicates (same content, ignoring the id) are redrawn.

    userlm profiles generate --n 1000 --seed 0 --out data/profiles.jsonl

From Python:

    >>> from userlm.profiles.generate import generate
    >>> from userlm.profiles.library import load_library
    >>> profiles = generate(load_library(), n=10, seed=0)
    >>> len(profiles), profiles[0].id.endswith("-s0-000000")
    (10, True)
    >>> generate(load_library(), n=3, seed=0) == profiles[:3]  # the same seed, and profile i ignores n
    True
"""

from __future__ import annotations

import hashlib
import json
import random
import statistics
from collections import Counter
from collections.abc import Callable

from userlm.core.io import DataError
from userlm.core.profile import HardLimit, UserProfile
from userlm.profiles.constraints import classify_limit
from userlm.profiles.library import Library, Param, Scenario

ALLOWED_TIERS = {
    "low": {"budget", "mid"},
    "mid": {"budget", "mid", "premium"},
    "high": {"budget", "mid", "premium"},
}
MAX_ATTEMPTS = 50


def round_money(x: float) -> float:
    """Round a price the way people quote it: 1 below 100, 5 below 1,000, 50 below 10,000, then 100s."""
    step = 1 if x < 100 else 5 if x < 1_000 else 50 if x < 10_000 else 100 if x < 200_000 else 1_000
    return float(max(step, round(x / step) * step))


def money(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"


def _pick(rng: random.Random, items: list, weight: Callable = lambda x: x.weight):
    return rng.choices(items, weights=[weight(x) for x in items], k=1)[0]


def _u(rng: random.Random, r: list[float]) -> float:
    return round(rng.uniform(r[0], r[1]), 2)


def _article(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


def make_role(lib: Library, rng: random.Random, **fixed) -> dict:
    """A StaticRole as a dict; ``fixed`` (name, age, occupation, locale, ...) overrides what is drawn."""
    roles = lib.roles
    loc_names = sorted(roles.locales)
    locale = fixed.get("locale") or _pick(rng, loc_names, lambda k: roles.locales[k].weight)
    loc = roles.locales.get(locale) or roles.locales[loc_names[0]]
    first, last = rng.choice(loc.first_names), rng.choice(loc.last_names)
    age = fixed.get("age")
    occ_name = fixed.get("occupation")
    if occ_name is None:
        fits = [
            o
            for o in roles.occupations
            if o.min_age <= (age or roles.age.max) and o.max_age >= (age or roles.age.min)
        ]
        occ = _pick(rng, fits or roles.occupations)
        occ_name = occ.name
    else:
        occ = next((o for o in roles.occupations if o.name == occ_name), None)
    if age is None:
        lo = max(roles.age.min, occ.min_age if occ else roles.age.min)
        hi = min(roles.age.max, occ.max_age if occ else roles.age.max)
        age = round(rng.triangular(lo, hi, min(max(roles.age.mode, lo), hi)))
    bf = roles.big_five
    personality = {
        t: round(min(1.0, max(0.0, rng.gauss(getattr(bf, t).mean, getattr(bf, t).sd))), 2)
        for t in ("openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism")
    }
    st = _pick(rng, roles.styles)
    phrases = rng.sample(st.phrases, min(2, len(st.phrases))) + rng.sample(
        loc.phrases, min(1, len(loc.phrases))
    )
    style = {
        "verbosity": _u(rng, st.verbosity),
        "formality": _u(rng, st.formality),
        "patience": _u(rng, st.patience),
        "typo_rate": _u(rng, st.typo_rate),
        "contractions": st.contractions,
        "typical_phrases": phrases,
    }
    working = occ.working if occ else True
    bgs = [b for b in roles.backgrounds if b.min_age <= age <= b.max_age and (working or not b.working)]
    background = fixed.get("background")
    if background is None and bgs:
        text = rng.choice(bgs).text
        background = text.format(
            occupation=occ_name, a_occupation=_article(occ_name), A_occupation=_article(occ_name).capitalize()
        )
    return {
        "name": fixed.get("name") or f"{first} {last}",
        "age": age,
        "occupation": occ_name,
        "locale": locale,
        "personality": {**personality, "mbti": None},
        "style": style,
        "background": background or "",
        "persona_text": fixed.get("persona_text"),
        "_income": occ.income if occ else "mid",
    }


def _param(rng: random.Random, spec: list[float] | Param) -> str:
    if isinstance(spec, list):
        if all(float(x).is_integer() for x in spec):
            return str(rng.randint(int(spec[0]), int(spec[1])))
        return f"{rng.uniform(spec[0], spec[1]):.1f}"
    if spec.choice is not None:
        return rng.choice(spec.choice)
    digits, letters = "0123456789", "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return "".join(
        rng.choice(digits) if c == "#" else rng.choice(letters) if c == "@" else c for c in spec.code or ""
    )


def _eligible(lib: Library, age: int, income: str) -> list[tuple[Scenario, list]]:
    out = []
    for s in lib.scenarios:
        items = [it for it in s.items if it.tier in ALLOWED_TIERS[income]]
        if age >= s.min_age and items:
            out.append((s, items))
    return out


def make_goal(lib: Library, rng: random.Random, role: dict, scenario: str | None = None) -> dict:
    """A ScenarioGoal as a dict for ``role`` (needs age, locale and ``_income``), respecting compatibility."""
    age, income = role.get("age") or 35, role.get("_income", "mid")
    options = _eligible(lib, age, income)
    if scenario:
        options = [o for o in options if o[0].id == scenario] or [
            (lib.scenario(scenario), lib.scenario(scenario).items)
        ]
    if not options:
        raise DataError(f"no scenario fits age {age} and income {income!r}", lib.folder, None, "scenarios")
    s, items = _pick(rng, options, lambda o: o[0].weight)
    item = rng.choice(items)
    loc = lib.roles.locales.get(role.get("locale", ""), None) or next(iter(lib.roles.locales.values()))
    price = round_money(rng.uniform(item.price[0], item.price[1]) * loc.fx)
    values = {k: _param(rng, spec) for k, spec in sorted(s.params.items())}
    values.update(item=item.name, price=money(price), cur=loc.currency, name=role["name"])
    values["first_name"] = role["name"].split()[0]
    limits, nums = [], {}
    for lim in s.limits:
        keep = rng.random() < lim.p
        if lim.kind in ("max_price", "min_price"):
            value: float | str = round_money(price * rng.uniform(*lim.factor))
            nums[lim.kind] = value
            unit = loc.currency
        else:
            text = lim.value.format_map(values)
            value, unit = (float(text), lim.unit) if text.replace(".", "", 1).isdigit() else (text, lim.unit)
        if keep:
            limits.append({"kind": lim.kind, "value": value, "unit": unit, "description": lim.description})
    values.update({k: money(v) for k, v in nums.items()})
    for lim in limits:
        lim["description"] = lim["description"].format_map(values)
    # Machine-checkable fields: what an amount covers, the terms of a forbidden action, a disclosure.
    limits = [h.model_dump() for lim in limits for h in classify_limit(HardLimit.model_validate(lim))]

    def fill(texts: list[str]) -> list[str]:
        return [t.format_map(values) for t in texts]

    def some(texts: list[str], k: list[int]) -> list[str]:
        return fill(rng.sample(texts, min(len(texts), rng.randint(k[0], k[1]))))

    coop = _pick(rng, lib.behaviours.cooperativeness)
    cooperativeness = _u(rng, coop.range)
    behaviours: list[dict] = []
    pool = list(lib.behaviours.behaviours)
    for _ in range(rng.randint(*coop.count)):
        taken = {b["name"] for b in behaviours}
        pool = [b for b in pool if b.name not in taken and not taken & set(b.conflicts)]
        if not pool:
            break
        b = _pick(rng, pool)
        behaviours.append({"name": b.name, "strength": _u(rng, b.strength), "description": b.description})
    state = {k: _u(rng, r) for k, r in sorted(s.initial_state.items())}
    # A user who writes impatiently starts with less patience left: blend the trait into the state.
    state["patience"] = round(0.6 * state.get("patience", 0.7) + 0.4 * role["style"]["patience"], 2)
    return {
        "domain": s.domain,
        "scenario": s.id,
        "item": item.name,
        "reason_for_contact": rng.choice(s.reasons).format_map(values),
        "known_info": fill(s.known_info),
        "hidden_info": some(s.hidden_info, s.hidden),
        "unknown_info": fill(s.unknown_info),
        "primary_concerns": fill(s.primary_concerns),
        "secondary_concerns": some(s.secondary_concerns, s.secondary),
        "hard_limits": limits,
        "decision_policy": fill(s.decision_policy),
        "success_criteria": fill(s.success_criteria),
        "instructions": None,
        "behaviours": behaviours,
        "cooperativeness": cooperativeness,
        "initial_state": state,
    }


def content_key(profile: UserProfile) -> str:
    """A hash of everything but the id and source: two profiles with the same key are duplicates."""
    body = profile.model_dump(mode="json", exclude={"id", "source"})
    return hashlib.sha1(json.dumps(body, sort_keys=True).encode()).hexdigest()


def generate_one(
    lib: Library, seed: int, i: int, attempt: int = 0, scenario: str | None = None
) -> UserProfile:
    rng = random.Random(f"{seed}/{i}/{attempt}")
    role = make_role(lib, rng)
    goal = make_goal(lib, rng, role, scenario)
    role.pop("_income")
    return UserProfile.model_validate(
        {
            "id": f"{goal['scenario']}-s{seed}-{i:06d}",
            "role": role,
            "goal": goal,
            "source": {"kind": "generated", "seed": seed},
        }
    )


def generate(
    lib: Library, n: int, seed: int = 0, scenario: str | None = None, progress: bool = False
) -> list[UserProfile]:
    """``n`` distinct profiles; a duplicate is redrawn with the next attempt of the same index."""
    if n < 1:
        raise DataError("n must be at least 1", field="n")
    seen: set[str] = set()
    out: list[UserProfile] = []
    it = range(n)
    if progress:
        from tqdm import tqdm

        it = tqdm(it, desc="generating", unit="profile")
    for i in it:
        for attempt in range(MAX_ATTEMPTS):
            p = generate_one(lib, seed, i, attempt, scenario)
            key = content_key(p)
            if key not in seen:
                seen.add(key)
                out.append(p)
                break
        else:
            raise DataError(
                f"could not draw a distinct profile #{i} in {MAX_ATTEMPTS} tries: the libraries are too small for n={n}"
            )
    return out


def _spread(xs: list[float]) -> str:
    if not xs:
        return "-"
    sd = statistics.pstdev(xs) if len(xs) > 1 else 0.0
    return f"mean {statistics.fmean(xs):.2f} sd {sd:.2f} [{min(xs):.2f}, {max(xs):.2f}]"


def diversity_summary(profiles: list[UserProfile]) -> dict:
    """Distinct combinations and trait spread of a profile set (printed by ``profiles generate``)."""
    roles = [p.role for p in profiles]
    goals = [p.goal for p in profiles]
    traits = ("openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism")
    return {
        "profiles": len(profiles),
        "distinct_names": len({r.name for r in roles}),
        "distinct_role_scenario": len({(r.occupation, g.scenario) for r, g in zip(roles, goals)}),
        "distinct_role_scenario_item_locale": len(
            {(r.occupation, g.scenario, g.item, r.locale) for r, g in zip(roles, goals)}
        ),
        "scenarios": dict(sorted(Counter(g.scenario or g.domain for g in goals).items())),
        "locales": dict(sorted(Counter(r.locale for r in roles).items())),
        "age": _spread([float(r.age) for r in roles if r.age is not None]),
        **{t: _spread([getattr(r.personality, t) for r in roles]) for t in traits},
        "verbosity": _spread([r.style.verbosity for r in roles]),
        "cooperativeness": _spread([g.cooperativeness for g in goals]),
        "behaviours": dict(Counter(b.name for g in goals for b in g.behaviours).most_common()),
        "with_price_limit": sum(1 for g in goals if g.max_price() is not None or g.min_price() is not None),
    }


def format_summary(summary: dict) -> str:
    return "\n".join(f"  {k:<36} {v}" for k, v in summary.items())
