"""A statement issued through one's solicitors speaks for the one who spoke through them
(thirty-fourth round, issue 11, try helper t34politics; domain/proposals/issued.py).

The try article: "In a statement issued through his solicitors, Harcourt Vane LLP, he said
the flat had been declared ..." then '"Mr Pellow has complied with the rules ...," the
statement said.' The statement was taken as issued by the first name of the sentence, the
law firm, so the MP's own denial was proposed with the firm as its source. The firm is the
channel; the statement is the speaker's ("he", the MP), so "the statement said" goes on with
him. A statement the sentence's first name issues itself ("In a statement, Harcourt Vane
said ...") keeps that issuer.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted


def _all(db, scheme, sentences):
    return accepted(db, scheme, sentences, "en")


def test_the_try_article_statement_through_solicitors(db, scheme):
    got = _all(db, scheme, [
        "Gareth Pellow, the member for Wrexley North, is accused of breaching expenses rules.",
        "Mr Pellow denies any wrongdoing.",
        "In a statement issued through his solicitors, Harcourt Vane LLP, he said the flat "
        "had been declared to the authority in full.",
        '"Mr Pellow has complied with the rules at every stage and will co-operate fully '
        'with any inquiry," the statement said.',
    ])
    assert got[3].name == "Gareth Pellow", got[3].reason


def test_through_her_lawyers_of_our_own(db, scheme):
    got = _all(db, scheme, [
        "Councillor Ann Riley is accused of claiming mileage for trips she did not make.",
        "Ms Riley rejects the allegation.",
        "In a statement released through her lawyers, Keel & Co, she said every journey "
        "was logged.",
        '"Each claim was approved by the council," the statement said.',
    ])
    assert got[3].name == "Ann Riley", got[3].reason


def test_a_firm_that_issues_its_own_statement(db, scheme):
    got = _all(db, scheme, [
        "Residents say Harlow Water polluted the river for a week.",
        "In a statement, Harlow Water said its plant had met every permit.",
        '"We take these concerns seriously," the statement said.',
    ])
    assert got[2].name == "Harlow Water", got[2].reason
