"""Docstring examples stay honest: every ``from userlm... import ...`` line in a docstring imports.

``pytest --doctest-modules userlm`` runs the ``>>>`` examples; the plain code blocks (examples that need a
model, a network or a GPU) never run, so this test at least checks that the names they import exist.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

import userlm

PACKAGE = Path(userlm.__file__).parent
# An import line of an example, with or without a doctest prompt: "from userlm.x import a, b",
# ">>> from userlm.x import (a,", "import userlm.x as y". A "; more code" tail is allowed.
_IMPORT_RE = re.compile(r"^\s*(?:(?:>>>|\.\.\.)\s+)?((?:from|import)\s+userlm\b.*)$")
_PROMPT_RE = re.compile(r"^\s*(?:(?:>>>|\.\.\.)\s?)?")


def _docstrings(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    for node in [tree, *ast.walk(tree)]:
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            doc = ast.get_docstring(node, clean=False)
            if doc:
                yield node, doc


def _statement(lines: list[str], i: int) -> str:
    """The import starting on line ``i``, joined over the lines of a parenthesised name list."""
    text = _IMPORT_RE.match(lines[i]).group(1)
    j = i
    while "(" in text and ")" not in text and j + 1 < len(lines):
        j += 1
        text += " " + _PROMPT_RE.sub("", lines[j], count=1).strip()
    return text


def _imports(source: str) -> list[ast.Import | ast.ImportFrom]:
    """The userlm imports of one example line; only the part before a ``;`` when the rest is not Python."""
    for candidate in (source, source.split(";", 1)[0]):
        try:
            tree = ast.parse(candidate.strip())
        except SyntaxError:
            continue
        return [n for n in tree.body if isinstance(n, (ast.Import, ast.ImportFrom))]
    raise AssertionError(f"not a Python import: {source!r}")


def _import_lines(doc: str) -> list[str]:
    lines = doc.splitlines()
    return [_statement(lines, i) for i, line in enumerate(lines) if _IMPORT_RE.match(line)]


def collect() -> list[tuple[str, str]]:
    found = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).as_posix()
        for node, doc in _docstrings(path):
            for source in _import_lines(doc):
                found.add((f"{rel}:{getattr(node, 'name', '<module>')}", source))
    return sorted(found)


EXAMPLES = collect()


def test_collector_reads_every_kind_of_example():
    doc = """Text that mentions userlm but imports nothing.

        from userlm.core.turn import parse_turn, STOP
        import userlm.rewards.format as fmt
        from userlm.profiles.generate import generate; profiles = generate(load_library(), n=10)

    >>> from userlm.core.turn import (
    ...     format_turn,
    ...     RationaleParts)
    """
    assert _import_lines(doc) == [
        "from userlm.core.turn import parse_turn, STOP",
        "import userlm.rewards.format as fmt",
        "from userlm.profiles.generate import generate; profiles = generate(load_library(), n=10)",
        "from userlm.core.turn import ( format_turn, RationaleParts)",
    ]
    assert [len(_imports(s)) for s in _import_lines(doc)] == [1, 1, 1, 1]
    assert (
        len(EXAMPLES) > 10
        and ("userlm/rewards/format.py:<module>", "from userlm.rewards.format import format_reward")
        in EXAMPLES
    )


@pytest.mark.parametrize("where,source", EXAMPLES, ids=[f"{w}:{s}" for w, s in EXAMPLES])
def test_docstring_import_names_exist(where, source):
    imports = _imports(source)
    assert imports, f"{where}: no import in {source!r}"
    for node in imports:
        if isinstance(node, ast.Import):
            for alias in node.names:
                importlib.import_module(alias.name)
            continue
        module = importlib.import_module(node.module)
        for alias in node.names:
            if hasattr(module, alias.name):
                continue
            try:  # a submodule: "from userlm.rewards import format"
                importlib.import_module(f"{node.module}.{alias.name}")
            except ModuleNotFoundError:
                pytest.fail(f"{where}: {source!r} imports {alias.name!r}, which {node.module} does not have")


def test_a_missing_name_fails():
    # the example hf.py once showed: TransformersBackend lives in userlm.core.backends.hf, not the package
    with pytest.raises(pytest.fail.Exception, match="TransformersBackend"):
        test_docstring_import_names_exist(
            "x", "from userlm.core.backends import SamplingParams, TransformersBackend"
        )
    with pytest.raises(ModuleNotFoundError):
        test_docstring_import_names_exist("x", "from userlm.core.nothing_here import x")
