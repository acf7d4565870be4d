#!/usr/bin/env bash
# Prove the PyInstaller build runs: sample data into a fresh database, then a screenshot.
set -euo pipefail
exe=dist/jimukyoku/jimukyoku
[ -x "$exe" ] || { echo "no build at $exe (run make dist)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export JIMUKYOKU_DATA_DIR="$work/data" JIMUKYOKU_CONFIG_DIR="$work/config"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
"$exe" --db "$work/dist.sqlite3" demo
"$exe" --db "$work/dist.sqlite3" check
"$exe" --lang ja --db "$work/dist.sqlite3" gui --screenshot "$work/dist.png" --tab meetings
size=$(stat -c %s "$work/dist.png")
[ "$size" -gt 20000 ] || { echo "screenshot suspiciously small: $size bytes" >&2; exit 1; }
mkdir -p dist
cp "$work/dist.png" dist/check-screenshot.png
echo "the built app started and saved a ${size}-byte screenshot: dist/check-screenshot.png"
