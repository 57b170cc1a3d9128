"""``userlm eval simulator`` and ``userlm eval rewards``: argparse only; the work is in ``userlm.eval.run``
and ``userlm.eval.reward_eval``."""

from __future__ import annotations

import argparse

from userlm.core.prompts import SIMULATOR_TEMPLATES


def add_commands(sub: argparse._SubParsersAction) -> None:
    from userlm.core.commands import command_group, count
    from userlm.core.repeats import DEFAULT_REDRAWS
    from userlm.synth import MAX_TURNS  # the one bound, shared with userlm synth

    group = command_group(sub, "eval", "Evaluate simulators side by side, or an agent against a simulator.")
    p = group.add_parser(
        "simulator",
        help="Fidelity metrics of one or more simulators on held-out profiles.",
        description="Each --sim is LABEL=SPEC or SPEC; SPEC is 'policy' (the programmatic user), "
        "MODEL@BASE_URL (an endpoint or prompted remote model), or a model folder / hub id / "
        "smollm2-135m.",
    )
    p.add_argument(
        "--sim",
        action="append",
        default=None,
        help="A simulator to evaluate (repeatable). Default: the shipped simulator, the prompted base and "
        "the reference policy: shipped=smollm2-135m-userlm base=smollm2-135m policy.",
    )
    p.add_argument(
        "--profiles", default=None, help="Held-out profiles (JSONL). Default: generate --n with --seed."
    )
    p.add_argument("--n", type=int, default=8, help="Profiles to generate when --profiles is not given.")
    p.add_argument(
        "--seed", type=int, default=1234, help="Seed of the generated profiles and the scripted agents."
    )
    p.add_argument(
        "--seeds",
        type=int,
        nargs="+",
        default=None,
        help="Run the sessions at each of these seeds (scripted agents, traps, sampling) and pool them: every "
        "metric over all the seeds' turns. The profiles stay those of --profiles or --seed.",
    )
    p.add_argument(
        "--max-turns",
        type=int,
        default=6,
        help=f"Agent turns per session at most, 1 to {MAX_TURNS} (a session also ends when the simulator "
        "stops, or talks past the reference user's end).",
    )
    p.add_argument(
        "--trap-rate", type=float, default=0.25, help="Chance that a scripted agent turn is a trap."
    )
    p.add_argument(
        "--per-tactic",
        type=int,
        default=2,
        help="Profiles per tactic in the adversarial set (0: no such set).",
    )
    p.add_argument(
        "--suite",
        default="all",
        choices=["all", "sessions", "plain"],
        help="What to run: sessions (scripted-agent sessions and the adversarial set, in userlm's own "
        "simulator prompt), plain (the same sessions with a tau2-bench-style prompt in plain mode: stays in "
        "role, discloses progressively, stops with ###STOP###), or all (both; the default).",
    )
    p.add_argument(
        "--plain-guidelines",
        default=None,
        help="Plain suite: a file of a harness's own user guidelines (e.g. tau2-bench's "
        "simulation_guidelines.md) instead of userlm's tau2-style wording.",
    )
    p.add_argument("--max-tokens", type=int, default=192, help="Token budget of one simulator turn.")
    p.add_argument(
        "--temperature",
        type=float,
        default=None,
        help="Sampling temperature of the simulators (default: each model's own, from its userlm.json, else 0.7).",
    )
    p.add_argument(
        "--template",
        default=None,
        choices=SIMULATOR_TEMPLATES,
        help="System prompt template the model simulators get (default: the one each model was trained on, "
        "else the full one).",
    )
    p.add_argument(
        "--api-key", default=None, help="API key for endpoint simulators (default: $OPENAI_API_KEY)."
    )
    p.add_argument(
        "--no-grammar",
        action="store_true",
        help="Free generation: model simulators are not constrained to the turn grammar (the default is).",
    )
    p.add_argument(
        "--redraw-repeats",
        type=count,
        default=DEFAULT_REDRAWS,
        help="Draw a model's reply that repeats one of its earlier replies again (same sampling, a new seed), up to "
        "this many times, as userlm serve and chat do (0: never; endpoints decide for themselves).",
    )
    p.add_argument(
        "--out", default="runs/eval", help="Report folder: report.md, results.json, chart.png, transcripts/."
    )
    p.set_defaults(func=lambda a: __import__("userlm.eval.run", fromlist=["x"]).eval_simulator_command(a))

    r = group.add_parser(
        "rewards",
        help="Mean mixed reward (and each component, parse rate) of simulators on held-out prompt rows.",
        description="Every --model answers the same rows of a grpo.jsonl (userlm synth over held-out "
        "profiles) and is scored with the reward mix GRPO optimises: a controlled before/after comparison. "
        "Each --model is LABEL=SPEC or SPEC (a model folder, hub id, smollm2-135m, or MODEL@BASE_URL).",
    )
    r.add_argument("--model", action="append", required=True, help="A simulator to score (repeatable).")
    r.add_argument("--rows", required=True, help="grpo.jsonl of held-out profiles (userlm synth).")
    r.add_argument("--n", type=int, default=32, help="Rows (prompts) to answer: the first N.")
    r.add_argument("--samples", type=int, default=2, help="Answers per prompt.")
    r.add_argument(
        "--max-tokens",
        type=int,
        default=192,
        help="Token budget of one answer (a compact turn is about 120-180 tokens).",
    )
    r.add_argument("--temperature", type=float, default=1.0, help="Sampling temperature (GRPO's default).")
    r.add_argument("--seed", type=int, default=0, help="Sampling seed.")
    r.add_argument("--mix", default=None, help="Reward mix YAML (default rewards/mix.yaml).")
    r.add_argument("--api-key", default=None, help="API key for endpoint models (default: $OPENAI_API_KEY).")
    r.add_argument(
        "--grammar",
        action="store_true",
        help="Generate under the turn grammar (llguidance on transformers; structured outputs or "
        "parse-and-retry on endpoints). Off by default: the scores then measure the format a model writes "
        "by itself, which is what GRPO trains.",
    )
    r.add_argument(
        "--out", default="runs/eval_rewards", help="Folder for report.md, results.json, chart.png."
    )
    r.set_defaults(
        func=lambda a: __import__("userlm.eval.reward_eval", fromlist=["x"]).eval_rewards_command(a)
    )
