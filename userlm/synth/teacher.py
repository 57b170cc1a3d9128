"""Teacher mode of ``userlm synth``: an OpenAI-compatible endpoint plays the reasoning user.

    userlm synth --mode teacher --teacher-model qwen3-32b --base-url http://host:8000/v1 --out runs/teacher

The scripted agent speaks; every open conversation's user turn goes to the teacher in one concurrent batch
(prompt: ``templates/teacher.md.jinja``); the turn parser rejects malformed answers, which are retried with
a new seed and, after ``--retries``, recorded in ``rejects.jsonl`` (the conversation keeps its good turns).
Answers are cached in ``teacher_cache.jsonl`` so a rerun after a crash calls only what is missing. The
programmatic policy runs alongside and supplies the turn labels the rewards read.

The turn grammar (``userlm.core.grammar``) goes with every request as vLLM's structured outputs, so a vLLM
teacher writes well-formed turns by construction; an endpoint that refuses the field (400) is asked without
it from then on, and the parse-and-retry above remains. A ``grammar: false`` in the synth config turns it
off. (A vLLM server started with ``--reasoning-parser`` applies structured outputs only after the
reasoning, which a turn that opens with ``<think>`` never reaches: serve the teacher without it.)
"""

from __future__ import annotations

from pathlib import Path

from userlm.core.profile import UserProfile
from userlm.core.simulator import simulator_chat
from userlm.core.turn import parse_turn
from userlm.synth.config import SynthConfig
from userlm.synth.conversation import Conversation, start_conversations


def open_teacher(cfg: SynthConfig, backend=None):
    """The cached teacher endpoint of ``cfg`` (``backend`` stands in for it in tests)."""
    from userlm.core.backends.cached import CachedBackend

    if backend is None:
        from userlm.core.backends.openai_backend import OpenAIBackend

        if not cfg.teacher_model:
            from userlm.core.io import DataError

            raise DataError(
                "teacher mode needs --teacher-model (and --base-url for a non-OpenAI endpoint)",
                "command line",
            )
        backend = OpenAIBackend(
            cfg.teacher_model, cfg.base_url or None, cfg.api_key or None, concurrency=cfg.concurrency,
            grammar_tries=1,  # the rounds below retry a rejected turn themselves, with their own seeds
        )  # fmt: skip
    return CachedBackend(backend, Path(cfg.out) / "teacher_cache.jsonl")


def teacher_round(teacher, todo: list, cfg: SynthConfig, grammar, rejects: list[dict]) -> None:
    """One round of user turns: ``todo`` is (conversation, agent turn, chat); a rejected answer is asked
    again with a new seed, ``cfg.retries`` times, then recorded in ``rejects``."""
    from userlm.core.backends.base import SamplingParams
    from userlm.synth.agent_endpoint import end_past_user

    for attempt in range(cfg.retries + 1):
        params = SamplingParams(
            max_tokens=cfg.max_tokens,
            temperature=cfg.temperature,
            seed=cfg.seed + 1000 * attempt,  # apart from the seed + n of identical requests (cache)
            grammar=grammar,
        )
        outs = teacher.generate([chat for _, _, chat in todo], params)
        retry = []
        for (conv, turn, chat), out in zip(todo, outs):
            parsed = parse_turn(out.text)
            errors = [out.error] if out.error else parsed.errors
            if out.finish_reason == "length":  # a cut-off turn can still parse; it is not a whole turn
                errors = [f"truncated at max_tokens={cfg.max_tokens}", *errors]
            if not errors and parsed.ok:
                if (move := conv.policy.respond_if_open(turn)) is None:
                    end_past_user(conv)  # no labels for a user who left: this turn is not a row
                    continue
                content = parsed.reply + (" " + parsed.stop if parsed.stop else "")
                conv.add_user(turn, move, parsed.rationale or "", content.strip(), parsed.reply, parsed.ended)
                continue
            retry.append((conv, turn, chat))
            if attempt == cfg.retries:
                rejects.append({"side": "user", "conversation": conv.cid, "turn_index": len(conv.replies),
                                "attempts": attempt + 1, "text": out.text, "errors": errors or ["backend error"]})  # fmt: skip
                conv.transcript.pop()  # keep the conversation up to its last good turn
                conv.done = True
        todo = retry
        if not todo:
            return


def run_teacher(
    cfg: SynthConfig, profiles: list[UserProfile], backend=None, agent_backend=None
) -> tuple[list[Conversation], list[dict], dict]:
    """Lock-step rounds: every open conversation gets its agent turn, then one concurrent teacher batch."""
    from userlm.synth.agent_endpoint import agent_round, open_agent

    teacher = open_teacher(cfg, backend)
    grammar = None
    if cfg.grammar:
        from userlm.core.grammar import default_grammar

        grammar = default_grammar()
    agent, agent_params = open_agent(cfg, agent_backend)
    convs, rejects = start_conversations(cfg, profiles, teacher=True), []
    while pending := agent_round(convs, agent, agent_params, rejects):
        todo = [(c, t, simulator_chat(c.profile, c.transcript, system=c.system_now(), offer_notes=c.notes)) for c, t in pending]
        teacher_round(teacher, todo, cfg, grammar, rejects)
        teacher.save()  # every round: a crash loses at most one round of calls
        if agent is not None:
            agent.save()
    for c in convs:  # swap the teacher prompt for the student's
        c.system = c.student_system
        for row, student in zip(c.rows, c.student_systems, strict=True):
            row["prompt"][0] = {"role": "system", "content": student}
    calls = {"calls": teacher.calls, "cached": teacher.hits}
    if agent is not None:
        calls.update(agent_calls=agent.calls, agent_cached=agent.hits)
    return convs, rejects, calls
