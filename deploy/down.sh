#!/bin/sh
# Stops what deploy/up.sh started (nginx and both instances) and removes its run directory, cache
# included. Idempotent: nothing running, nothing to do.
set -u

RUN_DIR=${RUN_DIR:-${TMPDIR:-/tmp}/smtp-codes-deploy}
[ -d "$RUN_DIR" ] || exit 0

stop() { # pidfile, signal target: "-" for the process group (the instances run in sessions of their own)
  [ -f "$1" ] || return 0
  pid=$(cat "$1")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$2$pid" 2>/dev/null
    for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.25
    done
    kill -KILL "$2$pid" 2>/dev/null
  fi
  rm -f "$1"
}

stop "$RUN_DIR/nginx.pid" ""
for pidfile in "$RUN_DIR"/app-*.pid; do stop "$pidfile" "-"; done
rm -rf "$RUN_DIR"
