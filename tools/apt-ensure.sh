#!/usr/bin/env bash
# Sourced by tools/postgis.sh and tools/test.sh: installs Debian packages only when they are missing,
# running `apt-get update` at most once per shell and only when something has to be installed.

geoopgave_apt_updated="${geoopgave_apt_updated:-0}"

# apt_ensure PACKAGE... : installs the packages that are not installed yet (needs root).
apt_ensure() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: missing Debian packages: ${missing[*]} (install them as root: apt-get install ${missing[*]})" >&2
    return 1
  fi
  if [ "$geoopgave_apt_updated" -eq 0 ]; then
    echo "apt-get update" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    geoopgave_apt_updated=1
  fi
  echo "apt-get install ${missing[*]}" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}
