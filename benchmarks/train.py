"""Seconds per SFT and GRPO step on the embedded model, and userlm's wrapper overhead against bare TRL.

    python benchmarks/train.py                       # both, embedded smollm2-135m, 4 timed steps each
    python benchmarks/train.py --which sft --steps 6 --model /tmp/tiny

Both sides train the same model on the same rows with the same config: "userlm" is
``userlm.training.{sft,grpo}.build_trainer`` (template choice, CPU defaults, metrics callback, reward mix),
"bare" is TRL's trainer built by hand with the same pieces minus userlm's code. The first step is a warm-up
and not timed. Step k sees the same batch on both sides, so the overhead is the median over steps of the
paired ratio; ``--rounds 2`` (the default) runs userlm first, then bare first, so that neither side always
gets the warmer machine. Goal: overhead under 5%. Run by hand; figures are printed, not asserted.
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

    def steps(self) -> list[float]:
        pairs = list(zip(self.marks[0::2], self.marks[1::2]))[1:]  # drop the warm-up step
        return [b - a for a, b in pairs]


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


def bench_sft(model: str, data: str, steps: int, userlm_first: bool) -> tuple[list[float], list[float]]:
    from trl import SFTTrainer, get_peft_config

    from userlm.training import sft

    argv = common(model, tempfile.mkdtemp(), steps) + [
        "--dataset_path",
        f"{data}/sft_turns.jsonl",
        "--per_device_train_batch_size",
        "4",
        "--max_length",
        "1024",
    ]

    def userlm_side() -> list[float]:
        script, args, margs = sft.parse_sft_args(argv)
        timer = StepTimer()
        sft.build_trainer(script, args, margs, callbacks=[timer]).train()
        return timer.steps()

    def bare_side() -> list[float]:  # the same objects, built without userlm's builder and callback
        script, args, margs = sft.parse_sft_args(argv)
        args.assistant_only_loss = True
        _, m, tok = sft.load_model_and_tokenizer(margs)
        tok.chat_template = sft.training_template(tok)
        timer = StepTimer()
        SFTTrainer(
            model=m,
            args=args,
            train_dataset=sft.load_conversations(script.dataset_path),
            processing_class=tok,
            peft_config=get_peft_config(margs),
            callbacks=[timer],
        ).train()
        return timer.steps()

    return run_pair(userlm_side, bare_side, userlm_first)


def run_pair(userlm_side, bare_side, userlm_first: bool) -> tuple[list[float], list[float]]:
    if userlm_first:
        user = userlm_side()
        return user, bare_side()
    bare = bare_side()
    return userlm_side(), bare


def bench_grpo(
    model: str, data: str, steps: int, tokens: int, userlm_first: bool
) -> tuple[list[float], list[float]]:
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

    def userlm_side() -> list[float]:
        script, args, margs = grpo.parse_grpo_args(argv)
        timer = StepTimer()
        grpo.build_trainer(script, args, margs, callbacks=[timer]).train()
        return timer.steps()

    def bare_side() -> list[float]:
        script, args, margs = grpo.parse_grpo_args(argv)
        mix = load_mix()
        args.reward_weights = mix.weights
        _, m, tok = sft.load_model_and_tokenizer(margs)
        timer = StepTimer()
        GRPOTrainer(
            model=m,
            reward_funcs=mix.funcs,
            args=args,
            processing_class=tok,
            peft_config=get_peft_config(margs),
            train_dataset=grpo.load_prompts(script.dataset_path, None, args.seed),
            callbacks=[timer],
        ).train()
        return timer.steps()

    return run_pair(userlm_side, bare_side, userlm_first)


def summary(which: str, user_runs: list[list[float]], bare_runs: list[list[float]]) -> str:
    """Median s/step per side, and the median over steps of the paired ratio (step k: same batch)."""
    user_steps = [statistics.mean(xs) for xs in zip(*user_runs)]
    bare_steps = [statistics.mean(xs) for xs in zip(*bare_runs)]
    ratio = statistics.median(u / b for u, b in zip(user_steps, bare_steps))
    spread = max(max(r) / min(r) for r in user_runs + bare_runs)
    return (
        f"{which}: userlm {statistics.median(user_steps):.2f} s/step, bare TRL {statistics.median(bare_steps):.2f} "
        f"s/step, overhead {100 * (ratio - 1):+.1f}% (median paired ratio over {len(user_steps)} steps x "
        f"{len(user_runs)} rounds; slowest/fastest step within a run {spread:.2f}x)"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default="smollm2-135m")
    p.add_argument("--which", choices=("sft", "grpo", "both"), default="both")
    p.add_argument("--steps", type=int, default=4, help="Timed steps per run (after one warm-up step).")
    p.add_argument("--tokens", type=int, default=64, help="GRPO completion length.")
    p.add_argument("--rounds", type=int, default=2, help="Runs per side; the first side alternates.")
    p.add_argument(
        "--data", default=None, help="A `userlm synth` folder (default: synthesize a compact one)."
    )
    a = p.parse_args(argv)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    data = a.data
    if data is None:
        from userlm.synth.synth import SynthConfig, synthesize

        data = tempfile.mkdtemp()
        synthesize(SynthConfig(out=data, conversations=40, max_turns=3, system_prompt="compact", seed=0))
    for which in ("sft", "grpo") if a.which == "both" else (a.which,):
        user_runs, bare_runs = [], []
        for r in range(a.rounds):
            if which == "sft":
                user, bare = bench_sft(a.model, data, a.steps, userlm_first=r % 2 == 0)
            else:
                user, bare = bench_grpo(a.model, data, a.steps, a.tokens, userlm_first=r % 2 == 0)
            user_runs.append(user)
            bare_runs.append(bare)
        print(summary(which, user_runs, bare_runs), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
