"""A measure to come, with its terms, reported by a speaker is context with that speaker, even
when a place or a thing stands as its subject (thirty-fourth round, issue 11, bug fix on
branch w5plan; domain/proposals/measure_next.py, data ``context34_measure_next``).

The lead's article (a blind try): a toll-road operator's director, Fransiska Wulandari,
speaks; then "Menurut dia, rest area di sepanjang Tol Trans Jawa akan membatasi waktu
singgah maksimal 30 menit." was proposed a claim. A plan or what happens next is context
(the guidelines); "akan" was read as a plan only after a party ("pihaknya akan") near the
speech verb, so a measure with a place as its subject fell to a claim, after "menurut" and
"mengatakan" alike.

Every sentence but the lead's article is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = (
    "Direktur Operasi PT Jalan Tol Lintas Jawa, Fransiska Wulandari, mengatakan "
    "perusahaannya telah menambah 40 gardu tol darurat di empat gerbang utama.")


def _last(db, scheme, sentences):
    return accepted(db, scheme, sentences, "id")[-1]


# --- the lead's case ---

def test_the_lead_article_rest_area_limit_is_context(db, scheme):
    got = accepted(db, scheme, [
        "Korps Lalu Lintas (Korlantas) Polri memperkirakan sekitar 2,9 juta kendaraan akan "
        "meninggalkan wilayah Jabodetabek selama libur Natal 2026 dan Tahun Baru 2027.",
        _OPENING,
        '"Kami juga mengimbau pengguna jalan memastikan saldo uang elektronik cukup sebelum '
        'berangkat agar tidak terjadi antrean di gerbang tol," ujarnya.',
        "Menurut dia, rest area di sepanjang Tol Trans Jawa akan membatasi waktu singgah "
        "maksimal 30 menit.",
    ], "id")
    plan = got[-1]
    assert plan.label == "context", plan.label_reason
    assert plan.name == "Fransiska Wulandari"
    assert "akan membatasi" in plan.label_reason


def test_the_same_sentence_after_mengatakan(db, scheme):
    got = _last(db, scheme, [
        _OPENING,
        "Dia mengatakan, rest area di sepanjang Tol Trans Jawa akan membatasi waktu singgah "
        "maksimal 30 menit.",
    ])
    assert got.label == "context", got.label_reason
    assert got.name == "Fransiska Wulandari"


# --- the class, on sentences of our own ---

def test_a_rule_in_force_from_a_date(db, scheme):
    got = _last(db, scheme, [
        "Kepala Dinas Perhubungan Kota Bogor, Rina Marlina, meninjau Terminal Baranangsiang "
        "pada Senin.",
        "Menurut Rina, terminal bus di pusat kota akan memberlakukan sistem tiket daring "
        "mulai 1 Januari.",
    ])
    assert got.label == "context", got.label_reason
    assert got.name == "Rina Marlina"


def test_a_passive_limit_with_a_figure(db, scheme):
    got = _last(db, scheme, [
        "Kepala Dinas Pariwisata Sleman, Agus Salim, menghadiri rapat dengan pengelola "
        "objek wisata.",
        "Menurut Agus, jumlah pengunjung di kawasan wisata Kaliurang akan dibatasi paling "
        "banyak 2.000 orang per hari.",
    ])
    assert got.label == "context", got.label_reason
    assert got.name == "Agus Salim"


def test_an_obligation_every_week(db, scheme):
    got = _last(db, scheme, [
        "Kepala Dinas Pendidikan Sleman, Agus Salim, menghadiri rapat dengan kepala sekolah.",
        "Agus menyebutkan, seluruh sekolah negeri di kabupaten itu akan mewajibkan siswa "
        "memakai seragam batik setiap Kamis.",
    ])
    assert got.label == "context", got.label_reason


# --- near misses: what stays as it was ---

def test_a_forecast_stays_a_claim(db, scheme):
    got = _last(db, scheme, [_OPENING, "Menurut dia, harga akan naik."])
    assert got.label == "claim", got.label_reason


def test_a_forecast_with_figures_stays_a_claim(db, scheme):
    got = _last(db, scheme, [
        _OPENING,
        "Menurut dia, harga tiket di sepanjang Tol Trans Jawa akan naik 5 persen mulai "
        "Januari.",
    ])
    assert got.label == "claim", got.label_reason


def test_what_a_bill_will_do_without_terms_is_not_a_plan(db, scheme):
    got = _last(db, scheme, [
        "Ketua Dewan Pers, Ninik Rahayu, mengkritik rancangan undang-undang penyiaran.",
        "Menurut dia, RUU penyiaran yang sedang dibahas DPR akan membatasi kebebasan pers.",
    ])
    assert got.label != "context", got.label_reason


def test_hedged_is_not_read(db, scheme):
    got = _last(db, scheme, [
        _OPENING,
        "Menurut dia, rest area di sepanjang Tol Trans Jawa mungkin akan membatasi waktu "
        "singgah maksimal 30 menit.",
    ])
    assert "akan membatasi" not in got.label_reason


def test_negated_is_not_read(db, scheme):
    got = _last(db, scheme, [
        _OPENING,
        "Menurut dia, rest area di sepanjang Tol Trans Jawa tidak akan membatasi waktu "
        "singgah maksimal 30 menit.",
    ])
    assert "akan membatasi" not in got.label_reason


def test_inside_a_relative_clause_is_not_read(db, scheme):
    got = _last(db, scheme, [
        _OPENING,
        "Menurut dia, pengelola rest area yang akan membatasi waktu singgah maksimal 30 "
        "menit sudah ditunjuk.",
    ])
    assert "akan membatasi" not in got.label_reason


def test_narration_without_a_speaker_is_untouched(db, scheme):
    got = _last(db, scheme, [
        _OPENING,
        "Rest area di sepanjang Tol Trans Jawa akan membatasi waktu singgah maksimal 30 menit.",
    ])
    assert "akan membatasi" not in got.label_reason
