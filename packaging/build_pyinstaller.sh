#!/bin/sh
# Build Exec Desk with PyInstaller (one folder), then check that the build starts and quits cleanly.
#   sh packaging/build_pyinstaller.sh [OUT_DIR]        (default OUT_DIR: build/pyinstaller)
# Result: OUT_DIR/dist/exec-desk/exec-desk (run it from there; copy the whole exec-desk/ folder to ship it).
# Installs PyInstaller into the venv ($EXEC_DESK_VENV, default .venv) when it is missing. The smoke test runs
# `exec-desk --demo --exit-when-ready --basedir <temporary dir>` on Qt's offscreen platform and wants exit code 0 and
# the "ready in N ms" line. Prints the build and start-up times.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV=${EXEC_DESK_VENV:-$ROOT/.venv}
PY="$VENV/bin/python"
OUT=${1:-$ROOT/build/pyinstaller}
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-"pyinstaller>=6.10,<7"}

say() { printf 'build_pyinstaller: %s\n' "$*" >&2; }
now() { "$PY" -c 'import time; print(f"{time.monotonic():.2f}")'; }
since() { "$PY" -c "import sys, time; print(f'{time.monotonic() - float(sys.argv[1]):.1f}')" "$1"; }

[ -x "$PY" ] || { say "no Python at $PY: run 'sh packaging/bootstrap.sh test' first (or set EXEC_DESK_VENV)"; exit 2; }
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
    say "installing $PYINSTALLER_SPEC into $VENV"
    if [ -x "$VENV/bin/uv" ]; then
        "$VENV/bin/uv" pip install -q --python "$PY" "$PYINSTALLER_SPEC"
    else
        "$PY" -m pip install -q --disable-pip-version-check "$PYINSTALLER_SPEC"
    fi
fi

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
started=$(now)
say "building into $OUT/dist/exec-desk"
"$PY" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" packaging/exec-desk.spec
build_seconds=$(since "$started")
BIN="$OUT/dist/exec-desk/exec-desk"
[ -x "$BIN" ] || { say "no executable at $BIN"; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/exec-desk-frozen.XXXXXX")
trap 'rm -rf "$TMP"' EXIT INT TERM
started=$(now)
set +e
# The app's own environment variables are cleared so the smoke test always runs the demo on a fresh profile.
env -u EXEC_DESK_HOME -u EXEC_DESK_API_URL QT_QPA_PLATFORM=offscreen \
    timeout 120 "$BIN" --demo --exit-when-ready --basedir "$TMP/profile" >"$TMP/stdout" 2>"$TMP/stderr"
code=$?
set -e
run_seconds=$(since "$started")
if [ "$code" -ne 0 ] || ! grep -q '^ready in [0-9]* ms$' "$TMP/stdout"; then
    say "the build did not start cleanly (exit code $code)"
    cat "$TMP/stdout" "$TMP/stderr" >&2
    exit 1
fi
size=$(du -sm "$OUT/dist/exec-desk" | cut -f1)
say "ok: $(cat "$TMP/stdout") (whole run ${run_seconds} s); build ${build_seconds} s, ${size} MiB in $OUT/dist/exec-desk"
