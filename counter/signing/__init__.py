"""Digital signatures on digitised copies (NĐ 118/2025 Điều 17.1.c), without Qt or SQL.

- :mod:`.scanpdf` turns scans into PDFs (images losslessly, pages in order) and checks them;
- :mod:`.keys` opens the officer's key: a PKCS#11 token (the USB token of a licensed CA or of the
  Government CA) or a PKCS#12 file; the PIN is used once to log in and never kept;
- :mod:`.pades` signs (PAdES B-B, offline, with a visible block), upgrades to B-T / B-LT with a
  document timestamp and validation data, and verifies, all through pyHanko;
- :mod:`.revocation` fetches CRLs and OCSP answers, for the cache the services keep;
- :mod:`.drivers` knows where Vietnamese CAs' PKCS#11 drivers usually live;
- :mod:`.machine` keeps the per-machine settings (driver path, key file) in a JSON file.
"""
