#!/usr/bin/env bash
# Start a throw-away PostgreSQL server on 127.0.0.1 for the test suite, from Debian's
# packages (installed if missing). Prints the URL to use; `stop DIR` stops it again.
#   url=$(bash tools/ci-postgres.sh start)   ...   bash tools/ci-postgres.sh stop
set -euo pipefail
PORT=${JIMUKYOKU_PG_PORT:-55432}
STATE=${JIMUKYOKU_PG_DIR:-/tmp/jimukyoku-ci-postgres}

pg_bin() {
  local version
  version=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
  [ -n "$version" ] && echo "/usr/lib/postgresql/$version/bin"
}

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  if [ -z "$(pg_bin)" ]; then
    echo "installing PostgreSQL from Debian's packages" >&2
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >&2
  fi
  local bin
  bin=$(pg_bin)
  stop >/dev/null 2>&1 || true
  rm -rf "$STATE"
  mkdir -p "$STATE"
  [ "$(id -u)" -eq 0 ] && chown postgres "$STATE"
  as_owner "$bin/initdb" -D "$STATE/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$bin/pg_ctl" -D "$STATE/data" -l "$STATE/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $STATE -c fsync=off" start >/dev/null
  as_owner "$bin/psql" -h 127.0.0.1 -p "$PORT" -U postgres -q -c "CREATE DATABASE jimukyoku_test" >/dev/null
  echo "postgresql://postgres@127.0.0.1:$PORT/jimukyoku_test"
}

stop() {
  local bin
  bin=$(pg_bin)
  [ -n "$bin" ] && [ -d "$STATE/data" ] && as_owner "$bin/pg_ctl" -D "$STATE/data" -m fast -w stop
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
