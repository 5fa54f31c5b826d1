"""Who speaks, seventeenth round, in Indonesian (issue 11, speakers): the speaker the reading
found, read again where the sentence writes more of it than the reading took.

- A body's name read only in its tail: the place or unit that ends it ("PT Kereta Api
  Indonesia (Persero) Daerah Operasi 4 Semarang menambah" gave "Semarang"), the words after
  a "dan" ("Badan Riset dan Inovasi Nasional (BRIN) mengumumkan" gave "Inovasi Nasional"),
  or the words after a digit or a bracket. The whole name is the speaker: the run of
  capitalised words, digits, brackets and "dan" before the tail, from the body's head noun
  (or a title or a company's mark) on, with lowercase words between a head and the tail
  ("Asosiasi pekerja konstruksi Badung"). A bracketed acronym is left out of the name (the
  article's short form), a company's "(Persero)" or "(Tbk)" kept.
- A person's name read with the trade or the office before it ("Sutradara Laras Kinanti",
  "Kanit Reskrim Polsek X Iptu Rangga Wijaya"): the person alone.
- A degree after the name read as the name ("dr. Lia Rahmawati, Sp.OG., mengimbau" gave
  "Sp.OG"): the person it follows.

Data: data/cues/id.json, "speaker17_id". The hook is read_speaker's (reading.py), for
Indonesian only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from annotator.domain.proposals.kinds import group_nouns
from annotator.domain.proposals.lexicon import Lexicon, cue_file, made_once
from annotator.domain.proposals.literal import written_at
from annotator.domain.proposals.name_words import CAPITALISED_STOP
from annotator.domain.proposals.naming import SpeakerReading, known_or_new
from annotator.domain.proposals.places_named import _listed
from annotator.domain.proposals.titles import ranks

KEY = "speaker17_id"
_TOKEN = re.compile(r"\S+")
_WRITTEN = re.compile(r"\(([^()=]+?) = ")
# a name written whole (literal.written_at: found by str.find, not compiled for each name)
_NOT_AFTER_WORD, _NOT_BEFORE_WORD = re.compile(r"(?<![\w])"), re.compile(r"(?![\w])")
_NOT_AFTER_WORD_OR_OPENING = re.compile(r"(?<![\w(])")
_NOT_BEFORE_WORD_OR_CLOSING = re.compile(r"(?![\w)])")
_JOINERS = frozenset({"dan", "&"})
_INNER = frozenset({"cabang", "wilayah", "perwakilan"})  # "Ikatan X cabang Medan"
LOWER_WORDS = 3  # lowercase words a body's head may stand before its tail
# a degree written after a name: "Sp.A.", "Sp.OG", "S.H.", "M.Si."
# a degree after the name: "Sp.OG.", "M.Kes", or a specialist's written without its stop
# ("SpA", "SpPD"; bare capitals, "SH", stay a name: a person named by initials)
_DEGREE = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}\.[A-Za-z]{1,4}|Sp[A-Z][A-Za-z]{0,3})\.?$")


@lru_cache(maxsize=4)
def _data(language: str) -> tuple[frozenset[str], ...]:
    raw = cue_file(language).get(KEY, {})
    return (frozenset(raw.get("body_heads", ())), frozenset(raw.get("trades", ())),
            frozenset(raw.get("keeps_brackets", ())), frozenset(raw.get("tail_words", ())),
            frozenset(raw.get("enforced", ())), frozenset(raw.get("enforcers", ())))


def _units(language: str) -> frozenset[str]:
    return frozenset(cue_file(language).get("speaker16_places", {}).get("units", ()))


def _a_tail(name: str, before: str, lex: Lexicon, opens: str = "") -> bool:
    """Whether ``name``, written right after ``before``, is cut from a body's name rather
    than a person's named after their office ("Kepala Dinas Sosial Kota Medan Ridwan
    Harahap"): a place, a word that goes on a body's name ("Negeri Bitung", "Wilayah
    Sumatera") or a body's own head ("Polda Bali"), or cut at "dan", a digit or a bracket."""
    first = name.split()[0].casefold()
    return _listed(name, lex) or first in _data(lex.language)[3] | _units(lex.language) \
        or first in _heads(lex) or before in _JOINERS | _INNER or before[:1].isdigit() \
        or before.casefold() in _units(lex.language) \
        or before.casefold() in lex.titles and _plain(opens) in _heads(lex) \
        or _bracketed(before)


def _heads(lex: Lexicon) -> frozenset[str]:
    """The head nouns of bodies and companies, made once per lexicon (asked of every word
    of a name by several readings)."""
    return made_once(lex, "speakers_indonesian.heads", lambda lex: lex.org_heads | (
        lex.government_heads | lex.company_markers | _data(lex.language)[0]))


def _plain(token: str) -> str:
    return token.strip("()").casefold()


def _bracketed(token: str) -> bool:
    return token.startswith("(") and token.endswith(")") and len(token) > 2


def _name_token(token: str) -> bool:
    """A word a name goes on over: capitalised, a digit or a roman numeral, a bracket."""
    if _bracketed(token):
        return True
    return token[:1].isupper() or token[:1].isdigit()


def _ends_clause(token: str) -> bool:
    return token[-1:] in ",.;:\"”’'" and not _bracketed(token)


def _body_before(text: str, start: int, lex: Lexicon, after: str = "") -> list[str] | None:
    """The words of a body's name written right before ``start`` (the tail read as the
    speaker, whose first word is ``after``), from its head on, else None. A "dan" between
    two bodies ("Serikat X (SX) dan Asosiasi Y": a second head after it, or an acronym's
    bracket before it) ends the name: two speakers, not one."""
    tokens = [m.group() for m in _TOKEN.finditer(text[:start])]
    heads = _heads(lex)
    k = len(tokens) - 1
    taken: list[str] = []
    while k >= 0:
        token = tokens[k]
        if _ends_clause(token):
            break
        if _name_token(token):
            taken.append(token)
        elif token in _JOINERS | _INNER and k > 0 and _name_token(tokens[k - 1]) \
                and not _ends_clause(tokens[k - 1]) and not (token in _JOINERS and (
                    _bracketed(tokens[k - 1]) or _plain(taken[-1] if taken else after)
                    in heads)):
            taken.append(token)
        else:
            break
        k -= 1
    if not taken and k >= 0:  # "Asosiasi pekerja konstruksi Badung": a head's lowercase words
        lower: list[str] = []
        j = k
        while j >= 0 and len(lower) < LOWER_WORDS and tokens[j].isalpha() \
                and tokens[j].islower():
            lower.append(tokens[j])
            j -= 1
        if lower and j >= 0 and tokens[j][:1].isupper() and _plain(tokens[j]) in heads and (
                j == 0 or _ends_clause(tokens[j - 1])):
            taken = [*lower, tokens[j]]
    if not taken:
        return None
    words = list(reversed(taken))
    opens = lex.titles | lex.company_markers | heads
    first = next((i for i, w in enumerate(words) if _plain(w) in opens), None)
    if first is None:
        return None
    words = words[first:]
    if not any(_plain(w) in heads for w in words):
        return None  # "Kabid Humas Polda Jawa Timur": a title's words, no body's
    return words


def _kept(words: list[str], lex: Lexicon) -> list[str]:
    """The name's words without a bracketed acronym; a company's "(Persero)" stays."""
    keeps = _data(lex.language)[2]
    return [w for w in words if not _bracketed(w) or _plain(w) in keeps]


def whole_body(found: SpeakerReading, text: str, lex: Lexicon, index) -> SpeakerReading:
    """``found`` read again where its name is the tail of a body's longer name."""
    if not found.name or found.carried or found.written or not text:
        return found
    written = [found.name]
    written += [w.strip() for w in _WRITTEN.findall(found.reason)]
    for name in written:
        for start, _ in written_at(name, text, _NOT_AFTER_WORD_OR_OPENING,
                                   _NOT_BEFORE_WORD_OR_CLOSING):
            words = _body_before(text, start, lex, name.split()[0])
            if not words or not _a_tail(name, words[-1], lex, words[0]):
                continue
            whole = " ".join(_kept(words, lex) + [name])
            if whole.casefold() == found.name.casefold():
                return found
            got = known_or_new(index, whole, f"the whole name of the body '{name}' ends")
            return replace(got, reason=f"{got.reason}; {found.reason}")
    return found


def person_of(found: SpeakerReading, text: str, lex: Lexicon, index) -> SpeakerReading:
    """A person read with the trade, office or degree the sentence writes with them: the
    person alone."""
    name = found.name
    if not name or found.carried or found.written:
        return found
    index = getattr(index, "index", index)  # the registry: not the article's fuller name
    degree = _degree_holder(name, text)
    if degree:
        got = known_or_new(index, degree, f"the person the degree '{name}' follows")
        return replace(got, reason=f"{got.reason}; {found.reason}")
    words = name.split()
    if len(words) < 3 or not found.new:
        return found
    heads = _heads(lex)
    trades = _data(lex.language)[1]
    rank = ranks(lex.language)
    at = max((i for i, w in enumerate(words[:-2]) if w.casefold().strip(".") in rank
              and w.casefold() not in lex.titles), default=None)
    if at is not None:  # "Kanit Reskrim Polsek Cileungsi Iptu Rangga Wijaya"
        person = words[at + 1:]
        while len(person) > 2 and person[0].casefold().strip(".") in _CORPS:
            person = person[1:]
    elif words[0].casefold() in trades:  # "Sutradara Laras Kinanti"
        person = words[1:]
    else:
        return found
    if not (2 <= len(person) <= 4) or any(
            w.casefold().strip("().") in heads | lex.titles for w in person) or not all(
            w[:1].isupper() for w in person):
        return found
    before = " ".join(words[:len(words) - len(person)])
    got = known_or_new(index, " ".join(person), f"the person named after '{before}'")
    return replace(got, reason=f"{got.reason}; {found.reason}")


_CORPS = frozenset({"pol", "tni", "polri", "inf", "kav", "art", "mar", "psk", "cpm", "czi",
                    "bakamla"})


def _degree_holder(name: str, text: str) -> str | None:
    """The person a degree read as the speaker follows ("dr. Lia Rahmawati, Sp.OG.,")."""
    if " " in name or not _DEGREE.match(name):
        return None
    found = re.search(rf"((?:[A-Z][\w'’-]*\s+){{0,3}}[A-Z][\w'’-]*)\s*,\s*"
                      rf"{re.escape(name)}(?![\w])", text)
    return found.group(1) if found else None


def after_a_unit(found: SpeakerReading, text: str, lex: Lexicon, index) -> SpeakerReading:
    """No speaker where the name read is a place's, every time the sentence writes it right
    after a region's word ("Puluhan pedagang Pasar X, Kota Madiun, menuding" read "Madiun"),
    that word not after an office's or a body's ("Wali Kota Madiun", "Pemerintah Kota")."""
    name = found.name
    if not name or found.carried or found.written:
        return found
    units = _units(lex.language)
    opens = lex.titles | _heads(lex)
    at = [start for start, _ in written_at(name, text, _NOT_AFTER_WORD, _NOT_BEFORE_WORD)]
    if not at:
        return found
    for k in at:
        words = text[:k].split()
        if not words or words[-1].casefold() not in units or not words[-1][:1].isupper():
            return found
        if len(words) >= 2 and words[-2].casefold() in lex.titles and words[-2][:1].isupper():
            if k != at[0] or " " in name and not _listed(name, lex):
                return found  # "Kepala Desa Asep Saepudin": the person, named after the office
            office = f"{words[-2]} {words[-1]} {name}"  # "Wali Kota Madiun": the office
            got = known_or_new(index, office, f"the office '{office}'")
            return replace(got, reason=f"{got.reason}; {found.reason}")
        if len(words) >= 2 and words[-2].casefold().strip(",") in opens and \
                not words[-2].endswith(","):
            return found
    unit = text[:at[0]].split()[-1]
    return SpeakerReading(None, f"no speaker named ('{unit} {name}' is a place, never a "
                                f"speaker)")


_OPENER = re.compile(r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+[a-z]")
_PRONOUN_AFTER = re.compile(r",\s+(?:tetapi|namun|dan|lalu|kemudian|sedangkan)\s+(?:ia|dia)\s+"
                            r"[a-z]")


def opener_meant(found: SpeakerReading, text: str, lex: Lexicon, index) -> SpeakerReading:
    """"Laras enggan berspekulasi, tetapi ia menyebut ...": the pronoun after the comma and
    the coordinator is the person the sentence opens with as its subject, not the speaker
    named last before it."""
    if not found.carried or not _PRONOUN_AFTER.search(text):
        return found
    opens = _OPENER.match(text)
    if not opens:
        return found
    name = opens.group(1)
    first = name.split()[0].casefold()
    if first in lex.pronouns or first in lex.unnamed or first in CAPITALISED_STOP or \
            first in lex.titles or first in _heads(lex) or _listed(name, lex):
        return found
    got = known_or_new(index, name, f"the pronoun after '{name} ...,': the sentence's "
                                    f"subject")
    return replace(got, carried=False) if got.name else found


_ACCORDING = re.compile(r"(?:^|[,;]\s*|\b(?:Namun|namun|Tetapi|tetapi)\s+)[Mm]enurut\s+"
                        r"((?:para\s+)?[a-z]+(?:\s+[a-z]+)?)\s*,")


def officials_meant(found: SpeakerReading, text: str, lex: Lexicon, index) -> SpeakerReading:
    """"Menurut penyidik, ...", "Menurut petugas, ...": officials of a body the article names
    speak as that body (officials.py reads them so as a speech verb's subject, "Penyidik
    menyebut"), where the reading named nobody."""
    if found.name or found.carried:
        return found
    # the pattern needs "[Mm]enurut": a sentence without it is not searched (the search
    # tries the pattern's openings at every position, and most sentences have none)
    said = _ACCORDING.search(text) if "enurut" in text else None
    table = getattr(index, "table", None)
    if not said or table is None:
        return found
    from annotator.domain.proposals.officials import officials_body

    words = said.group(1).split()
    at = getattr(index, "at", 0)
    named = officials_body(words[1:] if words[0] == "para" else words, lex, table, at)
    if named is None and len(words) == 1 and words[0] in _heads(lex) | lex.description_heads.keys():
        named = table.described(words[0], at)  # "Menurut koalisi,": the coalition named
    if named is None:
        return found
    return known_or_new(index, named, f"named after 'menurut' ('{said.group(1)}' = {named}, "
                                      f"as the article names it)")


_BY = re.compile(r"\boleh\b", re.IGNORECASE)


def enforcing_body(found: SpeakerReading, text: str, lex: Lexicon, index) -> SpeakerReading:
    """"NFA dijerat Pasal 45 UU ITE", "Keempat belas WNA kini ditahan": enforcement told in
    the passive with no agent is the act of the enforcing body the article named before
    (the guidelines: charges and detentions are accusations or procedure by whoever brings
    them), where the reading named nobody; none when the article names no such body
    before."""
    if found.name or found.carried:
        return found
    table = getattr(index, "table", None)
    at = getattr(index, "at", 0)
    # each test leaves the reading as it is: the remembered one first, the "oleh" search
    # (every position) only for a sentence that tells enforcement
    if table is None or not _enforced_in(text, lex.language) or _BY.search(text):
        return found
    enforcers = _data(lex.language)[5]
    bodies = [e for e in table.entities if e.kind != "person" and (
        set(e.words()) & enforcers or e.acronym and e.acronym.casefold() in enforcers)
        and any(p < at for p in e.mentions)]
    named = table.nearest(bodies, at) if bodies else None
    if named is None:
        return found
    return known_or_new(index, named, f"enforcement with no agent: the enforcing body "
                                      f"named before ({named})")


@lru_cache(maxsize=1024)
def _enforced_in(text: str, language: str) -> bool:
    """Whether the sentence writes an enforcement phrase of ``language`` ("dijerat",
    "ditahan"), word for word; remembered, as a key reads a sentence three or four times
    (shown, read back, the whole article) and the answer is the sentence's alone."""
    plain = _NOT_WORD.sub(" ", text.casefold()).split()
    return _written_in(plain, _data(language)[4])


_NOT_WORD = re.compile(r"[^\w\s-]")  # read as a space by _enforced_in


def _written_in(plain: list[str], phrases: frozenset[str]) -> bool:
    """Whether one of the phrases is written in the words ``plain``, word for word: each
    run of as many words as a phrase has looked up among the phrases of that length,
    rather than every phrase tried at every word (a key reads about three sentences)."""
    for size, grams, firsts in _by_size(phrases):
        if size == 0:  # a phrase of no words is written in any sentence with words
            if plain:
                return True
        elif size == 1:
            if not grams.isdisjoint(zip(plain)):  # each word as a 1-tuple
                return True
        elif not firsts.isdisjoint(plain) and any(
                tuple(plain[k:k + size]) in grams for k in range(len(plain) - size + 1)
                if plain[k] in firsts):  # only where one of them opens
            return True
    return False


@lru_cache(maxsize=4)
def _by_size(phrases: frozenset[str]
             ) -> tuple[tuple[int, frozenset[tuple[str, ...]], frozenset[str]], ...]:
    """The phrases as word tuples, by their number of words, with their first words."""
    sizes: dict[int, set[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        sizes.setdefault(len(words), set()).add(words)
    return tuple((size, frozenset(grams), frozenset(g[0] for g in grams if g))
                 for size, grams in sorted(sizes.items()))


# "Hasil uji laboratorium Balai Besar Veteriner ... menunjukkan", "Berdasarkan peta bidang
# Kantor Pertanahan Kabupaten Bogor, ...": evidence a body made, written before its verb
_EVIDENCE = re.compile(r"^(?:Berdasarkan\s+|Menurut\s+)?(?:[Hh]asil|[Dd]ata|[Cc]atatan|[Pp]eta|"
                       r"[Ll]aporan|[Rr]ekaman)\s+(?:[a-z]+\s+){0,3}((?:[A-Z][\w'’.-]*\s+){0,6}"
                       r"[A-Z][\w'’.-]*)")
_EVIDENCE_VERBS = re.compile(r"\b(?:menunjukkan|memperlihatkan|mencatat|mencantumkan|"
                             r"membuktikan)\b")


def evidence_owner(found: SpeakerReading, text: str, lex: Lexicon, index) -> SpeakerReading:
    """Evidence a body the sentence names made, opening the sentence ("Hasil pemeriksaan
    RSUP Dr. Sardjito ... mencatat", "Berdasarkan peta bidang Kantor Pertanahan X, ..."):
    the body speaks (the guidelines: a document speaks for whoever issued it), where the
    reading named nobody and the body's head is one acting.py's evidence does not know
    ("Balai", "RSUP")."""
    if found.name or found.carried:
        return found
    made = _EVIDENCE.match(text)
    if not made or not (text.startswith(("Berdasarkan", "berdasarkan")) or
                        _EVIDENCE_VERBS.search(text[made.end():])):
        return found
    words = made.group(1).rstrip(".,").split()
    if not words or _plain(words[0]) not in _heads(lex) or not words[0][:1].isupper():
        return found
    name = " ".join(words)
    return known_or_new(index, name, f"the body whose evidence it is ({name})")


# "Jemaat Gereja Kristen Jawa (GKJ) Sidomukti di Kota Bukittinggi mempertanyakan", "Komunitas
# adat Dayak Mualang di Desa X, Kabupaten Y, menuding": a body's or a group's name opening the
# sentence, where it is ("di" and a place's capitalised words, a region or two after commas),
# then an active verb
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|\([A-Z]{2,8}\))"
_AT_PLACE = re.compile(
    rf"^([A-Z][a-z]+(?:\s+[a-z]+)?(?:\s+{_NAME_WORD}){{1,6}})\s+di\s+[A-Z][\w'’-]*"
    rf"(?:\s+[A-Z][\w'’-]*){{0,3}}(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}}){{0,3}}"
    rf"\s*,?\s+(me[a-z]+)\b")
_GATHERED = frozenset({"jemaat", "umat"})  # a congregation: one group, as its name says


def body_at_place(found: SpeakerReading, text: str, lex: Lexicon, index) -> SpeakerReading:
    """A body or a group the sentence opens with by name, then where it is, then its active
    verb ("Serikat Pekerja Mandiri di Kabupaten Bekasi menuding ..."): the body speaks,
    where the reading named nobody (it read the place as the subject and left it). Its
    head is a body's or a group's noun; "Warga di Desa X" is no name."""
    if found.name or found.carried:
        return found
    opening = _opening_at_place(text)
    if opening is None:
        return found
    words = opening.split()
    head = words[0].casefold()
    if head not in _heads(lex) | group_nouns(lex.language) | _GATHERED:
        return found
    name = " ".join(w for w in words if not _bracketed(w))
    return known_or_new(index, name, f"the body the sentence opens with, at a place "
                                     f"('{opening} di ...')")


@lru_cache(maxsize=1024)
def _opening_at_place(text: str) -> str | None:
    """What _AT_PLACE reads as the body opening the sentence, else None: remembered, as a
    key reads a sentence three or four times and the pattern backtracks over a capitalised
    opening."""
    opens = _AT_PLACE.match(text)
    return opens.group(1) if opens else None


def reread(found: SpeakerReading, text: str, lex: Lexicon, index) -> SpeakerReading:
    """The speaker read again for this round's Indonesian classes (the module's docstring)."""
    if lex.language != "id":
        return found
    found = officials_meant(found, text, lex, index)
    found = evidence_owner(enforcing_body(found, text, lex, index), text, lex, index)
    found = officials_meant(found, text, lex, index)
    found = opener_meant(whole_body(found, text, lex, index), text, lex, index)
    found = after_a_unit(person_of(found, text, lex, index), text, lex, index)
    return named_between_commas(body_at_place(found, text, lex, index), text, lex, index)


# "Investigator KNKT, Yusuf Hamdani, dalam konferensi pers ... mengatakan": an office or a
# role opens the sentence, the person's name follows it between commas, then the sentence
# goes on in lowercase (the verb, or "dalam ...", "tidak ..."): the person speaks; after a
# connective too ("Sementara itu, Direktur Utama PT X, Fransiska Tanoto, menyatakan").
#
# the lists this reading reads (data/cues/id.json, "speaker31_between_commas"): connectives
# that may open the sentence before the office ("Sementara itu, Direktur Utama PT X, ...");
# "about": the name belongs to a person the description is about, not to its holder (its head
# or a lowercase word: "Korban, X, tewas", but "Komunitas Korban Asuransi" is a body's name;
# "Kuasa hukum terdakwa ..., Lin Chih-wei, melaporkan"); "openers": a description opening with
# a preposition or a connective is no office ("Menurut Kapolres, ...", "Dalam laporan itu,
# ..."); "not_verbal": words shaped like a verb that are not one ("tersebut", "terkait")
BETWEEN_KEY = "speaker31_between_commas"


@lru_cache(maxsize=2)
def _between(language: str) -> tuple[re.Pattern, frozenset[str], frozenset[str], frozenset[str]]:
    raw = cue_file(language).get(BETWEEN_KEY, {})
    connectives = "|".join(re.escape(c) for c in raw.get("connectives", ()))
    pattern = re.compile((rf"^(?:(?:{connectives}),\s+)?" if connectives else "^") +
                         r"([A-Z][^,\"“”]{1,80}?),\s+((?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+),"
                         r"\s+(?!dan\b|serta\b|atau\b)(?=[a-z])")
    return (pattern, frozenset(raw.get("about", ())), frozenset(raw.get("openers", ())),
            frozenset(raw.get("not_verbal", ())))


# a verb in the description: the sentence's own clause, not an office ("Polda X menetapkan
# Ketua Yayasan Y, Teguh Santoso, dan ...")
_VERBAL = re.compile(r"^(?:me|di|ber|ter)[a-z]{3,}$")
# the person's own verb after the commas ("mengatakan", "menuding", "berjanji"), not a
# passive's ("dikatakan menerima")
_DOES = re.compile(r"^(?:me|ber|di)[a-z]{3,}")
DOES_WITHIN = 7  # words after the commas the verb is read in
PERSON_WORDS = (2, 4)  # words of the person's name between the commas


def named_between_commas(found: SpeakerReading, text: str, lex: Lexicon, index
                         ) -> SpeakerReading:
    """The person named between commas after the office or role that opens the sentence
    ("Kepala Desa Cilengkrang, Wawan Setiawan, mengakui ...", "Manajer Garuda Muda, Dimas
    Pranoto, tidak mempersoalkan ..."), when the reading took another party or nobody."""
    if found.carried or found.written:
        return found
    between, about, openers, not_verbal = _between(lex.language)
    m = between.match(text) if text.count(",") >= 2 else None  # the pattern's two commas
    if m is None:
        return found
    desc, person = m.group(1).split(), m.group(2).split()
    plain = [w.casefold().strip("().") for w in desc]
    verbs = [w for w in text[m.end():].split()[:DOES_WITHIN] if _DOES.match(w)]
    if not verbs or verbs[0].startswith("di"):  # "Ketua koperasi, X, tidak hadir": no act
        return found  # of theirs; "X, dalam laporan itu dikatakan menerima": a passive
    if plain[0] in openers or len(desc) > 10 or any(
            plain[k] in about for k, w in enumerate(desc) if not k or w.islower()) or any(
            w in "-–—" or (w,) in lex.verbs or _VERBAL.match(w) and w not in not_verbal
            for w in plain):
        return found
    if any(w.casefold() in _heads(lex) | lex.titles | ranks(lex.language) for w in person) or \
            _listed(m.group(2), lex) or not PERSON_WORDS[0] <= len(person) <= PERSON_WORDS[1] \
            or person[0].casefold() in _data(lex.language)[3] | _units(lex.language):
        return found
    got = known_or_new(getattr(index, "index", index), m.group(2),
                       f"the person named between commas after '{m.group(1)}'")
    if found.name and (found.name == got.name or found.name in m.group(2)):
        return found
    return replace(got, reason=f"{got.reason}; {found.reason}")


# "Sulastri (37), seorang ibu rumah tangga, mengaku": an age after a name
_AGE = re.compile(r"(?<=[A-Za-z'’])\s+\(\d{1,3}\)(?=[,\s])")
_AS = "selaku"  # "PT X selaku pemilik menara mengatakan": a role set after the name
AS_WORDS = 6  # lowercase words of a role after "selaku", at most (round 34: "produsen dan
# distributor pupuk subsidi" has five)


def apposed(text: str, lex: Lexicon) -> str:
    """The sentence as its speaker is read, in Indonesian: a name's age in brackets left out
    ("Sulastri (37), seorang ibu rumah tangga, mengaku" reads as "Sulastri, seorang ...,
    mengaku"), and a role after "selaku" set between commas ("PT X selaku pemilik menara
    mengatakan" reads as "PT X, selaku pemilik menara, mengatakan")."""
    if lex.language != "id":
        return text
    if "(" in text:  # the age's pattern needs its bracket: no search of every position
        text = _AGE.sub("", text)
    if _AS not in text:
        return text
    tokens = list(_TOKEN.finditer(text))
    for k, m in enumerate(tokens):
        if m.group() != _AS or not k or not tokens[k - 1].group()[-1:].isalnum() or \
                not tokens[k - 1].group()[:1].isupper():
            continue
        j = k + 1
        while j < len(tokens) and j - k <= AS_WORDS and tokens[j].group().isalpha() and \
                tokens[j].group().islower() and (tokens[j].group(),) not in lex.verbs:
            j += 1
        if k + 1 < j < len(tokens) and (tokens[j].group().casefold(),) in lex.verbs:
            return (text[:tokens[k - 1].end()] + "," + text[tokens[k - 1].end():tokens[j - 1].end()]
                    + "," + text[tokens[j - 1].end():])
    return text


# "Seorang pemilik kucing di Surabaya mengadukan", "Keluarga seorang lansia ... melaporkan",
# after a dateline ("Garut - ", "BANUAPOS.id, BANJARBARU - ")
_ONE_DESCRIBED = re.compile(r"^(?:[^-–—\n]{1,60}\s[-–—]\s+)?(?:Keluarga\s+)?[Ss]eorang\s+[a-z]")


def one_described(sentence: str, lex: Lexicon) -> bool:
    """Whether an Indonesian sentence's subject is one person the story describes before
    naming ("Seorang pemilik tanah ...", "Keluarga seorang lansia ..."): the person named in
    the next sentences is that speaker, not only a body (engine._named_later)."""
    return lex.language == "id" and _ONE_DESCRIBED.match(sentence) is not None
