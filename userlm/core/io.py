"""Files: atomic writes, JSONL with line numbers in every error, YAML (plain or into a pydantic model) with
file and line in every error."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any


class DataError(ValueError):
    """Bad input, with where it is: ``file:line: field: message``."""

    def __init__(
        self,
        message: str,
        file: str | os.PathLike | None = None,
        line: int | None = None,
        field: str | None = None,
    ):
        self.file, self.line, self.field, self.reason = file, line, field, message
        where = ":".join(str(x) for x in (file, line) if x is not None)
        super().__init__(f"{where + ': ' if where else ''}{field + ': ' if field else ''}{message}")


@contextmanager
def atomic_dir(target: str | os.PathLike) -> Iterator[Path]:
    """Fill a temporary folder beside ``target``; on success it becomes ``target`` (unless another process
    made ``target`` first, then it is dropped); on any error it is removed. A kill never leaves a
    half-written ``target``."""
    import shutil

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        yield tmp
        if target.exists():
            shutil.rmtree(tmp)
        else:
            os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


@contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8"):
    """Write to a temporary file beside ``path`` and rename it over ``path`` only on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding) as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_write(path) as f:
        f.write(text)


def write_json(path: str | os.PathLike, obj: Any) -> None:
    write_text(path, json.dumps(obj, indent=2, ensure_ascii=False) + "\n")


def write_jsonl(path: str | os.PathLike, rows: Iterable[dict]) -> int:
    n = 0
    with atomic_write(path) as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
            n += 1
    return n


def iter_jsonl(path: str | os.PathLike) -> Iterator[tuple[int, dict]]:
    """(line number, row) for each non-blank line; a bad line raises DataError naming it."""
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise DataError(f"invalid JSON ({e.msg} at column {e.colno})", path, i) from None
            if not isinstance(row, dict):
                raise DataError(f"expected a JSON object, got {type(row).__name__}", path, i)
            yield i, row


def read_yaml(path: str | os.PathLike) -> Any:
    """Load a YAML file; a syntax error raises DataError with its line."""
    import yaml

    try:
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except yaml.MarkedYAMLError as e:
        line = e.problem_mark.line + 1 if e.problem_mark else None
        raise DataError(f"invalid YAML: {e.problem}", path, line) from None
    except FileNotFoundError:
        raise DataError("file not found", path) from None


def pydantic_error(e, file: str | os.PathLike | None = None, line: int | None = None) -> DataError:
    """The first error of a pydantic ValidationError as a DataError with a dotted field path."""
    err = e.errors()[0]
    field = ".".join(str(x) for x in err.get("loc", ())) or None
    more = f" (and {len(e.errors()) - 1} more)" if len(e.errors()) > 1 else ""
    return DataError(err.get("msg", "invalid") + more, file, line, field)


def yaml_node_line(node, loc: tuple) -> int | None:
    """The line of the YAML node (from ``yaml.compose``) at a pydantic error location (the deepest that exists)."""
    import yaml

    line = node.start_mark.line + 1 if node is not None else None
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if str(k.value) == str(key):
                    nxt = v
                    line = k.start_mark.line + 1
                    break
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
        if node is None:
            break
    return line


def yaml_line_at(path: str | os.PathLike, loc: tuple) -> int | None:
    """The line of the node at ``loc`` (keys and list indices) in the YAML file at ``path``."""
    import yaml

    with open(path, encoding="utf-8") as f:
        return yaml_node_line(yaml.compose(f), loc)


def load_yaml_model(path: str | os.PathLike, model):
    """Parse ``path`` into the pydantic ``model``; any error -> DataError with file, line and dotted field."""
    import yaml
    from pydantic import ValidationError

    data = read_yaml(path)
    try:
        return model.model_validate(data)
    except ValidationError as e:
        err = e.errors()[0]
        loc = tuple(x for x in err.get("loc", ()) if not str(x).startswith(("list[", "function-")))
        with open(path, encoding="utf-8") as f:
            root = yaml.compose(f)
        more = f" (and {len(e.errors()) - 1} more)" if len(e.errors()) > 1 else ""
        field = ".".join(str(x) for x in loc) or None
        raise DataError(err["msg"] + more, path, yaml_node_line(root, loc), field) from None
