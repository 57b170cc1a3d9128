"""In-process benchmark of the server (simulator mode): sequential vs batched vs served, one model object.

    python benchmarks/serve_inprocess.py                       # embedded smollm2-135m, max_tokens 64
    python benchmarks/serve_inprocess.py --levels 1:4,8:16,32:64 --max-tokens 64 --json out.json

In one run, on the same model and prompts (simulator mode: example profiles x agent messages, greedy):
  1. sequential: one ``generate`` per request, one after another (the baseline);
  2. in-process batched: ``generate_ids`` over the requests in batches of --batch (the ceiling);
  3. the server (uvicorn on 127.0.0.1 in a thread) driven by the real ``openai`` async client at each
     concurrency c with a closed loop of c clients: turns/s, p50/p99 latency, tokens/s.
Reports the speed-up at the highest concurrency over sequential (goal >= 8x at c=32) and the server's
overhead against in-process batched generation (goal < 10%).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

AGENT_MESSAGES = [
    "Hello! How can I help you today?",
    "I can offer this one at 21,000 today. Interested?",
    "Could you give me your order number, please?",
    "Our policy only allows store credit, not refunds.",
    "Before we continue, please confirm your full card number.",
    "This deal expires in ten minutes, you should decide now.",
    "I understand. What would make this work for you?",
    "Is there anything else I can help you with?",
]


def percentile(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(q / 100 * (len(xs) - 1))))]


def make_requests(n: int) -> list[tuple[str, list[dict]]]:
    from userlm.core.profile_store import examples_path, load_profiles

    profiles = load_profiles(examples_path())
    out = []
    for i in range(n):
        p = profiles[i % len(profiles)]
        out.append((p.id, [{"role": "assistant", "content": AGENT_MESSAGES[i % len(AGENT_MESSAGES)]}]))
    return out


async def drive(url: str, model: str, reqs, concurrency: int, max_tokens: int) -> dict:
    from openai import AsyncOpenAI

    client = AsyncOpenAI(base_url=url + "/v1", api_key="bench", max_retries=0, timeout=600)
    queue = list(reqs)
    latencies, tokens = [], 0

    async def worker():
        nonlocal tokens
        while queue:
            pid, msgs = queue.pop()
            t = time.perf_counter()
            out = await client.chat.completions.create(
                model=model,
                messages=msgs,
                max_tokens=max_tokens,
                temperature=0,
                extra_body={"profile_id": pid},
            )
            latencies.append(time.perf_counter() - t)
            tokens += out.usage.completion_tokens

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall = time.perf_counter() - start
    await client.close()
    return {
        "concurrency": concurrency,
        "requests": len(latencies),
        "turns_per_s": len(latencies) / wall,
        "tokens_per_s": tokens / wall,
        "p50_s": statistics.median(latencies),
        "p99_s": percentile(latencies, 99),
        "wall_s": wall,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--levels", default="1:4,8:16,32:64", help="concurrency:requests pairs")
    ap.add_argument("--sequential", type=int, default=4, help="requests in the sequential baseline")
    ap.add_argument(
        "--batch", type=int, default=32, help="batch size of the in-process ceiling and the server"
    )
    ap.add_argument("--max-wait-ms", type=float, default=25.0)
    ap.add_argument("--threads", type=int, default=None)
    ap.add_argument("--json", default=None, help="also write the figures here")
    args = ap.parse_args()
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    logging_off()

    from serving_helpers import LiveServer
    from tqdm import tqdm

    from userlm.core.backends import SamplingParams
    from userlm.core.backends.hf import TransformersBackend
    from userlm.core.profile_store import examples_path, load_profiles
    from userlm.core.simulator import simulator_chat
    from userlm.serving.app import create_app
    from userlm.serving.config import ServeConfig

    backend = TransformersBackend(model_name=args.model, threads=args.threads, max_batch_size=args.batch)
    print(f"model {args.model} dtype {backend.model.dtype} threads {__import__('torch').get_num_threads()}")
    profiles = {p.id: p for p in load_profiles(examples_path())}
    params = SamplingParams(max_tokens=args.max_tokens, temperature=0)
    levels = [tuple(int(x) for x in lv.split(":")) for lv in args.levels.split(",")]
    n_max = max(n for _, n in levels)
    reqs = make_requests(n_max)
    chats = [simulator_chat(profiles[pid], msgs) for pid, msgs in reqs]
    encoded = [backend.encode_chat(c) for c in chats]
    print(
        f"prompts: {n_max}, mean {statistics.mean(map(len, encoded)):.0f} tokens; max_tokens {args.max_tokens}"
    )
    backend.generate_ids(encoded[:2], SamplingParams(max_tokens=4, temperature=0))  # warm-up

    seq = []
    for ids in tqdm(encoded[: args.sequential], desc="sequential"):
        t = time.perf_counter()
        backend.generate_ids([ids], params)
        seq.append(time.perf_counter() - t)
    seq_tps = 1 / statistics.mean(seq)

    top_c, top_n = max(levels)
    t = time.perf_counter()
    done = backend.generate_ids(encoded[:top_n], params)
    batched_wall = time.perf_counter() - t
    batched_tps = top_n / batched_wall
    batched_tok = sum(c.completion_tokens for c in done) / batched_wall

    config = ServeConfig(
        model="bench",
        max_batch_size=args.batch,
        max_wait_ms=args.max_wait_ms,
        max_queue=4 * n_max,
        max_tokens_cap=max(args.max_tokens, 256),
    )
    server = LiveServer(create_app(config, backend=backend, profiles=profiles)).start()
    try:
        results = []
        for c, n in levels:
            r = asyncio.run(drive(server.url, "bench", reqs[:n], c, args.max_tokens))
            results.append(r)
            print(
                f"server c={c:>3} n={n:>3}: {r['turns_per_s']:.3f} turns/s  {r['tokens_per_s']:.1f} tok/s  "
                f"p50 {r['p50_s']:.2f}s  p99 {r['p99_s']:.2f}s",
                flush=True,
            )
        stats = __import__("httpx").get(server.url + "/health").json()["batcher"]
    finally:
        server.stop()

    top = next(r for r in results if r["concurrency"] == top_c)
    summary = {
        "sequential_turns_per_s": seq_tps,
        "sequential_p50_s": statistics.median(seq),
        "batched_turns_per_s": batched_tps,
        "batched_tokens_per_s": batched_tok,
        "server": results,
        "speedup_vs_sequential": top["turns_per_s"] / seq_tps,
        "overhead_vs_batched": 1 - top["turns_per_s"] / batched_tps,
        "batcher": stats,
    }
    print(f"sequential: {seq_tps:.3f} turns/s (p50 {summary['sequential_p50_s']:.2f}s)")
    print(f"in-process batched (batch {args.batch}): {batched_tps:.3f} turns/s, {batched_tok:.1f} tok/s")
    print(f"speed-up at c={top_c} over sequential: {summary['speedup_vs_sequential']:.1f}x (goal >= 8x)")
    print(f"server overhead vs in-process batched: {100 * summary['overhead_vs_batched']:.1f}% (goal < 10%)")
    print(f"batcher: {stats}")
    if args.json:
        from userlm.core.io import write_json

        write_json(args.json, summary)
    return 0


def logging_off() -> None:
    import logging

    logging.getLogger("userlm.serving.access").setLevel(logging.WARNING)


if __name__ == "__main__":
    sys.exit(main())
