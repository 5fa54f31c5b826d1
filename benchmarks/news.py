"""Synthetic news stories built from the patterns real wire copy uses, for measuring link
suggestions at scale (benchmarks/bench_suggest.py).

Not word salad: each story picks an accuser, an accused party, a third party and an
allegation, then writes what such stories say, in Indonesian or English (about 4 to 1):
accusations ("X menuduh Y ...", "X accused Y of ..."), denials ("Y membantah ...",
"Y denied ..."), quotes with a speaker and a speech verb ('"...," kata juru bicara ...'),
and context (meetings, visits, figures, history). Actors are drawn with Zipf-like weights
(a few countries are in the news every day), so the seeds' own story (North Korea, Russia,
weapons) reappears now and then among many other quarrels, as it would in a real archive.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

# (Indonesian name, English name, the spokesperson's office in Indonesian, in English)
ACTORS = [
    ("Amerika Serikat", "the United States", "Departemen Luar Negeri AS", "the State Department"),
    ("Rusia", "Russia", "Kremlin", "the Kremlin"),
    ("China", "China", "Kementerian Luar Negeri China", "China's foreign ministry"),
    ("Ukraina", "Ukraine", "Kementerian Pertahanan Ukraina", "Ukraine's defence ministry"),
    ("Korea Selatan", "South Korea", "Kepala Staf Gabungan Korea Selatan",
     "South Korea's Joint Chiefs of Staff"),
    ("Israel", "Israel", "militer Israel", "the Israeli military"),
    ("Iran", "Iran", "Kementerian Luar Negeri Iran", "Iran's foreign ministry"),
    ("Jepang", "Japan", "Kementerian Pertahanan Jepang", "Japan's defence ministry"),
    ("Korea Utara", "North Korea", "kantor berita KCNA", "the state news agency KCNA"),
    ("Uni Eropa", "the European Union", "Komisi Eropa", "the European Commission"),
    ("Filipina", "the Philippines", "Penjaga Pantai Filipina", "the Philippine Coast Guard"),
    ("Taiwan", "Taiwan", "Kementerian Pertahanan Taiwan", "Taiwan's defence ministry"),
    ("Turki", "Turkey", "kantor kepresidenan Turki", "the Turkish presidency"),
    ("India", "India", "Kementerian Luar Negeri India", "India's external affairs ministry"),
    ("Pakistan", "Pakistan", "militer Pakistan", "Pakistan's military"),
    ("Inggris", "Britain", "Kementerian Luar Negeri Inggris", "the British Foreign Office"),
    ("Prancis", "France", "Istana Elysee", "the Elysee Palace"),
    ("Jerman", "Germany", "pemerintah Jerman", "the German government"),
    ("Arab Saudi", "Saudi Arabia", "kantor berita SPA", "the SPA news agency"),
    ("Suriah", "Syria", "pemerintah Suriah", "the Syrian government"),
    ("Venezuela", "Venezuela", "pemerintah Venezuela", "the Venezuelan government"),
    ("Myanmar", "Myanmar", "junta militer Myanmar", "Myanmar's military government"),
    ("Vietnam", "Vietnam", "Kementerian Luar Negeri Vietnam", "Vietnam's foreign ministry"),
    ("Malaysia", "Malaysia", "Wisma Putra", "Wisma Putra"),
    ("Australia", "Australia", "pemerintah Australia", "the Australian government"),
    ("Belarus", "Belarus", "pemerintah Belarus", "the Belarusian government"),
    ("Polandia", "Poland", "Kementerian Luar Negeri Polandia", "Poland's foreign ministry"),
    ("Mesir", "Egypt", "kepresidenan Mesir", "the Egyptian presidency"),
    ("Ethiopia", "Ethiopia", "pemerintah Ethiopia", "the Ethiopian government"),
    ("Sudan", "Sudan", "tentara Sudan", "the Sudanese army"),
    ("Kolombia", "Colombia", "pemerintah Kolombia", "the Colombian government"),
    ("Meksiko", "Mexico", "pemerintah Meksiko", "the Mexican government"),
    ("Azerbaijan", "Azerbaijan", "pemerintah Azerbaijan", "the Azerbaijani government"),
    ("Armenia", "Armenia", "pemerintah Armenia", "the Armenian government"),
    ("Thailand", "Thailand", "militer Thailand", "the Thai army"),
    ("Kamboja", "Cambodia", "pemerintah Kamboja", "the Cambodian government"),
]
# (Indonesian allegation, the same in English), {c}: the third party
ALLEGATIONS = [
    ("mengirim senjata ke {c}", "sending weapons to {c}"),
    ("melanggar sanksi terhadap {c}", "breaking sanctions on {c}"),
    ("melancarkan serangan siber terhadap {c}", "launching cyberattacks on {c}"),
    ("menyebarkan disinformasi tentang {c}", "spreading disinformation about {c}"),
    ("mendanai kelompok bersenjata di {c}", "funding armed groups in {c}"),
    ("memata-matai pejabat {c}", "spying on officials of {c}"),
    ("menahan nelayan asal {c}", "detaining fishermen from {c}"),
    ("melanggar wilayah udara {c}", "violating the airspace of {c}"),
    ("mencampuri pemilu di {c}", "interfering in the election in {c}"),
    ("menyelundupkan minyak ke {c}", "smuggling oil to {c}"),
    ("mengirim tentara bayaran ke {c}", "sending mercenaries to {c}"),
    ("menyerang kapal dagang {c}", "attacking merchant ships of {c}"),
    ("mencuri teknologi dari {c}", "stealing technology from {c}"),
    ("menghasut kerusuhan di {c}", "stirring unrest in {c}"),
    ("menembaki pos perbatasan {c}", "shelling border posts of {c}"),
    ("memasok drone kepada {c}", "supplying drones to {c}"),
    ("melatih milisi di {c}", "training militias in {c}"),
    ("menutupi kebocoran nuklir di {c}", "covering up a nuclear leak in {c}"),
]
CITIES = ["Jakarta", "Jenewa", "Wina", "New York", "Brussel", "Doha", "Istanbul", "Beijing",
          "Moskow", "Seoul", "Tokyo", "Singapura", "Kairo", "Riyadh", "Bangkok", "Hanoi"]
VERBS_ID = ["kata", "ujar", "tutur", "ucap", "tegas", "jelas", "ungkap", "imbuh"]
VERBS_EN = ["said", "told reporters", "said in a statement", "added", "wrote"]
DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NAMES = ["Ahmad Fauzi", "Maria Santos", "Li Wei", "Olena Kovalenko", "Park Ji-hoon",
         "David Levy", "Reza Karimi", "Yuki Tanaka", "Anna Schmidt", "Carlos Ruiz", "Nguyen Van An",
         "Siti Rahma", "John Miller", "Ivan Petrov", "Fatima Hassan", "Rajesh Kumar",
         "Emma Dubois", "Tomasz Nowak", "Kofi Mensah", "Aylin Demir"]
OUTLETS = ["ANTARA", "KOMPAS", "Tempo", "Reuters", "AFP", "AP", "CNA", "detik", "Kontan"]

ACCUSE_ID = [
    "{a} menuduh {b} {x}.",
    "Pemerintah {a} menuding {b} telah {x}.",
    "Pejabat {a} mengatakan {b} {x} dalam beberapa bulan terakhir.",
    '"Kami punya bukti bahwa {b} {x}," {v} {n}, juru bicara {oa}.',
    "{oa} menyatakan {b} bertanggung jawab karena {x}.",
    "Laporan intelijen {a} menyebut {b} diduga {x}.",
]
DENY_ID = [
    "{b} membantah tuduhan bahwa pihaknya {x}.",
    "{ob} menolak tuduhan {a} dan menyebutnya tidak berdasar.",
    '"Tuduhan itu sama sekali tidak benar," {v} juru bicara {ob}.',
    '"{a} sedang menyebarkan kebohongan untuk menutupi kegagalannya sendiri," {v} {n}.',
    "{b} menegaskan tidak pernah {x}.",
    "Namun {ob} mengatakan laporan tersebut merupakan fitnah yang bermotif politik.",
]
CONTEXT_ID = [
    "Para menteri luar negeri {a} dan {b} bertemu di {city} pada {day}.",
    "Hubungan antara {a} dan {b} memburuk sejak tahun {year}.",
    "{a} telah menjatuhkan sanksi terhadap {k} perusahaan asal {b}.",
    "Perdagangan kedua negara mencapai {k} miliar dolar AS tahun lalu.",
    "Dewan Keamanan PBB dijadwalkan membahas masalah itu pada {day} pekan depan.",
    "{n} tiba di {city} pada {day} untuk kunjungan selama {d} hari.",
    "Para analis menilai ketegangan di kawasan itu kemungkinan masih akan berlanjut.",
    "Harga minyak mentah naik {d} persen setelah kabar tersebut tersiar.",
    "Sekitar {k} orang menghadiri unjuk rasa di depan kedutaan {b} di {city}.",
    "{c} belum memberikan tanggapan atas laporan tersebut.",
    "Pertemuan itu juga membahas kerja sama ekonomi dan perubahan iklim.",
    "Menurut data resmi, {k} orang telah mengungsi sejak awal tahun.",
]
ACCUSE_EN = [
    "{a} accused {b} of {x}.",
    "Officials in {a} said {b} had been {x} for months.",
    '"We have evidence that {b} is {x}," {n}, a spokesperson for {oa}, {v}.',
    "{oa} blamed {b} for {x}.",
]
DENY_EN = [
    "{b} denied the allegations, calling them baseless.",
    '"These accusations are completely false," a spokesperson for {ob} {v}.',
    "{ob} rejected claims that it was {x}.",
    "{b} said it had never been {x}.",
]
CONTEXT_EN = [
    "The foreign ministers of {a} and {b} met in {city} on {day}.",
    "Relations between {a} and {b} have worsened since {year}.",
    "Trade between the two countries reached {k} billion dollars last year.",
    "The UN Security Council is expected to discuss the matter on {day}.",
    "Analysts said tensions in the region were likely to persist.",
    "Oil prices rose {d} percent after the news broke.",
    "{c} did not immediately respond to a request for comment.",
    "About {k} people have been displaced since the start of the year.",
]


def _zipf_weights(n: int) -> list[float]:
    return [1.0 / (rank + 1) ** 0.9 for rank in range(n)]


def news_documents(sentences: int, *, seed: int = 11) -> Iterator[dict]:
    """JSON-ready stories ({"id", "title", "outlet", "published", "language", "text"})
    holding about ``sentences`` article sentences in all."""
    for doc, _story_of, _kinds in _stories(sentences, seed):
        yield doc


def same_allegation(sentences: int, accused: str, allegation: str, third: str, *,
                    seed: int = 11) -> dict[str, str]:
    """The sentences the generator wrote as an accusation or a denial of one allegation
    (accused party, allegation and third party by their Indonesian names, as in ACTORS and
    ALLEGATIONS), in either language: {text: "accuse" | "deny"}. They are right answers to
    an accusation of the same thing, which the seeds alone cannot hold; the benchmark sets
    them aside when it asks whether anything else pushed the seed denials down."""
    out = {}
    for _doc, (_a, b, c, x), kinds in _stories(sentences, seed):
        if b[0] == accused and x[0] == allegation and c[0] == third:
            out.update((text, kind) for kind, text in kinds if kind in ("accuse", "deny"))
    return out


def _stories(sentences: int, seed: int) -> Iterator[tuple[dict, tuple, list[tuple[str, str]]]]:
    rng = random.Random(seed)
    weights = _zipf_weights(len(ACTORS))
    made = number = 0
    while made < sentences:
        a, b, c = _three(rng, weights)
        english = rng.random() < 0.2
        allegation = rng.choice(ALLEGATIONS)
        n = min(sentences - made, max(4, int(rng.gauss(22, 6))))
        kinds = _story(rng, english, a, b, c, allegation, n)
        body = [text for _, text in kinds]
        city = rng.choice(CITIES)
        title = (f"{a[1]} accuses {b[1]} of {allegation[1].format(c=c[1])}" if english else
                 f"{a[0]} tuduh {b[0]} {allegation[0].format(c=c[0])}")
        title = title[0].upper() + title[1:]
        paragraphs = [title, f"{city.upper()} - {body[0]}"]  # a dateline, as wires write
        i = 1
        while i < len(body):
            k = rng.randint(1, 3)
            paragraphs.append(" ".join(body[i:i + k]))
            i += k
        paragraphs.append(("Reporting by " if english else "Penulis: ") + rng.choice(NAMES))
        yield ({"id": f"news-{seed}-{number}", "title": title, "outlet": rng.choice(OUTLETS),
                "published": f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-"
                             f"{rng.randint(1, 28):02d}",
                "language": "en" if english else "id",
                "text": "\n\n".join(paragraphs) + "\n"},
               (a, b, c, allegation), kinds)
        made += len(body)
        number += 1


def _three(rng: random.Random, weights: list[float]) -> tuple[tuple, tuple, tuple]:
    picked: list[tuple] = []
    while len(picked) < 3:
        actor = rng.choices(ACTORS, weights=weights)[0]
        if actor not in picked:
            picked.append(actor)
    return picked[0], picked[1], picked[2]


def _story(rng: random.Random, english: bool, a: tuple, b: tuple, c: tuple,
           allegation: tuple[str, str], n: int) -> list[tuple[str, str]]:
    lang = 1 if english else 0
    accuse, deny, context = ((ACCUSE_EN, DENY_EN, CONTEXT_EN) if english
                             else (ACCUSE_ID, DENY_ID, CONTEXT_ID))
    fields = {
        "a": a[lang], "b": b[lang], "c": c[lang], "oa": a[2 + lang], "ob": b[2 + lang],
        "x": allegation[lang].format(c=c[lang]), "n": rng.choice(NAMES),
        "v": rng.choice(VERBS_EN if english else VERBS_ID), "city": rng.choice(CITIES),
        "day": rng.choice(DAYS_EN if english else DAYS_ID), "year": rng.randint(2010, 2023),
        "k": rng.randint(2, 900), "d": rng.randint(2, 14),
    }
    rest = ["deny"] * rng.randint(1, 2) + ["accuse"] * rng.randint(0, 2)
    rest += ["context"] * max(0, n - 1 - len(rest))
    rng.shuffle(rest)
    kinds = ["accuse", *rest]  # the lead states the accusation
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for kind in kinds:
        pool = {"accuse": accuse, "deny": deny, "context": context}[kind]
        for _ in range(4):
            fields["n"] = rng.choice(NAMES)
            fields["k"], fields["d"] = rng.randint(2, 900), rng.randint(2, 14)
            text = rng.choice(pool).format(**fields)
            text = text[0].upper() + text[1:]
            if text not in seen:
                seen.add(text)
                out.append((kind, text))
                break
    return out
