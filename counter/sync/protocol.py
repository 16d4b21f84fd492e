"""The sync protocol: the API prefix, and the payloads (built in counter.services.payloads, the
outbox writer's side) under the names the sync code has always used."""

from __future__ import annotations

from counter.services.payloads import dossier_payload, parse_ts, step_payload, ts

API = "/api/v1"

__all__ = ["API", "dossier_payload", "parse_ts", "step_payload", "ts"]
