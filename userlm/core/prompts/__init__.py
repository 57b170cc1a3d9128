"""Prompt templates live as Jinja files in this folder; this module only renders them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

PROMPT_DIR = Path(__file__).parent
# The simulator-mode prompts: full, compact, and each with the state values carried from the turn before
SIMULATOR_TEMPLATES = ("simulator_system", "simulator_compact", "simulator_system_state", "simulator_compact_state")


@cache
def _environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(PROMPT_DIR)),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["with_article"] = with_article
    return env


def with_article(noun: str) -> str:
    """``noun`` after its indefinite article, by its first letter (templates: ``{{ g.domain | with_article }}``).

    >>> with_article("airline"), with_article("retail")
    ('an airline', 'a retail')
    """
    return f"{'an' if noun[:1].lower() in ('a', 'e', 'i', 'o', 'u') else 'a'} {noun}"


def render_template(name: str, **context) -> str:
    """Render ``prompts/<name>.md.jinja`` with ``context``; the result has no trailing blank lines."""
    template = _environment().get_template(f"{name}.md.jinja")
    return template.render(**context).strip() + "\n"


def read_text(name: str) -> str:
    """A prompt file used verbatim (no template variables)."""
    return (PROMPT_DIR / name).read_text(encoding="utf-8")


@cache
def plain_guidelines() -> tuple[str, ...]:
    """The wordings of the tau2-bench-style user guidelines (``plain_guidelines.yaml``)."""
    import yaml

    data = yaml.safe_load((PROMPT_DIR / "plain_guidelines.yaml").read_text(encoding="utf-8"))
    return tuple(str(x) for x in data)


def render_plain(profile, variant: int = 0, guidelines: str | None = None) -> str:
    """A tau2-bench-style system prompt for ``profile``: guidelines (one of our wordings, or a harness's own
    ``guidelines`` text, e.g. tau2's simulation_guidelines.md), then ``<scenario>...</scenario>``."""
    if guidelines is None:
        options = plain_guidelines()
        guidelines = options[variant % len(options)]
    return render_template("simulator_plain", profile=profile, guidelines=guidelines)
