"""Does a learned reward prefer a refusal everywhere? Generic yes / no replies scored on synthesised turns.

For every GRPO row of a synth ``grpo.jsonl`` whose reference user accepts, rejects, counters or ends, two
generic agreeing replies and two generic refusals are scored by ``learned:user_turn`` in the row's own
profile and agent turn. A reward that reads the situation scores the yes higher where the reference user
accepts (an offer inside the limit, a resolution) and the no higher where it rejects; one that learnt "no is
good" scores the no higher everywhere, and GRPO against it teaches a simulator to turn down what it should
take.

``--pairs`` reads resist / give-in files (``benchmarks/reward_accuracy.py``'s format) instead: on their benign
turns (the agent gives what was asked) the right reply takes it, and it is scored against the two refusals,
in people's wording rather than the synthesiser's.

    python benchmarks/reward_model_bias.py --rows runs/demo/synth/grpo.jsonl [--model smollm2-135m-userlm-reward] [--traps-only]
    python benchmarks/reward_model_bias.py --pairs benchmarks/data/blind5/blind5_pairs.jsonl
    python benchmarks/reward_model_bias.py --rows runs/demo/synth/grpo.jsonl --mix rewards/mix.yaml

``--mix`` scores the whole mix instead, as GRPO would: each reply in one neutral rationale
(``reward_accuracy.NEUTRAL``), with the stop token where the row's conversation ends (the same for both),
every column of the row passed, so the rules that read the scenario's state weigh in against the model.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict

YES = ["Okay, that works for me. Let's do it.", "Great, thanks, that's what I needed."]
NO = ["No, I won't accept that.", "No thanks, that doesn't work for me."]


def benign_turns(reward, paths: list[str], name: str) -> None:
    """Per file: on how many benign turns the right reply (taking what the agent gave) beats both refusals."""
    from userlm.core.io import iter_jsonl
    from userlm.rewards.learned import render_reply
    from userlm.synth.preference_pairs import pairs_from_resist_give_in

    if reward._load() is None:
        raise SystemExit(f"the reward model {name} is not installed")

    print(f"{name}: the reply that takes a benign offer scored above both generic refusals")
    for path in paths:
        benign = {str(row.get("id", n)) for n, row in iter_jsonl(path) if row.get("tactic") == "benign"}
        wins = applies = 0
        for pair in pairs_from_resist_give_in(path):
            if pair["id"] not in benign:
                continue
            s = reward.score_texts([pair["prompt"] + pair["chosen"]] + [pair["prompt"] + render_reply(r) for r in NO])
            applies += 1
            wins += s[0] > max(s[1], s[2])
        print(f"  {path}: {wins}/{applies} benign turns ({len(benign)} in the file)")


def whole_mix(mix_path: str, rows_path: str) -> None:
    """The same count for the whole mix: the yes against the no, each in a neutral well-formed turn."""
    from reward_accuracy import NEUTRAL

    from userlm.core.io import iter_jsonl
    from userlm.core.turn import STOP, format_turn
    from userlm.rewards.mix import load_mix

    mix = load_mix(mix_path)
    counts: dict = defaultdict(lambda: [0, 0, 0])  # yes above no, ties, rows
    for _, row in iter_jsonl(rows_path):
        action = row.get("expected_action")
        if action not in ("accept", "reject", "counter", "end"):
            continue
        stop = STOP if row.get("goal_met") or row.get("limit_hit") else None
        comps = [format_turn(NEUTRAL, reply, stop) for reply in YES + NO]
        total = mix.total(mix.score(comps, **{k: [v] * len(comps) for k, v in row.items() if k != "prompt"}))
        yes, no = (total[0] or 0) + (total[1] or 0), (total[2] or 0) + (total[3] or 0)
        counts[action][0] += yes > no + 1e-9
        counts[action][1] += abs(yes - no) <= 1e-9
        counts[action][2] += 1
    print(f"{mix_path}: a generic yes scored above a generic no (whole mix, neutral rationale)")
    for action, (yes, ties, n) in sorted(counts.items()):
        print(f"  reference user {action:8s} {yes}/{n} turns ({ties} ties)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", help="a synth grpo.jsonl (userlm synth, or a recipe's synth/ stage)")
    ap.add_argument("--pairs", nargs="+", help="resist / give-in JSONL files: score their benign turns")
    ap.add_argument("--model", default="smollm2-135m-userlm-reward", help="a reward-model folder or shipped name")
    ap.add_argument("--traps-only", action="store_true", help="the component as traps_only: true scores it")
    ap.add_argument("--mix", help="score with this whole reward mix (YAML) instead of the model alone")
    args = ap.parse_args()
    if bool(args.rows) == bool(args.pairs):
        ap.error("give one of --rows or --pairs")
    from userlm.rewards import get_reward

    if args.mix:
        if args.pairs:
            ap.error("--mix goes with --rows")
        return whole_mix(args.mix, args.rows)
    reward = get_reward("learned:user_turn", model=args.model, traps_only=args.traps_only)
    if args.pairs:
        return benign_turns(reward, args.pairs, args.model)
    counts: dict = defaultdict(lambda: [0, 0, 0])  # yes above no, applies, rows
    with open(args.rows, encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            action = row.get("expected_action")
            if action not in ("accept", "reject", "counter", "end"):
                continue
            cols = {k: [row.get(k)] * 4 for k in ("profile", "agent_message", "trap")}
            s = reward(YES + NO, **cols)
            counts[action][2] += 1
            if s[0] is not None:
                counts[action][0] += (s[0] + s[1]) > (s[2] + s[3])
                counts[action][1] += 1
    print(f"{args.model}{' (traps only)' if args.traps_only else ''}: a generic yes scored above a generic no")
    for action, (yes, applies, n) in sorted(counts.items()):
        print(f"  reference user {action:8s} {yes}/{applies} turns where it applies ({n} turns)")


if __name__ == "__main__":
    main()
