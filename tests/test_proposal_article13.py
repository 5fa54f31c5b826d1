"""The article's sides read from the whole article, headline to last line, before any sentence
is proposed (issue 11, thirteenth round: whole_article.py): a party's officer who speaks
before the allegation is read, a speaker whose side becomes plain only later, an officer of
a body whose other officer denied, the maker of an allegation the sentence names whoever it
was attributed to. Made-up articles in both languages, read through bench_sides.py on the
real ingest and proposal path; the reading is the same whatever a reviewer saved, and it is
read once per document."""

from __future__ import annotations

import sys
from pathlib import Path

from support.benches import load_bench, sides_placed

from annotator.corpus.ingest import ingest_paths
from annotator.db.connection import open_db
from annotator.domain.annotations import set_annotation
from annotator.domain.proposals import engine, reading, whole_article
from annotator.domain.proposals.article_side import article_key, side_in_article
from annotator.domain.proposals.dispute import Dispute
from annotator.domain.proposals.engine import propose, propose_text
from annotator.domain.proposals.lexicon import lexicon
from annotator.domain.proposals.reading import names_in
from annotator.domain.scheme import load_scheme
from annotator.domain.speakers import SourceIndex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

EN = [
    "Airline says its fares were set fairly",
    '"Our prices follow fuel costs, nothing else," SkyWest Air spokesperson Jana Holt said on '
    "Friday.",
    "The Consumer Council accused SkyWest Air of fixing fares with a rival on routes to the "
    "islands.",
    "Council director Mark Ellis said ticket prices on both airlines had risen on the same "
    "day six times.",
    "Holt said the airline had never discussed fares with any competitor.",
    "The islands are served by two airlines.",
]
EN_GOLD = {"en_fares.txt": [
    {"has": "Our prices follow fuel costs", "label": "denial", "source": ["Jana Holt"],
     "side": "accused"},
    {"has": "accused SkyWest Air of fixing", "label": "accusation",
     "source": ["Consumer Council"], "side": "accusing"},
]}

ID = [
    "Pengelola pasar pastikan retribusi sesuai aturan",
    "Kepala UPT Pasar Sentral, Hendra Gunawan, memastikan seluruh retribusi yang dipungut "
    "sesuai peraturan daerah.",
    "Paguyuban Pedagang Pasar Sentral menuding UPT Pasar Sentral memungut retribusi dua kali "
    "lipat dari tarif resmi.",
    "Ketua paguyuban, Yanto, mengatakan pedagang diminta membayar Rp 10.000 setiap hari.",
    "Hendra membantah tudingan itu.",
    "Pasar Sentral memiliki sekitar 800 kios.",
]
ID_GOLD = {"id_retribusi.txt": [
    {"has": "Hendra Gunawan, memastikan", "label": "denial", "source": ["Hendra Gunawan"],
     "side": "accused"},
]}

# the party is only described when it is accused ("sebuah klinik swasta"); one officer of
# it denies, another is asked to answer later
FELLOW = [
    "Keluarga pasien laporkan klinik ke polisi",
    "Sari Dewi melaporkan sebuah klinik swasta di Depok ke polisi atas dugaan malapraktik "
    "terhadap anaknya.",
    "Humas Klinik Medika Utama, Rahmat Hidayat, membantah tudingan tersebut.",
    "Klinik itu berdiri sejak 2012.",
    "Direktur Klinik Medika Utama, dr. Yusuf Ramli, belum menanggapi permintaan konfirmasi.",
]
FELLOW_GOLD = {"id_klinik.txt": [
    {"has": "dr. Yusuf Ramli, belum menanggapi", "label": "context",
     "source": ["Yusuf Ramli"], "side": "accused"},
]}


def _placed(tmp_path_factory, name, sentences, gold):
    return {p.speaker: p for p in sides_placed(tmp_path_factory, name, sentences, gold)}


def test_an_officer_who_speaks_before_the_allegation_is_on_the_accused_side(
        tmp_path_factory):
    placed = _placed(tmp_path_factory, "en_fares.txt", EN, EN_GOLD)
    holt = placed["Jana Holt"]
    assert not holt.allegation_known  # the running reading had read no allegation yet
    assert holt.side == "accused"
    assert "whole article" in holt.why
    assert placed["Consumer Council"].side == "accusing"


def test_an_officer_who_denies_later_in_the_article_is_on_the_accused_side_indonesian(
        tmp_path_factory):
    hendra = _placed(tmp_path_factory, "id_retribusi.txt", ID, ID_GOLD)["Hendra Gunawan"]
    assert hendra.side == "accused"
    assert "whole article" in hendra.why


def test_an_officer_of_the_body_whose_officer_denied_is_on_its_side(tmp_path_factory):
    yusuf = _placed(tmp_path_factory, "id_klinik.txt", FELLOW, FELLOW_GOLD)["Yusuf Ramli"]
    assert yusuf.side == "accused"
    assert "klinik medika utama" in yusuf.why.casefold()  # the body as written


def test_the_maker_of_an_allegation_is_the_name_before_its_active_verb():
    id_lex, en_lex = lexicon("id"), lexicon("en")
    told = ("Pernyataan itu disampaikan setelah Forum Warga Sukamaju menuding PT Pasir Abadi "
            "merusak jalan desa.")
    assert whole_article.maker(told, names_in(told, id_lex), id_lex) == "Forum Warga Sukamaju"
    said = "Ellis said the Consumer Council on Friday accused SkyWest Air of fixing fares."
    assert whole_article.maker(said, names_in(said, en_lex), en_lex) == "Consumer Council"
    passive = "PT Pasir Abadi dituding merusak jalan desa oleh warga."
    assert whole_article.maker(passive, names_in(passive, id_lex), id_lex) is None
    passive = "SkyWest Air was accused of fixing fares."
    assert whole_article.maker(passive, names_in(passive, en_lex), en_lex) is None


def test_a_speaker_is_found_under_another_form_of_their_name():
    sides = {"clara voss": ("accused", "x"), "nigerian ports authority": ("accusing", "y")}
    assert side_in_article(sides, "Voss") == ("accused", "x")
    assert side_in_article(sides, "NPA") == ("accusing", "y")
    assert side_in_article(sides, "Vossberg") is None
    assert side_in_article(sides, None) is None


def _doc(tmp_path: Path, name: str, sentences: list[str]):
    folder = tmp_path / "article"
    folder.mkdir()
    (folder / name).write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
    db = open_db(tmp_path / "article.db")
    ingest_paths(db, [folder])
    rows = db.execute("SELECT s.id, s.text FROM sentences s WHERE s.excluded IS NULL "
                      "ORDER BY s.position").fetchall()
    return db, rows


def test_the_whole_article_is_the_same_whatever_the_reviewer_saved(tmp_path):
    bench = load_bench("bench_sides")
    db, rows = _doc(tmp_path, "en_fares.txt", EN)
    scheme = load_scheme()
    index = SourceIndex.from_db(db)
    for sid, _ in rows[:-1]:  # one reviewer saves everything as context with no source
        set_annotation(db, sid, "other", label="context", source=None, scheme=scheme)
    last = rows[-1][0]
    _, (untouched, _, _) = bench.proposed_with_dispute(db, last, "enter", scheme, index)
    _, (saved, _, _) = bench.proposed_with_dispute(db, last, "other", scheme, index)
    assert untouched.article == saved.article
    assert untouched.article["jana holt"][0] == "accused"
    db.close()


def test_the_article_is_read_once_per_document(monkeypatch):
    reads = []
    real = whole_article._Reading._one

    def counted(self, at, text):
        reads.append(text)
        return real(self, at, text)

    monkeypatch.setattr(whole_article._Reading, "_one", counted)
    scheme = load_scheme()
    texts = tuple(EN)
    first = whole_article.article_sides("doc-1", texts, "en", scheme, propose_text)
    again = whole_article.article_sides("doc-1", texts, "en", scheme, propose_text)
    assert dict(again) == dict(first) and len(reads) == len(texts)
    edited = texts[:-1] + ("The islands are served by three airlines.",)
    dict(whole_article.article_sides("doc-1", edited, "en", scheme, propose_text))
    assert len(reads) == 2 * len(texts)  # its text changed: read again
    for k in range(whole_article.KEPT):  # a few documents are kept, no more
        dict(whole_article.article_sides(f"other-{k}", texts, "en", scheme, propose_text))
    dict(whole_article.article_sides("doc-1", texts, "en", scheme, propose_text))
    assert len(reads) == (3 + whole_article.KEPT) * len(texts)


LONG = EN + ID[1:] + FELLOW[1:]  # longer than a key reads at once (READ_PER_KEY: 1 below)


def test_a_key_reads_a_few_sentences_and_the_rest_only_when_a_side_is_asked_for(
        monkeypatch):
    """The first key of a long document does not pay for the whole article: a key reads
    READ_PER_KEY sentences more, making the dispute's cache keys reads none, and asking for
    a side reads the rest; the sides are those of the article read at once."""
    monkeypatch.setattr(whole_article, "READ_PER_KEY", 1)
    whole_article._READ.clear()
    scheme = load_scheme()
    texts = tuple(LONG)
    sides = whole_article.article_sides("long", texts, "en", scheme, engine._read_whole)
    reading = whole_article._READ[next(iter(whole_article._READ))]
    dispute = Dispute(article=sides)
    dispute.frozen(), engine._whole(dispute)  # a key's cache keys
    assert reading.at == 1 and reading.result is None
    whole_article.article_sides("long", texts, "en", scheme, engine._read_whole)
    assert reading.at == 2
    assert side_in_article(sides, "Jana Holt") == ("accused", sides["jana holt"][1])
    assert reading.at == len(texts)
    assert dict(sides) == whole_article.read_article(texts, "en", scheme, propose_text)[0]


def test_the_sides_are_the_same_however_the_reading_is_split():
    scheme = load_scheme()
    texts = tuple(LONG)
    whole, written = whole_article.read_article(texts, "en", scheme, propose_text)
    assert whole
    for size in (1, 2, 5, 7):
        reading = whole_article._Reading(texts, "en", scheme, engine._read_whole)
        while reading.at < len(texts):
            reading.step(size)
        assert reading.finish() == (whole, written)


def test_a_key_made_before_the_registry_grew_is_not_one_made_after():
    """The sides stand in cache keys by a token that names the registry's size: a side read
    with an alias registered since is not taken for one read without it."""
    scheme = load_scheme()
    texts = ("Moscow denied the allegation.", "Kyiv accused Moscow of shelling the plant.")
    index = SourceIndex([("Kyiv", "Kyiv")])
    before = whole_article.article_sides("war", texts, "en", scheme, propose_text, index)
    read_before = dict(before)  # asked for during the key, as Dispute.side asks
    index.add("Moscow", "Rusia")
    after = whole_article.article_sides("war", texts, "en", scheme, propose_text, index)
    assert "rusia" not in read_before and after.get("rusia") == after["moscow"]
    assert article_key(before) != article_key(after)  # different sides, different keys
    again = whole_article.article_sides("war", texts, "en", scheme, propose_text, index)
    assert article_key(again) == article_key(after) and dict(again) == dict(after)


def test_a_speaker_is_found_under_the_registered_name_its_name_is_an_alias_of():
    index = SourceIndex([("Rusia", "Rusia"), ("Moscow", "Rusia")])
    sides = {"moscow": ("accused", "accused side: replies to the allegation later in the "
                                   "article")}
    found = whole_article.registered(sides, {"moscow": "Moscow"}, index)
    assert found["rusia"] == found["moscow"]
    assert whole_article.registered(sides, {"moscow": "Moscow"}, SourceIndex([])) == sides


def test_the_whole_article_pass_reads_as_the_proposals_do_and_keeps_nothing_of_its_own():
    """The pass reads each sentence with ``engine._read_whole`` (nothing remembered) and an
    empty registry that finds no names without searching: the sides are the ones read with
    ``propose_text`` itself, and the keys' caches do not fill with readings no key asks for
    (issue 10, thirteenth round)."""
    scheme = load_scheme()
    for texts, language in ((EN, "en"), (ID, "id"), (FELLOW, "id")):
        assert all(whole_article._EMPTY.mentions(t) == SourceIndex([]).mentions(t)
                   for t in texts)
        engine._RULED.clear()
        engine._SPOKEN.clear()
        fast = whole_article.read_article(tuple(texts), language, scheme, engine._read_whole)
        assert not engine._RULED and not engine._SPOKEN
        assert fast == whole_article.read_article(tuple(texts), language, scheme, propose_text)
        assert fast[0]  # a side read: the comparison is not between two empty readings
        assert engine._RULED and engine._SPOKEN  # propose_text remembers (the keys' path)


def test_a_proposal_is_the_same_whether_the_article_was_read_before_or_not(tmp_path,
                                                                          monkeypatch):
    """Every key of a document, proposed with the article's reading kept from the keys
    before (read a sentence a key: READ_PER_KEY 1), is the proposal read with every cache
    emptied first."""
    monkeypatch.setattr(whole_article, "READ_PER_KEY", 1)
    db, rows = _doc(tmp_path, "en_fares.txt", EN)
    scheme = load_scheme()
    index = SourceIndex.from_db(db)
    warm = [propose(db, sid, "enter", scheme, index) for sid, _ in rows]
    cold = []
    for sid, _ in rows:
        whole_article._READ.clear()
        for cache in (engine._RULED, engine._SPOKEN, engine._EARLIER, engine._BEFORE,
                      reading._READINGS, reading._SUBJECT_ENDS):
            cache.clear()
        cold.append(propose(db, sid, "enter", scheme, index))
    assert warm == cold
    assert whole_article.article_sides("x", tuple(t for _, t in rows), "en", scheme,
                                       propose_text)  # a document with sides to read
    db.close()
