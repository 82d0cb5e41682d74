# Sourced by scripts/test and scripts/demo: the repository's .venv, up to date with the lock.
#
# Creates .venv when missing; installs requirements.lock (which pins the build backend too) with
# --require-hashes only when they changed since the last install (a stamp in .venv holds
# their sha256); installs the project itself editable, without dependencies.

set -euo pipefail

REPO_ROOT="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)"
VENV="$REPO_ROOT/.venv"
PY="$VENV/bin/python"
STAMP="$VENV/.agencia-lock.sha256"

_agencia_sha256() {
    if command -v sha256sum >/dev/null 2>&1; then
        cat "$@" | sha256sum | cut -d' ' -f1
    else
        cat "$@" | shasum -a 256 | cut -d' ' -f1
    fi
}

agencia_env() {
    if [ ! -x "$PY" ]; then
        local base="${PYTHON:-python3}"
        if ! "$base" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            echo "scripts: Agencia needs Python 3.11 or newer as '$base' (or set PYTHON=...)" >&2
            return 1
        fi
        echo "scripts: creating $VENV with $base" >&2
        "$base" -m venv "$VENV"
    fi

    local inputs=("$REPO_ROOT/requirements.lock"
        "$REPO_ROOT/pyproject.toml")
    local want have=""
    want="$(_agencia_sha256 "${inputs[@]}")"
    [ -f "$STAMP" ] && have="$(cat "$STAMP")"
    if [ "$want" != "$have" ]; then
        echo "scripts: installing requirements.lock into $VENV" >&2
        rm -f "$STAMP"
        "$PY" -m pip install --quiet --disable-pip-version-check --require-hashes \
            -r "$REPO_ROOT/requirements.lock"
        "$PY" -m pip install --quiet --disable-pip-version-check --no-deps \
            --no-build-isolation -e "$REPO_ROOT"
        echo "$want" >"$STAMP"
    elif ! "$PY" -c 'import agencia' >/dev/null 2>&1; then
        "$PY" -m pip install --quiet --disable-pip-version-check --no-deps \
            --no-build-isolation -e "$REPO_ROOT"
    fi
}
