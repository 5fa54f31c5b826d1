"""The classes of sentence the third round of proposal tuning reads differently: offices and
organisations named by a common noun or an acronym, replies that deny without a denial word,
speech verbs that report nobody, and subjects a reader finds past commas, adverbs and "and".
Every sentence is written for this test, not taken from the benchmark's sets."""

from __future__ import annotations

import pytest
from support.proposals import proposals

from annotator.domain.sources import add_source


def one(db, scheme, sentence: str, language: str = "en"):
    return proposals(db, scheme, [sentence], language)[0]


@pytest.mark.parametrize(
    ("sentence", "language", "speaker"),
    [
        # an office named whole, its head noun last (en) or first (id)
        ("The National Water Resources Authority said reservoirs were at 30%.", "en",
         "National Water Resources Authority"),
        ("Kepolisian Resor Kota Bogor membantah menahan wartawan.", "id",
         "Kepolisian Resor Kota Bogor"),
        # "the" inside a name; the person before "of the University"
        ("Friends of the Earth said the permit should be withdrawn.", "en",
         "Friends of the Earth"),
        ("Geologist Marta Ruiz of the University of Seville said the cracks were old.", "en",
         "Marta Ruiz"),
        # an adverb between the subject and the verb
        ("Olga Brenner, an adviser to the cabinet, separately said talks would resume.",
         "en", "Olga Brenner"),
        # "Regional", "General" alone are no titles
        ("Regional Rail, which runs the branch line, said it had not been warned.", "en",
         "Regional Rail"),
        # the person named between commas after an office, and after its titles
        ("Norland Foods' sales director, Petra Lind, called the report unfair.", "en",
         "Petra Lind"),
        # a verb after "and"/"dan" shares the clause's subject
        ("Last week, Mayor Ines Calder toured the plant and said the leak was contained.",
         "en", "Ines Calder"),
        ("Pada Senin, Bupati Arif Setiawan meninjau tanggul dan menegaskan warga aman.",
         "id", "Arif Setiawan"),
        # a participle after a comma shares the sentence's subject
        ("The Fisheries Board fined two trawlers on Monday, alleging they fished in a "
         "closed zone.", "en", "Fisheries Board"),
    ],
)
def test_subjects_a_reader_finds(db, scheme, sentence, language, speaker):
    assert one(db, scheme, sentence, language).name == speaker


def test_a_comma_then_said_it_is_not_attribution(db, scheme):
    got = proposals(db, scheme, [
        "Transport Minister Lena Vogt announced the new timetable on Monday.",
        "Coastline Ferries, which sails to the islands, said it had not been consulted.",
    ], "en")
    assert got[1].name == "Coastline Ferries"


def test_the_company_is_the_name_introduced_with_that_noun(db, scheme):
    got = proposals(db, scheme, [
        "Farmers accused the quarry of cracking their houses. The quarry belongs to the "
        "Swiss company Alpenstein Holding.",
        "In a statement, the company said its blasting stayed within legal limits.",
        "The quarry employs 300 people, according to the company.",
    ], "en")
    assert [p.name for p in got[1:]] == ["Alpenstein Holding"] * 2
    assert "'company' = Alpenstein Holding" in got[1].reason


def test_an_apposition_and_a_lower_case_office_introduce_a_noun(db, scheme):
    got = proposals(db, scheme, [
        "Tenants have accused Eastfield council of ignoring damp in its flats.",
        "Marlow Homes, a housing association that manages 900 flats, blamed the weather.",
        "The council denied ignoring the complaints.",
        "The association said repairs had started in May.",
    ], "en")
    assert [p.name for p in got[2:]] == ["Eastfield council", "Marlow Homes"]


def test_indonesian_office_nouns_point_back(db, scheme):
    got = proposals(db, scheme, [
        "Nelayan menuding PT Samudra Jaya Lestari membuang limbah ke teluk.",
        "Perusahaan itu menepis tuduhan nelayan.",
        "Kementerian Kelautan dan Perikanan akan memeriksa lokasi.",
        "Menurut kementerian, sampel air diambil pekan depan.",
        "Jaksa Dewi Anggraini menghadirkan dua saksi ahli.",
        "Menurut jaksa, kedua saksi melihat pipa itu bocor.",
    ], "id")
    assert got[1].name == "PT Samudra Jaya Lestari"
    assert got[3].name == "Kementerian Kelautan dan Perikanan"
    assert got[5].name == "Dewi Anggraini"


def test_a_pronoun_before_adverbs_is_the_subject(db, scheme):
    got = proposals(db, scheme, [
        "Ketua Serikat Nelayan, Yusuf Rahman, mengatakan tangkapan turun separuh.",
        "Ia juga menuduh pabrik membuang limbah pada malam hari.",
    ], "id")
    assert got[1].name == "Yusuf Rahman"
    assert got[1].label == "accusation"


def test_a_member_of_a_list_named_alone_is_not_the_list(db, scheme):
    got = proposals(db, scheme, [
        "Regulators are reviewing a deal between Northbank Energy and Solvane.",
        "Solvane said the deal would lower bills.",
    ], "en")
    assert got[1].name == "Solvane"


def test_acronyms_read_as_the_name_they_spell(db, scheme):
    got = proposals(db, scheme, [
        "The Maritime Safety Agency (MSA) on Friday accused a tanker crew of switching "
        "off its transponder.",
        "The MSA said radar tracks showed the ship near the reef.",
    ], "en")
    assert [p.name for p in got] == ["Maritime Safety Agency"] * 2
    assert "MSA = Maritime Safety Agency" in got[1].reason


def test_the_registry_wins_over_an_acronym_in_brackets(db, scheme):
    add_source(db, "Badan Pusat Statistik", aliases=["BPS"])
    assert one(db, scheme, "Badan Pusat Statistik (BPS) mencatat inflasi naik.",
               "id").name == "Badan Pusat Statistik"


def test_an_unattributed_spokesperson_speaks_for_the_party_just_quoted(db, scheme):
    got = proposals(db, scheme, [
        "Orbis Rail denied cutting safety inspections.",
        "A spokesperson said every train was checked before service.",
    ], "en")
    assert got[1].name == "Orbis Rail"


@pytest.mark.parametrize(
    ("sentence", "language", "label"),
    [
        # speech verbs that report nobody
        ("Polio was declared eradicated in the region in 2002.", "en", "context"),
        ("The county has 61 confirmed cases since March.", "en", "context"),
        ("If the breach is confirmed, the club faces a fine.", "en", "context"),
        # a place lies somewhere
        ("The atoll lies about 300 km south of the capital.", "en", "context"),
        # wrongdoing looked into, reported on, or named with an age between commas (an
        # inquiry promised is context under the settled guidelines, never an accusation)
        ("Ombudsman Tara Quill said she would investigate alleged fraud at the agency.",
         "en", "context"),
        ("Komisi Informasi menyatakan akan menyelidiki dugaan kekerasan di lapas.", "id",
         "context"),
        ("Prosecutors said Karl Stone, 52, defrauded pensioners.", "en", "accusation"),
        # denial words without "deny"
        ("Dario Venn has pleaded not guilty to all charges.", "en", "denial"),
        ("Club president Ana Ruiz called the report a smear.", "en", "denial"),
        ("Mantan direktur itu mengaku tidak bersalah.", "id", "denial"),
        # not suspected: no wrongdoing alleged
        ("Coach Lee Moss said his players were not suspected of wrongdoing.", "en", "claim"),
    ],
)
def test_labels_by_class(db, scheme, sentence, language, label):
    assert one(db, scheme, sentence, language).label == label


@pytest.mark.parametrize("sentence", [
    "Juru bicara perusahaan, Rina Hapsari, menolak berkomentar.",
    "Astel Mining declined to comment on the findings.",
])
def test_declining_to_comment_denies_nothing(db, scheme, sentence):
    assert one(db, scheme, sentence, "id" if "menolak" in sentence else "en"
               ).label != "denial"


def test_a_reply_that_limits_after_an_accusation_is_a_denial(db, scheme):
    got = proposals(db, scheme, [
        "Warga Desa Sukamaju menuduh PT Tirta Makmur menyedot air tanah berlebihan.",
        "Manajer PT Tirta Makmur, Hendra Kusuma, menegaskan perusahaan hanya memakai "
        "air dari sungai.",
    ], "id")
    assert got[1].label == "denial"
    # the manager speaks for the firm the accusation holds responsible (eighth round)
    assert "the accused side replies: Hendra Kusuma speaks for PT Tirta Makmur" in \
        got[1].label_reason
    assert got[1].confidence != "high"


def test_the_same_words_without_an_accusation_stay_a_claim(db, scheme):
    got = proposals(db, scheme, [
        "Manajer PT Tirta Makmur, Hendra Kusuma, menegaskan perusahaan hanya memakai "
        "air dari sungai.",
    ], "id")
    assert got[0].label == "claim"


def test_the_accuser_negating_is_no_denial_and_not_only_is_no_rebuttal(db, scheme):
    got = proposals(db, scheme, [
        "Union leader Rosa Diaz accused Kelbrook Mills of firing workers who joined the "
        "union.",
        '"They did not give a single reason," Diaz said.',
        "Kelbrook Mills rejected the claim.",
        "Analyst Tim Oduya said the dispute was not only about pay but about shifts.",
    ], "en")
    assert got[1].label == "accusation"  # the accuser goes on: never a denial
    assert got[3].label == "claim"


def test_the_party_that_denied_turns_blame_as_a_denial(db, scheme):
    got = proposals(db, scheme, [
        "Veldor accused Astrania on Sunday of shelling a border village.",
        "Astrania's defence ministry denied the charge.",
        "It said Veldor's troops had fired first in an act of aggression.",
    ], "en")
    assert got[2].label == "denial"
    assert "denied before and answers" in got[2].label_reason


@pytest.mark.parametrize(
    ("sentence", "language", "label"),
    [
        # rejecting a plan or a bill takes a stance on a policy; it denies nothing
        ("Ratusan buruh berunjuk rasa menolak rencana kenaikan iuran.", "id", "context"),
        ("The senate rejected the budget amendment by 52 votes to 48.", "en", "context"),
        # speech in a relative clause after a common noun: a message, nobody speaking
        ("Beredar video yang menyebut bendungan itu jebol.", "id", "context"),
        # wrongdoing as a possibility inside an "if" clause
        ("Menurut Bupati Arif Setiawan, izin pabrik dicabut jika terbukti ada pencemaran.",
         "id", "claim"),
    ],
)
def test_stances_and_possibilities_are_no_charges(db, scheme, sentence, language, label):
    assert one(db, scheme, sentence, language).label == label


def test_an_if_clause_closed_by_a_comma_leaves_the_charge(db, scheme):
    p = one(db, scheme, '"If the tests were hidden, that is fraud," said auditor Mia Holt.')
    assert p.label == "accusation"


def test_an_indonesian_office_phrase_opening_the_clause_speaks(db, scheme):
    got = proposals(db, scheme, [
        "Dinas Pendidikan Kota Ambon mencatat 40 sekolah rusak.",
        "Dinas Pendidikan setempat menyatakan perbaikan dimulai bulan depan.",
        "Tim kuasa hukum terdakwa membantah dakwaan jaksa.",
    ], "id")
    assert got[1].name == "Dinas Pendidikan Kota Ambon"
    assert got[2].name == "Tim kuasa hukum terdakwa"


@pytest.mark.parametrize(("sentence", "language"), [
    ("Warga Desa Sukamaju di Kabupaten Garut, Jawa Barat, menuding pabrik mencemari sumur.",
     "id"),
    ("Residents of Lower Brook said the river had turned brown.", "en"),
])
def test_residents_of_a_place_name_nobody(db, scheme, sentence, language):
    assert one(db, scheme, sentence, language).name is None


def test_no_in_a_reply_after_an_accusation_denies(db, scheme):
    got = proposals(db, scheme, [
        "Inspectors accused Sellwood Foods of selling mislabelled honey.",
        "Sellwood Foods said its own laboratory found no added syrup in the jars.",
    ], "en")
    assert got[1].label == "denial"


def test_the_parties_listed_earlier_are_the_first_named(db, scheme):
    got = proposals(db, scheme, [
        "The National Competition Commission is studying a merger of Halden Steel and "
        "Torvik Metals.",
        "Unions accused the two firms of planning to close a plant.",
        "The companies denied any plan to cut jobs.",
    ], "en")
    assert got[2].name == "Halden Steel"
    assert "the first named" in got[2].reason


def test_narration_about_a_person_named_between_commas_sets_the_pronoun(db, scheme):
    got = proposals(db, scheme, [
        "Manajer Arema, Dodi Kurniawan, enggan berkomentar soal sanksi itu.",
        "Menurut dia, klub akan mengajukan banding pekan depan.",
    ], "id")
    assert got[0].name == "Dodi Kurniawan"  # declining to comment keeps its speaker
    assert got[1].name == "Dodi Kurniawan"


def test_a_country_alone_is_not_an_earlier_office_of_it(db, scheme):
    got = proposals(db, scheme, [
        "Kementerian Luar Negeri Jepang memanggil duta besar itu.",
        "Jepang menyatakan kapal itu memasuki perairannya tanpa izin.",
    ], "id")
    assert got[1].name == "Jepang"


def test_the_trust_is_the_trust_named_before(db, scheme):
    got = proposals(db, scheme, [
        "Nurses accused the Eastmoor Hospitals Trust of leaving wards understaffed.",
        "The trust rejected the claim.",
    ], "en")
    assert got[1].name == "Eastmoor Hospitals Trust"
