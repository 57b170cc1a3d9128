"""The eval and package stages of ``userlm train simulator``: the ablation base / SFT / SFT+GRPO on held-out
data, then the adapter with a model card that holds those tables and the commands that made them."""

from __future__ import annotations

import json
import platform
from pathlib import Path


def _merged(recipe, stage: str) -> str:
    """The stage's adapter merged into the base once (eval loads plain folders, faster than a live adapter)."""
    from userlm.core.models import SIMULATOR_MARKER, resolve_model, write_simulator_marker
    from userlm.core.shipped import merge_adapter

    target = recipe.path("eval", "merged", stage)
    if not (target / "config.json").exists():
        merge_adapter(resolve_model(recipe.cfg.model), Path(recipe.require(stage)["adapter"]), target)
    # the template it trained on, so a benchmark or `eval simulator` on this folder renders the same prompts
    marker = target / SIMULATOR_MARKER
    info = json.loads(marker.read_text()) if marker.exists() else {}
    if info.get("template") != recipe.cfg.template:
        write_simulator_marker(target, **{**info, "template": recipe.cfg.template})
    return str(target)


def evaluate_recipe(recipe) -> dict:
    """``eval rewards`` (base, SFT, GRPO on held-out prompts) and ``eval simulator`` (base, trained, policy
    on held-out profiles; every suite, free generation), written under ``OUT/eval``."""
    from userlm.core.backends import SamplingParams
    from userlm.core.profile_store import load_profiles
    from userlm.eval.report import write_report
    from userlm.eval.reward_eval import evaluate_rewards
    from userlm.eval.run import run_seeds
    from userlm.eval.simulator_eval import EvalSettings
    from userlm.eval.simulators import load_simulator

    cfg = recipe.cfg
    models = {"base": cfg.model, "sft": _merged(recipe, "sft")}
    if not recipe.require("grpo").get("skipped"):
        models["grpo"] = _merged(recipe, "grpo")
    trained = list(models)[-1]
    params = SamplingParams(max_tokens=cfg.max_tokens, temperature=cfg.temperature, seed=cfg.seed)
    backends = _eval_backends(models, cfg.eval_engine)
    try:
        rewards = evaluate_rewards(
            [f"{k}={v}" for k, v in models.items()], str(recipe.path("synth", "held", "grpo.jsonl")),
            n=cfg.reward_prompts, samples=1, params=params, mix_path=str(recipe.mix_path()),
            out_dir=recipe.path("eval", "rewards"),
            progress=recipe.console.log, backends=backends,
        )  # fmt: skip
        profiles = load_profiles(recipe.path("profiles", "test.jsonl"))[: cfg.eval_profiles]
        # free generation: the goals are the model's own (with the grammar every turn parses by construction)
        sims = [load_simulator(f"{label}={models[label]}", params=params, template=cfg.template, grammar=False,
                               backend=backends.get(label)) for label in ("base", trained)]  # fmt: skip
        sims.append(load_simulator("policy=policy", params=params))
        # sessions + adversarial traps + plain mode (tau2-bench's prompt shape, as a harness sends it)
        settings = EvalSettings(max_turns=cfg.eval_turns, per_tactic=1, seed=cfg.seed)
        results = run_seeds(sims, profiles, settings, [cfg.seed + i for i in range(cfg.eval_seeds)])
    finally:
        for backend in backends.values():
            backend.close()
    write_report(results, recipe.path("eval", "simulator"))
    keep = ("reward", "reward_se", "parse_rate", "clipped_rate", "diff_vs_first", "diff_vs_previous", "diff_vs_previous_se")
    return {
        "trained": trained,
        "rewards": {k: {m: v[m] for m in keep if m in v} for k, v in rewards.items()},
        "simulator": {k: v["metrics"] for k, v in results.items()},
    }


def _eval_backends(models: dict[str, str], engine: str) -> dict:
    """One serving engine per model folder (``eval_engine: continuous``), or none: each eval then loads its
    models on batched transformers generate."""
    if engine != "continuous":
        return {}
    from userlm.serving.engine_backend import EngineBackend

    # room for every conversation's earlier rounds: 12 sessions x ~2,000 tokens x 46 KB a token (135M, fp32)
    return {label: EngineBackend.from_pretrained(path, prefix_cache_mb=1024) for label, path in models.items()}


def _card(recipe, info: dict) -> str:
    from userlm.eval.report import markdown_table

    cfg, ev = recipe.cfg, recipe.require("eval")
    names = ("profiles", "synth", "sft", "grpo", "eval")
    stages = {s: (recipe.done(s) or {}).get("seconds") for s in names}
    revisions = sorted({(recipe.done(s) or {}).get("revision") or "unrecorded" for s in names})
    rows = ["| model | mixed reward ± s.e. | parse rate | truncated | vs base (paired) | vs the row above (paired) |",
            "| --- | --- | --- | --- | --- | --- |"]  # fmt: skip
    for label, r in ev["rewards"].items():
        num = lambda k, r=r: "" if r.get(k) is None else f"{r[k]:.3f}"  # noqa: E731
        before = f"{num('diff_vs_previous')} ± {num('diff_vs_previous_se')}" if r.get("diff_vs_previous") is not None else ""
        rows.append(f"| {label} | {num('reward')} ± {num('reward_se')} | {num('parse_rate')} | {num('clipped_rate')} "
                    f"| {num('diff_vs_first')} | {before} |")  # fmt: skip
    return "\n".join([
        f"# {cfg.name}", "",
        f"A reasoning user simulator: a LoRA adapter (rank {cfg.lora_r}) on `{cfg.model}`, trained by userlm's "
        "own recipe (synthesised reasoning-user conversations, SFT, then GRPO on the reward mix). It writes a "
        "rationale before every reply and ends the conversation with a stop token.", "",
        "Reproduce: `userlm train simulator --config training/simulator.yaml` "
        f"(seed {cfg.seed}); settings: `{cfg.model_dump_json()}`. Code: userlm {', '.join(revisions)} "
        "(synthesis and rewards change between commits: check out this one to rebuild the same adapter).", "",
        f"Stage times (s): `{json.dumps(stages)}` on {platform.machine()} ({platform.processor() or 'cpu'}).", "",
        *_speed_lines(recipe), "",
        "## Reward mix on held-out prompts (base / SFT / SFT+GRPO)", "",
        f"GRPO trained on, and this table scores with, `{_mix_name(cfg.reward_mix)}`.", "", *rows, "",
        "## Side by side on held-out profiles (`userlm eval simulator`)", "", markdown_table(ev["simulator"]), "",
        f"Loads as `{cfg.name}` wherever a model is asked for; template `{info['template']}`.", "",
    ])  # fmt: skip


def _mix_name(reward_mix: str) -> str:
    """``mix_rules.yaml`` -> ``rewards/mix_rules.yaml``; a path stays as given."""
    return reward_mix if Path(reward_mix).parent != Path(".") else f"rewards/{reward_mix}"


# Training FLOPs per token of the 135M base under LoRA: forward 2 x 135M, backward about as much again (the
# activations' gradients; the frozen weights get none). Attention adds a few percent at these lengths.
TRAIN_GFLOP_PER_TOKEN = 0.54


def _speed_lines(recipe) -> list[str]:
    """Training tokens/s of SFT beside what the machine's matmul speed allows (the compute limit)."""
    from userlm.core.device import cpu_has_bf16, matmul_gflops

    metrics = recipe.path("sft", "metrics.jsonl")
    rows = [json.loads(x) for x in metrics.read_text().splitlines() if x.strip()] if metrics.exists() else []
    tokens = max((r.get("num_tokens", 0) for r in rows), default=0)
    steps = max((r.get("step", 0) for r in rows), default=0)
    # steps/s is over the steps this process ran (a resumed run's runtime misses the earlier ones)
    rate = next((r["train_steps_per_second"] for r in reversed(rows) if "train_steps_per_second" in r), None)
    dtype = "bfloat16" if cpu_has_bf16() else "float32"
    gflops = matmul_gflops(dtype)
    limit = gflops / TRAIN_GFLOP_PER_TOKEN
    measured = (f"{rate * tokens / steps:.0f} tokens/s ({tokens:,.0f} tokens in {steps} steps at {rate:.4f} steps/s)"
                if rate and steps else "n/a")  # fmt: skip
    shared = recipe.path("sft", "prefix_share.json")
    if shared.exists() and rate and steps:  # packed tokens are the work done; the rows' are what it stands for
        s = json.loads(shared.read_text(encoding="utf-8"))
        measured += (f"; prefix-shared, {s['rows']:,} turns in {s['sequences']:,} sequences stand for "
                     f"{s['row_tokens']:,} per-turn-row tokens ({s['row_tokens'] / s['packed_tokens']:.2f}x), "
                     f"{rate * s['row_tokens'] / steps:.0f} row tokens/s")  # fmt: skip
    return ["## Training speed", "",
            f"SFT: {measured}. The machine's limit: {gflops:.0f} GFLOP/s {dtype} matmul measured at packaging, "
            f"/ {TRAIN_GFLOP_PER_TOKEN} GFLOP per LoRA training token = about {limit:.0f} tokens/s."]  # fmt: skip


def package(recipe) -> dict:
    """Copy the trained adapter, ``userlm.json`` and the card into ``package_dir/<name>``."""
    from userlm.core.shipped import package_adapter

    cfg = recipe.cfg
    adapter = recipe.require(recipe.require("eval")["trained"])["adapter"]  # GRPO's, or SFT's when skipped
    info = {"reasoning_simulator": True, "turn_format": "userlm-turn", "base": cfg.model, "template": cfg.template,
            "name": cfg.name, "sampling": {"temperature": cfg.temperature}}  # fmt: skip
    dest = package_adapter(adapter, Path(cfg.package_dir) / cfg.name, info, _card(recipe, info))
    size = (dest / "adapter_model.safetensors").stat().st_size
    return {"folder": str(dest), "adapter_bytes": size}
