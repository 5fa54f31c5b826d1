"""Who speaks, twenty-seventh round (issue 11 item 3, speakers as an analyst reads them on
fresh text): a person named after a role the title list does not hold and an age ('said
member Priya Shah, 31.'), a subject after a fronted prepositional phrase ('Under the Online
Safety Code, ...'), and a group whose name holds another party's name ('FlexPoint Refund
Action' is not 'FlexPoint'). Every sentence is invented for this test; none is taken from
the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

from annotator.domain.proposals.entities import entity_table


def speakers(db, scheme, sentences, language="en"):
    return [p.name for p in accepted(db, scheme, sentences, language)]


# --- a. a person after a role in lower case, with an age: the speaker, and carried on ---

def test_a_member_named_with_an_age_after_said_is_the_speaker_and_carried(db, scheme):
    got = speakers(db, scheme, [
        "The tenants of Brook House have accused their landlord of ignoring damp.",
        '"We have waited two years for repairs," said member Priya Shah, 31.',
        "She added that several families had moved out.",
    ])
    assert got[1:] == ["Priya Shah", "Priya Shah"]


def test_a_resident_or_a_mother_of_two_before_the_name_is_a_role(db, scheme):
    got = speakers(db, scheme, [
        '"The lorries start at 4am," said resident Tomasz Nowak.',
        '"Nobody listened to us," said mother-of-two Jane Doyle, 38, who lives opposite.',
        "She said her son had changed schools.",
    ])
    assert got == ["Tomasz Nowak", "Jane Doyle", "Jane Doyle"]


def test_a_second_role_named_person_is_not_the_one_before(db, scheme):
    got = speakers(db, scheme, [
        '"It starts at 4am," said resident Priya Shah.',
        '"We are exhausted," said member Tom Reilly, 52.',
    ])
    assert got == ["Priya Shah", "Tom Reilly"]


def test_an_indonesian_trader_with_an_age_in_brackets_is_the_speaker(db, scheme):
    got = speakers(db, scheme, [
        "Pedagang mengeluhkan bau sampah dari tempat pembuangan sementara.",
        '"Baunya sampai ke lapak," kata pedagang Siti Aminah (41).',
        "Ia mengaku sudah melapor ke kelurahan dua kali.",
    ], "id")
    assert got[1:] == ["Siti Aminah", "Siti Aminah"]


def test_a_body_after_a_role_word_is_not_read_as_a_person(db, scheme):
    # guards: a company's name after a lower-case noun stays the company; the age rule
    # asks for a person's name
    got = speakers(db, scheme, [
        '"It was a mistake," said local firm Kaveh Motors.',
        '"This is unacceptable," said Labour MP Diane Moss, 44.',
    ])
    assert got == ["Kaveh Motors", "Diane Moss"]


# --- b. a fronted prepositional phrase is no name ---

def test_the_subject_after_a_fronted_phrase_with_a_name_in_it_speaks(db, scheme):
    got = speakers(db, scheme, [
        "Under the Freedom of Information Act, Kaveh Motors said it had nothing to "
        "disclose.",
        "Under Section 12 of the Act, Harbour Council said it could not release the "
        "figures.",
    ])
    assert got == ["Kaveh Motors", "Harbour Council"]


def test_a_fronted_phrase_is_never_the_body_a_noun_means(db, scheme):
    got = speakers(db, scheme, [
        "Under the Online Safety Code, the regulator said the app had 30 days to comply.",
        "Despite the Ofsted report, the school said standards had improved.",
    ])
    assert "Under the Online Safety Code" not in got
    assert "Despite the Ofsted" not in " ".join(n or "" for n in got)


def test_the_entity_table_holds_no_fronted_phrase():
    table = entity_table((
        "Under the Online Safety Code, the regulator said the app had 30 days to comply.",
        "Following the Grenfell Inquiry, the Fire Brigades Union said the rules were weak.",
    ), "en")
    names = [e.name for e in table.entities]
    assert not any(n.startswith(("Under", "Following")) for n in names), names


# --- c. a group whose name holds another party's name is not that party ---

def test_the_party_named_apart_in_the_groups_sentence_is_itself(db, scheme):
    got = speakers(db, scheme, [
        "FlexPoint Refund Action said FlexPoint had kept customers' deposits for months.",
        "FlexPoint denied the claim.",
    ])
    assert got == ["FlexPoint Refund Action", "FlexPoint"]


def test_an_indonesian_traders_association_is_not_the_market_it_is_named_after(db, scheme):
    got = speakers(db, scheme, [
        "Paguyuban Pedagang Pasar Lama menyebut pungutan dilakukan dua kali sehari.",
        "Pasar Lama menyatakan akan memeriksa petugasnya.",
    ], "id")
    assert got == ["Paguyuban Pedagang Pasar Lama", "Pasar Lama"]


def test_a_company_shortened_after_its_full_name_is_still_the_company(db, scheme):
    # guard: the usual shortening ("Greyfield Waste Management" then "Greyfield") stands
    got = speakers(db, scheme, [
        "Greyfield Waste Management said the smell came from a neighbouring farm.",
        "Greyfield added that it had installed new gas wells.",
    ])
    assert got == ["Greyfield Waste Management"] * 2


# --- a side the sentence only describes speaks through the person named next in its role ---

def test_a_clinic_described_speaks_through_its_director_named_next(db, scheme):
    got = speakers(db, scheme, [
        "Ikatan orang tua murid melaporkan klinik itu ke polisi.",
        "Pihak klinik menepis tudingan tersebut.",
        "Direktur Klinik Mitra Sehat, dr Budi Santoso, menyebut tudingan itu tidak berdasar.",
    ], "id")
    assert got[1:] == ["Budi Santoso", "Budi Santoso"]


def test_a_camp_described_speaks_through_its_spokesman_named_next(db, scheme):
    camp = speakers(db, scheme, [
        "Kubu Hasan menuding panitia sengaja mencoret surat dukungan.",
        '"Surat dukungan kami lengkap," kata juru bicara tim pemenangan Hasan, Rudi Santoso.',
    ], "id")
    assert camp == ["Rudi Santoso", "Rudi Santoso"]


def test_a_pharmacy_described_speaks_through_the_company_officer_named_next(db, scheme):
    got = speakers(db, scheme, [
        "Pihak apotek membantah menempel ulang label tersebut.",
        "Manajer operasional PT Farma Jaya Abadi, Dewi Lestari, menyebut stiker itu berasal "
        "dari distributor.",
    ], "id")
    assert got == ["Dewi Lestari", "Dewi Lestari"]


def test_a_side_is_not_the_other_party_named_next(db, scheme):
    # guard: the person named next speaks for someone else (the parents' committee)
    got = speakers(db, scheme, [
        "Pihak sekolah membantah tudingan itu.",
        "Ketua komite orang tua, Sri Wahyuni, mengatakan laporan sudah dikirim sejak Mei.",
    ], "id")
    assert got[0] != "Sri Wahyuni"


# --- d. a body nobody names keeps its "the"; a plural's own body is a body ---

def test_a_body_nobody_names_is_written_with_its_the(db, scheme):
    got = speakers(db, scheme, [
        "The regional water board said it would test every well in the valley.",
        "The state housing agency announced grants of $5,000 for each damaged home.",
    ])
    assert got == ["the regional water board", "the state housing agency"]


def test_a_person_nobody_names_is_written_without_the(db, scheme):
    # guard: the "the" is kept for bodies only, as the tuned gold writes people
    got = speakers(db, scheme, [
        "The whistleblower, who worked in the records office, said files were deleted.",
    ])
    assert got == ["whistleblower"]


def test_the_residents_association_is_a_body_not_a_plural_of_residents(db, scheme):
    got = speakers(db, scheme, [
        "The residents' association said the new floodlights kept families awake.",
    ])
    assert got == ["the residents' association"]


def test_residents_alone_stay_a_plural_of_unnamed_people(db, scheme):
    got = speakers(db, scheme, ["Residents said the new floodlights kept them awake."])
    assert got == [None]


# --- one singled out, named after a closing "said" ---

def test_one_worker_singled_out_after_said_is_the_source_as_written(db, scheme):
    got = speakers(db, scheme, [
        '"We were told to move calls down the list," said one call handler, who asked not '
        "to be named.",
        '"Nobody checked the ropes," said another instructor.',
    ])
    assert got == ["one call handler", "another instructor"]


# --- a family named by its initials speaks through the person after "melalui" ---

def test_a_family_speaks_through_the_relative_named_after_melalui(db, scheme):
    got = speakers(db, scheme, [
        "Keluarga AR, melalui pamannya, Sutrisno, mengatakan korban tidak pernah dirawat.",
        "Ia menyebut polisi belum memberi kabar.",
    ], "id")
    assert got == ["Sutrisno", "Sutrisno"]


def test_a_body_named_through_its_lawyer_stays_the_source(db, scheme):
    # guard: a body the sentence names is the source as named (the guidelines)
    got = speakers(db, scheme, ["Harbour Foods, through its lawyer, Jane Moss, denied the "
                                "claims."])
    assert got == ["Harbour Foods"]


# --- "the force": the police force the article names ---

def test_the_force_is_the_police_force_the_article_names(db, scheme):
    got = speakers(db, scheme, [
        "Northmoor Police said an officer had been suspended after the arrest.",
        "The officer has been placed on restricted duties pending the inquiry, the force "
        "said.",
    ])
    assert got == ["Northmoor Police", "Northmoor Police"]
