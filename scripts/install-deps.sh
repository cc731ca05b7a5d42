#!/usr/bin/env bash
# Installs what sabha needs on a Debian/Ubuntu machine: the Rust toolchain (if
# missing), poppler (PDF text and page images), Tesseract with the Bengali and
# English models (scans), and the tools the tests and benchmarks use (python3 with
# duckdb, jq, GNU time).
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(poppler-utils tesseract-ocr tesseract-ocr-ben tesseract-ocr-eng tesseract-ocr-script-beng python3 python3-pip python3-jsonschema jq time curl ca-certificates)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    echo "cargo is in ~/.cargo/bin: run 'source \$HOME/.cargo/env' or add it to PATH" >&2
  else
    curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component rustfmt,clippy
  fi
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi

# Python modules the tests use, installed for the `python3` on PATH (which may not be
# Debian's): DuckDB for the README's tested query, jsonschema for `sabha schema`.
for module in duckdb jsonschema; do
  if ! python3 -c "import $module" >/dev/null 2>&1; then
    python3 -m pip install --quiet "$module" 2>/dev/null ||
      python3 -m pip install --quiet --break-system-packages "$module"
  fi
done
