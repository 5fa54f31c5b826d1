"""A titled person's name of more than two words, in Indonesian (issue 11, speakers,
seventeenth round): name_words.person_in keeps a titled name's last two words ("Menteri Luar
Negeri Vietnam Nguyen Thanh Hai" read "Thanh Hai"); here, where the whole name starts. Below
name_words in the layers: it reads only the lexicon."""

from __future__ import annotations

from annotator.domain.proposals.lexicon import Lexicon

PERSON_WORDS = 4  # words of a person's name kept whole after a title


def person_start(text, tokens, words, span: tuple[int, int], inner: list[int], lex: Lexicon,
                 plain) -> int | None:
    """Where a titled person's name starts when it has more than two words, in Indonesian
    (name_words.person_in otherwise keeps the last two): the words after the country or
    region the title names ("Menteri Luar Negeri Vietnam Nguyen Thanh Hai"), or the whole
    run set between commas after a role ("Juru bicara pemilik lahan, Afrizal Datuak Rajo
    Bungsu,"), of up to four plain name words with no title among them; else None."""
    if lex.language != "id" or not inner:
        return None
    start, end = span
    places = [i for i in inner if words[i] in lex.places]
    if places:
        first = places[-1] + 1
    elif "," in text[tokens[start - 1].end():tokens[start].start()] if start else False:
        first = start
        if end >= len(tokens) or "," not in text[tokens[end - 1].end():tokens[end].start()]:
            return None
    else:
        return None
    if not 3 <= end - first <= PERSON_WORDS or any(
            words[k] in lex.titles or words[k] in lex.places or not plain(tokens, words, k, lex)
            or tokens[k].group().isupper() and len(words[k]) > 1  # "TNI": a corps, no name
            for k in range(first, end)):
        return None
    return first
