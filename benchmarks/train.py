"""Seconds per SFT and GRPO step on the embedded model, and userlm's wrapper overhead against bare TRL.

    python benchmarks/train.py                       # both, embedded smollm2-135m, 4 timed steps each
    python benchmarks/train.py --which sft --steps 6 --model /tmp/tiny

Both sides train the same model on the same rows with the same config: "userlm" is
``userlm.training.{sft,grpo}.build_trainer`` (template choice, CPU defaults, metrics callback, reward mix),
"bare" is TRL's trainer built by hand with the same pieces minus userlm's code. The first step is a warm-up
and not timed. Goal: overhead under 5%. Run by hand; figures are printed, not asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

from transformers import TrainerCallback


class StepTimer(TrainerCallback):
    def __init__(self):
        self.marks: list[float] = []

    def on_step_begin(self, args, state, control, **kw):
        self.marks.append(time.perf_counter())

    def on_step_end(self, args, state, control, **kw):
        self.marks.append(time.perf_counter())

    def per_step(self) -> float:
        pairs = list(zip(self.marks[0::2], self.marks[1::2]))[1:]  # drop the warm-up step
        return statistics.median(b - a for a, b in pairs)


def common(model: str, out: str, steps: int) -> list[str]:
    return [
        "--model_name_or_path",
        model,
        "--output_dir",
        out,
        "--max_steps",
        str(steps + 1),
        "--save_strategy",
        "no",
        "--report_to",
        "none",
        "--logging_steps",
        "1",
        "--use_peft",
        "true",
        "--lora_r",
        "16",
        "--lora_alpha",
        "32",
        "--lora_target_modules",
        "q_proj",
        "k_proj",
        "v_proj",
        "o_proj",
        "--seed",
        "0",
    ]


def bench_sft(model: str, data: str, steps: int) -> tuple[float, float]:
    from trl import SFTTrainer, get_peft_config

    from userlm.training import sft

    argv = common(model, tempfile.mkdtemp(), steps) + [
        "--dataset_path",
        f"{data}/sft.jsonl",
        "--per_device_train_batch_size",
        "4",
        "--max_length",
        "1024",
    ]
    script, args, margs = sft.parse_sft_args(argv)
    t_user = StepTimer()
    sft.build_trainer(script, args, margs, callbacks=[t_user]).train()
    # Bare TRL: the same objects, built without userlm's builder and callback.
    script, args, margs = sft.parse_sft_args(argv)
    args.assistant_only_loss = True
    _, m, tok = sft.load_model_and_tokenizer(margs)
    tok.chat_template = sft.training_template(tok)
    t_bare = StepTimer()
    SFTTrainer(
        model=m,
        args=args,
        train_dataset=sft.load_conversations(script.dataset_path),
        processing_class=tok,
        peft_config=get_peft_config(margs),
        callbacks=[t_bare],
    ).train()
    return t_user.per_step(), t_bare.per_step()


def bench_grpo(model: str, data: str, steps: int, tokens: int) -> tuple[float, float]:
    from trl import GRPOTrainer, get_peft_config

    from userlm.rewards import load_mix
    from userlm.training import grpo, sft

    argv = common(model, tempfile.mkdtemp(), steps) + [
        "--dataset_path",
        f"{data}/grpo.jsonl",
        "--per_device_train_batch_size",
        "8",
        "--num_generations",
        "8",
        "--max_completion_length",
        str(tokens),
    ]
    script, args, margs = grpo.parse_grpo_args(argv)
    t_user = StepTimer()
    grpo.build_trainer(script, args, margs, callbacks=[t_user]).train()
    script, args, margs = grpo.parse_grpo_args(argv)
    mix = load_mix()
    args.reward_weights = mix.weights
    _, m, tok = sft.load_model_and_tokenizer(margs)
    t_bare = StepTimer()
    GRPOTrainer(
        model=m,
        reward_funcs=mix.funcs,
        args=args,
        processing_class=tok,
        peft_config=get_peft_config(margs),
        train_dataset=grpo.load_prompts(script.dataset_path, None, args.seed),
        callbacks=[t_bare],
    ).train()
    return t_user.per_step(), t_bare.per_step()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default="smollm2-135m")
    p.add_argument("--which", choices=("sft", "grpo", "both"), default="both")
    p.add_argument("--steps", type=int, default=4, help="Timed steps per run (after one warm-up step).")
    p.add_argument("--tokens", type=int, default=64, help="GRPO completion length.")
    p.add_argument(
        "--data", default=None, help="A `userlm synth` folder (default: synthesize a compact one)."
    )
    a = p.parse_args(argv)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    data = a.data
    if data is None:
        from userlm.training.synth import SynthConfig, synthesize

        data = tempfile.mkdtemp()
        synthesize(SynthConfig(out=data, conversations=40, max_turns=3, system_prompt="compact", seed=0))
    for which in ("sft", "grpo") if a.which == "both" else (a.which,):
        user, bare = (
            bench_sft(a.model, data, a.steps)
            if which == "sft"
            else bench_grpo(a.model, data, a.steps, a.tokens)
        )
        print(
            f"{which}: userlm {user:.2f} s/step, bare TRL {bare:.2f} s/step, overhead {100 * (user - bare) / bare:+.1f}%",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
