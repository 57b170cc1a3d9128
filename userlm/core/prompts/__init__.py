"""Prompt templates live as Jinja files in this folder; this module only renders them."""

from __future__ import annotations

from functools import cache
from pathlib import Path

PROMPT_DIR = Path(__file__).parent
# The simulator-mode prompts: full, compact, and each with the state values carried from the turn before
# An ``_offers`` variant also reads every price the agent names against the user's limit, in a note under the
# agent's message (``userlm.core.offer_notes``), for a model trained on those notes.
SIMULATOR_TEMPLATES = (
    "simulator_system", "simulator_compact", "simulator_system_state", "simulator_compact_state",
    "simulator_system_offers", "simulator_compact_offers", "simulator_system_state_offers",
    "simulator_compact_state_offers",
)  # fmt: skip


def has_offer_notes(template: str) -> bool:
    """Whether prompts rendered with ``template`` come with offer notes under the agent's messages."""
    return template.endswith("_offers")


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
