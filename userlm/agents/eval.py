"""``userlm eval agent``: an agent against the simulator over a profile set; success, turns, reward.

    userlm eval agent --agent-model runs/grpo-agent --profiles profiles/examples.jsonl --samples 2
    userlm eval agent --agent-model gpt-4o-mini --agent-base-url https://api.openai.com/v1 \
        --simulator-base-url http://localhost:8000/v1 --out eval.json

Prints a table (per profile and overall) and the JSON summary; ``--out`` also writes the summary
and every trajectory as JSON. Failed conversations (simulator timeouts or errors) are counted and
scored as failures, never dropped.
"""

from __future__ import annotations

from userlm.agents.rollout import BackendAgent, RolloutConfig, ScriptedAgent, run_rollouts
from userlm.agents.scoring import Judge, ScoringConfig, score_trajectory, summarize


def evaluate(
    agent,
    make_env,
    profiles,
    cfg: RolloutConfig,
    scoring: ScoringConfig,
    judge=None,
    samples=1,
    progress=False,
) -> tuple[dict, list]:
    """Run ``samples`` conversations per profile and score them; returns (summary, trajectories)."""
    runs = [p for p in profiles for _ in range(samples)]
    trajs = run_rollouts(agent, make_env, runs, cfg, progress=progress)
    for traj, profile in zip(trajs, runs):
        score_trajectory(traj, profile, scoring, judge)
    summary = summarize(trajs)
    summary["per_profile"] = {p.id: summarize([t for t in trajs if t.profile_id == p.id]) for p in profiles}
    return summary, trajs


def print_table(summary: dict) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="agent vs simulator")
    for col in ("profile", "conversations", "success rate", "mean turns", "mean reward", "failures"):
        table.add_column(col, justify="left" if col == "profile" else "right")

    def row(name, s):
        table.add_row(
            name,
            str(s["conversations"]),
            f"{s['success_rate']:.2f}",
            f"{s['mean_turns']:.2f}",
            f"{s['mean_reward']:.3f}",
            str(s["failures"]),
        )

    for pid, s in summary.get("per_profile", {}).items():
        row(pid, s)
    row("all", summary)
    Console().print(table)


def eval_command(a) -> int:
    import json

    from userlm.agents.env import UserEnv, make_simulator
    from userlm.core.backends import make_backend
    from userlm.core.backends.base import SamplingParams
    from userlm.core.io import DataError, write_json
    from userlm.core.profile_store import examples_path, load_profiles

    profiles = load_profiles(a.profiles or examples_path())
    if a.profile_ids:
        wanted = set(a.profile_ids.split(","))
        profiles = [p for p in profiles if p.id in wanted]
        if not profiles:
            raise DataError(f"no profile with id in {sorted(wanted)}", a.profiles or examples_path(), None, "id")
    if a.script:
        from userlm.core.io import read_yaml

        lines = read_yaml(a.script)
        lines = lines.get("messages", lines) if isinstance(lines, dict) else lines
        if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
            raise DataError(
                "expected a list of agent messages (or {messages: [...]})", a.script, 1, "messages"
            )
        agent = ScriptedAgent(lines)
    else:
        backend = make_backend(a.agent_model, base_url=a.agent_base_url, api_key=a.agent_api_key)
        agent = BackendAgent(
            backend, SamplingParams(max_tokens=a.agent_max_tokens, temperature=a.temperature)
        )
    from userlm.core.models import default_temperature

    sim = make_simulator(
        a.simulator_model,
        a.simulator_base_url,
        a.simulator_api_key,
        SamplingParams(max_tokens=a.simulator_max_tokens, temperature=default_temperature(a.simulator_model), seed=a.seed),
        timeout_s=a.timeout,
        grammar=not a.no_grammar,
    )
    cfg = RolloutConfig(
        max_turns=a.max_turns, concurrency=a.concurrency, timeout_s=a.timeout, retries=a.retries
    )
    judge = Judge(a.judge_base_url, a.judge_model, a.judge_api_key) if a.judge_model else None

    def make_env():
        return UserEnv(sim, cfg.max_turns, cfg.timeout_s, cfg.retries)

    summary, trajs = evaluate(
        agent,
        make_env,
        profiles,
        cfg,
        ScoringConfig(max_turns=a.max_turns, judge_outcome=bool(judge)),
        judge,
        a.samples,
        progress=True,
    )
    print_table(summary)
    print(json.dumps({k: v for k, v in summary.items() if k != "per_profile"}, indent=2))
    if a.out:
        write_json(a.out, {"summary": summary, "trajectories": [t.to_dict() for t in trajs]})
        print(f"wrote {a.out}")
    return 0
