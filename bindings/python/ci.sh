#!/usr/bin/env bash
# The Python package's CI, called by .ci/run after `cargo test`: in a fresh virtual environment
# (in a temporary folder, removed at the end) `pip install ./bindings/python` builds the wheel
# through maturin; pytest runs the tests, with spaCy when it can be installed. When a CPython
# 3.9 is on this machine (the abi3 floor), the tests run there too, without spaCy.
#
# Environment: PYTHON (default python3), KASHF_CI_SPACY=0 to leave spaCy out, KASHF_CI_PY39=0
# to leave the 3.9 run out. Cargo's own variables (CARGO_TARGET_DIR) reach the build.
set -euo pipefail
cd "$(dirname "$0")/../.."

python=${PYTHON:-python3}
work=$(mktemp -d "${TMPDIR:-/tmp}/kashf-py-ci.XXXXXX")
trap 'rm -rf "$work"' EXIT
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_PROGRESS_BAR=off
started=$SECONDS
lap=$SECONDS
timing=()
step() {
  timing+=("$(printf '%-34s %4d s' "$1" $((SECONDS - lap)))")
  lap=$SECONDS
}

# Builds, installs and tests in a new venv of interpreter $1; $2 = "spacy" to add spaCy.
run_in_venv() {
  local interpreter=$1 with_spacy=$2 name venv
  name=$("$interpreter" -c 'import sys; print("cp%d%d" % sys.version_info[:2])')
  venv="$work/venv-$name"
  echo "== python-ci [$name]: venv with $("$interpreter" --version 2>&1)"
  "$interpreter" -m venv "$venv"
  local py="$venv/bin/python"
  echo "== python-ci [$name]: pip install ./bindings/python (maturin builds the wheel)"
  if ! "$py" -m pip install ./bindings/python >"$work/install-$name.log" 2>&1; then
    tail -n 60 "$work/install-$name.log"
    echo "python-ci: pip install ./bindings/python failed" >&2
    return 1
  fi
  grep -oE "Created wheel for kashf: filename=[^ ]+|Successfully installed kashf[^ ]*" "$work/install-$name.log" || true
  "$py" -m pip install --quiet pytest mypy
  step "[$name] venv, build, install"

  if [ "$with_spacy" = spacy ]; then
    if [ "${KASHF_CI_SPACY:-1}" = 0 ]; then
      echo "== python-ci [$name]: spaCy left out (KASHF_CI_SPACY=0): its tests are skipped"
    elif timeout 900 "$py" -m pip install --quiet "spacy>=3.4,<4" >"$work/spacy-$name.log" 2>&1; then
      echo "== python-ci [$name]: spaCy $("$py" -c 'import spacy; print(spacy.__version__)')"
    else
      echo "== python-ci [$name]: spaCy could not be installed, its tests are skipped:"
      tail -n 5 "$work/spacy-$name.log"
    fi
    step "[$name] spaCy"
  fi

  echo "== python-ci [$name]: pytest"
  "$py" -m pytest bindings/python/tests -rs -p no:cacheprovider
  step "[$name] pytest"
}

run_in_venv "$python" spacy

# The wheel is abi3 for CPython >= 3.9: check the floor when such an interpreter is here.
py39=""
if [ "${KASHF_CI_PY39:-1}" != 0 ]; then
  for candidate in python3.9 "$(pyenv root 2>/dev/null)"/versions/3.9*/bin/python3.9; do
    if "$candidate" -c 'import sys, venv; assert sys.version_info[:2] == (3, 9)' 2>/dev/null; then
      py39=$candidate
      break
    fi
  done
fi
if [ -n "$py39" ]; then
  run_in_venv "$py39" no-spacy
else
  echo "== python-ci: no CPython 3.9 here (or KASHF_CI_PY39=0): the abi3 floor is not run"
fi

echo "== python-ci: timing"
printf '   %s\n' "${timing[@]}"
echo "   total                              $((SECONDS - started)) s"
