"""Simulators under evaluation, behind one call: a batch of (profile, agent-side transcript) -> raw turn texts.

A spec names one simulator (an optional ``LABEL=`` in front sets its column name):

- ``policy``: the programmatic, agenda-driven user policy of ``userlm.synth.policy`` (a reference);
- ``MODEL@BASE_URL``: a served endpoint or a prompted remote model (GPT-4o, Qwen3, ``userlm serve``),
  called through the ``openai`` client with the simulator chat built here;
- anything else: a local model folder, a hub id or the embedded ``smollm2-135m``, on transformers.

    sims = [load_simulator("base=smollm2-135m"), load_simulator("trained=runs/sft")]

Model simulators generate under the turn grammar (``userlm.core.grammar``) unless ``grammar=False``
(``userlm eval simulator --no-grammar``), as they would when serving.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from userlm.core.backends import SamplingParams
from userlm.core.profile import UserProfile
from userlm.core.simulator import DEFAULT_TEMPLATE, simulator_chat


@dataclass
class SimulatorUnderTest:
    """A labelled simulator: ``respond`` returns one raw turn text (or an error) per item."""

    label: str
    spec: str
    backend: object | None = None  # a GenerationBackend, or None for the policy
    params: SamplingParams = field(
        default_factory=lambda: SamplingParams(max_tokens=192, temperature=0.7, seed=0)
    )
    template: str = DEFAULT_TEMPLATE
    _policies: dict = field(default_factory=dict)

    def respond(
        self, items: list[tuple[str, UserProfile, list[dict], object | None]]
    ) -> list[tuple[str, str | None]]:
        """``items`` = (conversation id, profile, agent-side messages, the agent turn's labels or None);
        returns (raw turn text, error or None) per item."""
        if self.backend is None:
            return [self._policy_turn(conv, p, msgs, turn) for conv, p, msgs, turn in items]
        chats = [simulator_chat(p, msgs, template=self.template) for _, p, msgs, _ in items]
        completions = self.backend.generate(chats, self.params)
        return [(c.text, c.error) for c in completions]

    def answer(self, items: list[tuple]) -> list[tuple[str, str | None]]:
        """``respond`` that cannot end an evaluation: an exception, a missing answer or one that is not text
        becomes that item's error (data for the report), as a backend's failed call already is. A batch that
        raises is asked again item by item, so one bad item (a prompt past the context) fails alone."""
        try:
            answers = list(self.respond(items))
        except Exception as e:  # a simulator bug or an unreachable endpoint is an outcome, not a crash
            if len(items) > 1:
                return [a for item in items for a in self.answer([item])]
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
        """Forget the per-conversation policies, so evaluating this simulator again starts afresh."""
        self._policies.clear()

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
    template: str = DEFAULT_TEMPLATE,
    api_key: str | None = None,
    backend=None,
    grammar: bool = True,
) -> SimulatorUnderTest:
    """Build the simulator a spec names (see the module docstring). ``backend`` overrides model loading;
    ``grammar``: generate under the turn grammar (False: free generation)."""
    from userlm.core.backends import make_backend
    from userlm.core.simulator import with_grammar

    label, rest = parse_spec(spec)
    params = with_grammar(params or SamplingParams(max_tokens=192, temperature=0.7, seed=0), grammar)
    if rest == "policy":
        return SimulatorUnderTest(label, rest, None, params, template)
    if backend is None:
        if "@" in rest and rest.split("@", 1)[1].startswith(("http://", "https://")):
            model, base_url = rest.split("@", 1)
            backend = make_backend(model, base_url=base_url, api_key=api_key)
        else:
            backend = make_backend(rest)
    return SimulatorUnderTest(label, rest, backend, params, template)
