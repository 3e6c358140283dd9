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

if ! command -v apt-get >/dev/null 2>&1; then
  echo "[ensure-chromium] $CHROMIUM is missing and apt-get is not available; install Debian's chromium package by hand" >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "[ensure-chromium] $CHROMIUM is missing and installing it needs root (or password-less sudo)" >&2
    exit 1
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
started=$(date +%s)
echo "[ensure-chromium] installing chromium with apt-get"
if ! { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -qq update &&
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -qq install -y --no-install-recommends chromium; } >"$log" 2>&1; then
  tail -n 20 "$log" >&2
  echo "[ensure-chromium] apt-get could not install chromium" >&2
  exit 1
fi

if [ ! -x "$CHROMIUM" ]; then
  echo "[ensure-chromium] $CHROMIUM is still missing after installing the chromium package" >&2
  exit 1
fi
echo "[ensure-chromium] $("$CHROMIUM" --version 2>/dev/null || echo chromium) installed in $(( $(date +%s) - started )) s"
