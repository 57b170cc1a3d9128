"""``userlm synth`` (argparse only; the work is imported when the command runs).

    userlm synth --conversations 200 --out runs/synth [--system-prompt compact] [--mode teacher ...]

Every ``SynthConfig`` field is an option ``--field value`` (or a key of ``--config FILE.yaml``).
"""

from __future__ import annotations

import argparse


def synth_command(args) -> int:
    import json

    from userlm.core.config import load_config
    from userlm.synth.config import SynthConfig
    from userlm.synth.synth import synthesize

    cfg = load_config(SynthConfig, args.config, args.overrides)
    print(json.dumps(synthesize(cfg), indent=2))
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "synth",
        help="Synthesize SFT conversations and GRPO prompt rows (offline policy or a teacher endpoint).",
        description="Options: any SynthConfig field as --field value, e.g. --conversations 200 --out runs/synth "
        "--system-prompt compact --trap-rate 0.3 --mode teacher --teacher-model M --base-url URL.",
    )
    p.add_argument("--config", default=None, help="Optional YAML with SynthConfig fields.")
    p.set_defaults(func=synth_command, accepts_overrides=True)
