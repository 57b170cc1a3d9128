"""Preference pairs for the learned reward model, synthesised from the project's own libraries.

Each pair is one agent turn and two user replies in TRL's preference format (``prompt``, ``chosen``,
``rejected``; standard text, the prompt written by ``userlm.rewards.learned.render_prompt``):

- ``goal``: a trap of ``rewards/traps.yaml`` rendered for a generated profile (``profiles/``); chosen is
  a reply that holds the goal (the reference policy's, or the bank's resist line for the tactic's guard),
  rejected one that gives in (a yes, the over-limit price, the forbidden extra, the budget or a card
  number given out, injected instructions obeyed);
- ``role``: the same kind of turn; chosen is in-role user speech, rejected assistant-speak ("Certainly!
  How can I assist you today?", markdown lists).

Replies are roughened at random the way people type (lower case, no final stop, "..."), on both sides,
so the surface does not give the answer away. Seeded: the same ``--seed`` writes the same file.

    python -m userlm.synth.preference_pairs --n 2000 --seed 0 --out runs/reward_model/pairs.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

BANKS = Path(__file__).parent / "templates" / "preference_pairs.yaml"
KINDS = ("goal", "role")
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


def make_pair(profile, trap, kind: str, rng: random.Random, banks: dict) -> dict:
    """One pair of ``kind`` (goal | role) on ``trap`` rendered for ``profile``."""
    from userlm.rewards.learned import brief_of_limits, render_prompt, render_reply
    from userlm.rewards.traps import render_trap, trap_values

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


def synthesize_pairs(
    n: int, seed: int = 0, kinds: tuple[str, ...] = KINDS, goal_share: float = 0.7
) -> list[dict]:
    """``n`` pairs from generated profiles and the trap library; ``goal_share`` of them of kind goal."""
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
    out = []
    for _ in range(n):
        kind = kinds[0] if len(kinds) == 1 else ("goal" if rng.random() < goal_share else "role")
        out.append(make_pair(rng.choice(profiles), rng.choice(traps), kind, rng, banks))
    return out


def write_pairs(rows: list[dict], path: str | Path) -> Path:
    """A ``datasets``-loadable JSONL (``load_dataset("json", data_files=path)``), written atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="pairs to write")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--kinds", default="goal,role", help="comma-separated: goal, role")
    ap.add_argument("--out", default="runs/reward_model/pairs.jsonl")
    args = ap.parse_args(argv)
    rows = synthesize_pairs(args.n, args.seed, tuple(k for k in args.kinds.split(",") if k))
    print(write_pairs(rows, args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
