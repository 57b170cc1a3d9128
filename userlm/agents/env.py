"""A Gymnasium-style environment over a user simulator, in process or behind an OpenAI-compatible URL.

    from userlm.agents.env import UserEnv, make_simulator
    env = UserEnv(make_simulator(base_url="http://localhost:8000/v1", model="userlm"), max_turns=8)
    first = env.reset(profile)                  # the agent greets (tau2 convention); the user answers
    reply, done, info = env.step("Sure, what's your budget?")
    info["state"], info["stop"], info["status"]  # state values, stop token, running|ended|max_turns|timeout|error

The simulator chat is built here (``simulator_chat``: the profile's system prompt + flipped roles)
and parsed with ``parse_turn``, so any OpenAI-compatible endpoint works, not only ``userlm serve``.
When the endpoint reports ``stop_reason``/``conversation_ended`` (our server does), those are read
too. A call that errors, hangs past ``timeout_s`` or returns nothing usable is retried ``retries``
times; after that the episode ends with ``status`` ``timeout`` or ``error`` and the error text in
``info["error"]``. ``step`` and ``reset`` never raise on simulator failures. An agent message after the
episode is over is a caller's choice to handle: ``step_if_open`` answers None for it, the same way the
reference user policy's ``respond_if_open`` does (``userlm.synth.policy``).
"""

from __future__ import annotations

import copy
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Protocol

from userlm.core.backends.base import Completion, GenerationBackend, SamplingParams
from userlm.core.profile import UserProfile
from userlm.core.simulator import (
    AGENT_GREETING,
    DEFAULT_TEMPLATE,
    Simulator,
    SimulatorTurn,
    simulator_chat,
    template_for,
)
from userlm.core.state import SimulatorState
from userlm.core.turn import STOP, STOP_TOKENS, parse_turn

# Calls run here so a hung simulator can be abandoned after ``timeout_s`` without blocking the caller.
_POOL = ThreadPoolExecutor(max_workers=128, thread_name_prefix="userlm-sim")


class SimulatorLike(Protocol):
    def respond(
        self, profile: UserProfile, agent_messages: list[dict], state: SimulatorState | None = None
    ) -> SimulatorTurn: ...


class RemoteSimulator:
    """A simulator behind an OpenAI-compatible ``/v1/chat/completions`` (``userlm serve``, vLLM, any API)."""

    def __init__(
        self,
        base_url: str,
        model: str = "userlm",
        api_key: str | None = None,
        params: SamplingParams | None = None,
        timeout_s: float = 60.0,
        send_profile_id: bool = False,
        template: str = DEFAULT_TEMPLATE,
        grammar: bool = True,
    ):
        from userlm.core.backends.replicas import endpoint_backend
        from userlm.core.simulator import with_grammar

        # Retries are counted by UserEnv, so the client itself does not retry; several comma-separated URLs
        # are replicas the calls are spread over, with failover on errors and 429.
        self.backend = endpoint_backend(model, base_url, api_key, timeout=timeout_s, max_retries=0)
        self.params = with_grammar(params or SamplingParams(max_tokens=256, temperature=0.7), grammar)
        self.send_profile_id = send_profile_id
        self.template = template
        self.send_grammar_field = True  # userlm serve's "grammar" field; dropped if the endpoint refuses it

    def request_body(self, profile: UserProfile) -> dict | None:
        """Extra body: the profile id, ``grammar`` (userlm serve) and vLLM's structured outputs (its regex)."""
        body = {"profile_id": profile.id} if self.send_profile_id else {}
        if self.send_grammar_field:
            body["grammar"] = self.params.grammar is not None
        return {**body, **(self.backend.request_body(self.params) or {})} or None

    def _create(self, chat: list[dict], profile: UserProfile):
        p = self.params
        return self.backend.client.chat.completions.create(
            model=self.backend.model_name, messages=chat, max_tokens=p.max_tokens, temperature=p.temperature,
            top_p=p.top_p, stop=p.stop or None, seed=p.seed, extra_body=self.request_body(profile),
        )  # fmt: skip

    def _call(self, chat: list[dict], profile: UserProfile) -> tuple[Completion, bool]:
        from userlm.core.backends.openai_backend import is_unknown_field_error, join_reasoning

        try:
            try:
                resp = self._create(chat, profile)
            except Exception as e:
                if not is_unknown_field_error(e) or not (
                    self.send_grammar_field or self.backend.structured_outputs is None
                ):
                    raise
                # an endpoint that takes neither field: parse-and-retry alone from now on
                self.send_grammar_field, self.backend.structured_outputs = False, False
                resp = self._create(chat, profile)
        except Exception as e:  # data, not an exception: UserEnv retries and records it
            return Completion("", finish_reason="error", error=f"{type(e).__name__}: {e}"), False
        choice = resp.choices[0]
        extra_fields = {**(choice.model_extra or {}), **(choice.message.model_extra or {})}
        usage = resp.usage
        completion = Completion(
            join_reasoning(choice.message),
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
            finish_reason=choice.finish_reason or "stop",
            stop_reason=extra_fields.get("stop_reason")
            if isinstance(extra_fields.get("stop_reason"), str)
            else None,
        )
        return completion, bool(extra_fields.get("conversation_ended"))

    def respond(
        self, profile: UserProfile, agent_messages: list[dict], state: SimulatorState | None = None
    ) -> SimulatorTurn:
        state = state if state is not None else SimulatorState.from_values(profile.goal.initial_state)
        chat = simulator_chat(profile, agent_messages, template=self.template)
        completion, ended = self._call(chat, profile)
        failures: list[str] = []
        # Under the grammar, a turn the endpoint did not keep to it is asked for again (parse-and-retry).
        while self.params.grammar is not None and not completion.error and not parse_turn(completion.text).ok:
            failures.append(parse_turn(completion.text).codes[0].value)
            if len(failures) >= self.backend.grammar_tries:
                break
            completion, ended = self._call(chat, profile)
        completion.grammar_failures = failures
        parsed = parse_turn(completion.text)
        if completion.error:
            parsed.errors.insert(0, f"backend error: {completion.error}")
        if parsed.stop is None and completion.stop_reason in STOP_TOKENS:
            parsed.stop = completion.stop_reason  # a server that strips the token but reports it
        elif parsed.stop is None and ended:
            parsed.stop = STOP
        state.apply(parsed)
        return SimulatorTurn(parsed, completion, dict(state.values))


def make_simulator(
    model: str = "smollm2-135m-userlm",
    base_url: str | None = None,
    api_key: str | None = None,
    params: SamplingParams | None = None,
    backend: GenerationBackend | None = None,
    timeout_s: float = 60.0,
    template: str | None = None,
    grammar: bool = True,
) -> SimulatorLike:
    """A remote simulator when ``base_url`` is given, else an in-process one over ``backend`` or ``model``.

    ``grammar`` (on by default): every user turn keeps to the turn grammar (llguidance in process; remote:
    the server's own grammar, vLLM structured outputs, and parse-and-retry). False: free generation.
    """
    template = template_for(model, template)  # the one the model was trained on unless one is given
    if base_url:
        return RemoteSimulator(
            base_url, model, api_key, params, timeout_s, template=template, grammar=grammar
        )
    if backend is None:
        from userlm.core.backends import make_backend

        backend = make_backend(model, backend="transformers")
    return Simulator(backend, params, template=template, grammar=grammar)


class UserEnv:
    """One conversation with a simulated user: ``reset(profile)``, then ``step(agent_message)`` until done."""

    def __init__(
        self,
        simulator: SimulatorLike,
        max_turns: int = 8,
        timeout_s: float = 60.0,
        retries: int = 2,
        greeting: str = AGENT_GREETING,
    ):
        self.simulator = simulator
        self.max_turns, self.timeout_s, self.retries, self.greeting = max_turns, timeout_s, retries, greeting
        self.profile: UserProfile | None = None
        self.messages: list[dict] = []  # the agent's view: agent = assistant, user = user (replies only)
        self.turns: list[dict] = []  # one record per user turn (the reset reply included)
        self.state: SimulatorState | None = None
        self.status, self.error, self.stop = "idle", None, None
        self.agent_turns = 0

    @property
    def done(self) -> bool:
        return self.status not in ("idle", "running")

    def reset(self, profile: UserProfile) -> str:
        """Start a conversation: the agent's greeting, then the user's first message ("" on failure)."""
        self.profile, self.turns, self.agent_turns = profile, [], 0
        self.messages = [{"role": "assistant", "content": self.greeting}]
        self.state = SimulatorState.from_values(profile.goal.initial_state)
        self.status, self.error, self.stop = "running", None, None
        reply, _, _ = self._user_turn(self.greeting)
        return reply

    def step(self, agent_message: str) -> tuple[str, bool, dict]:
        """The agent speaks; returns (user reply, done, info). Raises after the episode is over: a loop that
        may run past the user's end asks ``step_if_open`` (as ``UserPolicy.respond_if_open`` for the policy)."""
        if self.profile is None:
            raise RuntimeError("call reset(profile) before step()")
        if self.done:
            raise RuntimeError(f"the episode is over (status {self.status}); call reset()")
        self.agent_turns += 1
        self.messages.append({"role": "assistant", "content": agent_message})
        return self._user_turn(agent_message)

    def step_if_open(self, agent_message: str) -> tuple[str, bool, dict] | None:
        """``step``, or None when the episode is already over (the user stopped, turns ran out, a call failed):
        an agent message past the end is not sent to the simulator and changes nothing."""
        return None if self.profile is not None and self.done else self.step(agent_message)

    @property
    def info(self) -> dict:
        last = self.turns[-1] if self.turns else {}
        return {
            "state": dict(self.state.values) if self.state else {},
            "stop": self.stop,
            "status": self.status,
            "error": self.error,
            "truncated": self.status == "max_turns",
            "agent_turns": self.agent_turns,
            "rationale": last.get("rationale"),
            "action": last.get("action"),
            "attempts": last.get("attempts", 0),
        }

    def _call_once(self) -> tuple[SimulatorTurn | None, str | None, bool]:
        """(turn, error, timed_out). The state is copied so a rejected attempt leaves no trace."""
        state = copy.deepcopy(self.state)
        future = _POOL.submit(self.simulator.respond, self.profile, list(self.messages), state)
        try:
            turn = future.result(timeout=self.timeout_s)
        except FutureTimeout:
            future.cancel()
            return None, f"simulator timed out after {self.timeout_s:g}s", True
        except Exception as e:  # a simulator bug must end this episode, not the whole run
            return None, f"{type(e).__name__}: {e}", False
        if turn.completion.error:
            return None, turn.completion.error, False
        if not turn.reply and turn.stop is None:
            return None, "unusable simulator output: " + "; ".join(turn.parsed.errors or ["empty"]), False
        return turn, None, False

    def _user_turn(self, agent_message: str) -> tuple[str, bool, dict]:
        start, attempts, error, timed_out, turn = time.perf_counter(), 0, None, False, None
        while turn is None and attempts <= self.retries:
            attempts += 1
            turn, error, timed_out = self._call_once()
        record = {"agent": agent_message, "attempts": attempts, "latency_s": time.perf_counter() - start}
        if turn is None:
            self.status, self.error = ("timeout" if timed_out else "error"), error
            record.update(reply="", status=self.status, error=error, state=dict(self.state.values))
            self.turns.append(record)
            return "", True, self.info
        self.state.apply(turn.parsed)
        content = turn.content
        self.messages.append({"role": "user", "content": content, "reasoning_content": turn.rationale or ""})
        record.update(
            reply=turn.reply,
            rationale=turn.rationale,
            action=turn.parsed.parts.action,
            stop=turn.stop,
            state=dict(self.state.values),
            parse_errors=list(turn.parsed.errors),
            status="ok",
        )
        self.turns.append(record)
        if turn.stop is not None:
            self.status, self.stop = "ended", turn.stop
        elif self.agent_turns >= self.max_turns:
            self.status = "max_turns"
        return content, self.done, self.info
