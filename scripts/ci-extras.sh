#!/usr/bin/env bash
# CI extras (called by .ci/run when executable): the headless browser the workbench's browser tests drive.
# Installs Debian's chromium when /usr/bin/chromium is missing; quiet; exits non-zero on failure.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
echo "[ci-extras] installing chromium"
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/tmp/ci-extras-apt.log 2>&1; then
  echo "[ci-extras] apt-get failed:" >&2
  tail -20 /tmp/ci-extras-apt.log >&2
  exit 1
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "[ci-extras] chromium was installed but /usr/bin/chromium is missing" >&2
  exit 1
fi
echo "[ci-extras] $(/usr/bin/chromium --version 2>/dev/null | head -1)"
