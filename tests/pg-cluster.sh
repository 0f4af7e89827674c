#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests (Debian's postgresql package).
#
#   tests/pg-cluster.sh start        initdb into a new temporary folder, start the server on a free port on 127.0.0.1,
#                                    print the folder; the connection string is in FOLDER/connection-string
#   tests/pg-cluster.sh stop FOLDER  stop that server and delete the folder
#
# When run as root the server runs as the user "postgres" (or "nobody"), which owns the folder: PostgreSQL refuses root.
# The cluster is tuned for tests only (no fsync): its data is thrown away.
set -euo pipefail

bin_dir() {
  if [ -n "${PG_BIN:-}" ]; then echo "$PG_BIN"; return; fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    echo "PostgreSQL server binaries not found (install Debian's postgresql package, or set PG_BIN)." >&2
    exit 1
  fi
  echo "$dir"
}

server_user() {
  if [ "$(id -u)" -ne 0 ]; then return; fi
  if id postgres >/dev/null 2>&1; then echo postgres; else echo nobody; fi
}

as_server_user() {
  local user
  user=$(server_user)
  if [ -n "$user" ]; then runuser -u "$user" -- "$@"; else "$@"; fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "No free port found." >&2
  exit 1
}

start() {
  local bin folder user port password
  bin=$(bin_dir)
  folder=$(mktemp -d "${TMPDIR:-/tmp}/microcred-pg.XXXXXX")
  chmod 755 "$folder"
  user=$(server_user)
  password=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
  printf '%s\n' "$password" >"$folder/pwfile"
  mkdir -p "$folder/data" "$folder/socket"
  if [ -n "$user" ]; then chown -R "$user" "$folder"; fi

  as_server_user "$bin/initdb" -D "$folder/data" -U microcred --pwfile="$folder/pwfile" \
    --auth-host=scram-sha-256 --auth-local=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
    || { cat "$folder/initdb.log" >&2; exit 1; }
  rm -f "$folder/pwfile"

  # Settings of a throwaway server: no durability (fsync and friends off), and random_page_cost 1.1 as on SSD storage (the
  # default 4 assumes spinning disks, and with it the dashboard's join reads every design instead of the user's; see
  # docker-compose.postgres.yml). A port can be taken between the check and the start: try a few.
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    if as_server_user "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 \
      -o "-p $port -k $folder/socket -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=64MB -c random_page_cost=1.1" \
      start >/dev/null; then
      printf 'Host=127.0.0.1;Port=%s;Username=microcred;Password=%s;Database=postgres\n' "$port" "$password" >"$folder/connection-string"
      chmod 600 "$folder/connection-string"
      echo "$folder"
      return
    fi
  done
  cat "$folder/server.log" >&2
  exit 1
}

stop() {
  local folder=${1:?Usage: pg-cluster.sh stop FOLDER}
  case "$folder" in
    */microcred-pg.*) ;;
    *) echo "Not a cluster folder made by this script: $folder" >&2; exit 1 ;;
  esac
  if [ -f "$folder/data/postmaster.pid" ]; then
    as_server_user "$(bin_dir)/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$folder"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "Usage: $0 start | stop FOLDER" >&2; exit 2 ;;
esac
