#!/usr/bin/env bash
# CI step for the packaged app (called from .ci/run after the tests): build the one-folder Linux app with
# installer.spec, run its --self-test offscreen as a brand-new user, check a read-only install is never
# written to, check the bundle size (floor 200 MB) and print start to painted window (a figure, not a gate).
#
#   build/ci_frozen.sh                 # uses .venv/bin/python; PYTHON=... to use another interpreter
#   ETAP_SKIP_INSTALL=1 build/ci_frozen.sh   # do not pip install the [build] extra (already there)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" build/check_python.py  # refuses a Python with CVE-2024-6923 (installer.spec checks again)

if [ -z "${ETAP_SKIP_INSTALL:-}" ]; then
    echo "== build dependencies (.[build])"
    "$PY" -m pip install -q -e ".[build]"
fi

work=$(mktemp -d -t etap-frozen-XXXXXX)
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
started=$(date +%s)

echo "== pyinstaller installer.spec"
# its own binary cache: two builds at once on one account (CI runs side by side) corrupted the shared
# ~/.cache/pyinstaller index while both wrote it; a fresh machine has no cache to reuse anyway
PYINSTALLER_CONFIG_DIR="$work/pyinstaller-cache" "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$work/dist" --workpath "$work/pyinstaller" installer.spec
bundle="$work/dist/Etap"
echo "built in $(( $(date +%s) - started )) s"

# Installed like Program Files: read-only. A clean user account: empty home, data, config and temp folders.
chmod -R a-w "$bundle"
find "$bundle" | sort > "$work/files-before.txt"
mkdir -p "$work/user/tmp"
export QT_QPA_PLATFORM=offscreen
export HOME="$work/user" XDG_DATA_HOME="$work/user/data" XDG_CONFIG_HOME="$work/user/config"
export XDG_CACHE_HOME="$work/user/cache" TMPDIR="$work/user/tmp"

echo "== Etap --self-test (frozen)"
"$bundle/Etap" --self-test

echo "== first start on a clean account (default database in the user's data folder)"
out=$("$bundle/Etap" --exit-after-paint)
echo "$out"
grep -q painted <<<"$out"
db=$(find "$XDG_DATA_HOME" -name etap.db)
[ -n "$db" ] || { echo "no etap.db under $XDG_DATA_HOME" >&2; exit 1; }
echo "database created at $db"

find "$bundle" | sort > "$work/files-after.txt"
if ! diff -u "$work/files-before.txt" "$work/files-after.txt"; then
    echo "the app wrote into its install folder (see above)" >&2
    exit 1
fi

echo "== size and start-up"
du -sh "$bundle" | sed 's/^/bundle size: /'
ETAP_FROZEN_DIR="$bundle" "$PY" tests/bench/bench_dist.py --check
echo "frozen build checks passed in $(( $(date +%s) - started )) s"
