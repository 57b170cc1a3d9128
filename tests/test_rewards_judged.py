"""The judged rewards against a fake OpenAI-compatible endpoint started on 127.0.0.1 in the test.

Run: python -m pytest -q tests/test_rewards_judged.py
"""

from __future__ import annotations

import json
import pickle
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from userlm.core.io import DataError
from userlm.rewards import get_reward
from userlm.rewards.judged import JudgedReward, parse_score


class _Judge(BaseHTTPRequestHandler):
    """Scores 2 when the output says 'deal', 9 otherwise; 500 on 'CRASH'; no score on 'MUMBLE'."""

    requests: list[dict] = []

    def do_POST(self):  # noqa: N802 (http.server's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append(body)
        text = body["messages"][-1]["content"]
        if "CRASH" in text:
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b'{"error": {"message": "boom", "type": "server_error"}}')
            return
        answer = (
            "Hmm."
            if "MUMBLE" in text
            else ("Gives in.\nScore: 2" if "deal" in text.lower() else "Fine.\nScore: 9")
        )
        resp = {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                "choices": [{"index": 0, "message": {"role": "assistant", "content": answer}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}  # fmt: skip
        data = json.dumps(resp).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture()
def judge_url():
    _Judge.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Judge)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()
    server.server_close()


def test_judged_scores_batches_caches_and_records_failures(judge_url):
    judge = get_reward("judged:realism", model="fake-judge", base_url=judge_url, api_key="k", max_retries=0)
    assert isinstance(judge, JudgedReward) and judge.__name__ == "judged_realism"
    comps = ["No, too much.", "Deal, I'll take it.", "CRASH", "MUMBLE", "No, too much."]
    cols = dict(agent_message=["$21,900?"] * 5, trap=["false_urgency"] * 5, profile=[None] * 5)
    out = judge(comps, **cols)
    # good reply 0.9, giving in 0.2, server error and scoreless answer -> None, duplicate answered once
    assert out == [0.9, 0.2, None, None, 0.9]
    assert len(_Judge.requests) == 4 and len(judge.failures) == 2
    # the rubric file is the system prompt, the completion and trap are in the user message
    assert "realism" in _Judge.requests[0]["messages"][0]["content"].lower()
    assert "false_urgency" in _Judge.requests[0]["messages"][1]["content"]
    # cached: scoring again sends only the two failed prompts
    assert judge(comps[:2], **{k: v[:2] for k, v in cols.items()}) == [0.9, 0.2]
    assert len(_Judge.requests) == 4
    assert pickle.loads(pickle.dumps(judge))(["No, too much."], **{k: v[:1] for k, v in cols.items()}) == [
        0.9
    ]


def test_judged_unreachable_endpoint_gives_none():
    judge = JudgedReward("alignment", model="m", base_url="http://127.0.0.1:9/v1", max_retries=0, timeout=2)
    assert judge(["No."], agent_message=["hi"]) == [None]


def test_rubric_files_and_score_parsing():
    for c in ("format", "goal_consistency", "anti_manipulation", "realism", "alignment", "termination"):
        JudgedReward(c, model="m", base_url="http://127.0.0.1:9/v1")
    with pytest.raises(DataError):
        JudgedReward("nonexistent", model="m")
    assert parse_score("Score: 7") == 0.7 and parse_score("score = 10/10") == 1.0
    assert parse_score("Score: 42") is None and parse_score("no idea") is None
