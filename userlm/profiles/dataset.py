"""Profile sets as a Hugging Face-style dataset folder, and row-by-row validation.

``export_dataset`` writes ``DIR/train.jsonl``, ``DIR/test.jsonl`` (split per domain, seeded, so every
domain is in both when it has at least two profiles) and ``DIR/README.md``, a dataset card with YAML
front matter whose ``configs`` make ``datasets.load_dataset(DIR)`` find the splits. Rows are
``UserProfile.model_dump(mode="json")``: every row has the same keys (null where unknown).
``HardLimit.value`` mixes numbers and text; datasets >= 4 reads such a column as its ``Json`` type.

    userlm profiles generate --n 1000 --seed 0 --out data/p.jsonl --dataset data/p_ds
    datasets.load_dataset("data/p_ds")  # or load_dataset("json", data_files={"train": ".../train.jsonl"})
"""

from __future__ import annotations

import json
import math
import random
from collections import Counter, defaultdict
from pathlib import Path

from pydantic import ValidationError

from userlm.core.io import DataError, atomic_write, write_text
from userlm.core.profile import UserProfile


def split_profiles(profiles: list[UserProfile], test_size: float, seed: int) -> tuple[list, list]:
    """Seeded split per domain: ceil(test_size * n_domain) test profiles, at least one train profile."""
    if not 0.0 <= test_size < 1.0:
        raise DataError(f"test_size must be in [0, 1), got {test_size}", field="test_size")
    by_domain: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        by_domain[p.goal.domain].append(i)
    test: set[int] = set()
    for domain in sorted(by_domain):
        idx = by_domain[domain]
        rng = random.Random(f"{seed}/split/{domain}")
        rng.shuffle(idx)
        k = min(math.ceil(test_size * len(idx)), len(idx) - 1) if test_size > 0 else 0
        test.update(idx[:k])
    return [p for i, p in enumerate(profiles) if i not in test], [
        p for i, p in enumerate(profiles) if i in test
    ]


def _card(name: str, train: list[UserProfile], test: list[UserProfile], origin: str) -> str:
    n = len(train) + len(test)
    size = "n<1K" if n < 1_000 else "1K<n<10K" if n < 10_000 else "10K<n<100K" if n < 100_000 else "100K<n<1M"
    domains = Counter(p.goal.domain for p in train + test)
    kinds = Counter(p.source.kind for p in train + test)
    langs = sorted({p.role.locale.split("-")[0] for p in train + test})
    front = {
        "license": "apache-2.0",
        "language": langs,
        "task_categories": ["text-generation"],
        "tags": ["user-simulation", "userlm", "synthetic", "personas"],
        "pretty_name": name,
        "size_categories": [size],
        "configs": [
            {
                "config_name": "default",
                "data_files": [{"split": "train", "path": "train.jsonl"}]
                + ([{"split": "test", "path": "test.jsonl"}] if test else []),
            }
        ],
    }
    import yaml

    rows = "\n".join(f"| {d} | {c} |" for d, c in sorted(domains.items()))
    return (
        f"---\n{yaml.safe_dump(front, sort_keys=False, allow_unicode=True)}---\n\n# {name}\n\n"
        f"User profiles for simulated users (static role + dynamic scenario goal), made with userlm "
        f"({origin}). {len(train)} train and {len(test)} test profiles; sources: "
        f"{', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))}.\n\n"
        "Each row is a `userlm.core.profile.UserProfile`: `id`, `role` (name, age, occupation, locale, Big Five "
        "personality, expression style, background, persona text), `goal` (domain, scenario, item, reason, known / "
        "hidden / unknown info, concerns, `hard_limits` with numeric `max_price`/`min_price` values and their "
        "currency in `unit`, decision policy, success criteria, non-cooperative behaviours, cooperativeness, "
        "initial state) and `source` (generator seed, or the tau2-bench task id and `evaluation_criteria`).\n\n"
        "`hard_limits[].value` is a number for prices and deadlines and text for conditions.\n\n"
        f"| domain | profiles |\n| --- | --- |\n{rows}\n\n"
        '```python\nfrom datasets import load_dataset\nds = load_dataset("path/to/this/folder")\n'
        'from userlm.core.profile import UserProfile\nprofile = UserProfile.model_validate(ds["train"][0])\n```\n'
    )


def export_dataset(
    profiles: list[UserProfile], out_dir: str | Path, test_size: float = 0.1, seed: int = 0, origin: str = ""
) -> dict[str, int]:
    """Write train.jsonl, test.jsonl and README.md into ``out_dir``; returns split sizes."""
    out_dir = Path(out_dir)
    train, test = split_profiles(profiles, test_size, seed)
    card = _card(out_dir.name, train, test, origin or "userlm profiles")  # before any file is written
    for name, part in (("train", train), ("test", test)):
        with atomic_write(out_dir / f"{name}.jsonl") as f:
            for p in part:
                f.write(json.dumps(p.model_dump(mode="json"), ensure_ascii=False) + "\n")
    write_text(out_dir / "README.md", card)
    return {"train": len(train), "test": len(test)}


def validate_file(path: str | Path) -> tuple[int, list[str]]:
    """Check every row of a profile JSONL file: (rows read, ["FILE:LINE: field: message", ...])."""
    path = Path(path)
    if not path.exists():
        raise DataError("file not found", path)
    problems: list[str] = []
    seen: dict[str, int] = {}
    n = 0
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            if not line.strip():
                continue
            n += 1
            where = f"{path}:{line_no}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append(f"{where}: invalid JSON ({e.msg} at column {e.colno})")
                continue
            try:
                p = UserProfile.model_validate(row)
            except ValidationError as e:
                for err in e.errors():
                    field = ".".join(str(x) for x in err["loc"]) or "(row)"
                    problems.append(f"{where}: {field}: {err['msg']}")
                continue
            for k, h in enumerate(p.goal.hard_limits):
                if h.kind in ("max_price", "min_price") and not isinstance(h.value, (int, float)):
                    problems.append(
                        f"{where}: goal.hard_limits.{k}.value: a {h.kind} needs a number, got {h.value!r}"
                    )
            if _numeric(p):  # contradicting constraints: min above max, required and forbidden at once
                problems += [f"{where}: goal.hard_limits: {c}" for c in p.goal.constraint_conflicts()]
            for k, h in enumerate(p.goal.hard_limits):
                if h.kind != "never_disclose" and (h.secret or h.shape):
                    problems.append(f"{where}: goal.hard_limits.{k}: secret/shape only apply to never_disclose")
            if p.id in seen:
                problems.append(f"{where}: id: duplicate id {p.id!r} (first on line {seen[p.id]})")
            seen.setdefault(p.id, line_no)
    return n, problems


def _numeric(p: UserProfile) -> bool:
    try:
        p.goal.min_price(), p.goal.max_price()
        return True
    except (TypeError, ValueError):
        return False
