# Sourced (not run) by the tools/*/ensure-*.sh scripts that `npm test` uses to install what its tests need.
# install_debian_package <log tag> <package>: installs one Debian package with apt-get, quietly (no recommended
# packages), as root or with password-less sudo; on failure prints the end of apt's log and exits non-zero with one
# clear line. Leaves `SUDO` set ("" or "sudo -n") for a follow-up command of the caller.

install_debian_package() {
  local tag=$1 package=$2 log
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "[$tag] $package is missing and apt-get is not available; install the Debian package $package by hand" >&2
    exit 1
  fi
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      SUDO="sudo -n"
    else
      echo "[$tag] $package is missing and installing it needs root (or password-less sudo)" >&2
      exit 1
    fi
  fi
  log=$(mktemp)
  echo "[$tag] installing $package with apt-get"
  if ! { $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -qq update &&
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -qq install -y --no-install-recommends "$package"; } >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    rm -f "$log"
    echo "[$tag] apt-get could not install $package" >&2
    exit 1
  fi
  rm -f "$log"
}
