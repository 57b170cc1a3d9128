"""Run ``userlm eval simulator`` from parsed arguments (kept apart so the CLI module stays import-light)."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from userlm.core.backends import SamplingParams
from userlm.core.profile import UserProfile
from userlm.core.repeats import DEFAULT_REDRAWS

# What `userlm eval simulator` compares when no --sim is given: the shipped simulator, the prompted base it
# was trained from, and the programmatic reference user.
DEFAULT_SIMS = ("shipped=smollm2-135m-userlm", "base=smollm2-135m", "policy=policy")


def held_out_profiles(path: str | None, n: int, seed: int) -> list[UserProfile]:
    """The profiles of an evaluation: a file, or ``n`` generated from ``seed``."""
    if path:
        from userlm.core.profile_store import load_profiles

        return load_profiles(path)
    from userlm.profiles.generate import generate
    from userlm.profiles.library import load_library

    return generate(load_library(), n=n, seed=seed)


def check_arguments(args: argparse.Namespace) -> None:
    """The command-line settings that are not ``EvalSettings``, checked before any model loads."""
    from userlm.core.io import DataError

    seeds = getattr(args, "seeds", None) or []
    checks = (
        ("n", args.profiles or args.n >= 1, "must be at least 1"),
        ("max_tokens", args.max_tokens >= 1, "must be at least 1"),
        ("temperature", args.temperature is None or args.temperature >= 0.0, "must be 0 or more"),
        ("seeds", len(set(seeds)) == len(seeds), "must not repeat a seed"),  # pooled, a session would count twice
    )
    for name, ok, why in checks:
        if not ok:
            raise DataError(f"{why} (got {getattr(args, name)!r})", "command line", field=name)


def temperature(spec: str, given: float | None) -> float:
    """``--temperature`` when given, else the model's own (its ``userlm.json``), else 0.7: each simulator is
    evaluated at the temperature it is served at by default.

    >>> temperature("base=smollm2-135m", None), temperature("policy", 0.3)
    (0.7, 0.3)
    """
    from userlm.core.models import default_temperature
    from userlm.eval.simulators import parse_spec

    return given if given is not None else default_temperature(parse_spec(spec)[1].split("@", 1)[0])


def plain_guidelines(path: str | None) -> str | None:
    """The text of ``--plain-guidelines`` (read before any model loads), or None for userlm's own wording."""
    if path is None:
        return None
    from userlm.core.io import DataError

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataError(f"cannot read it ({e})", path, field="plain_guidelines") from None
    if not text.strip():
        raise DataError("the guidelines file is empty", path, field="plain_guidelines")
    return text


def run_suites(
    sims: list, profiles: list[UserProfile], settings, suite: str = "all", guidelines: str | None = None
) -> dict:
    """``suite`` "sessions" (sessions + adversarial: ``evaluate``), "plain" (``evaluate_plain``) or "all",
    as one result per simulator for ``write_report``."""
    from userlm.eval.plain_eval import evaluate_plain, merge_results
    from userlm.eval.simulator_eval import evaluate

    results = evaluate(sims, profiles, settings) if suite in ("all", "sessions") else {}
    if suite in ("all", "plain"):
        results = merge_results(results, evaluate_plain(sims, profiles, settings, guidelines=guidelines))
    return results


def run_seeds(
    sims: list, profiles: list[UserProfile], settings, seeds: list[int], suite: str = "all",
    guidelines: str | None = None,
) -> dict:  # fmt: skip
    """``run_suites`` once per seed (it seeds the scripted agents, the adversarial set and the simulators'
    sampling), pooled into one result per simulator whose metrics count every seed's turns and sessions.

    Why: on 24 profiles a share moves by 0.07 a trap turn, and the shipped simulator's termination F1 was
    0.516 at seed 0 and 0.400 at seed 1 (same profiles, same settings); pooling seeds is the cheap way to a
    figure worth comparing. A session's id gets ``#seed<N>`` so the seeds' sessions stay apart in the metrics
    and the transcripts."""
    runs, given = [], [sim.params for sim in sims]
    try:
        for seed in seeds:
            for sim in sims:
                sim.params = replace(sim.params, seed=seed)
            runs.append(run_suites(sims, profiles, replace(settings, seed=seed), suite, guidelines))
    finally:
        for sim, params in zip(sims, given):
            sim.params = params
    return runs[0] if len(seeds) == 1 else pool_results(runs, seeds, sims)


def pool_results(runs: list[dict], seeds: list[int], sims: list) -> dict:
    """The results of ``run_suites`` at each of ``seeds`` (same simulators, same order) as one result each: every
    metric over all the seeds' turns and sessions, but first-turn diversity, a comparison across profiles, is
    the seeds' mean (the same profiles at two seeds are not twice as many profiles)."""
    from userlm.eval import metrics as M
    from userlm.eval.plain_eval import score_plain
    from userlm.eval.simulator_eval import score, session_metrics

    def joined(label: str, key: str) -> list:
        return [replace(x, conv=f"{x.conv}#seed{seed}") for run, seed in zip(runs, seeds) for x in run[label].get(key, [])]

    pooled = {}
    for label, sim in zip(runs[0], sims):
        first = runs[0][label]
        result = {k: v for k, v in first.items() if k not in ("metrics", "records", "sessions", "plain_records", "plain_outcomes")}
        metrics: dict = {}
        if "records" in first:
            result["records"], result["sessions"] = joined(label, "records"), joined(label, "sessions")
            metrics.update({**score(result["records"]), **session_metrics(result["sessions"])})
        if "plain_records" in first:
            result["plain_records"], result["plain_outcomes"] = joined(label, "plain_records"), joined(label, "plain_outcomes")
            metrics.update(score_plain(result["plain_records"], result["plain_outcomes"], sim.plain_reasoning()))
        for key in ("redraws", "plain_redraws"):  # counts add up over the seeds
            if first.get(key):
                counts = [run[label][key] for run in runs]
                result[key] = {**first[key], **{k: sum(c[k] for c in counts) for k in ("redrawn", "turns")}}
        # diversity across profiles: pooled, each profile's first turn would count once per seed and look copied
        metrics.update({k: M.mean(run[label]["metrics"].get(k) for run in runs) for k in metrics if k.startswith("first_turn_")})
        pooled[label] = {**result, "metrics": metrics, "seeds": list(seeds)}
    return pooled


def eval_simulator_command(args: argparse.Namespace) -> int:
    """Check every setting, load the profiles and simulators, evaluate, and write the report."""
    from rich.console import Console

    from userlm.core.io import DataError
    from userlm.eval.report import markdown_table, write_report
    from userlm.eval.simulator_eval import EvalSettings, check_settings
    from userlm.eval.simulators import load_simulator

    console = Console()
    settings = EvalSettings(
        max_turns=args.max_turns, trap_rate=args.trap_rate, per_tactic=args.per_tactic, seed=args.seed
    )
    check_settings(settings, "command line")
    check_arguments(args)
    guidelines = plain_guidelines(getattr(args, "plain_guidelines", None))
    profiles = held_out_profiles(args.profiles, args.n, args.seed)
    if not profiles:
        raise DataError("no profiles to evaluate", args.profiles or "command line")
    sims = []
    for spec in args.sim or DEFAULT_SIMS:
        params = SamplingParams(max_tokens=args.max_tokens, temperature=temperature(spec, args.temperature), seed=args.seed)
        with console.status(f"loading {spec}..."):
            sims.append(load_simulator(spec, params=params, template=args.template, api_key=args.api_key,
                                       grammar=not getattr(args, "no_grammar", False),
                                       redraw_repeats=getattr(args, "redraw_repeats", DEFAULT_REDRAWS)))  # fmt: skip
    seeds = getattr(args, "seeds", None) or [args.seed]
    results = run_seeds(sims, profiles, settings, seeds, getattr(args, "suite", "all"), guidelines)
    paths = write_report(results, args.out)
    console.print(markdown_table({k: v["metrics"] for k, v in results.items()}))
    console.print(f"report: {paths['markdown']}  json: {paths['json']}  chart: {paths['png']}")
    return 0
