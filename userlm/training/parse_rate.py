"""Parse-success rate of a simulator model over held-out prompts: the proof that SFT taught the turn format.

    python -m userlm.training.parse_rate --model smollm2-135m --rows runs/held/grpo.jsonl --n 32
    python -m userlm.training.parse_rate --model runs/sft/merged --rows runs/held/grpo.jsonl --n 32

``--rows`` is a ``grpo.jsonl`` from ``userlm synth`` over profiles the model never trained on (each row's
``prompt`` is the simulator chat at one turn). Every prompt is answered once (seeded sampling) and parsed
with ``userlm.core.turn.parse_turn``; the rate is the share of turns with no parse error. Prints JSON with
the rate, the most common errors and one sample.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter


def parse_rate(
    model: str,
    rows_path: str,
    n: int = 32,
    max_tokens: int = 160,
    temperature: float = 0.7,
    seed: int = 0,
    backend=None,
) -> dict:
    """Generate one turn for each of the first ``n`` rows and report how many parse cleanly."""
    from userlm.core.backends.base import SamplingParams
    from userlm.core.io import DataError, iter_jsonl
    from userlm.core.turn import parse_turn

    rows = [row for _, row in iter_jsonl(rows_path)][:n]
    if not rows:
        raise DataError("no rows", rows_path)
    if backend is None:
        from userlm.core.backends.hf import TransformersBackend

        backend = TransformersBackend(model_name=model)
    outs = backend.generate(
        [r["prompt"] for r in rows], SamplingParams(max_tokens=max_tokens, temperature=temperature, seed=seed)
    )
    parsed = [parse_turn(o.text) for o in outs]
    errors = Counter(e for p in parsed for e in p.errors[:1])
    ok = sum(p.ok for p in parsed)
    return {
        "model": model,
        "rows": rows_path,
        "n": len(rows),
        "parse_ok": ok,
        "parse_rate": ok / len(rows),
        "actions": dict(Counter(p.parts.action for p in parsed if p.ok)),
        "top_errors": errors.most_common(5),
        "sample": outs[0].text[:400],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", required=True, help="Embedded name, model folder or hub id.")
    p.add_argument("--rows", required=True, help="grpo.jsonl of held-out profiles (userlm synth).")
    p.add_argument("--n", type=int, default=32, help="Prompts to answer.")
    p.add_argument("--max-tokens", type=int, default=160)
    p.add_argument("--temperature", type=float, default=0.7)
    p.add_argument("--seed", type=int, default=0)
    a = p.parse_args(argv)
    print(json.dumps(parse_rate(a.model, a.rows, a.n, a.max_tokens, a.temperature, a.seed), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
