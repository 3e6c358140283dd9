#!/usr/bin/env bash
# Makes sure Debian's `chromium` (/usr/bin/chromium) is installed for the headless-browser e2e
# (tools/browser-e2e): the test starts its own headless instance with a fresh profile and stops it by PID.
# Idempotent and quiet: does nothing when it is already installed, otherwise installs the Debian package `chromium`
# with apt-get (no recommended packages: no fonts or drivers beyond what it needs). Exits non-zero, with one clear
# line, when it cannot install.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

started=$(date +%s)
source "$(dirname "$0")/../debian/install-debian-package.sh"
install_debian_package ensure-chromium chromium

if [ ! -x "$CHROMIUM" ]; then
  echo "[ensure-chromium] $CHROMIUM is still missing after installing the chromium package" >&2
  exit 1
fi
echo "[ensure-chromium] $("$CHROMIUM" --version 2>/dev/null || echo chromium) installed in $(( $(date +%s) - started )) s"
