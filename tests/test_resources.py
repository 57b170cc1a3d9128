"""The editable folders: lookup order (explicit path, ./folder, bundled) and ``userlm init``."""

from __future__ import annotations

import pytest

from userlm.cli import main
from userlm.core.resources import EDITABLE_FOLDERS, bundled_dir, copy_defaults, find_data


def test_every_editable_folder_is_bundled():
    for folder in EDITABLE_FOLDERS:
        assert any(bundled_dir(folder).iterdir()), folder
    assert (bundled_dir("rewards") / "mix.yaml").exists() and (bundled_dir("profiles") / "examples.jsonl").exists()


def test_lookup_order_explicit_then_cwd_then_bundled(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert find_data("rewards", "mix.yaml") == bundled_dir("rewards") / "mix.yaml"
    (tmp_path / "rewards").mkdir()
    (tmp_path / "rewards" / "mix.yaml").write_text("rewards: [format]\n")
    assert find_data("rewards", "mix.yaml") == tmp_path / "rewards" / "mix.yaml"
    # a file the local folder lacks still comes from the bundle: a partial copy is fine
    assert find_data("rewards", "traps.yaml") == bundled_dir("rewards") / "traps.yaml"
    assert str(find_data("rewards", "mix.yaml", "other.yaml")) == "other.yaml"
    with pytest.raises(ValueError, match="unknown editable folder"):
        find_data("secrets", "x")


def test_a_local_copy_is_what_the_loaders_read(tmp_path, monkeypatch):
    from userlm.rewards import load_mix

    monkeypatch.chdir(tmp_path)
    assert len(load_mix().names) > 1
    (tmp_path / "rewards").mkdir()
    (tmp_path / "rewards" / "mix.yaml").write_text("rewards:\n  - name: format\n    weight: 2\n")
    mix = load_mix()
    assert (mix.names, mix.weights, mix.source) == (["format"], [2.0], str(tmp_path / "rewards" / "mix.yaml"))


def test_init_copies_and_keeps_edits(tmp_path, capsys):
    assert main(["init", str(tmp_path), "--only", "rewards", "--only", "serving"]) == 0
    assert (tmp_path / "rewards" / "traps.yaml").exists() and (tmp_path / "serving" / "server.yaml").exists()
    assert not (tmp_path / "profiles").exists()
    assert not list(tmp_path.rglob("__init__.py"))
    edited = tmp_path / "rewards" / "mix.yaml"
    edited.write_text("edited\n")
    assert copy_defaults(tmp_path, ("rewards",)) == []  # a rerun keeps the user's edits
    assert edited.read_text() == "edited\n"
    assert edited in copy_defaults(tmp_path, ("rewards",), force=True)
    assert edited.read_text() != "edited\n"
