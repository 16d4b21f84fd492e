"""The dated list of administrative units (resources/units/units-YYYY-MM-DD.json, format
``counter-units/1``): provinces and communes after the 2025 reorganisation. Levels and codes are
data, never code; a newer file (a later effective date) replaces the older one."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from counter import paths
from counter.domain.text import fold


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    kind: str

    @property
    def label(self) -> str:
        return f"{self.kind.capitalize()} {self.name}" if self.kind else self.name


@dataclass(frozen=True)
class Province(Unit):
    communes: tuple[Unit, ...] = ()


@dataclass(frozen=True)
class UnitList:
    effective: str
    source: str
    provinces: tuple[Province, ...]

    def province(self, code: str) -> Province | None:
        return next((p for p in self.provinces if p.code == code), None)

    def commune(self, province_code: str, commune_key: str) -> Unit | None:
        """A commune by its code, or by its name when the list has no codes for it."""
        province = self.province(province_code)
        if province is None:
            return None
        return next((c for c in province.communes if commune_key in (c.code, c.name)), None)

    def find_province(self, text: str) -> Province | None:
        needle = fold(text)
        return next((p for p in self.provinces if fold(p.name) == needle or fold(p.label) == needle), None)


def units_file() -> Path | None:
    files = sorted(paths.resource("units").glob("units-*.json"))
    return files[-1] if files else None


@lru_cache(maxsize=4)
def _load(path: str) -> UnitList:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    provinces = []
    for p in data.get("provinces", []):
        communes = tuple(Unit(c.get("code") or c["name"], c["name"], c.get("kind", "")) for c in p.get("communes", []))
        provinces.append(Province(p.get("code", ""), p["name"], p.get("kind", ""), communes))
    return UnitList(data.get("effective", ""), data.get("source", ""), tuple(provinces))


def load_units() -> UnitList:
    path = units_file()
    return _load(str(path)) if path else UnitList("", "", ())
