"""Run ``userlm eval simulator`` from parsed arguments (kept apart so the CLI module stays import-light)."""

from __future__ import annotations

import argparse

from userlm.core.backends import SamplingParams
from userlm.core.profile import UserProfile


def held_out_profiles(path: str | None, n: int, seed: int) -> list[UserProfile]:
    """The profiles of an evaluation: a file, or ``n`` generated from ``seed``."""
    if path:
        from userlm.core.profile_store import load_profiles

        return load_profiles(path)
    from userlm.profiles.generate import generate
    from userlm.profiles.library import load_library

    return generate(load_library(), n=n, seed=seed)


def eval_simulator_command(args: argparse.Namespace) -> int:
    from rich.console import Console

    from userlm.eval.report import markdown_table, write_report
    from userlm.eval.simulator_eval import EvalSettings, evaluate
    from userlm.eval.simulators import load_simulator

    console = Console()
    profiles = held_out_profiles(args.profiles, args.n, args.seed)
    params = SamplingParams(max_tokens=args.max_tokens, temperature=args.temperature, seed=args.seed)
    sims = []
    for spec in args.sim:
        with console.status(f"loading {spec}..."):
            sims.append(load_simulator(spec, params=params, template=args.template, api_key=args.api_key))
    settings = EvalSettings(
        max_turns=args.max_turns, trap_rate=args.trap_rate, per_tactic=args.per_tactic, seed=args.seed
    )
    results = evaluate(sims, profiles, settings)
    paths = write_report(results, args.out)
    console.print(markdown_table({k: v["metrics"] for k, v in results.items()}))
    console.print(f"report: {paths['markdown']}  json: {paths['json']}  chart: {paths['png']}")
    return 0
