"""The GPU paths end to end on a machine with CUDA: SFT (per-turn rows, then prefix-shared), GRPO on the SFT
adapter, and `userlm serve` on the transformers engine with the turn grammar, each step timed.

    python benchmarks/gpu_paths.py --sft-rows runs/synth/sft_turns.jsonl --grpo-rows runs/synth/grpo.jsonl
    python benchmarks/gpu_paths.py --like DIR --random-weights ...   # DIR's shape (config + tokenizer), random weights

The default model is the embedded one (its real weights); ``--like DIR --random-weights`` builds a model of
DIR's config with random weights, for a machine that cannot reach the weights: it checks the paths and
their speed, not what the model says. Prints, per step, its seconds and figures: SFT tokens/s (TRL's
``num_tokens`` over ``train_runtime``), GRPO seconds a step and its reward, and for the server: the turns
that came back with a rationale in ``reasoning``, streamed chunks, and completion tokens/s at 1 and 16
concurrent clients. A step that fails prints the tail of its output and the rest still run; the exit status
is 1 if any failed. Run by hand (CI has no GPU); ``--device cpu`` runs the same steps on a CPU, slowly.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "chat_template.jinja", "generation_config.json")


def run_step(name: str, argv: list[str], log_dir: Path, env: dict, timeout: float) -> tuple[bool, str, float]:
    """Run one CLI step; its output goes to ``log_dir/name.log``."""
    start = time.perf_counter()
    try:
        proc = subprocess.run(argv, capture_output=True, text=True, env=env, timeout=timeout, cwd=ROOT)
        out, ok = proc.stdout + proc.stderr, proc.returncode == 0
    except subprocess.TimeoutExpired as e:
        out, ok = f"{e.stdout or ''}{e.stderr or ''}\ntimed out after {timeout:.0f} s", False
    seconds = time.perf_counter() - start
    (log_dir / f"{name}.log").write_text(out if isinstance(out, str) else str(out), encoding="utf-8")
    if not ok:
        print(f"[{name}] FAILED after {seconds:.0f} s; last lines:\n" + "\n".join(str(out).splitlines()[-25:]))
    return ok, str(out), seconds


def last_dict(output: str) -> dict:
    """The metrics dict the training commands print last."""
    for line in reversed(output.strip().splitlines()):
        if line.startswith("{"):
            try:
                return ast.literal_eval(line)
            except (ValueError, SyntaxError):
                continue
    return {}


def logged(output_dir: Path, key: str) -> list[float]:
    path = output_dir / "metrics.jsonl"
    rows = [json.loads(x) for x in path.read_text().splitlines() if x.strip()] if path.exists() else []
    return [r[key] for r in rows if key in r]


def random_model(like: Path, out: Path) -> Path:
    import torch
    from transformers import AutoConfig, AutoModelForCausalLM

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(AutoConfig.from_pretrained(like))
    model.save_pretrained(out)
    for name in TOKENIZER_FILES:
        if (like / name).exists():
            shutil.copy(like / name, out / name)
    return out


def serve_checks(model: str, port: int, env: dict, log_dir: Path) -> dict:
    """Start ``userlm serve`` (transformers engine, turn grammar on) and talk to it with the openai client."""
    import httpx
    from openai import OpenAI

    argv = [sys.executable, "-m", "userlm", "serve", "--model", model, "--engine", "transformers", "--port",
            str(port), "--reasoning-simulator", "true", "--log-level", "warning"]  # fmt: skip
    log = open(log_dir / "serve.log", "w", encoding="utf-8")
    server = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        for _ in range(300):
            if server.poll() is not None:
                raise RuntimeError(f"the server exited with {server.returncode}; see {log_dir / 'serve.log'}")
            try:
                if httpx.get(f"{base}/models", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(1)
        client = OpenAI(base_url=base, api_key="none")
        messages = [
            {"role": "system", "content": "You are a user contacting customer service. <scenario>You want a refund "
             "for a late order #W123. You will not share your card number.</scenario>"},
            {"role": "user", "content": "Hi! How can I help you today?"},
        ]  # fmt: skip

        def ask(seed: int) -> tuple[bool, int, str]:
            r = client.chat.completions.create(model=model, messages=messages, max_tokens=160, seed=seed)
            message = r.choices[0].message
            reasoning = getattr(message, "reasoning", None) or (message.model_extra or {}).get("reasoning")
            return bool(reasoning), r.usage.completion_tokens, r.choices[0].finish_reason

        figures: dict = {}
        start = time.perf_counter()
        with_reasoning, tokens, finish = ask(0)
        figures["c1"] = {"seconds": round(time.perf_counter() - start, 2), "tokens": tokens, "finish": finish,
                         "reasoning": with_reasoning}  # fmt: skip
        chunks, kinds = 0, set()
        for chunk in client.chat.completions.create(model=model, messages=messages, max_tokens=64, stream=True):
            chunks += 1
            if chunk.choices:
                delta = chunk.choices[0].delta
                kinds |= {k for k in ("content", "reasoning") if getattr(delta, k, None) or (delta.model_extra or {}).get(k)}
        figures["stream"] = {"chunks": chunks, "fields": sorted(kinds)}
        start = time.perf_counter()
        with ThreadPoolExecutor(16) as pool:
            answers = list(pool.map(ask, range(1, 17)))
        seconds = time.perf_counter() - start
        figures["c16"] = {"seconds": round(seconds, 2), "tokens_per_s": round(sum(a[1] for a in answers) / seconds, 1),
                          "with_reasoning": sum(a[0] for a in answers), "finish": sorted({a[2] for a in answers})}  # fmt: skip
        return figures
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="smollm2-135m", help="embedded name, folder or hub id (real weights)")
    ap.add_argument("--like", type=Path, help="with --random-weights: a folder with config.json and the tokenizer")
    ap.add_argument("--random-weights", action="store_true")
    ap.add_argument("--sft-rows", type=Path, required=True, help="per-turn SFT rows (synth's sft_turns.jsonl)")
    ap.add_argument("--grpo-rows", type=Path, required=True, help="GRPO prompts (synth's grpo.jsonl)")
    ap.add_argument("--mix", type=Path, help="reward mix for GRPO (default rewards/mix.yaml)")
    ap.add_argument("--sft-steps", type=int, default=12)
    ap.add_argument("--sft-batch", type=int, default=8)
    ap.add_argument("--grpo-steps", type=int, default=3)
    ap.add_argument("--device", default="cuda", help="cuda, or cpu for a slow dry run")
    ap.add_argument("--work", type=Path, help="work folder (default: a temporary one)")
    ap.add_argument("--logs", type=Path, default=Path("gpu_paths_logs"))
    ap.add_argument("--port", type=int, default=8123)
    ap.add_argument("--step-timeout", type=float, default=600)
    a = ap.parse_args()

    import torch

    work = a.work or Path(tempfile.mkdtemp(prefix="gpu_paths_"))
    work.mkdir(parents=True, exist_ok=True)
    a.logs.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    if a.device == "cpu":
        env["CUDA_VISIBLE_DEVICES"] = ""
    elif not torch.cuda.is_available():
        print("no CUDA device here; --device cpu runs the same steps on the CPU")
        return 1
    else:
        print(f"torch {torch.__version__}, {torch.cuda.get_device_name(0)}, bf16 {torch.cuda.is_bf16_supported()}")
    model = str(random_model(a.like, work / "model")) if a.random_weights else a.model
    results: dict = {}
    failed = []
    cli = [sys.executable, "-m", "userlm", "train"]
    common = ["--model_name_or_path", model, "--max_length", "2048", "--save_steps", "100000", "--logging_steps", "2",
              "--merge_lora", "false", "--report_to", "none"]  # fmt: skip
    for name, extra in (("sft_rows", []), ("sft_shared", ["--share_prefixes", "true"])):
        out_dir = work / name
        argv = cli + ["sft", *common, "--dataset_path", str(a.sft_rows), "--output_dir", str(out_dir),
                      "--max_steps", str(a.sft_steps), "--per_device_train_batch_size", str(a.sft_batch), *extra]  # fmt: skip
        ok, output, seconds = run_step(name, argv, a.logs, env, a.step_timeout)
        metrics = last_dict(output) if ok else {}
        tokens = logged(out_dir, "num_tokens")
        runtime = metrics.get("train_runtime")
        results[name] = {"ok": ok, "seconds": round(seconds, 1), "train_runtime": runtime,
                         "tokens": tokens[-1] if tokens else None, "loss": logged(out_dir, "loss")[-1:],
                         "tokens_per_s": round(tokens[-1] / runtime, 1) if tokens and runtime else None}  # fmt: skip
        failed += [] if ok else [name]
        print(name, results[name])
    adapter = work / "sft_rows"
    argv = cli + ["rl", "--model_name_or_path", str(adapter if (adapter / "adapter_config.json").exists() else model),
                  "--dataset_path", str(a.grpo_rows), "--output_dir", str(work / "grpo"), "--max_steps", str(a.grpo_steps),
                  "--num_generations", "8", "--per_device_train_batch_size", "8", "--gradient_accumulation_steps", "1",
                  "--save_steps", "100000", "--merge_lora", "false", "--report_to", "none"]  # fmt: skip
    argv += ["--mix_path", str(a.mix)] if a.mix else []
    ok, output, seconds = run_step("grpo", argv, a.logs, env, a.step_timeout)
    metrics = last_dict(output) if ok else {}
    results["grpo"] = {"ok": ok, "seconds": round(seconds, 1), "train_runtime": metrics.get("train_runtime"),
                       "seconds_a_step": round(metrics["train_runtime"] / a.grpo_steps, 1) if metrics.get("train_runtime") else None,
                       "reward": logged(work / "grpo", "reward")}  # fmt: skip
    failed += [] if ok else ["grpo"]
    print("grpo", results["grpo"])
    start = time.perf_counter()
    try:
        results["serve"] = serve_checks(model, a.port, env, a.logs)
    except Exception as e:  # recorded, like the other steps: the summary still prints
        results["serve"] = {"error": f"{type(e).__name__}: {e}"}
        failed.append("serve")
    results["serve"]["seconds"] = round(time.perf_counter() - start, 1)
    print("serve", results["serve"])
    (a.logs / "summary.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print("failed:", failed or "none")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
