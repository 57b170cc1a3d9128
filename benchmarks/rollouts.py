"""Rollout throughput: conversations per second against a simulator, at several concurrencies.

    userlm serve --model smollm2-135m &                      # the served embedded simulator
    python benchmarks/rollouts.py --base-url http://127.0.0.1:8000/v1 --levels 1,8,32
    python benchmarks/rollouts.py                            # no URL: the simulator in process

A scripted agent (no agent model cost) talks to the simulator, so the figure is the simulator
side's: ``concurrency`` conversations run at once, each up to ``--max-turns`` agent turns.
Prints one line per level and a JSON summary (``--out`` writes it too).
"""

from __future__ import annotations

import argparse
import json
import time


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base-url", default=None, help="OpenAI-compatible simulator; unset = in process.")
    ap.add_argument("--model", default="smollm2-135m", help="Simulator model (or model name at the URL).")
    ap.add_argument("--api-key", default=None)
    ap.add_argument("--levels", default="1,8,32", help="Concurrencies to measure.")
    ap.add_argument(
        "--per-level", type=float, default=2.0, help="Conversations per level = max(4, this x level)."
    )
    ap.add_argument("--max-turns", type=int, default=2, help="Agent turns per conversation.")
    ap.add_argument("--max-tokens", type=int, default=96, help="Token budget of one simulator turn.")
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--out", default=None)
    ap.add_argument(
        "--template",
        default="simulator_system",
        choices=["simulator_system", "simulator_compact"],
        help="Simulator prompt template (compact: ~1/2 the prefill).",
    )
    a = ap.parse_args(argv)

    from userlm.agents.env import UserEnv, make_simulator
    from userlm.agents.rollout import RolloutConfig, ScriptedAgent, run_rollouts
    from userlm.core.backends.base import SamplingParams
    from userlm.core.profile_store import examples_path, load_profiles

    profiles = load_profiles(examples_path())
    params = SamplingParams(max_tokens=a.max_tokens, temperature=0.7, seed=0)
    sim = make_simulator(a.model, a.base_url, a.api_key, params, timeout_s=a.timeout, template=a.template)
    agent = ScriptedAgent(["What's your budget?", "I can offer a fair price; does that work for you?"])
    where = a.base_url or f"in-process {a.model}"
    print(f"simulator: {where}; max_turns={a.max_turns}, max_tokens={a.max_tokens}, template={a.template}")
    # Warm-up: loads weights / opens connections, so level 1 is not charged for it.
    run_rollouts(agent, lambda: UserEnv(sim, 1, a.timeout, 0), profiles[:1], RolloutConfig(concurrency=1))
    results = []
    for level in [int(x) for x in a.levels.split(",")]:
        n = max(4, int(a.per_level * level))
        runs = [profiles[i % len(profiles)] for i in range(n)]
        cfg = RolloutConfig(max_turns=a.max_turns, concurrency=level, timeout_s=a.timeout, retries=1)
        start = time.perf_counter()
        trajs = run_rollouts(
            agent, lambda c=cfg: UserEnv(sim, c.max_turns, c.timeout_s, c.retries), runs, cfg
        )
        secs = time.perf_counter() - start
        sim_calls = sum(len(t.turns) for t in trajs)
        row = {
            "concurrency": level,
            "conversations": n,
            "seconds": round(secs, 2),
            "conversations_per_s": round(n / secs, 3),
            "simulator_calls_per_s": round(sim_calls / secs, 3),
            "mean_agent_turns": round(sum(t.agent_turns for t in trajs) / n, 2),
            "failures": sum(t.failed for t in trajs),
        }
        results.append(row)
        print(
            f"concurrency {level:>3}: {n:>3} conversations in {secs:7.1f}s = {row['conversations_per_s']:.3f} conv/s "
            f"({row['simulator_calls_per_s']:.2f} simulator calls/s, {row['failures']} failed)"
        )
    summary = {"simulator": where, "max_turns": a.max_turns, "max_tokens": a.max_tokens, "results": results}
    print(json.dumps(summary, indent=2))
    if a.out:
        from userlm.core.io import write_json

        write_json(a.out, summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
