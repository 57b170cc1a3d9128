"""The demo pipeline end to end on the tiny model: every stage runs, leaves its outputs, and a rerun reuses them."""

import json

from userlm.cli import main


def test_demo_end_to_end_on_tiny_model(tmp_path, tiny_model_dir):
    out = tmp_path / "demo"
    assert main(["demo", "--model", tiny_model_dir, "--quick", "--out", str(out)]) == 0
    for stage in ("profiles", "synth", "sft", "grpo", "eval", "serve", "report"):
        assert (out / stage / ".done.json").exists(), stage
    assert (out / "grpo" / "merged" / "config.json").exists()
    metrics = json.loads((out / "eval" / "results.json").read_text())
    assert set(metrics) == {"base", "trained", "policy"}
    serve = json.loads((out / "serve" / "summary.json").read_text())
    assert serve["summary"]["conversations"] == 2 and serve["summary"]["failures"] == 0
    report = (out / "report" / "README.md").read_text()
    assert "Simulators side by side" in report and (out / "report" / "eval_chart.png").exists()
    rewards = json.loads((out / "eval" / "rewards" / "results.json").read_text())
    assert list(rewards["models"]) == ["base", "sft", "grpo"] and rewards["settings"]["n"] == 2
    assert "Reward mix on held-out prompts" in report and (out / "report" / "rewards_chart.png").exists()

    # A rerun reuses every finished stage; --stage --force redoes only that one.
    before = {s: (out / s / ".done.json").stat().st_mtime_ns for s in ("sft", "eval")}
    assert (
        main(["demo", "--model", tiny_model_dir, "--quick", "--out", str(out), "--stage", "eval", "--force"])
        == 0
    )
    assert (out / "sft" / ".done.json").stat().st_mtime_ns == before["sft"]
    assert (out / "eval" / ".done.json").stat().st_mtime_ns != before["eval"]


def test_demo_stage_needs_its_inputs(tmp_path, tiny_model_dir, capsys):
    code = main(["demo", "--model", tiny_model_dir, "--out", str(tmp_path / "d"), "--stage", "sft"])
    assert code == 2
    assert "stage 'synth' has not run yet" in capsys.readouterr().err
