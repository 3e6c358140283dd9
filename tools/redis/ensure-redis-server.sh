#!/usr/bin/env bash
# Makes sure `redis-server` is on PATH for the @ccaas/token-store-redis tests (they start their own throwaway
# instance on 127.0.0.1 and a random port). Idempotent and quiet: does nothing when it is already installed,
# otherwise installs the Debian/Ubuntu package `redis-server` with apt-get and stops any service the package started
# (the tests never use it). Exits non-zero, with one clear line, when it cannot install.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

source "$(dirname "$0")/../debian/install-debian-package.sh"
install_debian_package ensure-redis-server redis-server

# the package may start a system service on port 6379 (systemd hosts); the tests start their own instance
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  $SUDO systemctl disable --now redis-server >/dev/null 2>&1 || true
fi

if ! command -v redis-server >/dev/null 2>&1; then
  echo "[ensure-redis-server] redis-server is still not on PATH after installing" >&2
  exit 1
fi
echo "[ensure-redis-server] $(redis-server --version | cut -d' ' -f1-3)"
