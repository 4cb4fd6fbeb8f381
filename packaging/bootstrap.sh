#!/bin/sh
# Install what is missing, then run Exec Desk (`app`, the default) or its whole test suite (`test`).
#   sh packaging/bootstrap.sh app [exec-desk options]    sh packaging/bootstrap.sh test [pytest options]
# `test` runs every check as a step of its own, and stops at the first that fails: lint (ruff), format (ruff
# format --check), types (mypy: the package, tests, benchmarks, packaging), dead code (vulture, with the
# allow-list packaging/vulture_allow.py), tests (pytest), slow (pytest -m slow: wall-clock bounds and the wheel
# and PyInstaller builds). With pytest options, only the tests step runs, with them.
# Python packages come from requirements/{app,test}.lock (exact versions and hashes, written by pip-compile).
# Works on a fresh Debian 12 with Python >= 3.11. System packages are installed with apt-get (as root, or via sudo).
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODE=${1:-app}
[ $# -gt 0 ] && shift
VENV=${EXEC_DESK_VENV:-$ROOT/.venv}
PYTHON=${PYTHON:-python3}

say() { printf 'bootstrap: %s\n' "$*" >&2; }

# Qt's runtime libraries (offscreen and xcb), a virtual X server with a tray host, D-Bus and a Secret Service.
APP_PKGS="libgl1 libegl1 libglib2.0-0 libfontconfig1 libxkbcommon0 libdbus-1-3 libxcb-cursor0 libxcb-icccm4
 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0
 fonts-dejavu-core dbus gnome-keyring"
HEADLESS_PKGS="xvfb xauth trayer"
TEST_PKGS="$HEADLESS_PKGS xdotool dbus-daemon libsecret-1-0 desktop-file-utils appstream"

need_pkgs() {
    missing=""
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
    done
    if ! "$PYTHON" -c 'import ensurepip, venv' 2>/dev/null; then missing="$missing python3-venv"; fi
    [ -z "$missing" ] && return 0
    say "installing system packages:$missing"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

need_venv() {
    lock=$1
    hash=$(cat pyproject.toml "requirements/$lock.lock" | cksum | cut -d' ' -f1)
    stamp="$VENV/.exec-desk-$lock-$hash"
    [ -f "$stamp" ] && return 0
    [ "$lock" = app ] && [ -f "$VENV/.exec-desk-test-$(cat pyproject.toml requirements/test.lock | cksum | cut -d' ' -f1)" ] && return 0
    [ -x "$VENV/bin/python" ] || { say "creating $VENV"; "$PYTHON" -m venv "$VENV"; }
    say "installing Python dependencies (requirements/$lock.lock)"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --require-hashes -r "requirements/$lock.lock"
    # The package itself, from this tree, against the locked setuptools and PySide6 (its build needs lrelease).
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
    rm -f "$VENV"/.exec-desk-*
    touch "$stamp"
}

step() {
    name=$1
    shift
    say "step $name: $*"
    "$@" || { say "step $name FAILED"; exit 1; }
}

case "$MODE" in
app)
    # shellcheck disable=SC2086
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then need_pkgs $APP_PKGS $HEADLESS_PKGS; else need_pkgs $APP_PKGS; fi
    need_venv app
    # Byte-compile what changed, as a wheel install does: without it (and with PYTHONDONTWRITEBYTECODE set)
    # every start compiles the package again, ~40 ms before the tray shows.
    "$VENV/bin/python" -m compileall -q exec_desk >/dev/null
    # The translations (.ts → .qm): the editable install compiled them once; a pull may have brought new ones.
    "$VENV/bin/python" packaging/i18n.py compile >/dev/null
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        exec "$VENV/bin/python" packaging/virtual_desktop.py -- "$VENV/bin/exec-desk" "$@"
    fi
    exec "$VENV/bin/exec-desk" "$@"
    ;;
test)
    # shellcheck disable=SC2086
    need_pkgs $APP_PKGS $TEST_PKGS
    need_venv test
    [ $# -gt 0 ] && exec "$VENV/bin/python" -m pytest "$@"
    BIN=$VENV/bin
    step lint "$BIN/ruff" check exec_desk tests packaging benchmarks
    step format "$BIN/ruff" format --check exec_desk tests packaging benchmarks
    step types "$BIN/mypy"
    step dead-code "$BIN/python" packaging/dead_code.py
    step tests "$BIN/python" -m pytest
    step slow "$BIN/python" -m pytest -m slow
    say "all steps passed"
    ;;
*)
    say "usage: sh packaging/bootstrap.sh app|test [options]"
    exit 2
    ;;
esac
