"""Documents that speak for the one the article named last (twenty-eighth round, issue 11
item 3: speakers missed).

A document is often the subject of the speech verb with its issuer named only in an earlier
sentence: "Her complaint, lodged with the regulator on Thursday, says ..." (hers: the
person named last), "Gugatannya menyebut ..." (the one the suffix points to), "The report
also found ..." after "The Care Inspectorate said ..." (the body that spoke). These
readings give the speaker where nobody is named in the sentence; a document whose issuer
the article names (entities.EntityTable.issuer) is read before them, in reading.py."""

from __future__ import annotations

from annotator.domain.proposals.kinds import PERSON, kind_of
from annotator.domain.proposals.lexicon import Lexicon, made_once
from annotator.domain.proposals.name_words import gap_before
from annotator.domain.proposals.speaker_acts import documents

# what a body that inspects, audits or rules issues ("The report also found", "The citation
# says"): the body last named as speaking, when nobody is named as its issuer
FINDINGS = frozenset({"report", "audit", "inspection", "findings", "review", "citation",
                      "notice", "ruling", "decision", "judgment", "laporan", "temuan",
                      "hasil", "putusan", "keputusan", "kajian"})


def findings_of_body(noun: str, last_named: str | None, lex: Lexicon) -> bool:
    """Whether a document of findings nobody is named as issuing ("The report also found")
    speaks for the last named speaker: only when that speaker is a body, not a person."""
    return noun in FINDINGS and bool(last_named) and kind_of(last_named, lex) != PERSON


# what may stand between the determiner and a document of findings with no issuer named
# ("the inspection report", "the final audit report"): lower-case words only, at most two
_FINDINGS_MODIFIERS = 2
_FINDINGS_DETERMINERS = frozenset({"the", "its", "this"})


def findings_subject(text, tokens, words, start: int, end: int) -> str | None:
    """The noun of a document of findings that is the whole subject from ``start`` to
    ``end`` with no issuer written in it ("the inspection report", "its report", "the
    findings"): English only, read where the verb is one with which evidence speaks ("The
    report also recorded that"); else None. A name, an owner's possessive or a preposition
    in the subject is read elsewhere ("The ombudsman's report", "A report by X")."""
    if not 2 <= end - start <= 2 + _FINDINGS_MODIFIERS or words[start] not in \
            _FINDINGS_DETERMINERS or words[end - 1] not in FINDINGS:
        return None
    if any(not tokens[k].group().isalpha() or not tokens[k].group().islower()
           or gap_before(text, tokens, k) != " " for k in range(start + 1, end)):
        return None
    return words[end - 1]


# whom the owner's word of a document points to ("Her complaint": she)
_OWNER_PRONOUN = {"her": "she", "his": "he"}
_RELATIVE_OPENERS = frozenset({"yang", "who"})


def own_document(text, tokens, words, verbs, lex: Lexicon) -> str | None:
    """The owner's word when the sentence opens with a document of someone it only points
    to ("Her complaint, lodged with the regulator on Thursday, says", "His lawsuit
    alleges", "Gugatannya menyebut") and that document is the subject of the first verb;
    else None."""
    if len(words) < 3 or not verbs:
        return None
    k = 1
    if words[0] in ("her", "his", "their", "its") and words[1] in documents(lex):
        k = 2
    elif not (lex.language == "id" and words[0].endswith("nya")
              and words[0][:-3] in documents(lex)):
        return None
    at = verbs[0][0]
    if at != k and not ("," in gap_before(text, tokens, k) and "," in gap_before(
            text, tokens, at) and all(words[j] not in _RELATIVE_OPENERS and not any(
                ch in ".;:\"“”" for ch in gap_before(text, tokens, j))
            for j in range(k, at))):
        return None  # not "His lawyer's letter to X, which ..."
    return words[0] if k == 2 else "nya"


def owner_pronoun(owner: str) -> str:
    """The pronoun an owner's word stands for ("her" -> "she"; "its", "their", "-nya":
    "it")."""
    return _OWNER_PRONOUN.get(owner, "it")


# what a body publishes that is no document of the lexicon ("according to its website")
_PUBLISHED = frozenset({"website", "accounts", "figures", "data", "records", "filings",
                        "page", "channel", "account", "situs", "laman", "akun"})
# the words of a document's owner inside its phrase: a body ("posted on its channel"), a
# person ("yang ia serahkan", "the letter she sent")
_BODY_OWNERS = {"en": frozenset({"its", "their"}), "id": frozenset()}
_PERSON_OWNERS = {"en": {"her": "she", "his": "he", "she": "she", "he": "he"},
                  "id": {"ia": "ia", "dia": "dia"}}
# a body as the maker of what it published, after the document ("figures it published")
_BODY_MAKERS = {"en": frozenset({"it"}), "id": frozenset()}
# the words a body's document may carry between its owner's word and its noun ("its annual
# report", "their latest quarterly accounts")
_DOCUMENT_MODIFIERS = 2


def document_owner(words, start: int, end: int, lex: Lexicon) -> str | None:
    """The pronoun that owns the document read after "according to"/"menurut" (words
    ``start`` to the clause's ``end``): "according to its website", "according to a
    statement posted on its Telegram channel", "its annual report", "figures it
    published", "menurut catatan yang ia serahkan" give
    "it" (or "their": "it"), "ia", ...; None where the phrase holds no document or no
    owner's word, or a name first (read before this, in reading.py)."""
    language = "id" if lex.language == "id" else "en"
    nouns = set(documents(lex)) | _PUBLISHED
    seen = False
    for k in range(start, end):
        w = words[k]
        if w in nouns:
            seen = True
            continue
        if w in _BODY_OWNERS[language]:
            if seen or any(words[j] in nouns for j in range(
                    k + 1, min(k + 2 + _DOCUMENT_MODIFIERS, end))):
                return "it"  # "its website", "its annual report"
            return None
        if w in _BODY_MAKERS[language] and seen and k + 1 < end and words[k + 1] in _MADE:
            return "it"  # "figures it published"
        if w in _PERSON_OWNERS[language] and seen:
            return _PERSON_OWNERS[language][w]
    return None


# what a party's evidence is told as, beside the lexicon's documents ("Satellite images
# analysed by X show", "an analysis by campaigners", "citra satelit yang dianalisis koalisi")
_EVIDENCE = {"en": frozenset({"analysis", "images", "samples", "tests", "data", "figures",
                              "photographs", "footage", "letters", "records", "reports",
                              "audits", "complaints", "investigation", "research",
                              # "An evaluation of the pilot by X found" (round 41)
                              "evaluation"}),
             "id": frozenset({"citra", "foto", "sampel", "uji", "pemantauan", "analisis",
                              "pengujian", "investigasi", "penelitian", "data"})}
# the words that bring a document's maker after it: "by", "from"; "oleh", "dari"
_MAKER = {"en": frozenset({"by", "from"}), "id": frozenset({"oleh", "dari"})}
_DEMONSTRATIVES = frozenset({"itu", "tersebut"})
_OPENERS = frozenset({"according", "menurut", "berdasarkan", "the", "a", "an"})
_OPENERS_TO = _OPENERS | {"to"}  # "according to"


# a newsroom's or a third party's seeing of a document, not its making
_SEEING = frozenset({"seen", "verified", "obtained", "reviewed", "examined", "dilihat",
                     "diperoleh", "diverifikasi"})
_WHEN = frozenset({"on", "last", "this", "monday", "tuesday", "wednesday", "thursday",
                   "friday", "saturday", "sunday", "jointly", "yesterday", "today",
                   # "a complaint lodged last year by Fairway Consumers", "filed earlier
                   # this month by" (thirty-fifth round, t35e)
                   "week", "month", "year", "earlier"})


# the participles of making a document or evidence ("published by", "analysed by",
# "launched by"), not of what others did with it ("rejected by the regulator", "upheld by
# the court")
_MADE = frozenset({"published", "released", "issued", "filed", "written", "sent", "compiled",
                   "commissioned", "produced", "lodged", "submitted", "prepared", "made",
                   "brought", "analysed", "analyzed", "conducted", "carried", "taken",
                   "gathered", "collected", "drawn", "signed", "posted", "shared", "led",
                   "funded", "run", "done",
                   # a petition's or an inquiry's maker (thirty-fourth round, w5report):
                   # "The petition, launched by Save Ashby Park, says"
                   "launched", "started", "organised", "organized"})


def _between(word: str) -> bool:
    """A word that may stand between a document and its maker's "by": a participle of
    making it or a day ("a report published Wednesday by", "images analysed by"); not an
    auxiliary ("The complaint was made by": left as it was)."""
    return word in _MADE or word in _WHEN


def _made_between(tokens, words, doc: int, by: int) -> bool:
    """Whether the English words between a document (at ``doc``) and its maker's "by" (at
    ``by``) tell its making, so that the name after "by" made it: participles of making or
    a day ("a report published Wednesday by", "images analysed by"), "carried out" ("A
    survey carried out by the X Tenants' Association found", round 41), or first what the
    document is of, a few words with no participle among them, when a capitalised name
    follows "by" ("An evaluation of the pilot by Cardiff Metropolitan University found",
    "An analysis of weekly sales data by Tom Reilly found", round 41); not "a report of
    abuse by staff" nor "records of calls made by officers" (who did what the document is
    of, not named)."""
    between = words[doc + 1:by]
    if between[:1] == ["of"]:
        rest = between[1:]
        told = next((j for j, w in enumerate(rest) if w in _MADE), len(rest))
        what, made = rest[:told], rest[told:]
        if not 1 <= len(what) <= 4 or any(
                w in _SEEING or w.endswith("ed") for w in what) or not _capitalised_after(
                tokens, words, by):
            return False
        between = made
    kept = [w for j, w in enumerate(between) if not (
        w == "out" and j and between[j - 1] == "carried")]
    return all(_between(w) for w in kept)


def _capitalised_after(tokens, words, by: int) -> bool:
    """A name follows "by" ("by Tom Reilly", "by the Ferncliffe Tenants' Association"),
    not a description ("by staff", "by the council")."""
    at = by + 1 + (by + 1 < len(words) and words[by + 1] == "the")
    return at < len(tokens) and tokens[at].group()[:1].isupper()


def maker_at(text, tokens, words, lex: Lexicon) -> tuple[int, bool] | None:
    """Where the maker of the document that opens the sentence (or follows "according to",
    "menurut", "berdasarkan") is written, and whether it is a description of the one the
    article names ("lembaga itu") rather than the maker's own words: "The audit, by County
    Auditor X, found" (X), "The letters from X, seen by ..., told" (X), "Satellite images
    analysed by X show", "according to an analysis by campaigners", "Berdasarkan citra
    satelit yang dianalisis koalisi," (koalisi), "Hasil pemantauan lembaga itu mencatat"
    (lembaga, described); None where no document opens it or no maker follows."""
    language = "id" if lex.language == "id" else "en"
    nouns = made_once(lex, "owned_documents.nouns", lambda lex: frozenset(documents(lex)) | (
        _EVIDENCE["id" if lex.language == "id" else "en"]))
    starts = [0] + [k + 2 for k in range(len(words) - 1)
                    if words[k] == "according" and words[k + 1] == "to"]
    for p in starts:
        while p < len(words) and words[p] in _OPENERS_TO:
            p += 1
        reach = p + 1 if language == "id" else min(p + 4, len(words))  # "Laporan itu"
        doc = next((k for k in range(p, reach) if words[k] in nouns), None)
        if doc is None or any(ch in ".;:\"“”" for k in range(p + 1, doc + 1)
                              for ch in gap_before(text, tokens, k)):
            continue
        for k in range(doc + 1, min(doc + (8 if language == "en" else 6), len(words) - 1)):
            if any(ch in ".;:\"“”" for ch in gap_before(text, tokens, k)):
                break
            if words[k] in _MAKER[language]:
                if language == "id" and words[k] == "dari" and words[doc] not in documents(lex):
                    break  # "Sampel tanah dari blok C": evidence taken from a place, no maker
                if words[k - 1] in _SEEING:
                    break  # "Video footage verified by Reuters": who saw it, not its maker
                if language == "en" and not _made_between(tokens, words, doc, k):
                    break  # "Its investigation began after a complaint from": not its maker
                return k + 1, False
            if language == "id" and words[k].startswith(("me", "ber")):
                break  # an active verb: the document's own clause has ended
            if language == "id" and words[k - 1] == "yang" and words[k].startswith("di") \
                    and k > doc + 1:
                return k + 1, False  # "yang dianalisis koalisi": its agent, no "oleh"
            if language == "id" and words[k] in _DEMONSTRATIVES and k - 1 > doc:
                return k - 1, True  # "Hasil pemantauan lembaga itu"
    return None
