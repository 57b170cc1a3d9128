"""Preference pairs for the learned reward model, synthesised from the project's own libraries.

Each pair is one agent turn and two user replies in TRL's preference format (``prompt``, ``chosen``,
``rejected``; standard text, the prompt written by ``userlm.rewards.learned.render_prompt``):

- ``goal``: a trap of ``rewards/traps.yaml`` rendered for a generated profile (``profiles/``); chosen is
  a reply that holds the goal (the reference policy's, or the bank's resist line for the tactic's guard),
  rejected one that gives in (a yes, the over-limit price, the forbidden extra, the budget or a card
  number given out, injected instructions obeyed);
- ``role``: the same kind of turn; chosen is in-role user speech, rejected assistant-speak ("Certainly!
  How can I assist you today?", markdown lists);
- ``settle``: the agent gives the user what they came for (a price inside the limit, a resolution); chosen
  takes it, rejected turns it down, with the very refusals that are chosen against a trap. Without these a
  model learns that "no" is good in itself (it did: ``benchmarks/reward_model_bias.py``);
- ``overlimit``: a plain offer past the price limit, no tactic; chosen holds the limit, rejected takes it.

All four are drawn by default (``KIND_WEIGHTS``; a ``settle`` pair with a plain yes brings its mirror).

Replies are roughened at random the way people type (lower case, no final stop, "..."), on both sides,
so the surface does not give the answer away. Seeded: the same ``--seed`` writes the same file.

Pairs written by people (``pairs_from_resist_give_in``) come in the reward-accuracy benchmark's format:
a tau2-bench ``user_scenario``, the conversation (agent = ``assistant``, its last turn the one answered),
a ``resist`` reply and a ``give_in`` reply. The scenario is imported as ``userlm.profiles.tau2`` imports
a task, so the model reads the limits the way the rewards do.

    python -m userlm.synth.preference_pairs --n 2000 --seed 0 --out runs/reward_model/pairs.jsonl
    python -m userlm.synth.preference_pairs --from-pairs benchmarks/data/blind/blind_pairs.jsonl --out runs/rm/human.jsonl
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

BANKS = Path(__file__).parent / "templates" / "preference_pairs.yaml"
KINDS = ("goal", "role", "settle", "overlimit")
DEFAULT_KINDS = KINDS  # the shipped reward model's pairs (its card); its first version had goal and role only
# goal:role stays 7:3 in any subset, so kinds=("goal", "role") draws exactly the first version's pairs
KIND_WEIGHTS = {"goal": 0.42, "role": 0.18, "settle": 0.3, "overlimit": 0.1}
GUARD_ORDER = ("hidden", "instructions", "agreement", "must_not", "price")  # the most telling guard first


def _banks() -> dict:
    from userlm.core.io import read_yaml

    return read_yaml(BANKS)


def roughen(text: str, rng: random.Random) -> str:
    """The way people type: sometimes lower case, no final stop, a trailing "...", no apostrophes."""
    r = rng.random()
    if r < 0.15:
        text = text[:1].lower() + text[1:]
    elif r < 0.25:
        text = text.lower().rstrip(".!")
    elif r < 0.3:
        text = text.rstrip(".!") + "..."
    elif r < 0.35:
        text = text.replace("'", "")
    return text


def _fill(template: str, values: dict[str, str]) -> str:
    return template.format_map(values)


def _guard(trap) -> str:
    return next((g for g in GUARD_ORDER if g in trap.guards), "any")


def _policy_reply(profile, trap, agent: str, rng: random.Random) -> str:
    from userlm.synth.policy import UserPolicy
    from userlm.synth.scenario_agent import AgentTurn

    move = UserPolicy(profile, rng).respond(AgentTurn(text=agent, kind="trap", trap=trap.id))
    return move.reply


def _price_limit(profile) -> tuple[float, bool] | None:
    """(the limit, True for a buyer's ceiling) or None when the profile has no price limit."""
    g = profile.goal
    if g.max_price() is not None:
        return g.max_price(), True
    return (g.min_price(), False) if g.min_price() is not None else None


def _money_like(reference: str, value: float) -> str:
    """``value`` written as ``reference`` writes money (a ``trap_values`` amount: "$1,200", "4,100 INR").

    >>> _money_like("4,100 INR", 3043.2), _money_like("£17.50", 9.5)
    ('3,043 INR', '£9.50')
    """
    m = re.match(r"^(\D*?)[\d.,]+(\D*)$", reference.strip())
    prefix, suffix = (m.group(1), m.group(2)) if m else ("$", "")
    return f"{prefix}{value:,.0f}{suffix}" if value >= 100 else f"{prefix}{value:,.2f}{suffix}"


def _policy_move(profile, text: str, kind: str, rng: random.Random, **turn) -> str:
    from userlm.synth.policy import UserPolicy
    from userlm.synth.scenario_agent import AgentTurn

    return UserPolicy(profile, rng).respond(AgentTurn(text=text, kind=kind, **turn)).reply


def make_settle_pairs(profile, kind: str, rng: random.Random, banks: dict, traps: list | None = None) -> list[dict]:
    """Pairs of kind ``settle`` (the agent gives what the user came for) or ``overlimit`` (a plain offer past
    the price limit) for ``profile``; ``overlimit`` needs a price limit.

    A ``settle`` pair whose chosen reply is a plain yes comes with its mirror: the same two replies after an
    over-limit offer (or a trap, for a profile without a price limit), the refusal now chosen. Reply wording
    alone then earns nothing; only reading the agent's turn does.
    """
    from userlm.rewards.learned import brief_of_limits, render_prompt, render_reply
    from userlm.rewards.traps import render_trap, trap_values

    values, limit = trap_values(profile, rng), _price_limit(profile)

    def row(agent: str, chosen: str, rejected: str, row_kind: str, tactic: str | None = None) -> dict:
        return {"prompt": render_prompt(brief_of_limits(profile.goal.hard_limits), agent),
                "chosen": render_reply(chosen), "rejected": render_reply(rejected),
                "kind": row_kind, "tactic": tactic, "profile_id": profile.id}  # fmt: skip

    def past_limit() -> tuple[str, float]:
        cap, buyer = limit
        bad = cap * (rng.uniform(1.08, 1.3) if buyer else rng.uniform(0.7, 0.92))
        values["bad_price"] = values["over_price"] = _money_like(values["budget"], bad)
        return _fill(rng.choice(banks["overlimit_agent"]), values), bad

    agree, thanks = banks["accept"]["agree"], banks["accept"]["thanks"]
    if kind == "overlimit":
        if limit is None:
            raise ValueError(f"profile {profile.id} has no price limit to go past")
        agent, bad = past_limit()
        if rng.random() < 0.35:
            chosen = _policy_move(profile, agent, "offer", rng, offer=bad)
        else:
            pool = (banks["resist"]["price"] if limit[1] else []) + banks["resist"]["any"]  # "too much" lines
            chosen = _fill(rng.choice(pool), values)
        rejected = _fill(rng.choice(agree + thanks + banks["give_in"]["price"]), values)
        return [row(agent, roughen(chosen, rng), roughen(rejected, rng), kind)]
    if limit is not None and rng.random() < 0.6:
        cap, buyer = limit
        fair = cap * (rng.uniform(0.85, 1.0) if buyer else rng.uniform(1.0, 1.15))
        values["fair_price"] = _money_like(values["budget"], fair)
        agent = _fill(rng.choice(banks["settle_agent"]["price"]), values)
        turn: dict = {"kind": "offer", "offer": fair, "goal_met": True}
    else:
        agent = _fill(rng.choice(banks["settle_agent"]["resolve"]), values)
        turn = {"kind": "resolve", "goal_met": True}
    r, yes = rng.random(), False
    if r < 0.2:
        chosen = _policy_move(profile, agent, rng=rng, **turn)
    else:
        chosen, yes = _fill(rng.choice(agree if r < 0.7 else thanks), values), r < 0.7
    chosen = roughen(chosen, rng)
    rejected = roughen(_fill(rng.choice(banks["refuse"] + banks["resist"]["any"]), values), rng)
    rows = [row(agent, chosen, rejected, kind)]
    if yes and limit is not None:
        rows.append(row(past_limit()[0], rejected, chosen, "overlimit"))
    elif yes and traps:
        trap = rng.choice(traps)
        rows.append(row(render_trap(trap, profile, rng), rejected, chosen, "goal", trap.id))
    return rows


def make_pair(profile, trap, kind: str, rng: random.Random, banks: dict) -> dict:
    """One pair of ``kind`` (goal | role | settle | overlimit); ``trap`` rendered for ``profile`` in the first two."""
    from userlm.rewards.learned import brief_of_limits, render_prompt, render_reply
    from userlm.rewards.traps import render_trap, trap_values

    if kind in ("settle", "overlimit"):
        return make_settle_pairs(profile, kind, rng, banks)[0]
    values = trap_values(profile, rng)
    agent = render_trap(trap, profile, rng)
    guard = _guard(trap)
    resist_lines = banks["resist"]["any"] + banks["resist"].get(guard, [])
    if rng.random() < 0.35:
        chosen = _policy_reply(profile, trap, agent, rng)
    else:
        chosen = _fill(rng.choice(resist_lines), values)
    if kind == "goal":
        pool = banks["give_in"].get(guard, []) * 2 + banks["give_in"]["any"]
        rejected = _fill(rng.choice(pool), values)
    else:
        rejected = _fill(rng.choice(banks["assistant"]), values)
    prompt = render_prompt(brief_of_limits(profile.goal.hard_limits), agent)
    return {
        "prompt": prompt,
        "chosen": render_reply(roughen(chosen, rng)),
        "rejected": render_reply(roughen(rejected, rng) if kind == "goal" else rejected),
        "kind": kind,
        "tactic": trap.id,
        "profile_id": profile.id,
    }


def synthesize_pairs(n: int, seed: int = 0, kinds: tuple[str, ...] = DEFAULT_KINDS) -> list[dict]:
    """``n`` pairs from generated profiles and the trap library, of ``kinds`` drawn by ``KIND_WEIGHTS``
    (``overlimit`` only for profiles with a price limit)."""
    from userlm.profiles.generate import generate
    from userlm.profiles.library import load_library
    from userlm.rewards.traps import load_traps

    if n < 1:
        raise ValueError("n must be at least 1")
    bad = [k for k in kinds if k not in KINDS]
    if bad:
        raise ValueError(f"unknown pair kind(s) {bad}; known: {list(KINDS)}")
    rng = random.Random(seed)
    profiles = generate(load_library(), max(8, n // 4), seed=seed)
    traps, banks = load_traps(), _banks()
    priced = [p for p in profiles if _price_limit(p) is not None]
    if "overlimit" in kinds and not priced:  # a small n can draw no priced profile: the other kinds go on
        if kinds == ("overlimit",):
            raise ValueError("kind overlimit needs profiles with a price limit; none was generated")
        kinds = tuple(k for k in kinds if k != "overlimit")
    weights = [KIND_WEIGHTS[k] for k in kinds]
    out: list[dict] = []
    while len(out) < n:
        kind = kinds[0] if len(kinds) == 1 else rng.choices(kinds, weights)[0]
        profile = rng.choice(priced if kind == "overlimit" else profiles)
        if kind in ("settle", "overlimit"):
            out.extend(make_settle_pairs(profile, kind, rng, banks, traps))
        else:
            out.append(make_pair(profile, rng.choice(traps), kind, rng, banks))
    return out[:n]


def pairs_from_resist_give_in(path: str | Path) -> list[dict]:
    """Preference pairs (``prompt``/``chosen``/``rejected``) from a resist / give-in JSONL file (the format
    of ``benchmarks/reward_accuracy.py``): chosen is ``resist``, rejected ``give_in``. A malformed line raises
    ``DataError`` with the file, line and field.

    >>> import json, tempfile
    >>> row = {"id": "x1", "user_scenario": {"persona": "Ann, 40.", "instructions": {"domain": "retail",
    ...        "reason_for_call": "You want a refund.", "known_info": "Your name is Ann.", "unknown_info": "",
    ...        "task_instructions": "Do not accept store credit."}},
    ...        "conversation": [{"role": "assistant", "content": "I can offer store credit."}],
    ...        "resist": "No, a refund to my card.", "give_in": "Store credit is fine."}
    >>> f = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False); _ = f.write(json.dumps(row)); f.close()
    >>> pairs_from_resist_give_in(f.name)[0]["prompt"]
    'Limits: never: store credit\\nAgent: I can offer store credit.\\nUser:'
    """
    from userlm.core.io import DataError, iter_jsonl
    from userlm.profiles.tau2 import task_to_profile
    from userlm.rewards.learned import brief_of_limits, render_prompt, render_reply

    path = Path(path)
    out = []
    for n, row in iter_jsonl(path):
        for key, kind in (("resist", str), ("give_in", str), ("conversation", list), ("user_scenario", dict)):
            if not isinstance(row.get(key), kind) or not row[key]:
                raise DataError(f"missing or not a non-empty {kind.__name__}", path, n, key)
        last = row["conversation"][-1]
        if not isinstance(last, dict) or last.get("role") != "assistant" or not isinstance(last.get("content"), str):
            raise DataError("the last message must be the agent's (role assistant, with content)", path, n,
                            "conversation")  # fmt: skip
        ins = row["user_scenario"].get("instructions")
        domain = ins.get("domain") if isinstance(ins, dict) else None
        task = {"id": row.get("id", f"line-{n}"), "user_scenario": row["user_scenario"]}
        try:
            profile = task_to_profile(task, path, n, domain or "other")
        except DataError as e:
            raise DataError(e.reason, path, n, f"user_scenario ({e.field or 'scenario'})") from None
        prompt = render_prompt(brief_of_limits(profile.goal.hard_limits), last["content"])
        out.append({"prompt": prompt, "chosen": render_reply(row["resist"]), "rejected": render_reply(row["give_in"]),
                    "kind": "human", "id": str(row.get("id", n))})  # fmt: skip
    return out


def write_pairs(rows: list[dict], path: str | Path) -> Path:
    """A ``datasets``-loadable JSONL (``load_dataset("json", data_files=path)``), written atomically."""
    from userlm.core.io import write_jsonl

    write_jsonl(path, rows)
    return Path(path)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="pairs to write")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--kinds", default=",".join(DEFAULT_KINDS), help=f"comma-separated, of: {', '.join(KINDS)}")
    ap.add_argument("--from-pairs", nargs="+", default=None, metavar="JSONL",
                    help="convert resist / give-in pair files (benchmarks/reward_accuracy.py's format) instead")  # fmt: skip
    ap.add_argument("--out", default="runs/reward_model/pairs.jsonl")
    args = ap.parse_args(argv)
    if args.from_pairs:
        rows = [r for p in args.from_pairs for r in pairs_from_resist_give_in(p)]
    else:
        rows = synthesize_pairs(args.n, args.seed, tuple(k for k in args.kinds.split(",") if k))
    print(write_pairs(rows, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
