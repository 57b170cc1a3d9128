"""Benchmark: profiles per second and peak memory for generating (and writing) N profiles.

    python benchmarks/profiles.py            # 100,000 profiles, seed 0
    python benchmarks/profiles.py --n 10000

Peak memory is the process's peak resident set size (``resource.getrusage``), measured after loading
the libraries and again after generating, so the generator's share is visible.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path


def peak_mib() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()

    from userlm.core.profile_store import save_profiles
    from userlm.profiles.generate import diversity_summary, generate
    from userlm.profiles.library import load_library

    t0 = time.perf_counter()
    lib = load_library()
    t_lib = time.perf_counter() - t0
    base = peak_mib()
    t0 = time.perf_counter()
    profiles = generate(lib, args.n, args.seed, progress=True)
    t_gen = time.perf_counter() - t0
    gen_peak = peak_mib()
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "p.jsonl"
        t0 = time.perf_counter()
        save_profiles(out, profiles)
        t_write = time.perf_counter() - t0
        size = out.stat().st_size
    summary = diversity_summary(profiles)
    print(f"libraries loaded in {t_lib * 1000:.0f} ms")
    print(f"generated {args.n:,} profiles in {t_gen:.1f} s: {args.n / t_gen:,.0f} profiles/s")
    print(f"wrote JSONL ({size / 2**20:.0f} MiB) in {t_write:.1f} s: {args.n / t_write:,.0f} profiles/s")
    print(
        f"peak RSS: {base:.0f} MiB after loading, {gen_peak:.0f} MiB after generating, {peak_mib():.0f} MiB at the end"
    )
    print(f"distinct role/scenario: {summary['distinct_role_scenario']}, names: {summary['distinct_names']}")


if __name__ == "__main__":
    main()
