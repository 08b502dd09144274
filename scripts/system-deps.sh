#!/usr/bin/env bash
# Installs the system libraries Qt needs (also offscreen), a font with Latin and Cyrillic,
# poppler-utils for looking at PDFs, and what the AT-SPI accessibility test (tests/ui/test_atspi.py)
# starts: an X server, D-Bus, the accessibility bus and the system Python's gi with Atspi;
# binutils (objdump) for PyInstaller's Linux bundle (.ci/run).
# Debian/Ubuntu only; elsewhere it does nothing.
set -euo pipefail
command -v apt-get >/dev/null 2>&1 || { echo "system-deps: no apt-get here; skipping"; exit 0; }
packages=(libegl1 libgl1 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 fonts-dejavu-core poppler-utils
  xvfb dbus-daemon libglib2.0-bin at-spi2-core python3 python3-gi gir1.2-atspi-2.0
  binutils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
