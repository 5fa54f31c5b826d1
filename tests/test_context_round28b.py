"""The twenty-eighth round's claim or context, second pass (branch i11context28b).

Words were read as an act the sentence does not report (domain/proposals/not_the_act.py,
``context28b_not_the_act``; one more word of time in ``context28_evidence_or_frame``):

- an event only said to have been held, with neither when nor where ("confirmed the
  meeting took place but said ...") was a schedule, context; it is read by its other
  words (a dated or placed one stays a schedule);
- a decision verb whose object is a discovery or a finding ("announced the discovery of")
  was a decision announced, context; it announces a fact, a claim;
- "within ten days of becoming aware of" made reported speech procedure ("aware of");
  the awareness sets a time, the sentence is read by its other words;
- a perception right after a word of purpose ("untuk menyaksikan") was evidence, a claim;
  it is what people came to do, nothing seen;
- "tersangka" before a legal step with no negation ("Kedua tersangka dijerat ...") was
  read as "no suspect yet", context; it names the people the step was taken against;
- an event and its verb of holding opening the narration ("... digelar serentak pada 12
  Maret bersama 41 desa lain") was an event counted on a day, a claim; it is a schedule;
- a wait told with its length ("menunggu salinan putusan selama lima bulan") was the state
  of a procedure, context; it is a delay told, read by its other words.

Every sentence is invented for this test; none is taken from the benchmark's sets."""

from __future__ import annotations

from support.proposals import accepted

_OPENING_EN = ("Residents of Fallow Street accused Corran Homes of building the new estate "
               "on land that floods every winter.")
_OPENING_ID = ("Warga Perumahan Griya Asri menuding pengembang PT Sinar Baru membangun "
               "rumah di atas bekas rawa.")


def _after(db, scheme, sentence: str, language: str):
    first = _OPENING_EN if language == "en" else _OPENING_ID
    return accepted(db, scheme, [first, sentence], language)[1]


def test_a_meeting_only_confirmed_as_held_is_no_schedule(db, scheme):
    got = _after(db, scheme, "The council confirmed the meeting took place but said no "
                 "decision had been made.", "en")
    assert got.label == "claim", got.label_reason


def test_pertemuan_itu_berlangsung_namun_is_no_schedule(db, scheme):
    got = _after(db, scheme, "Camat membenarkan pertemuan itu berlangsung, namun mengatakan "
                 "belum ada kesepakatan soal ganti rugi.", "id")
    assert got.label == "claim", got.label_reason


def test_a_meeting_held_at_a_place_on_a_day_stays_a_schedule(db, scheme):
    got = _after(db, scheme, "Camat mengatakan rapat itu digelar di kantor kecamatan pada "
                 "Senin.", "id")
    assert got.label == "context", got.label_reason
    assert "schedule" in got.label_reason


def test_a_discovery_announced_is_a_claim(db, scheme):
    got = _after(db, scheme, "The museum announced the discovery of a new species of beetle "
                 "in the park.", "en")
    assert got.label == "claim", got.label_reason


def test_mengumumkan_penemuan_is_a_claim(db, scheme):
    got = _after(db, scheme, "Tim peneliti universitas mengumumkan penemuan spesies katak "
                 "baru di hutan lindung itu.", "id")
    assert got.label == "claim", got.label_reason


def test_a_closure_announced_stays_a_decision(db, scheme):
    got = _after(db, scheme, "The council announced the closure of the library.", "en")
    assert got.label == "context", got.label_reason


def test_within_days_of_becoming_aware_is_no_procedure(db, scheme):
    got = _after(db, scheme, "The regulator said the firm had failed to tell customers "
                 "within ten days of becoming aware of the breach.", "en")
    assert "procedure" not in got.label_reason, got.label_reason
    assert got.label == "accusation", got.label_reason


def test_said_it_was_aware_of_the_concerns_stays_procedure(db, scheme):
    got = _after(db, scheme, "The agency said it was aware of the concerns and was "
                 "reviewing the file.", "en")
    assert got.label == "context", got.label_reason


def test_untuk_menyaksikan_is_nothing_seen(db, scheme):
    got = _after(db, scheme, "Ribuan warga memadati alun-alun sejak pagi untuk menyaksikan "
                 "pawai budaya yang diikuti 40 sanggar.", "id")
    assert got.label == "context", got.label_reason


def test_warga_menyaksikan_truk_stays_evidence(db, scheme):
    got = _after(db, scheme, "Dua warga menyaksikan truk itu membuang limbah ke sungai pada "
                 "malam hari.", "id")
    assert got.label == "claim", got.label_reason


def test_kedua_tersangka_dijerat_is_a_step_taken(db, scheme):
    got = _after(db, scheme, "Kedua tersangka dijerat Undang-Undang Perlindungan Konsumen "
                 "dengan ancaman empat tahun penjara.", "id")
    assert got.label == "accusation", got.label_reason


def test_belum_ada_tersangka_stays_a_step_not_taken(db, scheme):
    got = _after(db, scheme, "Polisi mengatakan belum ada tersangka yang ditahan dalam kasus "
                 "itu.", "id")
    assert got.label == "context", got.label_reason


_ELECTION_ID = ("Tim pemenangan seorang calon menuding panitia pemilihan kepala desa di "
                "Kabupaten Sumbawa memanipulasi daftar pemilih.")
_ELECTION_EN = ("Supporters of a candidate accused the organisers of the county council "
                "election of striking voters from the register.")


def test_a_vote_held_with_other_villages_is_a_schedule(db, scheme):
    got = accepted(db, scheme, [_ELECTION_ID, "Pemilihan kepala desa di Kabupaten Sumbawa "
                                "digelar serentak pada 12 Maret bersama 41 desa lain."],
                   "id")[1]
    assert got.label == "context", got.label_reason


def test_an_election_held_alongside_other_votes_is_a_schedule(db, scheme):
    got = accepted(db, scheme, [_ELECTION_EN, "The county council election was held on "
                                "Thursday alongside votes in 14 other counties."], "en")[1]
    assert got.label == "context", got.label_reason


def test_people_treated_on_a_day_stay_counted(db, scheme):
    got = _after(db, scheme, "Sembilan warga dirawat di puskesmas setelah keracunan pada "
                 "Selasa.", "id")
    assert got.label == "claim", got.label_reason


def test_a_wait_with_its_length_is_a_delay_told(db, scheme):
    got = _after(db, scheme, "Menurut kuasa hukumnya, Rahmat menunggu salinan putusan selama "
                 "lima bulan sejak sidang terakhir.", "id")
    assert got.label == "claim", got.label_reason


def test_waiting_for_a_ruling_for_months_is_a_delay_told(db, scheme):
    got = _after(db, scheme, "Her lawyer said she had been waiting for a copy of the ruling "
                 "for eight months.", "en")
    assert got.label == "claim", got.label_reason


def test_awaiting_results_stays_the_state_of_a_procedure(db, scheme):
    got = _after(db, scheme, "Police said they were awaiting the results of the post-mortem "
                 "examination.", "en")
    assert got.label == "context", got.label_reason


def test_people_hurt_after_a_match_began_stay_counted(db, scheme):
    got = accepted(db, scheme, ["Panitia pertandingan final dituding mengabaikan keselamatan "
                                "penonton di stadion.", "Pertandingan final dimulai pada "
                                "Minggu dan 14 penonton terluka saat berdesakan di pintu "
                                "keluar."], "id")[1]
    assert got.label == "claim", got.label_reason
