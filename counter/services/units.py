"""The dated list of administrative units (resources/units/units-YYYY-MM-DD.json, format
``counter-units/1``): provinces and communes after the 2025 reorganisation. Levels and codes are
data, never code; a newer file (a later effective date) replaces the older one."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from counter import paths
from counter.domain.text import fold
from counter.messages import msg


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


def units_file() -> str | None:
    """The name of the newest bundled list (``units-YYYY-MM-DD.json``)."""
    try:
        names = sorted(f.name for f in paths.resource("units").iterdir()
                       if f.name.startswith("units-") and f.name.endswith(".json"))
    except OSError:
        return None
    return names[-1] if names else None


@lru_cache(maxsize=4)
def _load(root: str, name: str) -> UnitList:
    data = paths.resource_json("units", name)
    provinces = []
    try:
        for p in data.get("provinces", []):
            communes = tuple(Unit(c.get("code") or c["name"], c["name"], c.get("kind", "")) for c in p.get("communes", []))
            provinces.append(Province(p.get("code", ""), p["name"], p.get("kind", ""), communes))
    except (AttributeError, KeyError, TypeError):
        raise paths.ResourceError(msg("Tệp units/{name} của Counter không đúng định dạng counter-units/1. {hint}",
                                      name=name, hint=paths.reinstall_hint())) from None
    return UnitList(data.get("effective", ""), data.get("source", ""), tuple(provinces))


def load_units() -> UnitList:
    name = units_file()
    if name is None:
        raise paths.ResourceError(msg("Thiếu danh sách đơn vị hành chính (units/units-*.json). {hint}",
                                      hint=paths.reinstall_hint()))
    return _load(str(paths.resources_root()), name)
