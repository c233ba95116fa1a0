#!/usr/bin/env bash
# Build the one-folder app with installer.spec: dist/Etap/ (Linux and Windows), plus dist/Etap.app on macOS.
# The same command runs on every platform (on Windows from Git Bash, or run the pyinstaller line by hand).
#
#   build/build_linux.sh            # uses .venv/bin/python (or $PYTHON), installs the [build] extra first
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=.venv/Scripts/python.exe
"$PY" build/check_python.py  # refuses a Python with CVE-2024-6923 (installer.spec checks again)
if [ -z "${ETAP_SKIP_INSTALL:-}" ]; then
    "$PY" -m pip install -q -e ".[build]"
fi
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/work installer.spec
echo "built: $(ls -d dist/Etap dist/Etap.app 2>/dev/null | tr '\n' ' ')"
du -sh dist/Etap
