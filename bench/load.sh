#!/usr/bin/env bash
# The load benchmark of issue 12, with one command:
#
#   bench/load.sh                      full run: SQLite and PostgreSQL, 1/16/64 users, 2 s warm-up + 10 s per point, bulk work
#   bench/load.sh --quick              the same with 1 s warm-up + 3 s per point (proves it works; figures are rough)
#   bench/load.sh --db sqlite --duration 20 --warmup 5 --users 1,16,64 --skip-bulk
#   bench/load.sh --db sqlite --users 16 --skip-bulk --pages "Task list,Cohort"   only these pages (and the floor)
#   bench/load.sh --passes 1           the 16/64 comparison once instead of twice (the second pass runs backwards)
#
# For each database: Release build and publish of the portal, a fresh database seeded with the grown data (bench/
# MicroCred.Bench.Load seed: 200 designs, 20 cohorts with 10,000 learners (one of 5,000), 100 review comments on one design),
# the portal started as its own process (Production environment, logging at Warning, the floor page on) on a free port,
# then the load from a second process (bench/MicroCred.Bench.Load run). PostgreSQL runs in a throwaway cluster
# (tests/pg-cluster.sh: initdb into a temporary folder, as the user "postgres" when run as root), removed at the end.
# Results: markdown tables on stdout and in bench/results/load-<time>.md (paste into docs/performance.md).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
db=both
warmup=2
duration=10
users=1,16,64
skip_bulk=
passes=2
pages=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) warmup=1; duration=3 ;;
    --db) db=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --duration) duration=$2; shift ;;
    --users) users=$2; shift ;;
    --skip-bulk) skip_bulk=--skip-bulk ;;
    --passes) passes=$2; shift ;;
    --pages) pages=(--pages "$2"); shift ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "Unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
case "$db" in sqlite|postgres|both) ;; *) echo "--db is sqlite, postgres or both" >&2; exit 2 ;; esac

work=$(mktemp -d "${TMPDIR:-/tmp}/microcred-load.XXXXXX")
results_dir="$root/bench/results"
mkdir -p "$results_dir"
stamp=$(date -u +%Y%m%d-%H%M%S)
results="$results_dir/load-$stamp.md"
portal_pid=
pg_folder=

cleanup() {
  if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
    kill "$portal_pid" 2>/dev/null || true
    wait "$portal_pid" 2>/dev/null || true
  fi
  if [ -n "$pg_folder" ]; then
    "$root/tests/pg-cluster.sh" stop "$pg_folder" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "No free port found." >&2
  exit 1
}

echo "== Release build (portal published to $work/portal, benchmark program)"
dotnet publish "$root/src/MicroCred.Web" -c Release -o "$work/portal" -nologo -clp:ErrorsOnly -v quiet
dotnet build "$root/bench/MicroCred.Bench.Load" -c Release -nologo -clp:ErrorsOnly -v quiet
bench_dll="$root/bench/MicroCred.Bench.Load/bin/Release/net10.0/MicroCred.Bench.Load.dll"

{
  echo "## Load run of $(date -u '+%Y-%m-%d %H:%M') UTC"
  echo
  echo "Commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown); $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')); $(free -h | awk '/^Mem:/ {print $2 " memory, " $7 " available"}'); .NET SDK $(dotnet --version); $(. /etc/os-release && echo "$PRETTY_NAME")."
  echo "Command: bench/load.sh --db $db --warmup $warmup --duration $duration --users $users --passes $passes $skip_bulk"
  echo
} >"$results"

run_one() { # provider connection-string label
  local provider=$1 connection=$2 label=$3 data port
  data="$work/data-$provider"
  mkdir -p "$data"
  echo "== $label: seeding the grown data"
  dotnet "$bench_dll" seed --provider "$provider" --connection "$connection" --data-folder "$data" --ids "$work/ids-$provider.json"
  rm -rf "$data/logs" # the seeding's own log (EF logs the first look for the migrations table of a new database as an error)

  port=$(free_port)
  echo "== $label: starting the portal on port $port (Production, Release, logging at Warning)"
  (
    cd "$work/portal"
    export ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Database__Provider="$provider" ConnectionStrings__MicroCred="$connection" DataFolder="$data" \
      App__PublicBaseUrl="http://127.0.0.1:$port" Security__RequireHttps=false \
      Security__VerificationRequestsPerMinute=100000000 Security__LoginAttemptsPerMinute=1000 \
      Serilog__MinimumLevel__Default=Warning Bench__Floor=true
    exec dotnet MicroCred.Web.dll >"$work/portal-$provider.log" 2>&1
  ) &
  portal_pid=$!
  for _ in $(seq 1 240); do
    if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$portal_pid" 2>/dev/null; then cat "$work/portal-$provider.log" >&2; echo "The portal stopped." >&2; exit 1; fi
    sleep 0.5
  done
  curl -fsS "http://127.0.0.1:$port/health" >/dev/null

  echo "== $label: load (portal process $portal_pid)"
  dotnet "$bench_dll" run --base-url "http://127.0.0.1:$port" --ids "$work/ids-$provider.json" --pid "$portal_pid" \
    --label "$label" --out "$work/result-$provider.md" --users "$users" --warmup "$warmup" --duration "$duration" --passes "$passes" $skip_bulk "${pages[@]}"
  cat "$work/result-$provider.md" >>"$results"
  echo >>"$results"
  if grep -q '"Level":"Error"\|"@l":"Error"\|"@l":"Fatal"' "$data"/logs/*.json 2>/dev/null; then
    echo "Errors in the portal's log during the $label run (first five):" | tee -a "$results"
    grep -h '"@l":"Error"\|"@l":"Fatal"' "$data"/logs/*.json | head -n 5 | cut -c1-400 | sed 's/^/    /' | tee -a "$results"
  fi

  kill "$portal_pid" 2>/dev/null || true
  wait "$portal_pid" 2>/dev/null || true
  portal_pid=
}

if [ "$db" = sqlite ] || [ "$db" = both ]; then
  run_one Sqlite "Data Source=$work/data-Sqlite/microcred.db" "SQLite (one file)"
fi

if [ "$db" = postgres ] || [ "$db" = both ]; then
  echo "== PostgreSQL: starting a throwaway cluster"
  pg_folder=$("$root/tests/pg-cluster.sh" start)
  run_one PostgreSQL "$(cat "$pg_folder/connection-string")" "PostgreSQL $(ls -d /usr/lib/postgresql/*/ | sort -V | tail -n 1 | xargs basename) (throwaway local cluster)"
  "$root/tests/pg-cluster.sh" stop "$pg_folder"
  pg_folder=
fi

echo
echo "Results written to $results"
