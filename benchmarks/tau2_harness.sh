#!/usr/bin/env bash
# tau2-bench's own harness (`tau2 run`) with `userlm serve` as the USER simulator LLM, mock and retail domains.
#
#   bash benchmarks/tau2_harness.sh                                        # default OUT=runs/tau2
#   USER_MODEL=smollm2-135m NUM_TASKS=1 MAX_STEPS=6 DOMAINS=mock nice -n 19 bash benchmarks/tau2_harness.sh
#
# 1. servers: the user simulator, `userlm serve --model $USER_MODEL --port $USER_PORT` (plain mode: tau2 sends
#    its user-simulator guidelines + <scenario> as the system message, roles flipped, no userlm profile), and
#    the agent, a second `userlm serve --model $AGENT_MODEL --reasoning-simulator false --port $AGENT_PORT`:
#    a plain chat model, so no external LLM is needed. userlm accepts and ignores `tools`, so the agent
#    answers in text only and never calls a tool (a weak agent; the point is the user side). Both are
#    OpenAI-compatible; tau2 reaches them through litellm as openai/<served name> with api_base/api_key in
#    --user-llm-args / --agent-llm-args. The user's temperature is the server default (the model's own: 0.5
#    for the shipped simulator): the args carry none, which replaces tau2's default {"temperature": 0.0}.
# 2. tau2: `tau2 run --domain D ...` per domain (llm_agent + user_simulator), one simulation at a time.
#    Tasks: the first NUM_TASKS of tau2's base split that need no LLM judge. Retail tasks whose reward
#    basis has NL_ASSERTION and that list nl_assertions are graded by gpt-4.1, which is unreachable
#    here, and a failed grading throws the simulation away; NL_JUDGE=1 keeps them (with OPENAI_API_KEY).
#    TASK_IDS_<domain>="id id ..." picks tasks by hand (e.g. TASK_IDS_retail="0 1 6").
#    The conversation ends when the user's message contains ###STOP###, ###TRANSFER### or
#    ###OUT-OF-SCOPE### (tau2's UserSimulator.is_stop), when the agent says ###STOP###, or after MAX_STEPS.
# 3. OUT/<domain>/results.json (tau2's results) and OUT/<domain>/transcript.txt: every message of every
#    simulation, role and content (tool calls and tool results too), user turns marked "USER  >>".
#    OUT/logs/: the two server logs and tau2's console output per domain.
# Exits non-zero when a simulation ends in infrastructure_error (tau2 could not run it: e.g. a server error).
# Time: each turn is one CPU generation (~10-40 s per turn on an idle 2-core host, 256 tokens; retail's agent
# prompt holds the ~2k-token policy). The agent's context is the model's (8192 tokens for smollm2-135m):
# MAX_STEPS much above 30 on retail can overflow it, and tau2 records that as an infrastructure error.
#
# Environment (defaults): USER_MODEL (smollm2-135m-userlm; smollm2-135m is the embedded base),
# AGENT_MODEL (smollm2-135m), NUM_TASKS (5), MAX_STEPS (30), DOMAINS ("mock retail"), OUT (runs/tau2),
# USER_PORT (8011), AGENT_PORT (8012), USER_MAX_TOKENS (server default, 256), AGENT_MAX_TOKENS (128),
# THREADS (1 torch thread per server), VERBOSE (0; 1: tau2 --verbose-logs, every LLM request/response saved),
# MAX_RETRIES (0: tau2's retries of a failed simulation), SEED (300), NL_JUDGE (0), TASK_IDS_<domain>,
# TAU2_ENV (/work/tau2env: a venv with tau2-bench installed, never .venv), TAU2_SRC (/work/tau2src),
# TAU2_DATA_DIR ($TAU2_SRC/data: tau2's data folder with tau2/domains/{mock,retail}/ and user_simulator/).
# Installing tau2 (Python >= 3.12), once:
#   git clone https://github.com/sierra-research/tau2-bench /work/tau2src
#   python3.12 -m venv /work/tau2env && /work/tau2env/bin/pip install -e /work/tau2src
set -euo pipefail
OUT=${OUT:-runs/tau2}
USER_MODEL=${USER_MODEL:-smollm2-135m-userlm}
AGENT_MODEL=${AGENT_MODEL:-smollm2-135m}
NUM_TASKS=${NUM_TASKS:-5}
MAX_STEPS=${MAX_STEPS:-30}
DOMAINS=${DOMAINS:-mock retail}
USER_PORT=${USER_PORT:-8011}
AGENT_PORT=${AGENT_PORT:-8012}
USER_MAX_TOKENS=${USER_MAX_TOKENS:-}
AGENT_MAX_TOKENS=${AGENT_MAX_TOKENS:-128}
THREADS=${THREADS:-1}
MAX_RETRIES=${MAX_RETRIES:-0}
SEED=${SEED:-300}
NL_JUDGE=${NL_JUDGE:-0}
VERBOSE=${VERBOSE:-0}
U=${USERLM:-.venv/bin/userlm}
TAU2_ENV=${TAU2_ENV:-/work/tau2env}
TAU2_SRC=${TAU2_SRC:-/work/tau2src}
export TAU2_DATA_DIR=${TAU2_DATA_DIR:-$TAU2_SRC/data}
export LITELLM_LOCAL_MODEL_COST_MAP=True   # no fetch of litellm's price list (offline)
TAU2=$TAU2_ENV/bin/tau2
TPY=$TAU2_ENV/bin/python

[ -x "$TAU2" ] || { echo "no tau2 at $TAU2: install tau2-bench into TAU2_ENV (see the header)" >&2; exit 2; }
for d in $DOMAINS; do
  [ -f "$TAU2_DATA_DIR/tau2/domains/$d/tasks.json" ] ||
    { echo "no $TAU2_DATA_DIR/tau2/domains/$d/tasks.json: set TAU2_DATA_DIR to tau2's data folder" >&2; exit 2; }
done
mkdir -p "$OUT/logs"
OUT=$(cd "$OUT" && pwd)   # tau2 writes to DATA_DIR/simulations/<save_to>; an absolute save_to lands here
# served names without slashes: litellm's openai/<name> sends <name> as the model id
USER_NAME=$(basename "$USER_MODEL")
AGENT_NAME=agent-$(basename "$AGENT_MODEL")

PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_server() {  # name port log args...
  local name=$1 port=$2 log=$3; shift 3
  if curl -s -o /dev/null "http://127.0.0.1:$port/health"; then
    echo "port $port is already in use: set USER_PORT / AGENT_PORT" >&2; exit 2
  fi
  nice -n 19 "$U" serve --port "$port" --served-model-name "$name" --threads "$THREADS" \
    "$@" >"$log" 2>&1 &
  PIDS+=($!)
  local pid=$! t=0
  until curl -s -o /dev/null "http://127.0.0.1:$port/health"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "server $name did not start:" >&2; tail -20 "$log" >&2; exit 1; fi
    t=$((t + 2)); [ "$t" -lt 900 ] || { echo "server $name: no /health after 900 s" >&2; exit 1; }
    sleep 2
  done
  echo "server $name up on :$port ($t s)"
}

start_server "$USER_NAME" "$USER_PORT" "$OUT/logs/user_server.log" --model "$USER_MODEL"
start_server "$AGENT_NAME" "$AGENT_PORT" "$OUT/logs/agent_server.log" --model "$AGENT_MODEL" \
  --reasoning-simulator false

# zero prices: litellm has no price for these names (tau2 logs an error per call otherwise); litellm keeps them
FREE='"input_cost_per_token": 0, "output_cost_per_token": 0'
USER_ARGS="{\"api_base\": \"http://127.0.0.1:$USER_PORT/v1\", \"api_key\": \"none\", $FREE${USER_MAX_TOKENS:+, \"max_tokens\": $USER_MAX_TOKENS}}"
AGENT_ARGS="{\"api_base\": \"http://127.0.0.1:$AGENT_PORT/v1\", \"api_key\": \"none\", $FREE, \"temperature\": 0.0, \"max_tokens\": $AGENT_MAX_TOKENS}"

status=0
for d in $DOMAINS; do
  ids_var=TASK_IDS_$d
  ids=${!ids_var:-}
  if [ -z "$ids" ]; then
    ids=$("$TPY" - "$TAU2_DATA_DIR/tau2/domains/$d" "$NUM_TASKS" "$NL_JUDGE" <<'EOF'
import json, sys
from pathlib import Path
folder, n, judge = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1"
tasks = {t["id"]: t for t in json.loads((folder / "tasks.json").read_text())}
split = folder / "split_tasks.json"
order = json.loads(split.read_text())["base"] if split.exists() else list(tasks)
def needs_judge(t):
    c = t.get("evaluation_criteria") or {}
    return "NL_ASSERTION" in (c.get("reward_basis") or []) and bool(c.get("nl_assertions"))
print(" ".join([i for i in order if i in tasks and (judge or not needs_judge(tasks[i]))][:n]))
EOF
)
  fi
  echo "== $d: tasks $ids"
  rm -rf "${OUT:?}/$d"
  # shellcheck disable=SC2086  # ids: one argument per task id
  cmd=(nice -n 19 "$TAU2" run --domain "$d" --agent llm_agent --user user_simulator
    --agent-llm "openai/$AGENT_NAME" --agent-llm-args "$AGENT_ARGS"
    --user-llm "openai/$USER_NAME" --user-llm-args "$USER_ARGS"
    --task-ids $ids --num-trials 1 --max-steps "$MAX_STEPS" --max-concurrency 1 --max-retries "$MAX_RETRIES"
    --seed "$SEED" --save-to "$OUT/$d" --log-level WARNING)
  [ "$VERBOSE" = 1 ] && cmd+=(--verbose-logs --llm-log-mode all)   # every LLM request/response under OUT/<domain>/
  printf '%q ' "${cmd[@]}" >"$OUT/logs/tau2_$d.cmd"; echo >>"$OUT/logs/tau2_$d.cmd"
  start=$(date +%s)
  "${cmd[@]}" >"$OUT/logs/tau2_$d.log" 2>&1 || { echo "tau2 run failed for $d (rc $?):" >&2; tail -30 "$OUT/logs/tau2_$d.log" >&2; status=1; continue; }
  echo "tau2 $d: $(( $(date +%s) - start )) s"

  "$TPY" - "$OUT/$d/results.json" "$OUT/$d/transcript.txt" <<'EOF' || status=1
import json, sys
res = json.load(open(sys.argv[1]))
info = res.get("info", {})
user, agent = info.get("user_info", {}), info.get("agent_info", {})
lines = [f"tau2 {info.get('environment_info', {}).get('domain_name', '')}: user {user.get('llm')} "
         f"{json.dumps(user.get('llm_args'))}, agent {agent.get('llm')}, max_steps {info.get('max_steps')}", ""]
labels = {"user": "USER  >>", "assistant": "AGENT   ", "tool": "TOOL    ", "system": "SYSTEM  "}
bad = 0
for sim in res.get("simulations", []):
    reward = (sim.get("reward_info") or {}).get("reward")
    term = sim.get("termination_reason")
    bad += term == "infrastructure_error"
    lines += ["=" * 100, f"task {sim.get('task_id')}  trial {sim.get('trial')}  termination {term}  reward {reward}  "
              f"duration {sim.get('duration', 0):.0f} s", "=" * 100]
    for i, m in enumerate(sim.get("messages") or []):
        role = m.get("role")
        who = labels.get(role, role)
        if role == "tool":
            who += f" ({m.get('requestor', 'assistant')})"
        text = m.get("content")
        lines.append(f"[{i:02d}] {who} {text if text is not None else ''}".rstrip())
        for call in m.get("tool_calls") or []:
            lines.append(f"      {' ' * len(who)} -> tool call {call.get('name')}({json.dumps(call.get('arguments'))})")
    if term == "infrastructure_error":  # tau2 keeps no messages then, only the exception
        err = sim.get("info") or {}
        lines.append(f"      tau2 error ({err.get('error_type')}): {err.get('error')}")
    info_note = (sim.get("reward_info") or {}).get("info")
    if info_note:
        lines.append(f"      reward info: {json.dumps(info_note)[:500]}")
    lines.append("")
open(sys.argv[2], "w").write("\n".join(lines) + "\n")
n = len(res.get("simulations", []))
user_turns = sum(m.get("role") == "user" for s in res.get("simulations", []) for m in s.get("messages") or [])
print(f"{sys.argv[2]}: {n} simulations, {user_turns} user messages, {bad} infrastructure errors")
sys.exit(1 if bad else 0)
EOF
done
exit $status
