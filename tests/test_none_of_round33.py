"""A wrong whose subject is "none of ..." is a wrong negated, not a wrong reported
(thirty-third round, issue 11, bug fix on branch i11try33g; domain/proposals/none_of.py,
data ``deny33_none_of``).

The try's article: Britain's regulator fines a payments firm over money-laundering checks;
the firm's spokesperson answers '"None of the accounts in question were found to have been
used for money laundering"'. "money laundering" was read as a reported wrong (an
accusation) because the subject that negates it stands too far from it for the negation
test. Read as negated, what is left is the accused side's contrary fact: a denial; from
anyone else, a claim.

Every sentence but the try's is invented for this test; none is taken from the benchmark's
sets."""

from __future__ import annotations

from support.proposals import accepted

_FINE = (
    "Britain's Financial Conduct Authority on Thursday fined payments company Tallis Pay 14.2 "
    "million pounds ($18 million), saying the firm had failed for more than three years to "
    "carry out basic checks on customers it had flagged as high risk.")
_NONE = ('"None of the accounts in question were found to have been used for money '
         'laundering," a Tallis Pay spokesperson said.')


def _last(db, scheme, sentences, language="en"):
    return accepted(db, scheme, sentences, language)[-1]


# --- the try's case (its quotation; the added self-report: test_self_report_round33) ---

def test_the_try_none_of_the_accounts_is_the_accused_sides_denial(db, scheme):
    got = _last(db, scheme, [_FINE, _NONE])
    assert got.label == "denial", got.label_reason
    assert got.name == "Tallis Pay"
    assert "money laundering" not in got.label_reason


# --- the class, on sentences of our own ---

def test_none_of_its_staff_reported_is_a_denial(db, scheme):
    got = _last(db, scheme, [
        "The Gambling Commission fined bookmaker Redmile Bet 3 million pounds on Monday over "
        "its handling of customers who had asked to be excluded.",
        "Redmile Bet said none of its managers had ever taken bribes from high-spending "
        "customers.",
    ])
    assert got.label == "denial", got.label_reason
    assert "bribes" not in got.label_reason


def test_not_one_of_the_customers_is_a_denial(db, scheme):
    got = _last(db, scheme, [
        "Regulators fined energy supplier Corvane Power 9 million pounds on Wednesday over "
        "its billing of prepayment customers.",
        '"Not one of our customers was ever defrauded by our staff," a Corvane spokesman '
        "said.",
    ])
    assert got.label == "denial", got.label_reason


def test_no_customer_at_the_quotations_start_is_a_denial(db, scheme):
    got = _last(db, scheme, [
        "Regulators fined energy supplier Corvane Power 9 million pounds on Wednesday over "
        "its billing of prepayment customers.",
        '"No customer of ours was ever defrauded by our staff," a Corvane spokesman said.',
    ])
    assert got.label == "denial", got.label_reason


def test_the_regulator_clearing_the_accounts_is_a_claim(db, scheme):
    got = _last(db, scheme, [
        _FINE,
        '"None of the accounts in question were found to have been used for money '
        'laundering," the regulator said.',
    ])
    assert got.label == "claim", got.label_reason


# --- near misses: the wrong still reported ---

def test_a_clause_after_the_none_of_clause_still_reports_the_wrong(db, scheme):
    got = _last(db, scheme, [
        _FINE,
        '"None of the staff were warned, and the firm was used for money laundering," the '
        "regulator said.",
    ])
    assert got.label == "accusation", got.label_reason


def test_none_of_after_the_wrong_does_not_negate_it(db, scheme):
    got = _last(db, scheme, [
        _FINE,
        "The regulator said the firm had allowed money laundering, and none of its managers "
        "had acted.",
    ])
    assert got.label == "accusation", got.label_reason


def test_no_as_an_interjection_negates_nothing(db, scheme):
    got = _last(db, scheme, [
        _FINE,
        '"No, the accounts were used for money laundering," the regulator said.',
    ])
    assert got.label == "accusation", got.label_reason


def test_no_inside_the_clause_is_not_a_subject(db, scheme):
    got = _last(db, scheme, [
        _FINE,
        "The regulator said the firm took no action while its accounts were used for money "
        "laundering.",
    ])
    assert got.label == "accusation", got.label_reason


def test_a_wrong_inside_the_none_of_subject_is_still_reported(db, scheme):
    got = _last(db, scheme, [
        _FINE,
        "The regulator said none of the customers flagged for fraud were checked.",
    ])
    assert got.label == "accusation", got.label_reason


def test_a_wrong_in_the_object_of_a_no_subject_is_still_reported(db, scheme):
    got = _last(db, scheme, [
        _FINE,
        "The regulator said no checks were carried out on accounts used for money "
        "laundering.",
    ])
    assert got.label == "accusation", got.label_reason


# --- Indonesian: "tidak ada satu pun", "tak seorang pun" ---

_PUNGLI = ("Sejumlah warga menuding Kantor Imigrasi Cirebon memungut biaya liar dalam layanan "
           "pembuatan paspor.")


def test_tidak_ada_satu_pun_pegawai_is_the_accused_sides_denial(db, scheme):
    got = _last(db, scheme, [
        _PUNGLI,
        "Kepala Kantor Imigrasi Cirebon, Hendra Wijaya, mengatakan tidak ada satu pun "
        "pegawainya yang pernah melakukan pungutan liar.",
    ], "id")
    assert got.label == "denial", got.label_reason
    assert "pungutan liar" not in got.label_reason


def test_tak_seorang_pun_in_a_quotation_is_the_accused_sides_denial(db, scheme):
    got = _last(db, scheme, [
        _PUNGLI,
        '"Tak seorang pun dari pegawai kami melakukan pungutan liar," kata Kepala Kantor '
        "Imigrasi Cirebon, Hendra Wijaya.",
    ], "id")
    assert got.label == "denial", got.label_reason


def test_a_wrong_after_tetapi_is_still_reported(db, scheme):
    got = _last(db, scheme, [
        _PUNGLI,
        "Ombudsman Jawa Barat mengatakan tidak ada satu pun pemohon yang mengeluh, tetapi "
        "pungutan liar itu terjadi setiap hari di loket.",
    ], "id")
    assert got.label == "accusation", got.label_reason
