"""Self-signed certificates for the test servers (Dovecot, aiosmtpd, HTTP, Radicale)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def make_cert(directory: Path, name: str = "server") -> tuple[Path, Path]:
    """A certificate valid for localhost and 127.0.0.1, good for two days: (cert, key).

    The certificate is its own CA: a client trusts the server by loading `cert` as ca_file.
    """
    openssl = shutil.which("openssl")
    if openssl is None:
        raise RuntimeError("openssl is not installed: apt-get install -y openssl")
    cert, key = directory / f"{name}-cert.pem", directory / f"{name}-key.pem"
    command = [
        openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        "-keyout", str(key), "-out", str(cert),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"openssl could not make a test certificate: {result.stderr!r}")
    return cert, key
