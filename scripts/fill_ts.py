"""Fill unfinished messages of a Qt .ts file from other .ts files (after a merge of two branches
that both added translations): ``python scripts/fill_ts.py TARGET.ts DONOR.ts [DONOR.ts …]``.

A message is matched by context, source text and comment; only finished translations are copied.
Run scripts/update_translations.sh afterwards to compile the .qm."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET


def key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def finished(ts: str) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
            if all(t and t.strip() for t in texts):
                found[key(name, message)] = translation
    return found


def main(target: str, donors: list[str]) -> int:
    known: dict[tuple[str, str, str], ET.Element] = {}
    for donor in donors:
        known.update(finished(donor))
    tree = ET.parse(target)
    filled = left = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            donor = known.get(key(name, message))
            if donor is None:
                left += 1
                continue
            message.remove(translation)
            copy = ET.fromstring(ET.tostring(donor))
            copy.tail = translation.tail
            message.append(copy)
            filled += 1
    with open(target, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    print(f"fill_ts: {filled} filled, {left} still unfinished in {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
