"""What a PostgreSQL server can do to a command, on the real throwaway cluster: be down,
refuse the login, lack the database, drop the connection halfway. Each is one line on
stderr that says what to do, a non-zero exit, never a traceback, never a password."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner
from support.postgres import dbname_of

from annotator.cli import main
from annotator.db.connection import open_db
from annotator.db.problems import kind_of

PASSWORD = "s3cret-horse"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True,
                          text=True, env=None)


def one_line(out: subprocess.CompletedProcess) -> str:
    assert out.returncode == 1, out
    assert out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert "Traceback" not in out.stderr
    return lines[0]


@pytest.fixture
def reviewer_role(pg_cluster, pg_url):
    """A role with a password, reaching the cluster over 127.0.0.1 (password logins)."""
    pg_cluster.sql("DROP ROLE IF EXISTS ana_remote")
    pg_cluster.sql(f"CREATE ROLE ana_remote LOGIN PASSWORD '{PASSWORD}'")
    pg_cluster.sql(f"GRANT ALL ON DATABASE {dbname_of(pg_url)} TO ana_remote")
    pg_cluster.sql("GRANT ALL ON SCHEMA public TO ana_remote", dbname=dbname_of(pg_url))
    yield "ana_remote"
    pg_cluster.sql("DROP OWNED BY ana_remote CASCADE", dbname=dbname_of(pg_url))
    pg_cluster.sql("DROP ROLE ana_remote")


def test_the_right_password_works_over_tcp(pg_cluster, pg_url, reviewer_role, seeds_dir):
    url = pg_cluster.url(dbname_of(pg_url), user=reviewer_role, password=PASSWORD, tcp=True)
    out = run("ingest", "--db", url, str(seeds_dir))
    assert out.returncode == 0, out.stderr
    assert PASSWORD not in out.stdout + out.stderr


def test_a_wrong_password_is_one_line_naming_the_user(pg_cluster, pg_url, reviewer_role):
    url = pg_cluster.url(dbname_of(pg_url), user=reviewer_role, password="Xq7-typo", tcp=True)
    line = one_line(run("stats", "--db", url))
    assert line.startswith("annotator: error: postgresql://ana_remote:***@127.0.0.1:")
    assert "the server refused the login of user ana_remote" in line
    assert "check the user and password" in line
    assert "Xq7-typo" not in line  # the password given is never printed


def test_an_unknown_user_is_refused_the_same_way(pg_cluster, pg_url):
    url = pg_cluster.url(dbname_of(pg_url), user="nobody_here", password="x", tcp=True)
    assert "refused the login of user nobody_here" in one_line(run("stats", "--db", url))


def test_a_missing_database_says_how_to_create_it(pg_cluster):
    url = pg_cluster.url("newsroom_labels")
    line = one_line(run("stats", "--db", url))
    assert "there is no database newsroom_labels on this server" in line
    assert "createdb newsroom_labels" in line and "CREATE DATABASE newsroom_labels" in line
    assert not pg_cluster.sql("SELECT 1 FROM pg_database WHERE datname = 'newsroom_labels'")


def test_a_server_that_is_down_is_one_line(pg_cluster, pg_url):
    tcp = pg_cluster.url(dbname_of(pg_url), password="x", tcp=True)
    pg_cluster.stop_server()
    try:
        for url in (pg_url, tcp):  # the socket is gone; the port refuses
            line = one_line(run("stats", "--db", url))
            assert "cannot reach the PostgreSQL server (is it running" in line
        line = one_line(run("copy", pg_url, "elsewhere.db"))
        assert "cannot reach the PostgreSQL server" in line
    finally:
        pg_cluster.start_server()
    assert run("stats", "--db", pg_url).returncode == 0  # back: works again


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_connection_dropped_mid_command_is_one_line(pg_cluster, seeded_db, db_path,
                                                     monkeypatch):
    # The command has opened its connection and started; the server ends the session
    # (as a restart or an administrator's pg_terminate_backend does) before it reads.
    import annotator.analysis.stats as stats_module

    real = stats_module.stats

    def dropped_then_stats(db, **kwargs):
        assert pg_cluster.terminate_connections(dbname_of(str(db_path))) >= 1
        return real(db, **kwargs)

    monkeypatch.setattr(stats_module, "stats", dropped_then_stats)
    result = CliRunner().invoke(main, ["stats", "--db", str(db_path)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("annotator: error: postgresql://")
    assert "the connection to the PostgreSQL server was lost" in lines[0]
    assert "run the command again" in lines[0]


@pytest.mark.parametrize("engine", ["postgresql"], indirect=True)
def test_a_dropped_connection_is_replaced_before_the_next_change(pg_cluster, seeded_db,
                                                                db_path):
    from support.corpus import queue

    from annotator.db.problems import recover
    from annotator.domain.annotations import set_annotation

    first = queue(seeded_db)[0]
    pg_cluster.terminate_connections(dbname_of(str(db_path)))
    with pytest.raises(Exception) as lost:
        set_annotation(seeded_db, first, "ana", label="claim")
    assert kind_of(lost.value) == "dropped"
    recover(seeded_db)
    set_annotation(seeded_db, first, "ana", label="claim")
    other = open_db(db_path)
    try:
        assert other.execute("SELECT label FROM annotations WHERE sentence_id = ?",
                             [first]).fetchone() == ("claim",)
        assert other.execute("SELECT count(*) FROM annotation_history").fetchone() == (1,)
    finally:
        other.close()
