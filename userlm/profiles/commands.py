"""``userlm profiles ...``: generate, import (tau2, personas), show, validate.

userlm profiles generate --n 1000 --seed 0 --out data/profiles.jsonl [--dataset data/profiles_ds]
    [--enrich-with http://host:8000/v1 --enrich-model NAME]
userlm profiles import tau2 ../shared/data/tau2/airline.tasks.json --out data/airline.jsonl
    [--constraints-with http://host:8000/v1 --constraints-model NAME]   # an LLM's reading of the limits too
userlm profiles import personas personas.parquet --out data/personas.jsonl --map text=persona
userlm profiles show data/profiles.jsonl retail_refund-s0-000000
userlm profiles validate data/profiles.jsonl      # every bad row with its line and field; exit 1
"""

from __future__ import annotations

import argparse
import sys


def _outputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", required=True, help="Output JSONL file (written atomically).")
    p.add_argument(
        "--dataset",
        default=None,
        metavar="DIR",
        help="Also write DIR/train.jsonl, DIR/test.jsonl and a dataset card README.md.",
    )
    p.add_argument("--test-size", type=float, default=0.1, help="Share of each domain in the test split.")


def _write(args, profiles, origin: str) -> None:
    from userlm.core.profile_store import save_profiles

    n = save_profiles(args.out, profiles)
    print(f"wrote {n} profiles to {args.out}")
    if args.dataset:
        from userlm.profiles.dataset import export_dataset

        sizes = export_dataset(profiles, args.dataset, args.test_size, getattr(args, "seed", 0) or 0, origin)
        print(f"wrote dataset {args.dataset}: train {sizes['train']}, test {sizes['test']}, README.md")


def generate_command(args) -> int:
    from userlm.profiles.generate import diversity_summary, format_summary, generate
    from userlm.profiles.library import load_library

    lib = load_library(args.library)
    profiles = generate(lib, args.n, args.seed, scenario=args.scenario, progress=not args.quiet)
    if args.enrich_with:
        from userlm.core.io import write_jsonl
        from userlm.profiles.enrich import enrich

        if not args.enrich_model:
            from userlm.core.io import DataError

            raise DataError("--enrich-with needs --enrich-model", field="--enrich-model")
        res = enrich(
            profiles,
            args.enrich_with,
            args.enrich_model,
            api_key=args.api_key,
            concurrency=args.concurrency,
            cache_dir=args.cache_dir,
            progress=not args.quiet,
        )
        profiles = res.profiles
        print(
            f"enriched {res.enriched}/{len(profiles)} ({res.cached} from cache), {len(res.failures)} failed"
        )
        if res.failures:
            fail_path = f"{args.out}.enrich-failures.jsonl"
            write_jsonl(fail_path, res.failures)
            print(f"failures (kept unenriched) listed in {fail_path}", file=sys.stderr)
    _write(args, profiles, f"generated, seed {args.seed}")
    print("diversity:\n" + format_summary(diversity_summary(profiles)))
    return 0


def _read_limits(args, profiles: list) -> list:
    """``--constraints-with``: add an endpoint's reading of the hard limits; failures go beside ``--out``."""
    if not args.constraints_with:
        return profiles
    from userlm.core.io import DataError, write_jsonl
    from userlm.profiles.enrich_constraints import enrich_constraints

    if not args.constraints_model:
        raise DataError("--constraints-with needs --constraints-model", field="--constraints-model")
    res = enrich_constraints(profiles, args.constraints_with, args.constraints_model, api_key=args.api_key,
                             concurrency=args.concurrency, cache_dir=args.cache_dir, progress=not args.quiet)  # fmt: skip
    added = sum(len(a.goal.hard_limits) - len(b.goal.hard_limits) for a, b in zip(res.profiles, profiles))
    print(f"read limits of {res.enriched}/{len(profiles)} ({res.cached} from cache), {added} added, {len(res.failures)} failed")
    if res.failures:
        fail_path = f"{args.out}.constraints-failures.jsonl"
        write_jsonl(fail_path, res.failures)
        print(f"failures (rule limits kept) listed in {fail_path}", file=sys.stderr)
    return res.profiles


def import_tau2_command(args) -> int:
    from userlm.profiles.tau2 import import_tau2

    profiles = [p for f in args.file for p in import_tau2(f, args.domain)]
    _write(args, _read_limits(args, profiles), "imported from tau2-bench tasks")
    return 0


def import_personas_command(args) -> int:
    from userlm.profiles.library import load_library
    from userlm.profiles.personas import import_personas, parse_mapping

    mapping = parse_mapping(args.map)
    profiles = import_personas(args.file, load_library(args.library), args.seed, mapping, args.limit)
    _write(args, _read_limits(args, profiles), "persona dataset with generated goals")
    return 0


def _limit_reading(p: argparse.ArgumentParser) -> None:
    p.add_argument("--constraints-with", default=None, metavar="BASE_URL",
                   help="OpenAI-compatible endpoint that also reads the hard limits (cached; failures recorded).")  # fmt: skip
    p.add_argument("--constraints-model", default=None, metavar="NAME", help="Model name at --constraints-with.")
    p.add_argument("--api-key", default=None, help="API key for the endpoint (default: $OPENAI_API_KEY).")
    p.add_argument("--concurrency", type=int, default=8, help="Parallel requests.")
    p.add_argument("--cache-dir", default=None, help="Answer cache (default ~/.cache/userlm/enrich).")
    p.add_argument("--quiet", action="store_true", help="No progress bars.")


def show_command(args) -> int:
    from userlm.core.profile_store import load_profiles, resolve_profile

    profile = resolve_profile(f"{args.file}:{args.id}") if args.id else load_profiles(args.file)[0]
    if args.json:
        print(profile.model_dump_json(indent=2))
        return 0
    print(profile.render())
    print("\n# Constraints (machine-checked by the rewards)")
    for line in constraint_lines(profile) or ["(none)"]:
        print(line)
    return 0


def constraint_lines(profile) -> list[str]:
    """One line per hard limit with its machine-checkable fields (``profiles show``)."""
    out = []
    for h in profile.goal.hard_limits:
        extra = [f"{k}={v}" for k, v in (("covers", h.covers), ("unit", h.unit), ("shape", h.shape),
                                          ("condition", h.condition)) if v]  # fmt: skip
        if h.terms:
            extra.append("terms=" + "|".join(h.terms))
        if h.secret:
            extra.append("secret=" + "*" * len(h.secret))
        out.append(f"- {h.kind}: {h.value}" + (f"  [{', '.join(extra)}]" if extra else ""))
    return out


def validate_command(args) -> int:
    from userlm.profiles.dataset import validate_file

    n, problems = validate_file(args.file)
    for line in problems:
        print(line)
    print(f"{args.file}: {n} rows, {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems or n == 0 else 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    top = sub.add_parser("profiles", help="Build, import, inspect and check user profiles.")
    ps = top.add_subparsers(dest="profiles_command", metavar="SUBCOMMAND", required=True)

    p = ps.add_parser("generate", help="Draw N distinct profiles from the libraries in profiles/ (seeded).")
    p.add_argument("--n", type=int, required=True, help="Number of profiles.")
    p.add_argument(
        "--seed", type=int, default=0, help="Seed: the same seed and libraries give the same file."
    )
    p.add_argument("--scenario", default=None, help="Only this scenario id (default: all, by weight).")
    p.add_argument(
        "--library", default=None, help="Folder with roles/scenarios/behaviours.yaml (default profiles/)."
    )
    _outputs(p)
    p.add_argument(
        "--enrich-with", default=None, metavar="BASE_URL", help="OpenAI-compatible endpoint for backstories."
    )
    p.add_argument("--enrich-model", default=None, metavar="NAME", help="Model name at --enrich-with.")
    p.add_argument("--api-key", default=None, help="API key for --enrich-with (default: $OPENAI_API_KEY).")
    p.add_argument("--concurrency", type=int, default=8, help="Parallel enrichment requests.")
    p.add_argument("--cache-dir", default=None, help="Enrichment cache (default ~/.cache/userlm/enrich).")
    p.add_argument("--quiet", action="store_true", help="No progress bars.")
    p.set_defaults(func=generate_command)

    imp = ps.add_parser("import", help="Import profiles from tau2-bench tasks or persona datasets.")
    isub = imp.add_subparsers(dest="import_kind", metavar="SOURCE", required=True)
    p = isub.add_parser("tau2", help="tau2-bench tasks.json (task id and evaluation criteria kept).")
    p.add_argument("file", nargs="+", help="One or more tasks.json files.")
    p.add_argument("--domain", default=None, help="Domain name (default: from the file name).")
    _outputs(p)
    _limit_reading(p)
    p.set_defaults(func=import_tau2_command)
    p = isub.add_parser("personas", help="PersonaHub/Nemotron-style JSONL or Parquet + generated goals.")
    p.add_argument("file", help="JSONL, JSON or Parquet file.")
    p.add_argument("--map", action="append", metavar="COLUMN=FIELD", help="Rename a column (repeatable).")
    p.add_argument("--seed", type=int, default=0, help="Seed for the drawn traits and goals.")
    p.add_argument("--limit", type=int, default=None, help="Only the first N rows.")
    p.add_argument("--library", default=None, help="Folder with the libraries (default profiles/).")
    _outputs(p)
    _limit_reading(p)
    p.set_defaults(func=import_personas_command)

    p = ps.add_parser("show", help="Print the simulator's system prompt for one profile.")
    p.add_argument("file", help="Profile file (JSONL, JSON or YAML).")
    p.add_argument("id", nargs="?", default=None, help="Profile id (default: the first).")
    p.add_argument("--json", action="store_true", help="Print the profile as JSON instead.")
    p.set_defaults(func=show_command)

    p = ps.add_parser("validate", help="Check every row of a profile JSONL file; exit 1 on any problem.")
    p.add_argument("file", help="Profile JSONL file.")
    p.set_defaults(func=validate_command)
