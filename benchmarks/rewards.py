"""Throughput of the programmatic rewards: completions scored per second, per reward and for the mix.

Every completion is distinct (as in training), and the parse and analysis caches are cleared before
each timing, so each figure includes parsing. ``--group G`` gives each run of G rows one prompt (agent
message, profile, history), as a GRPO group of ``num_generations`` completions has; the default, 1, gives
every row its own agent message, so what is read once per agent message is paid on every row. Figures are CPU time of this process (best of
``--repeat`` runs), so they hold on a shared machine; pin to one core with ``taskset -c 0``.
Goal: >= 5,000 completions/s for the whole mix of rules on one core. The mix's learned component (a reward
model, tens of completions a second) is timed apart, on ``--learned-n`` completions, with ``--learned``.

    taskset -c 0 python benchmarks/rewards.py [--n 20000] [--repeat 3] [--group 1] [--learned]
"""

from __future__ import annotations

import argparse
import random
import time

from userlm.core.profile_store import examples_path, load_profiles
from userlm.core.turn import STOP, RationaleParts, format_turn
from userlm.rewards import load_mix
from userlm.rewards.analysis import clear_caches
from userlm.rewards.traps import load_traps, render_trap

REPLIES = [
    "Honestly that's a lot. Can you do {p} out the door?",
    "No rush on my end, and no extended warranty. Still {p} max.",
    "Deal, I'll take it at {p}.",
    "Certainly! How can I assist you today?\n- price {p}\n- no add-ons",
    "I never agreed to that. Refund to my card, please.",
    "Great, send it in writing.",
]


def build(n: int, seed: int = 0, group: int = 1) -> tuple[list[str], dict[str, list]]:
    """``n`` distinct completions; each run of ``group`` rows shares one prompt (profile, agent message,
    trap, history, offer), as the ``num_generations`` completions of a GRPO group do."""
    rng = random.Random(seed)
    profiles, traps = load_profiles(examples_path()), load_traps()
    comps, cols = [], {k: [] for k in ("profile", "agent_message", "trap", "previous_user_replies", "offer",
                                       "goal_met", "limit_hit", "expected_action")}  # fmt: skip
    pjson = [p.model_dump_json() for p in profiles]
    for i in range(n):
        if i % group == 0:  # a new prompt
            k = rng.randrange(len(profiles))
            trap = rng.choice(traps) if rng.random() < 0.5 else None
            agent = (
                render_trap(trap, profiles[k], rng) if trap else f"Our best price is ${20000 + i % 3000:,}."
            )
            offer = 20000.0 + i % 3000
        action = rng.choice(["counter", "reject", "accept", "ask", "end"])
        parts = RationaleParts(agent=f"turn {i}: the agent pushes", trap=trap.name if trap and i % 2 else None,
                               concerns="price open; no add-ons", action=action, plan=f"{action} politely",
                               tone="short", state=dict(trust=rng.random(), emotion=0.4, patience=0.5,
                                                        participation=0.7))  # fmt: skip
        reply = rng.choice(REPLIES).format(p=f"${19000 + i:,}")
        comps.append(format_turn(parts, reply, STOP if action == "end" else None))
        if i % group == 0:  # drawn here, so that --group 1 draws what the benchmark always drew
            goal_met = rng.random() < 0.2
        for key, v in (("profile", pjson[k]), ("agent_message", agent), ("trap", trap.id if trap else None),
                       ("previous_user_replies", ["Hi, about the order.", "What's the total?"]),
                       ("offer", offer), ("goal_met", goal_met), ("limit_hit", False),
                       ("expected_action", "counter")):  # fmt: skip
            cols[key].append(v)
    return comps, cols


def rate(fn, comps, cols, repeat: int, batch: int = 64) -> float:
    # CPU time of this process: the figure for one core even when the machine is shared. Other
    # processes still slow it (shared caches), so the best of ``repeat`` cold runs is reported.
    best = float("inf")
    for _ in range(repeat):
        clear_caches()
        t = time.process_time()
        for s in range(0, len(comps), batch):
            fn(comps[s : s + batch], **{k: v[s : s + batch] for k, v in cols.items()})
        best = min(best, time.process_time() - t)
    return len(comps) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000, help="completions to score")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per figure; the best is reported")
    ap.add_argument("--group", type=int, default=1,
                    help="rows per prompt: 1 = every row its own agent message (the strictest case); 8 = a GRPO "
                         "group of training/grpo_user.yaml's num_generations, whose rows share the prompt")  # fmt: skip
    ap.add_argument("--learned", action="store_true", help="also time the mix's learned components (a model)")
    ap.add_argument("--learned-n", type=int, default=256, help="completions the learned components score")
    args = ap.parse_args()
    comps, cols = build(args.n, group=max(1, args.group))
    full = load_mix()
    mix = full.rules_only()
    mix.score(comps[:64], **{k: v[:64] for k, v in cols.items()})  # warm profile cache and regexes
    print(
        f"{args.n} distinct completions, {args.group} per prompt, batches of 64, one process, CPU time (best of {args.repeat})"
    )
    for name, fn in zip(mix.names, mix.funcs):
        print(f"  {name:18s} {rate(fn, comps, cols, args.repeat):>10,.0f} completions/s")
    r = rate(mix.score, comps, cols, args.repeat)
    print(
        f"  {f'rules (all {len(mix.names)})':18s} {r:>10,.0f} completions/s  (goal >= 5,000: {'met' if r >= 5000 else 'NOT met'})"
    )
    learned = [(n, f) for n, f in zip(full.names, full.funcs) if n not in mix.names]
    for name, fn in learned if args.learned else []:
        k = min(args.learned_n, len(comps))
        fn(comps[:8], **{c: v[:8] for c, v in cols.items()})  # load the model
        sub = {c: v[:k] for c, v in cols.items()}
        print(f"  {name:18s} {rate(fn, comps[:k], sub, args.repeat):>10,.1f} completions/s (CPU time, {k} completions)")
    if learned and not args.learned:
        print(f"  (not timed: {', '.join(n for n, _ in learned)}; --learned times it)")


if __name__ == "__main__":
    main()
