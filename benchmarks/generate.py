"""Generation speed of the embedded default model: tokens/s at batch 1, 8 and 32, and batched/sequential.

    .venv/bin/python benchmarks/generate.py [--model smollm2-135m] [--tokens 64] [--threads 2]
    .venv/bin/python benchmarks/generate.py --grammar --batches 1,32 --tokens 192 --prompt compact --repeat 3

Every sequence generates exactly --tokens tokens (min_tokens = max_tokens) so the figures compare.

``--grammar``: the same batches with and without the turn grammar (llguidance, ``userlm.core.grammar``),
interleaved ``--repeat`` times (the median counts, so a busy machine hurts both alike). A constrained turn
ends where the grammar ends it, so each free run decodes exactly as many steps as the constrained run
before it (min_tokens = max_tokens = its longest row): the ratio compares decoding steps of equal work.
Reported: decoding steps/s of each, their ratio, the grammar's tok/s over the tokens it really produced,
and the share of constrained turns that parse.
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
        "--grammar", action="store_true", help="Compare generation with and without the turn grammar."
    )
    ap.add_argument("--repeat", type=int, default=3, help="--grammar: interleaved runs per batch size.")
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
    if args.grammar:
        compare_grammar(backend, chat, args)
        return
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


def compare_grammar(backend, chat: list[dict], args) -> None:
    import statistics
    from dataclasses import replace

    from userlm.core.backends import SamplingParams
    from userlm.core.grammar import default_grammar
    from userlm.core.turn import parse_turn

    grammar = default_grammar()
    t = time.perf_counter()
    backend.constraint().matcher(grammar, args.tokens)  # tokenizer conversion + compile, once per backend
    print(f"grammar set-up (tokenizer + compile, once): {time.perf_counter() - t:.2f} s")
    for b in [int(x) for x in args.batches.split(",")]:
        free_rates, gram_rates, useful, parsed, total = [], [], [], 0, 0
        for r in range(args.repeat):
            params = SamplingParams(max_tokens=args.tokens, temperature=0.7, seed=r, grammar=grammar)
            t = time.perf_counter()
            out = backend.generate([chat] * b, params)
            dt = time.perf_counter() - t
            steps = max(c.completion_tokens for c in out)
            gram_rates.append(b * steps / dt)
            useful.append(sum(c.completion_tokens for c in out) / dt)
            parsed += sum(parse_turn(c.text).ok for c in out)
            total += len(out)
            free = replace(params, grammar=None, max_tokens=steps, min_tokens=steps)
            t = time.perf_counter()
            backend.generate([chat] * b, free)
            free_rates.append(b * steps / (time.perf_counter() - t))
        f, g = statistics.median(free_rates), statistics.median(gram_rates)
        print(f"batch {b:>3}: free {f:7.1f} tok/s | grammar {g:7.1f} tok/s ({g / f:.1%} of free; "
              f"{statistics.median(useful):.1f} tok/s of turn tokens) | parsed {parsed}/{total}")  # fmt: skip


if __name__ == "__main__":
    main()
