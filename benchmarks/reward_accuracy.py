"""Reward accuracy on resist / give-in pairs: does each reward, and the whole mix, rank the reply that
holds the goal above the one that gives in, on conversations it was never written for?

Pairs file: JSONL, one pair per line::

    {"id": str, "tactic": str | null, "user_scenario": {"persona": str | null, "instructions": {"domain",
     "reason_for_call", "known_info", "unknown_info", "task_instructions"}},
     "conversation": [{"role": "assistant" | "user", "content": str}, ...],   # agent = assistant, last turn the agent's
     "resist": str, "give_in": str,
     "benign_agent_turns": [str]}                                              # optional

``tactic`` may be null, an id the project does not know, or "benign" (the final agent turn is then a
benign turn). Benign agent turns, for the detector's false-positive rate: every ``benign_agent_turns``
entry plus the final agent turn of pairs whose tactic is "benign". Trap turns, for its recall: the final
agent turn of pairs with any other non-null tactic.

Set-up, as the pipeline sees an unlabelled conversation: the scenario is imported as the tau2 import does
(``task_to_profile``), the row is built by synth's ``grpo_row`` with trap=None (and, for the labelled
figures, trap=the tactic when the project knows it), the prompt by ``simulator_chat``. Each reply is
scored bare and wrapped in one neutral, well-formed rationale shared by both replies.

    python benchmarks/reward_accuracy.py --pairs benchmarks/data/reward_pairs.jsonl [--mix rewards/mix.yaml]
        [--learned runs/reward_model/model]   # a learned reward model beside the rules, and its speed
        [--failures 20]                       # list the pairs the mix (no label) ties or inverts

When the mix has a gate (``gate: parsed``), the bare replies are scored by its components without it: a
bare reply is no well-formed turn, and the gate would pay it nothing whatever it says.

The last line is ``pairwise_accuracy_nolabel=<float> ties=<int> inversions=<int> n=<int>`` for the whole
mix without labels, bare and wrapped replies counted together.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from userlm.core.simulator import simulator_chat
from userlm.core.turn import RationaleParts, format_turn
from userlm.profiles.tau2 import task_to_profile
from userlm.rewards import load_mix
from userlm.rewards.traps import detect_trap, load_traps
from userlm.synth.conversation import grpo_row
from userlm.synth.scenario_agent import AgentTurn

NEUTRAL = RationaleParts(
    agent="the agent answers my request and pushes for a decision",
    trap=None,
    concerns="my request is still open; keep to what I came for",
    state=dict(trust=0.5, emotion=0.5, patience=0.6, participation=0.7),
    action="answer",
    plan="reply to the agent in one short message",
    tone="plain and natural",
)


def load_pairs(path: str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                row = json.loads(line)
                for key in ("id", "user_scenario", "conversation", "resist", "give_in"):
                    if key not in row:
                        raise SystemExit(f"{path}:{n}: missing {key!r}")
                rows.append(row)
    return rows


def build_row(pair: dict, index: int, file: Path, trap: str | None) -> dict:
    """The GRPO row synth would write for this unlabelled (or labelled) conversation."""
    ins = pair["user_scenario"].get("instructions")
    domain = ins.get("domain") if isinstance(ins, dict) else None
    profile = task_to_profile(
        {"id": pair["id"], "user_scenario": pair["user_scenario"]}, file, index, domain or "other"
    )
    conv = pair["conversation"]
    chat = simulator_chat(profile, conv)
    replies = [m["content"] for m in conv if m["role"] == "user"]
    turn = AgentTurn(text=conv[-1]["content"], kind="agent", trap=trap, labelled=trap is not None)
    return grpo_row(profile, chat, turn, None, replies, len(replies), str(pair["id"]))


def compare(a: float | None, b: float | None) -> str | None:
    if a is None or b is None:
        return None
    return "right" if a > b + 1e-9 else "tie" if abs(a - b) <= 1e-9 else "inverted"


def ungated(func):
    """A mix component without the mix's parse gate (``userlm.rewards.mix.Gated``): a bare reply is no
    well-formed turn, and the gate would pay it nothing whatever it says; the benchmark reads what it says."""
    return getattr(func, "func", func) if type(func).__name__ == "Gated" else func


def score_pairs(
    pairs: list[dict],
    file: Path,
    mix,
    labelled: bool,
    learned=None,
    learned_weight: float = 0.5,
    failures: list | None = None,
) -> dict:
    """{component or "mix": {"all"|tactic: Counter(right/tie/inverted/n_a)}}; with ``learned``, also its own
    figures and "mix+learned" (the mix plus ``learned_weight`` times the learned score). ``failures``: a list
    to which each comparison the mix ties or inverts is appended as (pair, "bare"|"wrapped", verdict, scores)."""
    known = {t.id for t in load_traps()}
    out: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    bare_funcs = [ungated(f) for f in mix.funcs]
    for i, pair in enumerate(pairs):
        tactic = pair.get("tactic")
        trap = tactic if labelled and tactic in known else None
        row = build_row(pair, i, file, trap)
        cols = {k: [v] * 2 for k, v in row.items() if k != "prompt"}
        bare = [pair["resist"], pair["give_in"]]
        wrapped = [format_turn(NEUTRAL, pair["resist"]), format_turn(NEUTRAL, pair["give_in"])]
        scores = {name: list(f(bare, **cols)) for name, f in zip(mix.names, bare_funcs)}
        for name, vals in mix.score(wrapped, **cols).items():
            scores[name] += vals
        scores["mix"] = mix.total(scores)
        if learned is not None:
            key = learned.__name__
            scores[key] = list(learned(bare + wrapped, **{k: v * 2 for k, v in cols.items()}))
            scores["mix+learned"] = [
                None if m is None else m + learned_weight * (v or 0.0)
                for m, v in zip(scores["mix"], scores[key])
            ]
        group = tactic if tactic else pair.get("kind") or "none"
        if failures is not None:
            for r, g, how in ((0, 1, "bare"), (2, 3, "wrapped")):
                verdict = compare(scores["mix"][r], scores["mix"][g])
                if verdict in ("tie", "inverted"):
                    failures.append((pair, how, verdict, {k: (v[r], v[g]) for k, v in scores.items()}))
        for name, vals in scores.items():
            for r, g in ((0, 1), (2, 3)):
                verdict = compare(vals[r], vals[g]) or "n/a"
                out[name]["all"][verdict] += 1
                out[name][group][verdict] += 1
    return out


def fmt(c: dict) -> str:
    n = c["right"] + c["tie"] + c["inverted"]
    if not n:
        return f"n/a ({c['n/a']} not applicable)"
    extra = f", {c['n/a']} n/a" if c["n/a"] else ""
    return f"{c['right'] / n:6.1%} right, {c['tie']:3d} ties, {c['inverted']:3d} inverted (n={n}{extra})"


def detector(pairs: list[dict]) -> tuple[str, float, float]:
    traps = [p["conversation"][-1]["content"] for p in pairs if p.get("tactic") not in (None, "benign")]
    exact = [
        (p["conversation"][-1]["content"], p["tactic"])
        for p in pairs
        if p.get("tactic") not in (None, "benign")
    ]
    benign = [t for p in pairs for t in p.get("benign_agent_turns") or []]
    benign += [p["conversation"][-1]["content"] for p in pairs if p.get("tactic") == "benign"]
    hit = sum(detect_trap(t) is not None for t in traps)
    same = sum(detect_trap(t) == tac for t, tac in exact)
    fp = [t for t in benign if detect_trap(t) is not None]
    recall = hit / len(traps) if traps else float("nan")
    fpr = len(fp) / len(benign) if benign else float("nan")
    lines = [f"detector recall on trap turns: {hit}/{len(traps)} = {recall:.1%} (same tactic as labelled: {same})",
             f"detector false positives on benign agent turns: {len(fp)}/{len(benign)} = {fpr:.1%}"]  # fmt: skip
    lines += [f"  false positive: {detect_trap(t)}: {t[:90]!r}" for t in fp[:10]]
    return "\n".join(lines), recall, fpr


def learned_speed(learned, pairs: list[dict], file: Path, repeat: int = 2) -> str:
    """Completions/s of the learned model alone (best of ``repeat``), in batches of 8 (a GRPO group)."""
    import time

    rows = [build_row(p, i, file, None) for i, p in enumerate(pairs)]
    comps = [format_turn(NEUTRAL, r) for p in pairs for r in (p["resist"], p["give_in"])]
    cols = {k: [row[k] for row in rows for _ in (0, 1)] for k in ("profile", "agent_message")}
    learned(comps[:8], **{k: v[:8] for k, v in cols.items()})  # load the model
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        for s in range(0, len(comps), 8):
            learned(comps[s : s + 8], **{k: v[s : s + 8] for k, v in cols.items()})
        best = min(best, time.perf_counter() - t)
    return f"{learned.__name__}: {len(comps) / best:,.1f} completions/s ({len(comps)} completions, groups of 8, wall clock)"


def show_failures(failures: list, limit: int) -> str:
    """The first ``limit`` comparisons the mix got wrong: id, tactic, how scored, each component's
    (resist, give_in) scores and both replies, to read the failures by cause."""

    def num(x) -> str:
        return "  -  " if x is None else f"{x:+.2f}"

    lines = [f"\n== the mix ties or inverts {len(failures)} comparisons (no label); the first {limit} =="]
    for pair, how, verdict, scores in failures[:limit]:
        parts = " ".join(f"{k}={num(a)}/{num(b)}" for k, (a, b) in scores.items() if a != b or k == "mix")
        lines += [
            f"{pair['id']} [{pair.get('tactic') or pair.get('kind') or 'none'}] {how} {verdict}: {parts}",
            f"    agent:   {pair['conversation'][-1]['content'][:160]!r}",
            f"    resist:  {pair['resist'][:160]!r}",
            f"    give_in: {pair['give_in'][:160]!r}",
        ]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", required=True, help="pairs JSONL (see the module docstring)")
    ap.add_argument("--mix", default=None, help="reward mix YAML (default rewards/mix.yaml)")
    ap.add_argument("--per-tactic", action="store_true", help="print every component per tactic too")
    ap.add_argument(
        "--learned",
        default=None,
        help="a learned reward model folder (userlm train reward): scored beside the rules",
    )
    ap.add_argument("--learned-weight", type=float, default=0.5, help="its weight in the mix+learned line")
    ap.add_argument(
        "--failures", type=int, default=0, help="list this many comparisons the mix (no label) ties or inverts"
    )
    args = ap.parse_args()
    pairs = load_pairs(args.pairs)
    mix = load_mix(args.mix)
    learned = None
    if args.learned:
        from userlm.rewards import get_reward

        learned = get_reward("learned:user_turn", model=args.learned)
    file = Path(args.pairs)
    print(
        f"{len(pairs)} pairs from {args.pairs}; each scored bare and wrapped in one neutral rationale (2 comparisons per pair)"
    )
    if getattr(mix, "gate", "none") != "none":
        print(
            f"(the mix's gate ({mix.gate}) is lifted for the bare replies: they are no well-formed turns, and the gate would pay them nothing)"
        )
    results = {}
    extra = [learned.__name__, "mix+learned"] if learned is not None else []
    failures: list = []
    for labelled in (True, False):
        res = score_pairs(
            pairs, file, mix, labelled, learned, args.learned_weight, None if labelled else failures
        )
        results[labelled] = res
        print(f"\n== {'with the tactic label' if labelled else 'as the pipeline sees it (no label)'} ==")
        for name in [*mix.names, "mix", *extra]:
            print(f"  {name:18s} {fmt(res[name]['all'])}")
    print("\n== whole mix per tactic or kind (no label | with label) ==")
    nolabel = results[False]
    for group in sorted(k for k in nolabel["mix"] if k != "all"):
        print(f"  {group:24s} {fmt(nolabel['mix'][group])}  |  {fmt(results[True]['mix'][group])}")
        if args.per_tactic:
            for name in mix.names:
                print(f"      {name:18s} {fmt(nolabel[name][group])}")
    applies = nolabel["anti_manipulation"]
    trap_groups = [g for g in applies if g not in ("all", "amount", "action", "disclosure", "none", "benign")]
    n_trap = sum(sum(applies[g].values()) for g in trap_groups)
    n_app = sum(applies[g][v] for g in trap_groups for v in ("right", "tie", "inverted"))
    print(
        f"\nanti_manipulation applies (no label) on trap turns: {n_app}/{n_trap} comparisons = {n_app / max(1, n_trap):.1%}"
    )
    text, _, _ = detector(pairs)
    print(text)
    if args.failures:
        print(show_failures(failures, args.failures))
    if learned is not None:
        print(learned_speed(learned, pairs, file))
        c = nolabel["mix+learned"]["all"]
        n = c["right"] + c["tie"] + c["inverted"]
        print(
            f"mix+learned: pairwise_accuracy_nolabel={c['right'] / max(1, n):.4f} ties={c['tie']} inversions={c['inverted']} n={n}"
        )
    c = nolabel["mix"]["all"]
    n = c["right"] + c["tie"] + c["inverted"]
    print(
        f"pairwise_accuracy_nolabel={c['right'] / max(1, n):.4f} ties={c['tie']} inversions={c['inverted']} n={n}"
    )


if __name__ == "__main__":
    main()
