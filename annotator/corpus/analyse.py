"""One document into its units: page chrome, headline, dateline and real sentences.

Every non-blank line of the raw text ends up in some unit (nothing is thrown away);
units that are not article sentences carry the reason they are excluded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.corpus import metadata, page_ends
from annotator.corpus.rules import Rules
from annotator.corpus.segment import segment

HEADLINE = "headline"
DATELINE = "dateline"
NO_TEXT = "no-text"
MAX_SENTENCE_CHARS = 10_000
_FINAL = re.compile(r"[.!?\"”’:;)]$")
# a quotation closing on a word, not on a full stop: a headline (Beijing calls it "a lie")
_QUOTED_HEADLINE = re.compile(r"\w[\"”’]$")
_LETTER = re.compile(r"[^\W\d_]")
# a line above the headline that names where the story sits on the site, not what it says: a
# breadcrumb ("Home > Daerah > Jawa Barat", "News | Local") or a section or masthead of at
# most MASTHEAD_WORDS words ("Berita Daerah", "The Lakeshore Ledger") over a longer line
PAGE_SECTION = "page-section"
FOOT_NAME = "byline"  # a writer's or outlet's name after the last paragraph
_BREADCRUMB = re.compile(r"\S\s+(>|»|›|\||/)\s+\S")
MASTHEAD_WORDS = 4
MASTHEAD_LINES = 2  # such lines below the headline
# the body's first paragraphs (ending like a sentence) a dateline may lead, past a standfirst
DATELINE_PARAGRAPHS = 3


class TooLongSentence(ValueError):
    """A stretch of text with no sentence end, too long to be a sentence."""

    def __init__(self, length: int, offset: int):
        super().__init__(length, offset)
        self.length = length
        self.offset = offset


@dataclass(slots=True)  # one per unit of every document: slots make them cheaper
class Unit:
    start: int
    end: int
    text: str
    excluded: str | None = None


@dataclass
class Analysis:
    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    published: str | None = None
    wire: str | None = None
    units: list[Unit] = field(default_factory=list)


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    index: int
    excluded: str | None = None


_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|\Z)")


def _lines(raw: str) -> list[_Line]:
    """The non-blank lines with their offsets in ``raw``; a line ends at LF, CRLF or a lone
    CR (a file saved with old Mac line ends keeps its headline apart from its body)."""
    out = []
    if "\r" not in raw:  # the usual text: str.split, no match object per line (same lines)
        at = 0
        for index, line in enumerate(raw.split("\n")):
            stripped = line.strip()
            if stripped:
                start = at + len(line) - len(line.lstrip())
                out.append(_Line(start, start + len(stripped), stripped, index))
            at += len(line) + 1
        return out
    return _lines_matched(raw)


def _lines_matched(raw: str) -> list[_Line]:
    """_lines for any line ends, by matching each line."""
    out = []
    for index, match in enumerate(_LINE.finditer(raw)):
        line = match.group(1)
        stripped = line.strip()
        if stripped:
            start = match.start(1) + len(line) - len(line.lstrip())
            out.append(_Line(start, start + len(stripped), stripped, index))
    return out


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _split_glued(rules: Rules, lines: list[_Line]) -> list[_Line]:
    """Cut chrome glued to body text ('Foto: .../AFPMOSKOW - ...') into two lines."""
    out = []
    for line in lines:
        for rule in rules.split_rules:
            m = rule.pattern.search(line.text)
            if m:
                cut = m.end("chrome")
                head = line.text[:cut].rstrip()
                rest = line.text[cut:]
                lead = len(rest) - len(rest.lstrip())
                out.append(_Line(line.start, line.start + len(head), head, line.index, rule.name))
                out.append(
                    _Line(line.start + cut + lead, line.end, rest.strip(), line.index)
                )
                break
        else:
            out.append(line)
    return out


def _classify(rules: Rules, lines: list[_Line]) -> None:
    section = None
    for line in lines:
        if line.excluded:
            continue
        found = rules.first_rule(line.text)
        if found:
            line.excluded, heading = found
            if heading is not None:
                section = heading
            continue
        if section is not None:
            # a listed headline may end in a quotation closing on a word ('... Bupati: "Kami
            # Kaji"'), as the page's own headline may
            in_list = (section.item is not None and section.item.search(line.text)) or (
                section.items_without_final_punctuation and (
                    not _FINAL.search(line.text) or _QUOTED_HEADLINE.search(line.text))
            )
            if in_list:
                line.excluded = section.name
                continue
            section = None
    if rules.caption_name:
        for before, line in zip(lines, lines[1:], strict=False):
            if (
                line.excluded in rules.caption_after
                and before.excluded is None
                and before.index == line.index - 1
                and not (rules.own_caption and rules.own_caption.search(line.text))
            ):
                before.excluded = rules.caption_name


def _below_bylines(rules: Rules, lines: list[_Line]) -> None:
    """The outlet's name on the line right below a byline ('By Owen Pritchard' over 'The
    Solway Herald', 'Education reporter' over 'KVTR News'): a masthead (a few capitalised
    words, no sentence end) holding an outlet's word, kept out as PAGE_SECTION, whose outlet
    the page's metadata may take."""
    for above, line in zip(lines, lines[1:], strict=False):
        if (above.excluded == FOOT_NAME and line.excluded is None
                and line.index == above.index + 1 and _masthead(line.text)
                and page_ends.outlet_of(line.text, rules.outlet_for, rules.outlet_words)):
            line.excluded = PAGE_SECTION


# a date line saying when the page changed, not when it was published
_UPDATED = re.compile(r"(Updated|Last (modified|updated)|Diperbarui)\b", re.IGNORECASE)


def _metadata(rules: Rules, lines: list[_Line], result: Analysis) -> tuple[str | None,
                                                                          str | None]:
    """Fill what the page's metadata lines say; return the outlet a date line's section
    prefix names ("Kompas dunia | 19 Juni 2024"), which a dateline's own outlet overrides:
    the prefix is a section's name, the dateline the desk that filed the story; and the
    date line in numbers the publication date was read from, if it was (day first)."""
    updated = None
    section = None
    numeric = numeric_updated = None  # the date lines in numbers the dates came from
    for line in lines:
        if line.excluded == "publication-date" and not result.published:
            found = metadata.parse_long_date(line.text)
            in_numbers = None
            if found is None:
                found = metadata.parse_numeric_date(line.text)
                in_numbers = line.text if found else None
            if _UPDATED.match(line.text):
                if updated is None:
                    updated, numeric_updated = found, in_numbers
            else:
                result.published, numeric = found, in_numbers
            prefix = line.text.split("|")[0].split() if "|" in line.text else []
            section = section or rules.outlet_for(prefix[0] if prefix else "") or (
                page_ends.date_line_outlet(line.text, rules.outlet_for, rules.outlet_words))
        if line.excluded == "outlet-name" and not result.outlet:
            result.outlet = rules.outlet_for(line.text) or line.text.casefold()
        if line.excluded in ("wire-credit", "byline") and not result.wire:
            for pattern in rules.wire:
                m = pattern.search(line.text)
                if m and m["wire"].strip():
                    result.wire = m["wire"].strip()
                    break
    if result.published is None:
        result.published, numeric = updated, numeric_updated
    return section, numeric


def analyse(raw: str, rules: Rules, *, language: str = "id", title: str | None = None,
            outlet: str | None = None, published: str | None = None) -> Analysis:
    """Units and metadata of one document. Given metadata wins over what the page says."""
    result = Analysis(title=title or None, outlet=outlet or None,
                      published=metadata.normalise_iso(published))
    lines = _split_glued(rules, _lines(raw))
    _classify(rules, lines)
    _below_bylines(rules, lines)
    found_published = result.published
    section, numeric_date = _metadata(rules, lines, result)
    if found_published:
        result.published = found_published
        numeric_date = None

    body = [line for line in lines if line.excluded is None]
    if result.title is None:
        result.title = _headline(rules, body, lines)
    page_ends.mark(body, result.title, FOOT_NAME)
    title_key = _key(result.title) if result.title else None
    title_length = len(title_key) if title_key else -MAX_SENTENCE_CHARS  # no line is near
    append = result.units.append
    letter = _LETTER.search
    sentence_rule = rules.sentence_rule
    datelines = DATELINE_PARAGRAPHS  # paragraphs left in which a dateline may lead
    # the forms a dateline opening a later paragraph may have (a second story joined to the
    # page, an update block): every form but a city alone, unless the page's own first
    # dateline was a city alone ('Jakarta - ' over 'Bandung - ')
    later_forms = rules.later_datelines
    read_before = result.outlet  # given, or named by a line above: no dateline's
    for line in lines:
        excluded = line.excluded
        if (
            excluded is None
            and abs(len(line.text) - title_length) <= 20  # cheap test before normalising
            and _key(line.text) == title_key
        ):
            excluded = line.excluded = HEADLINE
        if excluded == PAGE_SECTION and datelines:
            # a dateline alone below the headline reads like a masthead ('KIRKWALL, Scotland
            # —'): its city is no outlet
            rest, _, form = _take_dateline(rules, result, line.text, line.start, cut=False)
            if not rest:
                line.excluded = DATELINE
                datelines = 0
                later_forms = _with_form(later_forms, form)
                continue
        if excluded is not None:
            append(Unit(line.start, line.end, line.text, excluded))
            continue
        text, start = line.text, line.start
        if datelines:
            # the dateline leads one of the body's first paragraphs, past any line above it
            # that does not end like a sentence (a masthead or a standfirst the rules do not
            # know) and a standfirst that does, or stands alone on its line ('KIRKWALL,
            # Scotland —' over the paragraph)
            finished = bool(_FINAL.search(text))
            text, start, form = _take_dateline(rules, result, text, start, cut=finished)
            if form is not None:
                later_forms = _with_form(later_forms, form)
            if not text:
                datelines = 0
                continue
            if finished:
                datelines = 0 if start != line.start else datelines - 1
        elif _DASH.search(text, 0, _DATELINE_HEAD):
            # a dateline opening a later paragraph: its own unit, the page's metadata kept
            text, start, _ = _take_dateline(rules, result, text, start,
                                            cut=bool(_FINAL.search(text)), forms=later_forms,
                                            later=True)
            if not text:
                continue
        spans = segment(text, rules, language)
        if len(spans) == 1:  # the usual paragraph, one sentence: no chrome glued into it
            s, e = spans[0]
            if e - s > MAX_SENTENCE_CHARS:
                raise TooLongSentence(e - s, start + s)
            piece = text[s:e]
            append(Unit(start + s, start + e, piece, None if letter(piece) else NO_TEXT))
            continue
        tail_rule = rules.tail_rule if rules.tail_rules else None
        for k, (s, e) in enumerate(spans):
            if e - s > MAX_SENTENCE_CHARS:
                raise TooLongSentence(e - s, start + s)
            if k and tail_rule is not None:
                # chrome glued after the paragraph's last sentence, as a line of its own would
                # be ('... on Friday. Got a story? Email news@...'): the rest, one unit
                tail = text[s:]
                name = tail_rule(tail)
                if name is not None:
                    append(Unit(start + s, start + len(text), tail, name))
                    break
            piece = text[s:e]
            lead = _glued_lead(rules, piece)
            if lead:  # a credit glued before the next sentence: '(ANTARA/Foto: ...) Warga ...'
                name, cut = lead
                append(Unit(start + s, start + s + cut, piece[:cut], name))
                rest = piece[cut:]
                s += cut + len(rest) - len(rest.lstrip())
                piece = text[s:e]
            # chrome glued into a paragraph
            append(Unit(start + s, start + e, piece,
                        sentence_rule(piece) if letter(piece) else NO_TEXT))
    masthead = section or _masthead_outlet(rules, lines)
    if result.outlet != read_before and masthead and _initials(masthead) == result.outlet:
        result.outlet = masthead  # the dateline's '(AP)' is the masthead's 'Associated Press'
    result.outlet = result.outlet or masthead
    if numeric_date is not None and language == "en":
        result.published = _numeric_date(rules, numeric_date, raw, result) or result.published
    if not result.published:
        dates = [d for u in result.units if u.excluded is None
                 for d in metadata.parse_short_dates(u.text)]
        if dates:
            result.published = max(dates)
    return result


def _numeric_date(rules: Rules, line: str, raw: str, result: Analysis) -> str | None:
    """An English page's date line in numbers read as the page's own evidence says
    (metadata.month_first_by_evidence: '12/3/2026' is 3 December where the page writes
    'Dec. 3' or its dateline is American); None where it says nothing more than day first."""
    if metadata.numeric_readings(line) is None:
        return None
    dateline = next((u.text for u in result.units if u.excluded == DATELINE), None)
    found = metadata.month_first_by_evidence(
        line, raw, dateline=dateline, month_first_places=rules.month_first_places,
        month_first_zones=rules.month_first_zones, day_first_zones=rules.day_first_zones)
    if found is None or not found[0]:
        return None
    return metadata.parse_numeric_date(line, month_first=True)


def _masthead_outlet(rules: Rules, lines: list[_Line]) -> str | None:
    """The outlet a masthead kept out above or below the headline names, if any."""
    for line in lines:
        if line.excluded == PAGE_SECTION:
            found = page_ends.outlet_of(line.text, rules.outlet_for, rules.outlet_words)
            if found:
                return found
    return None


def _unfinished(line: _Line) -> bool:
    return _unfinished_text(line.text)


def _unfinished_text(text: str) -> bool:
    """No sentence end (or a quotation closing on a word), and short enough for a headline."""
    return (not _FINAL.search(text) or bool(_QUOTED_HEADLINE.search(text))) and len(
        text) <= 250


def _headline(rules: Rules, body: list[_Line], lines: list[_Line] | None = None) -> str | None:
    """The page's headline: its first line with no full stop, past the breadcrumbs, sections
    and mastheads above it (kept out as PAGE_SECTION), which are told apart only where another
    line with no full stop, longer than they are, follows them: the headline. The outlet's
    name alone on the first line is one of these also over a headline that asks or exclaims
    ('Will the Old Library Close?') or when the name is longer than a section's, and over a
    short headline ('The Riverside Standard' over 'Council to shut library') that a line
    ending like a sentence or a standfirst follows. ``lines``: every line of the page (the
    chrome between a standfirst and the lead tells it from a lead)."""
    for k, line in enumerate(body):
        after = body[k + 1] if k + 1 < len(body) else None
        if k == 0 and after is not None and _outlet_over_headline(rules, line.text, after.text):
            line.excluded = PAGE_SECTION
            return _below_headline(rules, body, k + 1, lines)
        if k == 0 and after is not None and _asking_headline(rules, lines, line, after):
            return _below_headline(rules, body, k, lines)
        if not _unfinished(line):
            continue
        if after is not None and _unfinished(after) and k < 3 and _above_headline(
                line.text, after.text):
            line.excluded = PAGE_SECTION
            continue
        below = _outlet_over_short_headline(rules, body) if k == 0 and after else None
        if below is not None:
            line.excluded = PAGE_SECTION
            if below == PAGE_SECTION:
                # a section's name under the outlet's ('Kabar Sukamaju' over 'Nasional'): the
                # next line decides, as it would with no outlet's name above
                continue
            return _below_headline(rules, body, 1, lines)
        return _below_headline(rules, body, k, lines)
    return None


def _asking_headline(rules: Rules, lines: list[_Line] | None, line: _Line,
                     after: _Line) -> bool:
    """Whether the page's first line is a headline that asks or exclaims ('Pedagang Setor
    Retribusi Tanpa Karcis, Uang ke Mana?'), which ends like a sentence: one of a few words
    over a byline, a date line or a paragraph opening with a dateline, where a headline sits."""
    text = line.text
    return (text[-1:] in "?!" and 3 <= len(text.split()) <= 20 and len(text) <= 250
            and not _INNER_END.search(text) and text[:1].isupper()
            and _over_lead(rules, lines, line, after))


def _outlet_over_short_headline(rules: Rules, body: list[_Line]) -> str | None:
    """Whether the page's first line is the outlet's name alone over a short line with no
    sentence end, and what that line is: the headline (HEADLINE) when the line below it
    ends like a sentence (a lead or a standfirst) or it is no section's name and the line
    below is a standfirst ('The Riverside Standard' over 'Council to shut library' over
    'Residents say ...'); a section's name (PAGE_SECTION) when shaped like one with a longer
    line below ('Kabar Sukamaju' over 'Nasional' over the headline); None: neither is told."""
    line, after = body[0].text, body[1].text
    if not (_outlet_line(rules, line) and _unfinished(body[1])
            and not _BREADCRUMB.search(after)):
        return None
    if len(body) < 3 or not _unfinished(body[2]):
        return HEADLINE if len(after.split()) >= 2 else None
    if not (_kicker(after) or _masthead(after)):
        return HEADLINE
    return PAGE_SECTION if len(body[2].text.split()) > len(after.split()) else None


def _below_headline(rules: Rules, body: list[_Line], k: int,
                    lines: list[_Line] | None = None) -> str:
    """The headline ``body[k]``'s text, the lines below it that are chrome kept out: the
    outlet's and the writer's names and the site's section, a line each ("Detakindo" over
    "Muh Ikbal - detakSulsel", "Arts and culture", "City Desk | The Riverside Standard"),
    and a standfirst (STANDFIRST) over the first paragraph: one with no sentence end, or
    one sentence ending in a full stop over a byline, a date line or a paragraph opening
    with a dateline ('Tenants say they were left without heat for six weeks.' over 'By Tom
    Reyes'): where it sits tells it from a lead."""
    j = k + 1
    while j < min(k + 1 + MASTHEAD_LINES, len(body) - 1):
        if not (_masthead(body[j].text) or _kicker(body[j].text)):
            break
        body[j].excluded = PAGE_SECTION
        j += 1
    if k < 3 and j + 1 < len(body) and _key(body[j].text) != _key(body[k].text):
        if _standfirst(body[j].text) and _FINAL.search(body[j + 1].text):
            body[j].excluded = STANDFIRST
        elif _stopped_standfirst(rules, body[j].text) and _over_lead(
                rules, lines, body[j], body[j + 1]):
            body[j].excluded = STANDFIRST
    return body[k].text


# a standfirst: a summary of a few words below the headline that, unlike the lead below it,
# does not end like a sentence ('PaceTrack disputes findings, says data was anonymized'); one
# that does is not told from a lead and stays presented
STANDFIRST = "standfirst"
STANDFIRST_WORDS = 4


# a sentence's end inside a line: a paragraph whose last sentence ends in chrome ('... the
# ruling. Related coverage: ...'), never a standfirst
_INNER_END = re.compile(r"[.!?][\"”’)]?\s+[\"“‘(]?[A-Z]")


def _standfirst(text: str) -> bool:
    return (not _FINAL.search(text) and not _QUOTED_HEADLINE.search(text)
            and not _INNER_END.search(text)
            and text[-1:] not in _DASHES and len(text) <= 250
            and len(text.split()) >= STANDFIRST_WORDS and _LETTER.match(text) is not None
            and text[:1].isupper())


# a section's name below the headline, written in sentence case or with the outlet after a
# bar ('Arts and culture', 'City Desk | The Riverside Standard', 'Ekonomi | warta-maritim.id'):
# at most three parts of at most three words, each opening with a capital or a brand
_KICKER_PARTS = re.compile(r"\s+[|/–—-]\s+|\s*\|\s*")
KICKER_WORDS = 3


# the chrome between a standfirst ending in a full stop and the lead below it
_OVER_LEAD = frozenset({"byline", "publication-date"})
_STOP = re.compile(r"[.!?][\"”’]?$")


def _stopped_standfirst(rules: Rules, text: str) -> bool:
    """A line that may be a standfirst ending like a sentence: one sentence of a few words,
    opening with a capital and with no dateline (a lead's)."""
    if not (_STOP.search(text) and not _INNER_END.search(text) and len(text) <= 250
            and len(text.split()) >= STANDFIRST_WORDS and text[:1].isupper()):
        return False
    gate = rules.dateline_gate
    return gate is None or not gate.match(text) or not any(
        p.match(text) for p in rules.datelines)


def _over_lead(rules: Rules, lines: list[_Line] | None, line: _Line, after: _Line) -> bool:
    """Whether ``line`` sits over the lead ``after`` as a standfirst does: a byline or a
    date line between them, or ``after`` opening with a dateline ('RIVERSIDE, Ohio — ...')
    or being one alone."""
    if lines is not None and any(
            other.excluded in _OVER_LEAD for other in lines
            if line.end <= other.start and other.end <= after.start):
        return True
    text = after.text
    padded = text + " " if text[-1:] in _DASHES else text
    gate = rules.dateline_gate
    return (gate is None or gate.match(padded) is not None) and any(
        p.match(padded) for p in rules.datelines)


def _kicker(text: str) -> bool:
    if _FINAL.search(text) or any(c.isdigit() for c in text):
        return False
    parts = _KICKER_PARTS.split(text)
    return len(parts) <= 3 and all(
        0 < len(words := part.split()) <= KICKER_WORDS
        and (words[0][0].isupper() or page_ends.brand(words[0]))
        and all(w.isalpha() or w in _MASTHEAD_JOINS or page_ends.brand(w) for w in words)
        for part in parts)


def _outlet_line(rules: Rules, line: str) -> bool:
    """A line that is the outlet's name alone: a few capitalised words holding an outlet's."""
    words = line.split()
    return bool(len(words) <= MASTHEAD_WORDS + 2 and not _FINAL.search(line)
                and all(w[0].isupper() or w in _MASTHEAD_JOINS or _CAMEL.match(w)
                        for w in words)
                and page_ends.outlet_of(line, rules.outlet_for, rules.outlet_words))


def _outlet_over_headline(rules: Rules, line: str, after: str) -> bool:
    """Whether the page's first line is the outlet's name alone ('The Riverside Evening
    Standard Online', 'Kabar Sukamaju') over a headline that a name's length or a question
    mark hides: the next line asks or exclaims, or is longer than the name."""
    words = line.split()
    if not _outlet_line(rules, line):
        return False
    after_words = len(after.split())
    if after[-1:] in "?!" and 3 <= after_words <= 20 and len(after) <= 250:
        return True
    return len(words) > MASTHEAD_WORDS and _unfinished_text(after) and (
        after_words >= 5 and after_words > len(words))


def _masthead(line: str) -> bool:
    """A line below the headline that only names the outlet or the writer ("The Northern
    Courier", "Rina Astuti", "Rina Astuti - Sragen", "Rina Astuti - kabarSRAGEN"): a few
    capitalised words (or an outlet's name written in camel case) with no sentence end, a
    dash or a bar between them counted as no word."""
    words = [w for w in line.split() if w not in _MASTHEAD_MARKS]
    return (len(words) <= MASTHEAD_WORDS and not _FINAL.search(line)
            and all(w[0].isupper() or w in _MASTHEAD_JOINS or _CAMEL.match(w)
                    for w in words)
            and any(c.isalpha() for c in line))


_CAMEL = re.compile(r"[a-z]+[A-Z]")  # 'detakJateng', 'kabarSUMBA'


_MASTHEAD_JOINS = frozenset({"of", "the", "and", "&", "dan", "on", "de", "la", "di"})
_MASTHEAD_MARKS = frozenset({"-", "–", "—", "|", "/"})


def _above_headline(line: str, after: str) -> bool:
    """Whether a line with no full stop sits above the headline: a breadcrumb trail, or a
    masthead of a few words over a longer line or over a trail ("Kabar Sragen" over
    "Beranda > Daerah", itself over the headline)."""
    words, after_words = len(line.split()), len(after.split())
    if words <= MASTHEAD_WORDS and _BREADCRUMB.search(after) and not _BREADCRUMB.search(line):
        return True
    return after_words >= 5 and (bool(_BREADCRUMB.search(line)) or (
        words <= MASTHEAD_WORDS and after_words > words))


# a later paragraph's dateline ends in a dash and a space within its first characters: a
# paragraph with none there opens with none (checked before the patterns, on every
# paragraph past the first ones; a hyphen inside a word, 'Covid-19', is no such dash)
_DASH = re.compile(r"[-–—](?:\s|$)")
_DASHES = "-–—"
# how a sentence after a dateline opens: a capital, a digit, a quotation or a bracket
# ('WREXHAM, Wales — a town the workers named — said nothing.' holds none)
_OPENS = re.compile(r"[A-Z0-9\"“‘'(]")
_DATELINE_HEAD = 90


def _with_form(forms: Sequence[re.Pattern], form: re.Pattern | None) -> Sequence[re.Pattern]:
    """The forms a later paragraph's dateline may have, with the page's own first one."""
    return forms if form is None or form in forms else (*forms, form)


def _take_dateline(rules: Rules, result: Analysis, text: str, start: int, *,
                   cut: bool = True, forms: Sequence[re.Pattern] | None = None,
                   later: bool = False) -> tuple[str, int, re.Pattern | None]:
    """Cut 'MOSKOW - ' / 'Seoul (ANTARA) - ' off a paragraph (``cut``), as its own unit; a
    line that is all dateline ('KIRKWALL, Scotland —') is one too, and no text is left.
    ``forms``: the patterns tried (default every dateline's); ``later``: a paragraph past
    the first ones, whose dateline must come before a sentence's first word and says
    nothing of the page (its city and outlet are the first dateline's). Returns the text
    left, its offset and the pattern that matched (None: no dateline)."""
    # a line that is all dateline ends in its dash: only then is it tried with a space after
    padded = text + " " if text[-1:] in _DASHES else None
    gate = rules.dateline_gate
    if gate is not None and not gate.match(text) and not (padded and gate.match(padded)):
        return text, start, None
    for pattern in rules.datelines if forms is None else forms:
        m = pattern.match(text)
        whole = m is None and padded is not None and pattern.match(padded)
        if whole and whole.end() > len(text):
            m = whole  # the line holds the dateline alone
        elif m is None or not cut or m.end() >= len(text) or (
                later and not _OPENS.match(text, m.end())):
            continue  # a later paragraph's dateline comes before a sentence's first word
        head = text[: m.end()].rstrip()
        result.units.append(Unit(start, start + len(head), head, DATELINE))
        city = m.groupdict().get("city")
        if not later and city and not result.dateline:
            result.dateline = city.strip()
        named = m.groupdict().get("outlet")
        if not later and named and not result.outlet and not _region(rules, named):
            result.outlet = rules.outlet_for(named) or named.strip()
        if m.end() > len(text):
            return "", start + len(text), pattern
        return text[m.end():], start + m.end(), pattern
    return text, start, None


def _glued_lead(rules: Rules, piece: str) -> tuple[str, int] | None:
    """The split rule whose chrome opens a sentence of a paragraph, and where it ends: a
    photo credit the segmenter left at the head of the sentence after it."""
    if not piece.startswith("("):  # a bracketed credit; the other split rule ('Foto: .../AFP'
        return None                # before a dateline) holds only at a line's start
    for rule in rules.split_rules:
        m = rule.pattern.match(piece)
        if m:
            return rule.name, m.end("chrome")
    return None


def _initials(name: str) -> str:
    """'Associated Press' -> 'AP', the way a dateline writes the wire of a masthead."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _region(rules: Rules, named: str) -> bool:
    """Whether a dateline's second name says where the city is, not who filed the story
    ('KIRKWALL, Scotland —', 'LEXINGTON, Ky. —'): a listed region the outlets do not know."""
    return (named.strip().rstrip(".").casefold() in rules.regions
            and rules.outlet_for(named) is None)
