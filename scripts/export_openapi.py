"""Write the sync protocol's OpenAPI description to docs/sync-api.json (from the hub's app)."""

import json
from pathlib import Path

from counter.sync.hub.app import Hub, create_app

target = Path(__file__).resolve().parent.parent / "docs" / "sync-api.json"
spec = create_app(Hub("sqlite:///:memory:")).openapi()
target.write_text(json.dumps(spec, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"wrote {target}")
