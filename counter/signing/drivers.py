"""Where the PKCS#11 drivers of Vietnam's CAs usually are, for finding a token without asking.

Each CA installs its token software ("Token Manager") with a PKCS#11 library. The file names below
are of two kinds, and the settings screen and docs/signing.md say which is which:

- ``seen``: the name appears in public integrations that load it (web-signing plug-ins, token
  tools published by integrators) — still not confirmed by the CA itself;
- ``guess``: inferred from the CA's naming habits or from a middleware vendor; never confirmed.

Counter only reads these paths; an office whose driver is elsewhere picks the file once in
Thiết lập → Chữ ký số (a per-machine setting)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from counter import environment
from counter.messages import msg


@dataclass(frozen=True)
class Driver:
    ca: str
    file: str
    evidence: str  # seen | guess


KNOWN: tuple[Driver, ...] = (
    Driver("VNPT-CA", "vnpt-ca_csp11.dll", "seen"),
    Driver("VNPT-CA", "vnptca_p11_v8.dll", "seen"),
    Driver("VNPT-CA", "vnptca_p11_v6.dll", "seen"),
    Driver("VNPT-CA", "VNPT-CA_v34.dll", "seen"),
    Driver("VNPT-CA", "vnptca_p11_v10.dll", "seen"),
    Driver("Viettel-CA", "viettel-ca_v6.dll", "seen"),
    Driver("Viettel-CA", "viettel-ca_v5.dll", "seen"),
    Driver("Viettel-CA", "viettel-ca_v4.dll", "seen"),
    Driver("Viettel-CA", "viettel-ca_v2.dll", "seen"),
    Driver("Viettel-CA", "viettel-ca.dll", "seen"),
    Driver("BKAV-CA", "BkavCA.dll", "seen"),
    Driver("BKAV-CA", "BkavCAv2S.dll", "seen"),
    Driver("FPT-CA", "fpt-ca.dll", "seen"),
    Driver("FPT-CA", "fpt-ca_v5.dll", "guess"),
    Driver(msg("Ban Cơ yếu Chính phủ (CA chuyên dùng Chính phủ)"), "bit4xpki.dll", "guess"),
    Driver(msg("Token ePass2003 (Feitian), dùng bởi nhiều CA"), "eps2003csp11.dll", "seen"),
    Driver(msg("Token SafeNet eToken, dùng bởi nhiều CA"), "eTPKCS11.dll", "seen"),
)
#: Linux and macOS: tokens supported through OpenSC, and SoftHSM2 (training, tests)
UNIX_PATHS = ("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so", "/usr/lib/opensc-pkcs11.so",
              "/usr/local/lib/opensc-pkcs11.so", "/usr/lib/softhsm/libsofthsm2.so",
              "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so", "/usr/local/lib/softhsm/libsofthsm2.so")


def candidates() -> list[tuple[Driver | None, Path]]:
    """Every known place on this machine's system, whether the file is there or not."""
    if sys.platform == "win32":
        windows = Path(environment.get("SystemRoot", r"C:\Windows") or r"C:\Windows")
        folders = [windows / "System32", windows / "SysWOW64"] if sys.maxsize <= 2**32 else [windows / "System32"]
        return [(d, folder / d.file) for folder in folders for d in KNOWN]
    return [(None, Path(p)) for p in UNIX_PATHS]


def detect() -> list[tuple[Driver | None, Path]]:
    """The known drivers present on this machine, in the order of :data:`KNOWN`."""
    return [(d, p) for d, p in candidates() if p.is_file()]
