"""Write translations into a Qt .ts file from a JSON map: ``python scripts/set_translations.py
resources/i18n/counter_en.ts english.json``. The map is ``{"Vietnamese source": "English"}`` (a
list of forms for a %n message); every unfinished message with that source, in any context, gets
it. Keep the %1/%n/{name} placeholders, HTML tags and the & accelerator of the source (the i18n test
checks). Run scripts/update_translations.sh afterwards to compile the .qm. Prints the sources
still unfinished."""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def main(ts: str, mapping_file: str) -> int:
    with open(mapping_file, encoding="utf-8") as f:
        mapping = json.load(f)
    tree = ET.parse(ts)
    left = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        english = mapping.get(source)
        if not english:
            left.append(source)
            continue
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
            texts = english if isinstance(english, list) else [english] * len(forms)
            while len(forms) < len(texts):
                forms.append(ET.SubElement(translation, "numerusform"))
            for form, text in zip(forms, texts):
                form.text = text
        else:
            translation.text = english
        del translation.attrib["type"]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    for source in left:
        print(source)
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
