"""Finding the institutions an article names in Arabic.

An institution's name starts with a word of its kind (وزارة، الوكالة، شركة، جامعة …)
and runs on through the words that describe it, up to a stop word, a title, a
person's name, or, after شركة and مجموعة, the adjectives that follow a company's name
(its nationality, its sector). A company may also be named between quotation marks
after its word of kind, and a name found once is found again where the article
repeats it.

The scanner moves forward through the tokens, looking back or ahead a bounded number
of words, so the time taken grows linearly with the text.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from ..model import OrganizationKind, PlaceKind
from ..text import normalize
from ..text._lexicon import WORDS as TEXT_WORDS
from ..text._normalize import strip_article
from ..text._tense import future_by_prefix
from ..text._tokens import MARK, NUMBER, WORD, Token, phrase_at
from ._gathering import GATHERING_FIRST
from ._institution import (
    ACADEMY,
    CLOSING_QUOTES,
    COOPERATIVE,
    FEDERATION,
    FOUNDATION,
    HEADS,
    MAX_NAME_WORDS,
    MINISTRY_HEADS,
    OPENING_QUOTES,
    STUDIO,
    UNIVERSITY,
    Institution,
    closing_quote,
    past_abbreviated_form,
)
from ._lexicon import WORDS
from ._person import after_wa
from ._reader import Reader
from ._roles import (
    AGREEMENT,
    COMPOUND_FIRST,
    COST,
    CREATION,
    FACT,
    GIVEN,
    GOAL,
    HONORIFIC,
    INSTITUTION_FIRST,
    ORG_HEAD,
    PLACE,
    PRESENCE,
    SIGNING,
    SPEECH,
    STOPWORD,
    TITLE_HEAD,
    TITLE_LINK,
    TOPIC,
    said_with_fa,
)
from ._spans import (
    POSSESSIVE_SUFFIXES,
    Spans,
    by_first,
    definite,
    found,
    has,
    longest,
    prefix_length,
)

__all__ = [
    "AT_COMPANY",
    "CHARGED_WITH",
    "arabic_again",
    "arabic_institutions",
    "arabic_singulars",
    "described_companies",
    "negated_adjective",
    "quoted_companies",
    "spelled_initials",
    "verb_after_name",
    "verbal_noun_shape",
]


# Arabic


def quoted_companies(reader: Reader, found_here: list[Institution]) -> list[Institution]:
    """The institutions found, and the quoted Arabic names that end as companies' do.

    «الفاعل في الاتصالات "سما تيليكوم"»: a name in quotes whose last word ends
    companies' names (تيليكوم، كابيتال، تك) is a company's, whatever stands before it;
    so is one after a nationality («وشريكاها الكوري "هانبيت داتا" والإسباني "سولنوفا
    إنرخيا"»). A quoted name that ends with its word of kind ("أركانيا بنك") is of that
    kind; the quoted names listed after a count of institutions ("ثلاثة بنوك هي "…"
    و"…"", "شركتين ناشئتين هما "…" …، و"…"") are institutions of the kind counted; a
    quoted name after a laboratory, an institute or a centre (لمختبر "أوليومتريكا") is
    its name.
    """
    tokens, text = reader.tokens, reader.masked
    covered = Spans([(i.name.start, i.name.end) for i in found_here])
    extra = []
    opening = map(OPENING_QUOTES.__contains__, map(_KEY, tokens))
    listed: tuple[int, OrganizationKind] | None = None  # the sentence and kind of a list
    for k in itertools.compress(itertools.count(), opening):
        closing = closing_quote(tokens, k)
        if closing is None or closing - k > _QUOTED_COMPANY + 1:
            continue
        last = tokens[closing - 1]
        sentence = reader.sentence_of[k]
        if not all(t.kind == WORD and t.text[0] >= "\u0600" for t in tokens[k + 1 : closing]):
            continue
        if covered.overlaps(tokens[k + 1].start, last.end):
            continue
        kind: OrganizationKind | None = None
        counted = _counted_kind(tokens, k)
        if counted is not None:
            listed = (sentence, counted)
            kind = counted
        elif listed is not None and listed[0] == sentence and tokens[k - 1].key in _LISTING:
            kind = listed[1]
        elif k > 0 and has(tokens[k - 1], WORDS.platforms):
            continue  # منصة "جهتي كونكت": a platform's name, no company's
        elif last.key in WORDS.organization_suffixes or _after_nationality(reader, k, closing):
            kind = OrganizationKind.COMPANY
        elif _after_post_at(reader, k):
            kind = OrganizationKind.COMPANY  # المحللة لدى "حياة بورص": where she works
        elif _after_descriptor(reader, k, closing):
            kind = OrganizationKind.COMPANY  # المقاولة الناشئة "تفسير هيلث": a start-up's name
        elif (
            k > 0
            and not WORDS.topic_heads.isdisjoint(tokens[k - 1].forms)
            and closing + 1 < len(tokens)
            and not WORDS.nationalities.isdisjoint(tokens[closing + 1].forms)
        ):
            kind = OrganizationKind.OTHER  # لمختبر "أوليومتريكا" الإيطالي: a foreign lab's name
        elif closing - k > 2 and not any(reader.roles[n] & STOPWORD for n in range(k + 1, closing)):
            kind = next((WORDS.organization_heads[f] for f in last.forms if f in HEADS), None)
        if kind is not None:
            name = found(text, tokens, k + 1, closing - 1)
            extra.append(Institution(name, kind, sentence))
    if not extra:
        return found_here
    return sorted(found_here + extra, key=lambda institution: institution.name.start)


_DESCRIBED_NAME = 4
"""Words a company's name unquoted after the words that say what it is runs to, at most."""


def described_companies(reader: Reader, found_here: list[Institution]) -> list[Institution]:
    """The institutions found, and the names that follow what a company is, unquoted.

    «المقاولة الناشئة نبضة هيلث»: after one of ``organization_descriptors`` (and another,
    or a nationality, then perhaps its city after «ب» and a word that names it: «شركة
    ناشئة بأكادير تدعى تيزي لابس»), words with no article and no stop word whose last
    ends companies' names (هيلث، فيجن، سيستمز) are a company's name.
    """
    tokens, roles, text = reader.tokens, reader.roles, reader.masked
    covered = Spans([(i.name.start, i.name.end) for i in found_here])
    extra = []
    described = map(WORDS.organization_descriptors.isdisjoint, map(_FORMS, tokens))
    for k in itertools.compress(itertools.count(), map(operator.not_, described)):
        j = k + 1
        while (
            j < len(tokens)
            and j - k <= 2
            and (
                has(tokens[j], WORDS.organization_descriptors)
                or has(tokens[j], WORDS.nationalities)
            )
        ):
            j += 1
        j += _city_with_bi(tokens, j)  # شركة ناشئة بأكادير تدعى تيزي لابس: where it is
        if j < len(tokens) and has(tokens[j], WORDS.naming_words):
            j += 1  # … تدعى تيزي لابس: what it is called
        latin_end = _latin_run(tokens, j)
        if latin_end > j:  # المقاولة الناشئة Raml AI: its name in Latin letters
            name = found(text, tokens, j, latin_end - 1)
            if not covered.overlaps(name.start, name.end):
                covered = Spans([*covered.spans, (name.start, name.end)])
                extra.append(Institution(name, OrganizationKind.COMPANY, reader.sentence_of[j]))
            continue
        end = j
        while (
            end < len(tokens) and end - j < _DESCRIBED_NAME and _bare_word(tokens[end], roles[end])
        ):
            end += 1
            if has(tokens[end - 1], WORDS.organization_suffixes):
                break
        if end == j or not has(tokens[end - 1], WORDS.organization_suffixes):
            continue
        name = found(text, tokens, j, end - 1)
        if not covered.overlaps(name.start, name.end):
            extra.append(Institution(name, OrganizationKind.COMPANY, reader.sentence_of[j]))
    if not extra:
        return found_here
    return sorted(found_here + extra, key=lambda institution: institution.name.start)


_SUFFIXED_NAME = 3
"""Words of a company's name that ends with a suffix and stands alone, at most."""


def suffixed_companies(reader: Reader, found_here: list[Institution]) -> list[Institution]:
    """The institutions found, and the companies named by bare words and a suffix alone.

    «بمشاركة تينغيس فينتشرز»، «أما نورس تيليكوم، فستتكلف …»: two or three words with no
    article, no joined letter and no word of a role, the last a word companies' names
    end with (``organization_suffixes``), name a company wherever they stand. Not inside
    a quotation (its own reading decides), nor the last words of a name found.
    """
    tokens, text = reader.tokens, reader.masked
    covered = Spans([(i.name.start, i.name.end) for i in found_here])
    endings = {f" {normalize(i.name.text)}" for i in found_here}
    suffixed = map(WORDS.organization_suffixes.__contains__, map(_KEY, tokens))
    extra = []
    for end in itertools.compress(itertools.count(1), suffixed):
        first = _suffixed_start(reader, end)
        if first is None:
            continue
        name = found(text, tokens, first, end - 1)
        key = normalize(name.text)
        if covered.overlaps(name.start, name.end) or any(e.endswith(f" {key}") for e in endings):
            continue
        extra.append(Institution(name, OrganizationKind.COMPANY, reader.sentence_of[first]))
    if not extra:
        return found_here
    return sorted(found_here + extra, key=lambda institution: institution.name.start)


_ROLES = STOPWORD | TOPIC | TITLE_HEAD | SIGNING | SPEECH | CREATION | GOAL | FACT | COST
"""The roles of words that say something of a name, and are none of its words."""


def _suffixed_start(reader: Reader, end: int) -> int | None:
    """The first word of a bare name that ends with the suffix before ``tokens[end]``.

    ``None`` when the words before are no name, or the name goes on after the suffix.
    """
    tokens, roles = reader.tokens, reader.roles
    if not _bare(tokens[end - 1]) or (
        end < len(tokens) and tokens[end].key in WORDS.organization_suffixes
    ):
        return None
    first = end - 1
    while (
        first > 0
        and end - first < _SUFFIXED_NAME
        and _bare(tokens[first - 1])
        and not roles[first - 1] & _ROLES
        and tokens[first - 1].key not in WORDS.company_parts  # مصنع أطلس موتورز: its plant
    ):
        first -= 1
    if end - first == _SUFFIXED_NAME and tokens[first].key[:1] in _IMPERFECT:
        first += 1  # «فيما تستثمر هافسين أناليتكس»: a verb before the name
    if first == end - 1:
        return None
    if first > 0 and (tokens[first - 1].key in OPENING_QUOTES or roles[first - 1] & GIVEN):
        return None  # '"ريف سنس تكنولوجيز"', «وبيتر فان دير ستيل»: a quotation, a person
    return first


_IMPERFECT = "تين"
"""The first letters of a verb in the imperfect, as a sentence goes on before a name."""


def _after_descriptor(reader: Reader, opening: int, closing: int) -> bool:
    """Whether a quotation follows a word that says what a company is, and is a name.

    'المقاولة الناشئة "تفسير هيلث"': one of ``organization_descriptors`` in the two words
    before, or before "في مجال" and its field, no stop word inside.
    """
    tokens, roles = reader.tokens, reader.roles
    if any(roles[k] & STOPWORD for k in range(opening + 1, closing)):
        return False
    if any(
        has(tokens[k], WORDS.organization_descriptors) for k in range(max(0, opening - 2), opening)
    ):
        return True
    return any(  # 'والمقاولة الناشئة في مجال التكنولوجيا المالية "تذكرة باي"': past its field
        has(tokens[k], WORDS.organization_descriptors) and _field_before_quote(tokens, k, opening)
        for k in range(max(0, opening - _FIELD_REACH), opening - 2)
    )


def _after_nationality(reader: Reader, opening: int, closing: int) -> bool:
    """Whether a quotation follows a nationality and is a name, not someone's words.

    «والإسباني "سولنوفا إنرخيا"» is a company; «وقال الخبير الفرنسي "إنه أمر جيد"»
    quotes what was said: no word of speech just before, no stop word inside.
    """
    tokens, roles = reader.tokens, reader.roles
    return (
        opening > 0
        and has(tokens[opening - 1], WORDS.nationalities)
        and not any(roles[k] & SPEECH for k in range(max(0, opening - 4), opening))
        and not any(roles[k] & STOPWORD for k in range(opening + 1, closing))
    )


AT_COMPANY = frozenset({"في", "لدي"})
"""Keys of the words before the company a post is held at: "الشريكة في "…"", "المحللة
لدى "…"" (the key of لدى is لدي)."""


def _after_post_at(reader: Reader, opening: int) -> bool:
    """Whether a quotation follows a post and "لدى" or "في": the company it is held at."""
    return (
        opening > 1
        and reader.tokens[opening - 1].key in AT_COMPANY
        and bool(reader.roles[opening - 2] & TITLE_HEAD)
    )


_QUOTED_COMPANY = 4
"""Words of a quoted company's name, at most."""
_LISTING = frozenset({"و", "،", ","})
"""What stands before the next quoted name of a list: "… و"بنك تافيلالت"", "…، و"سند سكور""."""
_COUNTING = frozenset({"هي", "هما", "هم"})
_DUAL_ENDINGS = (("تان", "ه"), ("تين", "ه"), ("ان", ""), ("ين", ""))
"""Endings of an Arabic dual and what ends its singular: المؤسستان → المؤسسة, البنكين → البنك."""


def arabic_singulars(key: str) -> list[str]:
    """The singulars an Arabic plural or dual may be of, with its article or without.

    A plural the lexicon lists (``plurals``: البنوك → البنك, بنوك → بنك), a sound
    feminine plural (الشركات → الشركة), a dual (المؤسستان → المؤسسة, البنكين → البنك).
    """
    found = []
    definite = key.startswith("ال")
    listed = WORDS.plurals.get(key if definite else "ال" + key)
    if listed is not None:
        found.append(listed if definite else listed[2:])
    elif key.endswith("ات"):
        found.append(key[:-2] + "ه")
    found += [key[: -len(end)] + add for end, add in _DUAL_ENDINGS if key.endswith(end)]
    return found


def _counted_kind(tokens: Sequence[Token], k: int) -> OrganizationKind | None:
    """The kind of the institutions a quotation at ``tokens[k]`` starts to list, if it does.

    "ثلاثة بنوك هي "…"", "شركتين ناشئتين هما "…"": a plural or a dual of a word of kind
    before "هي", "هما" or "هم", with at most one word between (ناشئتين).
    """
    if k < 2 or tokens[k - 1].key not in _COUNTING:
        return None
    for n in range(k - 2, max(k - 4, -1), -1):
        for singular in arabic_singulars(tokens[n].key):
            if singular in HEADS:
                return WORDS.organization_heads[singular]
    return None


def arabic_again(reader: Reader, found_here: list[Institution]) -> list[Institution]:
    """The institutions found, and every other mention of a company's Arabic name.

    "أعلنت شركة "أورفاليس" … وقعت "أورفاليس" و"نبراس تك" مذكرة تفاهم": the
    company read once after its head is that company wherever the name is written
    again, with no head before it, and so a party to what it signs. So is any
    institution named in quotes after what it is, and the short name in quotes after an
    institution's full name: «الوكالة المغربية للطاقة المستدامة «مازن»» … «بروتوكول
    اتفاق بين «مازن» ومجلس الجهة».
    """
    text = reader.masked
    names: dict[tuple[str, ...], OrganizationKind] = {}
    for institution in found_here:
        words = tuple(normalize(institution.name.text).split())
        start = institution.name.start
        if (
            words
            and words[0] >= "\u0600"
            and (
                institution.kind is OrganizationKind.COMPANY
                or (start > 0 and text[start - 1] in OPENING_QUOTES)
            )
        ):
            names.setdefault(words, institution.kind)
        short = tuple(normalize(institution.acronym or "").split())
        if short and short[0] >= "\u0600":  # «مازن» after «الوكالة المغربية للطاقة المستدامة»
            names.setdefault(short, institution.kind)
    if not names:
        return found_here
    firsts = {words[0] for words in names}
    lengths = sorted({len(words) for words in names}, reverse=True)
    tokens = reader.tokens
    covered = Spans([(i.name.start, i.name.end) for i in found_here])
    extra = []
    for k, token in enumerate(tokens):
        form = next((f for f in token.forms if f in firsts), None)
        if form is None or covered.overlaps(token.start, token.end):
            continue
        for length in lengths:  # the longest name written here, each length looked up once
            kind = (
                names.get((form, *(tokens[k + n].key for n in range(1, length))))
                if k + length <= len(tokens)
                else None
            )
            if kind is not None:
                name = found(text, tokens, k, k + length - 1, len(token.key) - len(form))
                extra.append(Institution(name, kind, reader.sentence_of[k]))
                break
    return sorted(found_here + extra, key=lambda institution: institution.name.start)


def _latin_run(tokens: Sequence[Token], j: int) -> int:
    """The index after a run of Latin words (a company name: Mistral AI, AXA GO, G42)."""
    k = j
    while k < len(tokens) and k - j < 6 and tokens[k].text.isascii():
        token = tokens[k]
        joined = k > j and tokens[k - 1].end == token.start
        if (
            (token.kind == WORD and (token.text[0].isupper() or joined))
            or (token.kind == NUMBER and joined)
            or (token.key in {"&", ".", "-"} and k > j)
        ):
            k += 1
        else:
            break
    while k > j and tokens[k - 1].kind == MARK:
        k -= 1
    return past_abbreviated_form(tokens, j, k)


def _given(tokens: Sequence[Token], i: int) -> bool:
    return tokens[i].kind == WORD and (
        has(tokens[i], WORDS.given_names) or has(tokens[i], WORDS.compound_first)
    )


_FOUNDERS_OF_TWO = frozenset(phrase for phrase in WORDS.founders if len(phrase) == 2)
"""The founders' titles of two words, whose second may be a word of kind (الشريكة المؤسسة)."""
_OF_MANY = WORDS.phrases_of_many
"""Phrases that name one of many institutions when nothing follows them («مركز التكوين»)."""
_PLACE_FIRST = frozenset(place.split()[0] for place in WORDS.places if " " in place)
"""First words of places of several words: الدار (البيضاء)، بني (ملال)."""

_ENDS_ARABIC_NAME = (
    STOPWORD
    | TITLE_HEAD
    | HONORIFIC
    | SPEECH
    | SIGNING
    | CREATION
    | PRESENCE
    | AGREEMENT
    | ORG_HEAD
)
"""What no word of an Arabic institution's name is."""


_ACCUSATIVE_NOUNS = frozenset(
    word
    for word in {phrase[0] for phrase, _ in WORDS.facilities}
    | WORDS.centre_words
    | {head + "ا" for head in WORDS.organization_heads if not head.endswith(("ه", "ي", "ى", "ا"))}
    if word.endswith("ا") and not word.startswith("ال") and word[0] >= "\u0600"
)
"""Nouns with the accusative's "ا" (مركزا، مختبرا، معهدا): what a verb makes, after a
name, never a word of one ("افتتحت جامعة ابن زهر مركزا للبحث")."""


def _accusative_after(tokens: Sequence[Token], head: int, k: int) -> bool:
    """Whether ``tokens[k]`` is a noun in the accusative after a name's words with the article.

    "أمام المديرية ووكالة التنمية الرقمية أجلا أقصاه": an indefinite word that ends with
    the accusative's "ا", after a word with the article, is what the sentence says of the
    institution (not "التجاري وفا بنك", "بنك المغرب أفريقيا"). It has four letters or
    more, or three when it is no given name (خطا, not رضا).
    """
    token = tokens[k]
    key = token.key
    return (
        k > head + 1
        and (len(key) >= 4 or (len(key) == 3 and not _given(tokens, k)))  # خطا، not رضا
        and key.endswith("ا")
        and not definite(token)
        and definite(tokens[k - 1])
        and key not in WORDS.places
        and key not in WORDS.organization_suffixes
        and len(token.forms) == 1  # no joined conjunction or preposition
    )


def _field_not_title(tokens: Sequence[Token], k: int, bits: int) -> bool:
    """Whether a word read as a title is a field: "للمحافظة العقارية", "لعلوم البحار".

    "محافظه" is also the title "محافظ" with "his"; after "لل" in a name it is the field
    of the agency (الوكالة الوطنية للمحافظة العقارية …), no one's post. After a word
    for a science, a title word with the article is what the science studies ("المعهد
    الريفي لعلوم البحار": the seas, not sailors).
    """
    token = tokens[k]
    return bits & _ENDS_ARABIC_NAME == TITLE_HEAD and (
        token.key.startswith("لل")
        or (k > 0 and definite(token) and has(tokens[k - 1], WORDS.science_words))
    )


def _members_named(tokens: Sequence[Token], k: int, bits: int) -> bool:
    """Whether a title word in a name is a plural in construct: "جمعية مربي الأغنام".

    "تعاونيات مربي الأغنام", "تعاونية الضهرة لمربي الماشية": whom the institution
    gathers, a plural ending in ي before a word with the article, no one's post.
    """
    word = tokens[k].forms[-1]
    return (
        bits & _ENDS_ARABIC_NAME == TITLE_HEAD
        and word.endswith("ي")
        and not word.startswith("ال")
        and k + 1 < len(tokens)
        and (definite(tokens[k + 1]) or tokens[k + 1].key[:1] == "و")
    )  # "لمربي وتجار وناقلي الماشية": several, joined by و


_FIELD_REACH = 8
"""Words from a head to a quoted name past "في مجال" and the field: "الشركة المغربية
الناشئة في مجال تكنولوجيا التعليم "نبرة ليرنينغ"."""


_FIELD_AFTER_FI = 4
"""Words from a descriptor to the quote of a name, past "في" and a field of one or two."""


def _field_before_quote(tokens: Sequence[Token], i: int, quoted: int) -> bool:
    """Whether what the institution does stands between its head and the quote of its name.

    "في مجال" and its field, or a noun in construct with a definite one and its
    adjectives: 'شركة توزيع المعدات الطبية "حدقة ميديكال"'; or, after a definite head and
    its adjectives of origin, "ل" and what it makes ('الشركة الألمانية لصناعة أجزاء
    السيارات "…"').
    """
    if quoted - i > _FIELD_REACH:
        return False
    if any(
        tokens[k].key == "في" and tokens[k + 1].key in WORDS.domain_words
        for k in range(i + 1, quoted - 2)
    ):
        return True
    if (
        tokens[i + 1].key == "في"
        and quoted - i <= _FIELD_AFTER_FI
        and all(tokens[k].kind == WORD and definite(tokens[k]) for k in range(i + 2, quoted))
    ):
        return True  # 'والفاعل في الاتصالات "واصلتيل"': its field after "في", then its name
    k = i + 1
    while k < quoted and definite(tokens[k]) and _nisba(tokens[k]):
        k += 1  # الشركة الألمانية …: where it is from
    if (
        definite(tokens[i])
        and k < quoted - 1
        and tokens[k].key.startswith("ل")
        and not tokens[k].key.startswith("لل")
        and len(tokens[k].forms) > 1
        and definite(tokens[quoted - 1])
        and all(
            tokens[m].kind == WORD and not definite(tokens[m]) for m in range(k + 1, quoted - 1)
        )
    ):
        return True  # 'الشركة الألمانية لصناعة أجزاء السيارات "هولفيغ أوتوتايله"': what it makes
    return (
        quoted - i >= 4
        and tokens[i + 1].kind == WORD
        and not definite(tokens[i + 1])
        and tokens[i + 1].key[:1] not in "لبو"
        and all(
            tokens[k].kind == WORD and tokens[k].key.startswith("ال") for k in range(i + 2, quoted)
        )
    )


def _head_as_complement(tokens: Sequence[Token], head: int, k: int) -> bool:
    """Whether a word of kind after "لل" says what a name headed at ``head`` is for.

    "المؤسسة الملكية للمدرسة القروية": after a definite head and its adjective, the
    school is the foundation's purpose, not another institution; so is the food bank
    after an association's own name ("جمعية زاد لبنك الطعام", "مؤسسة الأطلس للمدرسة
    القروية"), and the national body
    a regional branch belongs to ("الاتحاد الجهوي للاتحاد العام لمقاولات المغرب").
    """
    if k != head + 2:
        return k > head + 1 and _purpose_after_adjective(tokens, head, k)
    if tokens[head].key in WORDS.purposed_heads and not _nisba(tokens[head + 1]):
        return _head_in_construct(tokens, k)  # "جمعية زاد لبنك الطعام", "مؤسسة الأطلس
        # للمدرسة القروية": its own name, then what it is for
    return _purpose_after_adjective(tokens, head, k) or (
        definite(tokens[head])
        and (_adjective(tokens[k - 1]) or _nisba(tokens[k - 1]))
        and _head_in_construct(tokens, k)
    )


def _purpose_after_adjective(tokens: Sequence[Token], head: int, k: int) -> bool:
    """Whether "لل" at ``tokens[k]`` follows a definite head's adjective: what it is for."""
    return definite(tokens[head]) and tokens[k].key.startswith("لل") and _adjective(tokens[k - 1])


def spelled_initials(tokens: Sequence[Token], k: int) -> int:
    """How many Latin letters spelled out in Arabic stand at ``tokens[k]``, two or more.

    «إم آر أو», «آي أو تي»: the first is no word of its own; 0 if there are fewer.
    """
    if tokens[k].text not in WORDS.spelled_letters or tokens[k].text in WORDS.spelled_words:
        return 0
    n = k + 1
    while n < len(tokens) and n - k < _SPELLED_MOST and tokens[n].text in WORDS.spelled_letters:
        n += 1
    return n - k if n - k >= 2 else 0


_SPELLED_MOST = 5


def _complement_before(tokens: Sequence[Token], head: int, k: int) -> bool:
    """Whether a word joined to "ل" opens a construct that ``tokens[k]`` ends.

    "لصيد الأسماك", "لإنتاج زيت الأركان": the word in "ل" and the nouns without the
    article after it, the first of them right after the head at the earliest.
    """
    m = k - 1
    while m > head + 1 and not tokens[m].key.startswith("ل") and not definite(tokens[m]):
        m -= 1
    return m >= k - 2 and tokens[m].key.startswith("ل")


def _own_name_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether the definite word at ``tokens[k]``, after a name the lexicon knows, is its own.

    "المركز الاستشفائي الجهوي الوفاء بالقنيطرة،", "… الجامعي العرفان،": one word, a
    singular, that a mark or the city after "ب" ends; not "… المتضررين", whom it serves.
    """
    return (
        k + 1 < len(tokens)
        and not tokens[k].key.endswith(_SERVED_ENDINGS)
        and (tokens[k + 1].kind == MARK or _where(tokens[k + 1]))
    )


_SERVED_ENDINGS = ("ين", "ون", "ات")
"""How the plurals of whom an institution serves end ("المتضررين")."""
_FEMININE_FUTURE = ("ستت", "ستست")
"""How a feminine verb in the future of the forms تفعّل and استفعل begins («ستتولى»,
«ستستقبل»), as no foreign word written in Arabic letters does («سيستمز», «ستريت»)."""
_NOT_AFTER_ST = frozenset("راوي")
"""Letters after «ست» in foreign words written in Arabic letters («ستريت», «ستاد»,
«ستوديو», «ستيفن»); after any other, «ست» opens a feminine verb in the future
(«ستزود», «ستمكن»)."""


def _feminine_future(key: str) -> bool:
    """Whether a word is a feminine verb in the future: «ستتولى», «ستزود»; not «ستريت»."""
    return (
        key.startswith(_FEMININE_FUTURE)
        or (len(key) >= 5 and key[:2] == "ست" and key[2] not in _NOT_AFTER_ST)
    ) and future_by_prefix(key)


def _head_in_construct(tokens: Sequence[Token], k: int) -> bool:
    """Whether "ل", a word of kind and a definite word stand at ``tokens[k]``: "لبنك الطعام"."""
    token = tokens[k]
    return (
        token.key.startswith("ل")
        and len(token.forms) > 1
        and token.forms[1] in HEADS
        and k + 1 < len(tokens)
        and definite(tokens[k + 1])
    )


def _council_of(tokens: Sequence[Token], head: int, k: int) -> bool:
    """Whether ``tokens[k]`` is the body whose council the name headed at ``head`` is.

    "المجلس الوطني لهيئة الصيادلة": a council's name goes on through "ل" and the word of
    kind of the order, the chamber or the body it is the council of.
    """
    token = tokens[k]
    return (
        any(form.removeprefix("ال") == "مجلس" for form in tokens[head].forms)  # والمجلس
        and token.key.startswith("ل")
        and len(token.forms) > 1
        and token.forms[1] in HEADS
    )


def _verbal_noun(token: Token) -> bool:
    """Whether a word with the article is shaped like a verbal noun: الاستعانة، المصادقة.

    After a name that is complete, such a word is what the institution does (the object
    of the verb before it), not more of its name. Also the shapes تفعّل and فعول of
    three letters ("التحقق", "الولوج": «يتيح لباحثي المعهد الولوج إلى …») and إفعال
    ("الإبقاء").
    """
    key = token.key
    if len(token.forms) > 1 or not key.startswith("ال"):
        return False
    if len(key) == 6 and not key.endswith(("ي", "ه")):
        return key[2] == "ت" or (key[4] == "و" and key[2] != "م")  # not المفوض: a participle
    if len(key) < 7:
        return False
    if len(key) == len("الابقاء") and key.startswith("الا") and key[5] == "ا":
        return True  # إفعال: «تعتزم الأكاديمية الجهوية الإبقاء عليها»
    return key.startswith("الاست") or (key.startswith("الم") and key[4] == "ا" and key[-1] == "ه")


def _by_doing(token: Token) -> bool:
    """Whether a word is "بـ" and a verbal noun without the article: بإدماج، بتطوير، باستعمال.

    Shaped as إفعال، تفعيل، تفاعل (بتعاون، بتبادل) or استفعال, with a pronoun after it or
    not («بإشراكها»); what follows is what is done, not a name.
    """
    key = token.key
    if key[:1] != "ب":
        return False
    noun = key[1:]
    for pronoun in _PRONOUNS:
        if noun.endswith(pronoun) and len(noun) - len(pronoun) in (5, 7):
            noun = noun[: -len(pronoun)]  # بإشراكها: by involving it
            break
    if len(noun) == 5:  # إفعال، تفعيل; تفاعل (تعاون)
        return (noun[0] in "ات" and noun[3] in "اي") or (noun[0] == "ت" and noun[2] == "ا")
    return len(noun) == 7 and noun.startswith("است") and noun[5] == "ا"


def _by_mufaala(token: Token) -> bool:
    """Whether a word is "بـ" and a verbal noun shaped مفاعلة: بمواكبة، بمتابعة، بمراقبة.

    Before a word with the article it says what is done ("بمواكبة الفلاحين"), not a name.
    """
    noun = token.key[1:]
    return (
        token.key[:1] == "ب"
        and len(noun) == len("مواكبه")
        and noun[0] == "م"
        and noun[2] == "ا"
        and noun.endswith("ه")
    )


def _adjectives_only(tokens: Sequence[Token], j: int, k: int) -> bool:
    """Whether a head with the article has only its adjectives after it, up to ``tokens[k]``.

    "الوكالة الوطنية", "الوكالة المستقلة الجماعية": what follows them is the name's
    field ("لتقنين المواصلات", "لتوزيع الماء"), not yet what the institution is to do.
    """
    return definite(tokens[j]) and all(
        definite(tokens[m]) and tokens[m].key[:1] not in "لو" for m in range(j + 1, k)
    )


def _for_doing(token: Token) -> bool:
    """Whether a word is "لـ" and a verbal noun shaped تفعيل, تفاعل or إفعال: لتخصيص، لتبادل، لإيواء.

    After a name that goes on past its first adjective ("مكتب التكوين المهني وإنعاش
    الشغل لتخصيص مقاعد", "وكالة التنمية الرقمية لإيواء الأداة"), it says what the
    institution is to do. Right after the head's adjectives it is the name's own ("الوكالة
    الوطنية لتقنين المواصلات", "الوكالة الوطنية لإنعاش التشغيل"), and a noun ending as
    تنمية does is a field ("لتنمية").
    """
    key = token.key
    return key[:1] == "ل" and verbal_noun_shape(key[1:])


def verbal_noun_shape(noun: str) -> bool:
    """Whether a key of five letters is shaped as a verbal noun: تفعيل, تفاعل or إفعال.

    Not one ending as تنمية does, which is a field ("لتنمية"), nor a noun of that shape
    the lexicon lists as none (``not_verbal_nouns``: «أركان»).
    """
    return (
        len(noun) == 5
        and noun[-1] != "ه"
        and noun not in WORDS.not_verbal_nouns
        and (
            (noun[0] == "ت" and (noun[3] == "ي" or noun[2] == "ا"))
            or (noun[0] == "ا" and noun[3] == "ا")
        )
    )


def _fellows_end(tokens: Sequence[Token], k: int, end: int) -> int:
    """Where a name of "friends of" (at ``tokens[k]``) ends, at ``end`` at the latest.

    One word of what they are friends of, or two when they are a place's: "جمعية أصدقاء
    ملوية", "جمعية أصدقاء واد درعة"; not "نظمت جمعية أصدقاء ملوية رحلة …", what it did.
    """
    if k + 2 < len(tokens) and (
        tokens[k + 1].key in WORDS.place_openers or _two_word_place(tokens[k + 1], tokens[k + 2])
    ):
        return min(end, k + 3)
    return min(end, k + 2)


def _countrywide(tokens: Sequence[Token], j: int, k: int, *, ministry: bool) -> bool:
    """Whether the name headed at ``tokens[j]`` is a ministry's or says it is national.

    Where such a body works is no part of its name: "وزارة الثقافة بواحة فجيج", "الوكالة
    الوطنية للمياه والغابات بالشمال".
    """
    return ministry or any(has(tokens[m], WORDS.national) for m in range(j + 1, k))


def _region_at(tokens: Sequence[Token], k: int) -> int | None:
    """Where a region joined to "ب" at ``tokens[k]`` ends a name, if what follows closes it.

    "بإيموزار،", "بالأطلس الصغير،": a place after an association's or a union's name,
    which the lexicon need not know, before a mark, another institution joined by "و"
    («بسوس وشركة …»), what it is for («بانتيرفت لتثبيت …») or "since" («بالجنوب منذ
    2036»); not a person's given name (بناصر) or "بدوره".
    """
    token = tokens[k]
    if token.key[:2] in {"بن", "بو", "بي"} or len(token.key) < 4 or token.text.endswith(_PRONOUNS):
        return None
    end = k + 1
    if end < len(tokens) and (
        (definite(token) and definite(tokens[end])) or tokens[end].key in WORDS.region_adjectives
    ):
        end += 1  # بالريف الشرقي، بالأطلس الصغير، بملوية العليا: its adjective
    if end == len(tokens) or tokens[end].kind == MARK:
        return end
    after = tokens[end]
    if _head_after_wa(after) or after.key in TEXT_WORDS.since:
        return end
    return (
        end
        if after.text[:1] == "ل"
        and not definite(after)
        and after.key[1:] not in WORDS.demonstratives  # بالصيانة اليومية لهذه التجهيزات
        else None
    )


def _counts(token: Token) -> bool:
    """Whether a number stands at ``token``, in digits or in words, a preposition joined."""
    return token.kind == NUMBER or any(_amount_word(form) for form in token.forms)


def _amount_word(key: str) -> bool:
    """Whether ``key`` is a number or a scale written in words: مليون، مليوني، ثلاثة."""
    return key in TEXT_WORDS.scales or key in TEXT_WORDS.number_words


def _state_secretariat(tokens: Sequence[Token], j: int) -> bool:
    """Whether «الدولة» at ``tokens[j]`` ends «كتابة الدولة», a state secretariat.

    Its name goes on with its charge as a delegate ministry's does («… المكلفة بالصيد
    البحري»).
    """
    return j > 0 and tokens[j].key == _STATE and strip_article(tokens[j - 1].key) == _WRITING


_STATE = normalize("الدولة")
_WRITING = normalize("كتابة")


def _founder_of_company(tokens: Sequence[Token], i: int) -> bool:
    """Whether «مؤسسة» at ``tokens[i]`` is a founder, set off by a comma before a company.

    "فاطمة الزهراء الوزاني، مؤسسة المقاولة الاجتماعية …": after a comma, the
    founder of the enterprise named next; «مؤسسة البنك الشعبي» elsewhere is a bank's
    foundation.
    """
    return (
        0 < i < len(tokens) - 1
        and tokens[i].key == _FOUNDER
        and tokens[i - 1].key in _COMMAS
        and definite(tokens[i + 1])
        and (has(tokens[i + 1], WORDS.organization_descriptors) or _means(tokens[i + 1], _COMPANY))
    )


_FOUNDER = normalize("مؤسسة")
"""«مؤسسة» without the article: a foundation, or a woman who founded something."""


def _field_at(token: Token) -> bool:
    """Whether a word is «ل» joined to the field a centre or a network is named for: «للطب»."""
    return token.key[:1] == "ل" and len(token.forms) > 1


def _foreign_centre(tokens: Sequence[Token], i: int) -> bool:
    """Whether «المركز» at ``tokens[i]``, a nation's adjective and a field after «ل» name one.

    "المركز الأندلسي لتنسيق الطوارئ", "المركز الإسباني للبحوث": «المركز» alone is
    too common a word to start a name, but with where it is from and what it does for,
    it is a centre of its own.
    """
    return (
        i + 2 < len(tokens)
        and "المركز" in tokens[i].forms  # «للمركز», «والمركز» too
        and (
            has(tokens[i + 1], WORDS.nationalities) or tokens[i + 1].key in WORDS.regional_demonyms
        )
        and _field_at(tokens[i + 2])
    )


def _named_centre(tokens: Sequence[Token], i: int) -> bool:
    """Whether «مركز» at ``tokens[i]``, a name (or a place) and a field after «ل» name one.

    "مركز الخوارزمي لمهن الذكاء الاصطناعي", "مركز الأطلس للطب الرياضي", "مركز نواكشوط
    للبحث في الإبل": the word after «مركز» is the centre's own name. Not when it says
    what the place is for ("مركز الاتصال للإشراف", new lexicon list ``centre_functions``),
    nor "مركز جهوي للبيانات", whose word is no name.
    """
    return (
        i + 2 < len(tokens)
        and "مركز" in tokens[i].forms
        and tokens[i + 1].kind == WORD
        and (tokens[i + 1].key.startswith("ال") or tokens[i + 1].key in WORDS.places)
        and tokens[i + 1].key not in WORDS.centre_functions
        and _field_at(tokens[i + 2])
    )


def _party_named_with_field(reader: Reader, i: int) -> bool:
    """Whether «شبكة» or «مركز» at ``tokens[i]``, a word of its own and a field, sign.

    "بين الوكالة … وشبكة تويزة لتعاونيات الأركان", "مع مركز لورنتيان للذكاء الفلاحي": a
    word without the article that is no adjective (not "مركز جهوي للبيانات", "شبكة
    واسعة للطرق"), then a field after «ل», where the sentence lists it among those who
    sign; a head of ``field_named_heads``.
    """
    tokens = reader.tokens
    if i + 2 >= len(tokens) or not has(tokens[i], WORDS.field_named_heads):
        return False
    own = tokens[i + 1]
    return (
        not definite(tokens[i])
        and own.kind == WORD
        and own.text[:1] >= "\u0600"
        and not definite(own)
        and not _adjective(own)
        and not _feminine_adjective_shape(own.key)
        and not own.key.endswith("ي")
        and own.key not in WORDS.places
        and _field_at(tokens[i + 2])
        and _signs_as_party(reader, i)
    )


def _feminine_adjective_shape(key: str) -> bool:
    """Whether a word is shaped as a feminine adjective: فاعلة (واسعة), فعيلة (جديدة), مفعلة.

    Not an Amazigh name that «ت» opens («تويزة»), shaped as فعيلة too.
    """
    return key.endswith("ه") and (
        (len(key) == len("واسعه") and (key[1] == "ا" or (key[2] == "ي" and key[0] != "ت")))
        or key[0] == "م"
    )


def _in_field_construct(tokens: Sequence[Token], bits: Sequence[int], j: int, k: int) -> bool:
    """Whether a head at ``tokens[k]`` completes a noun joined by «و» to the field before it.

    "الفيدرالية الوطنية لتربية النحل ومنتجات الخلية": «الخلية» is the hive whose
    products the federation's field names, no other institution.
    """
    before = tokens[k - 1]
    return (
        k > j + 2
        and after_wa(before)
        and not definite(before)
        and not bits[k - 1] & ORG_HEAD
        and definite(tokens[k])
        and any(tokens[m].key[:1] == "ل" and len(tokens[m].forms) > 1 for m in range(j + 1, k - 1))
    )


def _area_of_field(tokens: Sequence[Token], j: int, k: int) -> bool:
    """Whether «بال» and an area with its adjective at ``tokens[k]`` end a field named after «لل».

    "للعلوم الزراعية بالمناطق الجافة", "للتنمية بالوسط القروي": the field of the
    institution headed at ``tokens[j]`` and where it works go on its name.
    """
    return (
        k + 1 < len(tokens)
        and tokens[k].key.startswith("بال")
        and "ال" + tokens[k].key[3:] in WORDS.area_nouns
        and tokens[k + 1].key.startswith("ال")
        and any(tokens[m].key.startswith("لل") for m in range(j + 1, k))
    )


def _nisba(token: Token) -> bool:
    """Whether a word with the article ends as a relative adjective does: الأمازيغية، الوطني."""
    return token.key.startswith(("ال", "وال")) and token.key.endswith(("يه", "ي"))


def _disagreeing(head: Token, word: Token, role: int) -> bool:
    """Whether a definite word cannot qualify the definite feminine head before it.

    «التعاضدية النظام»: a masculine noun after a feminine head with the article is
    neither in construct with it nor its adjective, so it starts what the sentence says.
    """
    return (
        head.text.endswith("ة")
        and definite(head)
        and word.key.startswith("ال")
        and not word.text.endswith(("ة", "ى", "ا", "اء"))
        and not _nisba(word)
        and word.key not in WORDS.places
        and not role & (GIVEN | COMPOUND_FIRST | PLACE)
    )


_LONGEST_SHORT_ADJECTIVE = 4
"""Letters of the longest adjective of a plain shape: جديد، كبير، أخضر."""


def _noun_after_field(field: Token, word: Token, role: int) -> bool:
    """Whether a definite noun after a ministry's definite field starts what is said of it.

    "وقدرت وزارة الفلاحة الخسائر": a noun with the article is in construct with no word
    with the article, and is no adjective: neither relative (الرقمي، البحرية), nor a
    participle (المستدامة), nor feminine (العامة), nor of four letters or fewer, as
    adjectives of other shapes are ("وزارة الأمن العام", "وزارة الإعلام الجديد").
    """
    return (
        definite(field)
        and word.key.startswith("ال")
        and len(word.key) >= _LONGEST_SHORT_ADJECTIVE + 3
        and not word.key.startswith("الم")
        and not word.text.endswith(("ة", "ى", "ا", "اء"))
        and not _nisba(word)
        and word.key not in WORDS.places
        and not role & (GIVEN | COMPOUND_FIRST | PLACE)
    )


def _governs_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at ``tokens[k]`` goes with the word after it, whatever its gender.

    «الوكالة البين جماعية»: a prefix of the adjective after it; «الشركة المفوض لها»: a
    participle and the preposition it governs, masculine as the impersonal passive is.
    """
    if k + 1 >= len(tokens):
        return False
    return tokens[k].key == "البين" or (
        tokens[k].key.startswith("الم") and tokens[k + 1].key[:1] in "لبع"
    )


def negated_adjective(tokens: Sequence[Token], k: int) -> bool:
    """Whether "غير" and a word with the article stand at ``tokens[k]``: "غير المباشرة"."""
    return tokens[k].key == "غير" and k + 1 < len(tokens) and tokens[k + 1].key.startswith("ال")


def _present_verb_shape(token: Token) -> bool:
    """Whether a bare word is shaped as a verb in the present: تتابع، يعمل، تستعمل.

    «ي» before a consonant, or «تت», «تست»; no letter joined before it.
    """
    key = token.key
    return (
        token.kind == WORD
        and len(token.forms) == 1
        and 4 <= len(key) <= 6
        and (key[0] == "ي" or key.startswith(("تت", "تست")))
        and key[1] not in "اوي"
        and key[-1] not in "يه"
    )  # not "تمور", "تعليم", "تشغيل": nouns, which begin as a verb in «ت» does


def _bare_noun_after_region(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a bare Arabic noun, no place's, right after a place's name.

    "… لجهة الدار البيضاء-سطات إيصال الإنذارات", "… بجهة مراكش آسفي مطلع سنة 2042": a
    region's name ends a name, and a noun with neither the article nor a preposition is
    what the sentence goes on to say.
    """
    if k >= len(tokens) or _hyphen_joins(tokens, k):
        return False
    token = tokens[k]
    return (
        token.kind == WORD
        and token.text[0] >= "\u0600"
        and not definite(token)
        and token.key[:1] not in _JOINED_PREPOSITIONS
        and token.key not in WORDS.places
        and token.key not in WORDS.place_prefixes  # بتاونات عين عائشة: a place goes on
        and tokens[k - 1].key in WORDS.places
    )


_JOINED_PREPOSITIONS = frozenset("بلوف")
"""Letters a word may begin with that join a preposition or "and" to it: "بفاس", "للتنمية"."""


def _hyphen_joins(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is a hyphen written between two Arabic words: فاس-مكناس."""
    return (
        0 < k < len(tokens) - 1
        and tokens[k].key == "-"
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
        and tokens[k - 1].kind == tokens[k + 1].kind == WORD
        and tokens[k + 1].text[0] >= "\u0600"
    )


_FOR_THE_SAKE_OF = tuple(normalize(word) for word in ("من", "أجل"))
"""Keys of "من أجل" ("for"), inside a name after "للتعاون": "الوكالة الإيطالية للتعاون
من أجل التنمية"."""
_FOR_COOPERATION = normalize("للتعاون")


def _for_a_purpose(tokens: Sequence[Token], j: int, k: int) -> bool:
    """Whether "من أجل" and a noun with the article at ``tokens[k]`` go on a name.

    They do in the name of an agency "for cooperation for development", headed by
    ``tokens[j]`` ("للتعاون من أجل التنمية", "للتعاون الدولي من أجل التنمية"), not after
    another name ("المكتب الوطني للكهرباء والماء الصالح للشرب من أجل الربط …", "البنك
    الدولي من أجل تمويل …": what the money is for).
    """
    return (
        phrase_at(tokens, k, _FOR_THE_SAKE_OF)
        and k + 2 < len(tokens)
        and tokens[k + 2].kind == WORD
        and definite(tokens[k + 2])
        and any(tokens[m].key == _FOR_COOPERATION for m in range(j + 1, k))
    )


def _cause_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether "من أجل" and a noun with the article stand at ``tokens[k]``.

    After an association's head, they are its cause, in its name («الجمعية المغربية من
    أجل المحاكمة العادلة»).
    """
    return (
        phrase_at(tokens, k, _FOR_THE_SAKE_OF)
        and k + 2 < len(tokens)
        and tokens[k + 2].kind == WORD
        and definite(tokens[k + 2])
    )


def _bare_noun_after_article(head: Token, token: Token) -> bool:
    """Whether an Arabic head with the article is followed by a bare indefinite noun.

    A name goes on after "المعهد" with an adjective or a complement that has the article
    (المعهد الوطني، المعهد للدراسات); a word with neither, and nothing joined to it,
    is what the sentence goes on to say.
    """
    return (
        definite(head)
        and not definite(token)
        and len(token.forms) == 1
        and token.text[0] >= "\u0600"
        and token.key not in WORDS.places
        and token.key not in WORDS.organization_suffixes
        and token.key not in WORDS.construct_adjectives  # الكلية متعددة التخصصات
    )


def _people_served_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word before ``tokens[k]`` is "لل" and a plural of people.

    Their cause follows with "ب" as part of the name: "جمعية عطاء للمتبرعين بالدم",
    "جمعية الأمل للمصابين بالسكري"; so does where they are, after an adjective that
    agrees with them ("مؤسسة الحسن الثاني للمغاربة المقيمين بالخارج").
    """
    key = tokens[k - 1].key
    if not key.endswith(("ين", "ون")):
        return False
    if key.startswith("لل"):
        return len(key) > 6
    return (
        k > 1
        and key.startswith("ال")
        and len(key) > 5
        and tokens[k - 2].key.startswith(("لل", "وال"))
        and tokens[k - 2].key.endswith(("ين", "ون", "ه"))
    )


_SHORTEST_PLURAL = 6
"""Letters of the shortest word with the article and a sound plural's ending that is one:
"المحامين", not "البين" ("inter-") nor "الأمين"."""


def _territory_where(tokens: Sequence[Token], k: int) -> bool:
    """Whether a territory after «ب» at ``tokens[k]`` says where the one named is.

    «جماعة آيت أوزين بإقليم شيشاوة», «فيدرالية لجان الدواوير بإقليم الحوز»: the province
    the commune or the federation is in, part of its name; no province of its own. So is
    the province after «بعمالة» («المديرية الإقليمية للفلاحة بعمالة إقليم تنغير»).
    """
    return _bi_territory(tokens[k]) or (
        k > 0
        and _bi_territory(tokens[k - 1])
        and not WORDS.signing_territories.isdisjoint(tokens[k].forms)
    )


def _bi_territory(token: Token) -> bool:
    """Whether «ب» is joined to a territory that can sign: «بإقليم», «بعمالة»."""
    return token.key[:1] == "ب" and not WORDS.signing_territories.isdisjoint(token.forms[1:])


def _phrase_end(reader: Reader, j: int, *, proper: bool, first: int | None = None) -> int:
    """The index after the words of an Arabic institution name whose head is ``tokens[j]``.

    ``proper``: the head is one a company's own name follows (شركة، مجموعة), which
    ends at the first word with the article: its nationality or sector. ``first``: where
    the name starts when its head is the last word of a phrase the lexicon knows.
    """
    tokens, bits = reader.tokens, reader.roles
    ministry = any(form.removeprefix("ال") in MINISTRY_HEADS for form in tokens[j].forms)
    royal = False  # inside a king's or a saint's name: its given names go on
    complement = False  # past "لل": شركة غيمة للبنى الرقمية, whose adjectives go on
    cooperative = _means(tokens[j], COOPERATIVE)
    purposed = cooperative or any(
        strip_article(form) in WORDS.purposed_heads for form in tokens[j].forms
    )
    gathers = (
        purposed
        or _means(tokens[j], FEDERATION)
        or (j + 1 < len(tokens) and has(tokens[j + 1], WORDS.member_words))
    )
    field_at: int | None = None  # where "في" brings in the field of a research institution
    k = j + 1
    longest_name = MAX_NAME_WORDS  # and the words of "لدى رئيس الحكومة المكلفة" on top
    while (
        k < len(tokens) and k - j < longest_name and reader.sentence_of[k] == reader.sentence_of[j]
    ):
        token = tokens[k]
        named_for = (  # الشركة الوطنية لإنجاز وتدبير الملاعب: its name says what it is for
            k > j + 1
            and token.key in WORDS.purposes
            and definite(tokens[j])  # not وكالة التنمية الفلاحية لرقمنة: a noun in construct
            and all(_nisba(tokens[m]) for m in range(j + 1, k))
        )
        spelled = spelled_initials(tokens, k) if k > j + 1 else 0
        if spelled:
            k += spelled  # شركة أطلس إم آر أو, مؤسسة ميزان آي أو تي: its initials spelled out
            continue
        if field_at is not None and token.key == "في":
            break  # المعهد الوطني للبحث في الصيد البحري في اختيار المواقع: what it will do
        if _with_possessive(token):
            if k > j + 1 and _for_whom(tokens[k - 1]):
                k -= 1  # … للنجاعة الطاقية لمساعدة أعضائها: what for, not its name
            break  # فيما يضع بريد المغرب شبكته رهن إشارة المرتفقين: what it puts, its own
        if _field_after_fi(reader, j if first is None else first, k):
            field_at = k
            k += 1  # معهد البحث في الطاقة الشمسية، مركز البحث في الماء: the field
            continue
        if (
            field_at is not None
            and k > field_at + 2
            and _nisba(tokens[k - 1])
            and token.key.startswith("ال")
            and not _nisba(token)
        ):
            break  # يقدر المعهد الوطني للبحث في الصيد البحري الكميات: what it estimates
        if (
            k == j + 1
            and first is not None
            and first < j
            and token.key.startswith("ال")
            and not _nisba(token)
            and not _given(tokens, k)
            and token.key not in WORDS.places
            and token.key not in _PLACE_FIRST
            and token.key not in CHARGED_WITH  # الوزارة المنتدبة المكلفة ب…: its field
            and not _own_name_at(tokens, k)
            and not _agrees_with_plural(tokens, k)
        ):
            break  # يعوض صندوق التضامن ضد الوقائع الكارثية المتضررين: whom, past a known name
        if (
            k == j + 1
            and definite(tokens[j])
            and token.key.startswith("ال")
            and token.key.endswith(("ين", "ون"))
            and not token.key.endswith(("يين", "يون"))
            and len(token.key) > _SHORTEST_PLURAL
        ):
            break  # دعت الهيئة المحامين: whom it called; a definite head takes no plural
            # noun after it («هيئة المحامين» is written without the article); not
            # «الوكالة البين جماعية»
        if (
            k == j + 1
            and first is None
            and _disagreeing(tokens[j], token, bits[k])
            and not _governs_after(tokens, k)
        ):
            break  # وطورت التعاضدية النظام: what it developed; a feminine head takes no
            # masculine adjective (not «الهيئة العليا», «الشركة الوطنية»)
        if ministry and k > j + 1 and _noun_after_field(tokens[k - 1], token, bits[k]):
            break  # وقدرت وزارة الفلاحة الخسائر: what it estimated
        if (
            k == j + 1
            and (tokens[j].key in WORDS.delegate_words or _state_secretariat(tokens, j))
            and token.key in CHARGED_WITH
        ):
            k += 1  # الوزارة المنتدبة المكلفة بالانتقال الرقمي: its field, not a post
            longest_name += 1
            continue
        if phrase_at(tokens, k, _TO_THE_HEAD_OF_GOVERNMENT):
            k += len(_TO_THE_HEAD_OF_GOVERNMENT)  # الوزارة المنتدبة لدى رئيس الحكومة المكلفة …
            longest_name += len(_TO_THE_HEAD_OF_GOVERNMENT)
            if k < len(tokens) and tokens[k].key in CHARGED_WITH:
                k += 1  # … المكلفة بالانتقال الرقمي: its field, not a post
                longest_name += 1
            continue
        if _hyphen_joins(tokens, k):
            k += 2  # الشركة الجهوية متعددة الخدمات فاس-مكناس: a region's name
            longest_name += 2  # one word of the name, however many it joins: الرباط-سلا-القنيطرة
            if _bare_noun_after_region(tokens, k):
                break  # … لجهة الدار البيضاء-سطات إيصال الإنذارات: what it will do
            continue
        if (
            k > j + 1
            and _after_place_prefix(tokens, bits, k)
            and not has(tokens[j], WORDS.settlements)
        ):
            k += 1  # تعاونية نجمة لمعلمي عين النقبي: a place's name goes on past عين
            continue
        if k > j + 1 and f"{tokens[k - 1].key} {token.key}" in WORDS.places:
            k += 1  # مجلس جهة كلميم وادنون: the second word of a place's name
            continue
        if (
            k > j + 1
            and bits[k] & STOPWORD
            and k + 1 < len(tokens)
            and f"{token.key} {tokens[k + 1].key}" in WORDS.places
        ):
            k += 2  # جمعية مراكبيي بين الويدان: a place whose first word is a preposition's
            continue
        if _for_a_purpose(tokens, j, k):
            k += 3  # الوكالة الإيطالية للتعاون من أجل التنمية, which ends the name
            break
        if purposed and k > j + 1 and _cause_at(tokens, k):
            k += 3  # الجمعية المغربية من أجل المحاكمة العادلة: the cause it stands for
            continue
        if (tokens[k - 1].key, token.key) in WORDS.name_joints and k + 1 < len(tokens):
            k += 2  # الصندوق المغربي للتأمين عن المرض: a preposition inside the name
            continue
        if negated_adjective(tokens, k):
            k += 2  # إدارة الجمارك والضرائب غير المباشرة
            continue
        if k == j + 1 and first in (None, j) and definite(tokens[j]) and after_wa(token):
            break  # بين الوزارة والرابطة المحمدية للعلماء: the one named before, and another
        if token.kind != WORD or (
            bits[k] & _ENDS_ARABIC_NAME
            and token.text not in WORDS.transliterated_words
            and not named_for
            and not _council_of(tokens, j, k)
            and not _territory_where(tokens, k)
            and not _head_as_complement(tokens, j, k)
            and not _agreeing_adjective(tokens, j, k)
            and not _field_adjective(tokens, k, bits[k])
            and not _field_not_title(tokens, k, bits[k])
            and not _members_named(tokens, k, bits[k])
            and not (
                gathers
                and k == j + 1
                and bits[k] & TITLE_HEAD
                and definite(token)
                and not definite(tokens[j])
            )  # جمعية الكسابة الرحل: the herders it gathers, no one's post
            and not (k == j + 1 and has(token, WORDS.member_words))  # فيدرالية لجان الدواوير
            and not (bits[k] & GIVEN and tokens[k - 1].key in WORDS.royal_titles)  # مولاي علي
            and not (
                k == j + 1
                and bits[k] & ~INSTITUTION_FIRST == ORG_HEAD
                and has(tokens[j], WORDS.construct_heads)
                and (
                    definite(token)
                    or not has(token, WORDS.named_heads)
                    or has(token, WORDS.founded_heads)
                )
            )  # مؤسسة البنك الشعبي, مؤسسة بنك أنوار, مجلس جماعة …; not مؤسسة شركة …: its
            # founder
            and not _bank_of_foundation(tokens, j, k)
            and not _in_field_construct(tokens, bits, j, k)
            and not (
                k == j + 1
                and bits[k] & ORG_HEAD
                and definite(tokens[j])
                and token.key.startswith("ال")
                and token.key.endswith("يه")
            )  # الفيدرالية البيمهنية: a head written as an adjective, that of the one before
        ):
            if proper and k == j + 1 and (suffixed := _suffixed_after(tokens, k)):
                return suffixed  # شركة خطاط تكنولوجيز: a trade's word, the company's name
            break  # not "بعثة الاتحاد الأوروبي", whose name is another institution's
        if tokens[k - 1].key in WORDS.royal_ordinals:
            royal = False  # past "محمد السادس": a person's name after it is no king's
        royal = (
            royal
            or token.key in WORDS.royal_titles  # المركز الاستشفائي الجهوي مولاي علي الشريف
            or tokens[k - 1].key in WORDS.royal_titles
            or (k + 1 < len(tokens) and tokens[k + 1].key in WORDS.royal_ordinals)
        )  # "المركز الاستشفائي الجامعي محمد السادس": a king's name, and the centre's
        if (
            (
                bits[k] & (GIVEN | COMPOUND_FIRST)
                and not token.key.startswith("لل")  # للبنى: ل and البنى, not لبنى's name
                and tokens[k - 1].key not in _SON_OF  # المركز الاستشفائي الجامعي ابن ميمون
                and not (
                    k > j + 1
                    and token.key[:1] == "ب"
                    and k + 1 < len(tokens)
                    and _two_word_place(token, tokens[k + 1])
                )  # … لمنتجي الشمندر السكري بسيدي بنور: a town after the name, no one's name
            )
            and (
                (k > j + 1 and not bits[k - 1] & ORG_HEAD and not royal)
                or (definite(tokens[j]) and not royal)  # رئيس الجامعة عز الدين الإدريسي
            )
        ):
            if proper and (suffixed := _suffixed_after(tokens, k)):
                return suffixed  # شركة صحارى ماري إكسبور: no one's name
            break
        key = token.key
        if len(key) <= 1:
            break  # بـ400: a preposition written apart
        if (
            k > j + 1
            and said_with_fa(token)  # not أما مجلس جهة فاس مكناس …, أما شركة أطلس فود …
            and _topic_before(reader, j if first is None else first)
        ):
            break  # أما شركة السدرة فتستثمر …: what is said of it after «أما»
        if (
            k + 1 < len(tokens)
            and tokens[k + 1].kind == NUMBER
            and not TEXT_WORDS.year_words.isdisjoint(token.forms)
        ):
            break  # المجلس الأعلى للسلطة القضائية مطلع 2031: when, not its name
        if k + 1 < len(tokens) and key in _WHEN_NOUNS and tokens[k + 1].key in _WHEN_SHIFTS:
            break  # وزارة التربية الوطنية الشهر المقبل: when, not its name
        if (
            k > j + 1
            and tokens[k - 1].key in WORDS.nationalities
            and not definite(token)
            and key[:1] not in "لب"
            and not bits[k] & (GIVEN | COMPOUND_FIRST)
        ):
            break  # … وعصرنة الإدارة الموريتانية انتقاء المستفيدين: what it does next
        if (
            k == j + 1
            and bits[j] & ORG_HEAD
            and not bits[k] & (GIVEN | COMPOUND_FIRST)
            and _bare_noun_after_article(tokens[j], token)
        ):
            break  # "سيضع المعهد رهن إشارة …": what the sentence says of it
        if bits[k] & INSTITUTION_FIRST and key.startswith("و") and longest(tokens, k, _PHRASES):
            break  # مجلس جهة الشرق والمركز الجهوي للاستثمار: another institution
        if k > j + 1 and _territory_after_wa(token):
            break  # "تتكفل وزارة التربية الوطنية والعمالة بالباقي": the prefecture, another
        if (
            not ministry  # not وزارة الإدماج الاقتصادي والمقاولة الصغرى: a ministry's fields
            and after_wa(token)
            and (
                has(token, WORDS.organization_descriptors)  # … القروية والفاعل في قطاع …
                or has(token, WORDS.platforms)  # … تشغيل الشباب ومنصة التعلم عن بعد "…"
                or (k > j + 1 and _another_head(token))  # … الجوية ومركز البحث، والمركز الجهوي
            )
        ):
            break  # another institution, joined to this one by "و"
        if k > j + 1 and bits[k] & INSTITUTION_FIRST and definite(tokens[k - 1]):
            known = longest(tokens, k, _PHRASES)
            if known is not None and known[1] is not OrganizationKind.OTHER:
                break  # منحت الوكالة الفرنسية للتنمية القرض الفلاحي …: another one named
        if key[:1] == "ب" and has(tokens[j], WORDS.missions) and key[1:] in WORDS.places:
            return k + 1  # بعثة الاتحاد الأوروبي بالمغرب: a mission's country is in its name
        if (
            k > j + 1
            and tokens[k - 1].key in WORDS.nationalities
            and bits[k - 2] & ORG_HEAD
            and definite(tokens[k - 2])  # not تعاونية الهندية الخضراء: in construct, a noun
            and definite(token)
            and not key.startswith("لل")
            and not (
                k + 1 < len(tokens)
                and tokens[k + 1].key.startswith("لل")
                and not key.startswith("الم")  # المجموعة الصينية المصنعة للسيارات: what it does
            )
        ):
            break  # بعثة الاتحاد الأوروبي الحفل: the union's name ends with where it is from;
            # not الجمعية المغربية البصيرة للمكفوفين, a name of its own before its field
        if key in WORDS.places and _compass_after(tokens, k):
            k += 3  # شركة الناظور غرب المتوسط: the place and its side, one name
            continue
        if key in WORDS.places and k + 1 < len(tokens) and _bare_after_place(tokens[k + 1]):
            if f"{key} {tokens[k + 1].key}" in WORDS.places:
                return k + 2  # … متعددة الخدمات الحوز تانسيفت: a place of two words
            if proper and k == j + 1 and _name_word_after_place(tokens, k + 1):
                return k + 2  # شركة سايس سكايماب: a company named for its region, and more
            return _suffixed_after(tokens, k + 1) or k + 1  # أفاد تقرير لبنك المغرب صدر:
            # the place ends the name, a verb follows; شركة بوغاز ستيل تاورز goes on
        if _after_son_of(tokens, j, k) and not _nisba(token) and key not in WORDS.places:
            break  # سيطور مختبر … بجامعة ابن طفيل النظام: the name ends with the person's
        if (
            k > j
            and key in WORDS.object_nouns
            and (definite(tokens[k - 1]) or bits[k - 1] & (GIVEN | COMPOUND_FIRST | PLACE))
        ):
            break  # انتقد الاتحاد … الصحة العمومية المشروع: what it criticised, not its name;
            # ستحتضن جامعة السلطان مولاي سليمان المعطيات: after a name, what it will host;
            # تعبئ الجمعية الباقي: what the association raises
        if (
            k > j + 1
            and key.startswith("بال")
            and ("ال" + key[3:] in WORDS.undertakings or "ال" + key[3:] in WORDS.object_nouns)
            and definite(tokens[k - 1])
        ):
            break  # رحبت جمعية طنجة للطريق الآمن بالمبادرة: what it welcomed
        if (
            (k > j + 1 or definite(tokens[j]))
            and key.startswith("لل")
            and ("ال" + key[2:] in WORDS.undertakings or "ال" + key[2:] in WORDS.procedures)
        ):  # بمواكبة وكالة التنمية الرقمية للمشروع، ورصدت الوزارة للبرنامج: what it serves;
            break  # تعرض على مجلس الجماعة للمصادقة: what it is asked to do; not its field
        if k > j + 1 and _object_after(tokens, k) and not bits[k] & (GIVEN | COMPOUND_FIRST):
            break  # أطلقت الوزارة … العمومية منصة جديدة: what it launched, a noun and adjective
        if (
            k > j + 1
            and not proper
            and (tokens[k - 1].key in WORDS.places or not definite(tokens[k - 1]))
            and _present_verb_shape(token)
            and not bits[k] & (GIVEN | COMPOUND_FIRST | PLACE)
        ):
            break  # فلاحة بجماعة تيسة تتابع علاج السكري: what she does, after the place
        if k > j + 1 and _feminine_future(key) and not bits[k] & (GIVEN | COMPOUND_FIRST | PLACE):
            break  # جامعة ألمانسا ستستقبل سنويا, مؤسسة نور تيليكوم ستزود: what it will do;
            # not "سيستمز", "سيرفيسز"
        if (
            k > j + 1
            and _bare_noun_after_region(tokens, k)
            and any(tokens[m].key[:1] == "ب" for m in range(max(j, k - 3), k))
        ):
            break  # المرصد الجهوي للصحة بجهة مراكش آسفي مطلع سنة 2042: when, after its region
        if (
            k > j + 1
            and _nisba(tokens[k - 1])
            and _object_in_construct(tokens, k)
            and not bits[k] & (GIVEN | COMPOUND_FIRST | PLACE | ORG_HEAD | TITLE_HEAD)
        ):
            break  # تعمل الشركة الجهوية داخل المغرب, أن يراجع المعهد الملكي للثقافة
            # الأمازيغية مراجعة الشق …: what it does, or where
        if (
            k > j
            and definite(tokens[k - 1])
            and token.kind == WORD
            and not definite(token)
            and k + 1 < len(tokens)
            and tokens[k + 1].key in WORDS.demonstratives
        ):
            break  # تعتزم إدارة الجمارك رفع هذا العدد: what it means to do, to "this number"
        if (
            k > j
            and definite(tokens[k - 1])
            and _bare_verbal_noun(token)
            and not bits[k] & (GIVEN | COMPOUND_FIRST | PLACE)
        ):
            break  # تتولى الغرفة الفلاحية إخبار الفلاحين: what it will do
        if tokens[k - 1].key in WORDS.places and _purpose_after_place(token) and not purposed:
            break  # موافقة بنك المغرب لاختبار نموذج: what it approved, not its name; but
            # تعاونية تيفلت لإنتاج العسل: what a cooperative named for its town makes, and
            # جمعية الغرب لحماية الطيور: what an association named for its region serves
        if (
            proper
            and k > j + 1
            and key[:1] == "ب"
            and key[:2] not in {"بن", "بو", "بي"}
            and len(key) >= 5
            and not definite(tokens[j + 1])
            and (k + 1 == len(tokens) or tokens[k + 1].kind == MARK)
            and key not in WORDS.organization_suffixes  # شركة تيفاوين بريمور، its own word
            and not _what_it_does(tokens, j + 1)  # شركة تدبير المياه … بخريبكة: its name
        ):
            return k  # تعاونية زيتون سبو بتاونات،: where it is, after a name of its own
        if (
            k > j + 1
            and key[:1] == "ب"
            and len(token.forms) > 1
            and not definite(token)
            and _initials_after(tokens, k + 1)
        ):
            return k + 1  # معهد علوم الغابات بألينتيخو (ICFA): its place, then its initials
        if key[:1] == "ب" and tokens[k - 1].key in WORDS.residence_participles:
            k += 1  # جمعية المغاربة المقيمين بهولندا: where its members live, in its name
            while k < len(tokens) and tokens[k].key[:2] == "وب" and len(tokens[k].key) > 3:
                k += 1  # … بهولندا وبلجيكا
            continue
        if key[:1] == "ب":
            place = WORDS.places.get(key[1:])
            before = (j if first is None else first) - 1
            office = before >= 0 and tokens[before].key in WORDS.offices  # مكتب الوكالة … بالرباط
            if place is not None and place[1] is not PlaceKind.COUNTRY:
                if k == j + 1 and (first is None or not definite(tokens[j])):
                    break  # لها مكتب بالرباط: an office in the city, no name; بمقر
                    # الأكاديمية بالرشيدية: the academy named before, where its seat is;
                    # not المركز الاستشفائي الجهوي بكلميم, a phrase the lexicon knows
                if (
                    tokens[k - 1].key in WORDS.places
                    and not (j + 1 < k and tokens[j + 1].key in WORDS.offices)
                    and not (k == j + 2 and _means(tokens[j], UNIVERSITY))
                ):  # not الاتحاد الجهوي للاتحاد العام لمقاولات المغرب بفاس مكناس: its region;
                    # not جامعة سجلماسة بالرشيدية: a university named for one place, in another
                    break  # بالمقر المركزي لبنك المغرب بالرباط: where its seat is
                if office:
                    break  # مدير مكتب الوكالة الفرنسية للتنمية بالرباط: where the office is
                if any(
                    has(tokens[m], WORDS.nationalities) and not has(tokens[m], WORDS.home_country)
                    for m in range(j + 1, k - 1)
                ):
                    break  # الممثل المقيم للوكالة اليابانية للشراكة القروية بالرباط: a
                    # foreign institution with a field of its own is not named for the
                    # city it works in, where «المعهد الفرنسي بمراكش» is
                if _hyphen_joins(tokens, k + 1):
                    return k + 3  # المجلس الجهوي للسياحة بفاس-مكناس: a region's two names
                for n in (3, 2):  # … بالعيون الساقية الحمراء, … بفاس مكناس: written apart
                    words = [key[1:], *(token.key for token in tokens[k + 1 : k + n])]
                    if len(words) == n and " ".join(words) in WORDS.places:
                        return k + n
                if gathers and k + 1 < len(tokens) and _another_place_after_wa(tokens[k + 1]):
                    return k + 2  # اتحاد تعاونيات الزيتون بسايس وزرهون: its two places
                if k + 1 < len(tokens) and tokens[k + 1].key in WORDS.region_adjectives:
                    return k + 2  # جمعية منتجي الزيتون بدرعة الوسطى: the region's part
                return k + 1  # مستشفى الحسن الثاني بأكادير: the city ends the name
            region_end = (
                _region_at(tokens, k)
                if k > j + 1
                and place is None
                and not (k + 1 < len(tokens) and _two_word_place(token, tokens[k + 1]))
                # بالدار البيضاء-سطات: a place of two words, read below
                and (
                    (gathers and definite(tokens[k - 1]))
                    or (
                        strip_article(key[1:]) in WORDS.compass_points
                        and not _countrywide(tokens, j, k, ministry=ministry)
                    )
                )
                else None
            )
            if region_end is not None:
                return region_end  # جمعية الناقلين الطرقيين بالريف الشرقي، التي …; المعهد
                # العالي للتكنولوجيا الفلاحية بالشرق: the east of the country
            if key[1:] in _PLACE_FIRST and k + 1 < len(tokens):
                two = f"{key[1:]} {tokens[k + 1].key}"
                if two in WORDS.places and office:
                    break  # فرع البنك … بالدار البيضاء: where the branch is
                if two in WORDS.places:
                    if k + 2 < len(tokens) and f"{two} {tokens[k + 2].key}" in WORDS.places:
                        return k + 3  # الاتحاد الجهوي للمشغلين ببني ملال خنيفرة: the region
                    if _hyphen_joins(tokens, k + 2):
                        return k + 4  # المجلس الجهوي للصيادلة ببني ملال-خنيفرة: so written
                    if k + 2 < len(tokens) and tokens[k + 2].key in WORDS.region_adjectives:
                        return k + 3  # المديرية الجهوية للغابات بالأطلس المتوسط الأوسط
                    return k + 2  # كلية العلوم والتقنيات ببني ملال
            if (
                key[1:] in WORDS.place_openers
                and k > j + 1
                and not _countrywide(tokens, j, k, ministry=ministry)
                and k + 1 < len(tokens)
                and tokens[k + 1].kind == WORD
                and not definite(tokens[k + 1])
                and not bits[k + 1] & (ORG_HEAD | TITLE_HEAD)
                and not office
            ):
                if k + 2 < len(tokens) and tokens[k + 1].key in WORDS.place_openers:
                    return k + 3  # … بآيت سيدي داود: a place of three words
                return k + 2  # جمعية منتجي التمور بوادي زيز, … بآيت عميرة: a place the
                # lexicon does not know, by the word that opens its name
            if key[1:] in WORDS.share_nouns or _amount_word(key[1:]):
                break  # المجلس الإقليمي لأزيلال بنسبة 15 في المائة، … بمليوني درهم: its share
            if (
                key[1:] in WORDS.site_nouns
                and k + 1 < len(tokens)
                and tokens[k + 1].key in WORDS.places
                and not office
            ):
                return k + 2  # جمعية البحارة الصيادين … بميناء الصويرة: the port it is at
            if (
                place is None
                and not definite(token)
                and definite(tokens[k - 1])
                and "ال" + key[1:] not in WORDS.generic_complements
                and not (
                    tokens[k - 1].key in WORDS.purposes
                    and k - 1 > j + 1
                    and _adjectives_only(tokens, j, k - 1)
                )  # الشركة الملكية للنهوض بتربية الخيول: the field of its name, after its
                # adjective; not "الجمعية للمساهمة بتوفير"
                and not has(tokens[k - 1], WORDS.bi_objects)  # … لليقظة والإنذار بحرائق
                # الغابات: what it alerts to, in its name
            ):
                break  # تتكفل الجامعة بتوفير، مجلس الجهة بجزء: what it does, not its name
        if (
            key.startswith("بال")
            and not bits[k - 1] & TITLE_LINK
            and tokens[k - 1].key not in WORDS.purposes  # للنهوض بالتعليم: what it furthers
            and not has(tokens[k - 1], WORDS.bi_objects)  # والإنذار بالفيضانات: what of
        ):
            city = any(
                (
                    form in _PLACE_FIRST
                    and k + 1 < len(tokens)
                    and f"{form} {tokens[k + 1].key}" in WORDS.places
                )  # بالدار البيضاء; not بالجهة alone, though «الجهة الشرقية» is a region
                or WORDS.places.get(form, ("", PlaceKind.COUNTRY))[1] is not PlaceKind.COUNTRY
                for form in token.forms
            )
            if not city and _national_body(tokens, j, k):
                return k + 1  # جمعية هيئات المحامين بالمغرب: a national body's country
            if (
                not city
                and _people_served_before(tokens, k)
                and "ال" + key[3:] not in WORDS.generic_complements
            ):
                return k + 1  # جمعية عطاء للمتبرعين بالدم: whom it gathers, and their cause
            if not city and _area_of_field(tokens, j, k):
                return k + 2  # المعهد الوطني للعلوم الزراعية بالمناطق الجافة: where its
                # field is studied, with the adjective that says which areas
            if not city:  # 300 مقاولة بالجهة، ممثلة الصندوق بالمغرب: where, not a name
                break
        if bits[k] & TITLE_LINK:
            break  # رئيس الشركة المكلف بإفريقيا: a post goes on, not the name
        if (
            k > j + 1
            and _by_doing(token)
            and (token.key[1:2] == "ت" or token.key.endswith(POSSESSIVE_SUFFIXES))
            # not بإقليم الحاجب: a territory shaped as إفعيل; «بإشراكها»: "by involving it"
            and tokens[k - 1].key not in WORDS.purposes
        ):
            break  # تطالب الجمعية الجهوية … بجهة مراكش-آسفي بتخصيص ممر: what it asks for;
            # not «للنهوض بتشغيل الشباب», the field it furthers
        if (
            k > j + 1
            and _by_mufaala(token)
            and k + 1 < len(tokens)
            and definite(tokens[k + 1])
            and tokens[k - 1].key not in WORDS.purposes
        ):
            break  # … للفلاحة بجهة فاس مكناس بمواكبة الفلاحين: what its advisers do
        if (
            not named_for
            and _verbal_noun(token)
            and (
                (k == j + 1 and definite(tokens[j]))
                or (k > j + 1 and (_hyphen_joins(tokens, k - 2) or _nisba(tokens[k - 1])))
            )
        ):
            break  # قررت الشركة … مراكش-آسفي الاستعانة بـ، سيتولى المعهد … الأمازيغية المصادقة
        if _another_after_wa(tokens, k) and not (
            k == j + 1
            and not definite(tokens[j])
            and (has(tokens[j], WORDS.named_heads) or has(tokens[j], WORDS.construct_heads))
        ):
            break  # المكتب الجهوي … لتادلة ومهنيين من …: and others, not the name; right
            # after "شركة" or "مؤسسة", "و" is the name's own letter (شركة وصال تيليكوم)
        if key in _ACCUSATIVE_NOUNS or _accusative_after(tokens, j, k):
            break  # افتتحت جامعة ابن زهر مركزا: what it opened
        if key not in WORDS.places and key not in _PLACE_FIRST and _place_before(tokens, j, k):
            break  # مجلس جهة درعة تافيلالت الحفل، جماعة فاس تراهن: the place ends the name
        if ministry and key[:1] == "ب" and key[1:] in WORDS.territories:
            break  # المديرة الجهوية لوزارة … بجهة مراكش-آسفي: where its service is
        if ministry and key[:1] == "ل" and key[:2] != "لل" and key != "لدي":
            break  # وزارة الانتقال الرقمي وإصلاح الإدارة لتمويل المشروع: what for, not its name
        if (
            k == j + 1
            and first is None
            and definite(tokens[j])
            and key[:1] in "لب"
            and key[:2] != "لل"
            and key[:3] != "بال"
        ):
            break  # التاريخ الذي حددته المديرية لانطلاق الموسم، يلتقي ممثلو النقابة بإدارة
            # المحطة: what for, with whom; a name goes on with an adjective or «لل»
            # (المديرية العامة للأرصاد الجوية)
        if (
            k > j + 1
            and (
                (key in WORDS.purposes and not purposed)
                or (
                    _for_doing(token)
                    and not cooperative  # تعاونية تيفلت لإنتاج العسل: what it makes
                    and not _adjectives_only(tokens, j, k)
                )
            )
            and not named_for
            and not (gathers and key in WORDS.purpose_links)  # جمعيات مستعملي المياه لأغراض زراعية
            and not (proper and k + 1 < len(tokens) and _repeated(reader, j + 1, k + 1))
            # شركة سنابل لتأمين المحاصيل … لسنابل لتأمين المحاصيل: written again, its name
        ):
            break  # وكالة التنمية الفلاحية لرقمنة الضيعات: what the agreement is for
        if key.startswith("ي") and len(key) > 3 and not (_given(tokens, k) or key in WORDS.places):
            break  # المكتب الشريف للفوسفاط يستثمر: a verb
        if (
            verb_after_name(tokens, k)
            and (k > j + 1 or definite(tokens[j]))
            and not _suffixed_after(tokens, k)  # شركة بوغاز سيتينغ سيستمز: no verb
        ):
            break  # الوكالة المغربية للتنمية الرقمية تعد، الشركة وفرت: a verb
        if (
            proper
            and k > j + 1
            and definite(token)
            and not definite(tokens[j + 1])  # مجموعة القرض الفلاحي: a phrase, not a brand
            and key not in WORDS.royal_ordinals
        ):
            if key in WORDS.places:
                end = k + 1
                while _hyphen_joins(tokens, end):
                    end += 2  # شركة استغلال ترامواي الرباط-سلا: the places it joins
                return end  # اتصالات المغرب: a place ends the name it is part of
            if key.startswith("لل") and _repeated(reader, j + 1, k):
                complement = True  # شركة غيمة للبنى … لغيمة للبنى: written again, a name
            elif key in WORDS.sectors_in_names and k == j + 2:
                complement = True  # شركة صنهاجة للتأمين: an insurer's own name
            elif k == j + 2 and _what_it_does(tokens, j + 1):
                complement = True  # شركة تدبير المياه الصناعية بخريبكة: what it manages
            elif cooperative and (key.startswith("لل") or _complement_before(tokens, j, k)):
                complement = True  # تعاونية إمليلي للصيادين التقليديين: whose members;
                # تعاونية تافسوت لإنتاج زيت الأركان: what it makes
            elif cooperative and _nisba(token) and key not in WORDS.nationalities:
                pass  # تعاونية زيتون سايس الفلاحية: what kind of cooperative, in its name
            elif (
                k == j + 2
                and bits[k - 1] & (GIVEN | COMPOUND_FIRST)
                and not _nisba(token)
                and key not in WORDS.nationalities
            ):
                pass  # تعاونية نور البحر: a name in construct, "light of the sea"
            elif (
                key in WORDS.nationalities
                and _means(tokens[j], *_FOR_DEVELOPMENT)
                and k + 1 < len(tokens)
                and tokens[k + 1].key.startswith("لل")
            ):
                complement = True  # بنك راينلاند الألماني للتنمية: a bank's nation, then
                # its field, both in its name
            elif key in WORDS.nationalities or not (complement or _repeated(reader, j + 1, k)):
                break  # شركة ميدترونيكا الإيطالية: its nationality, not its name
        k += 1
    if (
        k > j + 2
        and (not ministry or tokens[k - 1].key in WORDS.home_country)
        # وزارة الاقتصاد الرقمي السنغالية: another country's ministry, which its name says
        and tokens[k - 1].key in WORDS.nationalities
        and not bits[k - 2] & ORG_HEAD
        and tokens[k - 2].key
        not in WORDS.state_words  # هيئة المراقبة العامة لجمهورية الشيلي: a country
        and (ministry or all(tokens[m].key not in WORDS.national for m in range(j + 1, k - 1)))
        # المكتبة الوطنية الإسبانية, اللجنة الوطنية الأولمبية المغربية: which nation's, its name
        and (
            proper
            or tokens[k - 1].key in WORDS.home_country
            or not _named_by_field(tokens, j, k - 1)
        )
        # الوكالة الفضائية الإسبانية: a nation's agency named by its field
        and (
            not tokens[k - 2].key.startswith("لل")  # المكتبة الوطنية للمملكة المغربية
            or (tokens[k - 1].key.endswith("يه") and not tokens[k - 2].key.endswith("ه"))
            or (not definite(tokens[j]) and k - 2 > j + 1 and not definite(tokens[j + 1]))
            # جامعة كوبي للهندسة اليابانية: a name of its own and its field, then its nation
        )
    ):
        return k - 1  # صندوق كيلي كابيتال النيجيري، هيئة رمال للاستثمار الإماراتية: from
    if k - j == longest_name and reader.sentence_of[k - 1] == reader.sentence_of[j]:
        return _place_completed(tokens, k)
    return k


def _past_descriptors(tokens: Sequence[Token], k: int, end: int) -> int:
    """Where a name starts after the words from ``tokens[k]`` that say what it is.

    "الشركة الناشئة رصدية لابس": ``organization_descriptors`` after the word of kind,
    then a word without the article before ``end``; ``k`` if there is none.
    """
    j = k
    while j < end and has(tokens[j], WORDS.organization_descriptors):
        j += 1
    return j if k < j < end and not definite(tokens[j]) else k


def _named_after(tokens: Sequence[Token], k: int, end: int) -> int:
    """Where a name starts after what it is and a word that names it, or 0.

    "شركة ناشئة مغربية تدعى …": descriptors and adjectives from ``tokens[k]``, then one
    of ``naming_words``; 0 where no such word comes.
    """
    while k < end and (has(tokens[k], WORDS.organization_descriptors) or _adjective(tokens[k])):
        k += 1
    return k + 1 if k + 1 < end and has(tokens[k], WORDS.naming_words) else 0


def _national_body(tokens: Sequence[Token], j: int, k: int) -> bool:
    """Whether a country joined to "ب" at ``tokens[k]`` ends the name begun at ``tokens[j]``.

    "جمعية هيئات المحامين بالمغرب", "المجلس الوطني لهيئة الموثقين بالمغرب": a national
    body's (a word of ``national_bodies``), two words at least of its own between (one
    with the article after a head that is such a word: "فيدرالية المؤمنين بالمغرب"), none
    a nationality and none an institution's word of kind; not "ممثلة الصندوق بالمغرب",
    "الوكالة الألمانية بالمغرب", "صندوق الأمم المتحدة للسكان بالمغرب", where it works.
    """
    between = tokens[j + 1 : k]
    place = WORDS.places.get(tokens[k].key[1:])
    headed = has(tokens[j], WORDS.national_bodies) and all(map(definite, between))
    # فيدرالية المؤمنين بالمغرب: whom it gathers, one word will do; not جامعة كوارتيرو
    return (
        len(between) >= (1 if headed else 2)
        and any(has(token, WORDS.national_bodies) for token in tokens[j:k])
        and place is not None
        and place[1] is PlaceKind.COUNTRY
        and all(token.kind == WORD for token in between)
        and not any(has(token, WORDS.nationalities) for token in between)
        and not any(
            has(token, HEADS) and token.key[:1] != "ل" and not _nisba(token) for token in between
        )
    )  # a word of kind joined to "ل" is whose body it is: لهيئة الموثقين; an adjective is
    # what body it is: الفيدرالية البيمهنية للحوامض بالمغرب


def _place_completed(tokens: Sequence[Token], k: int) -> int:
    """Past the rest of a place's name that a name cut at its longest leaves unread.

    "… بجهة طنجة تطوان الحسيمة": a region of three words whose last one is past the
    words a name may have; "… بجهة بني ملال-خنيفرة": a region joined by a hyphen; "…
    بجهة فاس مكناس": the region's whole name after its word.
    """
    while _hyphen_joins(tokens, k):
        k += 2
    if has(tokens[k - 1], WORDS.territories):
        for n in (k + 2, k + 1):
            if n <= len(tokens) and " ".join(t.key for t in tokens[k:n]) in WORDS.places:
                return n  # "… بجهة فاس مكناس": the region's name after its word
    for m in (k - 2, k - 1):
        first = tokens[m].forms
        for n in (k + 2, k + 1):
            if n > len(tokens):
                continue
            rest = " ".join(token.key for token in tokens[m + 1 : n])
            if any(f"{form} {rest}" in WORDS.places for form in first):
                return n
    return k


def _topic_before(reader: Reader, first: int) -> bool:
    """Whether «أما» stands just before the name starting at ``first``."""
    return first > 0 and bool(reader.roles[first - 1] & TOPIC)


def _named_in_full(tokens: Sequence[Token], i: int, quoted: int, kind: OrganizationKind) -> bool:
    """Whether the words from a head to a quote are the institution's full name.

    No company's, with the article and its field after «ل» ("الوكالة المغربية للطاقة
    المستدامة «مازن»", "الفيدرالية البيمهنية المغربية للزيتون "فيموليف"", "الوكالة
    الوطنية لطاقة الرياح «ريحان»"): the quote is its short name. After what a company is
    ("صندوق الاستثمار الإماراتي "أفق كابيتال"", "الشركة المغربية للخدمات "نوماد""), the
    quote is the name.
    """
    return (
        kind is not OrganizationKind.COMPANY
        and quoted - i >= 3
        and definite(tokens[i])
        and any(_field_joined(tokens[m]) for m in range(i + 1, quoted))
        and all(definite(tokens[m]) or _field_joined(tokens[m]) for m in range(i + 1, quoted))
        and not any(
            WORDS.organization_heads.get(strip_article(form)) is OrganizationKind.COMPANY
            for m in range(i + 1, quoted)
            for form in tokens[m].forms
        )  # not "الشريكة المؤسسة للمقاولة الناشئة "صوتية لابس"": the start-up's name
    )


def _field_joined(token: Token) -> bool:
    """Whether «ل» is joined to a word, as to a field: «للطاقة», «لطاقة الرياح»."""
    return token.key.startswith("ل") and len(token.forms) > 1


def _agrees_with_plural(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is the feminine adjective of the plural of things before it.

    «مركز الدراسات المتقدمة»: a plural of «ات» with the article takes a feminine
    adjective, which goes on the name as a nisba does.
    """
    before = tokens[k - 1].key
    return before.startswith("ال") and before.endswith("ات") and tokens[k].key.endswith("ه")


def _field_after_fi(reader: Reader, head: int, k: int) -> bool:
    """Whether "في" at ``tokens[k]`` goes on the name of a research or training institution.

    "معهد البحث في الطاقة الشمسية والطاقات الجديدة", "معهد التكوين في مهن صناعة
    السيارات": after a head of ``topic_heads`` and a noun with the article, "في" gives
    the field, unless what follows it is a place, a number, a word that ends names, a
    word for "field" ("في مجالي البحث والتكوين": what an agreement with it is about) or
    a word that says when ("… مع المركز الوطني للبحث العلمي في يناير"). The head is
    the first word of a phrase the lexicon knows ("مركز البحث في الماء"). After any head
    and its adjectives, a word for research or cooperation does the same ("الوكالة
    اليابانية للبحث في الموارد البحرية"), and through "في مجال" too (see
    :func:`_one_field`).
    """
    tokens = reader.tokens
    if k + 1 >= len(tokens) or k < head + 2:
        return False
    if tokens[k].key == "حول":  # مركز الدراسات المتقدمة حول الزيتون: what it studies
        return (
            any(has(tokens[m], WORDS.study_words) for m in range(head + 1, k))
            and all(definite(tokens[m]) for m in range(head + 1, k))
            and definite(tokens[k + 1])
            and tokens[k + 1].key not in WORDS.places
            and reader.sentence_of[k + 1] == reader.sentence_of[head]
        )
    if tokens[k].key != "في":
        return False
    after = tokens[k + 1]
    one_field = _one_field(reader, head, k)
    return (
        (
            any(form.removeprefix("ال") in WORDS.topic_heads for form in tokens[head].forms)
            or (  # الوكالة اليابانية للبحث في الموارد البحرية; not وزارة الصحة للبحث في …
                tokens[k - 1].key in WORDS.research_words
                and all(_nisba(tokens[m]) for m in range(head + 1, k - 1))
            )
            or one_field
        )
        and definite(tokens[k - 1])
        and after.kind == WORD
        and after.key not in WORDS.places
        and (after.key not in WORDS.domain_words or one_field)
        and not _when(after)
        and not reader.roles[k + 1] & _ENDS_ARABIC_NAME
        and reader.sentence_of[k + 1] == reader.sentence_of[head]
    )


def _one_field(reader: Reader, head: int, k: int) -> bool:
    """Whether "في مجال" at ``tokens[k]`` names the one field of a body's name.

    "مؤسسة أطلس للابتكار في مجال الصحة", "الوكالة الكورية للتعاون في مجال الصحة الرقمية":
    after a word of research or cooperation, the head's own name or adjectives before it;
    not "في مجالي البحث والتكوين", what an agreement is about, nor "وزارة الصحة للبحث في
    مجال السرطان", what the ministry gives money for.
    """
    tokens = reader.tokens
    own = head + 2 if _named_centre(tokens, head) else head + 1  # مركز التميز للبحث في مجال …
    return (
        tokens[k - 1].key in WORDS.research_words
        and tokens[k + 1].key in WORDS.field_words
        and k + 2 < len(tokens)
        and definite(tokens[k + 2])
        and all(_nisba(tokens[m]) or not definite(tokens[m]) for m in range(own, k - 1))
    )


def _when(token: Token) -> bool:
    """Whether a word says when or how long.

    A month's name, "شهر", "يوم", "سنة" ("… في يناير"), "أفق", "ظرف" ("… في ظرف ساعة").
    """
    return (
        token.key in TEXT_WORDS.months
        or token.key in WORDS.within_words
        or token.key in TEXT_WORDS.weekdays
        or token.key in TEXT_WORDS.horizon_words  # "… في أفق شهر فبراير"
        or not _WHEN_WORDS.isdisjoint(token.forms)
    )


_TO_THE_HEAD_OF_GOVERNMENT = tuple(normalize(word) for word in ("لدى", "رئيس", "الحكومة"))
"""Keys of "لدى رئيس الحكومة", inside a delegate ministry's name: "الوزارة المنتدبة لدى
رئيس الحكومة المكلفة بالانتقال الرقمي"."""
CHARGED_WITH = WORDS.charged_with
"""Keys of the word before a charge: a delegate ministry's field ("… المكلفة بالانتقال
الرقمي") or what a post is charged with."""
_SON_OF = frozenset({"ابن", "بن"})
"""The link of a person's name an institution may be named for: "جامعة ابن طفيل"."""


def _object_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether a bare noun and a bare adjective follow a word with the article at ``k``.

    In a name, the words after one with the article have it too (or a preposition, or
    are a place's or a person's name); "منصة جديدة" is what the sentence goes on to say,
    and so is "منحة بقيمة 700 ألف أورو", a bare noun and its amount.
    """
    if k + 1 >= len(tokens) or not definite(tokens[k - 1]):
        return False
    if f"{tokens[k].key} {tokens[k + 1].key}" in WORDS.places:
        return False  # الشركة الجهوية متعددة الخدمات سوس ماسة: a region of two words
    if (
        _bare(tokens[k])
        and tokens[k + 1].key.startswith("ب")
        and len(tokens[k + 1].forms) > 1
        and k + 2 < len(tokens)
        and tokens[k + 2].kind == NUMBER
    ):
        return True  # الوكالة الفرنسية للتنمية منحة بقيمة 700 ألف أورو: what it gives, how much
    return _bare(tokens[k]) and _bare(tokens[k + 1])


def _bare(token: Token) -> bool:
    """Whether an Arabic word stands alone: no article, no joined letter, no place's name."""
    return (
        token.kind == WORD
        and token.text[0] >= "\u0600"
        and not definite(token)
        and token.key[:1] not in "لبو"
        and token.key not in WORDS.places
    )


def _after_son_of(tokens: Sequence[Token], j: int, k: int) -> bool:
    """Whether a word with the article at ``tokens[k]`` follows a name "بن X" or "بن عبد X".

    "جامعة ابن طفيل", "جامعة سيدي محمد بن عبد الله": the person's name ends the
    institution's, and what follows with the article is the sentence's.
    """
    if not tokens[k].key.startswith("ال"):
        return False  # not بالدار البيضاء: where it is, after ب
    if k > j + 2 and tokens[k - 2].key in _SON_OF:
        return tokens[k - 1].key not in WORDS.name_links
    return k > j + 3 and tokens[k - 3].key in _SON_OF and tokens[k - 2].key in WORDS.name_links


def _purpose_after_place(token: Token) -> bool:
    """Whether a word after a place in a name says what for: "ل" and a bare noun (لاختبار).

    Not "لل" and a noun with the article, which goes on with a name ("… المغرب للتجارة").
    """
    key = token.key
    return (
        token.kind == WORD
        and key[:1] == "ل"
        and key[:2] != "لل"
        and len(key) > 3
        and key[1:] not in WORDS.places
    )


def _suffixed_after(tokens: Sequence[Token], k: int, *, and_first: bool = False) -> int:
    """Where a company's name ends whose bare words from ``tokens[k]`` end with a suffix.

    "شركة الناظور غيتواي تيرمينالز", "شركة بوغاز ستيل تاورز": after a place, up to three
    words with no article or preposition joined to them, the last a word companies'
    names end with (``organization_suffixes``); 0 if there is none. With ``and_first``,
    the first word may start with «و» as a word of its own does («واحات كابيتال»).
    """
    for end in range(k, min(k + 3, len(tokens))):
        bare = _bare_after_place(tokens[end]) or (
            and_first and end == k and _and_like_bare(tokens[end])
        )
        if tokens[end].key in WORDS.organization_suffixes and (bare or end > k):
            return end + 1  # "سينسيا لابس": "لابس" is a suffix, no preposition joined
        if not bare:
            return 0
    return 0


def _name_word_after_place(tokens: Sequence[Token], k: int) -> bool:
    """Whether the bare word at ``tokens[k]``, after a place, goes on a company's name.

    "شركة سايس سكايماب الناشئة": a long word no verb's shape has, before a mark or a
    word with the article (what the company is); not "صدر", "تعلن", "يطلق", nor "كمؤسسة"
    (as what).
    """
    key = tokens[k].key
    if len(key) < 5 or key[:1] in "يتنكف" or key.endswith(("ت", "وا")):
        return False
    return k + 1 >= len(tokens) or tokens[k + 1].kind != WORD or definite(tokens[k + 1])


def _and_like_bare(token: Token) -> bool:
    """Whether a word that starts with «و» may be a name's own word: «واحات», «وليلي».

    Not «وال…» (and, the article), and longer than «و» and two letters.
    """
    key = token.key
    return (
        token.kind == WORD
        and key.startswith("و")
        and not key.startswith("وال")
        and len(key) > 3
        and key not in WORDS.places
    )


def _bare_after_place(token: Token) -> bool:
    """Whether a word after a place in a name starts something else: a bare word, no place.

    Not a word with the article or a preposition joined to it ("بنك المغرب للتجارة
    الخارجية"), nor another place's name.
    """
    key = token.key
    return (
        token.kind == WORD
        and token.text[0] >= "\u0600"
        and not key.startswith(("ال", "ل", "ب", "و"))
        and key not in WORDS.places
        and key not in _PLACE_FIRST
    )


def _place_before(tokens: Sequence[Token], j: int, k: int) -> bool:
    """Whether the words of a name before ``tokens[k]`` end with a territory and its name.

    As in "مجلس جهة درعة تافيلالت" or "مجلس جهة الشرق" (a region the lexicon knows with
    its word): a word such as جهة, then a city's or a region's name that ``tokens[k]``
    does not go on (العيون is a city, "جهة العيون الساقية الحمراء" a region).
    """
    for n in range(1, 4):
        if k - n <= j:
            return False
        place = WORDS.places.get(" ".join(token.key for token in tokens[k - n : k]))
        if place is None and tokens[k - n - 1].key in WORDS.territories:
            place = WORDS.places.get(" ".join(token.key for token in tokens[k - n - 1 : k]))
        if (
            place is not None
            and place[1] is not PlaceKind.COUNTRY
            and tokens[k - n - 1].key in WORDS.territories
        ):  # not تافيلالت alone in "جهة درعة تافيلالت": a region in a longer one
            return not _place_goes_on(tokens, k - n, k)
    return False


def _place_goes_on(tokens: Sequence[Token], first: int, k: int) -> bool:
    """Whether a place's name longer than ``tokens[first:k]`` starts at ``tokens[first]``.

    Or an adjective of it follows: "مدينة فاس العتيقة" (``place_adjectives``).
    """
    return tokens[k].key in WORDS.place_adjectives or any(
        " ".join(token.key for token in tokens[first : k + n]) in WORDS.places
        for n in range(1, 4)
        if k + n <= len(tokens)
    )


def _agreeing_adjective(tokens: Sequence[Token], j: int, k: int) -> bool:
    """Whether a word of kind right after the head is its adjective, a complement after it.

    "الهيئة المنظمة للتنقل الحضري": "المنظمة" (organising) agrees with the head, both
    definite and feminine, and a complement with "لل" follows, perhaps after another
    adjective ("الوزارة الفيدرالية الألمانية للتعاون …").
    """
    head, word = tokens[j], tokens[k]
    after = k + 1
    if (
        after + 1 < len(tokens)
        and tokens[after].key.startswith("ال")
        and tokens[after].key.endswith("ه")
    ):
        after += 1  # الوزارة الفيدرالية الألمانية للتعاون: another adjective first
    return (
        k == j + 1
        and after < len(tokens)
        and head.key.startswith("ال")
        and word.key.startswith("ال")
        and head.key.endswith("ه")
        and word.key.endswith("ه")
        and tokens[after].key.startswith("لل")
    )


def _field_adjective(tokens: Sequence[Token], k: int, role: int) -> bool:
    """Whether a relative adjective that is also a trade qualifies the field before it.

    "المعهد الوطني للتحليل الكيميائي", "المعهد الشمالي للتحليل الكهربائي": chemical
    analysis, not a chemist, an electrician; the field is a verbal noun and the word has
    no other role that ends a name. Not after people: "المرصد المغربي للسجون المحامي
    عبد الرحيم الجامعي", "الجمعية المغربية للصيادلة الصيدلاني …": the person's title.
    """
    return (
        k > 0
        and tokens[k - 1].key.startswith("لل")
        and verbal_noun_shape(tokens[k - 1].key[2:])
        and _nisba(tokens[k])
        and not tokens[k].key.startswith("وال")
        and role & _ENDS_ARABIC_NAME == TITLE_HEAD
    )


def _another_after_wa(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is "و" and a word that starts something else than the name.

    A name goes on through "و" with a definite word ("والمالية"), a place ("وتطوان") or
    a word in construct with a definite one or a place ("وتنمية المقاولات", "وحراس قصبات
    درعة", "واحات فم زكيد"); an indefinite word
    with none after it ("ومهنيين من سلاسل الحليب"), or the plural of a word of kind
    ("والمقاولات"), is others the sentence names; so are "وأحد" (one of them) and a
    word of territory ("وعمالة المحمدية").
    """
    token = tokens[k]
    if token.text[:1] != "و" or len(token.forms) < 2:
        return False
    rest = token.forms[1]
    if rest in WORDS.organization_heads or rest in WORDS.territories:
        return True  # "الهيئة المغربية لسوق الرساميل وبورصة الدار البيضاء": another one;
        # "… للعلوم والتكنولوجيا وعمالة المحمدية": a territory's administration
    if rest in WORDS.one_of:
        return True  # "هيئة الدار البيضاء وأحد المشاركين": one of those the sentence names
    if longest(tokens, k, _KNOWN) is not None or longest(tokens, k, _PHRASES) is not None:
        return True  # "المديرية العامة للأرصاد الجوية والدرك الملكي": one the lexicon knows
    if definite(token):
        if rest in WORDS.anaphors and any(
            closing_quote(tokens, m) is not None for m in range(k + 1, min(k + 3, len(tokens)))
        ):
            return True  # 'والمقاولة الناشئة "مرصد أناليتيكس"': what another is, its name
        # "الشركة الناشئة والمقاولات المناولة": institutions of a kind, not a field
        return any(
            singular in WORDS.organization_heads or singular[2:] in WORDS.organization_heads
            for singular in arabic_singulars(rest)
        )
    if token.key in WORDS.places or rest in WORDS.places or _given(tokens, k):
        return False  # "ووجدة", "وتطوان", and "وجدة" itself
    if len(rest) > 4 and rest.startswith("م") and rest.endswith(("ته", "تها", "تهم")):
        return False  # "… والوقاية من الرشوة ومحاربتها": "and fighting it", the field goes on
    m = k + 1
    while (
        m < len(tokens)
        and after_wa(tokens[m])
        and not definite(tokens[m])
        and tokens[m].key not in WORDS.places  # «واحات وادنون»: the place itself
        and not any(form in WORDS.organization_heads for form in tokens[m].forms)
    ):
        m += 1  # "آباء وأمهات وأولياء التلاميذ": nouns in construct with the definite last
    if _construct_with_place(tokens, k, m):
        return False  # "جمعية فلاحي واحات فم زكيد": in construct with a place, definite too
    return m >= len(tokens) or not definite(tokens[m])


def _construct_with_place(tokens: Sequence[Token], k: int, m: int) -> bool:
    """Whether the nouns joined by "و" at ``tokens[k:m]`` and a noun or none lead to a place.

    "جمعية ملاك وحراس قصبات درعة", "جمعية فلاحي واحات فم زكيد": a noun in construct
    before "و" (not a complete name, "جمعية الفلاحين وتعاونيات درعة", whose "و" joins
    others) goes on to a place the lexicon knows, which ends the name.
    """
    before = tokens[k - 1]
    if definite(before) or before.key.startswith("لل"):
        return False
    if (
        m + 1 < len(tokens)
        and not definite(tokens[m])
        and tokens[m].key not in WORDS.stopwords
        and not _known_place_at(tokens, m)
    ):
        m += 1  # "ملاك وحراس قصبات درعة": one more noun in construct
    return m < len(tokens) and _known_place_at(tokens, m)


def _known_place_at(tokens: Sequence[Token], m: int) -> bool:
    """Whether a place the lexicon knows, of one word or two, starts at ``tokens[m]``.

    As written, no joined letter taken off (as `_two_word_place` does): after a name,
    "ببني ملال" says where the one named before is ("الأكاديمية ببني ملال"), no name.
    """
    return tokens[m].key in WORDS.places or (
        m + 1 < len(tokens) and f"{tokens[m].key} {tokens[m + 1].key}" in WORDS.places
    )


def _repeated(reader: Reader, first: int, k: int) -> bool:
    """Whether the words from ``tokens[first]`` to ``tokens[k]`` are written twice at least.

    A company's name may go on with what it is for ("شركة غيمة للبنى الرقمية"), or be
    followed by what it does ("شركة أطلس سكاي للطيران منخفض التكلفة"); written again
    ("الرئيس التنفيذي لغيمة للبنى الرقمية"), the words are its name.
    """
    return reader.written_near(reader.tokens[first].start, reader.tokens[k].end)


def verb_after_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]``, after a definite word, is shaped like a verb: تعد، يطالب، أعلنت.

    In a name, the word after a definite one, a place (بعين جمعة), a nationality («مؤسسة
    تمويل ألمانية تنشط») or a name such as
    "ابن طفيل", is definite too (or a person's or a place's name); an indefinite word starting with
    ت, ن, ي or the future's س (ستشرف، فسيتكفل), or ending with ت (not the plural ات, nor after a
    joined preposition: لصناعات), is the verb the name is the subject of.
    """
    token = tokens[k]
    key = token.key
    return (
        len(key) >= 3
        and not token.text.endswith("ة")  # تصفية، تنمية: no verb ends with ة
        and (
            key.startswith(("ت", "ن", "ي", "ست", "سي", "سن", "فست", "فسي", "فسن"))
            or (key.endswith("ت") and not key.endswith("ات"))
        )
        and not key.startswith(("ل", "ب", "ك"))
        and (
            definite(tokens[k - 1])
            or _where(tokens[k - 1])
            or _indefinite_nationality(tokens[k - 1])
            or (k >= 2 and _two_word_place(tokens[k - 2], tokens[k - 1]))  # لسوس ماسة أوقفت
            or (k >= 2 and has(tokens[k - 2], WORDS.name_links))
            or (k >= 2 and not WORDS.place_prefixes.isdisjoint(tokens[k - 2].forms))
            or (k >= 2 and tokens[k - 2].key in WORDS.royal_titles)  # مولاي إسماعيل تتولى
        )
        and not definite(token)
        and not (_given(tokens, k) or key in WORDS.places or _indefinite_nationality(token))
        and not (
            k + 1 < len(tokens)
            and tokens[k + 1].key in _COMMAS
            and not token.text.endswith(_PRONOUNS)
        )
    )  # "الشركة الجهوية للماء والتطهير تانسيفت، أمس": before a comma, the name's last word;
    # not "تتحمل وزارة النقل واللوجستيك نصفه،": a noun with its pronoun


_COMMAS = frozenset({"،", ","})
_PRONOUNS = ("ه", "ها", "هم", "هما")


def _indefinite_nationality(token: Token) -> bool:
    """Whether an Arabic word is a nationality without the article: «ألمانية», «تونسي»."""
    return "ال" + token.key in WORDS.nationalities


def _two_word_place(first: Token, second: Token) -> bool:
    """Whether two words are a place of two words, the first maybe after a joined letter."""
    return any(f"{form} {second.key}" in WORDS.places for form in first.forms)


def _where(token: Token) -> bool:
    """Whether an Arabic word says where, a place or "ب" and a place (بماسة، بالرباط)."""
    return any(form in WORDS.places for form in token.forms) or (
        token.text[:1] == "ب" and len(token.forms) > 1
    )


def _mission_after_name(tokens: Sequence[Token], i: int, end: int) -> int:
    """The end of "what it is for" after a head and one word of a name of its own, or 0.

    "جمعية أناروز لتمكين الفتيات": an indefinite head, one indefinite word that is no
    adjective, then "لـ" and a verbal noun (see :func:`_for_doing`) with its definite
    complement. The word is the association's own name, and its mission goes on it; so do
    its members and their place ("جمعية تيفاوين لنساجات تازناخت").
    """
    if definite(tokens[i]) or i + 1 >= len(tokens):
        return 0
    word = tokens[i + 1]
    if word.kind != WORD or definite(word) or len(word.forms) > 1 or len(word.key) < 4:
        return 0
    if _adjective(word):
        return 0
    if end == i + 4 and _members_of_place(tokens, i + 2):
        return end  # جمعية تيفاوين لنساجات تازناخت: whose members, and where
    if end != i + 2 or end + 1 >= len(tokens):
        return 0
    if not _for_doing(tokens[end]) or not definite(tokens[end + 1]):
        return 0
    k = end + 2
    while k < len(tokens) and definite(tokens[k]) and _nisba(tokens[k]):
        k += 1  # … لتمكين الفتيات القرويات
    return k


def _members_of_place(tokens: Sequence[Token], k: int) -> bool:
    """Whether "ل" and a plural in construct, then a place, stand at ``tokens[k]``.

    "لنساجات تازناخت", "لصيادي الداخلة": who the members are, and where from.
    """
    joined = tokens[k]
    return (
        k + 1 < len(tokens)
        and joined.key.startswith("ل")
        and len(joined.forms) > 1
        and joined.forms[1].endswith(("ات", "ي"))
        and tokens[k + 1].key in WORDS.places
    )


def _another_head(token: Token) -> bool:
    """Whether a word of kind, or one a field follows, stands at ``token``.

    Joined to "و" after a name ("ومركز البحث في الماء", "والمركز الجهوي"), it starts
    another institution.
    """
    return any(
        form in HEADS or form.removeprefix("ال") in WORDS.topic_heads for form in token.forms
    )


def _in_construct(tokens: Sequence[Token], k: int) -> bool:
    """Whether a word shaped as an adjective is a noun in construct: "صندوق تنمية الصحراء".

    A word with the article follows it that is no adjective itself; an adjective after
    an indefinite word of kind has no such word after it ("شركة عالمية رائدة"). A noun
    shaped فعالة takes one without the article too ("وكالة حماية بحيرة مارتشيكا").
    """
    return (
        k + 1 < len(tokens)
        and tokens[k + 1].kind == WORD
        and (  # not "مختبر مشترك للروبوتات": its field
            tokens[k + 1].key.startswith("ال")
            or (_defective_noun(tokens[k].key) and tokens[k + 1].key[:1] != "ل")
        )
        and not _adjective(tokens[k + 1])
        and not _nisba(tokens[k + 1])
    )


def _suffix_end(tokens: Sequence[Token], k: int, end: int) -> int:
    """Where a company's name from ``tokens[k]`` ends at its suffix, before where it works.

    "شركة ميديفانس روبوتيكس بأوروبا وإفريقيا": the name ends with «روبوتيكس», a word
    names end with (``organization_suffixes``); what «ب» joins after it says where.
    """
    for m in range(k + 1, end - 1):  # not "داتا بوغاز": a name that starts with one
        if tokens[m].key in WORDS.organization_suffixes:
            after = tokens[m + 1].key
            if after.startswith("ب") and after not in WORDS.organization_suffixes:
                return m + 1
    return end


def _bare_name_after(tokens: Sequence[Token], roles: Sequence[int], i: int, end: int) -> int:
    """Where a company's name ends that follows what it is, unquoted; 0 if none does.

    "مكتب الاستشارات المدريدي سينسيا لابس", "صندوق الاستثمار البيضاوي زليج كابيتال":
    after the word of kind at ``tokens[i]``, words with the article up to ``end``, the
    last an adjective of origin, then words without it, the last one of those names
    end with (``organization_suffixes``), or words its Latin name follows in brackets
    ("شركة الهندسة الألمانية هالبيرغ روهرتيشنيك (Hallberg Rohrtechnik)"); after a
    cooperative and one adjective, its name ("التعاونية الفلاحية تافوكت").
    """
    end = _past_nationality(tokens, end)
    if end < i + 2 or not all(definite(tokens[m]) for m in range(i + 1, end)):
        return 0
    if end < len(tokens) and _head_after_wa(tokens[end]):
        return 0  # "وكالة التنمية الرقمية وشركة قاريد لابس": another one
    if not tokens[end - 1].key.endswith(("ي", "يه")):
        return 0
    if end >= i + 3:
        bare_end = _suffixed_after(tokens, end, and_first=True)  # the one it describes
        if bare_end >= end + 2:
            return bare_end
        glossed = _glossed_after(tokens, end)
        if glossed > end:
            return glossed
    if _cooperative(tokens[i]):
        return _cooperative_name_end(tokens, roles, end)
    return 0


def _bare_word(token: Token, role: int) -> bool:
    """Whether a token is an Arabic word without the article that is no stop word."""
    return (
        token.kind == WORD
        and token.text[0] >= "\u0600"
        and not definite(token)
        and not role & STOPWORD
    )


_FOR_DEVELOPMENT = ("bank", "agency", "fund")
"""Kinds whose name may give a nation before a field: «البنك الألماني للتنمية»."""


def _means(token: Token, *meanings: str) -> bool:
    """Whether a word is a word of kind of one of ``meanings``, by ``heads_by_meaning``.

    With or without the article and the letters joined before it: «تعاونية»,
    «التعاونية», «لجامعة».
    """
    return any(
        meaning in WORDS.head_equivalents.get(strip_article(form), ())
        for form in token.forms
        for meaning in meanings
    )


def _cooperative(token: Token) -> bool:
    """Whether a word is a cooperative's word of kind: «تعاونية», «التعاونية»."""
    return _means(token, COOPERATIVE)


_COOPERATIVE_NAME = 2
"""Words of a cooperative's name after what it is ("التعاونية الحرفية تيفاوين"), at most."""


def _cooperative_name_end(tokens: Sequence[Token], roles: Sequence[int], k: int) -> int:
    """Where the name of a cooperative that follows what it is ends, or 0 if none does.

    Words without the article, a particle or a preposition joined to them, and no verb:
    "تافوكت" in "التعاونية الفلاحية تافوكت بجهة سوس ماسة".
    """
    j = k
    while (
        j < len(tokens)
        and j - k < _COOPERATIVE_NAME
        and _bare_word(tokens[j], roles[j])
        and len(tokens[j].forms) == 1
        and (_amazigh_feminine(tokens[j].key) or not verb_after_name(tokens, j))
    ):
        j += 1
    if j > k and j < len(tokens) and _after_place_prefix(tokens, roles, j):
        j += 1  # التعاونية الفلاحية زيتون عين لحجر: the place it is named for, whole
    return j if j > k else 0


def _after_place_prefix(tokens: Sequence[Token], roles: Sequence[int], k: int) -> bool:
    """Whether ``tokens[k]`` is the word after «عين», «سيدي», «أولاد» …: a place's name."""
    return (
        tokens[k - 1].key in WORDS.place_prefixes
        and tokens[k].kind == WORD
        and not roles[k] & STOPWORD
    )


def _amazigh_feminine(key: str) -> bool:
    """Whether a word has the shape of an Amazigh feminine noun: "تافوكت", "تيفاوين".

    Cooperatives take such names; spelt with «ت» first, they would pass for verbs.
    """
    return len(key) >= 6 and key.startswith(("تا", "تي")) and key.endswith(("ت", "ين"))


def _glossed_within(tokens: Sequence[Token], i: int, end: int) -> int:
    """Where the words that say what an institution is end, if a glossed name ends its phrase.

    "مكتب الهندسة السككية الفرنسي ليجيريس ريل إنجينيري (Ligéris Rail Ingénierie)": the
    phrase ran on through the name; it ends before the first word without the article,
    after an adjective of origin, when only such words follow and a Latin name in
    brackets closes them. ``end`` otherwise.
    """
    first = next((m for m in range(i + 1, end) if not definite(tokens[m])), end)
    if first < i + 3 or first == end or not tokens[first - 1].key.endswith(("ي", "يه")):
        return end
    return first if _glossed_after(tokens, first) == end else end


def _past_nationality(tokens: Sequence[Token], k: int) -> int:
    """After the nationality with the article at ``tokens[k]`` that a name follows, or ``k``.

    "شركة الهندسة الألمانية هالبيرغ …": the phrase of kind ends before «الألمانية»; not
    "جامعة ألكورثا الإسبانية وشركة صقر درونز", where another institution follows.
    """
    if (
        k + 1 < len(tokens)
        and definite(tokens[k])
        and has(tokens[k], WORDS.nationalities)
        and not _head_after_wa(tokens[k + 1])
    ):
        return k + 1
    return k


def _territory_after_wa(token: Token) -> bool:
    """Whether a word is "و" and a territory with the article: «والعمالة», «والجماعة»."""
    return after_wa(token) and any(
        form.startswith("ال") and form[2:] in WORDS.territories for form in token.forms[1:]
    )


def _head_after_wa(token: Token) -> bool:
    """Whether a word is "و" and a word of kind: «وشركة», another institution named."""
    return after_wa(token) and any(form in WORDS.organization_heads for form in token.forms[1:])


_GLOSSED_WORDS = 3
"""Words of an Arabic name its Latin name follows in brackets, at most."""


def _glossed_after(tokens: Sequence[Token], k: int) -> int:
    """Where words without the article end that a Latin name in brackets follows, or ``k``.

    "هالبيرغ روهرتيشنيك (Hallberg Rohrtechnik)": the company's name in both scripts;
    not initials, which are the whole institution's ("… بمالقة (MUFOM)").
    """
    j = k
    while (
        j < len(tokens)
        and j - k < _GLOSSED_WORDS
        and tokens[j].kind == WORD
        and tokens[j].text[0] >= "\u0600"
        and not definite(tokens[j])
    ):
        j += 1
    if (
        j > k
        and j + 1 < len(tokens)
        and tokens[j].key == "("
        and tokens[j + 1].text[0] < "\u0600"
        and tokens[j + 1].text[0].isupper()
        and not tokens[j + 1].text.isupper()
    ):
        return j
    return k


def _verb_opening(reader: Reader, i: int, head: str) -> bool:
    """Whether a head shaped as a verb in the present opens its sentence after «و».

    "وتجمع المنصة بيانات الفلاحين": a sentence goes on so with its verb; a grouping is
    named with the article ("التجمع الوطني للأحرار").
    """
    token = reader.tokens[i]
    return (
        (i == 0 or reader.sentence_of[i - 1] != reader.sentence_of[i])
        and after_wa(token)
        and head[:1] in "تي"
        and len(head) == 4
        and i + 1 < len(reader.tokens)
        and definite(reader.tokens[i + 1])
    )


def _adjective(token: Token) -> bool:
    """Whether an Arabic word describes a company rather than names it (عالمية، رائدة، مغربية).

    So does a feminine participle of «تفعّل» or «استفعل» that agrees with it (متوقفة، متخصصة،
    مستقلة).
    """
    key = token.key
    return (
        has(token, WORDS.company_adjectives)
        or (key.endswith("يه") and not _defective_verbal_noun(key))
        or (len(key) >= 5 and key.startswith(("مت", "مست")) and key.endswith("ه"))
    )


def _defective_noun(key: str) -> bool:
    """Whether a word is a noun shaped فعالة of a verb whose last letter is weak: حماية، رعاية.

    It ends as an adjective of relation does but is a noun, in construct with a noun
    after it that is no adjective («وكالة حماية بحيرة مارتشيكا»; not «شركة رعاية صحية»).
    """
    return len(key) == len("حمايه") and key[2] == "ا" and key.endswith("يه")


def _verbal_noun_of_work(key: str) -> bool:
    """Whether a word is a verbal noun shaped استفعال: استغلال، استثمار.

    After «شركة», with a place after it, it is what the company was set up to do, which
    names it: «شركة استغلال ميناء الداخلة». Not the shorter shapes, which Amazigh names
    share («تساوت», «أملال»).
    """
    return len(key) == len("استغلال") and key.startswith("است") and key[5] == "ا"


def _what_it_does(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at ``tokens[k]``, after «شركة», is a verbal noun of what it does.

    Shaped استفعال (استغلال) or تفعية (تنمية); or تفعيل (تدبير، تسيير) before a definite
    word it is in construct with («شركة تدبير المياه»), since brands are so shaped too
    («تدبير لابز», «توصيل سوس»). A company's name goes on after it.
    """
    key = tokens[k].key
    return (
        _verbal_noun_of_work(key)
        or _defective_verbal_noun(key)
        or (
            len(key) == len("تدبير")
            and key[0] == "ت"
            and key[3] == "ي"
            and k + 1 < len(tokens)
            and definite(tokens[k + 1])
        )
    )


def _initials_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether initials in Latin capitals stand in brackets at ``tokens[k]``: "(SAZFA)"."""
    return (
        k + 2 < len(tokens)
        and tokens[k].key == "("
        and tokens[k + 2].key == ")"
        and tokens[k + 1].text.isascii()
        and tokens[k + 1].text.isupper()
    )


def _defective_verbal_noun(key: str) -> bool:
    """Whether a word is the verbal noun تفعية of a verb whose last letter is weak: تنمية، تقوية.

    It ends as an adjective of relation does («رقمية») but is a noun, and a company's name
    goes on after it («شركة تنمية الناظور غرب المتوسط»). «تقنية» has the same shape and is
    said of a company: `_adjective` finds it among the company adjectives before it asks
    this. «تهيئة», written with a hamza, has another shape and is not one.
    """
    return len(key) == len("تنميه") and key[0] == "ت" and key.endswith("يه")


_COMPANY = "company"
"""A company's word of kind, as ``heads_by_meaning`` glosses it: "شركة" before a name the
lexicon knows is no part of it, unlike "مجموعة" ("مجموعة القرض الفلاحي للمغرب")."""
_NOT_INSTITUTIONS = by_first([(phrase, True) for phrase in WORDS.not_institutions])
_PHRASES = by_first(WORDS.institution_phrases)
_KNOWN = by_first(list(WORDS.known_keys.items()))


def arabic_institutions(reader: Reader) -> list[Institution]:
    """Every institution named after a word such as وزارة، الوكالة، صندوق، شركة، مجموعة."""
    tokens, text = reader.tokens, reader.masked
    heads = WORDS.organization_heads
    result: list[Institution] = []
    known: set[str] = set()  # the names of result[:counted]
    counted = 0
    i = 0
    for candidate in reader.where(ORG_HEAD | INSTITUTION_FIRST):  # and no other word
        if candidate < i:
            continue
        i = candidate
        token = tokens[i]
        if token.text[0] < "\u0600":
            continue
        whole = longest(tokens, i, _KNOWN) if reader.roles[i] & INSTITUTION_FIRST else None
        if whole is not None:  # القوات المسلحة الملكية: a name the lexicon knows, whole
            length, kind = whole
            if kind is OrganizationKind.UNIVERSITY:
                length += _city_with_bi(tokens, i + length)  # جامعة القاضي عياض بمراكش
            skip = prefix_length(token, {next(f for f in token.forms if f in _KNOWN)})
            result.append(
                Institution(
                    found(text, tokens, i, i + length - 1, skip), kind, reader.sentence_of[i]
                )
            )
            i += length
            continue
        phrase = longest(tokens, i, _PHRASES) if reader.roles[i] & INSTITUTION_FIRST else None
        if phrase is None and (
            _foreign_centre(tokens, i)
            or _named_centre(tokens, i)
            or _party_named_with_field(reader, i)
        ):
            phrase = (2, OrganizationKind.OTHER)
        if phrase is not None:  # المركز الجهوي للاستثمار لجهة طنجة تطوان الحسيمة
            length, kind = phrase
            end = _phrase_end(reader, i + length - 1, proper=False, first=i)
            if end == i + length and (
                (
                    tokens[end - 1].key in WORDS.territorial_adjectives
                    and (end == len(tokens) or tokens[end].key[:1] != "ب")
                )
                or any(phrase_at(tokens, i, words) for words in _OF_MANY if len(words) == length)
            ):
                i = end  # المركز الجهوي, المركز الاستشفائي الجهوي alone, with no city after
                continue  # them, مركز التكوين with no field: one of many, the one named before
            skip = prefix_length(token, {next(f for f in token.forms if f in _PHRASES)})
            result.append(
                Institution(found(text, tokens, i, end - 1, skip), kind, reader.sentence_of[i])
            )
            i = end
            continue
        if not reader.roles[i] & ORG_HEAD:
            i += 1
            continue
        not_one = longest(tokens, i, _NOT_INSTITUTIONS)
        if not_one is not None:  # المؤسسة المشاركة: a co-founder, not an institution
            i += not_one[0]
            continue
        if (
            not definite(token)
            and _COMPANY in WORDS.head_equivalents.get(token.key, ())
            and i + 1 < len(tokens)
            and reader.roles[i + 1] & INSTITUTION_FIRST
            and longest(tokens, i + 1, _PHRASES) is not None
        ):
            i += 1  # شركة الخطوط الملكية المغربية: the name the lexicon knows, after its kind
            continue
        if (
            _means(token, STUDIO)
            and i + 1 < len(tokens)
            and (definite(tokens[i + 1]) or tokens[i + 1].key in WORDS.places)
        ):
            i += 1  # «استوديوهات ورزازات», «استوديوهات التصوير»: studios of a town, a kind
            continue
        if _founder_of_company(tokens, i):
            i += 1  # «مؤسسة المقاولة الاجتماعية طين آسفي»: she founded it, no foundation
            continue
        if (
            i > 0
            and token.key in WORDS.participle_kinds
            and definite(tokens[i - 1])
            and not reader.roles[i - 1] & (ORG_HEAD | TITLE_HEAD)
        ):
            i += 1  # "الجهة المنظمة للمهرجان": the body that organises it, no organisation
            continue
        if i > 0 and (tokens[i - 1].key, token.key) in _FOUNDERS_OF_TWO:
            i += 1  # الشريكة المؤسسة للمقاولة: a co-founder too
            continue
        if i > 0 and tokens[i - 1].key == "ما" and token.text.endswith("ه"):
            i += 1  # "ما مجموعه مليون …": "a total of", no group
            continue
        head = next(form for form in token.forms if form in heads)
        if _verb_opening(reader, i, head):
            i += 1  # "وتجمع المنصة بيانات الفلاحين": the sentence's verb, "collects"
            continue
        kind = heads[head]
        if (
            token.key[:1] == "ب"
            and head in WORDS.territories
            and i > 1
            and tokens[i - 2].kind == NUMBER
        ):
            i += 1  # "على 18 بئرا بجماعة بوعرفة": where the things counted are
            continue
        if head in WORDS.signing_territories and not _signs_as_party(reader, i):
            i += 1  # عامل عمالة فاس: a post; not وقعت عمالة فاس وشركة …
            continue
        sentence = reader.sentence_of[i]
        closing = closing_quote(tokens, i + 1)
        described = strip_article(head)
        if closing is not None and _quoted_name(reader, i + 1, closing):
            name = found(text, tokens, i + 2, closing - 1)
            result.append(Institution(name, kind, sentence, described=described))
            i = closing + 1
            continue
        latin_at = _past_descriptors(tokens, i + 1, len(tokens))  # الشركة الناشئة Raml AI
        latin_end = _latin_run(tokens, latin_at)
        if latin_end > latin_at:
            result.append(Institution(found(text, tokens, latin_at, latin_end - 1), kind, sentence))
            i = latin_end
            continue
        proper = head in WORDS.named_heads
        end = _phrase_end(reader, i, proper=proper)
        end = _to_closing_quote(reader, i, end)
        if proper:
            end = _suffix_end(tokens, i + 1, end)
        quoted = next(
            (
                k
                for k in range(i + 1, min(max(end + 2, i + _FIELD_REACH + 1), len(tokens)))
                if closing_quote(tokens, k) is not None
            ),
            None,
        )
        if quoted is not None and quoted < end + 2 and _one_letter_quoted(tokens, quoted):
            i = quoted + 3  # 'صندوق الفئة "أ"': a crate of grade A, no fund's name
            continue
        if (
            quoted is not None
            and ((quoted < end + 2 and quoted - i <= 4) or _field_before_quote(tokens, i, quoted))
            and not any(_another_after_wa(tokens, k) for k in range(end, quoted))
            and not any(_by_doing(tokens[k]) for k in range(i + 1, quoted))
            # not 'تلتزم الشركة بإدماج "أوال"': what the company does to a product
            and not any(verb_after_name(tokens, k) for k in range(i + 1, quoted))
            and not any(tokens[k].key == ":" for k in range(i + 1, quoted))
            # not 'قال رئيس مجلس الجهة: "نريد …"': a colon opens what he said
            and _quoted_name(reader, quoted, closing_quote(tokens, quoted) or quoted)
        ):  # صندوق الاستثمار الإماراتي "أفق كابيتال"; not "ومجلس جهة الشرق وشركة "…""
            closing = closing_quote(tokens, quoted)
            assert closing is not None
            name = found(text, tokens, quoted + 1, closing - 1)
            if _named_in_full(tokens, i, quoted, kind):  # «الفيدرالية البيمهنية المغربية
                full = found(text, tokens, i, quoted - 1, prefix_length(token, heads.keys()))
                quote = found(text, tokens, i, closing, prefix_length(token, heads.keys()))
                result.append(Institution(full, kind, sentence, name.text, quote))
                i = closing + 1  # للزيتون "فيموليف"»: its name, then its short name in quotes
                continue
            near = all(definite(tokens[m]) for m in range(i + 1, quoted))  # after its adjectives
            result.append(Institution(name, kind, sentence, described=described if near else None))
            i = closing + 1
            continue
        described_end = _glossed_within(tokens, i, end)
        bare_end = _bare_name_after(tokens, reader.roles, i, described_end)
        if bare_end:  # صندوق الاستثمار البيضاوي زليج كابيتال: what it is, then its name
            if _cooperative(token):  # التعاونية الفلاحية تافوكت: its name is all of it
                name = found(text, tokens, i, bare_end - 1, prefix_length(token, heads.keys()))
            else:
                start = _past_nationality(tokens, described_end)
                name = found(text, tokens, start, bare_end - 1)
            result.append(Institution(name, kind, sentence, described=described))
            i = bare_end
            continue
        closing_at = _quoted_whole(tokens, i)
        if closing_at is not None:
            end = closing_at  # '"بنك إفريقية"': written within quotes, all of it names it
        if (
            end - i <= 2
            and closing_at is None
            and definite(token)
            and i > 0
            and tokens[i - 1].key in WORDS.demonstratives
        ):
            i = end  # "هذا المتحف المفتوح": the museum just spoken of, with what it is
            continue
        if end <= i + 1 or (
            _generic(tokens, i, end, head)
            and not _foundation_named(tokens, i, end)
            and closing_at is None
        ):
            i += 1
            continue
        named_at = _named_after(tokens, i + 1, end)
        if named_at:  # شركة ناشئة تدعى نوماد داتا: what it is, then its name
            result.append(Institution(found(text, tokens, named_at, end - 1), kind, sentence))
            i = end
            continue
        if (
            not definite(token)
            and not definite(tokens[i + 1])
            and _adjective(tokens[i + 1])
            and not _in_construct(tokens, i + 1)
            and closing_at is None
        ):
            i += 1  # هيئة مستقلة لمراقبة …، شركة عالمية رائدة: what it is, not its name
            continue
        if not definite(token) and i > 0 and tokens[i - 1].key in WORDS.distributives:
            i += 1  # "لكل تعاونية معاييرها": each of a kind, none named
            continue
        first = tokens[i + 1]
        if (
            not definite(token)
            and (
                (first.key.startswith("لل") and first.key not in WORDS.royal_titles)  # not للا
                or (
                    first.key.startswith("ل")
                    and len(first.forms) > 1
                    and not first.forms[1].startswith("و")  # صندوق لومن: no «ل» and «و»
                    and not has(first, WORDS.member_words)  # فيدرالية لجان الدواوير
                    and i + 2 < len(tokens)
                    and (
                        (
                            tokens[i + 2].key.startswith("ال")
                            and not (  # جامعة لورفانس الفرنسية: a name, and where from
                                (
                                    has(tokens[i + 2], WORDS.nationalities)
                                    or (  # جامعة ليندنفيلد التقنية الألمانية: its kind first
                                        _nisba(tokens[i + 2])
                                        and i + 3 < len(tokens)
                                        and has(tokens[i + 3], WORDS.nationalities)
                                    )
                                )
                                and not _for_doing(first)
                            )
                        )
                        or (
                            i + 3 < len(tokens)
                            and tokens[i + 2].kind == WORD
                            and tokens[i + 2].key[:1] not in "البو"
                            and tokens[i + 3].key.startswith("ال")
                        )  # مختبر لمراقبة جودة الحليب: what it is for, in construct
                    )
                )
            )
        ):
            i += 1  # مدرسة للذكاء الاصطناعي، شركة لرأس المال المخاطر: what it is, no name
            continue
        skip = prefix_length(token, heads.keys())
        named_at = _past_descriptors(tokens, i + 1, end)
        if named_at > i + 1 and tokens[end - 1].key in WORDS.organization_suffixes:
            # الشركة الناشئة رصدية لابس: what the company is, then its name
            result.append(Institution(found(text, tokens, named_at, end - 1), kind, sentence))
        elif not definite(first) and tokens[end - 1].key in WORDS.organization_suffixes:
            # صندوق كيلي كابيتال: a name of its own after the word of kind, as a company's;
            # مؤسسة وصال تيليكوم: the foundation of the company, named with its word of kind
            founder = end < len(tokens) and bool(reader.roles[end] & TITLE_HEAD)
            own = i if has(token, WORDS.construct_heads) and not founder else i + 1
            # not "مؤسسة نبراس تك ومديرتها العامة": its founder, and its head
            result.append(
                Institution(
                    found(text, tokens, own, end - 1, skip if own == i else 0), kind, sentence
                )
            )
        elif proper and not definite(first):
            if (
                (_adjective(first) and closing_at is None)
                or after_wa(first)
                or has(first, WORDS.others)
                or first.key in WORDS.purposes
            ):
                i += 1  # شركة عالمية رائدة: what the company is, not its name; بنك ومشغل
                # اتصالات: a bank and an operator, none named; شركة لتطوير …: what for
            elif _what_it_does(tokens, i + 1):
                if _initials_after(tokens, end) or any(
                    form in WORDS.places for m in range(i + 2, end) for form in tokens[m].forms
                ):  # a place, or «ب» and a place, or its initials
                    # شركة تنمية الناظور غرب المتوسط: what it develops names it, with its kind;
                    # شركة تدبير المياه الصناعية بخريبكة: and where; شركة تهيئة المنطقة
                    # الحرة الأطلسية (SAZFA): written with its initials
                    result.append(
                        Institution(found(text, tokens, i, end - 1, skip), kind, sentence)
                    )  # not "شركة تحلية مياه البحر": what it does, no name
            elif head in WORDS.sector_heads and any(
                _sector_end(tokens, k) > k for k in range(i + 2, end + 1)
            ):
                end = _sector_end(tokens, end)  # مجموعة أطلس للفوسفاط: its name holds its sector
                result.append(Institution(found(text, tokens, i, end - 1, skip), kind, sentence))
            elif kind is OrganizationKind.COMPANY:  # شركة ميدترونيكا: the company is ميدترونيكا
                known.update(institution.name.text for institution in result[counted:])
                counted = len(result)
                end = _known_prefix(text, tokens, i + 1, end, known)
                name = found(text, tokens, i + 1, end - 1)
                result.append(Institution(name, kind, sentence, described=described))
            else:  # بنك إنوفا: the bank's name says it is one
                result.append(Institution(found(text, tokens, i, end - 1, skip), kind, sentence))
        elif (
            _named(tokens, i + 1, end)
            or _from_where_after(tokens, end)
            or _foundation_named(tokens, i, end)
            or (end > i + 2 and has(first, WORDS.member_words))  # اتحاد تعاونيات تيفاوين
        ):  # مؤسسة أسافار
            result.append(Institution(found(text, tokens, i, end - 1, skip), kind, sentence))
        elif end > i + 2 and has(first, WORDS.fellows):
            end = _fellows_end(tokens, i + 1, end)  # جمعية أصدقاء ملوية
            result.append(Institution(found(text, tokens, i, end - 1, skip), kind, sentence))
        elif mission := _mission_after_name(tokens, i, end):
            end = mission  # جمعية أناروز لتمكين الفتيات: a name of its own, then what it is for
            result.append(Institution(found(text, tokens, i, end - 1, skip), kind, sentence))
        elif closing_at is not None and _said_an_institution(tokens, closing_at + 1):
            # '"أكاديمية ضيافة"، وهي مؤسسة تكوينية': within quotes, and said to be one
            result.append(Institution(found(text, tokens, i, end - 1, skip), kind, sentence))
        i = max(end, i + 1)
    regions = _regions_as_parties(reader)
    if not regions:
        return result
    return sorted([*result, *regions], key=lambda institution: institution.name.start)


def _regions_as_parties(reader: Reader) -> list[Institution]:
    """The regions that stand as parties in a sentence of signing: "بين الوكالة وجهة سوس ماسة".

    A word of ``party_territories`` on its own or after «و» (not «لجهة», «بجهة», «مجلس
    جهة»: where, whose council), where :func:`_signs_as_party` finds a party, before a
    region's name the lexicon knows, whole.
    """
    tokens, text = reader.tokens, reader.masked
    found_here: list[Institution] = []
    if not any(word in text for word in _PARTY_TERRITORIES_WRITTEN):
        return found_here  # most articles name no region: no token is looked at
    for k, token in enumerate(tokens):
        if token.forms[-1] not in WORDS.party_territories or token.forms[0] not in (
            token.forms[-1],
            "و" + token.forms[-1],
        ):
            continue
        end = _region_name_end(tokens, k + 1) or _region_name_end(tokens, k + 1, token.forms[-1])
        if end and _signs_as_party(reader, k):
            skip = 1 if token.key != token.forms[-1] else 0
            found_here.append(
                Institution(
                    found(text, tokens, k, end - 1, skip),
                    OrganizationKind.OTHER,
                    reader.sentence_of[k],
                )
            )
    return found_here


def _region_name_end(tokens: Sequence[Token], start: int, territory: str = "") -> int:
    """The index after a region's name the lexicon knows that starts at ``tokens[start]``.

    Written apart or joined by hyphens ("الدار البيضاء-سطات", "بني ملال خنيفرة"); 0 if none.
    With ``territory``, a name the lexicon knows with its word of territory ("جهة الشرق").
    """
    words: list[str] = [territory] if territory else []
    best = 0
    k = start
    while k < len(tokens) and len(words) < _REGION_WORDS:
        if _hyphen_joins(tokens, k):
            k += 1
            continue
        if tokens[k].kind != WORD:
            break
        words.append(tokens[k].key)
        k += 1
        place = WORDS.places.get(" ".join(words))
        if place is not None and place[1] is PlaceKind.REGION:
            best = k
    return best


_PARTY_TERRITORIES_WRITTEN = frozenset(
    form
    for word in WORDS.party_territories
    for form in (word, word[:-1] + "ة" if word.endswith("ه") else word)
)
"""``party_territories`` as written, their last «ه» folded from «ة» or not: «جهة», «جهه»."""
_REGION_WORDS = 4
"""Words of a region's name, at most: "طنجة تطوان الحسيمة"."""


def _one_letter_quoted(tokens: Sequence[Token], opening: int) -> bool:
    """Whether the quotation opened at ``tokens[opening]`` holds one Arabic letter: a grade.

    'صندوق الفئة "أ"': a crate of grade A; a Latin letter may be a name ('شركة "X"').
    """
    letter = tokens[opening + 1].key if opening + 1 < len(tokens) else ""
    return closing_quote(tokens, opening) == opening + 2 and len(letter) == 1 and letter >= "\u0600"


def _quoted_name(reader: Reader, opening: int, closing: int) -> bool:
    """Whether a quotation after a word of kind reads as a name, not as words said.

    'الصندوق "لن يبيع سهما واحدا"', 'الشركة تمثل "استثمارا … لفائدة 48 ألف منخرط"':
    a particle or a number inside says a sentence is quoted.
    """
    spelled = {
        n
        for k in range(opening + 2, closing)
        for n in range(k, k + spelled_initials(reader.tokens, k))
    }  # "أطلس إم آر أو": initials, whose «أو» is no "or"
    return not any(
        (reader.roles[k] & STOPWORD and k not in spelled) or reader.tokens[k].kind == NUMBER
        for k in range(opening + 1, closing)
    )


def _to_closing_quote(reader: Reader, i: int, end: int) -> int:
    """Where a name that opens a quotation ends: at the closing quote, past what would end it.

    "انضم "بنك أطلس الساحل" إلى المنظومة": the quotation marks give the whole name, the
    words with the article that say where or what it is included; not a quoted statement
    ("«الوكالة جاهزة للانطلاق»").
    """
    tokens = reader.tokens
    closing = closing_quote(tokens, i - 1) if i > 0 else None
    if closing is None or closing <= end:
        return end
    if any(
        not tokens[k].key.startswith("ال") or reader.roles[k] & STOPWORD
        for k in range(end, closing)
    ):
        return end
    return closing


def _compass_after(tokens: Sequence[Token], k: int) -> bool:
    """Whether a compass point and a definite word follow the place at ``tokens[k]``.

    "الناظور غرب المتوسط" (Nador West Med) is one place's name.
    """
    return (
        k + 2 < len(tokens)
        and tokens[k + 1].key in WORDS.compass_points
        and tokens[k + 2].key.startswith("ال")
    )


def _signs_as_party(reader: Reader, i: int) -> bool:
    """Whether the territory at ``tokens[i]`` stands as a party in a sentence of signing.

    First in it, after a verb of signing, "مع" or "بين", or joined to "و" in a list of
    parties: «وقعت عمالة إقليم وزان و…», «مع عمالة إقليم مولاي يعقوب», «بروتوكول اتفاق يجمع
    عمالة إقليم زاكورة و…»; after «مع» that a word of ``joint_work`` opens, in any
    sentence («بتنسيق مع عمالة إقليم سيدي قاسم»); or first in the list
    of parties that «يتعلق الأمر», a verb of signing or an agreement that gathers them
    opens with «كل من», «كلا من» or «بكل من» («ويتعلق الأمر بكل من عمالة إقليم تازة، …»,
    «وقّع كل من إقليم سيدي إفني و…», «وتضم الاتفاقية كلا من …»; not
    «ويهم المشروع كلا من عمالة إقليم تازة», nor «زيارة شملت كلا من عمالة فاس»); not «عامل
    عمالة فاس», a governor's post.
    """
    tokens = reader.tokens
    if (
        i >= 2
        and tokens[i - 1].key in WORDS.counterparts
        and not WORDS.joint_work.isdisjoint(tokens[i - 2].forms)
    ):
        return True
    if (
        i >= 3
        and tokens[i - 1].key == "من"
        and tokens[i - 2].key in _BOTH
        and (
            tokens[i - 3].key == _THE_MATTER
            or reader.roles[i - 3] & AGREEMENT
            or not WORDS.signing.isdisjoint(tokens[i - 3].forms)
        )
    ):
        return True
    first, last = reader.token_range[reader.sentence_of[i]]
    if not any(not WORDS.signing.isdisjoint(tokens[m].forms) for m in range(first, last)):
        return False
    if i == first or after_wa(tokens[i]):
        return True
    before = tokens[i - 1]
    return (
        not WORDS.signing.isdisjoint(before.forms)
        or (before.key in GATHERING_FIRST and i > 1 and bool(reader.roles[i - 2] & AGREEMENT))
        or (before.key in WORDS.counterparts and not _parties_listed_later(tokens, i, last))
    )  # not «الممر بين جهة الشرق وموانئ الشمال … اتفاقية … بين …»: a way between places


def _parties_listed_later(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether a word of signing, then «بين» or «مع», follow ``tokens[i]`` in its sentence.

    "الممر بين جهة الشرق وموانئ الشمال، بموجب اتفاقية جرى توقيعها بين …": the parties
    are the ones listed after the signing; not "بين جهة سوس ماسة والوكالة، تم توقيع
    اتفاقية", listed first.
    """
    signed = False
    for m in range(i + 1, last):
        if not WORDS.signing.isdisjoint(tokens[m].forms):
            signed = True
        elif signed and tokens[m].key in WORDS.counterparts:
            return True
    return False


_BOTH = frozenset({"كلا", "بكل", "كل"})
"""«كلا», «كل» and «بكل» before «من» and a list of parties: "both … and …"."""
_THE_MATTER = "الامر"
"""«الأمر» (folded) of «ويتعلق الأمر بـ…», which names whom a sentence before spoke of."""


def _another_place_after_wa(token: Token) -> bool:
    """Whether a word is "و" and a place the lexicon knows: "وزرهون"."""
    return after_wa(token) and any(form in WORDS.places for form in token.forms[1:])


def _named_by_field(tokens: Sequence[Token], head: int, nationality: int) -> bool:
    """Whether the words between a head and a nationality name its field and nothing else.

    Adjectives with the article («الوكالة الفضائية الإسبانية»), or one definite noun in
    construct with a head without it, or two joined by «و» («وكالة الفضاء الإيطالية»,
    «هيئة التجارة والاستثمار الأسترالية»): a nation's agency.
    """
    between = tokens[head + 1 : nationality]
    if between and all(_nisba(token) for token in between):
        return True
    return (
        len(between) in (1, 2)
        and not definite(tokens[head])
        and all(token.kind == WORD for token in between)
        and between[0].text.startswith("ال")  # not جامعة ألمانسا الإسبانية, a name of its own
        and all(token.text.startswith("وال") for token in between[1:])
    )


def _with_possessive(token: Token) -> bool:
    """Whether an Arabic word ends in a possessive pronoun, without the article or «و».

    «ته», «تها», «تهم», «ائها» or «ائهم».

    A feminine noun or a plural with a possessive pronoun ("شبكته", "خدماتها",
    "أعضائها"), which no institution's name holds; one joined to «و» may ("… من الرشوة
    ومحاربتها").
    """
    text = token.text
    return (
        not definite(token)
        and text[:1] != "و"
        and len(text) >= _SHORTEST_POSSESSED
        and text.endswith(("ته", "تها", "تهم", "ائها", "ائهم"))
    )


def _for_whom(token: Token) -> bool:
    """Whether a word is «لـ» and a verbal noun that a possessed noun follows.

    "لمساعدة أعضائها", "لتمكين شركائها": what for, and for whom; shaped مفاعلة or as
    :func:`_for_doing` says.
    """
    key = token.key
    return _for_doing(token) or (key[:1] == "ل" and _mufaala_shape(key[1:]))


def _mufaala_shape(noun: str) -> bool:
    """Whether a key of six letters is shaped as the verbal noun مفاعلة: مساعدة، مواكبة."""
    return len(noun) == 6 and noun[0] == "م" and noun[2] == "ا" and noun[-1] == "ه"


_SHORTEST_POSSESSED = 5
"""Letters a noun with its possessive pronoun has at least: "شبكته"."""


def _city_with_bi(tokens: Sequence[Token], k: int) -> int:
    """How many words a city or a region after "ب" at ``tokens[k]`` has, not a country.

    One in "بمراكش", two in "ببني ملال"; 0 without one.
    """
    if k >= len(tokens) or tokens[k].key[:1] != "ب":
        return 0
    for length in (2, 1):
        if k + length > len(tokens):
            continue
        key = " ".join([tokens[k].key[1:], *(t.key for t in tokens[k + 1 : k + length])])
        place = WORDS.places.get(key)
        if place is not None and place[1] is not PlaceKind.COUNTRY:
            return length
    return 0


def _sector_end(tokens: Sequence[Token], k: int) -> int:
    """Where the sector a group's proper name is followed by ends, or ``k`` without one.

    «للفوسفاط والأسمدة», «للصناعات الثقيلة», «الاستشفائية»: a complement with «لل», the
    ones «و» joins to it and its adjectives, or one adjective; no nationality
    («مجموعة كالفيا الفرنسية»).
    """
    if k >= len(tokens) or tokens[k].kind != WORD:
        return k
    word = tokens[k]
    if word.key.startswith("لل") and word.key not in WORDS.royal_titles:
        k += 1
        while k < len(tokens) and (tokens[k].key.startswith("وال") or _describes(tokens[k])):
            k += 1
        return k
    return k + 1 if word.key.endswith("يه") and _describes(word) else k


def _describes(word: Token) -> bool:
    """Whether a word is a definite feminine adjective of no nationality: «الثقيلة»."""
    return (
        word.key.startswith("ال") and word.key.endswith("ه") and not has(word, WORDS.nationalities)
    )


def _known_prefix(
    text: str, tokens: Sequence[Token], start: int, end: int, names: AbstractSet[str]
) -> int:
    """Where the words ``tokens[start:end]`` end, or a name already known (``names``) in them.

    "لشركة سولبرغ داتا إنغريد هولم", once "سولبرغ داتا" was quoted: the company's name
    ends where the name quoted before does; the words after it are someone's name.
    """
    if not names:
        return end
    for k in range(end - 1, start, -1):
        if text[tokens[start].start : tokens[k - 1].end] in names:
            return k
    return end


def _quoted_name_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether a short name in quotes opens at ``tokens[k]``: «هانبيت ميديكال سوفتوير».

    Not a statement quoted after a verb: «أن الحكومة ستعلن عن القرار».
    """
    if k >= len(tokens) or tokens[k].key not in OPENING_QUOTES:
        return False
    if k + 1 < len(tokens) and tokens[k + 1].key in WORDS.subjunctive_particles:
        return False
    return any(
        tokens[m].key in CLOSING_QUOTES
        for m in range(k + 2, min(k + _QUOTED_NAME + 2, len(tokens)))
    )


_QUOTED_NAME = 5
"""The most words a company's name in quotes has."""


def _place_with_bi(words: Sequence[Token]) -> bool:
    """Whether the words are a place joined to "ب" and nothing else: "بالدار البيضاء"."""
    first = words[0]
    if not first.key.startswith("ب") or len(first.forms) < 2:
        return False
    place = " ".join([first.forms[1], *(w.key for w in words[1:])])
    return place in WORDS.places


def _generic(tokens: Sequence[Token], i: int, end: int, head: str) -> bool:
    """Whether the words after a head describe an institution rather than name it.

    After a generic head (الشركة، البنك، المجلس) a name has a complement with ل or
    three words at least (المكتب الشريف للفوسفاط), or is in construct with another
    institution (مؤسسة البنك الشعبي); "البنك المركزي" and "الشركة الفرنسية" describe.
    After any head, one generic word describes (مجلس الجهة). A
    head counted by a number ("300 مقاولة") names nothing; one with the article after a
    year does ("دجنبر 2028 بالمعهد العالي للقضاء"). A field and a nationality before a
    name in quotes describe the institution the quotes name.
    """
    if i > 0 and not definite(tokens[i]) and _counts(tokens[i - 1]):
        return True  # "300 مقاولة", «بعشرين مدرسة بمحيط أسني»
    words = tokens[i + 1 : end]
    if len(words) == 1 and has(words[0], WORDS.generic_complements):
        return True
    if words and has(words[0], WORDS.ad_hoc_fields):
        return True  # لجنة تتبع المشروع، لجنة القيادة: a project's committee, no institution
    if (
        len(words) == 1
        and _GROUP in WORDS.head_equivalents.get(head, ())
        and _plural_of_people(words[0])
    ):
        return True  # رئيسا لمجموعة المقرضين: a group of lenders, no company
    if (
        words
        and definite(tokens[i])
        and head not in WORDS.one_per_nation
        and all(has(w, WORDS.nationalities) for w in words)
    ):
        return True  # الهيئة الإماراتية: the Emirati body named before, no name
    if (
        len(words) >= 2
        and definite(tokens[i])
        and _COMPANY in WORDS.head_equivalents.get(strip_article(head), ())
        and has(words[0], WORDS.nationalities)
        and _place_with_bi(words[1:])
    ):
        return True  # "مهندسو الشركة الإيرلندية بوادي زم": the company named before, and
        # where; not "المعهد الفرنسي بمراكش", a name
    if (
        len(words) >= 2
        and _quoted_name_at(tokens, end)
        and not definite(tokens[i])
        and definite(words[0])
        and any(has(w, WORDS.nationalities) for w in words[1:])
    ):
        return True  # شركة البرمجيات الطبية الكورية الجنوبية «هانبيت»: the name is quoted
    if (
        words
        and not definite(tokens[i])
        and "ال" + words[0].key in WORDS.nationalities
        and not any(definite(w) and has(w, WORDS.nationalities) for w in words[1:])
    ):
        return True  # بنك أوروبي، شركة ألمانية لتوريد الأجهزة: a European bank, no name;
        # not جامعة كوبي للهندسة اليابانية, named for Kobe, whose nation comes after
    if (
        len(words) >= 2
        and not definite(tokens[i])
        and not definite(words[0])
        and len(words[0].forms) == 1
        and all(_indefinite_nationality(word) for word in words[1:])
    ):
        return True  # شركة هندسة ألمانية مغربية: a German-Moroccan engineering firm
    if (
        len(words) == 1
        and _BANK in WORDS.head_equivalents.get(head, ())
        and not definite(tokens[i])
        and not definite(words[0])
        and words[0].key.endswith("ات")
    ):
        return True  # بنك بطاريات، بنك معلومات: a bank of batteries, of data, no name
    if words and not definite(tokens[i]) and _place_with_bi(words):
        return True  # افتتاح مكتب بالدار البيضاء: an office in Casablanca, no name
    if words and words[0].key[:1] == "ب" and words[0].key[1:] in WORDS.territories:
        return True  # المديرة الجهوية للوكالة بجهة طنجة تطوان الحسيمة: where it works
    if (
        i > 0
        and tokens[i - 1].key in _COMMAS
        and definite(tokens[i])
        and len(words) > 1
        and all(
            definite(w) and (_adjective(w) or strip_article(w.key) in WORDS.company_adjectives)
            for w in words
        )
    ):
        return True  # "المركز المتوسطي …، الهيئة الحكومية الدولية": what the one before is
    if head not in WORDS.generic_heads:
        return False
    if words and not definite(tokens[i]) and _from_where_after(tokens, end):
        return False  # مؤسسة ألبريشت فايس الألمانية: a name of its own, and where from
    if words and has(tokens[i], WORDS.construct_heads) and not HEADS.isdisjoint(words[0].forms):
        return False  # مؤسسة البنك الشعبي: the foundation of the bank named after it
    if words and not definite(words[0]) and has(words[-1], WORDS.organization_suffixes):
        return False  # مؤسسة وصال تيليكوم: the foundation of a company named after it
    complement = any(t.key.startswith("ل") and len(t.forms) > 1 for t in words)
    if (
        len(words) >= 2
        and WORDS.organization_heads.get(head) is not OrganizationKind.COMPANY
        and has(words[-1], WORDS.nationalities)
        and not has(words[-1], WORDS.home_country)  # not الجامعة العمومية المغربية
        and not has(words[0], WORDS.nationalities)
        and _named_by_field(tokens, i, end - 1)
    ):
        return False  # الوكالة الفضائية الإسبانية: a nation's agency named by its field
    if (
        len(words) == 2
        and not definite(tokens[i])
        and has(words[0], WORDS.compound_first)
        and definite(words[1])
    ):
        return False  # مؤسسة نور المعرفة: a name shaped as a given name, in construct
    if _named_by_adjective(head, words):
        return False  # البنك المريني، البنك الطنجي: a bank named after a dynasty or a city
    return not complement and len(words) < 3


def _named_by_adjective(head: str, words: Sequence[Token]) -> bool:
    """Whether a bank is named by one adjective of relation: "البنك المريني".

    Not one that describes ("البنك المركزي", "البنك التجاري") nor a nationality ("البنك
    الألماني", the German bank named before).
    """
    if len(words) != 1 or head not in WORDS.banks_named_by_adjective:
        return False
    word = words[0]
    return (
        definite(word)
        and word.key.endswith("ي")
        and len(word.forms) == 1
        and not has(word, WORDS.nationalities)
        and word.key not in WORDS.describing_adjectives
        and word.key not in WORDS.scope_words
    )


_GROUP = "group"
"""A group's word of kind, as ``heads_by_meaning`` glosses it."""
_BANK = "bank"
"""A bank's word of kind, as ``heads_by_meaning`` glosses it."""
_PLURAL_ENDINGS = ("ين", "ون")
_PLURAL_STEM = 4
"""Letters of a sound masculine plural's stem, at least, besides the article."""


def _plural_of_people(token: Token) -> bool:
    """Whether a word is a sound masculine plural with the article: المقرضين، المستثمرون."""
    key = token.key
    return (
        key.startswith("ال")
        and key.endswith(_PLURAL_ENDINGS)
        and len(key) >= len("ال") + _PLURAL_STEM + len("ين")
    )


def _named(tokens: Sequence[Token], first: int, end: int) -> bool:
    """Whether the words after a head name an institution.

    They do when definite (وزارة الصحة), with a person's or a place's name in them
    (جامعة ابن طفيل، مجلس جهة مراكش آسفي، مجلس جهة درعة تافيلالت), or with a word that
    ends companies' names (صندوق كيلي كابيتال).
    """
    return any(
        token.forms[0].startswith("ال")
        or token.key in WORDS.organization_suffixes
        or token.key.startswith(("لل", "بال", "وال"))
        or _given(tokens, k)
        or has(token, WORDS.name_links)
        or _known_place_at(tokens, k)
        or _place_before(tokens, first - 1, k + 1)
        for k in range(first, end)
        for token in (tokens[k],)
    )


_WHEN_NOUNS = TEXT_WORDS.month_nouns | TEXT_WORDS.year_words
_WHEN_WORDS = _WHEN_NOUNS | TEXT_WORDS.month_words | TEXT_WORDS.day_words
"""Words for a month, a day or a year, with or without the article: "شهر", "يوم", "سنة"."""
_WHEN_SHIFTS = TEXT_WORDS.next | TEXT_WORDS.past | TEXT_WORDS.current
""""الشهر المقبل", "العام الماضي": a time, which ends an institution's name."""


def _one_word_head(token: Token) -> bool:
    """Whether a word is a foundation's, an academy's, a university's or studios' word of kind.

    "مؤسسة", "أكاديمية", "جامعة", "استوديوهات" (by ``heads_by_meaning``): one word after
    one may be its own name.
    """
    return _means(token, FOUNDATION, ACADEMY, UNIVERSITY, STUDIO)


def _quoted_whole(tokens: Sequence[Token], i: int) -> int | None:
    """Where the quote closes that encloses a head without the article and a word or two.

    '"بنك إفريقية"': written so, the words name it, even those that would describe
    it elsewhere. ``None`` when the head does not open a quotation.
    """
    if i == 0 or tokens[i - 1].key not in OPENING_QUOTES or definite(tokens[i]):
        return None  # not «الوكالة جاهزة للانطلاق»: what someone said
    for k in range(i + 2, min(i + 4, len(tokens))):
        if tokens[k].key in CLOSING_QUOTES:
            return k
        if tokens[k].kind != WORD:
            return None
    return None


def _said_an_institution(tokens: Sequence[Token], k: int) -> bool:
    """Whether a comma, «وهي» and a word of kind follow: «، وهي مؤسسة تكوينية».

    A quoted head and a word are a name when the article says what it is; alone, they
    may be a figure of speech ('"صندوق أسود"', '"مختبر مفتوح"').
    """
    return (
        k + 2 < len(tokens)
        and tokens[k].key in _COMMAS
        and tokens[k + 1].key in WORDS.apposition_pronouns
        and any(form in WORDS.organization_heads for form in tokens[k + 2].forms)
    )


def _object_in_construct(tokens: Sequence[Token], k: int) -> bool:
    """Whether a bare noun at ``tokens[k]`` is in construct with a definite noun after it.

    "مراجعة الشق الأمازيغي", "داخل المغرب": no letter joined before it, and a noun
    with the article, no adjective, after it. Not a participle of «مت…» that qualifies
    the name ("الشركة الجهوية متعددة الخدمات") nor the first word of a place ("عين الشق").
    """
    token = tokens[k]
    return (
        token.kind == WORD
        and k + 1 < len(tokens)
        and len(token.forms) == 1
        and not definite(token)
        and token.key[:1] not in _JOINED_PREPOSITIONS  # لأم الربيع, بفم الواد
        and not token.key.startswith("مت")
        and token.key not in WORDS.place_prefixes
        and tokens[k + 1].kind == WORD
        and tokens[k + 1].key.startswith("ال")
        and not _nisba(tokens[k + 1])
    )


def _bare_verbal_noun(token: Token) -> bool:
    """Whether a bare word is shaped as a verbal noun (:func:`verbal_noun_shape`): إخبار، تمويل.

    «إفعال» written with the hamza below: not "أصحاب", "أطباء", plurals written with the
    hamza above. After a word with the article, such a noun is what the institution
    does, not its name.
    """
    return (
        token.kind == WORD
        and len(token.forms) == 1
        and verbal_noun_shape(token.key)
        and (token.key[0] != "ا" or token.text[0] == "إ")
    )


def _bank_of_foundation(tokens: Sequence[Token], j: int, k: int) -> bool:
    """Whether the word of kind at ``tokens[k]`` ends the name of what a foundation is of.

    "مؤسسة تيويزي بنك", "مؤسسة أنفا بنك للتنمية القروية": the bank's own name, then
    the bank, after the bare head; the name goes on.
    """
    return (
        k == j + 2
        and has(tokens[k], WORDS.founded_heads)
        and has(tokens[j], WORDS.construct_heads)
        and not definite(tokens[j])
        and tokens[j + 1].kind == WORD
        and not definite(tokens[j + 1])
        and tokens[j + 1].key[:1] not in _JOINED_PREPOSITIONS
    )


def _foundation_named(tokens: Sequence[Token], i: int, end: int) -> bool:
    """Whether "مؤسسة", "أكاديمية" or "جامعة" without the article is followed by one word that names it.

    Or by two, the second a place or a definite noun the first is of ("مؤسسة أرشيف
    المغرب"), or "ب" and its city ("جامعة فيزال ببروكسل"). "وقعت مؤسسة أسافار مذكرة تفاهم": a word that is neither definite, nor an adjective
    (مؤسسة عمومية), nor a complement (مؤسسة لتمويل …), nor shaped as a verb in the
    present (مؤسسة تتمتع، يعمل; not تافات or تيويزي, Amazigh names) or as a participle
    that agrees with it (مؤسسة متعاقدة) is its own name, unless another word of kind
    follows (مؤسسة تيويزي بنك, the foundation of a bank).
    """
    if end not in (i + 2, i + 3) or definite(tokens[i]) or not _one_word_head(tokens[i]):
        return False
    if i > 0 and tokens[i - 1].key in OPENING_QUOTES:
        return False  # 'برنامج "أكاديمية صوت"': a quoted name, which its quotes decide
    if i > 0 and tokens[i - 1].kind == NUMBER:
        return False  # "من 16 جامعة أنفسهم": universities counted, none named
    if _federation_of_trades(tokens, i, end):
        return False  # "جامعة أرباب ومسيري محطات الوقود": a federation of two trades
    if (
        end == i + 3
        and has(tokens[i], WORDS.construct_heads)
        and has(tokens[i + 1], WORDS.founded_heads)
        and tokens[i + 2].kind == WORD
        and not definite(tokens[i + 2])
    ):
        return True  # مؤسسة بنك أنوار: the foundation of the bank named after it
    if end == i + 3 and _bank_of_foundation(tokens, i, i + 2):
        return True  # مؤسسة تيويزي بنك: of the bank named before it
    if end == i + 3 and not (_construct_name(tokens[i + 2]) or _city_with_bi(tokens, i + 2)):
        return False
    word = tokens[i + 1]
    return (
        word.kind == WORD
        and not definite(word)
        and not _adjective(word)
        and word.key[:1] not in "لبو"
        and word.key not in WORDS.stopwords
        and word.key not in WORDS.copulas  # "أقرب أكاديمية كان يمكن …": a verb
        and not (word.key[:1] == "ي" or (word.key[:1] == "ت" and word.key[1:2] not in "ايو"))
        and not (word.key[:1] == "م" and word.key[-1:] == "ه")
        and (end >= len(tokens) or HEADS.isdisjoint(tokens[end].forms))
    )


def _federation_of_trades(tokens: Sequence[Token], i: int, end: int) -> bool:
    """Whether "جامعة" at ``tokens[i]`` gathers trades joined by «و», as a federation does.

    "جامعة أرباب ومسيري محطات الوقود": the word after the name goes on with «و» and a
    word of no institution; a university's own name does not.
    """
    if end >= len(tokens) or not _means(tokens[i], UNIVERSITY):
        return False
    after = tokens[end]
    return (
        after.kind == WORD
        and after.key[:1] == "و"
        and len(after.forms) > 1
        and HEADS.isdisjoint(after.forms)
    )


def _construct_name(token: Token) -> bool:
    """Whether the last of two words after "مؤسسة" names what the first is of: "أرشيف المغرب".

    A place or a definite noun that is no adjective ("المغرب", not "المغربية").
    """
    return token.key in WORDS.places or (
        definite(token) and not _nisba(token) and token.key not in WORDS.nationalities
    )


def _from_where_after(tokens: Sequence[Token], end: int) -> bool:
    """Whether a nationality or "بـ" and a place follows the words after a head.

    "مؤسسة ألبريشت فايس الألمانية", "مؤسسة ألبريشت فايس بالمغرب": a name of its own,
    written in Arabic letters, of an institution said to be from or in a place.
    """
    if end >= len(tokens) or tokens[end].kind != WORD:
        return False
    key = tokens[end].key
    return key in WORDS.nationalities or (key[:1] == "ب" and key[1:] in WORDS.places)


_KEY = operator.attrgetter("key")
_FORMS = operator.attrgetter("forms")
