"""Rollout throughput: conversations per second against a simulator, at several concurrencies.

    userlm serve --model smollm2-135m &                      # the served embedded simulator
    python benchmarks/rollouts.py --base-url http://127.0.0.1:8000/v1 --levels 1,8,32
    python benchmarks/rollouts.py                            # no URL: the simulator in process
    python benchmarks/rollouts.py --base-url http://h1:8000/v1,http://h2:8000/v1   # several replicas
    python benchmarks/rollouts.py --spawn-replicas 2 --replica-threads 1           # K local replicas
    python benchmarks/rollouts.py --spawn-replicas 1 --replica-threads 2           # ... vs one with 2 threads

A scripted agent (no agent model cost) talks to the simulator, so the figure is the simulator
side's: ``concurrency`` conversations run at once, each up to ``--max-turns`` agent turns.
Several base URLs (comma-separated) go through ``ReplicaBackend`` (least outstanding requests, failover);
``--spawn-replicas K`` starts K ``userlm serve`` processes on 127.0.0.1 with ``--replica-threads`` each.
Prints one line per level and a JSON summary (``--out`` writes it too).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from userlm.core.prompts import SIMULATOR_TEMPLATES

sys.path.insert(0, str(Path(__file__).resolve().parent))


def spawn(k: int, model: str, threads: int, port: int) -> list:
    """K ``userlm serve`` subprocesses (serve.py's Server), ready; returns them."""
    from serve import Server

    servers = []
    for i in range(k):
        cmd = [
            sys.executable,
            "-m",
            "userlm",
            "serve",
            "--model",
            model,
            "--port",
            str(port + i),
            "--threads",
            str(threads),
            "--max_queue",
            "4096",
            "--log_level",
            "warning",
        ]
        servers.append(Server(f"replica{i}", cmd, port + i, model, threads))
    for s in servers:
        s.wait_ready()
    return servers


def simulator(a, params):
    """make_simulator, with several URLs spread by ReplicaBackend (env.RemoteSimulator calls backend.client)."""
    from userlm.agents.env import make_simulator
    from userlm.core.backends.replicas import ReplicaBackend, split_urls

    urls = split_urls(a.base_url)
    sim = make_simulator(
        a.model, urls[0] if urls else None, a.api_key, params, timeout_s=a.timeout, template=a.template
    )
    if len(urls) > 1:
        sim.backend = ReplicaBackend(a.model, urls, a.api_key, timeout=a.timeout, cooldown_s=2.0)
    return sim


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
        choices=SIMULATOR_TEMPLATES,
        help="Simulator prompt template (compact: ~1/2 the prefill).",
    )
    ap.add_argument(
        "--spawn-replicas", type=int, default=0, help="Start K local userlm servers and use them."
    )
    ap.add_argument("--replica-threads", type=int, default=1, help="Torch threads of each spawned replica.")
    ap.add_argument("--port", type=int, default=8890)
    a = ap.parse_args(argv)
    servers = spawn(a.spawn_replicas, a.model, a.replica_threads, a.port) if a.spawn_replicas else []
    if servers:
        a.base_url = ",".join(s.url + "/v1" for s in servers)
    try:
        return measure(a)
    finally:
        for s in servers:
            s.stop()


def measure(a) -> int:

    from userlm.agents.env import UserEnv
    from userlm.agents.rollout import RolloutConfig, ScriptedAgent, run_rollouts
    from userlm.core.backends.base import SamplingParams
    from userlm.core.profile_store import examples_path, load_profiles

    profiles = load_profiles(examples_path())
    params = SamplingParams(max_tokens=a.max_tokens, temperature=0.7, seed=0)
    sim = simulator(a, params)
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
