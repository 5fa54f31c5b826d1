"""Synthetic news stories built from the patterns real wire copy uses, for measuring link
suggestions at scale (benchmarks/bench_suggest.py).

Not word salad: each story picks an accuser, an accused party, a third party and an
allegation, then writes what such stories say, in Indonesian or English (about 4 to 1):
accusations ("X menuduh Y ...", "X accused Y of ..."), denials ("Y membantah ...",
"Y denied ...", a spokesperson's quote, a denial restating the act), quotes with a speaker
and a speech verb ('"...," kata juru bicara ...'), and context (meetings, visits, figures,
reactions, history). Actors are drawn with Zipf-like weights (a few countries are in the
news every day), so the seeds' own story (North Korea, Russia, weapons) reappears now and
then among many other quarrels, as it would in a real archive.

What makes it a fair test rather than an easy or a rigged one:
- the lead states the accusation, as wire copy does, and the denials come later, often
  saying nothing of the act ("Tuduhan itu sama sekali tidak benar," ujar ...);
- who speaks for a country depends on the allegation (its defence ministry for arms and
  border fire, its coast guard for the sea, its usual voice otherwise), not one office
  for everything, so "Penjaga Pantai China" denies maritime quarrels only;
- an article says each background thing once (no sentence template twice in a story) and
  runs 4 to about 26 sentences;
- the same pair of countries quarrels over many acts, and the same act is alleged against
  many countries, so neither the names nor the act's words alone pick out the answer.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

VERSION = 2  # of the stories: a corpus built by another version is built again
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
    ("Filipina", "the Philippines", "Kementerian Luar Negeri Filipina",
     "the Philippine foreign ministry"),
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
# Who speaks for a country depends on what it is accused of: its defence ministry answers
# for arms and border fire, its coast guard (where it has one in the news) for the sea, its
# usual voice (above) for the rest. Not one office for everything: a coast guard does not
# deny election meddling.
DEFENCE = ("Kementerian Pertahanan {0}", "the defence ministry of {1}")
COAST_GUARDS = {"China", "Filipina", "Jepang", "Vietnam", "Malaysia", "Korea Selatan", "Taiwan",
                "Amerika Serikat"}
COAST_GUARD = ("Penjaga Pantai {0}", "the coast guard of {1}")
MILITARY = {"mengirim senjata ke {c}", "mendanai kelompok bersenjata di {c}",
            "melanggar wilayah udara {c}", "mengirim tentara bayaran ke {c}",
            "menembaki pos perbatasan {c}", "memasok drone kepada {c}", "melatih milisi di {c}"}
MARITIME = {"menahan nelayan asal {c}", "menyelundupkan minyak ke {c}",
            "menyerang kapal dagang {c}"}
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
    "Menteri luar negeri {a} menuding {b} {x} dan mendesak PBB turun tangan.",
    "{a} mengecam {b} yang dituduh {x} sejak awal tahun.",
]
DENY_ID = [
    "{b} membantah tuduhan bahwa pihaknya {x}.",
    "Juru bicara {ob}, {n}, membantah bahwa negaranya {x}.",
    "{ob} menyebut tuduhan {a} itu tidak berdasar dan bermuatan politik.",
    '"Kami tidak pernah {x}," {v} {n} dari {ob}, seraya menyebut tuduhan itu fitnah.',
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
    "Duta besar {b} di {city} dipanggil untuk dimintai penjelasan.",
    "Sejumlah negara Barat menyatakan keprihatinan atas perkembangan tersebut.",
    "{c} menyatakan akan menunggu hasil penyelidikan sebelum mengambil sikap.",
    "Kedua negara menandatangani perjanjian perdagangan bebas pada {year}.",
    "Sekretaris Jenderal PBB menyerukan kedua pihak menahan diri.",
    "Nilai tukar mata uang {b} melemah {d} persen pada perdagangan {day}.",
    "Ini bukan pertama kalinya {a} dan {b} saling melontarkan tuduhan.",
    "Kantor berita {outlet} tidak dapat memverifikasi laporan itu secara independen.",
    "Parlemen {a} dijadwalkan menggelar rapat dengar pendapat pekan depan.",
    "Para pengamat menilai langkah itu dapat memicu sanksi baru.",
    "{n} menjabat sebagai juru bicara sejak {year}.",
    "Laporan tersebut pertama kali dimuat oleh sebuah surat kabar di {city}.",
]
ACCUSE_EN = [
    "{a} accused {b} of {x}.",
    "Officials in {a} said {b} had been {x} for months.",
    '"We have evidence that {b} is {x}," {n}, a spokesperson for {oa}, {v}.',
    "{oa} blamed {b} for {x}.",
]
DENY_EN = [
    "{b} denied the allegations, calling them baseless.",
    "{ob} dismissed the accusations by {a} as politically motivated.",
    '"We have never been {x}," {n} of {ob} {v}.',
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
    "{b}'s ambassador in {city} was summoned to explain.",
    "The UN Secretary-General urged both sides to show restraint.",
    "It is not the first time {a} and {b} have traded accusations.",
    "{outlet} could not independently verify the report.",
    "Lawmakers in {a} are due to hold a hearing next week.",
    "The report was first published by a newspaper in {city}.",
    "{b}'s currency fell {d} percent in {day} trading.",
    "Analysts said the move could trigger new sanctions.",
]


def _office(actor: tuple, allegation: tuple[str, str], lang: int) -> str:
    """Who speaks for an actor about this allegation (see DEFENCE, COAST_GUARD)."""
    if allegation[0] in MILITARY:
        return DEFENCE[lang].format(*actor[:2])
    if allegation[0] in MARITIME and actor[0] in COAST_GUARDS:
        return COAST_GUARD[lang].format(*actor[:2])
    return actor[2 + lang]


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
        n = min(sentences - made, max(4, int(rng.gauss(16, 5))))
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
        "a": a[lang], "b": b[lang], "c": c[lang], "oa": _office(a, allegation, lang),
        "ob": _office(b, allegation, lang), "outlet": rng.choice(OUTLETS),
        "x": allegation[lang].format(c=c[lang]), "n": rng.choice(NAMES),
        "v": rng.choice(VERBS_EN if english else VERBS_ID), "city": rng.choice(CITIES),
        "day": rng.choice(DAYS_EN if english else DAYS_ID), "year": rng.randint(2010, 2023),
        "k": rng.randint(2, 900), "d": rng.randint(2, 14),
    }
    rest = ["deny"] * rng.randint(1, 2) + ["accuse"] * rng.randint(0, 2)
    rest += ["context"] * min(len(context), max(0, n - 1 - len(rest)))
    rng.shuffle(rest)
    backgrounds = rng.sample(context, k=len(context))  # an article says each thing once
    kinds = ["accuse", *rest]  # the lead states the accusation
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for kind in kinds:
        for _ in range(4):
            fields["n"] = rng.choice(NAMES)
            fields["k"], fields["d"] = rng.randint(2, 900), rng.randint(2, 14)
            if kind == "context" and not backgrounds:
                break
            template = backgrounds.pop() if kind == "context" else rng.choice(
                accuse if kind == "accuse" else deny)
            text = template.format(**fields)
            text = text[0].upper() + text[1:]
            if text not in seen:
                seen.add(text)
                out.append((kind, text))
                break
    return out
