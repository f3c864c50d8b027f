"""A valid synthetic maroc_ai dataset of any size, for benchmarks.

Records come in blocks of 25 that look like what one article yields: a source, a
place, organizations, officials with posts, programs, facilities, partnerships with
parties, participants, a date and a place, an event, targets, a statistic and a
decision (which, in one block of three, keeps a former id). Every block has its
own source with a text of a few kilobytes built from the sentences its records quote
(and a few sentences quoted by the next block's records, so some records cite two
sources), so checking quotes verbatim costs what it costs on real data. Ids, names and
quotes are unique to their block; kinds, roles, units, field names, countries and
source ids repeat, as they do in real data.

The dataset is fully valid: ``maroc_ai.load(write_dataset(directory, n))`` loads it
without a problem. Generation is deterministic for a given ``n`` and ``seed``.

Use it as a module::

    from synthetic import write_dataset       # benchmarks/ on sys.path
    root = write_dataset("/tmp/data", 100_000)

or as a script: ``python benchmarks/synthetic.py 100000 /tmp/data``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from maroc_ai.model import COLLECTIONS

__all__ = ["BLOCK", "COLLECTION_ORDER", "cached_dataset", "generate", "records", "write_dataset"]

BLOCK = 25
"""Records per block (one source and the 24 records drawn from it)."""

COLLECTION_ORDER = tuple(COLLECTIONS)
"""The collections in the order a dataset directory lists them."""

Record = dict[str, Any]

# The vocabulary. Arabic words with the English words ids are made of.

_ORG_KINDS = (
    ("ministry", "وزارة", ("digital", "industry", "education", "economy", "research")),
    ("agency", "الوكالة الوطنية", ("investment", "innovation", "data", "skills", "export")),
    ("company", "شركة", ("atlas", "sahara", "nexus", "cedar", "orbit", "delta")),
    ("fund", "صندوق", ("growth", "future", "capital", "impact")),
    ("university", "جامعة", ("rabat", "fes", "agadir", "oujda", "tetouan")),
    ("school", "المدرسة العليا", ("engineering", "computing", "management")),
    ("commission", "اللجنة الوطنية", ("ethics", "data-protection", "planning")),
)
_ORG_WORDS = (
    "للتحول الرقمي",
    "للصناعة والتجارة",
    "للذكاء الاصطناعي",
    "للبحث العلمي والابتكار",
    "للتكنولوجيا المتقدمة",
    "للاستثمار والتنمية",
    "للحوسبة السحابية",
    "للطاقات المتجددة",
)
_CITIES = (
    ("rabat", "الرباط"),
    ("casablanca", "الدار البيضاء"),
    ("dakhla", "الداخلة"),
    ("fes", "فاس"),
    ("marrakesh", "مراكش"),
    ("tangier", "طنجة"),
    ("agadir", "أكادير"),
    ("oujda", "وجدة"),
    ("benguerir", "بنجرير"),
    ("laayoune", "العيون"),
)
_FIRST = (
    ("ahmed", "أحمد"),
    ("amal", "أمل"),
    ("youssef", "يوسف"),
    ("fatima", "فاطمة"),
    ("karim", "كريم"),
    ("nadia", "نادية"),
    ("omar", "عمر"),
    ("salma", "سلمى"),
    ("hassan", "حسن"),
    ("leila", "ليلى"),
)
_LAST = (
    ("bennani", "بناني"),
    ("el-alami", "العلمي"),
    ("tazi", "التازي"),
    ("berrada", "برادة"),
    ("chraibi", "الشرايبي"),
    ("el-fassi", "الفاسي"),
    ("idrissi", "الإدريسي"),
    ("ziani", "الزياني"),
)
_TITLES = (
    "الوزير المكلف بالاستثمار",
    "المدير العام",
    "رئيس مجلس الإدارة",
    "الكاتب العام",
    "المدير التنفيذي",
    "رئيسة الجامعة",
)
_PURPOSES = (
    "تطوير حلول الذكاء الاصطناعي",
    "تكوين الكفاءات الرقمية",
    "دعم المقاولات الناشئة",
    "تعزيز البحث العلمي",
    "نقل الخبرات والتكنولوجيا",
    "إحداث مناصب شغل جديدة",
)
_AGREEMENTS = (
    ("memorandum_of_understanding", "مذكرة تفاهم"),
    ("protocol_agreement", "بروتوكول اتفاق"),
    ("partnership_agreement", "اتفاقية شراكة"),
)
_FACILITIES = (
    ("data_centre", "مركز بيانات"),
    ("centre_of_excellence", "مركز التميز"),
    ("hub", "منصة رقمية"),
    ("laboratory", "مختبر مشترك"),
)
_PROGRAMS = (("strategy", "استراتيجية"), ("initiative", "مبادرة"), ("roadmap", "خارطة طريق"))
_EVENTS = (("conference", "المؤتمر الوطني"), ("launch", "حفل إطلاق"), ("ceremony", "حفل توقيع"))
_MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
)
_AUTHORS = ("ريم بنكرة", "هشام الأزرق", "سعاد المنصوري", "محمد الحسني")
_PUBLISHERS = ("Example Daily", "جريدة المثال")
"""Outlets made up for the synthetic sources."""
_FILLER = (
    "وأكد المتحدثون أهمية هذه الخطوة في مسار التحول الرقمي للمملكة.",
    "ويأتي ذلك في سياق دينامية متسارعة يعرفها القطاع على الصعيد القاري.",
    "وأشار المصدر ذاته إلى أن تفاصيل أخرى سيعلن عنها لاحقا.",
    "وتراهن المملكة على الرأسمال البشري لتحقيق هذه الأهداف.",
)


def _cite(source: str, quote: str, *fields: str) -> Record:
    return {"source": source, "quote": quote, "fields": list(fields)}


def _names(ar: str, en: str | None = None, fr: str | None = None) -> Record:
    return {"ar": ar, "en": en, "fr": fr, "aliases": []}


def _date(rng: random.Random) -> tuple[str, str]:
    """A day in 2024-2026 as ISO text and as an Arabic article writes it."""
    year, month, day = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    return f"{year:04}-{month:02}-{day:02}", f"{day} {_MONTHS[month - 1]} {year}"


class _Block:
    """The records of one block and the sentences each source's text needs."""

    def __init__(self, rng: random.Random, number: int, previous: _Block | None) -> None:
        self.rng = rng
        self.n = number
        self.previous = previous
        self.source = f"article-{number}"
        self.file = f"{number:07}.txt"
        self.sentences: list[str] = []
        """The sentences of this block's source, in order."""
        self.late: list[str] = []
        """Sentences the next block's records quote from this block's source."""
        city_id, city_ar = _CITIES[number % len(_CITIES)]
        self.place = f"{city_id}-district-{number}"
        self.place_ar = f"حي النهضة {number} بمدينة {city_ar}"
        self.orgs: list[tuple[str, str]] = []
        self.officials: list[tuple[str, str, str, str]] = []
        self.programs: list[tuple[str, str]] = []
        self.facilities: list[tuple[str, str]] = []
        self.partnerships: list[tuple[str, str]] = []
        self.event = f"event-{number}"

    def say(self, sentence: str) -> str:
        self.sentences.append(sentence)
        return sentence

    def records(self) -> Iterator[tuple[str, Record]]:
        """The block's 25 records in an order where each refers only to earlier ones."""
        yield "sources", self._source()
        yield "places", self._place()
        for j in range(5):
            yield "organizations", self._organization(j)
        for j in range(4):
            yield "officials", self._official(j)
        for j in range(2):
            yield "programs", self._program(j)
        for j in range(3):
            yield "facilities", self._facility(j)
        for j in range(4):
            yield "partnerships", self._partnership(j)
        yield "events", self._event()
        for j in range(2):
            yield "targets", self._target(j)
        yield "statistics", self._statistic()
        yield "decisions", self._decision()

    def text(self) -> str:
        rng = self.rng
        body = []
        for sentence in self.sentences[2:] + self.late:
            body.append(sentence)
            if rng.random() < 0.3:
                body.append(rng.choice(_FILLER))
        return "\n".join(self.sentences[:2]) + "\n\n" + " ".join(body) + "\n"

    def _source(self) -> Record:
        rng = self.rng
        author = rng.choice(_AUTHORS)
        _, city_ar = _CITIES[self.n % len(_CITIES)]
        iso, arabic = _date(rng)
        title = self.say(f"الذكاء الاصطناعي في المغرب: اتفاقيات ومشاريع جديدة (العدد {self.n})")
        byline = self.say(f"{city_ar}: {author} - {arabic}")
        return {
            "id": self.source,
            "file": self.file,
            "language": "ar",
            "title": title,
            "author": author,
            "dateline": city_ar,
            "published": iso,
            "publisher": _PUBLISHERS[self.n % len(_PUBLISHERS)],
            "url": f"https://news.example.org/ai/{self.n}",
            "retrieved": iso,
            "sha256": None,  # the text's, once the block's text is written
            "citations": [
                _cite(self.source, title, "title"),
                _cite(self.source, byline, "author", "dateline", "published"),
            ],
        }

    def _place(self) -> Record:
        quote = self.say(f"وتقع المشاريع الجديدة في {self.place_ar} حسب المصدر ذاته.")
        city_id, _ = _CITIES[self.n % len(_CITIES)]
        return {
            "id": self.place,
            "name": _names(self.place_ar, f"Nahda {self.n}, {city_id.title()}"),
            "label": None,
            "kind": "region" if self.n % 7 == 0 else "city",
            "coordinates": None
            if self.n % 7 == 0
            else {
                "latitude": round(27.0 + (self.n % 900) / 100, 4),
                "longitude": round(-13.0 + (self.n % 1100) / 100, 4),
                "geonames": None,
            },
            "citations": [_cite(self.source, quote)],
        }

    def _organization(self, j: int) -> Record:
        rng = self.rng
        kind, prefix, words = _ORG_KINDS[(self.n + j) % len(_ORG_KINDS)]
        word = rng.choice(words)
        org_id = f"{word}-{kind}-{self.n}-{j}"
        name = f"{prefix} {rng.choice(_ORG_WORDS)} {self.n}-{j}"
        country = "MA" if kind != "company" or j % 2 else rng.choice(("FR", "US", "AE", "DE"))
        parent = self.orgs[0][0] if j and kind == "agency" and self.orgs else None
        fields = ["country", "place"] + (["parent"] if parent else [])
        quote = self.say(
            f"وتعمل {name} انطلاقا من {self.place_ar} على مشاريع في مجال الذكاء الاصطناعي."
        )
        citations = [_cite(self.source, quote, *fields)]
        presence: list[str] = []
        if kind == "company":
            presence = ["MA", "FR"] if country != "FR" else ["FR", "MA", "ES"]
            quote = self.say(f"وتنشط {name} في عدة بلدان بينها المغرب وفرنسا.")
            citations.append(_cite(self.source, quote, "presence"))
        self.orgs.append((org_id, name))
        return {
            "id": org_id,
            "name": _names(name, f"{word.title()} {kind} {self.n}-{j}"),
            "label": None,
            "kind": kind,
            "country": country,
            "presence": presence,
            "description": [],
            "parent": parent,
            "place": self.place,
            "citations": citations,
        }

    def _official(self, j: int) -> Record:
        rng = self.rng
        (first_id, first_ar), (last_id, last_ar) = rng.choice(_FIRST), rng.choice(_LAST)
        official_id = f"{first_id}-{last_id}-{self.n}-{j}"
        name = f"{first_ar} {last_ar}"
        org_id, org_ar = self.orgs[j]
        title = f"{rng.choice(_TITLES)} ب{org_ar}"
        quote = self.say(f"وقال {title}، {name}، إن المشروع يشكل خطوة مهمة.")
        posts = [
            {
                "title": title,
                "organization": org_id,
                "title_en": "Director" if j % 2 else None,
                "citations": [_cite(self.source, quote)],
            }
        ]
        if j == 0 and rng.random() < 0.5:
            second = f"{rng.choice(_TITLES)} السابق"
            quote2 = self.say(f"وسبق ل{name} أن شغل منصب {second}.")
            posts.append(
                {
                    "title": second,
                    "organization": None,
                    "title_en": None,
                    "citations": [_cite(self.source, quote2)],
                }
            )
        self.officials.append((official_id, name, title, org_id))
        return {
            "id": official_id,
            "name": _names(name, f"{first_id.title()} {last_id.replace('-', ' ').title()}"),
            "label": None,
            "posts": posts,
            "citations": [_cite(self.source, quote)],
        }

    def _program(self, j: int) -> Record:
        rng = self.rng
        kind, word = _PROGRAMS[(self.n + j) % len(_PROGRAMS)]
        program_id = f"digital-{kind}-{self.n}-{j}"
        name = f"{word} المغرب الرقمي {self.n}-{j}"
        org_id, org_ar = self.orgs[j]
        part_of = [self.programs[0][0]] if j else []
        fields = ["organizations"] + (["part_of"] if part_of else [])
        named_after: list[str] = []
        quote = self.say(f"وأطلقت {org_ar} {name} التي تهدف إلى {rng.choice(_PURPOSES)}.")
        citations = [_cite(self.source, quote, *fields)]
        if j == 1:
            named_after = ["العالم الجزري"]
            quote2 = self.say(f"وتحمل {name} اسم العالم الجزري.")
            citations.append(_cite(self.source, quote2, "named_after"))
        self.programs.append((program_id, name))
        return {
            "id": program_id,
            "name": _names(name, f"Digital {kind} {self.n}-{j}"),
            "label": None,
            "kind": kind,
            "part_of": part_of,
            "organizations": [org_id],
            "named_after": named_after,
            "purpose": [],
            "citations": citations,
        }

    def _facility(self, j: int) -> Record:
        rng = self.rng
        kind, word = _FACILITIES[(self.n + j) % len(_FACILITIES)]
        facility_id = f"{kind.replace('_', '-')}-{self.n}-{j}"
        name = f"{word} {self.n}-{j}"
        power = rng.choice((50, 100, 200, 500))
        org_id, org_ar = self.orgs[j + 2]
        program_id, _ = self.programs[j % 2]
        purpose = rng.choice(_PURPOSES)
        self.facilities.append((facility_id, name))
        quote = self.say(
            f"كما تشمل الخطة إنشاء {name} في {self.place_ar} بطاقة تصل إلى {power} ميغاواط "
            f"تشرف عليه {org_ar}، بهدف {purpose}."
        )
        return {
            "id": facility_id,
            "name": _names(name),
            "label": f"{kind.replace('_', ' ')} {self.n}-{j}",
            "kind": kind,
            "status": "planned",
            "place": self.place,
            "capacity": {"value": power, "unit": "MW", "qualifier": "up_to"},
            "energy": "renewable" if j == 0 else None,
            "organizations": [org_id],
            "programs": [program_id],
            "purpose": [purpose],
            "citations": [
                _cite(
                    self.source,
                    quote,
                    *(
                        ["status", "place", "capacity", "organizations", "programs", "purpose"]
                        + (["energy"] if j == 0 else [])
                    ),
                )
            ],
        }

    def _partnership(self, j: int) -> Record:
        rng = self.rng
        kind, word = _AGREEMENTS[(self.n + j) % len(_AGREEMENTS)]
        partnership_id = f"{kind.replace('_', '-')}-{self.n}-{j}"
        name = f"{word} {self.n}-{j}"
        (a, a_ar), (b, b_ar) = self.orgs[j], self.orgs[(j + 1) % 5]
        iso, arabic = _date(rng)
        purpose = rng.choice(_PURPOSES)
        signed = self.say(
            f"تم التوقيع على {name} بين {a_ar} و{b_ar} يوم {arabic} في {self.place_ar}."
        )
        aim = self.say(f"وتهدف {name} إلى {purpose} وإلى تعزيز التعاون بين الطرفين.")
        official_id, official_ar, title, org_id = self.officials[j]
        signatory = self.say(f"ووقع {name} عن الجانب المغربي {title} {official_ar}.")
        citations = [
            _cite(self.source, signed, "parties", "date", "place"),
            _cite(self.source, aim, "purpose"),
        ]
        others: list[str] = []
        if j == 0:
            others = ["ممثلين عن القطاع الخاص"]
            quote = self.say(f"وحضر توقيع {name} ممثلين عن القطاع الخاص.")
            citations.append(_cite(self.source, quote, "others"))
        event = None
        if self.previous is not None and j == 1:
            # Told by the previous article too: a second source for the same record.
            event = self.previous.event
            earlier = f"وسيتم على هامش المؤتمر التوقيع على {name} بين {a_ar} و{b_ar}."
            self.previous.late.append(earlier)
            citations.append(_cite(self.previous.source, earlier, "event"))
        creates = [self.facilities[j % 3][0]] if j < 3 else []
        if creates:
            quote = self.say(f"وتنص {name} على إحداث {self.facilities[j % 3][1]}.")
            citations.append(_cite(self.source, quote, "creates"))
        self.partnerships.append((partnership_id, name))
        return {
            "id": partnership_id,
            "name": _names(name),
            "label": f"{kind.replace('_', ' ')} {self.n}-{j}",
            "kind": kind,
            "parties": [a, b],
            "participants": [
                {
                    "official": official_id,
                    "role": "signatory",
                    "capacity": title,
                    "organization": org_id,
                    "citations": [_cite(self.source, signatory)],
                }
            ],
            "others": others,
            "date": iso,
            "place": self.place,
            "venue": None,
            "purpose": [purpose],
            "axes": [],
            "creates": creates,
            "implemented_by": [],
            "programs": [],
            "implements": [],
            "event": event,
            "citations": citations,
        }

    def _event(self) -> Record:
        rng = self.rng
        kind, word = _EVENTS[self.n % len(_EVENTS)]
        name = f"{word} للذكاء الاصطناعي {self.n}"
        iso, arabic = _date(rng)
        org_id, org_ar = self.orgs[0]
        official_id, official_ar, title, official_org = self.officials[1]
        quote = self.say(
            f"ونظمت {org_ar} {name} يوم {arabic} في {self.place_ar} بحضور خبراء دوليين."
        )
        speech = self.say(f"وأكد {title}، {official_ar}، في كلمة بالمناسبة أهمية الرقمنة.")
        return {
            "id": self.event,
            "name": _names(name),
            "label": f"AI {kind} {self.n}",
            "kind": kind,
            "start": iso,
            "end": None,
            "place": self.place,
            "organizers": [org_id],
            "participants": [
                {
                    "official": official_id,
                    "role": "speaker",
                    "capacity": title,
                    "organization": official_org,
                    "citations": [_cite(self.source, speech)],
                }
            ],
            "others": ["خبراء دوليين"],
            "programs": [],
            "follows": [],
            "topics": [],
            "outcomes": [],
            "citations": [_cite(self.source, quote, "start", "place", "organizers", "others")],
        }

    def _target(self, j: int) -> Record:
        rng = self.rng
        scope, scope_ar = (self.programs[0], self.facilities[0], self.partnerships[0])[j]
        target_id = f"target-{self.n}-{j}"
        year = rng.choice((2027, 2028, 2030, 2035))
        thousands = rng.randint(1, 90)
        metric, unit, words = (
            ("jobs created", "job", "فرصة عمل"),
            ("engineers trained", "engineer", "مهندس"),
            ("investment", "MAD", "درهم"),
        )[j]
        value = thousands * (1000 if unit != "MAD" else 1_000_000)
        spelled = f"{thousands} ألف" if unit != "MAD" else f"{thousands} مليون"
        quote = self.say(f"وتتوقع {scope_ar} ما يقارب {spelled} {words} بحلول عام {year}.")
        return {
            "id": target_id,
            "metric": metric,
            "quantity": {"value": value, "unit": unit, "qualifier": "approximately"},
            "horizon": year,
            "scope": scope,
            "citations": [_cite(self.source, quote, "quantity", "horizon", "scope")],
        }

    def _statistic(self) -> Record:
        rng = self.rng
        org_id, org_ar = self.orgs[2]
        year = rng.choice((2023, 2024))
        hundreds = rng.randint(2, 90)
        quote = self.say(f"وتشغل {org_ar} أكثر من {hundreds}00 موظف سنة {year}.")
        return {
            "id": f"statistic-{self.n}",
            "metric": "employees",
            "quantity": {"value": hundreds * 100, "unit": "employee", "qualifier": "more_than"},
            "date": str(year),
            "scope": org_id,
            "citations": [_cite(self.source, quote, "quantity", "date", "scope")],
        }

    def _decision(self) -> Record:
        partnership_id, name = self.partnerships[1]
        quote = self.say(f"ويتعلق الأمر ب{name} نفسها التي أعلن عنها سابقا.")
        return {
            "id": f"decision-{self.n}",
            "kind": "merge",
            "decided": f"The agreement of block {self.n} is the one the block before announced.",
            "affects": [partnership_id],
            "former_ids": [f"former-{partnership_id}"] if self.n % 3 == 0 else [],
            "revisit_if": None,
            "citations": [_cite(self.source, quote)],
        }


def generate(n: int, seed: int = 0) -> tuple[dict[str, list[Record]], dict[str, str]]:
    """``n`` valid records as JSON-ready dicts, by collection, and the texts by file name.

    Each collection's records are sorted by id, as :meth:`maroc_ai.Dataset.write`
    writes them; every field is present, defaults included.
    """
    if n < 0:
        raise ValueError("n must not be negative")
    rng = random.Random(seed)
    collections: dict[str, list[Record]] = {name: [] for name in COLLECTION_ORDER}
    blocks: list[_Block] = []
    previous: _Block | None = None
    left = n
    number = 0
    while left > 0:
        block = _Block(rng, number, previous)
        for name, record in block.records():
            if left == 0:
                break
            collections[name].append(record)
            left -= 1
        blocks.append(block)
        previous = block
        number += 1
    texts = {block.file: block.text() for block in blocks}
    for source in collections["sources"]:
        source["sha256"] = hashlib.sha256(texts[source["file"]].encode("utf-8")).hexdigest()
    for records in collections.values():
        records.sort(key=lambda record: record["id"])
    return collections, texts


def records(n: int, seed: int = 0) -> dict[str, list[Record]]:
    """The ``n`` records of :func:`generate` as JSON-ready dicts, by collection."""
    return generate(n, seed)[0]


def write_dataset(directory: str | Path, n: int, seed: int = 0) -> Path:
    """Write a valid dataset directory of ``n`` records; returns its path."""
    collections, texts = generate(n, seed)
    root = Path(directory)
    (root / "texts").mkdir(parents=True, exist_ok=True)
    for name, items in collections.items():
        with open(root / f"{name}.json", "w", encoding="utf-8") as file:
            json.dump(items, file, ensure_ascii=False, indent=2)
            file.write("\n")
    for file_name, text in texts.items():
        (root / "texts" / file_name).write_bytes(text.encode("utf-8"))
    return root


def cached_dataset(n: int, base: str | Path | None = None, seed: int = 0) -> Path:
    """The dataset directory of ``n`` records under ``base``, written once and reused.

    ``base`` defaults to ``maroc-ai-bench`` in the temporary directory (``TMPDIR``).

    The directory's name holds a digest of this module, so a dataset written by another
    version of the generator (another model) is never reused.
    """
    version = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
    if base is None:
        base = Path(tempfile.gettempdir()) / "maroc-ai-bench"
    root = Path(base) / f"synthetic-{n}-{seed}-{version}"
    done = root / ".complete"
    if not done.exists():
        write_dataset(root, n, seed)
        done.write_text("ok\n")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", help="how many records")
    parser.add_argument("directory", type=Path, nargs="?", help="where to write the dataset")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="write 100 records to a temporary directory and load them, to check the script",
    )
    args = parser.parse_args()
    if args.smoke:
        import maroc_ai

        with tempfile.TemporaryDirectory() as directory:
            root = write_dataset(Path(directory) / "data", 100, args.seed)
            print(f"wrote and loaded {len(maroc_ai.load(root))} records")
        return
    if args.n is None or args.directory is None:
        parser.error("give the number of records and the directory to write them to")
    root = write_dataset(args.directory, args.n, args.seed)
    print(f"wrote {args.n} records to {root}")


if __name__ == "__main__":
    main()
