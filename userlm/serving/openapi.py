"""What ``/openapi.json`` says beyond FastAPI's defaults: every status each kind of route answers, the
OpenAI error schema, the text/event-stream of a streamed completion, example bodies, and no 422 (this
server answers validation errors with 400, as vLLM does).
"""

from __future__ import annotations

import copy
from typing import Any

from fastapi import FastAPI

from userlm.serving.errors import error_responses
from userlm.serving.schemas import ChatCompletionChunk

# What each kind of route answers besides 200, read off the code; each route takes the kinds it is.
AUTH_ERRORS = error_responses(401)  # ServingMiddleware, on /v1/* when the server has an API key
BODY_ERRORS = error_responses(400, 413)  # a JSON body: invalid or beyond the caps -> 400; too big -> 413
NOT_FOUND = error_responses(404)  # a model, profile or session id that does not exist
GENERATION_ERRORS = error_responses(429, 500)  # submit(): queue full -> 429; a failed generation -> 500
SESSION_CONFLICT = error_responses(409)  # session_turn(): the session has ended, or a turn is running
# With stream: true the completion is a text/event-stream; itemSchema describes one event (as FastAPI does).
_CHUNK_REF = {"$ref": "#/components/schemas/ChatCompletionChunk"}
_ERROR_REF = {"$ref": "#/components/schemas/ErrorResponse"}
STREAM_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The completion; with `stream: true` a text/event-stream of chat.completion.chunk "
        "events (an error after the headers is sent as an error event), ending in `data: [DONE]`.",
        "content": {
            "text/event-stream": {
                "itemSchema": {
                    "type": "object",
                    "required": ["data"],
                    "properties": {
                        "data": {
                            "type": "string",
                            "anyOf": [
                                {"const": "[DONE]"},
                                {
                                    "contentMediaType": "application/json",
                                    "contentSchema": {"anyOf": [_CHUNK_REF, _ERROR_REF]},
                                },
                            ],
                        },
                        "event": {"type": "string"},
                        "id": {"type": "string"},
                        "retry": {"type": "integer", "minimum": 0},
                    },
                }
            }
        },
    }
}



def examples(model: str, profile_id: str | None) -> tuple[dict, dict]:
    """Example bodies for the spec (``openapi_examples``): chat completions, and a new session."""
    user = [{"role": "user", "content": "Hi, how can I help you today?"}]
    chat = {
        "plain": {
            "summary": "Plain mode: the messages go to the model as they are",
            "value": {
                "model": model,
                "messages": [{"role": "system", "content": "You are a customer who wants a refund."}, *user],
            },
        },
        "stream": {
            "summary": "Streamed: a text/event-stream of chunks",
            "value": {
                "model": model,
                "messages": user,
                "stream": True,
                "stream_options": {"include_usage": True},
            },
        },
    }
    session = {}
    if profile_id is not None:
        chat["simulator"] = {
            "summary": "Simulator mode: a loaded profile; the messages are the agent's side",
            "value": {
                "model": model,
                "messages": [{**user[0], "role": "assistant"}],
                "profile_id": profile_id,
            },
        }
        session["profile"] = {
            "summary": "A session with a loaded profile",
            "value": {"profile_id": profile_id},
        }
    return chat, session


def document(app: FastAPI, api_key: bool) -> None:
    """Finish the generated spec: drop FastAPI's 422 (never answered), add the stream chunk schema, and
    the bearer scheme on /v1/* when the server has an API key."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        spec = copy.deepcopy(generate())  # the generated spec shares dicts with the module's constants
        components = spec.setdefault("components", {})
        schemas = components.setdefault("schemas", {})
        for path, operations in spec.get("paths", {}).items():
            for operation in operations.values():
                responses = operation.get("responses", {})
                responses.pop("422", None)
                operation["responses"] = dict(sorted(responses.items()))
                if api_key and path.startswith("/v1/"):
                    operation["security"] = [{"bearerAuth": []}]
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        chunk = ChatCompletionChunk.model_json_schema(
            mode="serialization", ref_template="#/components/schemas/{model}"
        )
        for name, definition in chunk.pop("$defs", {}).items():
            schemas.setdefault(name, definition)
        schemas["ChatCompletionChunk"] = chunk
        if api_key:
            components["securitySchemes"] = {"bearerAuth": {"type": "http", "scheme": "bearer"}}
        app.openapi_schema = spec
        return spec

    app.openapi = openapi
