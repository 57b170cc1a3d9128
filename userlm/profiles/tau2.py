"""Import tau2-bench ``tasks.json`` files as UserProfiles.

Handles both ``user_scenario.instructions`` forms (a plain string, or the object with ``domain``,
``reason_for_call``, ``known_info``, ``unknown_info``, ``task_instructions``) and ``persona`` null or
text. ``reason_for_call`` is split (``userlm.profiles.tau2_reason``): the request becomes
``reason_for_contact``, what the user opens with, and the directions for the conversation ("If the agent
asks for confirmation, ...", "do not reveal ...") become ``decision_policy`` rules. The task id, the file
and the whole ``evaluation_criteria`` (actions, nl_assertions, communicate_info, env_assertions,
reward_basis) are kept on ``profile.source`` so agent training can score against them. Machine-checkable
constraints are extracted from the free text by rules
(``userlm.profiles.constraints``) into ``goal.hard_limits``.

    userlm profiles import tau2 ../shared/data/tau2/airline.tasks.json --out data/airline.jsonl
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from userlm.core.io import DataError, pydantic_error
from userlm.core.profile import UserProfile
from userlm.profiles.constraints import extract_constraints
from userlm.profiles.tau2_reason import split_reason

_NAME = re.compile(r"\b(?:You are|Your name is|name is)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,2})")
INSTRUCTION_KEYS = {"domain", "reason_for_call", "known_info", "unknown_info", "task_instructions"}


def _lines(text: str | None) -> list[str]:
    return [x.strip() for x in (text or "").splitlines() if x.strip()]


def _text(v: Any, file: Path, where: str, field: str, required: bool = False) -> str | None:
    if v is None and not required:
        return None
    if not isinstance(v, str) or (required and not v.strip()):
        raise DataError(f"expected a non-empty string, got {type(v).__name__}", file, where, field)
    return v


def task_to_profile(task: dict, file: Path, index: int, domain: str) -> UserProfile:
    """One tau2 task -> a UserProfile; a malformed task raises DataError naming the task and field."""
    where = f"task {index}"
    if not isinstance(task, dict):
        raise DataError("expected a task object", file, where)
    tid = task.get("id")
    if not isinstance(tid, (str, int)) or str(tid) == "":
        raise DataError("missing task id", file, where, "id")
    where = f"task {index} (id {tid})"
    us = task.get("user_scenario")
    if not isinstance(us, dict):
        raise DataError("missing or not an object", file, where, "user_scenario")
    persona = _text(us.get("persona"), file, where, "user_scenario.persona")
    ins = us.get("instructions")
    if isinstance(ins, str):
        text = _text(ins, file, where, "user_scenario.instructions", required=True)
        first = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)[0]
        goal: dict[str, Any] = {"domain": domain, "reason_for_contact": first, "instructions": text}
        name_src = text
    elif isinstance(ins, dict):
        unknown = set(ins) - INSTRUCTION_KEYS
        if unknown:
            raise DataError(f"unknown key(s) {sorted(unknown)}", file, where, "user_scenario.instructions")
        f = "user_scenario.instructions."
        reason = _text(ins.get("reason_for_call"), file, where, f + "reason_for_call", required=True)
        known = _text(ins.get("known_info"), file, where, f + "known_info")
        request, directions = split_reason(reason)
        goal = {
            "domain": _text(ins.get("domain"), file, where, f + "domain") or domain,
            "reason_for_contact": request,
            "decision_policy": directions,
            "known_info": _lines(known),
            "unknown_info": _lines(_text(ins.get("unknown_info"), file, where, f + "unknown_info")),
            "instructions": _text(ins.get("task_instructions"), file, where, f + "task_instructions"),
        }
        name_src = f"{known or ''}\n{reason}"
    else:
        raise DataError(
            "expected a string or an object with reason_for_call", file, where, "user_scenario.instructions"
        )
    crit = task.get("evaluation_criteria")
    if crit is not None and not isinstance(crit, dict):
        raise DataError("expected an object or null", file, where, "evaluation_criteria")
    crit = crit or {}
    # What the agent must tell the user is what the user is waiting to hear: a success criterion.
    success = [f"The agent tells you: {c}" for c in crit.get("communicate_info") or [] if isinstance(c, str)]
    goal["success_criteria"] = success or [f"Your request is fully handled: {goal['reason_for_contact']}"]
    goal["primary_concerns"] = [goal["reason_for_contact"]]
    # Rules read the machine-checkable constraints (budgets, forbidden actions and disclosures,
    # required outcomes) out of the free text; ``enrich.enrich_constraints`` can add an LLM's reading.
    free = ins if isinstance(ins, str) else "\n".join(str(ins.get(k) or "") for k in sorted(INSTRUCTION_KEYS))
    goal["hard_limits"] = [h.model_dump() for h in extract_constraints(f"{free}\n{persona or ''}")]
    m = _NAME.search(name_src)
    row = {
        "id": f"tau2-{domain}-{tid}",
        "role": {"name": m.group(1) if m else "Anonymous user", "persona_text": persona},
        "goal": goal,
        "source": {
            "kind": "tau2",
            "task_id": str(tid),
            "file": file.name,
            "evaluation_criteria": crit or None,
            "reason_for_call": " ".join(reason.split()) if isinstance(ins, dict) else None,
        },
    }
    try:
        return UserProfile.model_validate(row)
    except ValidationError as e:
        raise pydantic_error(e, file, where) from None


def import_tau2(path: str | Path, domain: str | None = None) -> list[UserProfile]:
    """All tasks of a tau2-bench tasks file; the domain defaults to the file name (airline.tasks.json)."""
    path = Path(path)
    if not path.exists():
        raise DataError("file not found", path)
    try:
        tasks = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise DataError(f"invalid JSON ({e.msg}, column {e.colno})", path, e.lineno) from None
    if isinstance(tasks, dict) and isinstance(tasks.get("tasks"), list):
        tasks = tasks["tasks"]
    if not isinstance(tasks, list):
        raise DataError("expected a list of tasks", path)
    domain = domain or path.name.split(".")[0]
    profiles = [task_to_profile(t, path, i, domain) for i, t in enumerate(tasks)]
    seen: set[str] = set()
    for i, p in enumerate(profiles):
        if p.id in seen:
            raise DataError(f"duplicate task id {p.source.task_id!r}", path, f"task {i}", "id")
        seen.add(p.id)
    return profiles
