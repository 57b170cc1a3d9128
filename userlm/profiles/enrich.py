"""LLM enrichment: any OpenAI-compatible endpoint writes a backstory and typical phrases per profile, or
reads the hard limits out of a profile's instructions beside the rules (``enrich_constraints``).

Concurrent (a thread pool over the ``openai`` client), with retries: transport errors are retried by the
client (``max_retries``), malformed output (not JSON, wrong keys, too short or too long) is asked for
again up to ``attempts`` times, then recorded as a failure and the profile kept unenriched, never with
the bad text. Answers are cached on disk (one JSON file per request hash), so a rerun costs nothing.

    userlm profiles generate --n 100 --seed 0 --out p.jsonl --enrich-with http://localhost:8000/v1 \
        --enrich-model Qwen/Qwen3-8B
    userlm profiles import tau2 tasks.json --out t.jsonl --constraints-with http://localhost:8000/v1 \
        --constraints-model Qwen/Qwen3-8B      # limits the rules missed are added; failures recorded
"""

from __future__ import annotations

import hashlib
import json
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from userlm.core.io import write_json
from userlm.core.profile import UserProfile

PROMPT = """Write a short, realistic backstory for this person and phrases they typically use when they \
contact customer service. Stay consistent with every fact given; invent nothing that contradicts it.

Name: {name}; age: {age}; occupation: {occupation}; locale: {locale}
Personality: {personality}
Writing style: {style}
Current situation: {reason}
Existing background: {background}

Answer with JSON only: {{"backstory": "3 to 5 sentences", "typical_phrases": ["4 to 6 short phrases"]}}"""


class Enrichment(BaseModel):
    """What an endpoint must return; anything else is malformed."""

    model_config = ConfigDict(extra="forbid")
    backstory: str = Field(..., min_length=40, max_length=1500)
    typical_phrases: list[str] = Field(..., min_length=2, max_length=8)

    @field_validator("typical_phrases")
    @classmethod
    def _phrases(cls, v: list[str]) -> list[str]:
        v = [x.strip() for x in v]
        if any(not x or len(x) > 80 for x in v):
            raise ValueError("each phrase must be 1..80 characters")
        return v


@dataclass
class EnrichResult:
    profiles: list[UserProfile]
    enriched: int = 0
    cached: int = 0
    failures: list[dict] = field(default_factory=list)


def build_prompt(p: UserProfile) -> str:
    r = p.role
    return PROMPT.format(
        name=r.name,
        age=r.age if r.age is not None else "unknown",
        occupation=r.occupation or "unknown",
        locale=r.locale,
        personality=r.personality.describe(),
        style=r.style.describe(),
        reason=p.goal.reason_for_contact,
        background=r.background or r.persona_text or "none",
    )


def parse_reply(text: str | None, schema: type[BaseModel] = Enrichment):
    """The JSON object in a reply (code fences and <think> blocks tolerated) -> ``schema``, or ValueError."""
    text = re.sub(r"<think>.*?</think>", "", text or "", flags=re.S).strip()
    m = re.search(r"\{.*\}", text, flags=re.S)
    if not m:
        raise ValueError("no JSON object in the reply")
    try:
        return schema.model_validate(json.loads(m.group(0)))
    except json.JSONDecodeError as e:
        raise ValueError(f"invalid JSON: {e.msg}") from None
    except ValidationError as e:
        err = e.errors()[0]
        raise ValueError(f"{'.'.join(map(str, err['loc'])) or 'reply'}: {err['msg']}") from None


def apply(p: UserProfile, e: Enrichment) -> UserProfile:
    style = p.role.style.model_copy(update={"typical_phrases": e.typical_phrases})
    role = p.role.model_copy(update={"background": e.backstory.strip(), "style": style})
    return p.model_copy(update={"role": role})


def enrich(
    profiles: list[UserProfile],
    base_url: str,
    model: str,
    api_key: str | None = None,
    concurrency: int = 8,
    attempts: int = 3,
    cache_dir: str | Path | None = None,
    temperature: float = 0.8,
    timeout: float = 60.0,
    progress: bool = True,
) -> EnrichResult:
    """Enrich ``profiles`` (order kept). Failures are listed in ``result.failures`` with the last error."""
    ask = Asker(base_url, model, api_key, attempts, cache_dir, temperature, timeout)
    return ask.run(profiles, build_prompt, Enrichment, apply, concurrency, progress, "enriching", max_tokens=400)


@dataclass
class Asker:
    """One endpoint, asked the same way by every enrichment: cached answers, retries, failures recorded."""

    base_url: str
    model: str
    api_key: str | None = None
    attempts: int = 3
    cache_dir: str | Path | None = None
    temperature: float = 0.8
    timeout: float = 60.0

    def run(self, profiles, build, schema, apply_fn, concurrency=8, progress=True, desc="enriching", max_tokens=400):
        """``apply_fn(profile, answer)`` for every profile whose prompt ``build(profile)`` got an answer of
        ``schema``; the others stay as they are and are listed in ``failures``."""
        import os

        from openai import OpenAI

        client = OpenAI(base_url=self.base_url, api_key=self.api_key or os.environ.get("OPENAI_API_KEY") or "EMPTY",
                        max_retries=3, timeout=self.timeout)  # fmt: skip
        cache = Path(self.cache_dir or Path.home() / ".cache" / "userlm" / "enrich")
        result = EnrichResult(profiles=list(profiles))

        def one(i: int):
            prompt = build(profiles[i])
            key = hashlib.sha256(json.dumps([self.base_url, self.model, self.temperature, prompt]).encode()).hexdigest()
            path = cache / key[:2] / f"{key}.json"
            if path.exists():
                try:
                    return i, schema.model_validate_json(path.read_text(encoding="utf-8")), None, True
                except ValidationError:
                    path.unlink(missing_ok=True)  # a damaged cache entry is refetched, never trusted
            error = None
            for attempt in range(self.attempts):
                try:
                    resp = client.chat.completions.create(
                        model=self.model, messages=[{"role": "user", "content": prompt}],
                        temperature=self.temperature, max_tokens=max_tokens, seed=attempt,
                    )  # fmt: skip
                    e = parse_reply(resp.choices[0].message.content, schema)
                except ValueError as err:
                    error = f"attempt {attempt + 1}: malformed reply: {err}"
                    continue
                except Exception as err:  # openai.APIError and transport errors after the client's own retries
                    error = f"attempt {attempt + 1}: {type(err).__name__}: {err}"
                    continue
                write_json(path, e.model_dump(mode="json"))
                return i, e, None, False
            return i, None, error, False

        with ThreadPoolExecutor(max_workers=max(1, concurrency)) as pool:
            results = pool.map(one, range(len(profiles)))
            if progress:
                from tqdm import tqdm

                results = tqdm(results, total=len(profiles), desc=desc, unit="profile")
            for i, e, error, cached in results:
                if e is None:
                    result.failures.append({"id": profiles[i].id, "error": error})
                    continue
                result.profiles[i] = apply_fn(profiles[i], e)
                result.enriched += 1
                result.cached += cached
        return result
