"""``userlm train simulator``: the recipe end to end on the tiny model, and its domain split."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from userlm.cli import main
from userlm.core.io import DataError
from userlm.recipe.config import RecipeConfig
from userlm.recipe.pipeline import balance_rows, row_action, row_situation, split_by_domain


def test_split_keeps_held_out_domains_apart(example_profiles):
    from userlm.profiles.generate import generate
    from userlm.profiles.library import load_library

    profiles = generate(load_library(), n=40, seed=3)
    held = profiles[0].goal.domain
    train, test = split_by_domain(profiles, [held], 0.25, seed=0)
    assert {p.id for p in train}.isdisjoint(p.id for p in test) and len(train) + len(test) == len(profiles)
    assert held not in {p.goal.domain for p in train} and held in {p.goal.domain for p in test}
    again = split_by_domain(list(reversed(profiles)), [held], 0.25, seed=0)  # order does not matter
    assert [p.id for p in again[0]] == [p.id for p in train]


def _rows(counts: dict[str, int]) -> list[dict]:
    return [{"completion": [{"role": "assistant", "content": f"{a} {i}", "reasoning_content": f"Trap: none\nAction: {a}\nPlan: x"}]}
            for a, n in counts.items() for i in range(n)]  # fmt: skip


def test_balanced_sft_rows_lift_rare_actions_and_are_seeded():
    rows = _rows({"reject": 300, "answer": 200, "accept": 30, "end": 20})
    share = lambda chosen, a: sum(row_action(r) == a for r in chosen) / len(chosen)  # noqa: E731
    kept, flat = balance_rows(rows, 200, 1.0, seed=0), balance_rows(rows, 200, 0.3, seed=0)
    assert len(kept) == len(flat) == 200 and len({r["completion"][0]["content"] for r in flat}) == 200
    assert abs(share(kept, "reject") - 300 / 550) < 0.02  # power 1 keeps the mix
    assert share(flat, "reject") < share(kept, "reject") - 0.1 and share(flat, "accept") > share(kept, "accept") + 0.05
    assert flat == balance_rows(list(reversed(rows)), 200, 0.3, seed=0)  # the rows' order does not matter
    assert balance_rows(rows, 200, 0.3, seed=1) != flat
    assert {row_action(r) for r in balance_rows(rows, 60, 0.0, seed=0)} == {"reject", "answer", "accept", "end"}
    assert len(balance_rows(rows, 10_000, 0.5, seed=0)) == len(rows)


def test_balance_by_situation_lifts_a_rare_situation_hidden_in_a_common_action():
    # accepts of offers outnumber accepts of a resolved request 9 to 1: by action they share one quota
    rows = _rows({"reject": 300, "answer": 200, "accept": 100})
    for i, r in enumerate(rows):
        r["agent_move"] = "resolve" if row_action(r) == "accept" and i % 10 == 0 else "offer" if row_action(r) == "accept" else "ask"
    count = lambda chosen: sum(row_situation(r) == "resolve->accept" for r in chosen)  # noqa: E731
    by_action = balance_rows(rows, 120, 0.0, seed=0)
    by_situation = balance_rows(rows, 120, 0.0, seed=0, by="situation")
    assert count(by_situation) == 10 > count(by_action) + 5  # all ten, against ~4 by action
    assert row_situation(rows[0]) == "ask->reject" and row_situation(_rows({"end": 1})[0]) == "end"


def test_a_boost_lifts_only_the_groups_it_names():
    rows = _rows({"reject": 300, "answer": 200, "accept": 30, "end": 20})
    share = lambda chosen, a: sum(row_action(r) == a for r in chosen) / len(chosen)  # noqa: E731
    boosted = balance_rows(rows, 200, 1.0, seed=0, boost={"accept": 3})
    assert share(boosted, "accept") > 2.5 * 30 / 550  # ~3x its synthesised share
    assert abs(share(boosted, "end") - 20 / 550) < 0.015  # the group not named keeps its share
    with pytest.raises(DataError, match=r"sft_boost: .*\[.acept.\]"):
        balance_rows(rows, 200, 1.0, seed=0, boost={"acept": 3})


def test_a_boost_by_noted_situation_lifts_the_noted_offers_and_not_the_same_offers_in_plain_prompts():
    from userlm.recipe.pipeline import row_noted_situation

    rows = _rows({"reject": 300, "accept": 60})
    for i, r in enumerate(rows):
        offer = row_action(r) == "accept"
        r["agent_move"] = "offer" if offer else "trap"
        note = "\n[$95 vs your limit $100: within it]" if offer and i % 2 == 0 else ""  # plain prompts have none
        r["prompt"] = [{"role": "system", "content": "s"}, {"role": "user", "content": f"I can do $95.{note}"}]
    assert {row_noted_situation(r) for r in rows} == {"trap->reject", "offer->accept (noted)", "offer->accept"}
    chosen = balance_rows(rows, 120, 1.0, seed=0, by="noted_situation", boost={"offer->accept (noted)": 4})
    count = lambda name: sum(row_noted_situation(r) == name for r in chosen)  # noqa: E731
    assert count("offer->accept (noted)") == 30  # all of them: 4x their share asks for more than exist
    assert count("offer->accept") == 8  # the plain ones share what is left with the traps, at 1 to 10 as synthesised
    by_situation = balance_rows(rows, 120, 1.0, seed=0, by="situation", boost={"offer->accept": 4})
    assert sum(row_noted_situation(r) == "offer->accept" for r in by_situation) > 20  # one group: both lifted
    with pytest.raises(DataError, match="sft_boost"):
        balance_rows(rows, 120, 1.0, seed=0, by="noted_situation", boost={"offer->accept (plain)": 4})


def test_grpo_stop_focus_draws_the_stop_decisions_and_the_turns_before_them():
    from userlm.recipe.pipeline import stop_focus_rows

    rows = [{"conversation": f"c{c}", "turn_index": t, "goal_met": t == 7 and c % 2 == 0, "limit_hit": t == 5 and c % 2 == 1}
            for c in range(20) for t in range(8 if c % 2 == 0 else 6)]  # fmt: skip
    ends = {(r["conversation"], r["turn_index"]) for r in rows if r["goal_met"] or r["limit_hit"]}
    near = ends | {(c, t - 1) for c, t in ends}
    chosen = stop_focus_rows(rows, 20, 0.75, seed=3)
    assert len(chosen) == 20 and sum((r["conversation"], r["turn_index"]) in near for r in chosen) == 15
    assert chosen == stop_focus_rows(list(reversed(rows)), 20, 0.75, seed=3)  # seeded, whatever the order
    assert stop_focus_rows(rows, 20, 0.75, seed=4) != chosen


def test_prefix_shared_sft_draws_whole_conversations_and_repeats_boosted_turns():
    from userlm.recipe.pipeline import conversation_rows

    rows = [{"conversation": f"c{c}", "turn_index": t, "agent_move": "resolve" if t == 3 else "ask_known",
             "completion": [{"reasoning_content": "Action: accept" if t == 3 else "Action: answer"}]}
            for c in range(10) for t in range(4)]  # fmt: skip
    chosen = conversation_rows(rows, 10, seed=1)
    counts = Counter(r["conversation"] for r in chosen)
    assert len(counts) == 3 and set(counts.values()) == {4}  # whole conversations until 10 turns are reached
    assert chosen == conversation_rows(list(reversed(rows)), 10, seed=1) != conversation_rows(rows, 10, seed=2)
    boosted = conversation_rows(rows, 40, seed=1, boost={"resolve->accept": 2.5})
    assert 20 < sum(row_situation(r) == "resolve->accept" for r in boosted) < 30  # 2 or 3 copies of each of 10
    with pytest.raises(DataError, match="sft_boost"):
        conversation_rows(rows, 10, seed=1, boost={"refuse->escalate": 2})


def test_prefix_shared_sft_boosts_the_groups_of_sft_balance_by():
    from userlm.recipe.pipeline import conversation_rows, row_noted_situation

    rows = [{"conversation": f"c{c}", "turn_index": t, "agent_move": "offer" if t == 1 else "ask_known",
             "prompt": [{"role": "user", "content": "I can do $95." + ("\n[$95 vs your limit $100: within it]"
                                                                     if t == 1 and c % 2 else "")}],
             "completion": [{"reasoning_content": "Action: accept" if t == 1 else "Action: answer"}]}
            for c in range(10) for t in range(2)]  # fmt: skip
    boosted = conversation_rows(rows, 20, seed=0, boost={"offer->accept (noted)": 3}, by="noted_situation")
    count = lambda name: sum(row_noted_situation(r) == name for r in boosted)  # noqa: E731
    assert (count("offer->accept (noted)"), count("offer->accept"), count("ask_known->answer")) == (15, 5, 10)
    by_action = conversation_rows(rows, 20, seed=0, boost={"accept": 2}, by="action")
    assert sum(row_action(r) == "accept" for r in by_action) == 20
    with pytest.raises(DataError, match=r"sft_boost: .*by situation"):  # a noted name needs by noted_situation
        conversation_rows(rows, 20, seed=0, boost={"offer->accept (noted)": 3})


def test_the_recipe_trains_sft_on_prefix_shared_conversations(tmp_path, tiny_model_dir):
    out = tmp_path / "run"
    argv = ["train", "simulator", "--model", tiny_model_dir, "--quick", "--out", str(out), "--system-prompt", "compact",
            "--sft-share-prefixes", "true", "--sft-turns", "5", "--sft-batch-size", "1", "--stage", "profiles",
            "--stage", "synth", "--stage", "sft"]  # fmt: skip
    assert main(argv) == 0
    done = json.loads((out / "sft" / ".done.json").read_text())
    rows = [json.loads(x) for x in (out / "sft" / "rows.jsonl").read_text().splitlines()]
    conversations = {r["conversation"] for r in rows}
    assert done["rows"] == len(rows) >= 5
    stats = json.loads((out / "sft" / "prefix_share.json").read_text())
    assert stats["rows"] == len(rows) and stats["sequences"] == len(conversations) < len(rows)
    metrics = [json.loads(x) for x in (out / "sft" / "metrics.jsonl").read_text().splitlines()]
    assert max(m.get("step", 0) for m in metrics) == len(conversations)  # one epoch, a sequence a step


def test_sft_boost_reads_json_from_the_command_line_and_refuses_negative_weights():
    from userlm.core.config import load_config

    cfg = load_config(RecipeConfig, None, ["--sft-boost", '{"resolve->accept": 3}'])
    assert cfg.sft_boost == {"resolve->accept": 3.0}
    with pytest.raises(DataError, match="sft_boost"):
        load_config(RecipeConfig, None, ["--sft-boost", '{"resolve->accept": -1}'])


def test_the_rules_mix_is_the_full_mix_without_its_learned_reward_model():
    import yaml

    from userlm.core.resources import find_data

    full, rules = (yaml.safe_load(find_data("rewards", name).read_text()) for name in ("mix.yaml", "mix_rules.yaml"))
    assert rules["gate"] == full["gate"]
    assert rules["rewards"] == [r for r in full["rewards"] if not r["name"].startswith("learned:")] != full["rewards"]


def test_quick_shrinks_the_config_files_sizes_and_the_command_lines_win(tmp_path):
    (tmp_path / "big.yaml").write_text("profiles: 40\nconversations: 480\n")
    for extra, profiles in (([], 8), (["--profiles", "12"], 12)):
        out = tmp_path / f"run{profiles}"
        argv = ["train", "simulator", "--config", str(tmp_path / "big.yaml"), "--quick", "--out", str(out), "--stage", "profiles"]
        assert main(argv + extra) == 0
        done = json.loads((out / "profiles" / ".done.json").read_text())
        assert done["train"] + done["test"] == profiles


def test_the_recipe_refuses_a_missing_reward_mix_before_any_stage_runs(tmp_path, capsys):
    out = tmp_path / "run"
    assert main(["train", "simulator", "--quick", "--out", str(out), "--reward-mix", "no_such_mix.yaml"]) == 2
    assert "reward_mix: no reward mix" in capsys.readouterr().err and not out.exists()


@pytest.mark.slow
def test_the_recipe_trains_packages_and_loads_by_name(tmp_path, tiny_model_dir, monkeypatch):
    import userlm.core.shipped as shipped
    from userlm.core.models import resolve_model

    monkeypatch.setenv("USERLM_CACHE", str(tmp_path / "cache"))
    argv = ["train", "simulator", "--model", tiny_model_dir, "--quick", "--out", str(tmp_path / "run"),
            "--package-dir", str(tmp_path / "sims"), "--name", "tiny-sim", "--system-prompt", "compact", "--sft-balance", "0.5",
            "--grpo-stop-share", "1", "--eval-seeds", "2", "--reward-mix", "mix_rules.yaml"]  # fmt: skip
    assert main(argv) == 0
    folder = tmp_path / "sims" / "tiny-sim"
    info = json.loads((folder / "userlm.json").read_text())
    assert info["base"] == tiny_model_dir and info["reasoning_simulator"] is True
    card = (folder / "README.md").read_text()
    assert "| base |" in card and "| grpo |" in card and "termination F1" in card
    from userlm.core.stages import source_revision

    assert f"Code: userlm {source_revision()}" in card  # the code it was built from, to rebuild the same adapter
    done = {s: json.loads((tmp_path / "run" / s / ".done.json").read_text()) for s in ("sft", "grpo", "eval")}
    assert done["sft"]["rows"] == 4 == sum(done["sft"]["actions"].values())  # --quick: 2 steps of 2 rows
    assert done["grpo"]["adapter"].endswith("grpo") and done["eval"]["trained"] == "grpo"
    for stage in ("sft", "grpo"):  # the merged folders the eval loads name the template, as the package does
        merged = json.loads((tmp_path / "run" / "eval" / "merged" / stage / "userlm.json").read_text())
        assert merged["template"] == info["template"] == "simulator_compact"
    assert done["grpo"]["reward_mix"].endswith("mix_rules.yaml") and "`rewards/mix_rules.yaml`" in card
    grpo_metrics = (tmp_path / "run" / "grpo" / "metrics.jsonl").read_text()
    assert "rewards/termination/mean" in grpo_metrics and "learned" not in grpo_metrics  # the rules alone
    evaluated = json.loads((tmp_path / "run" / "eval" / "simulator" / "results.json").read_text())
    assert all(r["seeds"] == [0, 1] for r in evaluated.values())  # --eval-seeds 2: seeds 0 and 1, pooled
    assert len((tmp_path / "run" / "grpo" / "prompts.jsonl").read_text().splitlines()) == 1  # one step, one prompt
    # one adapter on the base: GRPO trained SFT's adapter on (a fresh LoRA starts with lora_B all zero)
    from safetensors.torch import load_file

    sft, grpo = (load_file(Path(done[s]["adapter"]) / "adapter_model.safetensors") for s in ("sft", "grpo"))
    assert set(sft) == set(grpo)
    assert all(grpo[k].abs().sum() > 0 for k in grpo if "lora_B" in k)
    monkeypatch.setattr(shipped, "shipped_root", lambda: tmp_path / "sims")
    assert Path(resolve_model("tiny-sim"), "config.json").exists()
    assert main(argv) == 0  # a rerun reuses every finished stage
