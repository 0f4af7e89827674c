#!/usr/bin/env bash
# Runs every MicroCred test project on a fresh machine: installs what the tests need, builds once,
# runs the suites, and ends with one plain line "N passed, N failed" computed from the TRX results.
# The PostgreSQL tests run on a throwaway cluster (tests/pg-cluster.sh) started here and removed on exit.
set -euo pipefail
cd "$(dirname "$0")"

APT_PACKAGES=(chromium fonts-liberation poppler-utils qpdf postgresql nodejs)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing Debian packages: ${missing[*]} (install them as root: apt-get install ${missing[*]})" >&2
    exit 1
  fi
fi

# npm: the nodejs package of the served repository may already bring it (nodesource builds do, and then Debian's
# npm package cannot be installed beside it); only when the command is missing is Debian's npm asked for.
if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm >/dev/null || echo "npm could not be installed" >&2
  elif command -v sudo >/dev/null 2>&1; then
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm >/dev/null || echo "npm could not be installed" >&2
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet tool restore >/dev/null

# The JSON-LD and SHACL validator the format tests run through node (versions pinned by its package-lock.json).
command -v npm >/dev/null 2>&1 && npm ci --prefix tools/jsonld-shacl --no-audit --no-fund --loglevel=error >/dev/null \
  || echo "npm ci in tools/jsonld-shacl failed: the JSON-LD/SHACL tests will say so" >&2

results=TestResults
rm -rf "$results"
dotnet build MicroCred.sln -c Release -nologo -clp:ErrorsOnly

# One PostgreSQL cluster for the whole run; each test class makes its own database on it.
pg_folder=$(tests/pg-cluster.sh start)
trap 'tests/pg-cluster.sh stop "$pg_folder"' EXIT
export MICROCRED_TEST_POSTGRES
MICROCRED_TEST_POSTGRES=$(cat "$pg_folder/connection-string")

status=0
dotnet test MicroCred.sln -c Release --no-build --nologo \
  --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" || status=$?

passed=0
failed=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0}))
done

trx_files=("$results"/*.trx)
if [ ${#trx_files[@]} -lt 4 ]; then
  echo "Expected results from 4 test projects, found ${#trx_files[@]}." >&2
  status=1
fi
if [ "$passed" -eq 0 ]; then
  status=1
fi
if [ "$failed" -gt 0 ] && [ "$status" -eq 0 ]; then
  status=1
fi

echo "$passed passed, $failed failed"
exit "$status"
