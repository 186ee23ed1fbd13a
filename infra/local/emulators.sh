#!/usr/bin/env bash
# Starts and stops the local emulators on loopback: Azurite (Blob 10000, Queue 10001, Table 10002) and the
# Cosmos DB API server (HTTPS 8081). PIDs are kept under .hub/pids so `stop` ends exactly what `start` began.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
state="$root/.hub"
pids="$state/pids"
mkdir -p "$pids" "$state/logs" "$state/azurite"

wait_port() { # name port seconds
  local name=$1 port=$2 limit=$3 i=0
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    i=$((i + 1))
    if [ "$i" -gt $((limit * 10)) ]; then
      echo "$name did not listen on 127.0.0.1:$port within ${limit}s (log: $state/logs/$name.log)" >&2
      return 1
    fi
    sleep 0.1
  done
}

running() { [ -f "$pids/$1.pid" ] && kill -0 "$(cat "$pids/$1.pid")" 2>/dev/null; }

start_one() { # name port command...
  local name=$1 port=$2
  shift 2
  if running "$name"; then return 0; fi
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is already in use by another process; stop it or run ./hub down" >&2
    return 1
  fi
  nohup "$@" >"$state/logs/$name.log" 2>&1 &
  echo $! >"$pids/$name.pid"
  wait_port "$name" "$port" 60
}

stop_one() {
  local name=$1
  if [ -f "$pids/$name.pid" ]; then
    local pid
    pid=$(cat "$pids/$name.pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$pids/$name.pid"
  fi
}

case "${1:-}" in
  start)
    if ! running cosmos && ! running azurite; then
      # The Cosmos API server keeps nothing across restarts, so Azurite's landed bodies and queued messages would
      # name submissions and people that no longer exist: both start empty together.
      rm -rf "$state/azurite" && mkdir -p "$state/azurite"
    fi
    start_one azurite 10000 node "$here/node_modules/azurite/dist/src/azurite.js" --silent --skipApiVersionCheck --loose \
      --location "$state/azurite" --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1
    wait_port azurite 10001 30
    start_one cosmos 8081 node "$here/node_modules/@vercel/cosmosdb-server/lib/cli.js" --host 127.0.0.1 --port 8081
    ;;
  stop)
    stop_one cosmos
    stop_one azurite
    ;;
  stop-azurite) stop_one azurite ;;
  stop-cosmos) stop_one cosmos ;;
  *) echo "usage: $0 start|stop|stop-azurite|stop-cosmos" >&2; exit 2 ;;
esac
