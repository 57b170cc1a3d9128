"""A reply that repeats one of the simulator's own earlier replies is drawn again: core, simulator, eval, server.

No model is needed: scripted backends answer each call with the next text of a list.

    python -m pytest -q tests/test_repeats.py
"""

from __future__ import annotations

import json

import pytest
from serving_helpers import FakeBackend

from userlm.core.backends.base import Completion, SamplingParams
from userlm.core.repeats import generate_fresh, is_repeat, repeats_reply
from userlm.core.turn import STOP, format_turn

NO = "That doesn't work for me."
YES = "Fine, GBP 305 works for me."
RATIONALE = "Agent: offers GBP 305.\nAction: reject"


class Script:
    """A ``generate`` backend: call k answers every chat of its batch with ``texts[k]`` (the last one repeats)."""

    name = "script"

    def __init__(self, *texts: str, error_on: int | None = None):
        self.texts, self.error_on = texts, error_on
        self.calls: list[tuple[int, SamplingParams]] = []

    def generate(self, chats, params):
        k = min(len(self.calls), len(self.texts) - 1)
        self.calls.append((len(chats), params))
        if self.error_on == len(self.calls) - 1:
            return [Completion("", 10, 0, "error", error="boom") for _ in chats]
        return [Completion(self.texts[k], 10, 5) for _ in chats]


def chat_after(*replies: str) -> list[dict]:
    """A simulator-view chat: the system prompt, then agent (user) and simulator (assistant) turns."""
    chat = [{"role": "system", "content": "You are a customer."}, {"role": "user", "content": "Hello!"}]
    for r in replies:
        chat += [{"role": "assistant", "content": r}, {"role": "user", "content": "No, GBP 400 it is."}]
    return chat


def test_what_counts_as_a_repeat():
    assert repeats_reply(NO, [NO])
    assert repeats_reply("that doesn't work FOR me", [NO])  # case and punctuation do not make it new
    assert repeats_reply("Sorry, but that doesn't work for me at all.", ["Sorry but that doesn't work for me at all, no."])
    assert not repeats_reply(YES, [NO])
    assert not repeats_reply(NO, [])
    # only the reply counts: the same rationale every turn is not a repeat, a bare stop token never is
    assert is_repeat(format_turn(RATIONALE, NO), [NO])
    assert not is_repeat(format_turn(RATIONALE, YES), [format_turn(RATIONALE, NO)])
    assert not is_repeat(format_turn(RATIONALE, "", STOP), [STOP])


def test_a_repeat_is_drawn_again_with_a_new_seed_and_only_it():
    backend = Script(format_turn(RATIONALE, NO), format_turn(RATIONALE, YES))
    params = SamplingParams(temperature=0.5, seed=3)
    out = generate_fresh(backend, [chat_after(NO), chat_after()], params)
    # the first chat repeated "no" and was drawn again; the second (no earlier reply) was not
    assert [c.text for c in out] == [format_turn(RATIONALE, YES), format_turn(RATIONALE, NO)]
    assert [c.redraws for c in out] == [1, 0]
    (n0, first), (n1, again) = backend.calls
    assert (n0, n1) == (2, 1)
    assert again.seed != first.seed and again == SamplingParams(temperature=0.5, seed=again.seed)


def test_when_every_draw_repeats_the_first_stands_and_zero_or_greedy_turns_it_off():
    first = format_turn(RATIONALE + "\nPlan: one", NO)
    backend = Script(first, format_turn(RATIONALE, NO))
    out = generate_fresh(backend, [chat_after(NO)], SamplingParams(temperature=0.5, seed=1), redraws=2)
    assert out[0].text == first and out[0].redraws == 2 and len(backend.calls) == 3
    assert len({p.seed for _, p in backend.calls}) == 3  # every draw its own seed, so no draw is a copy

    for params, redraws in ((SamplingParams(), 0), (SamplingParams(temperature=0.0), 3)):
        backend = Script(first, format_turn(RATIONALE, YES))
        assert generate_fresh(backend, [chat_after(NO)], params, redraws=redraws)[0].text == first
        assert len(backend.calls) == 1


def test_a_failed_call_is_never_drawn_again():
    backend = Script(format_turn(RATIONALE, NO), error_on=0)
    out = generate_fresh(backend, [chat_after(NO)], SamplingParams())
    assert out[0].error == "boom" and len(backend.calls) == 1
    # a redraw that fails keeps the first draw, marked as redrawn
    backend = Script(format_turn(RATIONALE, NO), error_on=1)
    out = generate_fresh(backend, [chat_after(NO)], SamplingParams(), redraws=1)
    assert out[0].text == format_turn(RATIONALE, NO) and out[0].error is None


def test_the_simulator_does_not_loop(example_profiles):
    from userlm.core.simulator import Conversation, Simulator

    backend = Script(format_turn(RATIONALE, NO), format_turn(RATIONALE, NO), format_turn(RATIONALE, YES))
    sim = Simulator(backend, SamplingParams(temperature=0.5), grammar=False)
    conv = Conversation(example_profiles[0])
    assert conv.user_turn(sim, "GBP 400.").reply == NO
    assert conv.user_turn(sim, "Still GBP 400.").reply == YES  # the second call repeated: drawn again

    looping = Simulator(Script(format_turn(RATIONALE, NO)), SamplingParams(), grammar=False, redraw_repeats=0)
    conv = Conversation(example_profiles[0])
    assert [conv.user_turn(looping, m).reply for m in ("GBP 400.", "Still GBP 400.")] == [NO, NO]


def test_the_eval_redraws_and_says_how_often(example_profiles, tmp_path):
    from userlm.eval.plain_eval import evaluate_plain
    from userlm.eval.report import write_report
    from userlm.eval.simulator_eval import EvalSettings
    from userlm.eval.simulators import load_simulator

    settings = EvalSettings(max_turns=3, seed=0)
    looping = load_simulator("looping=canned", backend=Script(format_turn(RATIONALE, NO)), redraw_repeats=0)
    fresh = load_simulator("fresh=canned", backend=Script(format_turn(RATIONALE, NO), format_turn(RATIONALE, YES)))
    for sim in (looping, fresh):
        sim.reasoning = True
    results = evaluate_plain([looping, fresh], example_profiles[:2], settings)
    assert results["looping"]["metrics"]["plain_in_role"] < results["fresh"]["metrics"]["plain_in_role"]
    assert results["looping"]["plain_redraws"] == {"limit": 0, "redrawn": 0, "turns": looping.generated}
    counts = results["fresh"]["plain_redraws"]
    assert counts["limit"] == 3 and 0 < counts["redrawn"] < counts["turns"]
    write_report(results, tmp_path)
    report = (tmp_path / "report.md").read_text()
    assert "- **looping**: `canned` at temperature 0.7 (plain mode under the turn grammar; repeats not drawn again)" in report
    assert f"repeats drawn again up to 3 times: {counts['redrawn']} of {counts['turns']} replies in plain mode" in report
    assert json.loads((tmp_path / "results.json").read_text())["fresh"]["plain_redraws"] == counts


class Sequence(FakeBackend):
    """The serving tests' model-less backend, answering call k with ``texts[k]`` (the last one repeats)."""

    def __init__(self, *texts: str):
        super().__init__(texts[0])
        self.texts, self.calls = texts, 0

    def generate_ids(self, encoded, params):
        self.text = self.texts[min(self.calls, len(self.texts) - 1)]
        self.calls += 1
        return super().generate_ids(encoded, params)


def client_for(backend, **overrides):
    from starlette.testclient import TestClient

    from userlm.serving.app import create_app
    from userlm.serving.config import ServeConfig

    config = ServeConfig(model="fake", max_wait_ms=0, default_max_tokens=8, **overrides)
    return TestClient(create_app(config, backend=backend))


PLAIN = [
    {"role": "system", "content": "You are a customer. Play the user."},
    {"role": "user", "content": "How about GBP 400?"},
    {"role": "assistant", "content": NO},
    {"role": "user", "content": "Still GBP 400."},
]


@pytest.mark.parametrize("redraws, calls, content", [(2, 2, YES), (0, 1, NO)])
def test_the_server_redraws_a_repeated_answer(redraws, calls, content):
    backend = Sequence(NO, YES)
    with client_for(backend, redraw_repeats=redraws) as client:
        r = client.post("/v1/chat/completions", json={"model": "fake", "messages": PLAIN})
    assert r.status_code == 200, r.text
    assert r.json()["choices"][0]["message"]["content"] == content and backend.calls == calls


def test_the_server_redraws_every_repeating_choice_in_one_request():
    backend = Sequence(NO, YES)
    with client_for(backend, max_n=2) as client:
        r = client.post("/v1/chat/completions", json={"model": "fake", "messages": PLAIN, "n": 2, "seed": 7})
    assert [c["message"]["content"] for c in r.json()["choices"]] == [YES, YES]
    assert backend.calls == 2  # the first request, then one redraw of both choices


def test_a_stream_is_not_taken_back_but_a_session_turn_is(example_profiles):
    backend = Sequence(NO)
    with client_for(backend) as client:
        r = client.post("/v1/chat/completions", json={"model": "fake", "messages": PLAIN, "stream": True})
        assert r.status_code == 200 and backend.calls == 1

        backend.texts, backend.calls = (format_turn(RATIONALE, NO), format_turn(RATIONALE, NO), format_turn(RATIONALE, YES)), 0
        s = client.post("/v1/sessions", json={"profile_id": example_profiles[0].id}).json()
        t = client.post(f"/v1/sessions/{s['session_id']}/turns", json={"content": "Still GBP 400."}).json()
    assert (s["reply"], t["reply"]) == (NO, YES)


def test_chat_redraws_locally_but_leaves_an_endpoint_to_itself(tiny_model_dir):
    import argparse

    from userlm.chat.session import build_simulator

    common = dict(model=str(tiny_model_dir), api_key="none", max_tokens=8, temperature=None, seed=None, template=None,
                  no_grammar=True, redraw_repeats=2)  # fmt: skip
    assert build_simulator(argparse.Namespace(base_url=None, **common)).redraw_repeats == 2
    assert build_simulator(argparse.Namespace(base_url="http://127.0.0.1:9/v1", **common)).redraw_repeats == 0
