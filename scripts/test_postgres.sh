#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test suite (used by ./bootstrap test).
#
#   scripts/test_postgres.sh start DIR   install PostgreSQL if needed, start a server whose socket
#                                        and data live in DIR, print its SQLAlchemy URL on stdout
#   scripts/test_postgres.sh stop DIR    stop it and remove DIR
#
# The server listens on a Unix socket only, trusts local connections and runs with fsync off:
# it is for tests, never for an office (see docs/postgresql.md for a real server).
set -euo pipefail
cmd="${1:-}"; dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }
port="${COUNTER_TEST_PG_PORT:-55432}"

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

if [ "$(id -u)" = 0 ]; then SUDO=(); elif sudo -n true 2>/dev/null; then SUDO=(sudo -n); else SUDO=(none); fi

as_owner() {
  # PostgreSQL refuses to run as root: run its programs as the 'postgres' user then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$cmd" in
start)
  bin="$(find_bin)"
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    if [ "${SUDO[0]:-}" != none ] && command -v apt-get >/dev/null 2>&1; then
      echo "test_postgres: installing Debian package postgresql" >&2
      export DEBIAN_FRONTEND=noninteractive
      "${SUDO[@]}" apt-get update -q >&2
      "${SUDO[@]}" apt-get install -y -q --no-install-recommends postgresql >&2
      bin="$(find_bin)"
    fi
  fi
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "test_postgres: PostgreSQL is not installed and cannot be installed here (needs root or sudo):" >&2
    echo "    sudo apt-get install postgresql" >&2
    exit 3
  fi
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  chmod 700 "$dir"
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  fi
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "postgresql+psycopg://postgres@/postgres?host=$dir&port=$port"
  ;;
stop)
  bin="$(find_bin)"
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
