"""A document owned by a body the sentence calls by its name's head noun speaks for that
body (thirty-seventh round, issue 11, bug fix on branch t37b3; domain/proposals/owners.py,
``_heads_a_name``).

The try's article (a wire story on Kenya's trade figures): after "..., the Kenya National
Bureau of Statistics said on Thursday.", the next sentence "Exports rose 14.2% to 96.1
billion shillings, while imports fell 3.5% to 214.5 billion shillings, the bureau's monthly
data showed." had no source: "bureau" is no body's head noun in the lexicon, so the owner of
"the bureau's monthly data" was not looked up, though "The bureau said" was already read as
the bureau the article named (the guidelines: a document speaks for whoever issued it).

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_LEDE = ("Kenya's trade deficit narrowed to 118.4 billion shillings in October from 142.7 "
         "billion a year earlier, the Kenya National Bureau of Statistics said on Thursday.")


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


# --- the try's case ---

def test_the_try_case_the_bureaus_monthly_data(db, scheme):
    got = _all(db, scheme, [
        _LEDE,
        "Exports rose 14.2% to 96.1 billion shillings, while imports fell 3.5% to 214.5 "
        "billion shillings, the bureau's monthly data showed."])
    assert got[1].name == "Kenya National Bureau of Statistics", got[1].reason


# --- the class, on sentences of our own ---

def test_the_bureaus_figures_opening_the_sentence(db, scheme):
    got = _all(db, scheme, [
        _LEDE,
        "The bureau's figures showed that fuel imports fell for a third straight month."])
    assert got[1].name == "Kenya National Bureau of Statistics", got[1].reason


def test_a_head_noun_at_the_names_end(db, scheme):
    got = _all(db, scheme, [
        "Passenger numbers at Lisbon airport rose 9% in November, the Tagus Airports "
        "Directorate said.",
        "Transfer passengers made up 31% of the total, the directorate's monthly report "
        "showed."])
    assert got[1].name == "Tagus Airports Directorate", got[1].reason


# --- near misses that read as before ---

def test_a_word_inside_the_name_is_no_owner(db, scheme):
    got = _all(db, scheme, [
        "Villagers say the Cerro Azul mine has poisoned the Llaucano river, the Llaucano "
        "River Defence Front said.",
        "Arsenic levels rose again in October, the river's monitoring data showed."])
    assert got[1].name is None, got[1].reason


def test_the_data_with_no_owner_reads_as_before(db, scheme):
    got = _all(db, scheme, [
        _LEDE,
        "Horticulture exports rose 21% to 12.3 billion shillings, the data showed."])
    assert got[1].name is None, got[1].reason
