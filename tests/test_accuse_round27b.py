"""What a body that inspects, regulates, audits, investigates or prosecutes says a party did
(twenty-seventh round, second wave, issue 11 item 1, branch i11accuse27b;
domain/proposals/enforcer_finding.py, data ``accuse27b_enforcers``).

The guidelines: enforcement or a finding that names a party to the dispute as responsible is
an accusation by the body acting; naming the act is enough. A regulator's, an inspector's or
a prosecutor's reported speech that names a party's act ("The Food Standards Agency said
Harbourside Catering had served ...", "Menurut penyidik, pengelola arisan itu memutar uang
...") or a wrong is that body's accusation; its figures, results with no party acting, a
passive with no actor, and the same words from a body that does not inspect or prosecute
stay claims.

Every sentence is invented for this test; none is taken from the benchmark's sets. The
articles are read on the real proposal path (real SQLite), each proposal saved as `enter`
saves it before the next is read."""

from __future__ import annotations

from support.proposals import accepted

from annotator.domain.proposals.lexicon import lexicon

_LEDE_EN = ("Three primary schools in Grimsby stopped serving hot lunches this week after "
            "pupils fell ill.")
_LEDE_ID = ("Puluhan anggota arisan di Kecamatan Sukajadi, Kota Bandung, kehilangan "
            "setoran mereka setelah arisan itu berhenti membayar sejak Agustus.")


def test_a_regulator_saying_what_a_named_firm_did_is_its_accusation(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "The Food Standards Agency said Harbourside Catering had served chicken kept above "
        "the legal temperature at all three schools.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason
    assert "a body that inspects or prosecutes" in got[1].label_reason
    assert got[1].name == "Food Standards Agency"


def test_a_closing_attribution_by_an_ombudsman(db, scheme):
    got = accepted(db, scheme, [
        "Tenants in Leeds have waited months for their deposits to be returned.",
        "Northgate Lettings placed deposits from 140 tenants in its own trading account for up "
        "to two years, the property ombudsman said on Thursday.",
    ], "en")
    assert got[1].label == "accusation", got[1].label_reason
    assert "'ombudsman'" in got[1].label_reason


def test_investigators_fronted_in_indonesian(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_ID,
        "Menurut penyidik, pengelola arisan itu memutar uang setoran anggota untuk membeli "
        "tanah di Lembang.",
    ], "id")
    assert got[1].label == "accusation", got[1].label_reason
    assert "'penyidik'" in got[1].label_reason


def test_an_officer_of_the_food_and_drug_agency_names_the_firms_act(db, scheme):
    got = accepted(db, scheme, [
        "Obat herbal pelangsing dijual bebas di sejumlah toko daring di Kupang.",
        "Kepala BBPOM Kupang, Yohanes Nenobais, mengatakan PT Sumber Sehat Farma menjual "
        "kapsul itu dengan label yang ditempel ulang.",
    ], "id")
    assert got[1].label == "accusation", got[1].label_reason
    assert got[1].name == "Yohanes Nenobais"


def test_a_regulators_figure_or_a_passive_with_no_actor_stays_a_claim(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "The Food Standards Agency said the kitchen was inspected twice in October.",
        "The agency said more than 300 meals were served each day.",
    ], "en")
    assert [g.label for g in got[1:]] == ["claim", "claim"], [g.label_reason for g in got]


def test_the_same_words_from_a_body_that_does_not_inspect_stay_a_claim(db, scheme):
    got = accepted(db, scheme, [
        _LEDE_EN,
        "The Grimsby Chamber of Commerce said Harbourside Catering had opened a second "
        "kitchen in Cleethorpes in 2024.",
    ], "en")
    assert got[1].label == "claim", got[1].label_reason


def test_the_enforcer_and_the_act_read_by_the_module():
    from annotator.domain.proposals.enforcer_finding import enforcer, party_acts
    en, id_ = lexicon("en"), lexicon("id")
    assert enforcer(None, "The firm cut the wages, the pensions regulator said.", en) \
        == "regulator"
    assert enforcer(None, "Menurut penyidik, toko itu menjual obat palsu.", id_) == "penyidik"
    assert enforcer(None, "The chamber of commerce said the firm cut wages.", en) is None
    # the body in the reported clause is not who speaks
    assert enforcer(None, "The union said the regulator ignored its letters.", en) is None
    assert party_acts("Westfield Dairies had sold milk past its date".split(), None, en) \
        == "westfield dairies had"
    assert party_acts("the depot was built in 2009".split(), None, en) is None
    assert party_acts("aplikasi itu menyebarkan data peminjam".split(), None, id_) \
        == "aplikasi itu menyebarkan"
    assert party_acts("paket itu dibagikan pada Senin".split(), None, id_) is None


def test_a_speaker_says_residents_reported_the_developer_to_a_body(db, scheme):
    got = accepted(db, scheme, [
        "Puluhan pembeli rumah di Perumahan Griya Asri, Kabupaten Gresik, mengeluhkan dinding "
        "rumah yang retak kurang dari setahun setelah serah terima.",
        "Ketua paguyuban pembeli, Sutomo, mengatakan warga juga telah melaporkan PT Graha "
        "Karya Utama ke Badan Perlindungan Konsumen Nasional.",
    ], "id")
    assert got[1].label == "accusation", got[1].label_reason
    assert "a complaint lodged with a body" in got[1].label_reason


def test_reported_to_or_complained_to_a_named_body_is_read_as_lodged():
    from annotator.domain.proposals.lodged_with import lodged_with
    en, id_ = lexicon("en"), lexicon("id")
    assert lodged_with("Residents have reported the landlord to the Housing Ombudsman.", en)
    assert lodged_with("The parish council has complained to the Environment Agency about "
                       "the dust.", en)
    assert lodged_with("Warga sudah melaporkan pengelola parkir ke Ombudsman RI.", id_)
    assert lodged_with("Serikat mengadukan perusahaan itu ke Dinas Tenaga Kerja.", id_)
    # not a body named ("ke pengembang"), nor a plan
    assert lodged_with("Warga melaporkan kerusakan itu ke pengembang.", id_) is None
    assert lodged_with("Residents will complain to the Environment Agency.", en) is None
