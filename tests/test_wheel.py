"""The built wheel works outside the checkout: a fresh venv, the wheel and its declared dependencies, and the
main commands run from a temporary folder with no profiles/, rewards/, training/ or serving/ beside them.

This is the install a user makes (``pip install userlm-*.whl``); it catches data files missing from the
wheel, a dependency left out of pyproject.toml, and code that reads files relative to the checkout.
Slow (a venv and a pip install, about 2 minutes with a warm pip cache), so it runs once per CI run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TORCH = os.environ.get("USERLM_TORCH_SPEC", "torch==2.13.0")  # the CPU wheel, as the Makefile installs it


def _run(cmd: list[str], cwd: Path, timeout: int = 900, env: dict | None = None) -> str:
    out = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)
    assert out.returncode == 0, f"{' '.join(map(str, cmd))} failed ({out.returncode}):\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}"
    return out.stdout


@pytest.mark.slow
def test_the_wheel_installs_and_runs_outside_the_checkout(tmp_path):
    dist, venv, work = tmp_path / "dist", tmp_path / "venv", tmp_path / "work"
    work.mkdir()
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(dist), str(ROOT)], ROOT)
    wheel = next(dist.glob("userlm-*.whl"))
    _run([sys.executable, "-m", "venv", str(venv)], tmp_path)
    py, userlm = venv / "bin" / "python", venv / "bin" / "userlm"
    _run([str(py), "-m", "pip", "install", "-q", TORCH, str(wheel)], tmp_path, timeout=1800)
    env = {**os.environ, "USERLM_CACHE": str(tmp_path / "cache")}
    env.pop("PYTHONPATH", None)

    where = _run([str(py), "-c", "import userlm, userlm.core.resources as r; print(userlm.__file__, r.bundled_dir('rewards'))"], work, env=env)
    assert str(ROOT) not in where and "site-packages" in where  # the wheel, not the checkout

    _run([str(userlm), "profiles", "generate", "--n", "6", "--seed", "0", "--out", "p.jsonl"], work, env=env)
    assert len((work / "p.jsonl").read_text().splitlines()) == 6
    assert "--max-batch-size" in _run([str(userlm), "serve", "--help"], work, env=env)
    mix = _run([str(py), "-c", "from userlm.rewards import load_mix; print(load_mix().names)"], work, env=env)
    assert "format" in mix
    # the trained simulator ships inside the wheel: its adapter, card and userlm.json, listed by name
    shipped = _run([str(py), "-c", "from userlm.core.shipped import shipped_names, shipped_root as r; "
                    "n = shipped_names(); print(n, [(r() / x / 'adapter_model.safetensors').stat().st_size for x in n])"],
                   work, env=env)  # fmt: skip
    assert "smollm2-135m-userlm" in shipped, shipped
    # and so does the reward model of the default mix; without the embedded base (not in this venv) its
    # component warns and does not apply, and the demo below still trains with the rules
    rm = _run([str(py), "-c", "from userlm.rewards.learned import shipped_reward_models; print(shipped_reward_models())"],
              work, env=env)  # fmt: skip
    assert "smollm2-135m-userlm-reward" in rm and "learned:user_turn" in mix, (rm, mix)

    _run([str(py), "-m", "userlm.core.tiny", str(tmp_path / "tiny")], work, env=env)
    _run([str(userlm), "demo", "--model", str(tmp_path / "tiny"), "--quick", "--out", "demo"], work, timeout=900, env=env)
    assert (work / "demo" / "report" / "README.md").exists()

    # userlm init copies the bundled folders; a command run there reads the edited copy.
    _run([str(userlm), "init", "--only", "rewards"], work, env=env)
    mix_file = work / "rewards" / "mix.yaml"
    mix_file.write_text("rewards:\n  - name: format\n")
    assert "['format']" in _run([str(py), "-c", "from userlm.rewards import load_mix; print(load_mix().names)"], work, env=env)
