"""The gated mix: a turn parse_turn rejects earns the format penalty and nothing from the content rewards,
inside TRL (each reward function called on its own) as in ``mix.score``; the format component is never
gated; ``gate: none`` scores every text as before."""

from __future__ import annotations

import pickle

import pytest

from userlm.core.io import DataError
from userlm.core.profile_store import examples_path, load_profiles
from userlm.core.turn import RationaleParts, format_turn
from userlm.rewards import get_reward, load_mix
from userlm.rewards.mix import Gated, turn_accepted

CAR = {p.id: p for p in load_profiles(examples_path())}["car-buyer-01"].model_dump_json()
PARTS = RationaleParts(
    agent="offers the car over my budget and says the price expires today.", trap="false_urgency",
    concerns="price above my budget.", state=dict(trust=0.3, emotion=0.4, patience=0.5, participation=0.7),
    action="reject", plan="refuse, no rush, keep my budget.", tone="firm and short.",
)  # fmt: skip
GOOD = format_turn(PARTS, "No, I won't be rushed. That's over my budget.")
BROKEN = [
    GOOD + "\n<think>\nAgent: again\n</think>\nNo rush.",  # a second rationale where the reply should be
    "No, I won't be rushed. That's over my budget.",  # a good reply with no rationale
    format_turn(RationaleParts(agent="offers", plan="refuse"), "No, I won't be rushed."),  # parts missing
    GOOD[:120],  # cut at max tokens
]
COLS = dict(profile=CAR, agent_message="Decide now, this price expires today!", trap="false_urgency",
            goal_met=False, limit_hit=False, expected_action="reject")  # fmt: skip


def columns(n: int) -> dict:
    return {k: [v] * n for k, v in COLS.items()}


def test_a_broken_turn_scores_only_the_format_penalty():
    mix = load_mix()
    assert mix.gate == "parsed" and not isinstance(mix.funcs[0], Gated)
    texts = [GOOD, *BROKEN]
    scores = mix.score(texts, **columns(len(texts)))
    totals = mix.total(scores)
    fmt = get_reward("format", rejected_turn_penalty=-1.0, broken_turn_scale=0.0)
    for i, text in enumerate(BROKEN, 1):
        assert not turn_accepted(text)
        content = {k: v[i] for k, v in scores.items() if k != "format"}
        assert all(v in (0.0, None) for v in content.values()), content
        assert scores["format"][i] == fmt([text])[0] == -1.0
        assert totals[i] == pytest.approx(0.5 * scores["format"][i])
        assert totals[i] < totals[0]
    # every broken turn scores alike: a GRPO group of broken turns has zero spread, so nothing to climb
    assert len({totals[i] for i in range(1, len(texts))}) == 1
    # the content of the broken turns would have paid without the gate
    ungated = {n: get_reward(n)(BROKEN[:2], **columns(2)) for n in ("anti_manipulation", "realism")}
    assert any(v and v > 0 for vals in ungated.values() for v in vals)
    assert totals[0] > 1.0 and all(v is None or v >= 0 for v in (s[0] for s in scores.values()))


def test_inside_trl_each_function_gates_itself():
    mix = load_mix()
    texts = [[{"role": "assistant", "content": t}] for t in (GOOD, BROKEN[0])]
    for name, func in zip(mix.names, mix.funcs):  # what GRPOTrainer does: one call per reward function
        out = func(completions=texts, prompts=[[]] * 2, completion_ids=[[1]] * 2, trainer_state=None,
                   **columns(2))  # fmt: skip
        assert len(out) == 2
        if name != "format":
            assert out[1] in (0.0, None) and func.__name__ == name
    gated = pickle.loads(pickle.dumps(mix.funcs[1]))
    assert isinstance(gated, Gated) and gated.__name__ == mix.names[1]


def test_gate_none_and_strict(tmp_path):
    free = tmp_path / "free.yaml"
    free.write_text("rewards:\n  - format\n  - realism\n")
    mix = load_mix(free)
    assert mix.gate == "none" and not any(isinstance(f, Gated) for f in mix.funcs)
    assert mix.score([BROKEN[1]], **columns(1))["realism"][0] > 0  # ungated: the reply's text pays
    strict = tmp_path / "strict.yaml"
    strict.write_text("gate: strict\nrewards:\n  - format\n  - realism\n")
    off_grammar = GOOD.replace("Trap: false_urgency", "Trap: false urgency")
    s = load_mix(strict).score([GOOD, off_grammar], **columns(2))
    assert s["realism"][0] > 0 and s["realism"][1] == 0.0
    assert load_mix(free).score([off_grammar], **columns(1))["realism"][0] > 0
    bad = tmp_path / "bad.yaml"
    bad.write_text("gate: maybe\nrewards:\n  - format\n")
    with pytest.raises(DataError, match="gate"):
        load_mix(bad)


def test_format_penalty_parameter():
    default = get_reward("format")
    penalised = get_reward("format", rejected_turn_penalty=-1.0, broken_turn_scale=0.5)
    assert default([GOOD]) == penalised([GOOD]) == [1.0]
    for text in BROKEN:
        assert -1.0 <= penalised([text])[0] <= -0.5 < 0 <= default([text])[0]
    with pytest.raises(ValueError, match="rejected_turn_penalty"):
        get_reward("format", rejected_turn_penalty=3.0)
    assert pickle.loads(pickle.dumps(penalised)).rejected_turn_penalty == -1.0
