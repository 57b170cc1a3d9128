"""The CLI starts without the heavy libraries: ``userlm --help`` must answer at once."""

from __future__ import annotations

import subprocess
import sys


def test_help_imports_no_heavy_library():
    code = (
        "import sys, userlm.cli as c; c.build_parser(); "
        "print(sorted(m for m in ('torch', 'transformers', 'trl', 'pydantic', 'fastapi') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_settings_are_listed_when_help_is_asked(capsys):
    import pytest

    from userlm.cli import main

    for argv, field in ((["serve", "--help"], "--max-batch-size"), (["demo", "--help"], "--sft-steps"),
                        (["train", "simulator", "--help"], "--held-out-domains")):  # fmt: skip
        with pytest.raises(SystemExit):
            main(argv)
        assert field in capsys.readouterr().out
