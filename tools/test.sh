#!/usr/bin/env bash
# Builds the solution once and runs every test project against SQLite and a PostGIS server, then prints
# one closing line: "N passed, N failed" (", N skipped" when there are skips).
# Needs root on a fresh machine (to install PostgreSQL + PostGIS, chromium and gdal-bin) unless they are
# there already and GEOOPGAVE_TEST_PG points at a PostGIS server (see tools/postgis.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export GEOOPGAVE_CHROMIUM="${GEOOPGAVE_CHROMIUM:-/usr/bin/chromium}"
results="$repo/TestResults/test-sh"

phase_start=$SECONDS
phase() {
  echo "== $1: $((SECONDS - phase_start)) s" >&2
  phase_start=$SECONDS
}

# --- services and tools the tests use ---------------------------------------------------------------
# shellcheck source=tools/postgis.sh
source "$repo/tools/postgis.sh"
if [ "${GEOOPGAVE_PG_STARTED:-0}" = 1 ] && [ -n "${CI:-}" ]; then
  # On CI nobody reuses the server: stop it so the run leaves nothing behind.
  trap 'runuser -u postgres -- "$GEOOPGAVE_PG_CTL" -D "$GEOOPGAVE_PG_DATA" -m fast stop >/dev/null 2>&1 || true' EXIT
fi
phase "postgis"

tools_missing=()
[ -x "$GEOOPGAVE_CHROMIUM" ] || tools_missing+=(chromium)
command -v ogrinfo >/dev/null || tools_missing+=(gdal-bin)
# GeoOpgave.Web's build fetches Leaflet with npm ci.
command -v npm >/dev/null || tools_missing+=(nodejs npm)
if [ "${#tools_missing[@]}" -gt 0 ]; then
  apt_ensure "${tools_missing[@]}"
fi
phase "packages"

# --- build once ---------------------------------------------------------------------------------------
if ! dotnet build GeoOpgave.sln -c Release -nologo -v:minimal -clp:Summary; then
  echo "the build failed: no tests ran" >&2
  echo "0 passed, 1 failed"
  exit 1
fi
phase "build"

# --- code style the compiler does not check ----------------------------------------------------------------
style_failed=0
if ! tools/line-length.sh >&2; then
  echo "C# lines over 120 characters (above): wrap them; counted as one failure" >&2
  style_failed=1
fi

# --- test every project ---------------------------------------------------------------------------------
rm -rf "$results"
mkdir -p "$results"
passed=0 failed=0 skipped=0 broken=()

counter() {
  grep -o "<Counters [^>]*" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0
}

for project in tests/*/*.Tests.csproj; do
  name="$(basename "$project" .csproj)"
  trx="$results/$name.trx"
  status=0
  dotnet test "$project" -c Release --no-build --nologo \
    --results-directory "$results" --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --blame-hang-timeout 10m || status=$?
  if [ -f "$trx" ]; then
    p=$(counter "$trx" passed)
    f=$(($(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted)))
    s=$(counter "$trx" notExecuted)
  else
    p=0 f=0 s=0
  fi
  if [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    # The test host crashed or never started: count the project as one failure rather than hide it.
    f=1
    broken+=("$name")
  fi
  passed=$((passed + p)) failed=$((failed + f)) skipped=$((skipped + s))
done
phase "tests"
failed=$((failed + style_failed))

if [ "${#broken[@]}" -gt 0 ]; then
  echo "test projects that failed without reporting a failed test: ${broken[*]}" >&2
fi
summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary+=", $skipped skipped"
echo "$summary"
if [ "$failed" -gt 0 ] || [ $((passed + failed)) -eq 0 ]; then
  exit 1
fi
