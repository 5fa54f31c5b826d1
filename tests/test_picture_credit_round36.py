"""An English picture credit in brackets that the segmenter cuts off a caption's last
sentence is page chrome (thirty-sixth round, issue 11, bug fix on branch w9prosecution3;
data/chrome_rules.json, sentence rule "credits"): 'Bernard Coyle was last seen on Sunday
morning. (Picture: North Yorkshire Police)' showed "(Picture: North Yorkshire Police)" as a
sentence to label. Only a sentence that is the bracketed credit alone is kept out; the
caption before it is still shown (it may be a sentence of the story), and a bracket that
says more than a credit stays.

Pages, places and names are invented; every page goes through the real `annotator ingest`
(support.chrome.ingest_pages)."""

from __future__ import annotations

import pytest
from support.chrome import EN_BODY, ingest_pages, shown_units

HEAD = "Police concerned for missing Whitby pensioner\n\n"
LEAD = "Police are appealing for help to find a 78-year-old man.\n\n"
CAPTION = "Bernard Coyle was last seen on Sunday morning."


@pytest.mark.parametrize("credit", [
    "(Picture: North Yorkshire Police)",
    "(Pictures: Harbour Press Agency)",
    "(Image: Getty Images)",
    "(Photograph: Kent Police).",
    "(Pic: Tom Reyes)",
])
def test_a_picture_credit_after_a_caption_is_kept_out(tmp_path, credit):
    page = f"{HEAD}{LEAD}{EN_BODY}\n{CAPTION} {credit}\n"
    doc = ingest_pages(tmp_path, {"a.txt": page})["a.txt"]
    shown = shown_units(doc)
    assert credit not in shown
    assert ("credits", credit) in doc["units"]
    assert CAPTION in shown  # the caption's sentence stays


def test_the_try_page_credit(tmp_path):
    page = (f"{HEAD}{LEAD}{EN_BODY}\nBernard Coyle was last seen on Sunday morning. "
            "(Picture: North Yorkshire Police)\n")
    shown = shown_units(ingest_pages(tmp_path, {"a.txt": page})["a.txt"])
    assert shown[-1] == CAPTION


# --- near misses: a bracket that is more than a credit stays ---

@pytest.mark.parametrize("kept", [
    "(Picture this: a town with no buses after 7pm.)",
    "(Image problems aside, the council said the plan was sound.)",
])
def test_a_bracketed_sentence_that_is_no_credit_stays(tmp_path, kept):
    page = f"{HEAD}{LEAD}{EN_BODY}\nThe council met on Monday. {kept}\n"
    shown = shown_units(ingest_pages(tmp_path, {"a.txt": page})["a.txt"])
    assert "The council met on Monday." in shown
    assert any(kept.strip("().") in s for s in shown), shown
