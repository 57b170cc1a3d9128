"""``userlm serve``: run the OpenAI-compatible simulator server with uvicorn.

    userlm serve --model smollm2-135m --profiles profiles/examples.jsonl --port 8000 --api-key KEY
    userlm serve --config serving/server.yaml --max-batch-size 16 --max-wait-ms 20
    userlm serve --model runs/grpo/merged --no-grammar      # free generation (the grammar is on by default)

Flags override ``--config`` (default ``serving/server.yaml``), which overrides the defaults; any field
of ``ServeConfig`` is accepted as ``--field value``.
"""

from __future__ import annotations

import argparse


def serve_command(args: argparse.Namespace) -> int:
    import json
    import logging

    from userlm.core.resources import find_data
    from userlm.serving.config import load_serve_config

    path = args.config
    if path is None and (default := find_data("serving", "server.yaml")).exists():
        path = str(default)
    overrides = list(args.overrides or [])
    for name in ("model", "profiles", "host", "port", "api_key"):
        value = getattr(args, name)
        if value is not None:
            overrides += [f"--{name}", str(value)]
    if args.no_grammar:
        overrides += ["--grammar", "false"]
    config = load_serve_config(path, overrides)

    import uvicorn

    from userlm.serving.app import create_app

    level = getattr(logging, config.log_level.upper(), logging.INFO)
    # Access logs are one JSON object per line (written by ServingMiddleware), so uvicorn's own are off.
    logging.basicConfig(level=level, format="%(message)s")
    app = create_app(config)
    shown = config.model_dump(exclude={"api_key"})
    if shown["default_temperature"] is None:  # say what a request without a temperature gets
        from userlm.core.models import default_temperature

        shown["default_temperature"] = default_temperature(config.model)
    print(json.dumps({"event": "serve", "auth": bool(config.api_key), **shown}), flush=True)
    uvicorn.run(app, host=config.host, port=config.port, access_log=False, log_level=config.log_level)
    return 0


def add_commands(sub: argparse._SubParsersAction) -> None:
    from userlm.core.commands import settings_epilog

    p = sub.add_parser(
        "serve",
        help="Serve the simulator over an OpenAI-compatible API (batching, sessions, streaming, auth).",
        description="Every ServeConfig field listed below is also accepted as --field value.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    settings_epilog(p, "userlm.serving.config:ServeConfig")
    p.add_argument("--model", default=None, help="Simulator model: embedded name, folder or hub id.")
    p.add_argument("--profiles", default=None, help="Profile file whose ids requests may name.")
    p.add_argument("--host", default=None, help="Interface to bind (default 127.0.0.1).")
    p.add_argument("--port", type=int, default=None, help="Port (default 8000).")
    p.add_argument(
        "--api-key", default=None, help="Require Authorization: Bearer KEY on /v1/* (or $USERLM_API_KEY)."
    )
    p.add_argument("--config", default=None, help="Server YAML (default: serving/server.yaml).")
    p.add_argument(
        "--no-grammar",
        action="store_true",
        help="Free generation: do not constrain simulator turns to the turn grammar (same as --grammar false).",
    )
    p.set_defaults(func=serve_command, accepts_overrides=True)
