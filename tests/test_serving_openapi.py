"""The server's OpenAPI spec tells the truth: a schema-driven fuzz test (schemathesis, in-process over ASGI,
fixed seed) finds no server error and no status, header or body the spec does not document.

No model is needed: the app runs on ``FakeBackend`` (serving_helpers). Takes a few seconds.

    python -m pytest -q tests/test_serving_openapi.py
"""

from __future__ import annotations

import json

import pytest

schemathesis = pytest.importorskip("schemathesis")

from hypothesis import HealthCheck, settings  # noqa: E402  (hypothesis comes with schemathesis)
from schemathesis import checks  # noqa: E402
from serving_helpers import FakeBackend  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from userlm.core.turn import STOP, format_turn  # noqa: E402

KEY = "fuzz-key"
AUTH = {"Authorization": f"Bearer {KEY}"}
SEED = 20250615
EXAMPLES = 60  # generated cases per operation (positive and negative), after the spec's examples
TURN = format_turn("Agent: asks for the order.\nAction: answer", "It is order 1234.")
LAST_TURN = format_turn("Agent: solved it.\nAction: thank and end", "Thanks, that's all.", STOP)
# What every answer must satisfy. Not negative_data_rejection: pydantic's lax mode accepts what a strict
# reading of the schema calls invalid (false for an integer, "1" for a number), on purpose.
CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_headers_conformance,
    checks.response_schema_conformance,
    checks.ignored_auth,  # the same request without the key must get 401
]
# Every status each route answers, read off the code (app.py, errors.py, completions.py, sessions.py).
ROUTES = {
    ("get", "/health"): {"200"},
    ("get", "/v1/models"): {"200", "401"},
    ("post", "/v1/chat/completions"): {"200", "400", "401", "404", "413", "429", "500"},
    ("post", "/v1/sessions"): {"200", "400", "401", "404", "413", "429", "500"},
    ("post", "/v1/sessions/{session_id}/turns"): {"200", "400", "401", "404", "409", "413", "429", "500"},
    ("get", "/v1/sessions/{session_id}"): {"200", "401", "404"},
    ("delete", "/v1/sessions/{session_id}"): {"200", "401", "404"},
}


def make_app(backend=None, api_key: str | None = KEY, **overrides):
    from userlm.serving.app import create_app
    from userlm.serving.config import ServeConfig

    settings_ = dict(model="fake", max_wait_ms=0, default_max_tokens=8, max_tokens_cap=64, max_n=2)
    config = ServeConfig(api_key=api_key, **{**settings_, **overrides})
    return create_app(config, backend=backend if backend is not None else FakeBackend(TURN))


def load_schema(app):
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    schema.config.seed = SEED
    schema.config.update(headers=AUTH)
    schema.config.generation.update(
        modes=[schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE],
        max_examples=EXAMPLES,
        deterministic=True,
        database="none",
    )
    schema.config.phases.update(phases=["examples", "fuzzing"])
    return schema


# The schema is loaded at import, as schemathesis's pytest integration wants (its fixture-based loader
# breaks on pytest 9.2); cheap, as no model is loaded. Requests go to a fresh app per test: schemathesis
# ends the ASGI lifespans it started after every test, and the app's batcher does not start twice.
SCHEMA = load_schema(make_app())


@pytest.fixture()
def app():
    return make_app()


@pytest.fixture()
def api_schema(app):
    return load_schema(app)


@pytest.fixture()
def spec(app) -> dict:
    # No lifespan needed to read the spec.
    r = TestClient(app).get("/openapi.json")  # open, like /health: not under /v1/
    assert r.status_code == 200
    return r.json()


def test_spec_documents_every_status_and_no_422(spec):
    ops = {(m, p): op for p, item in spec["paths"].items() for m, op in item.items()}
    assert set(ops) == set(ROUTES)
    for key, op in ops.items():
        assert set(op["responses"]) == ROUTES[key], key
        for status, response in op["responses"].items():
            if status != "200":
                ref = response["content"]["application/json"]["schema"]["$ref"]
                assert ref == "#/components/schemas/ErrorResponse", (key, status)
        assert ("security" in op) == key[1].startswith("/v1/"), key
    text = json.dumps(spec)
    assert '"422"' not in text and "HTTPValidationError" not in text and '"ValidationError"' not in text
    schemas = spec["components"]["schemas"]
    assert schemas["ErrorResponse"]["properties"]["error"] == {"$ref": "#/components/schemas/ErrorDetail"}
    assert set(schemas["ErrorDetail"]["required"]) == {"message", "type", "param", "code"}
    assert spec["components"]["securitySchemes"]["bearerAuth"] == {"type": "http", "scheme": "bearer"}
    ok = spec["paths"]["/v1/chat/completions"]["post"]["responses"]["200"]["content"]
    assert set(ok) == {"application/json", "text/event-stream"}
    assert "itemSchema" in ok["text/event-stream"] and "ChatCompletionChunk" in schemas
    too_many = spec["paths"]["/v1/chat/completions"]["post"]["responses"]["429"]
    assert too_many["headers"]["Retry-After"]["required"] is True


def test_open_server_documents_no_auth(monkeypatch):
    monkeypatch.delenv("USERLM_API_KEY", raising=False)
    spec = make_app(api_key=None).openapi()
    assert "securitySchemes" not in spec.get("components", {})
    for item in spec["paths"].values():
        for op in item.values():
            assert "401" not in op["responses"] and "security" not in op


@SCHEMA.parametrize()
@settings(deadline=None, suppress_health_check=list(HealthCheck))
def test_fuzz_conforms_to_spec(case, app):
    """Every operation, positive and negative inputs: no 5xx, and only documented statuses and shapes."""
    case.call_and_validate(app=app, checks=CHECKS)


def _case(schema, method: str, path: str, **kw):
    return schema[path][method].Case(headers=AUTH, **kw)


def _call(schema, method: str, path: str, checks=CHECKS, **kw):
    case = _case(schema, method, path, **kw)
    response = case.call()
    case.validate_response(response, checks=checks)
    return response


def test_session_lifecycle_conforms(api_schema, example_profiles):
    """The fuzzer cannot guess a live session id: walk one through its routes and check each answer."""
    r = _call(
        api_schema, "POST", "/v1/sessions", body={"profile_id": example_profiles[0].id, "max_tokens": 4}
    )
    assert r.status_code == 200, r.text
    sid = r.json()["session_id"]
    path = {"session_id": sid}
    turn = _call(
        api_schema, "POST", "/v1/sessions/{session_id}/turns", path_parameters=path, body={"content": "?"}
    )
    assert turn.status_code == 200 and turn.json()["turn_index"] == 1
    info = _call(api_schema, "GET", "/v1/sessions/{session_id}", path_parameters=path)
    assert info.status_code == 200 and info.json()["turns"] == 2
    gone = _call(api_schema, "DELETE", "/v1/sessions/{session_id}", path_parameters=path)
    assert gone.status_code == 200 and gone.json() == {
        "id": sid,
        "object": "session.deleted",
        "deleted": True,
    }
    missing = _call(api_schema, "GET", "/v1/sessions/{session_id}", path_parameters=path)
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "session_not_found"


def test_ended_session_409_conforms(example_profiles):
    schema = load_schema(make_app(FakeBackend(LAST_TURN)))
    r = _call(schema, "POST", "/v1/sessions", body={"profile_id": example_profiles[0].id})
    assert r.status_code == 200 and r.json()["done"] is True
    path = {"session_id": r.json()["session_id"]}
    again = _call(
        schema, "POST", "/v1/sessions/{session_id}/turns", path_parameters=path, body={"content": "x"}
    )
    assert again.status_code == 409 and again.json()["error"]["code"] == "session_ended"


def test_stream_conforms_and_chunks_match_the_model(api_schema):
    from userlm.serving.schemas import ChatCompletionChunk, ErrorResponse

    body = {
        "model": "fake",
        "messages": [{"role": "user", "content": "hi"}],
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    r = _call(api_schema, "POST", "/v1/chat/completions", body=body)
    assert r.status_code == 200 and r.headers["content-type"][0].startswith("text/event-stream")
    data = [line[len("data: ") :] for line in r.text.splitlines() if line.startswith("data: ")]
    assert data[-1] == "[DONE]" and len(data) > 3
    for event in map(json.loads, data[:-1]):
        # the documented chunk model holds every field the server sends, and nothing else
        assert ChatCompletionChunk.model_validate(event).model_dump(exclude_unset=True) == event
    # an error after the headers went out is an error event; ErrorResponse describes it
    failing = FakeBackend(TURN)
    failing.error = "boom"
    r = _call(load_schema(make_app(failing)), "POST", "/v1/chat/completions", body=body)
    events = [line[len("data: ") :] for line in r.text.splitlines() if line.startswith("data: ")]
    assert r.status_code == 200 and events[-1] == "[DONE]"
    assert ErrorResponse.model_validate_json(events[0]).error.type == "server_error"


def test_overload_and_failure_conform():
    """429 (with Retry-After) and 500 can't be fuzzed into a healthy server: force them, check the answers."""
    from userlm.serving.batcher import MicroBatcher, QueueFullError

    class FullQueue(MicroBatcher):
        def submit(self, *args, **kwargs):
            raise QueueFullError("the queue is full")

    body = {"model": "fake", "messages": [{"role": "user", "content": "hi"}]}
    full = load_schema(make_app(FullQueue(FakeBackend(TURN)), retry_after_s=7))
    r = _call(full, "POST", "/v1/chat/completions", body=body)
    assert r.status_code == 429 and r.headers["retry-after"] == ["7"]
    assert r.json()["error"]["code"] == "queue_full"
    failing = FakeBackend(TURN)
    failing.error = "boom"
    broken = load_schema(make_app(failing))
    documented = [c for c in CHECKS if c is not checks.not_a_server_error]  # here a 500 is the point
    r = _call(broken, "POST", "/v1/chat/completions", checks=documented, body=body)
    assert r.status_code == 500 and r.json()["error"]["type"] == "server_error"
