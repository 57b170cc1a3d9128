"""Time of ``userlm eval simulator``'s suites on one model, batched transformers generate against the serving
engine in-process (``userlm.serving.engine_backend.EngineBackend``), the choice of the recipe's ``eval_engine``.

    .venv/bin/python benchmarks/eval_engine.py --model smollm2-135m-userlm --profiles runs/simulator/profiles/test.jsonl
    .venv/bin/python benchmarks/eval_engine.py --model runs/sim3/eval/merged/grpo --profiles runs/sim3/profiles/test.jsonl \
        --n 12 --turns 3 --suite sessions

The eval plays its conversations in lockstep: every round asks one turn of each live conversation, and a
round's prompts extend the previous round's. Batched generate computes every prompt from its first token and
waits for the longest answer of a batch; the engine reuses the earlier rounds' prompts from its prefix cache
and lets a finished answer leave at once. Prints, per engine, the suite's seconds and its headline metrics
(sampled at temperature 0.7 with the seed, so the two engines draw different samples: the metrics agree
within noise, not exactly), and the engine's reuse counters. Run by hand; figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import json
import time

HEADLINE = ("turns", "format_ok", "goal_adherence", "resistance", "realism", "termination_f1", "plain_in_role")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="smollm2-135m-userlm")
    ap.add_argument("--profiles", required=True, help="Held-out profiles (JSONL), e.g. a recipe's profiles/test.jsonl.")
    ap.add_argument("--n", type=int, default=12, help="Profiles (conversations) played at once.")
    ap.add_argument("--turns", type=int, default=6)
    ap.add_argument("--suite", default="all", choices=["all", "sessions", "plain"])
    ap.add_argument("--engines", default="transformers,continuous")
    ap.add_argument("--template", default=None)
    a = ap.parse_args()

    from userlm.core.backends import SamplingParams
    from userlm.core.backends.hf import TransformersBackend
    from userlm.core.profile_store import load_profiles
    from userlm.eval.run import run_suites
    from userlm.eval.simulator_eval import EvalSettings
    from userlm.eval.simulators import load_simulator
    from userlm.serving.engine_backend import EngineBackend

    profiles = load_profiles(a.profiles)[: a.n]
    params = SamplingParams(max_tokens=192, temperature=0.7, seed=0)
    hf = TransformersBackend(model_name=a.model)
    for engine in a.engines.split(","):
        backend = EngineBackend(hf, prefix_cache_mb=1024) if engine == "continuous" else hf
        sim = load_simulator(f"m={a.model}", params=params, template=a.template, grammar=False, backend=backend)
        start = time.perf_counter()
        result = run_suites([sim], profiles, EvalSettings(max_turns=a.turns, per_tactic=1, seed=0), suite=a.suite)
        seconds = time.perf_counter() - start
        metrics = result["m"]["metrics"]
        shown = {k: round(v, 3) if isinstance(v, float) else v for k, v in metrics.items() if k in HEADLINE}
        print(f"{engine:>12}: {seconds:7.1f} s  {json.dumps(shown)}", flush=True)
        if engine == "continuous":
            stats = backend.stats
            print(f"{'':>12}  prefill {stats['prefill_tokens']} tokens, reused {stats['reused_tokens']}, "
                  f"decoded {stats['decode_tokens']}, mean batch {stats.get('mean_batch', 0):.1f}")  # fmt: skip
            backend.close()


if __name__ == "__main__":
    main()
