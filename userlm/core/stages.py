"""Resumable multi-stage jobs (``userlm demo``, ``userlm train simulator``): one folder and marker per stage.

    class MyJob(StagedRun):
        command = "userlm myjob"
        def stage_first(self) -> dict: ...
    MyJob(cfg).run(["first", "second"])     # cfg needs an ``out`` folder

A stage's ``.done.json`` is written (atomically) only after the stage finished, so a killed run resumes at
the stage it was in.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from userlm.core.io import DataError, write_json


def source_revision() -> str:
    """The userlm code a stage ran: ``0.1.0`` plus the git commit of the checkout it was imported from, with
    ``+dirty`` for uncommitted changes (``"0.1.0 abc1234+dirty"``); the version alone outside a git checkout.

    >>> source_revision().split()[0] == __import__("userlm").__version__
    True
    """
    import subprocess

    import userlm

    root = Path(userlm.__file__).resolve().parent.parent
    try:
        run = lambda *a: subprocess.run(["git", "-C", str(root), *a], capture_output=True, text=True, timeout=10)  # noqa: E731
        head = run("rev-parse", "--short", "HEAD")
        if head.returncode != 0 or not (root / ".git").exists():
            return userlm.__version__
        dirty = run("status", "--porcelain", "--untracked-files=no").stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return userlm.__version__
    return f"{userlm.__version__} {head.stdout.strip()}{'+dirty' if dirty else ''}"


def saved_model(output_dir: Path) -> Path:
    """The loadable model a training run left: its merged LoRA folder, or the folder itself (full fine-tuning)."""
    merged = output_dir / "merged"
    return merged if (merged / "config.json").exists() else output_dir


class StagedRun:
    """Stages run in order, each writing ``OUT/<stage>/`` and a ``.done.json`` marker with what it made;
    a rerun reuses finished stages, ``force`` redoes the ones asked for. Subclasses define ``stage_<name>``
    methods and ``command`` (how a user reruns one stage)."""

    command = "userlm"

    def __init__(self, cfg, console=None):
        from rich.console import Console

        self.cfg, self.out = cfg, Path(cfg.out)
        self.console = console or Console()
        # read once, when the process starts: a commit made while a long run goes on is not the code it imported
        self.revision = source_revision()

    def path(self, stage: str, *parts: str) -> Path:
        return self.out.joinpath(stage, *parts)

    def done(self, stage: str) -> dict | None:
        marker = self.path(stage, ".done.json")
        return json.loads(marker.read_text()) if marker.exists() else None

    def require(self, stage: str) -> dict:
        info = self.done(stage)
        if info is None:
            raise DataError(
                f"stage '{stage}' has not run yet in {self.out}: run `{self.command} --stage {stage}` first"
            )
        return info

    def run(self, stages: list[str], force: bool = False) -> dict:
        summary = {}
        for stage in stages:
            if self.done(stage) and not force:
                self.console.print(f"[green]✓[/green] {stage}: done earlier, reused ({self.path(stage)})")
                summary[stage] = self.done(stage)
                continue
            if force and self.path(stage).exists():
                shutil.rmtree(self.path(stage))
            self.console.rule(f"[bold]{stage}")
            start = time.perf_counter()
            info = getattr(self, f"stage_{stage}")()
            info["seconds"] = round(time.perf_counter() - start, 1)
            info["revision"] = self.revision  # a resumed run may mix code: each stage says what it ran
            write_json(self.path(stage, ".done.json"), info)
            self.console.print(f"[green]✓[/green] {stage} in {info['seconds']} s")
            summary[stage] = info
        return summary
