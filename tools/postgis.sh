#!/usr/bin/env bash
# Makes sure a PostgreSQL + PostGIS server is there for the tests and exports GEOOPGAVE_TEST_PG
# (an Npgsql connection string to a database the tests may create other databases from).
#
#   source tools/postgis.sh     # from tools/test.sh: exports GEOOPGAVE_TEST_PG into the caller
#   tools/postgis.sh            # by hand: prints the export line to paste into a shell
#
# If GEOOPGAVE_TEST_PG is already set, that server is only checked. Otherwise (as root) the Debian
# packages are installed when missing and a private, throw-away cluster is started on 127.0.0.1
# (GEOOPGAVE_PG_PORT, default 55432, data in GEOOPGAVE_PG_DIR, default /tmp/geoopgave-pg).
# Re-running reuses a server that is already up. GEOOPGAVE_PG_STARTED=1 tells the caller that this
# run started the server (tools/test.sh stops it again on CI).

geoopgave_pg_here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=tools/apt-ensure.sh
source "$geoopgave_pg_here/apt-ensure.sh"

geoopgave_pg_fail() {
  echo "error: $*" >&2
  return 1
}

# Turns an Npgsql connection string (Host=..;Port=..;Username=..) into libpq keywords for psql.
geoopgave_pg_libpq() {
  local npgsql="$1" out="" pair key value
  local IFS=';'
  for pair in $npgsql; do
    [ -z "$pair" ] && continue
    key="$(echo "${pair%%=*}" | tr '[:upper:]' '[:lower:]' | tr -d ' ')"
    value="${pair#*=}"
    case "$key" in
      host | server) out+="host='$value' " ;;
      port) out+="port='$value' " ;;
      username | userid | user | "user id") out+="user='$value' " ;;
      password | pwd) out+="password='$value' " ;;
      database | db) out+="dbname='$value' " ;;
    esac
  done
  echo "$out"
}

geoopgave_pg_check() {
  local conninfo
  conninfo="$(geoopgave_pg_libpq "$1")"
  if ! psql "$conninfo connect_timeout=10" -v ON_ERROR_STOP=1 -qtAc \
    'SET client_min_messages = warning; CREATE EXTENSION IF NOT EXISTS postgis; SELECT postgis_lib_version();' >/dev/null; then
    geoopgave_pg_fail "cannot connect with GEOOPGAVE_TEST_PG or CREATE EXTENSION postgis failed there"
  fi
}

geoopgave_pg_version() {
  local installed
  installed="$(find /usr/lib/postgresql -maxdepth 3 -path '*/bin/initdb' 2>/dev/null | sed -E 's#.*/postgresql/([0-9]+)/bin/initdb#\1#' | sort -n | tail -1)"
  if [ -n "$installed" ]; then
    echo "$installed"
    return 0
  fi
  if [ "$geoopgave_apt_updated" -eq 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    geoopgave_apt_updated=1
  fi
  apt-cache depends postgresql 2>/dev/null | sed -nE 's/.*Depends: postgresql-([0-9]+)$/\1/p' | head -1
}

geoopgave_pg_psql_admin() {
  runuser -u postgres -- "$1/psql" -h "$2" -p "$3" -d postgres -v ON_ERROR_STOP=1 -qtAc "$4"
}

geoopgave_pg_init_and_start() {
  local bin="$1" dir="$2" port="$3"
  mkdir -p "$dir"
  chown postgres:postgres "$dir"
  chmod 700 "$dir"
  if [ ! -s "$dir/data/PG_VERSION" ]; then
    runuser -u postgres -- "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --no-locale \
      --auth-local=peer --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log" >&2; return 1; }
  fi
  # A throw-away test cluster: durability settings off make the many CREATE DATABASEs fast.
  runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
}

geoopgave_pg_start_private() {
  local dir="${GEOOPGAVE_PG_DIR:-/tmp/geoopgave-pg}" port="${GEOOPGAVE_PG_PORT:-55432}"
  local user=geoopgave password=geoopgave-test database=geoopgave_test ver bin
  ver="$(geoopgave_pg_version)"
  [ -n "$ver" ] || geoopgave_pg_fail "no postgresql package found in apt" || return 1
  apt_ensure "postgresql-$ver" "postgresql-$ver-postgis-3" "postgresql-client-$ver" || return 1
  bin="/usr/lib/postgresql/$ver/bin"

  if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
    if ! geoopgave_pg_init_and_start "$bin" "$dir" "$port"; then
      # A cluster left behind by a killed run (stale pid file, half-written data) is only test data: start afresh.
      echo "PostgreSQL did not start from $dir/data; recreating the test cluster" >&2
      rm -rf "$dir/data"
      geoopgave_pg_init_and_start "$bin" "$dir" "$port" ||
        { tail -20 "$dir/server.log" >&2; geoopgave_pg_fail "could not start PostgreSQL in $dir/data on port $port"; return 1; }
    fi
    export GEOOPGAVE_PG_STARTED=1
    export GEOOPGAVE_PG_DATA="$dir/data"
    export GEOOPGAVE_PG_CTL="$bin/pg_ctl"
  fi

  # Superuser: CREATE EXTENSION postgis needs it, and the tests create and drop databases.
  geoopgave_pg_psql_admin "$bin" "$dir" "$port" \
    "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$user') THEN CREATE ROLE $user LOGIN SUPERUSER PASSWORD '$password'; END IF; END \$\$;" ||
    { geoopgave_pg_fail "port $port answers but is not the test cluster in $dir (set GEOOPGAVE_PG_PORT)"; return 1; }
  if [ -z "$(geoopgave_pg_psql_admin "$bin" "$dir" "$port" "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
    geoopgave_pg_psql_admin "$bin" "$dir" "$port" "CREATE DATABASE $database OWNER $user" || return 1
  fi
  export GEOOPGAVE_TEST_PG="Host=127.0.0.1;Port=$port;Username=$user;Password=$password;Database=$database"
  geoopgave_pg_check "$GEOOPGAVE_TEST_PG"
}

geoopgave_postgis_main() {
  if [ -n "${GEOOPGAVE_TEST_PG:-}" ]; then
    if ! command -v psql >/dev/null; then
      apt_ensure postgresql-client || return 1
    fi
    geoopgave_pg_check "$GEOOPGAVE_TEST_PG"
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    geoopgave_pg_fail "no PostGIS for the tests: either set GEOOPGAVE_TEST_PG to an Npgsql connection string" \
      "(Host=..;Port=..;Username=..;Password=..;Database=..) of a PostGIS server where that user may create" \
      "databases and extensions, or run tools/postgis.sh (or tools/test.sh) as root to install and start a private one"
    return 1
  fi
  geoopgave_pg_start_private
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  geoopgave_postgis_main
  echo "export GEOOPGAVE_TEST_PG='$GEOOPGAVE_TEST_PG'"
else
  geoopgave_postgis_main
fi
