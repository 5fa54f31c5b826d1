"""A party's counsel or agent named between commas speaks (thirty-first round, issue 11,
branch i11counsel31; part (a) of round 30's branch i11enspeak30, read from heldout5-8 and
classes9's misses): "Okafor's solicitor, Priya Raman, said", "Community First's agent, Tariq
Hussain, said" -> the person named, not the party before the role; also when what follows
is saying nothing ("Ortiz's lawyer, Janet Cole, did not return a call"). "lawyer" and
"attorney" were already read so; "solicitor", "barrister", "counsel", "advocate" and "agent"
were not (speakers_proposed.role_holder).

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

_LEDE_DRONE = ("Daniel Okafor, 34, was charged on Monday with flying a drone near Bristol "
               "Airport.")


def test_a_clients_solicitor_named_between_commas_speaks(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_DRONE,
        "Okafor's solicitor, Priya Raman, said her client denied the charge.",
        "She said the drone had been stolen from his car.",
    ], "en")
    assert got[1].name == "Priya Raman", got[1].reason
    assert got[2].name == "Priya Raman", got[2].reason


def test_a_clients_barrister_named_between_commas_speaks(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_DRONE,
        "Okafor's barrister, Helen Marsh, told the court the footage was not of her client.",
    ], "en")
    assert got[1].name == "Helen Marsh", got[1].reason


def test_a_partys_agent_named_between_commas_speaks(db, scheme):
    got = accepted(db, scheme, [
        "Councillor Imran Siddiqui of Community First won the seat by 41 votes.",
        "Community First's agent, Tariq Hussain, said the party had run a registration "
        "drive.",
    ], "en")
    assert got[1].name == "Tariq Hussain", got[1].reason


def test_a_lawyer_who_does_not_return_a_call_is_the_silent_party(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_DRONE,
        "Okafor's lawyer, Priya Raman, did not return a call seeking comment.",
    ], "en")
    assert got[1].name == "Priya Raman", got[1].reason


def test_a_lawyer_acted_on_does_not_speak(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_DRONE,
        "Police arrested Okafor's solicitor, Priya Raman, on Tuesday.",
    ], "en")
    assert got[1].name != "Priya Raman", got[1].reason


def test_a_familys_counsel_named_between_commas_speaks(db, scheme):
    got = accepted(db, scheme, [
        "A man died in a police cell in Leeds in March after being restrained, an inquest "
        "heard.",
        "The family's counsel, Ruth Adeyemi, said officers had ignored his calls for help.",
    ], "en")
    assert got[1].name == "Ruth Adeyemi", got[1].reason


def test_an_agent_acted_on_does_not_speak(db, scheme):
    got = accepted(db, scheme, [
        "Councillor Imran Siddiqui of Community First won the seat by 41 votes.",
        "Community First's agent, Tariq Hussain, was suspended by the party on Tuesday.",
    ], "en")
    assert got[1].name != "Tariq Hussain", got[1].reason


def test_a_party_whose_solicitor_denies_later_stays_the_accused_side(db, scheme):
    """The solicitor's denial is the client's reply: the client's own earlier answer is
    still read as the accused side's denial (whole_article.py)."""
    got = accepted(db, scheme, [
        "A woman died after being restrained by security guards at Kelmore Shopping Centre, "
        "police said.",
        "Her family's lawyer, Rosa Bent, said the guards had knelt on her for ten minutes.",
        "The centre's owner, Brightway Estates, said the guards had followed their training.",
        "Brightway's solicitor, James Toll, said the company denied any wrongdoing.",
    ], "en")
    assert got[3].name == "James Toll", got[3].reason
    assert got[2].name == "Brightway Estates", got[2].reason
    assert got[2].label == "denial", got[2].label_reason
