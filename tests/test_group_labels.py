"""One label for a wire story printed twice: grouping sees past a leading connective, and
`G` (apply_to_group) gives a label to every near-duplicate, each its own annotation."""

from __future__ import annotations

import json

from support.ui import drive, shown

from annotator.corpus.ingest import ingest_paths
from annotator.domain.annotations import apply_to_group, get_annotation, set_annotation

FIRST = ("Rusia membantah laporan pengiriman senjata dari Pyongyang pekan ini. "
         "Namun juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat itu tidak "
         "disertai bukti. Pertemuan itu berlangsung di Vladivostok.")
SECOND = ("Gedung Putih kembali menuduh Korea Utara memasok amunisi artileri. "
          "Juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat itu tidak disertai "
          "bukti. Washington belum menanggapi pernyataan tersebut.")
THIRD = ("Kantor berita Yonhap melaporkan hal yang sama dari Seoul. "
         "Sementara juru bicara Kremlin Dmitry Peskov mengatakan tuduhan Barat itu tidak "
         "disertai bukti. Seoul memanggil duta besar Rusia.")


def corpus(db, tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text("\n".join(json.dumps({"title": f"Artikel {i}", "text": text})
                              for i, text in enumerate((FIRST, SECOND, THIRD))) + "\n",
                    encoding="utf-8")
    ingest_paths(db, [path])
    return [sid for (sid,) in db.execute(
        "SELECT s.id FROM sentences s JOIN documents d ON d.id = s.doc_id "
        "WHERE s.text LIKE '%juru bicara Kremlin%' ORDER BY d.ordinal")]


def test_a_leading_connective_does_not_keep_copies_apart(db, tmp_path):
    ids = corpus(db, tmp_path)
    assert len(ids) == 3
    groups = {g for (g,) in db.execute(
        f"SELECT group_id FROM sentences WHERE id IN ({','.join('?' * len(ids))})", ids)}
    assert len(groups) == 1 and None not in groups


def test_apply_to_group_gives_each_member_its_own_annotation(db, tmp_path):
    first, second, third = corpus(db, tmp_path)
    set_annotation(db, third, "ana", label="context")  # already done: kept
    set_annotation(db, first, "ana", label="denial", source="Dmitry Peskov",
                   confidence="high")
    assert apply_to_group(db, first, "ana") == {"applied": 1, "kept": 1}
    copy = get_annotation(db, second, "ana")
    assert (copy["label"], copy["source"], copy["confidence"]) == ("denial", "Dmitry Peskov",
                                                                   "high")
    assert copy["applied_from"] == first
    assert get_annotation(db, third, "ana")["label"] == "context"
    history = db.execute("SELECT count(*) FROM annotation_history WHERE sentence_id = ?",
                         [second]).fetchone()[0]
    assert history == 1  # a change of its own, undoable like any other
    assert get_annotation(db, first, "budi") is None


def test_G_applies_the_label_and_says_how_many(db, db_path, tmp_path):
    first, second, third = corpus(db, tmp_path)
    seen = {}

    async def scenario(pilot):
        pilot.app.screen.show_sentence(first)
        await pilot.pause()
        await pilot.press("G")
        seen["unlabeled"] = await shown(pilot)
        await pilot.press("d")  # label it (and move on)
        pilot.app.screen.show_sentence(first)
        await pilot.pause()
        await pilot.press("G")
        seen["applied"] = await shown(pilot)

    drive(db_path, scenario)
    assert "label this sentence first" in seen["unlabeled"]
    assert "✓ applied denial to 2 near-duplicate(s) in other documents" in seen["applied"]
    for sid in (second, third):
        assert get_annotation(db, sid, "alice")["applied_from"] == first
