"""The prior's gate (domain/proposals/parties.py, prior.py ``defaults``): a model learned
from gold may speak only where the rules' label came from a default (no cue, no class
rule), never where a cue or a class decided; and what it reads there, which party of the
dispute speaks. Every sentence is written for this test."""

from __future__ import annotations

from support.corpus import add_document

from annotator.db.connection import write
from annotator.domain.proposals import lexicon, propose, read_label
from annotator.domain.proposals.parties import Said, by_default, party_features
from annotator.domain.proposals.prior import ROLES, Sentence, fit, propose_roles
from annotator.domain.scheme import load_scheme
from annotator.domain.speakers import SourceIndex


def read(db, doc: str, sentences: list[str], language: str, roles: list[str]
         ) -> list[Sentence]:
    """The sentences of one made-up article as the rules read them (engine.propose)."""
    scheme = load_scheme()
    ids = add_document(db, doc, sentences)
    with write(db):
        db.execute("UPDATE documents SET language = ? WHERE id = ?", [language, doc])
    index = SourceIndex.from_db(db)
    out = []
    for k, (sid, text) in enumerate(zip(ids, sentences, strict=True)):
        p = propose(db, sid, "ana", scheme, index, described_too=True)
        out.append(Sentence(doc, text, p.features, scheme.role_for(p.label), roles[k],
                            p.label_reason, p.name))
    return out


def test_the_gate_opens_on_the_rules_defaults_only():
    en, id_ = lexicon("en"), lexicon("id")
    defaults = [("Inspectors took water samples on Tuesday.", en),
                ("The company said its permits were in order.", en),
                ("Polisi menangkap dua pegawai gudang di Cikarang, Senin.", id_),
                ('"Semua dokumen kami lengkap," kata Anton.', id_)]
    decided = [("Residents accused the plant of dumping solvent.", en),
               ("The company denied the accusation.", en),
               ("Perusahaan itu membantah tuduhan tersebut.", id_),
               ("Warga menuding pabrik itu membuang limbah ke sungai.", id_),
               ('"We will appeal the ruling," the company said.', en)]
    for text, lex in defaults:
        reading = read_label(text, lex)
        assert by_default(reading.reason), (text, reading.reason)
        assert by_default(f"claim: {reading.reason}; classifier agrees (71%)")
    for text, lex in decided:
        reading = read_label(text, lex)
        assert not by_default(reading.reason), (text, reading.reason)
        assert not by_default(f"denial: {reading.reason}")


def test_a_party_continuing_a_stance_is_not_a_default():
    assert not by_default("claim: Anton Wijaya denied before and goes on "
                          "(reported speech 'kata')")
    assert not by_default("denial: answers the accusation before: 'only' "
                          "(reported speech 'said')")


ARTICLE = [
    "Residents of Marlow Creek accused the Delta Chemicals plant of dumping solvent.",
    "The plant denied the accusation.",
    "Its manager, Tom Reyes, said the discharge was tested every week.",
    "Inspectors took water samples on Tuesday.",
    "The results are due next month.",
]


def test_the_gated_model_never_changes_a_label_a_cue_or_class_decided(db):
    article = read(db, "d1", ARTICLE, "en",
                   ["alleges", "denies", "denies", "context", "context"])
    # taught the opposite of the rules on every sentence, the model proposes against
    # them; gated, it keeps every label the rules did not reach by default
    taught = [Sentence(s.doc, s.text, s.features, s.rule,
                       [r for r in ROLES if r != s.rule][k % 3], s.reason, s.speaker)
              for k, s in enumerate(article)]
    for name in ("features", "stack", "parties"):
        model = fit(name, taught * 5, c=10.0)
        ungated = propose_roles(model, article, None)
        gated = propose_roles(model, article, None, defaults=True)
        for s, before, after in zip(article, ungated, gated, strict=True):
            if by_default(s.reason):
                assert after == before
            else:
                assert after == s.rule
        assert any(by_default(s.reason) and r != s.rule
                   for s, r in zip(article, gated, strict=True))
        assert not by_default(article[0].reason) and not by_default(article[1].reason)


def test_a_model_of_the_defaults_learns_from_the_defaults_alone(db):
    article = read(db, "d1", ARTICLE, "en",
                   ["alleges", "denies", "denies", "supports", "context"])
    every = fit("parties", article * 2)
    defaults = fit("parties", article * 2, defaults=True)
    assert every.trained_on == 10
    assert defaults.trained_on == 2 * sum(by_default(s.reason) for s in article)
    assert 0 < defaults.trained_on < every.trained_on


def test_the_accused_side_and_the_accuser_are_told_apart():
    before = [Said("Warga Desa Sukamaju menuding PT Sinar Laut membuang limbah ke sungai.",
                   "alleges", "Warga Desa Sukamaju"),
              Said("PT Sinar Laut membantah tuduhan itu.", "denies", "PT Sinar Laut")]
    accused = party_features("Direktur PT Sinar Laut, Anton Wijaya, mengatakan pabrik "
                             "beroperasi sesuai izin.", "id", "Anton Wijaya", "supports",
                             before)
    assert "camp=accused" in accused
    assert "after another's denies: newcomer" in accused
    accuser = party_features("Warga Desa Sukamaju mengatakan air sungai berbau sejak "
                             "Maret.", "id", "Warga Desa Sukamaju", "supports", before)
    assert "party=accuser" in accuser
    assert "camp=accuser" in accuser
    denier = party_features("PT Sinar Laut mengatakan izinnya lengkap.", "id",
                            "PT Sinar Laut", "supports", before)
    assert "party=accused" in denier
    assert "party=nobody" in party_features("Sidang dijadwalkan pekan depan.", "id", None,
                                            "context", before)


def test_negation_contrast_and_a_running_quotation_are_read_in_both_languages():
    before = [Said('"We never stored any solvent on site.', "denies", "Tom Reyes")]
    f = party_features("But the records show no such thing.", "en", None, "context", before)
    assert "contrast" in f and "negation&party=nobody" in f
    assert "inside a running quotation" in f
    g = party_features("Namun warga tidak percaya.", "id", None, "context", [])
    assert "contrast" in g and "negation&party=nobody" in g
    assert "inside a running quotation" not in g
    assert "contrast" not in party_features("Warga percaya.", "id", None, "context", [])


def test_the_prior_loads_without_parties_as_an_older_tree_copies_it(monkeypatch):
    """bench_prior_unseen.py copies prior.py alone into the tree of an older commit."""
    import importlib.util
    import sys

    import annotator.domain.proposals.prior as prior

    monkeypatch.setitem(sys.modules, "annotator.domain.proposals.parties", None)
    spec = importlib.util.spec_from_file_location("prior_alone", prior.__file__)
    alone = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "prior_alone", alone)
    spec.loader.exec_module(alone)
    assert alone.Sentence("d", "t", {}, "context").rule == "context"


def test_the_check_refuses_a_sealed_set_and_a_fold():
    import subprocess
    import sys
    from pathlib import Path

    bench = Path(__file__).resolve().parent.parent / "benchmarks" / "bench_proposals.py"
    for name in ("heldout13", "heldout14", "heldout24", "dev"):
        done = subprocess.run([sys.executable, str(bench), "--cross", "--model", "features",
                               "--check", name], capture_output=True, text=True)
        assert done.returncode != 0
        assert "outside the folds and not sealed" in done.stderr
        assert "%" not in done.stdout
