"""Run ``userlm eval simulator`` from parsed arguments (kept apart so the CLI module stays import-light)."""

from __future__ import annotations

import argparse
from pathlib import Path

from userlm.core.backends import SamplingParams
from userlm.core.profile import UserProfile

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

    checks = (
        ("n", args.profiles or args.n >= 1, "must be at least 1"),
        ("max_tokens", args.max_tokens >= 1, "must be at least 1"),
        ("temperature", args.temperature is None or args.temperature >= 0.0, "must be 0 or more"),
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
                                       grammar=not getattr(args, "no_grammar", False)))  # fmt: skip
    results = run_suites(sims, profiles, settings, getattr(args, "suite", "all"), guidelines)
    paths = write_report(results, args.out)
    console.print(markdown_table({k: v["metrics"] for k, v in results.items()}))
    console.print(f"report: {paths['markdown']}  json: {paths['json']}  chart: {paths['png']}")
    return 0
