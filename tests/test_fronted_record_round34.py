"""A record the sentence goes by, set before its first comma ("Berdasarkan hasil audit
BPK, ..."), is no rule complied with: no defence of the accused side (thirty-fourth round,
issue 11, try branch t34id; domain/proposals/wrongs.py, ``defence``).

The try's article (invented, Indonesian national news): the KPK names a port company's
director a suspect over a tugboat purchase; then "Berdasarkan hasil audit Badan Pemeriksa
Keuangan (BPK), harga keempat kapal tunda itu lebih mahal Rp 58 miliar dibandingkan harga
pasar." was proposed a denial, and BPK the accused side: "berdasarkan ... audit" was read as
the accused side's "in line with the audit". The auditor's finding is evidence for the
charge: a claim (the guidelines: evidence that does not itself say a party did wrong).
Every fronted "Berdasarkan X," of the readable sets is a claim or context in their gold.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING = ("Komisi Pemberantasan Korupsi (KPK) menetapkan Direktur Operasi PT Samudra "
            "Dermaga Nusantara (SDN), Haryanto Wibisono, sebagai tersangka kasus dugaan "
            "korupsi pengadaan empat kapal tunda senilai Rp 312 miliar.")
_DENIAL = ("Manajemen PT Samudra Dermaga Nusantara membantah adanya pengaturan lelang dalam "
           "pengadaan kapal tunda tersebut.")


# --- the try's case ---

def test_the_try_auditor_finding_is_a_claim(db, scheme):
    got = accepted(db, scheme, [
        _OPENING,
        "Berdasarkan hasil audit Badan Pemeriksa Keuangan (BPK), harga keempat kapal tunda "
        "itu lebih mahal Rp 58 miliar dibandingkan harga pasar.", _DENIAL], "id")
    assert got[1].label == "claim", got[1].label_reason
    assert got[1].name == "Badan Pemeriksa Keuangan"
    assert got[2].label == "denial"


# --- the class, on a sentence of our own ---

def test_a_fronted_inspection_record_is_not_a_defence(db, scheme):
    got = accepted(db, scheme, [
        "Warga Desa Sukamaju menuding PT Tirta Kencana membuang limbah ke Sungai Cimanuk.",
        "Berdasarkan hasil uji laboratorium Dinas Lingkungan Hidup, kadar amonia di sungai "
        "itu tiga kali di atas baku mutu.",
        "PT Tirta Kencana membantah tudingan tersebut."], "id")
    assert got[1].label != "denial", got[1].label_reason


# --- near misses: the accused side's own terms stay a denial ---

def test_the_accused_side_citing_its_audit_and_the_rules_is_a_denial(db, scheme):
    got = accepted(db, scheme, [
        _OPENING, _DENIAL,
        "Berdasarkan hasil audit internal, seluruh proses pengadaan sudah sesuai prosedur, "
        "kata Sekretaris Perusahaan SDN, Dewi Kartikasari."], "id")
    assert got[2].label == "denial"


def test_the_rules_followed_inside_the_sentence_is_a_denial(db, scheme):
    got = accepted(db, scheme, [
        _OPENING, _DENIAL,
        "Dewi Kartikasari mengatakan pengadaan itu dilakukan berdasarkan aturan yang "
        "berlaku."], "id")
    assert got[2].label == "denial"
