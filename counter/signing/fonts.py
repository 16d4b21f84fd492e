"""The font of the visible signature block: the bundled DejaVu Sans (it covers Vietnamese), with
its hinting removed, scaled to 1000 units per em (the unit pyHanko writes glyph widths in) and
reduced to the Latin and Vietnamese letters.
Prepared once per machine and kept in the cache folder."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from counter import paths

VERSION = "4"
_lock = threading.Lock()


def stamp_font() -> Path:
    target = paths.cache_dir() / "fonts" / f"DejaVuSans-stamp-{VERSION}.ttf"
    if target.exists():
        return target
    with _lock:
        if target.exists():
            return target
        from fontTools.ttLib import TTFont  # lazy: fontTools, only to embed a font
        from fontTools.ttLib.scaleUpem import scale_upem  # lazy: fontTools, only to embed a font
        from fontTools.ttLib.tables import ttProgram  # lazy: fontTools, only to embed a font

        font = TTFont(str(paths.resource("fonts", "DejaVuSans.ttf")))
        for table in ("fpgm", "prep", "cvt ", "hdmx", "VDMX", "LTSH", "FFTM"):
            if table in font:
                del font[table]
        empty = ttProgram.Program()
        empty.fromBytecode(b"")
        glyf = font["glyf"]
        for name in font.getGlyphOrder():
            glyph = glyf[name]
            if hasattr(glyph, "program"):
                glyph.program = empty
        scale_upem(font, 1000)
        from fontTools import subset  # lazy: fontTools, only to embed a font

        # Latin and Vietnamese only (Basic Latin to Latin Extended-B, combining marks, Latin Extended
        # Additional, punctuation): a font this small subsets in a few milliseconds at each signature.
        options = subset.Options()
        options.layout_features = []  # NFC Vietnamese has a glyph per letter: no shaping tables needed
        options.name_IDs = ["*"]
        options.notdef_outline = True
        ranges = [*range(0x20, 0x250), *range(0x300, 0x370), *range(0x1E00, 0x1F00), *range(0x2000, 0x2070), 0x20AB]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=ranges)
        subsetter.subset(font)
        for table in ("GSUB", "GPOS", "GDEF", "kern"):
            if table in font:
                del font[table]
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f"{target.name}.{os.getpid()}.part")
        font.save(str(tmp))
        os.replace(tmp, target)
    return target
