#!/usr/bin/env bash
# The whole test suite, on a fresh Debian machine as root: installs what is missing
# (Dovecot from Debian, the package with its test extras from PyPI), then runs pytest against
# real servers on 127.0.0.1. Exits non-zero on any failure, and when no test ran (pytest: 5).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dovecot >/dev/null 2>&1 || ! command -v openssl >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing Dovecot (IMAP server for the tests) with apt-get..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      dovecot-core dovecot-imapd openssl >/dev/null
  else
    echo "Dovecot is missing: run as root, or: sudo apt-get install dovecot-core dovecot-imapd openssl" >&2
    exit 1
  fi
fi

PYTHON=${PYTHON:-python3}
export PIP_BREAK_SYSTEM_PACKAGES=1 PIP_DISABLE_PIP_VERSION_CHECK=1
"$PYTHON" -m pip install -q -e '.[test]'

status=0
"$PYTHON" -m pytest -q -p no:cacheprovider "$@" || status=$?
if [ "$status" = 5 ]; then
  echo "No test ran: that is a failure, not a success." >&2
fi
exit "$status"
