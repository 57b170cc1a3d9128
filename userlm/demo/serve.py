"""The last two demo stages: serve a simulator and talk to it through the endpoint; write the report.

The served simulator is ``serve_model``: the shipped one by default (what a harness would use), or the
model this demo trained (``--serve_model trained``).

The server is the real ``userlm serve`` app (``userlm.serving.app.create_app``) on a free localhost port in a
background thread; the agent side reaches it only by URL (``userlm.agents.env.RemoteSimulator``), as any
harness would. The agent is the prompted base model.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from userlm.core.io import write_json, write_jsonl, write_text


def agent_conversations(demo, served: str) -> dict:
    from userlm.agents.env import UserEnv, make_simulator
    from userlm.agents.eval import evaluate
    from userlm.agents.rollout import BackendAgent, RolloutConfig
    from userlm.agents.scoring import ScoringConfig
    from userlm.core.backends import SamplingParams, make_backend
    from userlm.core.models import default_temperature
    from userlm.core.profile_store import load_profiles
    from userlm.serving.app import create_app
    from userlm.serving.background import BackgroundServer
    from userlm.serving.config import ServeConfig

    cfg = demo.cfg
    test = demo.path("profiles", "test.jsonl")
    profiles = load_profiles(test)[: cfg.agent_conversations]
    config = ServeConfig(model=served, served_model_name="userlm-sim", profiles=str(test), template=cfg.template,
                         max_tokens_cap=max(256, cfg.max_tokens), port=0)  # fmt: skip
    with demo.console.status("starting the simulator server..."):
        server = BackgroundServer(create_app(config)).start()
    demo.console.print(f"simulator served at {server.url}/v1 (model 'userlm-sim')")
    try:
        # the simulator is sampled at its own recommended temperature, as the server's default would be
        params = SamplingParams(max_tokens=cfg.max_tokens, temperature=default_temperature(served), seed=cfg.seed)
        simulator = make_simulator(model="userlm-sim", base_url=f"{server.url}/v1", api_key="none", params=params,
                                   timeout_s=300.0, template=cfg.template)  # fmt: skip
        agent = BackendAgent(
            make_backend(cfg.model), SamplingParams(max_tokens=48, temperature=0.7, seed=cfg.seed)
        )
        rollout = RolloutConfig(
            max_turns=cfg.agent_turns, concurrency=len(profiles), timeout_s=300.0, retries=1
        )
        summary, trajs = evaluate(agent, lambda: UserEnv(simulator, max_turns=cfg.agent_turns, timeout_s=300.0),
                                  profiles, rollout, ScoringConfig(max_turns=cfg.agent_turns), progress=True)  # fmt: skip
        health = _get_json(f"{server.url}/health")
    finally:
        server.stop()
    write_jsonl(demo.path("serve", "conversations.jsonl"), (t.to_dict() for t in trajs))
    summary.pop("per_profile", None)
    write_json(demo.path("serve", "summary.json"), {"summary": summary, "server_health": health})
    demo.console.print(f"agent conversations: {json.dumps(summary)}")
    return {
        "summary": summary,
        "conversations": str(demo.path("serve", "conversations.jsonl")),
        "model": served,
    }


def _get_json(url: str) -> dict:
    import httpx

    try:
        return httpx.get(url, timeout=10).json()
    except Exception as e:  # a report detail, not worth failing the stage over
        return {"error": str(e)}


def _transcript_md(messages: list[dict]) -> str:
    lines = []
    for m in messages:
        who = "**agent**" if m["role"] == "assistant" else "**user**"
        lines.append(f"- {who}: {m.get('content', '').strip() or '_(empty)_'}")
    return "\n".join(lines)


def write_demo_report(demo) -> dict:
    """``OUT/report/README.md`` with every stage's figures, plots copied beside it, and transcripts."""
    out = demo.path("report")
    out.mkdir(parents=True, exist_ok=True)
    info = {s: demo.done(s) for s in ("profiles", "synth", "sft", "grpo", "eval", "serve")}
    parts = [
        "# userlm demo report",
        "",
        f"Base model: `{demo.cfg.model}`. Settings: `{demo.cfg.model_dump_json()}`",
        "",
    ]
    if info["profiles"]:
        p = info["profiles"]
        parts += [
            "## Profiles",
            f"{p['train']} train / {p['test']} held-out profiles generated (seed {demo.cfg.seed}).",
            "",
        ]
    if info["synth"]:
        s = info["synth"]
        parts += ["## Synthesised data", f"{s.get('conversations')} conversations, {s.get('turns')} simulator turns, "
                  f"{s.get('trap_turns')} trap turns (offline policy vs scripted agent).", ""]  # fmt: skip
    for stage, title in (("sft", "SFT"), ("grpo", "GRPO (multi-reward)")):
        if info[stage]:
            png = demo.path(stage, "curves.png")
            parts += [f"## {title}", f"Model: `{info[stage]['model']}`; {info[stage]['seconds']} s.", ""]
            if png.exists():
                shutil.copyfile(png, out / f"{stage}_curves.png")
                parts += [f"![{stage} curves]({stage}_curves.png)", ""]
            final = {
                k: v for k, v in (info[stage].get("metrics") or {}).items() if isinstance(v, (int, float))
            }
            parts += [f"Final metrics: `{json.dumps(final)}`", ""]
    if info["eval"]:
        report = demo.path("eval", "report.md").read_text(encoding="utf-8")
        shutil.copyfile(demo.path("eval", "chart.png"), out / "eval_chart.png")
        parts += ["## Simulators side by side (held-out profiles)", report.split("\n", 2)[2], "",
                  "![evaluation](eval_chart.png)", ""]  # fmt: skip
        rewards = demo.path("eval", "rewards", "report.md")
        if rewards.exists():
            shutil.copyfile(demo.path("eval", "rewards", "chart.png"), out / "rewards_chart.png")
            parts += ["## Reward mix on held-out prompts (base, SFT, GRPO)",
                      "Every model answers the same held-out prompts; each answer is scored with `rewards/mix.yaml`, "
                      "as GRPO scores it (`userlm eval rewards`).", "",
                      rewards.read_text(encoding="utf-8").split("\n", 2)[2], "", "![rewards](rewards_chart.png)", ""]  # fmt: skip
    if info["serve"]:
        parts += ["## Agent conversations through the served simulator",
                  f"Served: `{info['serve'].get('model')}`. `{json.dumps(info['serve']['summary'])}`", ""]  # fmt: skip
        rows = [json.loads(x) for x in Path(info["serve"]["conversations"]).read_text().splitlines() if x]
        for r in rows:
            parts += [f"### {r['profile_id']}: {r['status']} (stop: {r['stop']}, success: {r['scores'].get('success')})",
                      _transcript_md(r["messages"]), ""]  # fmt: skip
    write_text(out / "README.md", "\n".join(parts) + "\n")
    return {"report": str(out / "README.md")}
