"""Offer decisions: does a simulator accept, counter or walk away where the reference user does?

Most of the shipped simulator's missed stops come at a price (docs/simulator-log.md: offers within the limit
rejected, offers past it countered for ever): the decision rests on comparing the agent's number with the
profile's limit. The side-by-side eval meets about 18 offer turns a seed; this benchmark builds many, balanced
by the reference user's answer, and asks each simulator for its next turn there.

Cases: scripted conversations (``ScenarioAgent`` against ``UserPolicy``, no traps) over ``--profiles`` (default:
the recipe's held-out ``profiles/test.jsonl``), seeded; every offer turn of a profile with a price limit is a
case, labelled with the reference user's action: ``accept`` (within the limit), ``counter`` (past it, close,
a counter left) or ``end`` (far past it, or no counter left). ``--per-action K`` cases of each, drawn with
``--seed``. The simulator gets the agent-side transcript up to the offer in ``--template`` (default: the one
the model was trained on) and writes one turn, sampled as ``userlm eval simulator`` samples (``--temperature``,
default the model's own; ``--no-grammar`` for free generation).

Scored per case: the turn's ``Action:`` (``parse_turn``; "none" when it does not parse) against the
reference action, and whether the turn ends the conversation (a stop token) where the reference user does
(``accept`` and ``end`` end it). Prints a table per reference action and overall, one column per simulator,
and writes every turn to ``--out`` (JSON, atomically).

    .venv/bin/python benchmarks/offer_decisions.py --sim smollm2-135m-userlm [--sim new=runs/x/merged]
        [--profiles runs/simulator/profiles/test.jsonl] [--per-action 20] [--seed 0] [--no-grammar]
        [--template simulator_compact] [--temperature 0.5] [--out runs/offer_decisions.json]

The last lines are ``sim=<label> action_right=<float> stop_right=<float> n=<int>``, one per simulator.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter, defaultdict

from userlm.core.backends import SamplingParams
from userlm.core.io import write_json
from userlm.core.profile_store import load_profiles
from userlm.core.turn import parse_turn
from userlm.eval.simulators import load_simulator
from userlm.synth.policy import UserPolicy
from userlm.synth.scenario_agent import ScenarioAgent

ACTIONS = ("accept", "counter", "end")
ENDING = {"accept", "end"}


def offer_cases(profiles: list, conversations: int, seed: int) -> dict[str, list[dict]]:
    """Every offer turn of ``conversations`` scripted conversations, grouped by the reference user's action."""
    priced = [p for p in profiles if p.goal.max_price() is not None or p.goal.min_price() is not None]
    if not priced:
        raise SystemExit("none of the profiles has a price limit (max_price or min_price): no offer turns")
    rng = random.Random(seed)
    cases: dict[str, list[dict]] = defaultdict(list)
    for i in range(conversations):
        profile = priced[i % len(priced)]
        # half the agents close with an offer inside the limit: accepts are otherwise the rarest case
        agent = ScenarioAgent(profile, rng, trap_rate=0.0, cooperative=0.5, max_turns=12)
        user = UserPolicy(profile, rng)
        messages: list[dict] = []
        while (turn := agent.next_turn(user.ended)) is not None:
            messages.append({"role": "assistant", "content": turn.text})
            move = user.respond(turn)
            if turn.kind == "offer" and move.action in ACTIONS:
                cases[move.action].append({"profile": profile, "messages": list(messages)})
            messages.append({"role": "user", "content": move.content})
    return cases


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--sim", action="append", required=True, help="a simulator spec, as userlm eval simulator takes"
    )
    ap.add_argument("--profiles", default="runs/simulator/profiles/test.jsonl")
    ap.add_argument(
        "--conversations", type=int, default=300, help="scripted conversations to draw offer turns from"
    )
    ap.add_argument(
        "--per-action", type=int, default=20, help="cases per reference action (accept, counter, end)"
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--template", default=None)
    ap.add_argument("--temperature", type=float, default=None)
    ap.add_argument("--no-grammar", action="store_true")
    ap.add_argument("--out", default="runs/offer_decisions.json")
    args = ap.parse_args()

    if "policy" in (spec.split("=", 1)[-1] for spec in args.sim):
        ap.error(
            "--sim policy: the reference user is this benchmark's yardstick (it scores 1.0 by construction)"
        )
    by_action = offer_cases(load_profiles(args.profiles), args.conversations, args.seed)
    draw = random.Random(args.seed)
    cases = [
        {**case, "reference": action}
        for action in ACTIONS
        for case in draw.sample(by_action[action], min(args.per_action, len(by_action[action])))
    ]
    print(
        f"{len(cases)} offer turns: "
        + ", ".join(f"{a} {sum(c['reference'] == a for c in cases)}" for a in ACTIONS)
    )
    results: dict[str, list[dict]] = {}
    for spec in args.sim:
        params = None
        if args.temperature is not None:
            params = SamplingParams(max_tokens=192, temperature=args.temperature, seed=args.seed)
        sim = load_simulator(spec, params=params, template=args.template, grammar=not args.no_grammar)
        start = time.time()
        items = [(f"offer-{i}", c["profile"], c["messages"], None) for i, c in enumerate(cases)]
        rows = []
        for case, (text, error) in zip(cases, sim.respond(items)):
            parsed = parse_turn(text or "")
            action = parsed.parts.action if parsed.ok else "none"
            rows.append({"reference": case["reference"], "action": action or "none", "stop": parsed.stop,
                         "error": error, "profile_id": case["profile"].id, "raw": text})  # fmt: skip
        results[sim.label] = rows
        print(f"{sim.label}: {len(rows)} turns in {time.time() - start:.0f} s")

    print("\n| reference action | " + " | ".join(results) + " |")
    print("| --- |" + " --- |" * len(results))
    for action in ACTIONS:
        cells = []
        for rows in results.values():
            mine = [r for r in rows if r["reference"] == action]
            said = Counter(r["action"] for r in mine)
            top = ", ".join(f"{a} {n}" for a, n in said.most_common(3))
            cells.append(f"{said[action]}/{len(mine)} ({top})")
        print(f"| {action} | " + " | ".join(cells) + " |")
    summary = {}
    for label, rows in results.items():
        right = sum(r["action"] == r["reference"] for r in rows) / len(rows)
        stop = sum(bool(r["stop"]) == (r["reference"] in ENDING) for r in rows) / len(rows)
        summary[label] = {"action_right": right, "stop_right": stop, "n": len(rows)}
    write_json(args.out, {"args": vars(args), "summary": summary, "turns": results})
    for label, s in summary.items():
        print(f"sim={label} action_right={s['action_right']:.3f} stop_right={s['stop_right']:.3f} n={s['n']}")


if __name__ == "__main__":
    main()
