"""'"She told me ...," Mark Cole told the jury': the attribution after the quotation names the
speaker, even with a listener after "told" (thirty-eighth round, issue 11, bug fix on branch
t38c6; domain/proposals/closing_quote.py).

Found while trying the care worker article (a trial for theft from residents): a quotation
opening with a pronoun and a verb of saying ("She told me", "He said he would"), closed by
"<Name> told the jury on Tuesday", was given the speaker before it ("continues the previous
sentence": the defence barrister), because the attribution after the quotation was read on
its own only when its verb of saying stood first or last ('"...," Mr Foyle said.'), and
"told the jury on Tuesday" ends with its listener. "told" after a subject of up to four
words now opens that reading too: the quotation's pronoun is someone the speaker talks of.

Every sentence here is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_BEFORE = (
    "A care worker stole more than £11,000 from elderly residents of a nursing home, a jury "
    "has heard.",
    "Donna Whitcombe, 44, denies 14 counts of theft.",
    "Her barrister, Neil Hartigan, said the home's record-keeping was chaotic.",
)


def _last(db, scheme, sentence, before=_BEFORE):
    return accepted(db, scheme, [*before, sentence], "en")[-1]


# --- the class ---

def test_she_told_me_then_a_witness_told_the_jury(db, scheme):
    got = _last(db, scheme, '"She told me she was staying with her sister," Mark Cole told '
                            'the jury on Tuesday.')
    assert got.name == "Mark Cole", got.reason


def test_he_said_then_a_resident_told_the_court(db, scheme):
    got = _last(db, scheme, '"He said he would pay it all back," Margaret Dean told the '
                            'court.')
    assert got.name == "Margaret Dean", got.reason


def test_a_titled_officer_told_the_court(db, scheme):
    got = _last(db, scheme, '"She said the cards had been given to her," Detective Constable '
                            'Ruth Palmer told the court.')
    assert got.name == "Ruth Palmer", got.reason


# --- near misses that must not change ---

def test_said_at_the_end_still_names_the_speaker(db, scheme):
    got = _last(db, scheme, '"She said the cards had been given to her," Detective Constable '
                            'Ruth Palmer said.')
    assert got.name == "Ruth Palmer", got.reason


def test_a_pronoun_told_the_jury_carries_the_speaker_before(db, scheme):
    got = _last(db, scheme, '"There is not a single frame of CCTV," he told the jury.')
    assert got.name == "Neil Hartigan", got.reason
