"""``userlm demo``: argparse only; the pipeline is ``userlm.demo``."""

from __future__ import annotations

import argparse


def add_commands(sub: argparse._SubParsersAction) -> None:
    from userlm.core.commands import settings_epilog

    p = sub.add_parser(
        "demo",
        help="The four jobs end to end on the embedded model: profiles, synth, SFT, GRPO, eval, serve, report.",
        description="Any DemoConfig field is an option (--sft-steps 30, --out DIR, --model PATH). Finished stages "
        "are reused on a rerun; --stage runs only the named stages, --force redoes them.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    settings_epilog(p, "userlm.demo.config:DemoConfig")
    p.add_argument("--config", default=None, help="Optional YAML with DemoConfig fields.")
    p.add_argument(
        "--stage",
        action="append",
        default=None,
        help="Run only this stage (repeatable): profiles, synth, sft, grpo, eval, serve, report.",
    )
    p.add_argument("--force", action="store_true", help="Redo the stages that run, even if done.")
    p.add_argument("--quick", action="store_true", help="Smallest sizes (a smoke run, e.g. on a tiny model).")
    p.set_defaults(
        func=lambda a: __import__("userlm.demo.pipeline", fromlist=["x"]).demo_command(a), accepts_overrides=True
    )
