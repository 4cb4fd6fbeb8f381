#!/bin/sh
# Install what is missing, then run Exec Desk (`app`, the default) or its whole test suite (`test`).
#   sh packaging/bootstrap.sh app [exec-desk options]    sh packaging/bootstrap.sh test [pytest options]
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
    extras=$1
    hash=$(cksum < pyproject.toml | cut -d' ' -f1)
    stamp="$VENV/.exec-desk-$extras-$hash"
    [ -f "$stamp" ] && return 0
    [ "$extras" = app ] && [ -f "$VENV/.exec-desk-test-$hash" ] && return 0
    [ -x "$VENV/bin/python" ] || { say "creating $VENV"; "$PYTHON" -m venv "$VENV"; }
    say "installing Python dependencies ($extras)"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -U pip
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".[$extras]"
    rm -f "$VENV"/.exec-desk-*
    touch "$stamp"
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
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
*)
    say "usage: sh packaging/bootstrap.sh app|test [options]"
    exit 2
    ;;
esac
