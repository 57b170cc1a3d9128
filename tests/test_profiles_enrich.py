"""LLM enrichment against a fake OpenAI-compatible endpoint on 127.0.0.1 (http.server in a thread)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from userlm.cli import main
from userlm.profiles.enrich import enrich, parse_reply
from userlm.profiles.generate import generate
from userlm.profiles.library import load_library

GOOD = {
    "backstory": "Grew up by the sea and now works nights; keeps every receipt in a shoebox.",
    "typical_phrases": ["look", "be honest with me", "fair enough"],
}


class Fake(BaseHTTPRequestHandler):
    """Replies by the profile name in the prompt: 'Bad*' always malformed, others malformed on the first try."""

    calls: list[str] = []
    lock = threading.Lock()

    def log_message(self, *a):
        pass

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        prompt = body["messages"][0]["content"]
        name = prompt.split("Name: ")[1].split(";")[0]
        with self.lock:
            Fake.calls.append(name)
            first = Fake.calls.count(name) == 1
        if name.startswith(FAIL_PREFIX[0]):
            content = '{"backstory": "too short", "typical_phrases": []}'
        elif first:
            content = "Sure! Here is a backstory: not json at all"
        else:
            content = (
                "<think>ok</think>```json\n"
                + json.dumps({**GOOD, "backstory": GOOD["backstory"] + " " + name})
                + "\n```"
            )
        out = json.dumps(
            {
                "id": "x",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.end_headers()
        self.wfile.write(out)


FAIL_PREFIX = ["\x00"]


@pytest.fixture()
def server():
    Fake.calls = []
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Fake)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/v1"
    srv.shutdown()
    srv.server_close()


def test_parse_reply_rejects_malformed():
    assert parse_reply(json.dumps(GOOD)).typical_phrases == GOOD["typical_phrases"]
    for bad in [
        "no json",
        '{"backstory": "x"}',
        json.dumps({**GOOD, "extra": 1}),
        json.dumps({**GOOD, "typical_phrases": ["a" * 200, "b"]}),
    ]:
        with pytest.raises(ValueError):
            parse_reply(bad)


def test_enrich_retries_caches_and_records_failures(server, tmp_path):
    ps = generate(load_library(), 6, seed=5)
    FAIL_PREFIX[0] = ps[2].role.name
    res = enrich(ps, server, "fake", concurrency=3, attempts=3, cache_dir=tmp_path / "c", progress=False)
    assert res.enriched == 5 and res.cached == 0
    assert [f["id"] for f in res.failures] == [ps[2].id] and "malformed" in res.failures[0]["error"]
    assert res.profiles[2] == ps[2]  # never keeps bad output
    for i in (0, 1, 3, 4, 5):
        assert res.profiles[i].role.background.endswith(ps[i].role.name)
        assert res.profiles[i].role.style.typical_phrases == GOOD["typical_phrases"]
        assert res.profiles[i].goal == ps[i].goal
    assert Fake.calls.count(ps[0].role.name) == 2 and Fake.calls.count(ps[2].role.name) == 3
    n = len(Fake.calls)
    again = enrich(ps, server, "fake", concurrency=3, attempts=3, cache_dir=tmp_path / "c", progress=False)
    assert again.cached == 5 and len(Fake.calls) == n + 3  # only the failed profile is asked again
    assert again.profiles == res.profiles


def test_cli_enrich(server, tmp_path, capsys):
    FAIL_PREFIX[0] = "\x00"
    out = tmp_path / "p.jsonl"
    args = ["profiles", "generate", "--n", "4", "--seed", "0", "--out", str(out), "--quiet"]
    assert (
        main(args + ["--enrich-with", server, "--enrich-model", "fake", "--cache-dir", str(tmp_path / "c")])
        == 0
    )
    assert "enriched 4/4" in capsys.readouterr().out
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert all(r["role"]["background"].startswith("Grew up by the sea") for r in rows)
    assert main(["profiles", "validate", str(out)]) == 0
