"""A wrong told in reported speech with no accuse cue (twenty-ninth round, issue 11, branch
i11wrongs29b; data ``wrongdoing`` in data/cues/<language>.json, read by reading.py as
"reported wrongdoing").

The guidelines: an accusation attributes a wrongful act to an identifiable party; naming the
act is enough. Two shapes the rules read as plain claims:

- the act called deliberate: "menilai Pemerintah Kota sengaja menggantung permohonan itu"
  ("sengaja" is the Indonesian of "deliberately", already a wrong in English; "intentionally"
  beside it); negated ("tidak sengaja") or as a different word ("tidak disengaja") it stays
  what it was;
- competitors colluding: prices or bids exchanged, prices agreed, the winner arranged
  ("bersepakat menaikkan harga", "saling bertukar dokumen penawaran", "exchanged planned
  price rises"); the evidence for it (prices that rose together, a figure) stays a claim;
- subsidised goods resold or diverted ("menjualnya kembali", "sisanya dialihkan", "dijual
  ... dengan harga nonsubsidi"); goods sold at the set price and traffic diverted stay
  claims.

The act called deliberate of the speaker's own side ("pihaknya sengaja", "we intentionally")
is its own account, and the accused side blaming another for a deliberate act still denies.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

_LEDE_ID = ("Jemaat Gereja Kristen di Salatiga sudah tiga tahun menunggu izin mendirikan "
            "bangunan untuk gedung gereja baru.")
_LEDE_EN = ("Three supermarket chains in Wales raised the price of a standard loaf by 20p "
            "within the same fortnight last spring.")


def test_a_party_said_to_act_deliberately_is_accused(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Pengurus jemaat menilai Pemerintah Kota Salatiga sengaja menunda izin itu karena "
        "desakan sekelompok ormas.",
    ], "id")
    assert got[1].label == "accusation", got[1].label_reason
    assert "sengaja" in got[1].label_reason


def test_unintended_or_negated_stays_unaccused(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Kepala dinas mengatakan keterlambatan itu tidak disengaja.",
        "Ia mengatakan petugas tidak sengaja menghapus berkas permohonan itu.",
    ], "id")
    assert [g.label for g in got[1:]] == ["claim", "claim"], [
        g.label_reason for g in got[1:]]


def test_the_speakers_own_side_acting_deliberately_tells_its_own_account(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Budi mengatakan pihaknya sengaja menunda izin itu selama dua pekan.",
        '"Kami sengaja menutup jalan itu selama dua hari," kata Kepala Dinas PU, Budi '
        'Santoso.',
    ], "id")
    assert all("reported wrongdoing" not in g.label_reason for g in got[1:]), [
        g.label_reason for g in got[1:]]


def test_we_acted_intentionally_is_the_speakers_own_account(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        '"We intentionally kept our prices below the others all year," a Hearth '
        'spokesperson, Anna Bell, said.',
    ], "en")
    assert "reported wrongdoing" not in got[1].label_reason, got[1].label_reason


def test_intentionally_is_deliberately(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "The tenants' association said the landlord intentionally left the boilers off "
        "through January.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason


def test_competitors_agreeing_prices_are_accused(db, scheme):
    got = accepted(db, scheme, [
        "Harga bawang putih di Jawa Timur naik hampir dua kali lipat sejak Agustus.",
        "KPPU menduga lima importir bawang putih bersepakat menaikkan harga secara serentak.",
        "Menurut majelis komisi, ketiga kontraktor saling bertukar dokumen penawaran sebelum "
        "lelang dibuka.",
    ], "id")
    assert [g.label for g in got[1:]] == ["accusation", "accusation"], [
        g.label_reason for g in got[1:]]


def test_competitors_exchanging_prices_are_accused(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "The competition regulator said managers at the three chains exchanged planned "
        "price rises in a private chat group.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason


def test_the_evidence_of_prices_rising_together_stays_a_claim(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "The regulator said prices at the three chains rose within a week of each other.",
    ], "en")
    assert got[1].label == "claim", got[1].label_reason


def test_a_figure_of_prices_rising_together_stays_a_claim(db, scheme):
    got = accepted(db, scheme, [
        "Harga bawang putih di Jawa Timur naik hampir dua kali lipat sejak Agustus.",
        "Investigator KPPU mengatakan harga dari kelima importir naik dalam rentang dua hari.",
    ], "id")
    assert got[1].label == "claim", got[1].label_reason


def test_the_accused_side_blaming_another_for_a_deliberate_act_still_denies(db, scheme):
    got = accepted(db, scheme, [
        "Panwaslu Kecamatan Cikajang menuduh tim pemenangan Hamzah membagikan amplop berisi "
        "uang kepada warga.",
        "Hamzah membantah tuduhan itu.",
        "Hamzah justru menuding tim lawan sengaja menyelipkan stiker pasangan calonnya ke "
        "dalam amplop untuk menjatuhkan namanya.",
    ], "id")
    assert [g.label for g in got] == ["accusation", "denial", "denial"], [
        g.label_reason for g in got]


def test_subsidised_goods_resold_or_diverted_are_accused(db, scheme):
    got = accepted(db, scheme, [
        "Petani di Kecamatan Kedunggalar kesulitan mendapat pupuk bersubsidi sejak Oktober.",
        "Kapolres mengatakan kedua pemilik kios menimbun pupuk itu lalu menjualnya kembali "
        "ke pabrik gula di Madiun.",
        '"Warga hanya menerima lima kilogram, sisanya dialihkan ke pengepul," kata Ketua '
        "Kelompok Tani Sido Makmur, Paijo.",
        "Menurut jaksa, beras bantuan itu dijual ke penggilingan dengan harga nonsubsidi.",
    ], "id")
    assert [g.label for g in got[1:]] == ["accusation"] * 3, [
        g.label_reason for g in got[1:]]


def test_goods_sold_or_traffic_diverted_in_plain_words_stay_unaccused(db, scheme):
    got = accepted(db, scheme, [
        "Petani di Kecamatan Kedunggalar kesulitan mendapat pupuk bersubsidi sejak Oktober.",
        "Kepala dinas mengatakan pupuk itu dijual ke petani dengan harga eceran tertinggi.",
        "Menurut polisi, kendaraan dialihkan ke jalur selatan selama perbaikan jembatan.",
    ], "id")
    assert [g.label for g in got[1:]] == ["claim", "claim"], [
        g.label_reason for g in got[1:]]
