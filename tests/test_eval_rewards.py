"""``userlm eval rewards``: the same held-out prompts for every model, scored with the GRPO reward mix."""

from __future__ import annotations

import json

import pytest

from userlm.core.backends import Completion
from userlm.core.io import DataError
from userlm.core.turn import format_turn

RATIONALE = (
    "Agent: asks what I need and offers nothing yet.\nTrap: none\nConcerns: open: my refund\n"
    "State: trust=0.50 emotion=0.40 patience=0.60 participation=0.70\nAction: answer\n"
    "Plan: answer the question and keep my limits to myself.\nTone: calm"
)


class _Canned:
    def __init__(self, text):
        self.text, self.calls = text, 0

    def generate(self, chats, params):
        self.calls += len(chats)
        return [Completion(self.text, 10, 5) for _ in chats]


@pytest.fixture(scope="module")
def rows_path(tmp_path_factory):
    from userlm.synth.synth import SynthConfig, synthesize

    out = tmp_path_factory.mktemp("held")
    synthesize(SynthConfig(out=str(out), conversations=4, seed=3, trap_rate=0.3))
    return str(out / "grpo.jsonl")


def test_well_formed_turns_outscore_plain_text_on_the_same_prompts(tmp_path, rows_path):
    from userlm.eval.reward_eval import evaluate_rewards

    good = _Canned(format_turn(RATIONALE, "It arrived broken, I'd like it sorted please."))
    plain = _Canned("Sure! As an AI assistant I can help you with that. Here is a list of options.")
    out = tmp_path / "rewards"
    s = evaluate_rewards(
        ["plain=x", "good=y"], rows_path, n=6, samples=2, out_dir=out, backends={"plain": plain, "good": good}
    )
    assert plain.calls == good.calls == 12
    assert s["good"]["parse_rate"] == 1.0 and s["plain"]["parse_rate"] == 0.0
    assert s["good"]["components"]["format"] > s["plain"]["components"]["format"]
    assert s["good"]["reward"] > s["plain"]["reward"]
    # paired against the first model, on the same rows
    assert s["good"]["diff_vs_first"] == pytest.approx(s["good"]["reward"] - s["plain"]["reward"], abs=1e-9)
    assert "diff_vs_first" not in s["plain"]
    results = json.loads((out / "results.json").read_text())
    assert results["settings"]["n"] == 6 and set(results["models"]) == {"plain", "good"}
    assert "**mixed reward**" in (out / "report.md").read_text()
    assert (out / "chart.png").read_bytes()[:4] == b"\x89PNG"
    records = [json.loads(x) for x in (out / "completions" / "good.jsonl").read_text().splitlines()]
    assert len(records) == 12 and set(records[0]["rewards"]) >= {"format", "goal_consistency", "realism"}


def test_three_models_are_paired_with_the_one_before(tmp_path, rows_path):
    # an ablation base -> SFT -> SFT+GRPO: the last step's gain is GRPO over SFT, paired on the same rows
    from userlm.eval.reward_eval import evaluate_rewards

    bad = _Canned("Sure! As an AI assistant I can help you with that.")
    ok = _Canned(format_turn(RATIONALE, "Hello."))
    good = _Canned(format_turn(RATIONALE, "It arrived broken, I'd like it sorted please."))
    s = evaluate_rewards(["base=x", "sft=y", "grpo=z"], rows_path, n=4, samples=1, out_dir=tmp_path,
                         backends={"base": bad, "sft": ok, "grpo": good})  # fmt: skip
    assert s["grpo"]["diff_vs_previous"] == pytest.approx(s["grpo"]["reward"] - s["sft"]["reward"], abs=1e-9)
    assert s["grpo"]["diff_vs_first"] == pytest.approx(s["grpo"]["reward"] - s["base"]["reward"], abs=1e-9)
    assert "diff_vs_previous" not in s["sft"] and "diff_vs_previous_se" in s["grpo"]
    assert "difference vs the model before (paired)" in (tmp_path / "report.md").read_text()


class _PerSeed:
    """A backend that seeds each request (as vLLM does): a well-formed turn for even seeds, a failed call
    for odd seeds when ``fail_odd``; the seed shows in the reply."""

    def __init__(self, fail_odd=False):
        self.seeds, self.fail_odd = [], fail_odd

    def generate(self, chats, params):
        self.seeds.append(params.seed)
        if self.fail_odd and params.seed % 2:
            return [Completion("", error="HTTP 500", finish_reason="error") for _ in chats]
        return [Completion(format_turn(RATIONALE, f"Reply under seed {params.seed}."), 10, 5) for _ in chats]


def test_samples_get_their_own_seeds_and_pairs_need_two_scores(tmp_path, rows_path):
    from userlm.eval.reward_eval import evaluate_rewards

    a, b = _PerSeed(), _PerSeed(fail_odd=True)
    s = evaluate_rewards(
        ["a=x", "b=y"], rows_path, n=3, samples=2, out_dir=tmp_path, backends={"a": a, "b": b}
    )
    assert a.seeds == b.seeds == [0, 1]  # sample j of every model is drawn with seed + j
    texts = [json.loads(x)["text"] for x in (tmp_path / "completions" / "a.jsonl").read_text().splitlines()]
    assert len(set(texts[:2])) == 2  # the two samples of one prompt differ
    assert s["b"]["errors"] == 3
    # only the 3 pairs where both answers were scored: the same text scores the same, so the difference is 0
    assert s["b"]["diff_vs_first"] == pytest.approx(0.0, abs=1e-9)


def test_cli_scores_a_real_model(tmp_path, rows_path, tiny_model_dir):
    from userlm.cli import main

    out = tmp_path / "r"
    code = main(["eval", "rewards", "--model", f"tiny={tiny_model_dir}", "--rows", rows_path, "--n", "2",
                 "--samples", "2", "--max-tokens", "6", "--out", str(out)])  # fmt: skip
    assert code == 0
    tiny = json.loads((out / "results.json").read_text())["models"]["tiny"]
    assert tiny["answers"] == 4 and tiny["parse_rate"] == 0.0 and tiny["reward"] is not None


def test_rows_without_a_prompt_are_an_error_naming_the_line(tmp_path):
    from userlm.eval.reward_eval import evaluate_rewards

    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"prompt": [{"role": "user", "content": "hi"}]}\n{"profile": {}}\n')
    with pytest.raises(DataError, match="no 'prompt'") as err:
        evaluate_rewards(["x=y"], str(bad), backends={"x": _Canned("hi")})
    assert ":2" in str(err.value) or "line 2" in str(err.value)
