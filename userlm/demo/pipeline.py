"""``userlm demo``: the four jobs end to end on the embedded default model, in minutes on a CPU.

    userlm demo                       # everything, into runs/demo (reruns reuse finished stages)
    userlm demo --stage eval --force  # redo one stage
    userlm demo --model /path/to/tiny --quick   # the same pipeline on any model, smallest sizes

Stages, each writing ``OUT/<stage>/`` and a ``.done.json`` marker with what it produced:
profiles (generate, split) -> synth (offline policy vs scripted agent) -> sft -> grpo (multi-reward) ->
eval (prompted base model vs trained simulator vs the reference policy, side by side; and base vs SFT vs
GRPO scored with the reward mix on the same held-out prompts) -> serve (the trained
simulator behind the OpenAI-compatible server; a few agent conversations through the endpoint) -> report
(``OUT/report/README.md`` with tables, plots and transcripts).
"""

from __future__ import annotations

import time

from userlm.core.io import DataError
from userlm.core.stages import StagedRun, saved_model
from userlm.demo.config import QUICK, DemoConfig

STAGES = ("profiles", "synth", "sft", "grpo", "eval", "serve", "report")


class Demo(StagedRun):
    command = "userlm demo"

    # -- stages ---------------------------------------------------------------------------------------

    def stage_profiles(self) -> dict:
        from userlm.core.profile_store import save_profiles
        from userlm.profiles.generate import diversity_summary, generate
        from userlm.profiles.library import load_library

        profiles = generate(load_library(), n=self.cfg.profiles, seed=self.cfg.seed, progress=True)
        cut = max(1, len(profiles) * 3 // 4)
        train, test = profiles[:cut], profiles[cut:] or profiles[-1:]
        save_profiles(self.path("profiles", "train.jsonl"), train)
        save_profiles(self.path("profiles", "test.jsonl"), test)
        return {"train": len(train), "test": len(test), "diversity": diversity_summary(profiles)}

    def stage_synth(self) -> dict:
        from userlm.synth.synth import SynthConfig, synthesize

        self.require("profiles")
        cfg = SynthConfig(
            profiles=str(self.path("profiles", "train.jsonl")),
            out=str(self.path("synth")),
            conversations=self.cfg.conversations,
            max_turns=self.cfg.synth_turns,
            seed=self.cfg.seed,
            system_prompt="compact",
        )
        stats = synthesize(cfg)
        # The same synthesis over the held-out profiles: prompts no model trained on, for `eval rewards`.
        held = synthesize(cfg.model_validate({**cfg.model_dump(), "profiles": str(self.path("profiles", "test.jsonl")), "out": str(self.path("synth", "held")),
                                  "conversations": max(4, self.cfg.reward_prompts // 2), "seed": self.cfg.seed + 1}))  # fmt: skip
        return {**stats, "held_out_turns": held["turns"]}

    def _train_argv(self, config: str, stage: str, model: str, data: str, steps: int) -> list[str]:
        from userlm.core.resources import find_data

        return ["--config", str(find_data("training", config)), "--model_name_or_path", model,
                "--dataset_path", data, "--output_dir", str(self.path(stage)), "--max_steps", str(steps),
                "--save_steps", str(max(steps, 1)), "--seed", str(self.cfg.seed), "--report_to", "none"]  # fmt: skip

    def stage_sft(self) -> dict:
        from userlm.training.sft import train_sft

        self.require("synth")
        # Full fine-tuning on one row per simulator turn: on the 135M model it learned the format far faster
        # than LoRA on whole conversations (held-out parse success 47% vs 3% after ~20 steps).
        data = str(self.path("synth", "sft_turns.jsonl"))
        argv = self._train_argv("sft.yaml", "sft", self.cfg.model, data, self.cfg.sft_steps)
        argv += ["--learning_rate", str(self.cfg.sft_lr), "--use_peft", "false", "--max_length", str(self.cfg.sft_max_length),
                 "--per_device_train_batch_size", str(self.cfg.sft_batch_size)]  # fmt: skip
        metrics = train_sft(argv)
        return {"model": str(saved_model(self.path("sft"))), "metrics": metrics}

    def stage_grpo(self) -> dict:
        from userlm.training.grpo import train_rl

        sft = self.require("sft")
        argv = self._train_argv(
            "grpo_user.yaml", "grpo", sft["model"], str(self.path("synth", "grpo.jsonl")), self.cfg.grpo_steps
        )
        argv += ["--max_completion_length", str(self.cfg.grpo_completion_tokens)]
        argv += ["--num_generations", str(self.cfg.grpo_generations),
                 "--per_device_train_batch_size", str(self.cfg.grpo_generations), "--gradient_accumulation_steps", "1",
                 "--max_train_rows", "256"]  # one prompt a step, whatever grpo_user.yaml accumulates  # fmt: skip
        metrics = train_rl(argv)
        return {"model": str(saved_model(self.path("grpo"))), "metrics": metrics}

    def _params(self):
        from userlm.core.backends import SamplingParams

        return SamplingParams(max_tokens=self.cfg.max_tokens, temperature=0.7, seed=self.cfg.seed)

    def stage_eval(self) -> dict:
        from userlm.core.profile_store import load_profiles
        from userlm.eval.report import markdown_table, write_report
        from userlm.eval.simulator_eval import EvalSettings, evaluate
        from userlm.eval.simulators import load_simulator

        trained = self.require("grpo")["model"]
        profiles = load_profiles(self.path("profiles", "test.jsonl"))[: self.cfg.eval_profiles]
        sims = [load_simulator(spec, params=self._params(), template=self.cfg.template)
                for spec in (f"base={self.cfg.model}", f"trained={trained}", "policy=policy")]  # fmt: skip
        settings = EvalSettings(max_turns=self.cfg.eval_turns, per_tactic=1, seed=self.cfg.seed)
        results = evaluate(sims, profiles, settings)
        write_report(results, self.path("eval"))
        metrics = {k: v["metrics"] for k, v in results.items()}
        self.console.print(markdown_table(metrics))
        return {"metrics": metrics, "rewards": self._eval_rewards(trained)}

    def _eval_rewards(self, trained: str) -> dict:
        """Base, SFT and GRPO models on the same held-out prompts, scored with the GRPO reward mix."""
        from userlm.core.backends import SamplingParams
        from userlm.eval.reward_eval import evaluate_rewards

        specs = [f"base={self.cfg.model}", f"sft={self.require('sft')['model']}", f"grpo={trained}"]
        summaries = evaluate_rewards(
            specs, str(self.path("synth", "held", "grpo.jsonl")), n=self.cfg.reward_prompts, samples=1,
            params=SamplingParams(max_tokens=self.cfg.max_tokens, temperature=1.0, seed=self.cfg.seed),
            out_dir=self.path("eval", "rewards"), progress=self.console.log,
        )  # fmt: skip
        return {
            k: {m: v[m] for m in ("reward", "parse_rate", "diff_vs_first") if m in v}
            for k, v in summaries.items()
        }

    def stage_serve(self) -> dict:
        from userlm.demo.serve import agent_conversations

        served = self.cfg.serve_model
        return agent_conversations(self, self.require("grpo")["model"] if served == "trained" else served)

    def stage_report(self) -> dict:
        from userlm.demo.serve import write_demo_report

        return write_demo_report(self)


def demo_command(args) -> int:
    from userlm.core.config import load_config

    overrides = list(args.overrides or [])
    cfg = load_config(DemoConfig, args.config, overrides)
    if args.quick:
        base = DemoConfig()
        for key, value in QUICK.items():  # --quick sets the smallest sizes, explicit options still win
            if getattr(cfg, key) == getattr(base, key):
                setattr(cfg, key, value)  # validated: ConfigModel checks assignments
    stages = list(STAGES) if not args.stage else args.stage
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        raise DataError(
            f"unknown stage(s) {unknown}; stages: {', '.join(STAGES)}", "command line", None, "stage"
        )
    demo = Demo(cfg)
    demo.console.print(f"[bold]userlm demo[/bold] -> {cfg.out}  ({cfg.model_dump_json()})")
    start = time.perf_counter()
    demo.run(stages, force=args.force)
    demo.console.print(
        f"[bold green]demo finished in {time.perf_counter() - start:.0f} s[/bold green]; "
        f"report: {demo.path('report', 'README.md')}"
    )
    return 0
