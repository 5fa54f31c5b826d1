"""Source names are compared as people read them (NFKC and Unicode case folding, not
SQLite's ASCII-only lower()): a name added is always found again, in any case or form,
and never collides on the unique index; migration 0010 folds the names already stored."""

from __future__ import annotations

import shutil
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from annotator.db.connection import open_db
from annotator.db.migrations import migrations
from annotator.domain.sources import add_alias, add_source, alias_key, find

NAMES = ["Straße", "STRASSE", "ÖZIL", "Özil", "İstanbul", "ＫＢＳ", "KBS", "Ǆemal"]


def test_names_outside_ascii_are_found_in_any_case_and_never_added_twice(db):
    first = add_source(db, "Straße", "person")
    assert find(db, "STRASSE").id == first.id
    assert find(db, "strasse").id == first.id
    assert add_source(db, "STRASSE").id == first.id  # no unique-index crash, no second row
    ozil = add_source(db, "ÖZIL", "person")
    assert find(db, "Özil").id == ozil.id
    assert add_source(db, "ÖZIL").id == ozil.id
    istanbul = add_source(db, "İstanbul", "government")
    assert find(db, "İSTANBUL").id == istanbul.id
    assert find(db, "ＫＢＳ") is None
    kbs = add_source(db, "KBS", "outlet")
    assert find(db, "ＫＢＳ").id == kbs.id  # fullwidth letters fold to the same name
    assert db.execute("SELECT count(*) FROM sources WHERE name_key = ?",
                      ["strasse"]).fetchone()[0] == 1


def test_an_alias_is_found_by_its_folded_form(db):
    source = add_source(db, "Kementerian Luar Negeri Jerman", "office")
    add_alias(db, source.id, "AUSSENMINISTERIUM")
    assert find(db, "Außenministerium").id == source.id


_name = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(_name, min_size=1, max_size=6))
def test_any_unicode_name_added_is_found_and_never_crashes(empty_template, tmp_path_factory,
                                                           names):
    path = tmp_path_factory.mktemp("names") / "db.db"
    shutil.copyfile(empty_template, path)
    db = open_db(path)
    try:
        for name in names:
            if not name.split():
                continue
            added = add_source(db, name, typed=False)
            forms = [name, name.casefold(), f"  {name} ", unicodedata.normalize("NFD", name),
                     unicodedata.normalize("NFKC", name)]
            # upper and lower case where Unicode folds them back to the name ("ı" upper-
            # cased is "I", which folds to "i": another letter)
            forms += [f for f in (name.upper(), name.lower())
                      if f.casefold() == name.casefold()]
            for form in forms:
                found = find(db, form)
                assert found is not None and found.id == added.id, (name, form)
        keys = [k for (k,) in db.execute("SELECT name_key FROM sources")]
        assert len(keys) == len(set(keys)) and None not in keys
    finally:
        db.close()


def test_sources_stored_apart_before_0010_that_fold_alike_become_one(db_path):
    old = Database(db_path)
    migrations.apply(old, stop_before="0010_one_name")
    stamp = "2025-01-01T00:00:00Z"
    straße = old["sources"].insert({"name": "Straße", "kind": "person", "created_at": stamp,
                                    "note": None}).last_pk
    # ASCII lower() never saw these as one name, so that version stored both
    strasse = old["sources"].insert({"name": "STRASSE", "kind": "other",
                                     "created_at": stamp}).last_pk
    kbs = old["sources"].insert({"name": "Korean Broadcasting System", "kind": "outlet",
                                 "created_at": stamp}).last_pk
    other = old["sources"].insert({"name": "Kanal Berita Sore", "kind": "outlet",
                                   "created_at": stamp}).last_pk
    old["source_aliases"].insert_all([
        {"key": "str.", "alias": "Str.", "source_id": strasse},
        {"key": "kbs", "alias": "KBS", "source_id": kbs},
        {"key": "ｋｂｓ", "alias": "ＫＢＳ", "source_id": other},  # folds to "kbs" too
    ])
    old.close()
    db = open_db(db_path)
    try:
        names = {n for (n,) in db.execute("SELECT name FROM sources WHERE id IN (?, ?)",
                                          [straße, strasse])}
        assert names == {"Straße"}  # the older one keeps its name
        kept = find(db, "STRASSE")
        assert kept.id == straße and set(kept.aliases) >= {"STRASSE", "Str."}
        assert find(db, "ＫＢＳ").id == kbs  # the older alias keeps the folded key
        assert find(db, "Kanal Berita Sore").id == other
        assert all(key == alias_key(key) for (key,) in db.execute(
            "SELECT key FROM source_aliases"))
        assert add_source(db, "strasse").id == straße
    finally:
        db.close()
