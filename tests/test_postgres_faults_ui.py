"""The labeling screen on PostgreSQL when the connection goes (ended on the server, the
server stopped): "not saved" on the status line, the app keeps running, and the next key
reconnects and saves."""

from __future__ import annotations

import pytest
from support.corpus import queue
from support.postgres import dbname_of
from support.ui import drive, shown

from annotator.db.connection import open_db
from annotator.domain.annotations import get_annotation
from annotator.ui.screens.label import LabelScreen

pytestmark = pytest.mark.parametrize("engine", ["postgresql"], indirect=True)


def labels(url, ids, reviewer="alice"):
    """What reached the database, read on a new connection (the test's own went too)."""
    db = open_db(url)
    try:
        return [(get_annotation(db, sid, reviewer) or {}).get("label") for sid in ids]
    finally:
        db.close()


def history_rows(url) -> int:
    db = open_db(url)
    try:
        return db.execute("SELECT count(*) FROM annotation_history").fetchone()[0]
    finally:
        db.close()


def test_a_dropped_connection_is_not_saved_then_the_next_key_saves(pg_cluster, seeded_db,
                                                                  db_path):
    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        await pilot.press("c")  # saved
        pg_cluster.terminate_connections(dbname_of(db_path))
        await pilot.press("a")  # the connection is gone: not saved
        seen["lost"] = await shown(pilot)
        seen["where"] = pilot.app.screen.sentence.id
        await pilot.press("a")  # a new connection: saved
        seen["again"] = await shown(pilot)
        seen["running"] = isinstance(pilot.app.screen, LabelScreen)

    app = drive(db_path, scenario)
    assert app.return_code in (0, None)
    assert "✗ not saved: the connection to the database server was lost" in seen["lost"]
    assert "press the key again" in seen["lost"]
    assert seen["where"] == ids[1]  # stayed on the sentence it could not save
    assert "✓ saved accusation" in seen["again"]
    assert seen["running"]
    assert labels(db_path, ids[:3]) == ["claim", "accusation", None]
    assert history_rows(db_path) == 2  # nothing half-saved, nothing twice


def test_moving_on_a_dropped_connection_does_not_end_the_app(pg_cluster, seeded_db, db_path):
    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        pg_cluster.terminate_connections(dbname_of(db_path))
        await pilot.press("j")  # a read, not a save: said, not fatal
        seen["said"] = [n.message for n in pilot.app._notifications]
        await pilot.press("d")
        seen["after"] = await shown(pilot)

    app = drive(db_path, scenario)
    assert app.return_code in (0, None)
    assert any("connection to the PostgreSQL server was lost" in m for m in seen["said"])
    assert "✓ saved denial" in seen["after"]
    assert labels(db_path, ids[:1]) == ["denial"] or labels(db_path, ids[1:2]) == ["denial"]


def test_a_stopped_server_is_not_saved_until_it_is_back(pg_cluster, seeded_db, db_path):
    ids = queue(seeded_db)
    seen = {}

    async def scenario(pilot):
        pg_cluster.stop_server()
        try:
            await pilot.press("c")
            seen["down"] = await shown(pilot)
            await pilot.press("c")  # still down: still not saved, still running
            seen["still"] = await shown(pilot)
        finally:
            pg_cluster.start_server()
        await pilot.press("c")
        seen["back"] = await shown(pilot)

    app = drive(db_path, scenario)
    assert app.return_code in (0, None)
    assert "✗ not saved" in seen["down"]
    assert "✗ not saved: cannot reach the database server" in seen["still"]
    assert "✓ saved claim" in seen["back"]
    assert labels(db_path, ids[:2]) == ["claim", None]
    assert history_rows(db_path) == 1
