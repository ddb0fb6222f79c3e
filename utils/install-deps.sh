#!/usr/bin/env bash
# Installs the Debian 12 packages pylc builds and tests with (only those missing).
set -euo pipefail
packages=(cmake ninja-build llvm-19-dev llvm-19-tools liblld-19-dev clang-19 libcli11-dev
          python3.11 python3.11-dev libpython3.11-testsuite libgtest-dev zlib1g-dev libzstd-dev
          libexpat1-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
