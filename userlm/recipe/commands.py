"""``userlm train simulator`` (argparse only; the recipe is imported when the command runs)."""

from __future__ import annotations

import argparse


def add_commands(sub: argparse._SubParsersAction) -> None:
    from userlm.core.commands import command_group, settings_epilog

    train = command_group(sub, "train", "Train the user simulator (sft, rl, simulator) or an agent against it.")
    p = train.add_parser(
        "simulator",
        help="The whole recipe of the shipped simulator: profiles, synth, SFT, GRPO, eval, package (resumable).",
        description="Any RecipeConfig field is an option (--sft-steps 60, --out DIR, --tau2 a.json,b.json). "
        "Finished stages are reused; --stage runs only the named stages, --force redoes them.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    settings_epilog(p, "userlm.recipe.config:RecipeConfig")
    p.add_argument("--config", default=None, help="YAML with RecipeConfig fields (e.g. training/simulator.yaml).")
    p.add_argument("--stage", action="append", default=None,
                   help="Run only this stage (repeatable): profiles, synth, sft, grpo, eval, package.")  # fmt: skip
    p.add_argument("--force", action="store_true", help="Redo the stages that run, even if done.")
    p.add_argument("--quick", action="store_true", help="Smallest sizes, over the config's (a smoke run, e.g. on a tiny model); sizes given as options win.")
    p.set_defaults(
        func=lambda a: __import__("userlm.recipe.pipeline", fromlist=["x"]).recipe_command(a),
        accepts_overrides=True,
    )
