"""The hub fuzzed from its own OpenAPI file (docs/sync-api.json) with schemathesis: no 5xx, no
crash, every status code documented, every response as the spec says."""

import shutil
import subprocess
import sys
from pathlib import Path

import requests

SPEC = Path(__file__).resolve().parent.parent / "docs" / "sync-api.json"


def test_fuzzing_the_hub_finds_no_server_error(hub, tmp_path):
    st = shutil.which("st", path=str(Path(sys.executable).parent)) or "st"
    result = subprocess.run(
        [st, "run", str(SPEC), "--url", hub.url, "-H", f"Authorization: Bearer {hub.token}",
         "-H", f"X-Api-Key: {hub.postal_key}",
         "--checks", "not_a_server_error,status_code_conformance,response_schema_conformance",
         "--max-examples", "40", "--workers", "1", "--seed", "20261122"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    import json
    import re

    operations = sum(len(methods) for methods in json.loads(SPEC.read_text(encoding="utf-8"))["paths"].values())
    assert re.search(rf"Tested: {operations}\b", result.stdout), result.stdout[-2000:]
    assert hub.process.poll() is None  # still running
    info = requests.get(hub.url + "/api/v1/info", headers={"Authorization": f"Bearer {hub.token}"}, timeout=10)
    assert info.status_code == 200


def test_schemathesis_with_surrogates_out_of_range_numbers_and_oversized_bodies(hub):
    """Cases schemathesis does not generate by itself, run through its own checks against every
    operation that takes a JSON body: a lone surrogate, NaN, Infinity, 1e40 and a 20 MB string
    in place of each top-level field."""
    import json

    import schemathesis
    from schemathesis.checks import not_a_server_error

    schema = schemathesis.openapi.from_path(str(SPEC))
    schema.config.update(base_url=hub.url)
    headers = {"Authorization": f"Bearer {hub.token}", "X-Api-Key": hub.postal_key,
               "Idempotency-Key": "abcdefgh-1234", "Content-Type": "application/json"}

    def raw(value) -> bytes:  # as a careless client writes it: \ud800 escaped, NaN and Infinity bare
        return json.dumps(value, allow_nan=True).encode("ascii")

    event = {"idempotency_key": "abcdefgh-1234", "type": "dossier.updated", "MaHoSo": "000.01.34.H49-261123-0001",
             "seq": 2, "occurred_at": "2026-11-23T09:00:00+07:00", "data": {"MaHoSo": "000.01.34.H49-261123-0001"}}
    party = {"HoTen": "An", "DiaChi": "Ấp 1", "DienThoai": "0912345678", "MaTinh": "80"}
    bodies = {"/api/v1/events": event, "/api/v1/events/batch": {"events": [event]},
              "/postal/v1/orders": {"SoDonHang": "000.01.34.H49-261123-0001", "MaKhachHang": "TANTRU01",
                                    "NguoiGui": party, "NguoiNhan": dict(party)}}
    bad_values = ["\ud800", "x\udfffy", float("nan"), float("inf"), 1e40, 10 ** 40, "x" * 20_000_000]
    tried = 0
    for path, body in bodies.items():
        operation = schema[path]["POST"]
        for name in body:
            for bad in bad_values:
                case = operation.Case(body=raw({**body, name: bad}), headers=headers)
                case.call_and_validate(checks=[not_a_server_error])
                tried += 1
        for bad in bad_values[:3]:
            case = operation.Case(body=raw({**body, "extra": {"nested": [bad]}}), headers=headers)
            case.call_and_validate(checks=[not_a_server_error])
            tried += 1
    assert tried > 60
    assert hub.process.poll() is None
