"""Talk to a simulator from the terminal: ``userlm chat`` (you are the agent) and ``userlm converse`` (a script is).

    userlm chat --profile car-buyer-01
    userlm converse --profile car-buyer-01 --out transcript.json

The simulator's rationale is shown dimmed, its state values after every turn; the conversation ends
on a stop token (``###STOP###``, ``###TRANSFER###``, ``###OUT-OF-SCOPE###``) or when you type /quit.
Turns follow the turn grammar (``userlm.core.grammar``); ``--no-grammar`` lets the model write freely.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Annotated

from pydantic import Field, RootModel

from userlm.core.io import DataError, load_yaml_model, write_json
from userlm.core.profile_store import resolve_profile
from userlm.core.repeats import DEFAULT_REDRAWS
from userlm.core.resources import find_data
from userlm.core.simulator import Conversation, Simulator, SimulatorTurn, template_for


def build_simulator(args: argparse.Namespace) -> Simulator:
    from userlm.core.backends import SamplingParams, make_backend
    from userlm.core.models import default_temperature

    backend = make_backend(args.model, base_url=args.base_url, api_key=args.api_key)
    # the model's recommendation also holds behind --base-url when the endpoint serves it by the shipped name
    temperature = args.temperature if args.temperature is not None else default_temperature(args.model)
    params = SamplingParams(max_tokens=args.max_tokens, temperature=temperature, seed=args.seed)
    template = template_for(args.model, args.template)
    # an endpoint redraws for itself (userlm serve does): asking again here would only multiply the calls
    redraws = 0 if args.base_url else getattr(args, "redraw_repeats", DEFAULT_REDRAWS)
    return Simulator(backend, params, template=template, grammar=not args.no_grammar, redraw_repeats=redraws)


def print_turn(console, turn: SimulatorTurn, show_rationale: bool = True) -> None:
    from rich.markup import escape

    if show_rationale and turn.rationale:
        console.print(f"[dim]{escape(turn.rationale)}[/dim]")
    if turn.parsed.errors:
        console.print(f"[yellow]format: {escape('; '.join(turn.parsed.errors))}[/yellow]")
    console.print(
        f"[bold green]user>[/bold green] {escape(turn.reply) or '[dim](empty)[/dim]'}"
        + (f"  [magenta]{escape(turn.stop)}[/magenta]" if turn.stop else "")
    )
    console.print("[cyan]state[/cyan] " + " ".join(f"{k}={v:.2f}" for k, v in turn.state.items()))


def chat_command(args: argparse.Namespace) -> int:
    from rich.console import Console

    console = Console()
    profile = resolve_profile(args.profile)
    console.print(
        f"[bold]Simulated user:[/bold] {profile.role.name} ({profile.goal.domain}). "
        "You are the agent; /quit to leave."
    )
    with console.status("loading the simulator model..."):
        simulator = build_simulator(args)
    conversation = Conversation(profile)
    while not conversation.done:
        try:
            message = console.input("[bold blue]agent>[/bold blue] ").strip()
        except EOFError:
            break
        if message in ("/quit", "/exit"):
            break
        if not message:
            continue
        with console.status("the user is thinking..."):
            turn = conversation.user_turn(simulator, message)
        print_turn(console, turn, not args.hide_rationale)
    if conversation.done:
        console.print(f"[bold]Conversation ended by the user ({conversation.state.stop}).[/bold]")
    return 0


class AgentScripts(RootModel[dict[str, list[Annotated[str, Field(min_length=1)]]]]):
    """``profiles/scripts/agent.yaml``: agent messages per profile id, or ``default`` for any profile."""


def load_script(path: str | Path | None, profile_id: str) -> list[str]:
    path = find_data("profiles", "scripts/agent.yaml", path)
    scripts = load_yaml_model(path, AgentScripts).root
    turns = scripts.get(profile_id, scripts.get("default"))
    if not turns:
        raise DataError(
            f"no list of agent messages for {profile_id!r} and no default", path, None, profile_id
        )
    return turns


def converse_command(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    profile = resolve_profile(args.profile)
    script = load_script(args.script, profile.id)
    with console.status("loading the simulator model..."):
        simulator = build_simulator(args)
    conversation = Conversation(profile)
    console.rule(f"{profile.role.name}: {profile.goal.reason_for_contact}")
    for i, message in enumerate(script, 1):
        console.print(f"[bold blue]agent>[/bold blue] {escape(message)}")
        with console.status(f"turn {i}/{len(script)}: the user is thinking..."):
            turn = conversation.user_turn(simulator, message)
        print_turn(console, turn, not args.hide_rationale)
        if conversation.done:
            console.print(f"[bold]The user ended the conversation ({conversation.state.stop}).[/bold]")
            break
    ok = sum(t.parsed.ok for t in conversation.turns)
    console.print(f"{len(conversation.turns)} user turns, {ok} well formed.")
    if args.out:
        write_json(
            args.out,
            {
                "profile_id": profile.id,
                "messages": conversation.messages,
                "errors": [t.parsed.errors for t in conversation.turns],
            },
        )
        console.print(f"transcript written to {args.out}")
    return 0
