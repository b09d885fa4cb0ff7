#!/bin/sh
# Starts the reference deployment on loopback: two `next start` instances behind nginx (a caching
# reverse proxy, see nginx.conf.template), waits until it answers and prints its URL.
# Needs `npm run build` first. Idempotent: whatever is already running is left alone, whatever is not
# (an instance that died, say) is started. deploy/down.sh stops it all.
#   PORT=8080 APP_PORTS="3201 3202" APP_DIR=<checkout with a build> RUN_DIR=/tmp/smtp-codes-deploy
#   APP_HEAP_MB=256 (each instance's V8 old space; see below)
set -eu

DEPLOY_DIR=$(cd "$(dirname "$0")" && pwd)
APP_DIR=${APP_DIR:-$(dirname "$DEPLOY_DIR")}
PORT=${PORT:-8080}
APP_PORTS=${APP_PORTS:-3201 3202}
RUN_DIR=${RUN_DIR:-${TMPDIR:-/tmp}/smtp-codes-deploy}
NGINX=${NGINX:-/usr/sbin/nginx}

[ -x "$NGINX" ] || { echo "nginx not found at $NGINX: apt-get install -y nginx" >&2; exit 1; }
for file in .next/BUILD_ID .next/csp-hashes.json; do
  [ -f "$APP_DIR/$file" ] || { echo "no production build in $APP_DIR: run \`npm run build\` first" >&2; exit 1; }
done
set -- $APP_PORTS
[ $# -eq 2 ] || { echo "APP_PORTS must name two ports" >&2; exit 1; }
mkdir -p "$RUN_DIR/tmp" "$RUN_DIR/cache"

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

answers() { curl -s -o /dev/null --max-time 5 "$1"; }

wait_for() {
  tries=0
  until answers "$1"; do
    tries=$((tries + 1))
    [ $tries -lt 240 ] || { echo "nothing answers at $1 (logs in $RUN_DIR)" >&2; exit 1; }
    sleep 0.25
  done
}

# Node sizes its heap by the machine's memory (about 4 GB here) and, with that much room, leaves garbage
# uncollected: one instance went from 130 to 405-487 MB RSS over 20,000 distinct per-request URLs. With
# the old space capped at 160 MB it stayed at 201 MB over 10,000, same answers (bench/memory.mjs).
APP_HEAP_MB=${APP_HEAP_MB:-256}
# Old space starts at three quarters of the cap: a page render allocates large strings straight into old
# space, and a small starting size meant a full mark-compact every ~3 s of traffic (16 per 550 requests;
# 3 with this), which was most of the slowest 1 % of pages rendered on request. Node refuses this flag
# in NODE_OPTIONS, so it is an argument, as in package.json's start.

# Each instance in a session of its own (setsid), so that stopping it stops all its processes.
# -H localhost keeps it on loopback (nginx.conf.template expects 127.0.0.1: localhost must resolve there
# first, as in Debian's /etc/hosts); -H 127.0.0.1 would make Next 16.4 proxy its own 404 rewrites to itself.
for port in "$@"; do
  pidfile="$RUN_DIR/app-$port.pid"
  running "$pidfile" && continue
  # Something else on the port (another run directory's instance, say) would answer in this one's place
  # while the instance started here dies on EADDRINUSE, unseen.
  ! answers "http://localhost:$port/" || { echo "port $port is taken by something this run directory ($RUN_DIR) did not start" >&2; exit 1; }
  (cd "$APP_DIR" && NODE_ENV=production setsid node --max-old-space-size="$APP_HEAP_MB" --initial-old-space-size="$((APP_HEAP_MB * 3 / 4))" node_modules/next/dist/bin/next start -H localhost -p "$port" \
    >>"$RUN_DIR/app-$port.log" 2>&1 </dev/null & echo $! >"$pidfile")
done
for port in "$@"; do wait_for "http://localhost:$port/api/v1/codes/250"; done

# The config is written every time; a running nginx reloads only when it changed (a new build, say).
sed -e "s|@@RUN_DIR@@|$RUN_DIR|g" -e "s|@@PORT@@|$PORT|g" -e "s|@@APP_PORT_1@@|$1|g" -e "s|@@APP_PORT_2@@|$2|g" \
  -e "s|@@BUILD_ID@@|$(cat "$APP_DIR/.next/BUILD_ID")|g" \
  "$DEPLOY_DIR/nginx.conf.template" >"$RUN_DIR/nginx.conf.new"
if ! running "$RUN_DIR/nginx.pid"; then
  mv "$RUN_DIR/nginx.conf.new" "$RUN_DIR/nginx.conf"
  "$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -e "$RUN_DIR/nginx-error.log"
elif ! cmp -s "$RUN_DIR/nginx.conf.new" "$RUN_DIR/nginx.conf"; then
  mv "$RUN_DIR/nginx.conf.new" "$RUN_DIR/nginx.conf"
  "$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -e "$RUN_DIR/nginx-error.log" -s reload
else
  rm "$RUN_DIR/nginx.conf.new"
fi
wait_for "http://127.0.0.1:$PORT/api/v1/codes/250"
echo "http://localhost:$PORT"
