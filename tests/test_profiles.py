"""Profiles: libraries (errors with file/line/field), the seeded generator, dataset export, validate, CLI."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from userlm.cli import main
from userlm.core.io import DataError
from userlm.core.profile_store import load_profiles
from userlm.core.resources import bundled_dir
from userlm.profiles.dataset import export_dataset, split_profiles, validate_file
from userlm.profiles.generate import diversity_summary, generate
from userlm.profiles.library import load_library


@pytest.fixture(scope="module")
def lib():
    return load_library()


@pytest.fixture()
def libdir(tmp_path) -> Path:
    d = tmp_path / "lib"
    d.mkdir()
    for name in ("roles.yaml", "scenarios.yaml", "behaviours.yaml"):
        shutil.copy(bundled_dir("profiles") / name, d / name)
    return d


def test_library_sizes(lib):
    assert len(lib.scenarios) >= 8 and len(lib.roles.locales) >= 3
    assert {b.name for b in lib.behaviours.behaviours} >= {
        "nonexistent_service",
        "tangential_chatter",
        "impatience",
        "incomplete_messages",
    }


@pytest.mark.parametrize(
    "file,old,new,line_has,field",
    [
        (
            "scenarios.yaml",
            "    weight: 3\n    min_age: 16\n",
            "    weight: 3\n    min_age: 16\n    colour: red\n",
            "colour",
            "scenarios.0.colour",
        ),
        (
            "roles.yaml",
            "{name: student, min_age: 18, max_age: 30",
            "{name: student, min_age: 40, max_age: 30",
            "student",
            "occupations.0",
        ),
        (
            "behaviours.yaml",
            "strength: [0.3, 0.9]",
            "strength: [0.3, 1.9]",
            "strength",
            "behaviours.0.strength",
        ),
        (
            "scenarios.yaml",
            "Order number #{order}.",
            "Order number #{orderr}.",
            "orderr",
            "retail_refund.known_info",
        ),
    ],
)
def test_library_errors_name_file_line_field(libdir, file, old, new, line_has, field):
    path = libdir / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DataError) as e:
        load_library(libdir)
    err = e.value
    assert Path(err.file).name == file and err.field.startswith(field)
    assert line_has in path.read_text(encoding="utf-8").splitlines()[err.line - 1]


def test_library_bad_yaml_syntax(libdir):
    (libdir / "behaviours.yaml").write_text("behaviours:\n  - name: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataError, match="invalid YAML") as e:
        load_library(libdir)
    assert e.value.line is not None


def test_generate_deterministic_and_independent_of_n(lib):
    a = [p.model_dump_json() for p in generate(lib, 40, seed=7)]
    b = [p.model_dump_json() for p in generate(lib, 60, seed=7)]
    c = [p.model_dump_json() for p in generate(lib, 40, seed=8)]
    assert a == b[:40] and a != c
    assert len({json.loads(x)["id"] for x in b}) == 60


def test_generate_compatibility_rules(lib):
    occ = {o.name: o for o in lib.roles.occupations}
    items = {(s.id, it.name): it for s in lib.scenarios for it in s.items}
    for p in generate(lib, 400, seed=3):
        o, s = occ[p.role.occupation], lib.scenario(p.goal.scenario)
        assert o.min_age <= p.role.age <= o.max_age and p.role.age >= s.min_age
        item = items[(s.id, p.goal.item)]
        if o.income == "low":
            assert item.tier != "premium"
        fx = lib.roles.locales[p.role.locale].fx
        for h in p.goal.hard_limits:
            if h.kind in ("max_price", "min_price"):
                assert isinstance(h.value, float) and h.unit == lib.roles.locales[p.role.locale].currency
                assert 0 < h.value <= item.price[1] * fx * 1.1
        g = p.goal
        assert g.max_price() is not None or g.min_price() is not None
        assert g.decision_policy and g.success_criteria and g.hidden_info and g.primary_concerns
        assert not re.search(r"\{[a-z_]+\}", json.dumps(p.model_dump(mode="json")))  # placeholders filled
        assert len(g.behaviours) >= (2 if g.cooperativeness < 0.3 else 0)


def test_diversity_summary(lib):
    s = diversity_summary(generate(lib, 200, seed=0))
    assert (
        s["profiles"] == 200
        and s["distinct_role_scenario"] > 50
        and len(s["scenarios"]) == len(lib.scenarios)
    )


def test_cli_generate_identical_dataset_loads(tmp_path, capsys):
    import datasets

    from userlm.core.profile import UserProfile

    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert (
        main(
            [
                "profiles",
                "generate",
                "--n",
                "50",
                "--seed",
                "4",
                "--out",
                str(a),
                "--dataset",
                str(tmp_path / "ds"),
                "--quiet",
            ]
        )
        == 0
    )
    assert main(["profiles", "generate", "--n", "50", "--seed", "4", "--out", str(b), "--quiet"]) == 0
    assert a.read_bytes() == b.read_bytes()
    assert "distinct_role_scenario" in capsys.readouterr().out
    rows = [json.loads(x) for x in a.read_text(encoding="utf-8").splitlines()]
    assert len({(tuple(r), tuple(r["role"]), tuple(r["goal"]), tuple(r["source"])) for r in rows}) == 1
    ds = datasets.load_dataset(str(tmp_path / "ds"))
    assert ds["train"].num_rows + ds["test"].num_rows == 50
    flat = datasets.load_dataset("json", data_files=str(a), split="train")
    p = UserProfile.model_validate(flat[0])
    assert p.goal.hard_limits[0].value == rows[0]["goal"]["hard_limits"][0]["value"]
    card = (tmp_path / "ds" / "README.md").read_text(encoding="utf-8")
    assert card.startswith("---\n") and "configs:" in card and "pretty_name:" in card


def test_split_stratified_and_seeded(lib):
    ps = generate(lib, 100, seed=1)
    train, test = split_profiles(ps, 0.2, seed=0)
    assert len(train) + len(test) == 100 and {p.goal.domain for p in test} == {p.goal.domain for p in ps}
    assert [p.id for p in split_profiles(ps, 0.2, seed=0)[1]] == [p.id for p in test]


def test_export_is_atomic_on_failure(tmp_path, lib, monkeypatch):
    import userlm.profiles.dataset as dsmod

    out = tmp_path / "bad.jsonl"
    assert main(["profiles", "generate", "--n", "5", "--scenario", "nope", "--out", str(out), "--quiet"]) == 2
    monkeypatch.setattr(dsmod, "_card", lambda *a: (_ for _ in ()).throw(RuntimeError("boom")))
    with pytest.raises(RuntimeError):
        export_dataset(generate(lib, 5, seed=0), tmp_path / "ds")
    assert not out.exists() and not (tmp_path / "ds").exists() and not list(tmp_path.rglob("*.tmp"))


def test_validate_reports_every_bad_row(tmp_path, capsys):
    good = (bundled_dir("profiles") / "examples.jsonl").read_text(encoding="utf-8").splitlines()
    row = json.loads(good[0])
    bad1 = json.loads(good[1])
    bad1["role"]["age"] = 7
    bad2 = json.loads(good[2])
    bad2["goal"]["colour"] = "red"
    bad3 = json.loads(good[0])
    bad3["id"] = "x"
    bad3["goal"]["hard_limits"][0]["value"] = "cheap"
    lines = [
        json.dumps(row),
        json.dumps(bad1),
        "{not json",
        json.dumps(bad2),
        json.dumps(row),
        json.dumps(bad3),
    ]
    f = tmp_path / "p.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n, problems = validate_file(f)
    assert n == 6
    text = "\n".join(problems)
    assert f"{f}:2: role.age" in text and f"{f}:3: invalid JSON" in text and f"{f}:4: goal.colour" in text
    assert f"{f}:5: id: duplicate" in text and f"{f}:6: goal.hard_limits.0.value" in text
    assert main(["profiles", "validate", str(f)]) == 1
    assert main(["profiles", "validate", str(bundled_dir("profiles") / "examples.jsonl")]) == 0


def test_show_renders_prompt(tmp_path, capsys, lib):
    from userlm.core.profile_store import save_profiles

    ps = generate(lib, 3, seed=2)
    f = tmp_path / "p.jsonl"
    save_profiles(f, ps)
    assert main(["profiles", "show", str(f), ps[1].id]) == 0
    out = capsys.readouterr().out
    assert ps[1].role.name in out and "Hard limits" in out
    assert main(["profiles", "show", str(f), "nope"]) == 2
    assert load_profiles(f)[2] == ps[2]
