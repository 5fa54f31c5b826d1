"""Who speaks, sixteenth round: the party that acts is the source (data/guidelines.md,
Sources and context: promises, plans and procedure keep their speaker; a party's own account
is its claim; narration with no speaker has no source). A sentence with no speech verb whose
subject is a named or described party performing an act of the family in
data/cues/<language>.json ("speaker16_acts") takes that party; narration, a plural of
unnamed people, a passive, a negated act, a description nobody names and an act of another
sense keep no source. Every sentence is invented for this test; none is taken from the
benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import proposals

from annotator.domain.proposals.acting import acts_at, described_only
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.sources import add_source


def speakers(db, scheme, sentences, language):
    return [p.name for p in proposals(db, scheme, sentences, language)]


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["The Lowfield Anglers' Trust has written to the environment secretary asking for "
          "the river's abstraction licence to be reviewed."], "en", "Lowfield Anglers' Trust"),
        (["The Brackwater Cycling Club has complained about the new junction.",
          "The club has sent photographs of the potholes to the county highways team."],
         "en", "Brackwater Cycling Club"),
        (["The Coastal Fishermen's Federation says the dredger has damaged oyster beds.",
          "It has sent its own survey data to the Marine Management Organisation."], "en",
         "Coastal Fishermen's Federation"),
        (["The Maritime Safety Authority is seeking penalties against the ferry's owner."],
         "en", "Maritime Safety Authority"),
        (["The Northfield Coastguard has extended its gale warning until Friday."], "en",
         "Northfield Coastguard"),
        (["The Harwood Valley Tenants' Association stood by its report."], "en",
         "Harwood Valley Tenants' Association"),
        (["Paguyuban Nelayan Teluk Jaya menghitung sedikitnya 40 perahu rusak akibat "
          "limbah."], "id", "Paguyuban Nelayan Teluk Jaya"),
        (["Ketua Koperasi Tani Makmur, Sutrisno Hadi, menjanjikan pembagian sisa hasil "
          "usaha bulan depan."], "id", "Sutrisno Hadi"),
        (["Direktur PT Sumber Air Lestari, Hendra Wijaya, mengakui pipa distribusi sempat "
          "bocor selama tiga hari."], "id", "Hendra Wijaya"),
        (["Dinas Lingkungan Hidup Kota Cirebon menjadwalkan pengambilan sampel ulang pada "
          "Senin."], "id", "Dinas Lingkungan Hidup Kota Cirebon"),
        (["Koalisi Warga Peduli Sungai Cikapundung mempersoalkan izin pembuangan limbah "
          "pabrik tekstil di hulu sungai."], "id", "Koalisi Warga Peduli Sungai Cikapundung"),
        (["Greenpeace has sent its water samples to an independent laboratory."], "en",
         "Greenpeace"),
        (["Harlowe raised its interim dividend by 4% to 3.1p a share."], "en", "Harlowe"),
    ],
)
def test_the_party_acting_is_the_source(db, scheme, sentences, language, name):
    assert speakers(db, scheme, sentences, language)[-1] == name


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Four people died in the blast at the warehouse on Monday."], "en"),
        (["Residents have written to the council asking for the road to be closed."], "en"),
        (["The ferry was sent to the yard for repairs after the storm."], "en"),
        (["The Ridgeway Health Board has sent a team of nurses to the village."], "en"),
        (["The Brantley Water Company has not published the test results."], "en"),
        (["The mill is Grade II listed and has stood empty since 1998."], "en"),
        (["Surveyors have counted 300 nests on the island this spring."], "en"),
        (["Warga Desa Sukamaju mengirim surat kepada bupati pada Senin."], "id"),
        (["Pada 2019, Republik Kepulauan Selatan mengakui kemerdekaan negara tetangganya."],
         "id"),
        (["Pemerintah provinsi menetapkan status tanggap darurat selama 14 hari."], "id"),
        (["Jembatan itu ditutup sejak Senin karena retak."], "id"),
    ],
)
def test_narration_keeps_no_source(db, scheme, sentences, language):
    assert speakers(db, scheme, sentences, language)[-1] is None


def test_acts_found_and_refused_by_their_grammar():
    en, id_ = lexicon("en"), lexicon("id")
    assert acts_at(en, "the club has sent its log to the agency".split()) == [(3, 4)]
    assert acts_at(en, "the agency has sent a team to the town".split()) == []  # no evidence
    assert acts_at(en, "the log was sent to the agency".split()) == []  # passive
    assert acts_at(en, "records published by the department show".split()) == []
    assert acts_at(id_, "sejak mengirim surat ke bupati".split()) == []  # subordinate
    assert acts_at(id_, "ia tidak mengakui kesalahan itu".split()) == []  # negated
    assert acts_at(id_, "ia mengakui kesalahan itu".split()) == [(1, 2)]
    assert described_only("Pemerintah provinsi", id_) and described_only("Surveyors", en)
    assert described_only("Pemerintah", id_) and described_only("Warga", id_)
    assert not described_only("Met Office", en) and not described_only("KAI", id_)
    assert not described_only("Greenpeace", en) and not described_only("Walhi", id_)


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["The Eastvale Harbour Board said the dredger had complied with its licence.",
          "Shipping records published by the board show the dredger worked 40 nights in "
          "October."], "en", "Eastvale Harbour Board"),
        (["Land Registry records show the plot was sold to a developer in 2019."], "en",
          "Land Registry"),
        (["The Greenline Trust published a report on Monday.",
          "Satellite images in the report show 300 hectares of forest cleared since 2022."],
         "en", "Greenline Trust"),
        (["Citra satelit yang dianalisis Yayasan Hutan Lestari menunjukkan tutupan hutan "
          "berkurang 40 hektare."], "id", "Yayasan Hutan Lestari"),
    ],
)
def test_evidence_speaks_for_the_party_that_made_it(db, scheme, sentences, language, name):
    assert speakers(db, scheme, sentences, language)[-1] == name


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (["Figures obtained by the newspaper show knife crime fell by 31% last year."], "en"),
        (["State health records show two people were taken to hospital in October."], "en"),
        (["City records show inspectors issued 17 notices to the building in 2025."], "en"),
        (["Federal records show the firm hired a consultant in September."], "en"),
        (["Majelis hakim yang dipimpin Rudi Hartawan menjadwalkan sidang pleidoi pada "
          "Senin."], "id"),
    ],
)
def test_evidence_and_acts_that_name_no_party_keep_no_source(db, scheme, sentences,
                                                            language):
    assert speakers(db, scheme, sentences, language)[-1] is None


def test_a_body_acting_then_its_meteorologist_speaking_is_the_person(db, scheme):
    """The body saved as the source of its act is a registered name next; the person with
    an occupation's title after it speaks, not the body (speaker11_titles)."""
    add_source(db, "Met Office")
    found = [p.name for p in proposals(db, scheme, [
        "The Met Office has issued a yellow warning for snow on high ground.",
        "Met Office meteorologist Jane Orrell said 20cm of snow could fall on the hills."],
        "en")]
    assert found == ["Met Office", "Jane Orrell"]


@pytest.mark.parametrize(
    ("sentences", "language", "name"),
    [
        (["Direktur PT Tirta Bening, Agus Salim, membantah pipa itu bocor.",
          "Ia juga mengakui air sempat keruh selama dua hari."], "id", "Agus Salim"),
        (["The Harrow Canal Society said the towpath had been blocked for months.",
          "It has also written to the Canal and River Trust asking for it to be cleared."],
         "en", "Harrow Canal Society"),
        (["Council leader Mark Denby said the budget would be balanced.",
          "They have written to the minister asking for more funding."], "en", None),
    ],
)
def test_a_pronoun_acting_is_the_party_named_before(db, scheme, sentences, language, name):
    assert speakers(db, scheme, sentences, language)[-1] == name


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        (["The Marsh Lane Food Trust said donations had fallen for a second year.",
          "The trust's accounts for 2025 show income of £2.1m."], "Marsh Lane Food Trust"),
        (["The charity's chair, Angela Pryce, said the board had approved the contract.",
          "The charity's accounts for 2025 show income of £2.1m."], None),
    ],
)
def test_evidence_owned_by_a_body_noun_is_the_body_never_a_person(db, scheme, sentences,
                                                                   name):
    assert speakers(db, scheme, sentences, "en")[-1] == name
