#!/usr/bin/env bash
# Installs what a fresh machine of our kind (Debian 12, .NET 10 SDK) lacks for building and testing
# EcoTwin. Checks first; installs with apt-get only what is missing (needs root).
set -euo pipefail

missing=()
need() { # need <command-or-path> <debian-package>
  if ! command -v "$1" >/dev/null 2>&1 && [ ! -x "$1" ]; then missing+=("$2"); fi
}

if ! command -v dotnet >/dev/null 2>&1; then
  echo "prerequisites: the .NET 10 SDK is required (https://dot.net); it is not installable from Debian's archive." >&2
  exit 1
fi
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
need perl perl-base
need setsid util-linux
need runuser util-linux
# Browser tests (tests/EcoTwin.Browser.Tests): Debian's Chromium, driven headless by Playwright, and a
# CJK font so the Chinese UI renders (and its screenshots show text, not boxes).
need chromium chromium
if [ ! -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] && ! ls /usr/share/fonts/opentype/noto/NotoSansCJK-*.ttc >/dev/null 2>&1; then
  missing+=(fonts-wqy-microhei)
fi

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "prerequisites: missing ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "prerequisites: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
