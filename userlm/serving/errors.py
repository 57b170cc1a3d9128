"""OpenAI-shaped errors, and the ASGI middleware every request passes: request id, body limit, API key, access log.

Every error body is ``{"error": {"message", "type", "param", "code"}}``; validation errors are 400
(as vLLM does, not FastAPI's 422) and an unexpected exception is a 500 whose message carries the
request id but never a stack trace (that goes to the server log).
``error_responses(400, 404, ...)`` documents those statuses for a route in the OpenAPI spec (``responses=``).
"""

from __future__ import annotations

import hmac
import json
import logging
import re
import time
import uuid
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from userlm.serving.schemas import ErrorDetail, ErrorResponse

log = logging.getLogger("userlm.serving")
access_log = logging.getLogger("userlm.serving.access")

_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    405: "invalid_request_error",
    409: "conflict_error",
    413: "invalid_request_error",
    429: "rate_limit_error",
}
_REQUEST_ID_RE = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


class APIError(Exception):
    """An error the API answers with: status, message, OpenAI type/code/param, extra headers."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        headers: dict[str, str] | None = None,
    ):
        super().__init__(message)
        self.status, self.message, self.param, self.headers = status, message, param, headers or {}
        self.type = type or _TYPES.get(status, "server_error")
        self.code = code

    def body(self) -> dict:
        detail = ErrorDetail(message=self.message, type=self.type, param=self.param, code=self.code)
        return ErrorResponse(error=detail).model_dump()


# What each error status means in this server, for the OpenAPI spec. 422 is absent on purpose: validation
# errors are answered as 400. 499 (client closed request) is only logged, as no client is left to read it.
ERROR_DESCRIPTIONS: dict[int, str] = {
    400: "Invalid request: a body that fails validation (answered as 400, not 422, like vLLM), malformed JSON, "
    "or a value beyond this server's caps (max_tokens, n, the context length).",
    401: "Missing or wrong API key (send Authorization: Bearer KEY).",
    404: "Unknown model, profile or session.",
    409: "The session's simulated user has ended the conversation, or a turn of it is already running.",
    413: "Request body larger than the server's max_body_bytes.",
    429: "The server is busy (its queue is full); retry after Retry-After seconds.",
    500: "Generation failed, or an unexpected error; the message carries the request id.",
}
_ERROR_HEADERS: dict[int, dict[str, Any]] = {
    401: {"WWW-Authenticate": {"description": "Bearer", "required": True, "schema": {"type": "string"}}},
    429: {
        "Retry-After": {
            "description": "Seconds to wait before retrying.",
            "required": True,
            "schema": {"type": "integer", "minimum": 0},
        }
    },
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` of a route: each status with ``ErrorResponse`` as its body (and its headers)."""
    out: dict[int | str, dict[str, Any]] = {}
    for status in statuses:
        out[status] = {"model": ErrorResponse, "description": ERROR_DESCRIPTIONS[status]}
        if status in _ERROR_HEADERS:
            out[status]["headers"] = _ERROR_HEADERS[status]
    return out


def error_response(err: APIError) -> JSONResponse:
    return JSONResponse(err.body(), status_code=err.status, headers=err.headers)


def _validation_message(exc: RequestValidationError) -> tuple[str, str | None]:
    errors = exc.errors()
    if not errors:
        return "invalid request", None
    first = errors[0]
    loc = [str(x) for x in first.get("loc", ()) if x != "body"]
    if first.get("type") == "json_invalid":
        return f"request body is not valid JSON: {first.get('ctx', {}).get('error', first.get('msg'))}", None
    param = ".".join(loc) or None
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{param + ': ' if param else ''}{first.get('msg', 'invalid value')}{more}", param


def install_error_handlers(app: FastAPI) -> None:
    """Map every failure to OpenAI's error shape."""

    @app.exception_handler(APIError)
    async def _api_error(request: Request, exc: APIError):
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        message, param = _validation_message(exc)
        return error_response(APIError(400, message, param=param, code="invalid_value"))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code)
        return error_response(APIError(exc.status_code, str(exc.detail), code=code, headers=exc.headers))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        rid = getattr(request.state, "request_id", "?")
        log.exception("unhandled error in request %s", rid)
        return error_response(APIError(500, f"internal server error (request id {rid})", type="server_error"))


class ServingMiddleware:
    """Pure ASGI (no BaseHTTPMiddleware, so streaming and disconnects pass through untouched)."""

    def __init__(self, app, *, api_key: str | None, max_body_bytes: int):
        self.app = app
        self.api_key = api_key.encode() if api_key else None
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start = time.perf_counter()
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        rid = headers.get("x-request-id", "")
        rid = rid if _REQUEST_ID_RE.match(rid) else f"req-{uuid.uuid4().hex}"
        scope.setdefault("state", {})["request_id"] = rid
        info = {"status": 500, "bytes": 0}

        async def send_wrapper(message):
            if message["type"] == "http.response.start":
                info["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(b"x-request-id", rid.encode())]
            elif message["type"] == "http.response.body":
                info["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            err = self._check_auth(scope["path"], headers)
            if err is None:
                receive, err = await self._limit_body(headers, receive)
            if err is not None:
                await error_response(err)(scope, receive, send_wrapper)
            else:
                await self.app(scope, receive, send_wrapper)
        finally:
            access_log.info(
                json.dumps(
                    {
                        "ts": round(time.time(), 3),
                        "request_id": rid,
                        "client": (scope.get("client") or ("?",))[0],
                        "method": scope["method"],
                        "path": scope["path"],
                        "status": info["status"],
                        "bytes": info["bytes"],
                        "duration_ms": round((time.perf_counter() - start) * 1000, 1),
                    }
                )
            )

    def _check_auth(self, path: str, headers: dict[str, str]) -> APIError | None:
        if self.api_key is None or not path.startswith("/v1/"):
            return None  # /health stays open, as in vLLM
        scheme, _, token = headers.get("authorization", "").partition(" ")
        # compare_digest takes constant time, so the key cannot be guessed from timings
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), self.api_key):
            return APIError(
                401,
                "missing or invalid API key (send Authorization: Bearer KEY)",
                type="invalid_request_error",
                code="invalid_api_key",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return None

    async def _limit_body(self, headers: dict[str, str], receive):
        too_big = APIError(
            413, f"request body larger than {self.max_body_bytes} bytes", code="request_too_large"
        )
        length = headers.get("content-length")
        if length is not None:
            if not length.isdigit():
                return receive, APIError(400, "invalid Content-Length header")
            return receive, (too_big if int(length) > self.max_body_bytes else None)
        if "chunked" not in headers.get("transfer-encoding", ""):
            return receive, None
        # A chunked body has no declared size: read it here, up to the limit, and replay it.
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return receive, None
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_body_bytes:
                return receive, too_big
            if not message.get("more_body"):
                break
        body, sent = b"".join(chunks), False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return replay, None
