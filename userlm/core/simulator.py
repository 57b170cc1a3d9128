"""The simulator: a profile + a generation backend + the turn format + the state, one user turn at a time.

    from userlm.core.simulator import Simulator
    sim = Simulator(make_backend("smollm2-135m"))
    turn = sim.respond(profile, [{"role": "assistant", "content": "Hello! How can I help you today?"}])
    print(turn.rationale, turn.reply, turn.state)

The transcript given to ``respond`` is the agent's view (agent = assistant, user = user); roles are
flipped here, and only replies (not earlier rationales) go back into the context. Turns are generated
under the turn grammar (``userlm.core.grammar``) unless ``grammar=False`` (or ``params.grammar`` is set), and
a reply that repeats an earlier one is drawn again (``userlm.core.repeats``) unless ``redraw_repeats=0``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from userlm.core.backends.base import Completion, GenerationBackend, SamplingParams
from userlm.core.offer_notes import with_offer_notes, with_scenario_offer_notes
from userlm.core.profile import UserProfile
from userlm.core.prompts import has_offer_notes, read_text
from userlm.core.repeats import DEFAULT_REDRAWS, generate_fresh
from userlm.core.state import SimulatorState, carried_state
from userlm.core.turn import ParsedTurn, flip_roles, parse_turn

AGENT_GREETING = "Hello! How can I help you today?"  # tau2-bench convention: the agent greets first


@dataclass
class SimulatorTurn:
    """One simulated user turn: what the model wrote, how it parsed, and the state after it."""

    parsed: ParsedTurn
    completion: Completion
    state: dict[str, float]

    @property
    def reply(self) -> str:
        return self.parsed.reply

    @property
    def rationale(self) -> str | None:
        return self.parsed.rationale

    @property
    def stop(self) -> str | None:
        return self.parsed.stop

    @property
    def done(self) -> bool:
        return self.parsed.stop is not None

    @property
    def content(self) -> str:
        """The reply as the agent sees it, stop token included."""
        return (self.reply + (" " + self.stop if self.stop else "")).strip()


DEFAULT_TEMPLATE = (
    "simulator_system"  # the full prompt; "simulator_compact" (~1/3 the tokens) suits small models
)


def template_for(model: str | None, template: str | None = None) -> str:
    """The prompt template to render profiles with: ``template`` when given, else the one ``model`` was
    trained on (its ``userlm.json``: the shipped simulator's is the compact one), else ``DEFAULT_TEMPLATE``."""
    from userlm.core.models import model_template

    return template or model_template(model) or DEFAULT_TEMPLATE


# The default agent's instructions (rollouts, synth with an agent endpoint); ``{domain}`` is filled in.
AGENT_SYSTEM_PROMPT = read_text("agent_system.md").strip()


def agent_system_prompt(profile: UserProfile, template: str = AGENT_SYSTEM_PROMPT) -> str:
    """The agent's system prompt; it knows the domain, never the user's hidden profile."""
    return template.format(domain=profile.goal.domain)


def agent_chat(system: str, messages: list[dict]) -> list[dict]:
    """The agent's chat: its system prompt, then the transcript (replies only, no simulator rationale)."""
    return [{"role": "system", "content": system}] + [
        {"role": m["role"], "content": m["content"]} for m in messages
    ]


def simulator_chat(
    profile: UserProfile,
    agent_messages: list[dict],
    system: str | None = None,
    template: str = DEFAULT_TEMPLATE,
    offer_notes: bool | None = None,
) -> list[dict]:
    """The chat the simulator model sees: its system prompt (``system``, or the profile rendered with
    ``template`` and the state values its latest rationale in ``agent_messages`` stated), then the flipped
    transcript, replies only (earlier rationales stay out, as at training). ``offer_notes``: each agent
    message that quotes an amount gets a note reading it against the profile's price limit
    (``userlm.core.offer_notes``); None: when ``template`` is an ``_offers`` one (synthesis, which passes
    ``system``, says so itself)."""
    messages = [m for m in agent_messages if m.get("role") != "system"]
    if not messages:  # the agent greets first, by convention
        messages = [{"role": "assistant", "content": AGENT_GREETING}]
    if system is None:
        system = profile.render(template, state=carried_state(messages))
    chat = [{"role": m["role"], "content": m.get("content") or ""} for m in flip_roles(messages, system=system)]
    if offer_notes is None:
        offer_notes = has_offer_notes(template)
    return with_offer_notes(profile, chat) if offer_notes else chat


def plain_chat(messages: list[dict], template: str = DEFAULT_TEMPLATE) -> list[dict]:
    """The chat the simulator model sees in plain mode: the harness's messages as they are (its system prompt
    describes the user; the agent speaks as ``user``), with an offer note under each priced agent message when
    ``template`` is an ``_offers`` one and the scenario states a price limit
    (``userlm.core.offer_notes.scenario_price_limit``), as a model trained with notes saw plain prompts."""
    chat = [{"role": m["role"], "content": m.get("content") or ""} for m in messages]
    return with_scenario_offer_notes(chat) if has_offer_notes(template) else chat


def with_grammar(params: SamplingParams, on: bool = True) -> SamplingParams:
    """``params`` under the default turn grammar (``on``), or free (``on=False``); a set grammar is kept when on."""
    if not on:
        return replace(params, grammar=None)
    if params.grammar is not None:
        return params
    from userlm.core.grammar import default_grammar

    return replace(params, grammar=default_grammar())


class Simulator:
    """Plays a profile's user against an agent, batching turns of many conversations."""

    def __init__(
        self,
        backend: GenerationBackend,
        params: SamplingParams | None = None,
        template: str = DEFAULT_TEMPLATE,
        grammar: bool = True,
        redraw_repeats: int = DEFAULT_REDRAWS,
    ):
        """``grammar``: constrain every turn to the turn grammar (the default); False: free generation.
        ``redraw_repeats``: draw a reply that repeats an earlier one of the conversation again, up to this
        many times (``userlm.core.repeats``; 0: never)."""
        self.backend = backend
        self.params = with_grammar(params or SamplingParams(max_tokens=256, temperature=0.7), grammar)
        self.template = template
        self.redraw_repeats = redraw_repeats

    def respond(
        self, profile: UserProfile, agent_messages: list[dict], state: SimulatorState | None = None
    ) -> SimulatorTurn:
        return self.respond_batch([(profile, agent_messages, state)])[0]

    def respond_batch(
        self, items: list[tuple[UserProfile, list[dict], SimulatorState | None]]
    ) -> list[SimulatorTurn]:
        chats = [simulator_chat(p, msgs, template=self.template) for p, msgs, _ in items]
        completions = generate_fresh(self.backend, chats, self.params, self.redraw_repeats)
        turns = []
        for (profile, _, state), completion in zip(items, completions):
            state = state if state is not None else SimulatorState.from_values(profile.goal.initial_state)
            parsed = parse_turn(completion.text)
            if completion.error:
                parsed.errors.insert(0, f"backend error: {completion.error}")
            state.apply(parsed)
            turns.append(SimulatorTurn(parsed, completion, dict(state.values)))
        return turns


@dataclass
class Conversation:
    """An agent-side transcript with the simulator's state, for interactive and scripted sessions."""

    profile: UserProfile
    messages: list[dict] = field(default_factory=list)
    state: SimulatorState | None = None
    turns: list[SimulatorTurn] = field(default_factory=list)

    def __post_init__(self):
        if self.state is None:
            self.state = SimulatorState.from_values(self.profile.goal.initial_state)

    @property
    def done(self) -> bool:
        return self.state.ended

    def user_turn(self, simulator: Simulator, agent_message: str | None = None) -> SimulatorTurn:
        """Add the agent's message (if any), then the simulator's reply."""
        if agent_message is not None:
            self.messages.append({"role": "assistant", "content": agent_message})
        elif not self.messages:
            self.messages.append({"role": "assistant", "content": AGENT_GREETING})
        turn = simulator.respond(self.profile, self.messages, self.state)
        self.messages.append({"role": "user", "content": turn.content, "reasoning_content": turn.rationale})
        self.turns.append(turn)
        return turn
