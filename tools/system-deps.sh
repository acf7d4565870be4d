#!/usr/bin/env bash
# Debian packages the app needs beside Python: the libraries Qt loads (offscreen and on a
# desktop). Installs only what is missing; as root directly, otherwise through sudo.
set -euo pipefail
packages=(
  libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-randr0 libxcb-xinerama0
  libwayland-cursor0
)
if [ "${1:-}" = "--test" ]; then
  packages+=(poppler-utils)  # pdftoppm/pdffonts for looking at generated PDFs
  packages+=(libreoffice-writer-nogui)  # opens our DOCX files in the tests, as a user would
fi
command -v dpkg-query >/dev/null 2>&1 || { echo "not Debian: install Qt's libraries by hand" >&2; exit 0; }
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
