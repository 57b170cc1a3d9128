"""Teacher mode of ``userlm synth``: an OpenAI-compatible endpoint plays the reasoning user.

    userlm synth --mode teacher --teacher-model qwen3-32b --base-url http://host:8000/v1 --out runs/teacher

The scripted agent speaks; every open conversation's user turn goes to the teacher in one concurrent batch
(prompt: ``templates/teacher.md.jinja``); the turn parser rejects malformed answers, which are retried with
a new seed and, after ``--retries``, recorded in ``rejects.jsonl`` (the conversation keeps its good turns).
Answers are cached in ``teacher_cache.jsonl`` so a rerun after a crash calls only what is missing. The
programmatic policy runs alongside and supplies the turn labels the rewards read.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from userlm.core.profile import UserProfile
from userlm.core.simulator import simulator_chat
from userlm.core.turn import parse_turn
from userlm.training.synth import SynthConfig, _Conv, _start


def _cache_key(model: str, chat: list[dict], cfg: SynthConfig, attempt: int) -> str:
    blob = json.dumps([model, chat, cfg.max_tokens, cfg.temperature, cfg.seed, attempt], sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def run_teacher(
    cfg: SynthConfig, profiles: list[UserProfile], backend=None
) -> tuple[list[_Conv], list[dict], dict]:
    """Lock-step rounds: every open conversation gets its agent turn, then one concurrent teacher batch."""
    from userlm.core.backends.base import SamplingParams
    from userlm.core.io import iter_jsonl

    if backend is None:
        from userlm.core.backends.openai_backend import OpenAIBackend

        if not cfg.teacher_model:
            from userlm.core.io import DataError

            raise DataError(
                "teacher mode needs --teacher-model (and --base-url for a non-OpenAI endpoint)",
                "command line",
            )
        backend = OpenAIBackend(
            cfg.teacher_model, cfg.base_url or None, cfg.api_key or None, concurrency=cfg.concurrency
        )
    model = getattr(backend, "model_name", type(backend).__name__)
    cache_path = Path(cfg.out) / "teacher_cache.jsonl"
    cache = {r["key"]: r["text"] for _, r in iter_jsonl(cache_path)} if cache_path.exists() else {}
    convs, rejects, calls = _start(cfg, profiles, teacher=True), [], {"calls": 0, "cached": 0}
    while True:
        pending = [(c, t) for c in convs if not c.done and (t := c.next_agent()) is not None]
        if not pending:
            break
        todo = [(c, t, simulator_chat(c.profile, c.transcript, system=c.system)) for c, t in pending]
        for attempt in range(cfg.retries + 1):
            keys = [_cache_key(model, chat, cfg, attempt) for _, _, chat in todo]
            missing = [i for i, k in enumerate(keys) if k not in cache]
            params = SamplingParams(
                max_tokens=cfg.max_tokens, temperature=cfg.temperature, seed=cfg.seed + attempt
            )
            outs = backend.generate([todo[i][2] for i in missing], params) if missing else []
            calls["calls"] += len(missing)
            calls["cached"] += len(keys) - len(missing)
            for i, out in zip(missing, outs):
                if not out.error:  # failed calls are retried next run, not cached
                    cache[keys[i]] = out.text
            retry = []
            for (conv, turn, chat), key in zip(todo, keys):
                text = cache.get(key, "")
                parsed = parse_turn(text)
                if parsed.ok:
                    move = conv.policy.respond(turn) if not conv.policy.ended else None
                    content = parsed.reply + (" " + parsed.stop if parsed.stop else "")
                    conv.add_user(
                        turn, move, parsed.rationale or "", content.strip(), parsed.reply, parsed.ended
                    )
                else:
                    retry.append((conv, turn, chat))
                    if attempt == cfg.retries:
                        rejects.append(
                            {
                                "conversation": conv.cid,
                                "turn_index": len(conv.replies),
                                "attempts": attempt + 1,
                                "text": text,
                                "errors": parsed.errors or ["backend error"],
                            }
                        )
                        conv.transcript.pop()  # keep the conversation up to its last good turn
                        conv.done = True
            todo = retry
            if not todo:
                break
    from userlm.core.io import write_jsonl

    write_jsonl(cache_path, ({"key": k, "text": v} for k, v in cache.items()))
    for c in convs:  # swap the teacher prompt for the student's
        c.system = c.student_system
        for row in c.rows:
            row["prompt"][0] = {"role": "system", "content": c.system}
    return convs, rejects, calls
