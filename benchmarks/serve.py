"""`userlm serve` against `transformers serve --continuous-batching`, side by side, on the same requests.

    python benchmarks/serve.py                                  # embedded smollm2-135m, every workload
    python benchmarks/serve.py --levels 1,8,32 --per-client 2 --max-tokens 64 --threads 2 --json out.json
    python benchmarks/serve.py --servers userlm --workloads tau2,sessions

Both servers run as subprocesses on 127.0.0.1 (fp32 on this CPU, ``--threads`` each; idle, neither uses
CPU) and are measured in alternation, level by level (A/B then B/A), so load from elsewhere hits both.
Workloads (``serve_workloads.py``):
  tau2      tau2-bench-shaped plain-mode calls (guidelines + <scenario>, cut after 1-4 agent turns, a seed
            per call as tau2 sends), greedy, c clients in a closed loop with --per-client calls each:
            turns/s and p50 per server and the ratio userlm / transformers (goals: >= 2.5x at c=32, >= 1.5x at 8);
  sessions  --sessions conversations of --turns turns at once, each call re-sending the conversation with
            the real replies: mean latency of every turn index (goal: turn 8 <= 1.3x turn 1);
  ttft      c=1 streaming calls whose scenario was sent just before: time to the first streamed token
            (goal <= 1 s with the prefix cached);
and the peak resident memory of each server process over the run (goal <= 2 GB at c=32).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shlex
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent


class Server:
    """A server subprocess, its base URL, model id, and a sampler of its peak RSS."""

    def __init__(self, name: str, cmd: list[str], port: int, model_id: str, threads: int):
        env = {
            **os.environ,
            "OMP_NUM_THREADS": str(threads),
            "HF_HUB_OFFLINE": "1",
            "TOKENIZERS_PARALLELISM": "false",
        }
        self.name, self.model_id, self.url = name, model_id, f"http://127.0.0.1:{port}"
        self.log = open(f"/tmp/bench-serve-{name}.log", "w")
        self.proc = subprocess.Popen(cmd, env=env, stdout=self.log, stderr=subprocess.STDOUT, cwd=ROOT)
        self.peak_rss = 0
        self._stop = threading.Event()
        threading.Thread(target=self._sample, daemon=True).start()

    def _sample(self) -> None:
        while not self._stop.wait(0.25):
            try:
                for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        self.peak_rss = max(self.peak_rss, int(line.split()[1]) * 1024)
            except OSError:
                return

    def wait_ready(self, timeout: float = 600) -> None:
        import httpx

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited; see {self.log.name}")
            try:
                if httpx.get(self.url + "/v1/models", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise TimeoutError(f"{self.name} did not start")

    def stop(self) -> None:
        self._stop.set()
        self.proc.terminate()
        try:
            self.proc.wait(30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def start_servers(names: list[str], model: str, threads: int, base_port: int, userlm_args: str = "") -> list[Server]:
    from userlm.core.models import resolve_model

    path = str(resolve_model(model))
    out = []
    if "userlm" in names:
        cmd = [
            sys.executable,
            "-m",
            "userlm",
            "serve",
            "--model",
            model,
            "--port",
            str(base_port),
            "--threads",
            str(threads),
            "--max_queue",
            "4096",
            "--log_level",
            "warning",
            *shlex.split(userlm_args),
        ]
        out.append(Server("userlm", cmd, base_port, model, threads))
    if "transformers" in names:
        cmd = [
            str(VENV_BIN / "transformers"),
            "serve",
            "--continuous-batching",
            "--device",
            "cpu",
            "--dtype",
            "float32",
            "--host",
            "127.0.0.1",
            "--port",
            str(base_port + 1),
            path,
        ]
        out.append(Server("transformers", cmd, base_port + 1, path, threads))
    for s in out:
        s.wait_ready()
    return out


def client(server: Server):
    from openai import AsyncOpenAI

    return AsyncOpenAI(base_url=server.url + "/v1", api_key="bench", max_retries=3, timeout=3600)


async def tau2_level(server: Server, reqs: list, c: int, max_tokens: int) -> dict:
    api, queue, lat = client(server), list(enumerate(reqs)), []

    async def worker():
        while queue:
            i, msgs = queue.pop(0)
            t = time.perf_counter()
            await api.chat.completions.create(
                model=server.model_id, messages=msgs, max_tokens=max_tokens, temperature=0, seed=i
            )
            lat.append(time.perf_counter() - t)

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(c)))
    wall = time.perf_counter() - start
    await api.close()
    return {"c": c, "n": len(reqs), "turns_per_s": len(reqs) / wall, "p50_s": statistics.median(lat)}


async def sessions(server: Server, n_sessions: int, turns: int, max_tokens: int, offset: int) -> list[float]:
    from serve_workloads import AGENT_TURNS, GREETING, session_system

    api, per_turn = client(server), [[] for _ in range(turns)]

    async def one(i: int):
        msgs = [
            {"role": "system", "content": session_system(offset + i)},
            {"role": "user", "content": GREETING},
        ]
        for t in range(turns):
            start = time.perf_counter()
            r = await api.chat.completions.create(
                model=server.model_id, messages=msgs, max_tokens=max_tokens, temperature=0, seed=i
            )
            per_turn[t].append(time.perf_counter() - start)
            msgs += [
                {"role": "assistant", "content": r.choices[0].message.content or "..."},
                {"role": "user", "content": AGENT_TURNS[t % len(AGENT_TURNS)]},
            ]

    await asyncio.gather(*(one(i) for i in range(n_sessions)))
    await api.close()
    return [statistics.mean(x) for x in per_turn]


async def ttft(server: Server, reqs: list, max_tokens: int) -> float:
    """Median time to the first streamed token; each scenario is sent once before (its prefix cached)."""
    api, firsts = client(server), []
    for msgs in reqs:
        await api.chat.completions.create(model=server.model_id, messages=msgs, max_tokens=4, temperature=0)
        follow = msgs + [
            {"role": "assistant", "content": "Okay."},
            {"role": "user", "content": "Anything else?"},
        ]
        start = time.perf_counter()
        stream = await api.chat.completions.create(
            model=server.model_id, messages=follow, max_tokens=max_tokens, temperature=0, stream=True
        )
        first = None
        async for chunk in stream:
            delta = chunk.choices[0].delta if chunk.choices else None
            text = delta and ((delta.content or "") + ((delta.model_extra or {}).get("reasoning") or ""))
            if first is None and text:
                first = time.perf_counter() - start
        firsts.append(first if first is not None else float("nan"))
    await api.close()
    return statistics.median(firsts)


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "-"


def run(args, servers: list[Server]) -> dict:
    from serve_workloads import tau2_requests

    order = lambda k: servers if k % 2 == 0 else servers[::-1]  # noqa: E731 - A/B, then B/A
    out: dict = {"tau2": {}, "sessions": {}, "ttft_s": {}, "peak_rss_gb": {}}
    for s in servers:  # warm-up: weights paged in, transformers' CB manager started
        asyncio.run(tau2_level(s, tau2_requests(2), 2, 4))
    if "tau2" in args.workloads:
        for k, c in enumerate(args.levels):
            reqs = tau2_requests(c * args.per_client)
            for s in order(k):
                r = asyncio.run(tau2_level(s, reqs, c, args.max_tokens))
                out["tau2"].setdefault(s.name, []).append(r)
                print(
                    f"tau2 c={c:>3} {s.name:>12}: {r['turns_per_s']:.3f} turns/s  p50 {r['p50_s']:.2f}s  "
                    f"peak RSS {s.peak_rss / 2**30:.2f} GB",
                    flush=True,
                )
    if "sessions" in args.workloads:
        for s in order(1):
            lat = asyncio.run(sessions(s, args.sessions, args.turns, args.max_tokens, offset=0))
            out["sessions"][s.name] = lat
            print(
                f"sessions {s.name:>12}: "
                + " ".join(f"{x:.2f}" for x in lat)
                + f"  turn {args.turns}/turn 1 = {lat[-1] / lat[0]:.2f}",
                flush=True,
            )
    if "ttft" in args.workloads:
        reqs = tau2_requests(args.ttft_requests * 4)[::4]
        for s in servers:
            out["ttft_s"][s.name] = asyncio.run(ttft(s, reqs, args.max_tokens))
            print(f"ttft c=1 cached prefix {s.name:>12}: {out['ttft_s'][s.name]:.2f}s", flush=True)
    for s in servers:
        out["peak_rss_gb"][s.name] = round(s.peak_rss / 2**30, 2)
    return out


def summary(out: dict) -> None:
    print("\n== summary ==")
    tau = out["tau2"]
    if "userlm" in tau and "transformers" in tau:
        for a, b in zip(tau["userlm"], tau["transformers"]):
            print(
                f"tau2 c={a['c']:>3}: userlm {a['turns_per_s']:.3f} / transformers {b['turns_per_s']:.3f} turns/s "
                f"= {ratio(a['turns_per_s'], b['turns_per_s'])}"
            )
    for name, lat in out["sessions"].items():
        print(f"sessions {name}: turn {len(lat)} / turn 1 latency = {lat[-1] / lat[0]:.2f}")
    for name, t in out["ttft_s"].items():
        print(f"time to first token, c=1, cached prefix, {name}: {t:.2f}s")
    for name, rss in out["peak_rss_gb"].items():
        print(f"peak RSS {name}: {rss:.2f} GB")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--servers", default="userlm,transformers")
    ap.add_argument("--workloads", default="tau2,sessions,ttft")
    ap.add_argument("--levels", default="1,8,32", help="client concurrencies of the tau2 workload")
    ap.add_argument("--per-client", type=int, default=2, help="calls per client per level")
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--sessions", type=int, default=2, help="concurrent sessions of the session workload")
    ap.add_argument("--turns", type=int, default=8)
    ap.add_argument("--ttft-requests", type=int, default=3)
    ap.add_argument("--threads", type=int, default=2, help="torch threads of each server")
    ap.add_argument("--port", type=int, default=8790)
    ap.add_argument("--json", default=None)
    ap.add_argument("--userlm-args", default="", help='extra flags for userlm serve, e.g. "--prefix_cache_mb 128"')
    args = ap.parse_args()
    args.levels = [int(x) for x in args.levels.split(",")]
    args.workloads = args.workloads.split(",")
    servers = start_servers(args.servers.split(","), args.model, args.threads, args.port, args.userlm_args)
    try:
        print(
            f"servers up: {', '.join(s.name for s in servers)}; model {args.model}, {args.threads} threads each",
            flush=True,
        )
        out = run(args, servers)
    finally:
        for s in servers:
            s.stop()
    summary(out)
    if args.json:
        from userlm.core.io import write_json

        write_json(args.json, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
