"""Commands of the core: ``chat`` (a person plays the agent), ``converse`` (a scripted agent), ``model``."""

from __future__ import annotations

import argparse

from userlm.core.prompts import SIMULATOR_TEMPLATES


def _simulator_args(p: argparse.ArgumentParser) -> None:
    from userlm.core.commands import count
    from userlm.core.repeats import DEFAULT_REDRAWS

    p.add_argument("--profile", required=True, help="Profile: FILE, FILE:ID, or the id of a bundled example.")
    p.add_argument(
        "--model",
        default="smollm2-135m-userlm",
        help="Simulator model: a shipped simulator, embedded name, folder, hub id, or the model name at "
        "--base-url. Default: the shipped smollm2-135m-userlm (the prompted base: smollm2-135m).",
    )
    p.add_argument(
        "--base-url", default=None, help="Use an OpenAI-compatible endpoint instead of a local model."
    )
    p.add_argument("--api-key", default=None, help="API key for --base-url (default: $OPENAI_API_KEY).")
    p.add_argument("--max-tokens", type=int, default=256, help="Token budget of one simulator turn.")
    p.add_argument(
        "--temperature",
        type=float,
        default=None,
        help="Sampling temperature (default: the model's own, from its userlm.json, else 0.7).",
    )
    p.add_argument("--seed", type=int, default=None, help="Sampling seed, for repeatable runs.")
    p.add_argument(
        "--template",
        default=None,
        choices=SIMULATOR_TEMPLATES,
        help="System prompt template: the full one, or the compact one small models are trained on; "
        "a _state one shows the state values carried from the turn before (default: the one the model was trained on, else the full one).",
    )
    p.add_argument("--hide-rationale", action="store_true", help="Do not print the simulator's rationale.")
    p.add_argument(
        "--no-grammar",
        action="store_true",
        help="Free generation: do not constrain the simulator's turns to the turn grammar.",
    )
    p.add_argument(
        "--redraw-repeats",
        type=count,
        default=DEFAULT_REDRAWS,
        help="Draw a reply that repeats an earlier one of the conversation again (same sampling, a new seed), up "
        "to this many times (0: never). With --base-url the endpoint decides (userlm serve does the same).",
    )


def add_commands(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "chat", help="Play the agent in the terminal; the simulator answers as the profile's user."
    )
    _simulator_args(p)
    p.set_defaults(func=lambda a: __import__("userlm.chat.session", fromlist=["x"]).chat_command(a))

    p = sub.add_parser(
        "converse", help="Run a scripted agent against the simulator and print it turn by turn."
    )
    _simulator_args(p)
    p.add_argument(
        "--script",
        default=None,
        help="YAML with the agent's messages (default: profiles/scripts/agent.yaml).",
    )
    p.add_argument("--out", default=None, help="Also write the transcript as JSON here.")
    p.set_defaults(func=lambda a: __import__("userlm.chat.session", fromlist=["x"]).converse_command(a))

    p = sub.add_parser(
        "model", help="Resolve a model (converting the embedded default on first use) and print its folder."
    )
    p.add_argument("name", nargs="?", default="smollm2-135m", help="Embedded name, folder or hub id.")
    p.set_defaults(
        func=lambda a: print(__import__("userlm.core.models", fromlist=["x"]).resolve_model(a.name))
    )
