"""`c5facts.io.timeml`: the article as TimeML, well-formed, its text unchanged."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from html import unescape

from c5facts.extract import Extractor
from c5facts.io.timeml import to_timeml

TEXT = (
    "Titre & sous-titre\n"
    "Le conseil s'est réuni jeudi soir, à 20h30, pendant trois heures.\n"
    "Il se réunit deux fois par an <depuis> 2019 ; fin juin, il votera."
)


def test_timeml_is_well_formed_and_gives_the_text_back(extractor: Extractor) -> None:
    article = extractor.extract(TEXT, reference_date=date(2025, 11, 6))
    doc = to_timeml(TEXT, article)
    root = ET.fromstring(doc.encode("utf-8"))
    assert root.tag == "TimeML"
    dct = root.find("DCT/TIMEX3")
    assert dct is not None
    assert dct.get("value") == "2025-11-06"
    body = re.search(r"<TEXT>(.*)</TEXT>", doc, re.S)
    assert body is not None
    assert unescape(re.sub(r"</?TIMEX3[^>]*>", "", body.group(1))) == TEXT
    timexes = {
        (t.text, t.get("type"), t.get("value"), t.get("mod"), t.get("freq"))
        for t in root.iter("TIMEX3")
        if t.get("tid") != "t0"
    }
    assert ("jeudi soir", "TIME", "2025-11-06TEV", None, None) in timexes
    assert ("20h30", "TIME", "2025-11-06T20:30", None, None) in timexes
    assert ("trois heures", "DURATION", "PT3H", None, None) in timexes
    assert ("deux fois par an", "SET", "P1Y", None, "2X") in timexes
    assert ("fin juin", "DATE", "2026-06", "END", None) in timexes
