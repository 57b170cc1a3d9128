"""Simulators under evaluation, behind one call: a batch of (profile, agent-side transcript) -> raw turn texts.

A spec names one simulator (an optional ``LABEL=`` in front sets its column name):

- ``policy``: the programmatic, agenda-driven user policy of ``userlm.synth.policy`` (a reference);
- ``MODEL@BASE_URL``: a served endpoint or a prompted remote model (GPT-4o, Qwen3, ``userlm serve``),
  called through the ``openai`` client with the simulator chat built here;
- anything else: a local model folder, a hub id or the embedded ``smollm2-135m``, on transformers.

    sims = [load_simulator("base=smollm2-135m"), load_simulator("trained=runs/sft")]

Model simulators generate under the turn grammar (``userlm.core.grammar``) unless ``grammar=False``
(``userlm eval simulator --no-grammar``), as they would when serving.

``respond_plain`` answers a plain-mode chat instead (``userlm.eval.plain_eval``): the harness's own system
prompt and the conversation from the user's seat, sent to the model as it is, as ``userlm serve`` does in
plain mode (the turn grammar only for a reasoning simulator, ``plain_reasoning``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from userlm.core.backends import SamplingParams
from userlm.core.models import DEFAULT_TEMPERATURE
from userlm.core.profile import UserProfile
from userlm.core.repeats import DEFAULT_REDRAWS, generate_fresh, redraw_limit
from userlm.core.simulator import DEFAULT_TEMPLATE, simulator_chat


@dataclass
class SimulatorUnderTest:
    """A labelled simulator: ``respond`` returns one raw turn text (or an error) per item."""

    label: str
    spec: str
    backend: object | None = None  # a GenerationBackend, or None for the policy
    params: SamplingParams = field(
        default_factory=lambda: SamplingParams(max_tokens=192, temperature=DEFAULT_TEMPERATURE, seed=0)
    )
    template: str = DEFAULT_TEMPLATE
    # Plain mode: is this a reasoning simulator (a rationale to split off, the turn grammar on)? None: decide
    # from the spec as `userlm serve` decides from its model (``plain_reasoning``).
    reasoning: bool | None = None
    # Draw a local model's reply that repeats an earlier one again, up to this many times, as ``userlm serve``
    # and ``Simulator`` do (``userlm.core.repeats``); an endpoint decides for itself.
    redraw_repeats: int = DEFAULT_REDRAWS
    redrawn: int = 0  # turns drawn again because they repeated (counted for the report)
    generated: int = 0  # turns generated
    _policies: dict = field(default_factory=dict)

    def respond(
        self, items: list[tuple[str, UserProfile, list[dict], object | None]]
    ) -> list[tuple[str, str | None]]:
        """``items`` = (conversation id, profile, agent-side messages, the agent turn's labels or None);
        returns (raw turn text, error or None) per item."""
        if self.backend is None:
            return [self._policy_turn(conv, p, msgs, turn) for conv, p, msgs, turn in items]
        chats = [simulator_chat(p, msgs, template=self.template) for _, p, msgs, _ in items]
        return self._generate(chats, self.params)

    def respond_plain(
        self, items: list[tuple[str, UserProfile, list[dict], object | None]]
    ) -> list[tuple[str, str | None]]:
        """``items`` = (conversation id, profile, the plain chat a harness sends: its system prompt, the agent's
        messages as "user" and the simulator's earlier replies as "assistant", the agent turn's labels or None);
        returns (raw text, error or None) per item. A model gets the chat as it is; the policy (no backend)
        plays from the agent's side of it, through ``respond``."""
        from userlm.core.turn import flip_roles

        if self.backend is None:
            return self.respond([(conv, p, flip_roles(chat), turn) for conv, p, chat, turn in items])
        from userlm.core.simulator import plain_chat

        chats = [plain_chat(chat, self.template) for _, _, chat, _ in items]  # as `userlm serve` sees them
        return self._generate(chats, self.plain_params())

    def _generate(self, chats: list[list[dict]], params: SamplingParams) -> list[tuple[str, str | None]]:
        redraws = 0 if _is_endpoint(self.spec) else self.redraw_repeats
        completions = generate_fresh(self.backend, chats, params, redraws)
        self.redrawn += sum(c.redraws > 0 for c in completions)  # tried again, whether or not it escaped
        self.generated += len(completions)
        return [(c.text, c.error) for c in completions]

    def plain_reasoning(self) -> bool:
        """Whether a plain-mode answer is a reasoning turn: ``reasoning`` when set; else True for the policy and
        for an endpoint (its backend rebuilds ``<think>`` from ``message.reasoning``), and for a local model
        what its folder (``userlm.json``) or shipped name says, as ``userlm serve`` reads it."""
        if self.reasoning is not None:
            return self.reasoning
        if self.backend is None or _is_endpoint(self.spec):
            return True
        from userlm.core.models import is_reasoning_simulator

        return is_reasoning_simulator(self.spec)

    def plain_params(self) -> SamplingParams:
        """The server's plain-mode sampling: the turn grammar only for a local reasoning simulator (an endpoint
        decides for itself, as it does for tau2-bench, which sends no grammar)."""
        if self.plain_reasoning() and not _is_endpoint(self.spec):
            return self.params
        return replace(self.params, grammar=None)

    def answer(self, items: list[tuple]) -> list[tuple[str, str | None]]:
        """``respond`` that cannot end an evaluation: an exception, a missing answer or one that is not text
        becomes that item's error (data for the report), as a backend's failed call already is. A batch that
        raises is asked again item by item, so one bad item (a prompt past the context) fails alone."""
        return self._guarded(self.respond, items)

    def answer_plain(self, items: list[tuple]) -> list[tuple[str, str | None]]:
        """``respond_plain`` that cannot end an evaluation, as ``answer``."""
        return self._guarded(self.respond_plain, items)

    def _guarded(self, call, items: list[tuple]) -> list[tuple[str, str | None]]:
        try:
            answers = list(call(items))
        except Exception as e:  # a simulator bug or an unreachable endpoint is an outcome, not a crash
            if len(items) > 1:
                return [a for item in items for a in self._guarded(call, [item])]
            return [("", f"simulator raised {type(e).__name__}: {e}")] * len(items)
        out = []
        for i in range(len(items)):
            a = answers[i] if i < len(answers) else None
            if isinstance(a, tuple) and len(a) == 2 and isinstance(a[0], str):
                out.append((a[0], None if a[1] is None else str(a[1])))
            else:
                out.append(("", f"simulator gave no usable answer ({type(a).__name__})"))
        return out

    def reset(self) -> None:
        """Forget the per-conversation policies and the redraw counts, so evaluating this simulator again starts
        afresh."""
        self._policies.clear()
        self.redrawn = self.generated = 0

    def redraw_info(self) -> dict | None:
        """For a result: how many of its generated turns were drawn again for repeating (None for the policy)."""
        if self.backend is None:
            return None
        on = 0 if _is_endpoint(self.spec) else redraw_limit(self.params, self.redraw_repeats)
        return {"limit": on, "redrawn": self.redrawn, "turns": self.generated}

    def _policy_turn(
        self, conv: str, profile: UserProfile, messages: list[dict], turn
    ) -> tuple[str, str | None]:
        from userlm.synth.policy import UserPolicy
        from userlm.synth.scenario_agent import AgentTurn

        policy = self._policies.get(conv)  # one policy per conversation: it keeps its own agenda
        if policy is None:
            policy = self._policies[conv] = UserPolicy(profile, random.Random(f"eval:{conv}"))
        if turn is None:  # an agent message from outside the script: treat it as plain talk
            turn = AgentTurn(messages[-1]["content"], "filler")
        move = policy.respond_if_open(turn)  # the same check as the shadow user's: past its end is data
        if move is None:
            return "", f"the policy already ended conversation {conv} ({policy.end_reason})"
        return move.text, None


def _is_endpoint(spec: str) -> bool:
    """``MODEL@http(s)://...``: a served endpoint or a remote model."""
    return "@" in spec and spec.split("@", 1)[1].startswith(("http://", "https://"))


def parse_spec(spec: str) -> tuple[str, str]:
    """``LABEL=SPEC`` or ``SPEC`` -> (label, spec); the label defaults to the spec's last path part."""
    if "=" in spec.split("@")[0]:
        label, _, rest = spec.partition("=")
        return label.strip(), rest.strip()
    return spec.rstrip("/").split("/")[-1].split("@")[0] or spec, spec


def load_simulator(
    spec: str,
    *,
    params: SamplingParams | None = None,
    template: str | None = None,
    api_key: str | None = None,
    backend=None,
    grammar: bool = True,
    redraw_repeats: int = DEFAULT_REDRAWS,
) -> SimulatorUnderTest:
    """Build the simulator a spec names (see the module docstring). ``backend`` overrides model loading;
    ``template``: the prompt template (default: the one the model was trained on, else the full one);
    ``grammar``: generate under the turn grammar (False: free generation); ``params``: default 192 tokens at
    the model's own temperature (``default_temperature``); ``redraw_repeats``: see ``SimulatorUnderTest``."""
    from userlm.core.backends import make_backend
    from userlm.core.models import default_temperature
    from userlm.core.simulator import template_for, with_grammar

    label, rest = parse_spec(spec)
    model = rest.split("@", 1)[0]
    template = template_for(model, template)
    params = params or SamplingParams(max_tokens=192, temperature=default_temperature(model), seed=0)
    params = with_grammar(params, grammar)
    if rest == "policy":
        return SimulatorUnderTest(label, rest, None, params, template)
    if backend is None:
        if _is_endpoint(rest):
            model, base_url = rest.split("@", 1)
            backend = make_backend(model, base_url=base_url, api_key=api_key)
        else:
            backend = make_backend(rest)
    return SimulatorUnderTest(label, rest, backend, params, template, redraw_repeats=redraw_repeats)
