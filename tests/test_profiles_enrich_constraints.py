"""The LLM reading of hard limits against a fake OpenAI-compatible endpoint on 127.0.0.1: limits the rules
missed are added (classified), duplicates are not, malformed answers are retried, failures recorded and
answers cached; ``profiles import tau2 --constraints-with`` runs it."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from userlm.cli import main
from userlm.profiles.enrich_constraints import enrich_constraints
from userlm.profiles.tau2 import task_to_profile

LIMITS = [
    {
        "kind": "max_price",
        "value": 500,
        "unit": "USD",
        "covers": "total",
    },  # the rules found it: not added again
    {"kind": "must_not", "value": "accept a travel voucher"},  # the rules missed it: added, with its terms
]


class Fake(BaseHTTPRequestHandler):
    """Answers by the text: 'BROKEN' always malformed; others malformed on their first request."""

    calls: list[str] = []
    lock = threading.Lock()

    def log_message(self, *a):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        prompt = body["messages"][0]["content"]
        with self.lock:
            Fake.calls.append(prompt)
            first = Fake.calls.count(prompt) == 1
        if "BROKEN" in prompt:
            content = '{"limits": [{"kind": "teleport", "value": 1}]}'
        elif first:
            content = "Here are the limits: none that I can format"
        else:
            content = "<think>ok</think>```json\n" + json.dumps({"limits": LIMITS}) + "\n```"
        out = json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                          "choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                       "finish_reason": "stop"}]}).encode()  # fmt: skip
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)


@pytest.fixture()
def server():
    Fake.calls = []
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Fake)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/v1"
    srv.shutdown()
    srv.server_close()


def _task(i: int, extra: str = "") -> dict:
    ins = {"domain": "airline", "reason_for_call": f"Change flight {i}. {extra}", "known_info": "You are Ana Li.",
           "unknown_info": None, "task_instructions": "Do not pay more than $500 in total."}  # fmt: skip
    return {"id": str(i), "user_scenario": {"persona": None, "instructions": ins}}


def test_limits_added_retried_cached_and_failures_recorded(server, tmp_path):
    from pathlib import Path

    ps = [
        task_to_profile(_task(i, "BROKEN" if i == 1 else ""), Path("t.json"), i, "airline") for i in range(3)
    ]
    assert [h.kind for h in ps[0].goal.hard_limits] == ["max_price"]
    res = enrich_constraints(ps, server, "fake", attempts=2, cache_dir=tmp_path / "c", progress=False)
    assert res.enriched == 2 and [f["id"] for f in res.failures] == [ps[1].id]
    assert res.profiles[1] == ps[1]  # a failure keeps the rule limits
    limits = res.profiles[0].goal.hard_limits
    assert [h.kind for h in limits] == ["max_price", "must_not"]
    assert "voucher" in " ".join(limits[1].terms)
    n = len(Fake.calls)
    again = enrich_constraints(ps, server, "fake", attempts=2, cache_dir=tmp_path / "c", progress=False)
    assert again.cached == 2 and len(Fake.calls) == n + 2 and again.profiles == res.profiles


def test_cli_import_tau2_reads_limits(server, tmp_path, capsys):
    tasks = tmp_path / "airline.tasks.json"
    tasks.write_text(json.dumps([_task(0), _task(1, "BROKEN")]), encoding="utf-8")
    out = tmp_path / "p.jsonl"
    args = [
        "profiles",
        "import",
        "tau2",
        str(tasks),
        "--out",
        str(out),
        "--quiet",
        "--cache-dir",
        str(tmp_path / "c"),
    ]
    assert main(args + ["--constraints-with", server, "--constraints-model", "fake"]) == 0
    assert "1 added, 1 failed" in capsys.readouterr().out
    assert (tmp_path / "p.jsonl.constraints-failures.jsonl").exists()
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [len(r["goal"]["hard_limits"]) for r in rows] == [2, 1]
    assert main(["profiles", "validate", str(out)]) == 0
