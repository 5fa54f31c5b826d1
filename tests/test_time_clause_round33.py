"""An appeal verb inside a clause of time is no appeal (thirty-third round, issue 11, bug fix
on branch i11try33c; domain/proposals/time_clause.py, data ``context33_time_clause``).

The lead's article: a visitor tells she was asked for Rp 5.000 with no ticket, then goes on
'"Waktu saya minta karcis, tukang parkirnya malah marah," ujarnya.' The "minta" was read as
her appeal (context); the clause only sets the scene of what the attendant did, and what
follows it decides the label: her account of the attendant's conduct, an accusation.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_TITLE = "Juru Parkir Liar Diduga Pungut Tarif Dua Kali Lipat di Alun-alun Purwokerto"
_LEDE = ("Purwokerto - Sejumlah pengunjung Alun-alun Purwokerto mengeluhkan tarif parkir yang "
         "dipungut juru parkir liar hingga Rp 5.000 untuk sepeda motor.")
_RIZKI = ("Rizki Amalia (24), warga Sokaraja, mengaku dimintai Rp 5.000 tanpa diberi karcis saat "
          "memarkir motornya pada Minggu malam.")
_SCENE = '"Waktu saya minta karcis, tukang parkirnya malah marah," ujarnya.'


def _id(db, scheme, sentences):
    return accepted(db, scheme, sentences, "id")


# --- the lead's case ---

def test_the_lead_article_scene_is_no_appeal(db, scheme):
    got = _id(db, scheme, [
        _TITLE, "detikJateng | Jumat, 04 Des 2026 10:12 WIB", _LEDE,
        "Padahal, tarif resmi yang ditetapkan Peraturan Daerah Kabupaten Banyumas hanya "
        "Rp 2.000.",
        _RIZKI, _SCENE,
    ])
    scene = got[5]
    assert scene.label == "accusation", scene.label_reason
    assert "appeal" not in scene.label_reason
    assert scene.name == "Rizki Amalia"


# --- the class, on sentences of our own ---

def test_when_we_asked_for_a_receipt(db, scheme):
    got = _id(db, scheme, [
        _TITLE, _LEDE, _RIZKI,
        '"Ketika kami meminta kuitansi, petugasnya langsung pergi," kata Rizki.',
    ])
    assert "an appeal or a call" not in got[3].label_reason, got[3].label_reason


def test_when_i_asked_in_english(db, scheme):
    got = accepted(db, scheme, [
        "Tenants of Hollin Court say their landlord kept their deposits without reason.",
        '"When I demanded my deposit back, the agent hung up on me," said Rita Shah, a '
        "former tenant.",
    ], "en")
    assert "an appeal or a call" not in got[1].label_reason, got[1].label_reason


# --- near misses: the appeal stays an appeal ---

def test_an_appeal_in_the_main_clause_stays(db, scheme):
    got = _id(db, scheme, [
        _TITLE, _LEDE, _RIZKI, '"Kami minta polisi menindak juru parkir liar," ujarnya.',
    ])
    assert got[3].label == "context", got[3].label_reason
    assert "an appeal or a call" in got[3].label_reason


def test_now_is_no_clause_of_time(db, scheme):
    got = _id(db, scheme, [
        _TITLE, _LEDE, _RIZKI,
        '"Saat ini kami meminta polisi menindak juru parkir liar," kata Rizki.',
    ])
    assert got[3].label == "context", got[3].label_reason


def test_a_clause_closed_before_the_appeal(db, scheme):
    got = _id(db, scheme, [
        _TITLE, _LEDE, _RIZKI,
        '"Ketika ditanya, ia meminta polisi menindak juru parkir liar," kata Rizki.',
    ])
    assert got[3].label == "context", got[3].label_reason


def test_a_clause_of_time_with_no_main_clause_after(db, scheme):
    got = _id(db, scheme, [
        _TITLE, _LEDE, _RIZKI,
        "Saat rapat dengan bupati, paguyuban meminta juru parkir liar ditertibkan.",
    ])
    assert got[3].label == "context", got[3].label_reason
