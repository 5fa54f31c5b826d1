"""Who the allegation is against, however it is worded, and who speaks for that party
(issue 11, thirteenth round, held.py): a party described first and named later ("the firm
that manages the tower" ... "Parkside Estates, which manages the tower"; "pengelola pasar"
... "CV Sumber Rezeki selaku pengelola pasar"), a complaint "against"/"terhadap" a party, a
place or the accuser's own name never taken for the party, an officer tied to the party by a
common noun ("The school's head teacher", "Manajer humas perusahaan"), a possessive read by
the side of the sentence before, and the speaker of the first allegation on the accusing
side. Made-up articles in both languages, read through bench_sides.py on the real ingest
and proposal path."""

from __future__ import annotations

from support.benches import sides_placed

FILLER_EN = [
    "The district has about 12,000 residents.",
    "Its council was formed in 1974.",
]
FILLER_ID = [
    "Kecamatan itu dihuni sekitar 40.000 jiwa.",
    "Sebagian besar warganya bekerja sebagai pedagang.",
]


def _placed(tmp_path_factory, name: str, sentences: list[str], gold: dict):
    return [(p.speaker, p.side) for p in sides_placed(tmp_path_factory, name, sentences, gold)]


def _line(has: str, label: str, speaker: str, side: str) -> dict:
    return {"has": has, "label": label, "source": [speaker], "side": side}


def test_a_complaint_against_a_described_party_named_later_english(tmp_path_factory):
    sentences = [
        "Tenants take landlord to tribunal",
        "HARTLEY, Feb 2 - A lawyer for the tenants, Sara Lowe, said the complaint lodged on "
        "Monday against the firm that manages the Elm Court tower covers broken lifts and "
        "months of unheated flats.",
        *FILLER_EN,
        "Parkside Estates, which manages the tower for its owners, said in a statement "
        "that every repair had been logged within a day.",
    ]
    gold = {"en_lifts.txt": [_line("Parkside Estates, which", "denial", "Parkside Estates",
                                   "accused")]}
    assert _placed(tmp_path_factory, "en_lifts.txt", sentences, gold) == [
        ("Parkside Estates", "accused")]


def test_a_report_against_a_described_party_named_later_by_selaku(tmp_path_factory):
    sentences = [
        "Pedagang laporkan pengelola pasar",
        "Paguyuban Pedagang Pasar Induk Sukamaju melaporkan pengelola pasar induk Sukamaju ke "
        "Polres Garut atas pungutan kebersihan yang dinilai tidak wajar, Senin.",
        *FILLER_ID,
        "Direktur CV Sumber Rezeki selaku pengelola pasar, Joko Santoso, mengatakan besaran "
        "iuran sudah disepakati bersama pedagang sejak tahun lalu.",
    ]
    gold = {"id_pasar.txt": [_line("Joko Santoso", "denial", "Joko Santoso", "accused")]}
    assert _placed(tmp_path_factory, "id_pasar.txt", sentences, gold) == [
        ("Joko Santoso", "accused")]


def test_a_place_is_not_the_party_in_the_dock(tmp_path_factory):
    sentences = [
        "Pabrik tahu diduga cemari sungai",
        "Sebuah pabrik tahu di Cileungsi, Kabupaten Bogor, diduga membuang limbah ke sungai "
        "tanpa diolah.",
        *FILLER_ID,
        "UD Sari Murni, pabrik tahu yang berada di tepi sungai itu, menyatakan limbahnya "
        "sudah diolah di kolam penampungan.",
    ]
    gold = {"id_tahu.txt": [_line("UD Sari Murni", "denial", "UD Sari Murni", "accused")]}
    assert _placed(tmp_path_factory, "id_tahu.txt", sentences, gold) == [
        ("UD Sari Murni", "accused")]


def test_an_officer_tied_by_a_common_noun_english(tmp_path_factory):
    sentences = [
        "Parents complain over exam fees",
        "WESTBURY, March 3 - Parents reported Brookfield Academy to the schools inspectorate "
        "on Monday, saying the academy had charged families for exams that were free.",
        *FILLER_EN,
        "The academy's head teacher, Laura Finch, said every family had been told the fee "
        "was voluntary.",
    ]
    gold = {"en_exam.txt": [_line("Laura Finch", "denial", "Laura Finch", "accused")]}
    assert _placed(tmp_path_factory, "en_exam.txt", sentences, gold) == [
        ("Laura Finch", "accused")]


def test_an_officer_tied_by_a_common_noun_indonesian(tmp_path_factory):
    sentences = [
        "Sumbangan sekolah dikeluhkan",
        "Orang tua murid melaporkan SMP Negeri 9 Cibinong ke Ombudsman karena sekolah itu "
        "mewajibkan sumbangan Rp 1,5 juta per siswa.",
        *FILLER_ID,
        "Kepala sekolah, Suryadi, mengatakan sumbangan itu diputuskan komite dalam rapat "
        "orang tua.",
    ]
    gold = {"id_sumbangan.txt": [_line("Suryadi", "denial", "Suryadi", "accused")]}
    assert _placed(tmp_path_factory, "id_sumbangan.txt", sentences, gold) == [
        ("Suryadi", "accused")]


def test_a_possessive_takes_the_side_of_the_sentence_before(tmp_path_factory):
    sentences = [
        "Families sue over river spill",
        "MILLBROOK, April 8 - Families living along the Ash River accused ClearWater Services "
        "of pumping untreated sewage into the river for months.",
        "ClearWater Services said the overflow was caused by a storm and was reported to "
        "regulators at the time.",
        "Its chief executive, Tom Reddick, called the lawsuit an attempt to profit from a "
        "natural event.",
    ]
    gold = {"en_spill.txt": [_line("Its chief executive", "denial", "Tom Reddick",
                                   "accused")]}
    assert _placed(tmp_path_factory, "en_spill.txt", sentences, gold) == [
        ("Tom Reddick", "accused")]


def test_the_first_allegations_speaker_accuses(tmp_path_factory):
    sentences = [
        "Drivers say wages withheld",
        "GRANTHAM, June 2 - Union organiser Paula Grey said on Tuesday that Dalton Freight "
        "had withheld the wages of forty drivers for three months.",
    ]
    gold = {"en_wages.txt": [_line("Paula Grey", "accusation", "Paula Grey", "accusing")]}
    assert _placed(tmp_path_factory, "en_wages.txt", sentences, gold) == [
        ("Paula Grey", "accusing")]


def test_the_first_allegations_speaker_accuses_indonesian(tmp_path_factory):
    sentences = [
        "Gaji guru honorer ditahan",
        "Ketua Forum Guru Honorer Kabupaten Lebak, Ahmad Rifai, mengatakan Dinas Pendidikan "
        "menahan honor 300 guru selama empat bulan.",
    ]
    gold = {"id_honor.txt": [_line("Ahmad Rifai", "accusation", "Ahmad Rifai", "accusing")]}
    assert _placed(tmp_path_factory, "id_honor.txt", sentences, gold) == [
        ("Ahmad Rifai", "accusing")]


def test_a_body_noun_stands_for_the_one_party_held(tmp_path_factory):
    sentences = [
        "Patients billed for scans never done",
        "LEEDS, June 9 - Patients accused Halden Health of billing them for scans that were "
        "never carried out.",
        *FILLER_EN,
        "On Tuesday, the group's spokeswoman, Amy Reed, said every invoice was checked twice.",
    ]
    gold = {"en_scans.txt": [_line("Amy Reed", "denial", "Amy Reed", "accused")]}
    assert _placed(tmp_path_factory, "en_scans.txt", sentences, gold) == [
        ("Amy Reed", "accused")]


def test_the_subject_of_a_passive_allegation_is_not_the_accusers_noun(tmp_path_factory):
    sentences = [
        "Sumbangan sekolah dikeluhkan",
        "Komite sekolah dituding memaksa orang tua membayar sumbangan Rp 1,5 juta.",
        *FILLER_ID,
        "Ketua komite sekolah, Dadang Kurnia, mengatakan keputusan itu diambil dalam rapat "
        "orang tua.",
    ]
    gold = {"id_komite.txt": [_line("Dadang Kurnia", "denial", "Dadang Kurnia", "accused")]}
    assert _placed(tmp_path_factory, "id_komite.txt", sentences, gold) == [
        ("Dadang Kurnia", "accused")]


def test_a_possessive_officer_keeps_the_side_in_later_sentences(tmp_path_factory):
    sentences = [
        "Families sue over river spill",
        "MILLBROOK, April 8 - Families living along the Ash River accused ClearWater Services "
        "of pumping untreated sewage into the river for months.",
        "ClearWater Services said the overflow was caused by a storm and was reported to "
        "regulators at the time.",
        "Its chief executive, Tom Reddick, called the lawsuit an attempt to profit from a "
        "natural event.",
        *FILLER_EN,
        "Reddick said the pumps had been repaired in March.",
    ]
    gold = {"en_spill.txt": [_line("Reddick said the pumps", "denial", "Tom Reddick",
                                   "accused")]}
    assert _placed(tmp_path_factory, "en_spill.txt", sentences, gold) == [
        ("Tom Reddick", "accused")]


def test_a_description_that_opens_the_sentence(tmp_path_factory):
    sentences = [
        "Jalan baru mengelupas",
        "Proyek jalan di Desa Sukamaju dikecam warga karena aspalnya mengelupas dalam dua "
        "bulan.",
        *FILLER_ID,
        "Kontraktor proyek, CV Maju Jaya, menyatakan pengaspalan sudah sesuai spesifikasi.",
    ]
    gold = {"id_jalan.txt": [_line("CV Maju Jaya", "denial", "CV Maju Jaya", "accused")]}
    assert _placed(tmp_path_factory, "id_jalan.txt", sentences, gold) == [
        ("CV Maju Jaya", "accused")]


def test_an_officer_of_no_body_after_the_accused_sides_sentence(tmp_path_factory):
    sentences = [
        "Waiting lists cut, nurse says",
        "HEXHAM, May 2 - Nurse Kate Lowe accused Tyneside Community Trust of removing patients "
        "from waiting lists without telling them.",
        "The trust denied that any patient had been removed improperly.",
        "Chief executive Dr Ruth Allen said every closed referral had been reviewed by a "
        "consultant.",
    ]
    gold = {"en_lists.txt": [_line("Ruth Allen", "denial", "Ruth Allen", "accused")]}
    assert _placed(tmp_path_factory, "en_lists.txt", sentences, gold) == [
        ("Ruth Allen", "accused")]
    # beside another body named in the sentence, the officer is that body's
    sentences = [
        "Ferry contract questioned",
        "NELSON, Oct 14 - Auditors accused Coastline Marine of overcharging the council for "
        "two ferries.",
        "Coastline Marine denied overcharging anyone.",
        "The Audit Office opened a review of the contract last month, spokeswoman Jo Park "
        "said.",
    ]
    gold = {"en_ferry.txt": [_line("Jo Park", "claim", "Jo Park", "none")]}
    assert _placed(tmp_path_factory, "en_ferry.txt", sentences, gold) == [
        ("Jo Park", "none")]


def test_the_one_who_answers_when_asked_indonesian(tmp_path_factory):
    sentences = [
        "Pungutan parkir",
        "Paguyuban Pedagang Pasar Kemiri menuding ada pungutan parkir ganda di pasar itu.",
        *FILLER_ID,
        "Saat dikonfirmasi, Hasan Basri mengatakan tarif parkir sudah diatur peraturan "
        "daerah.",
    ]
    gold = {"id_parkir.txt": [_line("Hasan Basri", "denial", "Hasan Basri", "accused")]}
    assert _placed(tmp_path_factory, "id_parkir.txt", sentences, gold) == [
        ("Hasan Basri", "accused")]


def test_the_doer_of_the_wrong_by_its_common_noun(tmp_path_factory):
    sentences = [
        "Tender rules ignored",
        "WELLINGTON, Oct 14 - Auditor-General Mark Ellison said the ministry had ignored its "
        "own procurement rules when it bought two ferries.",
        *FILLER_EN,
        "A spokesman for the ministry, Tom Bell, said the ferries were needed urgently.",
    ]
    gold = {"en_rules.txt": [_line("Tom Bell", "denial", "Tom Bell", "accused")]}
    assert _placed(tmp_path_factory, "en_rules.txt", sentences, gold) == [
        ("Tom Bell", "accused")]


def test_a_later_allegation_against_the_party_held(tmp_path_factory):
    sentences = [
        "Ash dumped in quarry",
        "GORSE HILL, Jan 5 - Residents accused Norfield Waste of dumping ash in the Gorse "
        "Hill quarry.",
        "Norfield Waste denied dumping anything in the quarry.",
        *FILLER_EN,
        "Councillor Jane Moss said Norfield Waste had dumped untreated ash on farmland "
        "for years.",
    ]
    gold = {"en_ash.txt": [_line("Jane Moss", "accusation", "Jane Moss", "accusing")]}
    assert _placed(tmp_path_factory, "en_ash.txt", sentences, gold) == [
        ("Jane Moss", "accusing")]


def test_a_later_allegation_by_a_new_voice(tmp_path_factory):
    sentences = [
        "Safety records questioned",
        "DERBY, Feb 3 - Inspectors accused Hallam Foundry of running its furnace without "
        "a working alarm.",
        "Hallam Foundry denied breaking any rule.",
        *FILLER_EN,
        "Former employee Sam Reed said managers had falsified the safety records.",
    ]
    gold = {"en_foundry.txt": [_line("Sam Reed", "accusation", "Sam Reed", "accusing")]}
    assert _placed(tmp_path_factory, "en_foundry.txt", sentences, gold) == [
        ("Sam Reed", "accusing")]
