"""Generation speed of the embedded default model: tokens/s at batch 1, 8 and 32, and batched/sequential.

    .venv/bin/python benchmarks/generate.py [--model smollm2-135m] [--tokens 64] [--threads 2]

Every sequence generates exactly --tokens tokens (min_tokens = max_tokens) so the figures compare.
"""

from __future__ import annotations

import argparse
import resource
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--tokens", type=int, default=64)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batches", default="1,8,32")
    ap.add_argument(
        "--prompt",
        default="full",
        choices=["full", "compact", "short"],
        help="full/compact: a simulator prompt (system prompt + greeting); short: one short user line.",
    )
    args = ap.parse_args()

    import torch

    from userlm.core.backends import SamplingParams
    from userlm.core.backends.hf import TransformersBackend
    from userlm.core.profile_store import examples_path, load_profiles
    from userlm.core.simulator import simulator_chat

    backend = TransformersBackend(model_name=args.model, threads=args.threads)
    profiles = load_profiles(examples_path())
    if args.prompt == "short":
        chat = [{"role": "user", "content": "Write a short complaint about a late parcel."}]
    else:
        template = "simulator_system" if args.prompt == "full" else "simulator_compact"
        chat = simulator_chat(profiles[0], [], template=template)
    # min_tokens = max_tokens: every sequence generates the same work at every batch size.
    params = SamplingParams(max_tokens=args.tokens, min_tokens=args.tokens, temperature=0.7, seed=0)
    print(
        f"model={args.model} dtype={backend.model.dtype} threads={torch.get_num_threads()} "
        f"prompt_tokens={len(backend.encode_chat(chat))} new_tokens={args.tokens}"
    )
    backend.generate([chat], SamplingParams(max_tokens=8))  # warm-up
    rates = {}
    for b in [int(x) for x in args.batches.split(",")]:
        t = time.perf_counter()
        out = backend.generate([chat] * b, params)
        dt = time.perf_counter() - t
        n = sum(c.completion_tokens for c in out)
        rates[b] = n / dt
        print(f"batch {b:>3}: {n:>5} tokens in {dt:6.2f} s = {rates[b]:7.1f} tok/s")
    if 1 in rates:
        for b, r in rates.items():
            if b != 1:
                print(f"batched/sequential at batch {b}: {r / rates[1]:.1f}x")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
