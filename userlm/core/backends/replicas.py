"""Several OpenAI-compatible simulator replicas behind one backend: spread the calls, fail over.

    backend = ReplicaBackend("smollm2-135m", "http://10.0.0.1:8000/v1,http://10.0.0.2:8000/v1")
    backend.generate(chats, SamplingParams(max_tokens=128))        # like OpenAIBackend
    backend.client.chat.completions.create(model=..., messages=...)  # the same, call by call
    endpoint_backend(model, base_url)   # OpenAIBackend for one URL, ReplicaBackend for several

Each call goes to the replica with the fewest calls in flight (ties in turn). A replica that refuses the
connection, times out, answers 5xx or 429 is set aside (for its ``Retry-After`` on a 429, else
``cooldown_s``) and the call is retried on another one; other 4xx answers are the request's fault and are
raised at once. When every replica is set aside the call waits for the first to come back, up to
``max_attempts`` tries in all. ``ReplicaBackend`` is an ``OpenAIBackend`` whose ``client`` is this
spreading client, so anything that calls ``backend.client.chat.completions.create`` works unchanged.
"""

from __future__ import annotations

import itertools
import threading
import time
from dataclasses import dataclass

from userlm.core.backends.openai_backend import OpenAIBackend


def split_urls(base_url: str | list[str] | tuple[str, ...] | None) -> list[str]:
    """``"u1,u2"`` or ``[u1, u2]`` -> ``[u1, u2]`` (blanks dropped)."""
    if base_url is None:
        return []
    items = base_url.split(",") if isinstance(base_url, str) else list(base_url)
    return [u.strip() for u in items if u and u.strip()]


def retry_after_s(error) -> float | None:
    """Seconds from a ``Retry-After`` header of an ``openai`` status error, if any."""
    response = getattr(error, "response", None)
    value = getattr(response, "headers", {}).get("retry-after") if response is not None else None
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def is_retryable(error) -> bool:
    """Connection errors, timeouts, 5xx and 429 go to another replica; other errors are the request's."""
    import openai

    if isinstance(error, (openai.APIConnectionError, openai.APITimeoutError)):
        return True
    status = getattr(error, "status_code", None)
    return status is not None and (status == 429 or status >= 500)


@dataclass
class Replica:
    url: str
    client: object
    in_flight: int = 0
    down_until: float = 0.0
    calls: int = 0
    failures: int = 0


class _Completions:
    def __init__(self, owner: ReplicaClient):
        self.owner = owner

    def create(self, **kwargs):
        return self.owner.call(lambda client: client.chat.completions.create(**kwargs))


class _Chat:
    def __init__(self, owner: ReplicaClient):
        self.completions = _Completions(owner)


class ReplicaClient:
    """An OpenAI-client look-alike (``.chat.completions.create``) over several replicas' clients."""

    def __init__(
        self,
        replicas: list[Replica],
        *,
        cooldown_s: float = 5.0,
        max_attempts: int | None = None,
        wait_s: float = 30.0,
    ):
        if not replicas:
            raise ValueError("ReplicaClient needs at least one replica")
        self.replicas = replicas
        self.cooldown_s, self.wait_s = cooldown_s, wait_s
        self.max_attempts = max_attempts or 2 * len(replicas) + 1
        self.chat = _Chat(self)
        self._lock = threading.Lock()
        self._turn = itertools.count()

    def _pick(self, tried: set[int]) -> tuple[Replica | None, float]:
        """The live replica with the fewest calls in flight (untried ones first), or how long to wait."""
        now = time.monotonic()
        with self._lock:
            start = next(self._turn)
            order = [self.replicas[(start + i) % len(self.replicas)] for i in range(len(self.replicas))]
            live = [r for r in order if r.down_until <= now]
            if not live:
                return None, min(r.down_until for r in self.replicas) - now
            best = min(live, key=lambda r: (id(r) in tried, r.in_flight))
            best.in_flight += 1
            best.calls += 1
            return best, 0.0

    def call(self, fn):
        """``fn(client)`` on a replica, failing over; raises the last error when every try failed."""
        tried: set[int] = set()
        last: BaseException | None = None
        deadline = time.monotonic() + self.wait_s
        for _ in range(self.max_attempts):
            replica, wait = self._pick(tried)
            if replica is None:
                if time.monotonic() + wait > deadline:
                    break
                time.sleep(max(0.0, wait))
                continue
            try:
                return fn(replica.client)
            except Exception as e:
                if not is_retryable(e):
                    raise
                last = e
                tried.add(id(replica))
                pause = retry_after_s(e)
                with self._lock:
                    replica.failures += 1
                    replica.down_until = time.monotonic() + (self.cooldown_s if pause is None else pause)
            finally:
                with self._lock:
                    replica.in_flight -= 1
        if last is None:
            raise RuntimeError("no simulator replica was available")
        raise last

    def stats(self) -> list[dict]:
        return [
            {"url": r.url, "calls": r.calls, "failures": r.failures, "in_flight": r.in_flight}
            for r in self.replicas
        ]


class ReplicaBackend(OpenAIBackend):
    """``OpenAIBackend`` over several base URLs (least outstanding requests, failover on 5xx/429/connection)."""

    name = "replicas"

    def __init__(
        self,
        model: str,
        base_urls: str | list[str],
        api_key: str | None = None,
        *,
        concurrency: int = 8,
        timeout: float = 60.0,
        extra_body: dict | None = None,
        cooldown_s: float = 5.0,
        max_attempts: int | None = None,
        clients: list | None = None,
        **kwargs,
    ):
        import inspect
        import os

        from openai import OpenAI

        urls = split_urls(base_urls)
        accepted = inspect.signature(OpenAIBackend.__init__).parameters
        passed = {k: v for k, v in kwargs.items() if k in accepted and k != "max_retries"}
        # The parent sets every attribute its methods read (grammar settings, counters, ...); its own
        # single client is then replaced by the spreading one.
        first = urls[0] if urls else "http://127.0.0.1/v1"
        super().__init__(
            model,
            first,
            api_key,
            concurrency=concurrency,
            timeout=timeout,
            max_retries=0,
            extra_body=extra_body,
            **passed,
        )
        if clients is None:
            key = api_key or os.environ.get("OPENAI_API_KEY") or "EMPTY"
            clients = [OpenAI(base_url=u, api_key=key, timeout=timeout, max_retries=0) for u in urls]
        if not clients:
            raise ValueError("ReplicaBackend needs at least one base URL")
        urls = urls or [f"replica-{i}" for i in range(len(clients))]
        replicas = [Replica(u, c) for u, c in zip(urls, clients)]
        self.client = ReplicaClient(
            replicas, cooldown_s=cooldown_s, max_attempts=max_attempts, wait_s=max(timeout, cooldown_s)
        )
        self.concurrency = concurrency * len(replicas)


def endpoint_backend(
    model: str, base_url: str | list[str], api_key: str | None = None, **kwargs
) -> OpenAIBackend:
    """An ``OpenAIBackend`` for one URL, a ``ReplicaBackend`` for several (comma-separated or a list)."""
    urls = split_urls(base_url)
    if len(urls) > 1:
        return ReplicaBackend(model, urls, api_key, **kwargs)
    return OpenAIBackend(model, urls[0] if urls else None, api_key, **kwargs)
