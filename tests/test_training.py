"""Tiny-model SFT and GRPO smoke runs: finite loss, parameters move, simulator-only loss, reward columns, resume."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from userlm.core.rows import REWARD_COLUMNS
from userlm.synth.synth import SynthConfig, synthesize

COMMON = [
    "--report_to",
    "none",
    "--use_peft",
    "true",
    "--lora_r",
    "4",
    "--lora_alpha",
    "8",
    "--lora_target_modules",
    "q_proj",
    "v_proj",
    "--logging_steps",
    "1",
]
SFT_ONLY = ["--max_length", "4096"]  # the tiny tokenizer spells text out in many tokens


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    out = tmp_path_factory.mktemp("synth")
    synthesize(
        SynthConfig(
            out=str(out), conversations=6, max_turns=2, trap_rate=0.5, system_prompt="compact", seed=1
        )
    )
    return out


def _lora_params(model):
    return {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}


def test_sft_smoke_loss_mask_and_update(tiny_model_dir, data, tmp_path):
    from userlm.training.sft import build_trainer, parse_sft_args

    script, args, model_args = parse_sft_args(
        [
            "--model_name_or_path",
            tiny_model_dir,
            "--dataset_path",
            str(data / "sft.jsonl"),
            "--output_dir",
            str(tmp_path),
            "--max_steps",
            "2",
            "--per_device_train_batch_size",
            "2",
            "--learning_rate",
            "1e-2",
            "--save_strategy",
            "no",
            *COMMON,
            *SFT_ONLY,
        ]
    )
    import torch

    from userlm.core.device import cpu_has_bf16

    if torch.cuda.is_available():  # TRL's GPU defaults stand
        assert args.bf16 is True and args.gradient_checkpointing is True
    else:  # CPU defaults: no checkpointing; bf16 autocast only where this CPU has bf16 kernels.
        assert args.bf16 is cpu_has_bf16() and args.gradient_checkpointing is False
    trainer = build_trainer(script, args, model_args)
    tok = trainer.processing_class
    row = trainer.train_dataset[0]
    targets = [t for t, label in zip(row["input_ids"], row["labels"]) if label != -100]
    text = tok.decode(targets)
    conv = json.loads((data / "sft.jsonl").read_text().splitlines()[0])["messages"]
    # Loss only on the simulator's turns: its rationale and reply are targets, the agent's text and the prompt are not.
    assert text.startswith("<think>") and conv[2]["content"] in text and conv[2]["reasoning_content"] in text
    assert conv[1]["content"] not in text and "You are" not in text and text.count("<|im_end|>") == 2
    # Per-turn rows (sft_turns.jsonl): the context as at inference, the loss on the last turn only.
    script.dataset_path = str(data / "sft_turns.jsonl")
    turns = build_trainer(script, args, model_args)
    first = json.loads((data / "sft_turns.jsonl").read_text().splitlines()[1])
    row = turns.train_dataset[1]
    target = tok.decode([t for t, label in zip(row["input_ids"], row["labels"]) if label != -100])
    done = first["completion"][0]
    assert target == f"<think>\n{done['reasoning_content']}\n</think>\n{done['content']}<|im_end|>"
    assert (
        "<think>" not in tok.decode(row["input_ids"]).split("<|im_start|>assistant")[1]
    )  # no earlier rationale
    before = _lora_params(trainer.model)
    result = trainer.train()
    assert math.isfinite(result.training_loss)
    after = _lora_params(trainer.model)
    assert any(not (before[n] == after[n]).all() for n in before)
    assert (tmp_path / "metrics.jsonl").exists()


def test_grpo_smoke_rewards_get_profile_columns(tiny_model_dir, data, tmp_path):
    from userlm.training.grpo import build_trainer, parse_grpo_args

    seen: list[dict] = []

    def spy(completions, **kw):  # varied scores so the group advantage is not zero
        seen.append(kw)
        return [float(len(str(c)) % 5) for c in completions]

    script, args, model_args = parse_grpo_args(
        [
            "--model_name_or_path",
            tiny_model_dir,
            "--dataset_path",
            str(data / "grpo.jsonl"),
            "--output_dir",
            str(tmp_path),
            "--max_steps",
            "1",
            "--per_device_train_batch_size",
            "4",
            "--num_generations",
            "4",
            "--max_completion_length",
            "12",
            "--learning_rate",
            "1e-2",
            "--save_strategy",
            "no",
            *COMMON,
        ]
    )
    trainer = build_trainer(script, args, model_args, extra_rewards=[(spy, 1.0)])
    before = _lora_params(trainer.model)
    trainer.train()
    kw = seen[0]
    for col in REWARD_COLUMNS:
        assert col in kw and len(kw[col]) == 4
    assert json.loads(kw["profile"][0])["goal"]["reason_for_contact"]
    logs = [json.loads(line) for line in (tmp_path / "metrics.jsonl").read_text().splitlines()]
    assert any("rewards/format/mean" in r and "rewards/anti_manipulation/mean" in r for r in logs)
    assert all(math.isfinite(r["loss"]) for r in logs if "loss" in r)
    after = _lora_params(trainer.model)
    assert any(not (before[n] == after[n]).all() for n in before)


RESUME_ARGS = {
    "sft": ["--dataset_path", "sft.jsonl", "--per_device_train_batch_size", "1", *SFT_ONLY],
    "grpo": ["--dataset_path", "grpo.jsonl", "--per_device_train_batch_size", "2", "--num_generations", "2",
             "--max_completion_length", "8"],
}  # fmt: skip


@pytest.mark.parametrize("stage", ["sft", "grpo"])
def test_resume_after_kill(tiny_model_dir, data, tmp_path, stage):
    out = tmp_path / "run"
    args = [str(data / a) if a.endswith(".jsonl") else a for a in RESUME_ARGS[stage]]
    cmd = [sys.executable, "-m", f"userlm.training.{stage}", "--model_name_or_path", tiny_model_dir,
           "--output_dir", str(out), "--save_steps", "2", "--merge_lora", "false", *COMMON, *args]  # fmt: skip
    env = dict(os.environ, TOKENIZERS_PARALLELISM="false")
    # The first run aims at 40 steps and is killed right after its step-2 checkpoint; the rerun aims at 4.
    first = subprocess.Popen(
        cmd + ["--max_steps", "40"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.time() + 240
    while not (out / "checkpoint-2" / "trainer_state.json").exists() and time.time() < deadline:
        assert first.poll() is None or (out / "checkpoint-2").exists(), (
            "first run ended before its first save"
        )
        time.sleep(0.2)
    assert first.poll() is None, "the first run must still be training when it is killed"
    first.kill()
    first.wait()
    assert (out / "checkpoint-2").exists() and not (out / "checkpoint-4").exists()
    done = subprocess.run(
        cmd + ["--max_steps", "4", "--resume", "true"], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    state = json.loads((out / "checkpoint-4" / "trainer_state.json").read_text())
    assert state["global_step"] == 4
    steps = [json.loads(line)["step"] for line in (out / "metrics.jsonl").read_text().splitlines()]
    # The second run continued from step 2: steps 1-2 were logged once (by the first run), 3-4 after the kill.
    assert steps.count(1) == 1 and steps.count(2) == 1 and {3, 4} <= set(steps)
    assert steps == sorted(steps)  # rows the first run logged after its checkpoint were dropped
    assert (out / "README.md").read_text().count(f"**Base model:** `{tiny_model_dir}`") == 1
    assert (out / "curves.png").exists()
    assert Path(out / "adapter_model.safetensors").exists()


def test_sft_two_processes_train_as_one_group(tiny_model_dir, data, tmp_path):
    """`accelerate launch --num_processes 2` on CPU: both ranks join one gloo group and split each epoch."""
    out = tmp_path / "ddp"
    rows = len((data / "sft.jsonl").read_text().splitlines())
    cmd = [sys.executable, "-m", "accelerate.commands.launch", "--multi_gpu", "--num_processes", "2",
           "--num_machines", "1", "--mixed_precision", "no", "--dynamo_backend", "no",
           "-m", "userlm", "train", "sft", "--model_name_or_path", tiny_model_dir,
           "--dataset_path", str(data / "sft.jsonl"), "--output_dir", str(out), "--num_train_epochs", "1",
           "--per_device_train_batch_size", "1", "--save_strategy", "no", "--merge_lora", "false",
           *COMMON, *SFT_ONLY]  # fmt: skip
    # CPU ranks (gloo) on any machine: on a one-GPU machine two CUDA ranks would ask for a second device.
    env = dict(os.environ, TOKENIZERS_PARALLELISM="false", OMP_NUM_THREADS="1", CUDA_VISIBLE_DEVICES="")
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    steps = [json.loads(line).get("step") for line in (out / "metrics.jsonl").read_text().splitlines()]
    # One process would take `rows` steps; two ranks of one group take half as many, and only rank 0 logs.
    assert max(steps) == math.ceil(rows / 2) and steps.count(1) == 1
    assert (out / "adapter_model.safetensors").exists() and (out / "README.md").exists()


def test_resume_skips_an_incomplete_checkpoint_and_metrics_survive_a_torn_line(tmp_path):
    from types import SimpleNamespace

    from userlm.training.ops import MetricsCallback, last_checkpoint, read_metrics

    for step, complete in ((2, True), (3, True), (10, False)):  # checkpoint-10: killed while saving
        (tmp_path / f"checkpoint-{step}").mkdir()
        if complete:
            (tmp_path / f"checkpoint-{step}" / "trainer_state.json").write_text("{}")
    assert last_checkpoint(str(tmp_path)) == str(tmp_path / "checkpoint-3")
    assert last_checkpoint(str(tmp_path / "missing")) is None

    metrics = tmp_path / "metrics.jsonl"
    rows = [{"step": s, "loss": 1.0 / s} for s in (1, 2, 3, 4)]
    metrics.write_text("".join(json.dumps(r) + "\n" for r in rows) + '{"step": 5, "lo')  # torn by a kill
    assert [s for s, _ in read_metrics(metrics)["loss"]] == [1, 2, 3, 4]
    callback = MetricsCallback(str(tmp_path))
    callback.on_train_begin(None, SimpleNamespace(is_world_process_zero=True, global_step=3), None)
    assert [json.loads(line)["step"] for line in metrics.read_text().splitlines()] == [1, 2, 3]
    callback.on_train_begin(None, SimpleNamespace(is_world_process_zero=True, global_step=0), None)
    assert metrics.read_text() == ""  # a fresh run in the same folder starts a new file


def test_push_to_hub_happens_before_lora_merge(tmp_path, monkeypatch):
    """Merging unloads the adapter from the live model; a push after it would upload an empty adapter."""
    from types import SimpleNamespace

    import userlm.training.ops as ops

    events: list[str] = []

    class Model:
        config = SimpleNamespace()  # not quantized

        def merge_and_unload(self):
            events.append("merge")
            return SimpleNamespace(save_pretrained=lambda path: events.append("save merged"))

    class Trainer:
        model, hub_model_id = Model(), "me/sim"
        accelerator = SimpleNamespace(is_main_process=True)
        processing_class = SimpleNamespace(save_pretrained=lambda path: None)

        def train(self, resume_from_checkpoint=None):
            return SimpleNamespace(metrics={"train_loss": 1.0})

        def save_model(self, path):
            events.append("save")

        def push_to_hub(self):
            events.append("push")

    monkeypatch.setattr(ops, "push_card", lambda out, a, repo, merged: events.append(f"card {repo} {merged}"))
    (tmp_path / "merged").mkdir()  # a stale merged copy from an earlier run
    (tmp_path / "merged" / "old.safetensors").write_text("old")
    args = SimpleNamespace(output_dir=str(tmp_path), push_to_hub=True, hub_model_id=None, learning_rate=1e-4)
    script = SimpleNamespace(resume=False, merge_lora=True, dataset_path="data.jsonl")
    model_args = SimpleNamespace(use_peft=True, lora_r=4, lora_alpha=8, model_name_or_path=str(tmp_path))
    ops.run_training("sft", Trainer(), script, args, model_args, ("learning_rate",))
    assert events == ["save", "push", "merge", "save merged", "card me/sim True"]
    assert not (tmp_path / "merged" / "old.safetensors").exists()  # the stale copy went before the push
    card = (tmp_path / "README.md").read_text()
    assert "base_model:" not in card.split("---")[1]  # a local folder is no hub id


def test_reward_weights_from_the_command_line_must_fit_the_mix(tiny_model_dir, data, tmp_path):
    from userlm.core.io import DataError
    from userlm.rewards import load_mix
    from userlm.training.grpo import build_trainer, parse_grpo_args

    base = ["--model_name_or_path", tiny_model_dir, "--dataset_path", str(data / "grpo.jsonl"),
            "--output_dir", str(tmp_path), "--max_steps", "1", *COMMON]  # fmt: skip
    with pytest.raises(DataError, match="weights for") as err:
        build_trainer(*parse_grpo_args([*base, "--reward_weights", "1.0", "2.0"]))
    assert err.value.field == "reward_weights"
    n = len(load_mix().names)
    weights = [float(i + 1) for i in range(n)]
    script, args, model_args = parse_grpo_args([*base, "--reward_weights", *map(str, weights)])
    assert build_trainer(script, args, model_args).args.reward_weights == weights


def test_sft_scores_only_labelled_positions_on_cpu_with_the_same_loss_and_gradients(tiny_model_dir):
    """The CPU switch to TRL's compact fused head changes the work, not the result: same loss and gradients
    as scoring every position, and build_trainer installs it."""
    import torch
    import trl.trainer.utils as trl_utils
    from transformers import AutoModelForCausalLM

    from userlm.training.sft import score_only_labelled_positions

    every = trl_utils._use_triton
    assert score_only_labelled_positions()
    compact = trl_utils._use_triton
    assert compact is not every or getattr(every, "userlm_compact_cpu", False)
    assert compact(torch.device("cpu"))
    assert score_only_labelled_positions() and trl_utils._use_triton is compact  # installed once

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(tiny_model_dir, dtype=torch.float32)
    trl_utils.add_fused_lm_head(model, outputs=("log_probs", "entropy", "is_top1"))
    ids = torch.randint(0, model.config.vocab_size, (2, 40))
    labels = ids.clone()
    labels[:, :30] = -100
    labels[1, 35:] = -100

    def run(switch):
        trl_utils._use_triton = switch
        model.zero_grad()
        out = model(input_ids=ids, labels=labels, fused_lm_head=True)
        out.loss.backward()
        return out, [p.grad.clone() for p in model.parameters() if p.grad is not None]

    try:
        full, full_grads = run(lambda device: False)
        fast, fast_grads = run(compact)
    finally:
        trl_utils._use_triton = compact
    torch.testing.assert_close(fast.loss, full.loss)
    torch.testing.assert_close(fast.log_probs, full.log_probs)
    assert fast.label_mask.sum() == 10 + 5
    for a, b in zip(fast_grads, full_grads):
        torch.testing.assert_close(a, b, rtol=1e-4, atol=1e-6)
