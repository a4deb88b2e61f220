#!/usr/bin/env bash
# Installs every Debian package factlint needs (idempotent), then configures and builds.
#
# usage: scripts/setup.sh [BUILD_DIR]      (default: build)
# Environment: FACTLINT_SKIP_APT=1 skips the package step (for machines already set up).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}

packages=(
  meson ninja-build pkg-config g++ python3 bc
  libicu-dev nlohmann-json3-dev libboost-program-options-dev libspdlog-dev libfmt-dev
  doctest-dev libmd4c-dev libmimalloc-dev
  clang libclang-rt-14-dev clang-format clang-tidy
  # The eval suite's development set (real translations) and the pofilter comparison.
  gettext installation-guide-amd64 translate-toolkit
  debian-reference-en debian-reference-de debian-reference-es debian-reference-fr
  debian-reference-id debian-reference-it debian-reference-ja debian-reference-pt
  debian-reference-zh-cn
  chromium fonts-wqy-microhei
)
# The browser tests drive Debian's chromium through the npm package playwright-core (a small
# CJK font keeps Chinese, Japanese and Korean readable in their screenshots); Node.js
# and npm usually come with the machine, and Debian's are installed only where node is absent.
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)

if [ "${FACTLINT_SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    echo "setup: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 update -q >&2
    "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -q --no-install-recommends \
      "${missing[@]}" >&2
  fi
fi

if [ ! -f "$build_dir/build.ninja" ]; then
  meson setup "$build_dir" >&2
fi
ninja -C "$build_dir" >&2
