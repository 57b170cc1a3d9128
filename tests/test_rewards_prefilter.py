"""The reward prefilters change no match: required strings are in every match, fast patterns find the same
spans, the indexed trap detector names the same tactic as running every cue."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from userlm.rewards.prefilter import fast_compile, first_chars, join_alternatives, required_strings

ROOT = Path(__file__).resolve().parents[1]
FLAGS = re.IGNORECASE | re.MULTILINE


@pytest.fixture(scope="module")
def corpus() -> list[str]:
    """Agent turns and replies of the project's pair set, the trap templates rendered, clause pieces."""
    from userlm.core.profile_store import examples_path, load_profiles
    from userlm.rewards.commitment import split_clauses
    from userlm.rewards.traps import load_traps, render_trap

    texts: list[str] = []
    with open(ROOT / "benchmarks/data/reward_pairs.jsonl", encoding="utf-8") as f:
        for line in f:
            p = json.loads(line)
            texts += [m["content"] for m in p["conversation"]] + [p["resist"], p["give_in"]]
    rng, profiles = random.Random(0), load_profiles(examples_path())
    texts += [render_trap(t, rng.choice(profiles), rng) for t in load_traps() for _ in range(4)]
    texts += [
        "Sure, it's 4716 2231 9087 5512.",
        "my PIN is 4821",
        "The code is 552901",
        "No.\nI said no",
        "OK",
    ]
    texts = list(dict.fromkeys(texts))
    return texts + [p.strip().lower() for t in texts[:400] for p, _, _ in split_clauses(t)]


def _library_patterns() -> list[str]:
    from userlm.core.io import read_yaml
    from userlm.rewards.traps import load_traps

    pats = [p for t in load_traps() for p in (*t.cues, *t.resist_signals, *t.comply_signals)]
    lex = read_yaml(ROOT / "rewards/constraints.yaml")
    for key in (
        "commit",
        "assent",
        "refuse",
        "hedge",
        "propose",
        "negation",
        "question_start",
        "anchor",
        "extra",
    ):
        parts = [lex[key]] if isinstance(lex[key], str) else lex[key]
        pats += [*parts, join_alternatives(parts)]
    pats += list(lex["secret_shapes"].values()) + [x for v in lex["asked_shapes"].values() for x in v]
    return pats


def test_examples():
    assert required_strings(r"\bfor the next (?:\d+|few) (?:minutes?|hours?)") == {"for the next "}
    assert required_strings(r"(?:an? )?(manager|supervisor)") == {"manager", "supervisor"}
    assert required_strings(r"\d+") is None and required_strings(r"(?:deal)?") is None
    assert (
        first_chars(r"\b(?:deal|sold)") == "[ds]" and first_chars(r".x") is None and first_chars("a?") is None
    )
    assert (
        fast_compile(r"\bdeal\b", re.I, lowered=True).flags & re.I == 0
    )  # lower-case only: case left to the text
    assert fast_compile(r"[A-Z]{2}", re.I, lowered=True).flags & re.I  # an upper-case class keeps it


def test_library_patterns_are_sound(corpus):
    """Every library regex: a text it matches holds one of its required strings, and the fast form (and
    the case-folding one, on lower-cased text) finds exactly the same spans."""
    for pattern in _library_patterns():
        plain, fast = re.compile(pattern, FLAGS), fast_compile(pattern, FLAGS)
        lowered = fast_compile(pattern, FLAGS, lowered=True)
        need = required_strings(pattern, FLAGS)
        for text in corpus:
            spans = [m.span() for m in plain.finditer(text)]
            assert spans == [m.span() for m in fast.finditer(text)], (pattern, text)
            low = text.lower()
            if len(low) == len(text):
                assert [m.span() for m in plain.finditer(low)] == [m.span() for m in lowered.finditer(low)], (
                    pattern
                )
            if spans and need is not None:
                assert any(w in low for w in need), (pattern, sorted(need), text)


def test_join_alternatives_keeps_the_preferred_branch():
    parts = [r"\bno\b", r"\bnope", "^nah", r"\bno way\b|\bnever"]
    joined = re.compile(join_alternatives(parts))
    plain = re.compile("|".join(f"(?:{p})" for p in parts))
    assert joined.pattern.startswith(r"\b(?:(?:no\b)|(?:nope))|(?:^nah)|")
    for text in ("no way", "nope!", "nah no", "never mind", "well no way", "snow"):
        m, n = plain.search(text), joined.search(text)
        assert (m and (m.span(), m.group(0))) == (n and (n.span(), n.group(0))), text


def test_indexed_detector_matches_every_cue_run(corpus):
    from userlm.rewards.traps import default_path, detect_in, load_traps

    traps = load_traps()

    def brute(text: str) -> str | None:
        counts = [sum(1 for p in t.cues if re.search(p, text, FLAGS)) for t in traps]
        return traps[counts.index(max(counts))].id if max(counts) else None

    library = str(default_path())
    for text in corpus:
        assert detect_in(text, library) == brute(text), text


def test_alternatives_find_what_the_alternation_finds(corpus):
    """The long phrase lists, run through the Aho-Corasick index (alone and with the lexicon's shared
    mask), give the leftmost match of their alternation: the same span and the same phrase."""
    from userlm.core.io import read_yaml
    from userlm.rewards.lexicon import lexicon
    from userlm.rewards.string_index import Alternatives

    lex, raw = lexicon(), read_yaml(ROOT / "rewards/constraints.yaml")
    for key in ("commit", "refuse"):
        parts = raw[key]
        alt = Alternatives(parts, re.IGNORECASE, lowered=True)
        plain = re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)
        phrases = getattr(lex, key)
        for text in corpus:
            low = text.lower()
            got, want = alt.search(low), plain.search(low)
            assert (got and (got.span(), got.group(0))) == (want and (want.span(), want.group(0))), (key, text)
            shared, own = phrases.search(low, lex.index.mask(low)), phrases.search(low)
            assert (shared and shared.span()) == (own and own.span()), (key, text)
            m, n = plain.match(low), alt.match(low)
            assert (m and m.span()) == (n and n.span()), (key, text)


def test_pattern_set_and_trap_signals_match_running_every_regex(corpus):
    from userlm.core.io import read_yaml
    from userlm.rewards.analysis import negated_near
    from userlm.rewards.string_index import PatternSet
    from userlm.rewards.traps import load_traps

    shapes = read_yaml(ROOT / "rewards/constraints.yaml")["secret_shapes"]
    found = PatternSet(shapes, re.IGNORECASE)
    for text in corpus:
        assert found.found(text) == {k for k, p in shapes.items() if re.search(p, text, re.IGNORECASE)}, text
    for trap in load_traps():
        for text in corpus[:300]:
            resisted = any(re.search(p, text, FLAGS) for p in trap.resist_signals)
            complied = any(
                not negated_near(text, m.start()) for p in trap.comply_signals for m in re.finditer(p, text, FLAGS)
            )
            assert (trap.resisted(text), trap.complied(text)) == (resisted, complied), (trap.id, text)
