"""Finding names and posts written in Arabic.

A name starts with a given name (or follows السيد/السيدة) and runs on through the
words that can be surnames. A post starts with a title word (وزير، مدير، رئيس) and runs
on through the words of its field and institution, up to a comma, a verb or the next
name. Each reader moves forward, looking back or ahead a bounded number of words.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterator, Sequence

from ..model import OrganizationKind
from ..text import normalize
from ..text._tokens import MARK, WORD, Token, phrase_at
from ._arabic_institutions import (
    AT_COMPANY,
    CHARGED_WITH,
    arabic_singulars,
    negated_adjective,
    spelled_initials,
    verb_after_name,
    verbal_noun_shape,
)
from ._lexicon import WORDS
from ._person import COMMAS, Span, after_wa, short_form_end
from ._reader import Reader
from ._roles import (
    AGREEMENT,
    BESIDE,
    COMMA,
    COMPOUND_FIRST,
    CREATION,
    GIVEN,
    HONORIFIC,
    KEY_ROLES,
    NAME_LINK,
    ORG_HEAD,
    PLACE,
    PRESENCE,
    SIGNING,
    SPEECH,
    STOPWORD,
    TITLE_HEAD,
    TITLE_LINK,
    TOPIC,
    roles,
    said_with_fa,
)
from ._spans import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    POSSESSIVE_SUFFIXES,
    Spans,
    by_first,
    definite,
    found,
    has,
    longest,
    prefix_length,
)

__all__ = ["arabic_names", "arabic_titles"]

_KEY = operator.attrgetter("key")

_CLAUSE_MARKS = frozenset(
    {"،", ",", ".", "؛", ";", ":", "!", "?", "؟", "(", ")", "«", "»", '"', "“", "”"}
)
_MAX_TITLE = 16


# Arabic names


def _given(tokens: Sequence[Token], i: int) -> int:
    """How many tokens the given name at ``tokens[i]`` takes (0: none)."""
    token = tokens[i]
    if token.kind != WORD or token.text in WORDS.not_given_as_written:
        return 0
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    bits = KEY_ROLES[token.key]
    if bits & COMPOUND_FIRST and nxt is not None and nxt.key in WORDS.compound_second:
        return 2
    if (
        has(token, WORDS.name_links)
        and (token.key in WORDS.name_links or token.key[:1] != "ب")  # not بآيت: "in Ait …"
        and nxt is not None
        and nxt.kind == WORD
        and not nxt.text.isascii()
    ):
        return 2
    return 1 if bits & GIVEN and not token.text.isascii() else 0


_NOT_SURNAMES = (
    STOPWORD | TITLE_HEAD | HONORIFIC | SPEECH | PRESENCE | SIGNING | CREATION | ORG_HEAD
)
"""What a word that is a surname is not."""


_AGREEMENT_WORDS = frozenset(phrase[0] for phrase, _ in WORDS.agreements)


def _agreement_at(token: Token) -> bool:
    return not _AGREEMENT_WORDS.isdisjoint(token.forms)


def _surname_word(tokens: Sequence[Token], i: int, first: bool = False) -> bool:
    token = tokens[i]
    if token.kind != WORD or token.text.isascii() or token.text[0] < "\u0600":
        return False
    if len(token.key) < 2:
        return False  # السيد أوباها بـ9 ملايين: a preposition written apart
    if token.text in WORDS.written_stopwords:
        return False  # وحسب المدير محمد العلوي فإن …: not the «فان» of "van"
    if (
        first
        and token.key in WORDS.title_heads
        and not token.key.startswith("ال")
        and (i + 1 == len(tokens) or tokens[i + 1].kind == MARK)
    ):
        return True  # خالد سفير،: a surname that is also a title word
    if (
        first
        and token.key in WORDS.bare_titles
        and i > 0
        and _given(tokens, i - 1)
        and (
            i + 1 == len(tokens)
            or tokens[i + 1].kind == MARK
            or tokens[i + 1].key in _THAT
            or KEY_ROLES[tokens[i + 1].key] & TITLE_HEAD
            or _surname_word(tokens, i + 1)
        )
    ):
        return True  # أمل الفلاح السغروشني، محمد القاضي،: a family name after a given name;
        # so before "that" or a post: «سناء باشا إن», «خالد باشا رئيس الجمعية»
    if (
        not first
        and token.key in WORDS.bare_titles
        and i + 1 < len(tokens)
        and tokens[i + 1].key in COMMAS
        and i >= 2
        and _given(tokens, i - 2)
    ):
        return True  # ليلى برادة الوالي،: a second family name that is also a title word
    if first and token.key in WORDS.title_complements and has(tokens[i - 1], WORDS.title_heads):
        return False  # أمينة مال الجمعية: a treasurer, not a woman named so
    if first and _joined_title(tokens, i):
        return True  # سلمى لوالي،: a surname read as ل and a title word
    if (
        not first
        and token.text in WORDS.written_names
        and (i + 1 == len(tokens) or tokens[i + 1].kind == MARK)
    ):
        return True  # إدريس أولاد علي،: Ali as written, not «على»
    if KEY_ROLES[token.key] & _NOT_SURNAMES:
        return False
    if _agreement_at(token) or any(form in WORDS.places for form in token.forms[1:]):
        return False
    if (
        token.text.startswith("بال")
        and verbal_noun_shape(token.key[3:])
        and i + 1 < len(tokens)
        and tokens[i + 1].key in _AFTER_VERBAL_NOUN
    ):
        return False  # واختتمت السيدة الوزاني بالتأكيد على: what she did; not "بالتهامي"
    if i + 1 < len(tokens) and any(
        f"{form} {tokens[i + 1].key}" in WORDS.places for form in token.forms[1:]
    ):
        return False  # بالدار البيضاء: a place of two words after ب
    key = token.key
    if key.startswith("و") and len(token.forms) > 1:
        rest = token.forms[1]
        if (
            rest in WORDS.given_names
            or rest in WORDS.title_heads
            or rest in WORDS.honorifics
            or _title_plural(rest)
        ):
            return False  # "حسن أوشريف وممثلين عن الوزارة": and others, by their title
    if key in WORDS.not_names:
        return False  # دعا محمد السباعي الطرفين: what the verb before the name acts on
    if (
        not first
        and len(key) > 4
        and key.endswith(POSSESSIVE_SUFFIXES)
        and key not in WORDS.given_names
    ):
        return False  # أبدت نعيمة الشرايبي تفاؤلها: a noun with "her", what she showed
    if (
        key.startswith("و")
        and not key.startswith("ولد")
        and key.endswith(("اه", *POSSESSIVE_SUFFIXES))
    ):
        return False  # ويقول آيت لمودن وعيناه على المدخنة: "and his eyes", a clause; not
        # كريم ولدباها, whose name opens with "son of"
    # a definite feminine noun (الاتفاقية، الوزارة) follows names but is not one, unless
    # the name is set apart by commas: "…، عبد المجيد السباطة،"
    return not (key.startswith("ال") and key.endswith("ه") and len(key) > 5) or _set_apart(
        tokens, i
    )


_THAT = frozenset({"ان"})
"""«إن», «أن» folded: "that", after the name of who says it."""
_AFTER_VERBAL_NOUN = frozenset({"علي", "ان"})
"""Words after «بالتأكيد» and its like that make it what someone did: "بالتأكيد على أن"."""
_PLURAL_ENDINGS = ("ين", "ون", "ي")
"""The endings of a sound masculine plural, the last one in construct (ممثلي الوزارة)."""


def _title_plural(word: str) -> bool:
    """Whether ``word`` is a title word in the plural: «ممثلين», «مستشارون», «مديري»."""
    return any(
        word.endswith(ending) and word[: -len(ending)] in WORDS.title_heads
        for ending in _PLURAL_ENDINGS
    )


def _joined_title(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is ل joined to a bare title word, alone before a mark.

    Right after a given name such a word is a surname ("سلمى لوالي،"), not "to a
    governor": a title after ل is followed by what it heads ("لوالي الجهة").
    """
    token = tokens[i]
    return (
        token.key.startswith("ل")
        and not token.key.startswith(("لل", "ال"))
        and len(token.forms) > 1
        and token.forms[1] in WORDS.title_heads
        and (i + 1 == len(tokens) or tokens[i + 1].kind == MARK)
    )


def _set_apart(tokens: Sequence[Token], i: int) -> bool:
    """Whether a given name and the word at ``tokens[i]`` after it stand between commas.

    Or between a verb of speaking and a comma: "وقال أحمد الشعرة، حارس غابوي …".
    """
    if i + 1 >= len(tokens) or tokens[i + 1].key not in COMMAS or i < 2:
        return False
    k = i - 1
    if tokens[k - 1].key in WORDS.name_links or tokens[k - 1].key in WORDS.compound_first:
        k -= 1  # عبد المجيد، نور الدين
    elif not has(tokens[k], WORDS.given_names):
        return False  # "، ومروان الخاوة،": a given name joined to "و" is one too
    return k >= 1 and (tokens[k - 1].key in COMMAS or has(tokens[k - 1], WORDS.speech_verbs))


def _adjacent(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return "\n" not in gap and gap.strip() == ""


def _before_patronymic(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is a given name because a patronymic follows it ("منت", "ولد").

    Any Arabic word that is no title, verb or word of kind: "السالكة منت بوه", though a
    definite feminine word is no name elsewhere.
    """
    token = tokens[i]
    return (
        i + 2 < len(tokens)
        and token.kind == WORD
        and token.text[0] >= "\u0600"
        and not KEY_ROLES[token.key] & _NOT_SURNAMES
        and has(tokens[i + 1], WORDS.patronymics)
        and _adjacent(text, token, tokens[i + 1])
        and tokens[i + 2].kind == WORD
    )


def _listed_before_patronymic(text: str, tokens: Sequence[Token], i: int, end: int) -> bool:
    """Whether ``tokens[i]`` is "و" and a given name before a patronymic, in a list.

    "…، ومحجوب ولد سيدي أحمد، رئيس …" after another name: the next name and its post,
    and "و" is no part of the name; a given name the lexicon knows is read so already,
    and one that starts with "و" (وديعة) is not cut elsewhere.
    """
    token = tokens[i]
    return (
        i > 0
        and tokens[i - 1].key in COMMAS
        and end + 1 < len(tokens)
        and tokens[end].key in COMMAS
        and has(tokens[end + 1], WORDS.title_heads)
        and after_wa(token)
        and token.key not in WORDS.given_names
        and _before_patronymic(text, tokens, i)
    )


def _place_named_from(tokens: Sequence[Token], i: int) -> bool:
    """Whether a place the lexicon knows starts at ``tokens[i]``, right after "من".

    Or a place's first word after a noun joined to «ب»: "رئيسة فريق بمصبرات سيدي بوزيد",
    the cannery named for the place, where she works.
    """
    if (
        i > 0
        and tokens[i].key in WORDS.place_prefixes
        and tokens[i - 1].key[:1] == "ب"
        and len(tokens[i - 1].forms) > 1
        and not _given(tokens, i + 1)
        and not (i + 2 < len(tokens) and has(tokens[i + 2], WORDS.name_links))
    ):
        return True  # not "بحضور سيدي محمد الدخيل", "برئاسة سيدي حمدي ولد الرشيد": a
        # given name, or a name «ولد» goes on with, after «سيدي»
    if i == 0 or tokens[i - 1].key != "من":
        return False
    two = i + 1 < len(tokens) and f"{tokens[i].key} {tokens[i + 1].key}" in WORDS.places
    return two or tokens[i].key in WORDS.places


def _name_at(text: str, tokens: Sequence[Token], i: int, honorific: bool) -> int:
    """The index after the Arabic name starting at ``tokens[i]`` (``i`` if there is none)."""
    if _place_named_from(tokens, i):
        return i  # "فلاح من سيدي بنور": where he is from
    taken = _given(tokens, i)
    if taken:
        honorific = False  # a known given name: the name is read as any other
    elif honorific and _surname_word(tokens, i) and not _verb_after_wa(tokens[i]):
        taken = 1  # السيد بيرتران باري: after an honorific, any name; not "يحمله الأستاذ
        # وينقل الصوت", the verb of the sentence
    elif _before_patronymic(text, tokens, i):
        taken = 1  # السالكة منت بوه: before a patronymic, any given name
    if taken == 0:
        return i
    j = i + taken
    if _hyphen_part(tokens, j) > j and _given(tokens, j + 1) == 1:
        j += 2  # مارك-أنطوان غانيون: a given name in two parts
    if taken == 1 and len(tokens[i].key) == 2 and j < len(tokens) and definite(tokens[j]):
        return i  # "قالت لي الآلة": "told me"; «لي» names no one before a word with «ال»
    if (
        taken == 1
        and j + 1 < len(tokens)
        and _given(tokens, j) == 1
        and not after_wa(tokens[j])  # السيدة الوزاني وغيثة اللمراني: another name
        and _adjacent(text, tokens[j - 1], tokens[j])
        and _adjacent(text, tokens[j], tokens[j + 1])
        and _surname_word(tokens, j + 1, first=True)
    ):
        j += 1  # محمد أمين الصبار: two given names, then the surname
    surnames = particles = 0
    topic = any(KEY_ROLES[tokens[m].key] & TOPIC for m in range(max(i - 2, 0), i))
    while (
        j < len(tokens)
        and surnames < 3 + particles
        and _adjacent(text, tokens[j - 1], tokens[j])
        and _surname_word(tokens, j, first=surnames == 0)
        and not (
            surnames
            and (
                _speaking_verb_at(tokens, j)
                or _derived_past(tokens[j].key)
                or (_bare_present_verb(tokens[j]) and _word_after(tokens, j))
                # نادية الشرايبي تتابع الملف; not "كيم يونغ تشول،", a syllable of the name
            )
        )
        and not (j > i and topic and said_with_fa(tokens[j]) and not _fa_said_after(tokens, j))
        # أما خديجة آيت بلا فتفضل; not أما ألفارو ساغاستي فيرير فأوضح
        and not _verb_in_yata(tokens[j])
    ):
        if has(tokens[j], WORDS.name_links) and j + 1 < len(tokens):  # ... بن سعيد
            j += 1
        elif tokens[j].key in WORDS.name_particles and particles < 2:
            particles += 1  # بيتر فان دير مولن: "van der" are no surnames of their own
        j += 1
        surnames += 1
    if surnames == 0 or (surnames == 3 + particles and not honorific):
        # one word is not a name; four words are a name followed by something else
        return i if surnames == 0 else j - 1
    if _hyphen_part(tokens, j) > j:
        return j + 2  # أميناتا ديالو-نداي، كارين شوبرغ-ليند: a surname in two parts
    if surnames < 3 and _closing_syllable(text, tokens, j):
        return j + 1  # لي سونغ هو،: a syllable of the name, not the pronoun, before the comma
    return j


_WHAT_IS_SAID = frozenset({normalize(word) for word in ("أن", "إلى", "بأن", "على", ":")})
"""Words after a verb that says something: "تنبه إلى أن", "تؤكد أن", "يشدد على"."""


def _verb_in_yata(token: Token) -> bool:
    """Whether a word is a verb in the present of the forms in «يت»: "يتنقل", "يتابع".

    No family name is: "كساب رحال يتنقل بإبله" names no Rahhal.
    """
    return (
        len(token.key) >= _SHORTEST_YATA
        and token.key.startswith("يت")
        and len(token.forms) == 1
        and _present_verb(token)
    )


_SHORTEST_YATA = 5
"""Letters a verb in «يت» has at least: "يتنقل"."""


def _fa_said_after(tokens: Sequence[Token], j: int) -> bool:
    """Whether the word after ``tokens[j]`` is a verb of speech with «فـ».

    "أما ألفارو ساغاستي فيرير فأوضح": «فيرير» only looks like a verb with «فـ»; the
    verb is the word after it, «فأوضح» ("so he explained"). Not any word so shaped:
    in «أما نادية الشرايبي فتتابع فيديوهات», «فتتابع» is the verb.
    """
    if j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    return after.key[:1] == "ف" and after.key[1:] in WORDS.speech_verbs


def _speaking_verb_at(tokens: Sequence[Token], j: int) -> bool:
    """Whether a verb in the imperfect stands at ``tokens[j]``, before what it says.

    "الباحثة زبيدة أعراج تنبه إلى أن …": the sentence's verb after the name, not a
    third word of it.
    """
    key = tokens[j].key
    return (
        len(key) >= 4
        and key[0] in "يت"
        and j + 1 < len(tokens)
        and (tokens[j + 1].key in _WHAT_IS_SAID or tokens[j + 1].key in OPEN_QUOTES)
    )


def _derived_past(key: str) -> bool:
    """Whether a word is a verb of a derived form in the past, said of a woman.

    "استندت", "انتقدت", "اعتبرت" (استفعلت، انفعلت، افتعلت): after "سهام الراجي", the
    sentence's verb, not a third word of her name; not a plural (استثمارات).
    """
    if len(key) < 6 or key[0] != "ا" or key[-1] != "ت" or key.endswith("ات"):
        return False
    if key.startswith("است") and len(key) == 7:
        return True
    return len(key) == 6 and (key[2] == "ت" or key[1] == "ن")


def _afal_before_preposition(tokens: Sequence[Token], k: int) -> bool:
    """Whether a verb shaped أفعل stands at ``tokens[k]``, a preposition after it.

    "مهندس بالمكتب الوطني … أشرف على تطوير النموذج": what he did, after his post; the
    hamza written, four letters, and "على", "عن" or "في" next (not "أمين المال"); also
    after "و" ("… بجامعة السلطان مولاي سليمان وأشرف على الدراسة").
    """
    token = tokens[k]
    text, length = token.text, len(token.key)
    if text[:2] == "وأ" and length == len("واشرف"):
        text, length = text[1:], length - 1  # وأشرف على الدراسة: "and supervised", after a post
    return (
        text[:1] == "أ"
        and length == 4
        and k + 1 < len(tokens)
        and tokens[k + 1].text in WORDS.verb_prepositions
    )


def _verb_after_wa(token: Token) -> bool:
    """Whether a word is "و" and a verb in the imperfect: وينقل، وتتابع، ونشتغل."""
    return (
        after_wa(token)
        and len(token.forms) > 1
        and len(token.forms[1]) >= 4
        and token.forms[1][0] in "يتن"
    )


def _hyphen_part(tokens: Sequence[Token], j: int) -> int:
    """The index after the second part of a name joined at ``tokens[j]`` by a hyphen, or ``j``.

    "ديالو-نداي", "سيو-هيون": the hyphen touches the words on both sides.
    """
    if (
        j > 0
        and j + 1 < len(tokens)
        and tokens[j].key == "-"
        and tokens[j - 1].end == tokens[j].start
        and tokens[j].end == tokens[j + 1].start
        and tokens[j + 1].kind == WORD
        and tokens[j + 1].text[0] >= "\u0600"
    ):
        return j + 2
    return j


def _closing_syllable(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Whether a two-letter word right after a name ends it, a clause mark after it.

    East Asian names in Arabic letters end in syllables that are also short Arabic
    words (هو، لي); right before a comma or a full stop no pronoun stands there.
    """
    if j + 1 >= len(tokens) or tokens[j].kind != WORD or len(tokens[j].key) != 2:
        return False
    token = tokens[j]
    return (
        token.text[0] >= "\u0600"
        and _adjacent(text, tokens[j - 1], token)
        and tokens[j + 1].kind == MARK
        and tokens[j + 1].key in _CLAUSE_MARKS
        and not KEY_ROLES[token.key] & (TITLE_HEAD | HONORIFIC | SPEECH | PRESENCE)
        and (
            token.key in _SYLLABLES
            or not (KEY_ROLES[token.key] & STOPWORD or token.key[1] in "هك")  # له، به، لك
        )
    )


_SYLLABLES = frozenset({"هو", "هي", "لي"})
"""Short Arabic words that end East Asian names too (لي سونغ هو); له، به … end none."""


def _title_before_comma(tokens: Sequence[Token], i: int) -> bool:
    """Whether a title word stands in the clause that the comma before ``tokens[i]`` closes."""
    j = i - 2
    while j >= 0 and i - j < _MAX_TITLE:
        token = tokens[j]
        if token.kind == MARK and token.key in CLOSE_QUOTES:
            opening = _opening_quote(tokens, j)
            if opening is None:
                return False
            j = opening - 1  # لشركة "فيرديانا ديجيتال" الإيطالية: a company's name, passed
            continue
        if token.kind == MARK and token.key in _CLAUSE_MARKS:
            return False
        if token.kind == WORD and KEY_ROLES[token.key] & TITLE_HEAD:
            return True
        j -= 1
    return False


_QUOTED_NAME = 5
"""Words a quoted company's name in a title may take."""


def _opening_quote(tokens: Sequence[Token], closing: int) -> int | None:
    """The quote that opens a short quoted name closed at ``tokens[closing]``, if any."""
    for k in range(closing - 1, max(closing - 2 - _QUOTED_NAME, -1), -1):
        token = tokens[k]
        if token.kind == MARK:
            return k if token.key in OPEN_QUOTES and k < closing - 1 else None
    return None


def _where(token: Token) -> bool:
    """Whether a word is "ب" and a place or a word of territory: بجهة، بكوت ديفوار، بالرباط.

    Or "ب" and a bare word that starts with alef, as the names of countries and
    continents do and given names the lexicon does not know do not: بأوروبا، بإسبانيا.
    """
    if token.key[:1] != "ب" or len(token.forms) < 2:
        return False
    rest = token.forms[1]
    return (
        bool(roles(token.forms[1:2]) & PLACE)
        or rest in WORDS.territories
        or (rest[:1] == "ا" and rest[:2] != "ال" and rest not in WORDS.given_names)
    )


def _name_after_title(text: str, tokens: Sequence[Token], i: int, *, after_name: bool) -> int:
    """A name of unknown given name set off after a title: "لشركة Nvidia، جنسن هوانغ،".

    Two or three name-like words right after the comma that closes a title, or right
    after the institution's name that ends it (``after_name``: "الرئيسة التنفيذية لشركة
    سولبرغ داتا إنغريد هولم،"), and nothing after them but a mark: the index after
    them (``i`` if there is none).
    """
    comma = i > 0 and tokens[i - 1].key in COMMAS
    if i == 0 or not (comma or after_name) or tokens[i].key in CHARGED_WITH:
        return i  # not "لـ"براندفيك سيستمز" المكلف بإفريقيا": what the post is charged with
    if tokens[i].key in WORDS.purposes:
        return i  # not "مع مؤسسة …، لمواكبة تعميم منصة": what the agreement is for
    if _where(tokens[i]):
        return i  # not 'المدير الجهوي لـ"قمرة تيليكوم" بجهة مراكش آسفي': where the post is
    if _bare_present_verb(tokens[i]) or _verb_of_purpose(tokens, i) or _plural_present(tokens[i]):
        return i  # not "…، تروم اعتماد منظومة": what the agreement aims at; not "…،
        # ليقترح النموذج، الذي …": so that the model proposes; not "3600 بحار، ينتظرون"
    j = i
    while (
        j < len(tokens)
        and j - i < 3
        and _surname_word(tokens, j)
        and _adjacent(text, tokens[j - 1], tokens[j])
    ):
        j += 1
    if j - i >= 2:
        j = _hyphen_part(tokens, j)  # يون سيو-هيون: a given name in two parts
    if j - i < 2 or (j < len(tokens) and tokens[j].kind != MARK):
        return i
    if _noun_in_construct(tokens, i):
        return i  # "…، أستاذ بكلية العلوم، طريقة النشر": what the sentence goes on with
    if definite(tokens[i]) and not _given(tokens, i) and _given(tokens, i + 1):
        return i  # "…، والشاب ياسين الوزاني (34 سنة)": a word said of him, then his name
    if _described_by_nationality(tokens, i, j):
        return i  # "…، الناقل البحري الإسباني،": what the company is, and where from
    listed = (
        comma
        and tokens[i].key.startswith("و")
        and j + 1 < len(tokens)
        and tokens[j].key in COMMAS
        and has(tokens[j + 1], WORDS.title_heads)
    )  # "…، وإنغريد سولهايم، المديرة العامة لشركة …": the next in a list, with its post
    if listed:
        return j
    if _verb_after_wa(tokens[i]) and not _given(tokens, i):
        return i  # not "مع التلميذ، ويصحح نطقه": the sentence goes on with a verb
    return j if _title_before_comma(tokens, i if comma else i + 1) else i


def _described_by_nationality(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether ``tokens[i:j]``, three words, have the article and end in a nationality.

    "الناقل البحري الإسباني", "الموزع الرقمي الفرنسي": a description (the Spanish
    maritime carrier), no one's name; a name of two such words may be («الشريف التركي»).
    """
    return (
        j - i >= _DESCRIPTION_WORDS
        and not _given(tokens, i)
        and all(definite(tokens[m]) for m in range(i, j))
        and has(tokens[j - 1], WORDS.nationalities)
    )


_DESCRIPTION_WORDS = 3
"""Words of a description set off like a name, at least: a noun, its adjective, a nationality."""


def _noun_in_construct(tokens: Sequence[Token], i: int) -> bool:
    """Whether a feminine noun no given name is, then a word with the article, stand at ``i``.

    "طريقة النشر", "جودة الخدمات": a noun in construct, no name; a given name that ends
    so is one the lexicon knows ("فاطمة الزهراء").
    """
    first = tokens[i]
    return (
        i + 1 < len(tokens)
        and first.key.endswith("ه")
        and first.key not in WORDS.given_names
        and tokens[i + 1].key.startswith("ال")
    )


_SPOKEN_BY = frozenset({"به", "بها"})
"""The pronoun after a verb of saying before who said it: "ما أفاد به X"."""
_BEFORE = SPEECH | TOPIC | ORG_HEAD | BESIDE
"""What a name set off before its post may follow: a verb of saying, a word that makes
the person the topic ("أما"), the institution the person speaks or signs for ("وعن
التجمع تاكومي هاياشي، نائب رئيس …"), or a word that puts the person beside another
("إلى جانب")."""


_WITH = "مع"
_AS_FOR = normalize("بالنسبة")
"""The word after «أما» before the name it turns to: "أما بالنسبة لحمزة التازي"."""
"""The word before who signs with another: "وقعت … اتفاق القرض مع كاترينا فوغلزانغ، مديرة …"."""


def _withs(reader: Reader) -> Iterator[int]:
    """Where "مع" stands: among the function words, picked out without a loop in Python."""
    stops = reader.where(STOPWORD)
    keys = map(_KEY, map(reader.tokens.__getitem__, stops))
    return itertools.compress(stops, map(_WITH.__eq__, keys))


def _list_openers(reader: Reader) -> Iterator[int]:
    """Where the words that open a list of signatories end ("كل من", "ووقعها", "مثلها")."""
    tokens = reader.tokens
    last = itertools.compress(
        itertools.count(), map(_LIST_LAST_WORDS.__contains__, map(_KEY, tokens))
    )
    return (k for k in last if _opens_list(tokens, k))


def _opens_list(tokens: Sequence[Token], k: int) -> bool:
    """Whether a phrase of ``signatory_lists`` ends at ``tokens[k]``: "كل من"."""
    return tokens[k].key in _LIST_LAST_WORDS and any(
        k + 1 >= len(phrase) and phrase_at(tokens, k + 1 - len(phrase), phrase)
        for phrase in WORDS.signatory_lists
    )


_LIST_LAST_WORDS = frozenset(phrase[-1] for phrase in WORDS.signatory_lists)
"""The last words of the phrases that open a list of signatories: most words end none."""


def _before(reader: Reader, k: int) -> bool:
    """Whether a name set off before its post may follow ``tokens[k]``.

    A verb of saying may precede it, a word that makes it the topic ("أما"), a word
    before who signs beside the others ("إلى جانب") or with another ("مع"), the words
    that open a list of signatories ("كل من"), the side one signs for ("عن الجانب
    الليتواني"), who represents it "in the signing" ("في التوقيع"), or a definite word
    of kind (التجمع، الشركة), not the head of a name (شركة X).
    """
    bits = reader.roles[k]
    if bits & (SPEECH | TOPIC | BESIDE) or reader.tokens[k].key == _WITH:
        return True  # also "إلى جانب جنفييف لاشانس، مؤسسة شركة …", "مع كاترينا فوغلزانغ، مديرة …"
    if _opens_list(reader.tokens, k):
        return True  # "ووقع الاتفاقية كل من زويتة بوتكيوت، مديرة الأكاديمية، …"
    if (
        k > 0
        and has(reader.tokens[k], WORDS.nationalities)
        and reader.roles[k - 1] & (BESIDE | SPEECH)
    ):
        return True  # "إلى جانب الإسبانية مارتا إيبانييث سولير، المديرة العامة …",
        # "وأوضحت الإسبانية إينيس فالديس، المديرة العلمية …"
    if k > 0 and reader.tokens[k].key in _SPOKEN_BY and reader.roles[k - 1] & SPEECH:
        return True  # "وفق ما أفاد به يوكي تانابي، رئيس …"
    if k > 1 and _side_at(reader.tokens, k - 2):
        return True  # "وقعتها عن الجانب الليتواني غينتاري جيمايتيتي، مديرة الوكالة"
    if (
        k > 0
        and reader.tokens[k - 1].key == "في"
        and reader.tokens[k].key in WORDS.signing_nouns
        and definite(reader.tokens[k])
    ):
        return True  # "ومثله في التوقيع هنريك دالسغارد، المدير العام للمعهد"
    return bool(bits & ORG_HEAD) and definite(reader.tokens[k])


_FIELD_WORDS = 3
"""Words a trade's field after «في» has at most: "في علم الصوتيات"."""


def _one_by_one(tokens: Sequence[Token], k: int) -> bool:
    """Whether a word and the same word after "ب" stand at ``k``: "قطعة بقطعة", piece by piece."""
    return k + 1 < len(tokens) and tokens[k + 1].key == "ب" + tokens[k].key


def _after_trades(reader: Reader) -> Iterator[int]:
    """Where a name may start after a verb of saying and a trade: "وقالت المهندسة X، …"."""
    tokens, roles = reader.tokens, reader.roles
    for k in reader.where(SPEECH):
        j = k + 1
        if j < len(tokens) and roles[j] & TITLE_HEAD and definite(tokens[j]):
            j += 1
            while j < len(tokens) and has(tokens[j], WORDS.nationalities) and definite(tokens[j]):
                j += 1
            if j < len(tokens):
                yield j
            if j < len(tokens) and tokens[j].key == "في":
                for field in range(j + 2, min(j + 2 + _FIELD_WORDS, len(tokens))):
                    if tokens[field - 1].kind != WORD:
                        break
                    if definite(tokens[field - 1]) and not definite(tokens[field]):
                        yield field  # "الخبير الدنماركي في علم الصوتيات X، مدير …"


_SIDES = frozenset({"الجانب", "الطرف"})
"""The words for a side one signs for, after "عن": "عن الجانب الكوري"."""


def _after_sides(reader: Reader) -> Iterator[int]:
    """Where a name may start after the side it signs for: "عن الجانب الليتواني X، مديرة …"."""
    tokens = reader.tokens
    return (k + 3 for k in reader.where(STOPWORD) if _side_at(tokens, k))


def _side_at(tokens: Sequence[Token], k: int) -> bool:
    """Whether "عن", a word for a side and a nationality stand from ``tokens[k]`` on."""
    return (
        tokens[k].key == "عن"
        and k + 3 < len(tokens)
        and tokens[k + 1].key in _SIDES
        and has(tokens[k + 2], WORDS.nationalities)
    )


def _name_before_title(text: str, tokens: Sequence[Token], roles: Sequence[int], i: int) -> int:
    """A name of unknown given name after a verb of saying, set off before its post.

    "حسب ما أكده فيرناندو كوستا ريبيرو، المدير الإقليمي للمجموعة": two or three
    name-like words (and up to two particles: "يوريس فان دير مولن"), a comma, then a
    title word, or «وهي» and one ("قالت مارتا كوالتشيك، وهي سائحة بولندية"), or a phrase that introduces a post and one ("وقال
    هيروشي تانابي، الذي يشغل منصب الرئيس …"): the index after them (``i`` if none). A word of
    ``teams`` before a given name is none of the name: "بتعاون مع فريق رشيد أمزيل، أستاذ
    …", the team of Rachid Amzil, whose name is read from «رشيد»; nor is a plural with
    the article: "ومن أبرز المتطوعين محمد الوردي، …", one of the volunteers; nor a
    title's adjective («المدير الجهوي محمد العلوي، …»).
    """
    if (
        i + 1 < len(tokens)
        and (
            tokens[i].key in WORDS.teams
            or _definite_plural(tokens, i)
            or tokens[i].key in WORDS.title_modifiers
            or tokens[i].key in WORDS.territorial_adjectives
        )
        and _given(tokens, i + 1)
    ):
        return i  # not «المدير الجهوي محمد العلوي، رئيس اللجنة»: the title's adjective
    j = i
    particles = 0
    while (
        j < len(tokens)
        and j - i < 3 + particles
        and _surname_word(tokens, j)
        and (j == i or _adjacent(text, tokens[j - 1], tokens[j]))
    ):
        if j > i and tokens[j].key in WORDS.name_particles and particles < 2:
            particles += 1  # يوريس فان دير مولن: "van der" are no names of their own
        j += 1
    if j - i < 2 or j + 1 >= len(tokens) or tokens[j].key not in COMMAS:
        return i
    title = j + 2 if tokens[j + 1].key in WORDS.apposition_pronouns else j + 1
    introduced = longest(tokens, j + 1, _INTRODUCERS)
    if introduced is not None:  # "وقال هيروشي تانابي، الذي يشغل منصب الرئيس …"
        title = j + 1 + introduced[0]
    if title < len(tokens) and roles[title] & TITLE_HEAD and not _participle_head(tokens, title):
        return j
    return i


_SHORTEST_PLURAL = 7
"""Letters a sound plural with the article has at least ("المسنين"); fewer are a name's
("الزين", "الحسين", "الأمين")."""


def _definite_plural(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is a sound plural of people with the article: "المتطوعين".

    Not a family name written before the given name ("الزين فاطمة"), nor a given name.
    """
    key = tokens[i].key
    return (
        definite(tokens[i])
        and len(key) >= _SHORTEST_PLURAL
        and key.endswith(_PLURAL_ENDINGS[:2])
        and not _given(tokens, i)
    )


_NAME_STARTS = WORDS.honorifics | WORDS.given_names | WORDS.compound_first | WORDS.name_links


def _and_another(reader: Reader, found_here: Sequence[Span], start: int) -> bool:
    """Whether the name at ``start`` is joined by "و" to a name read before in its sentence."""
    return (
        after_wa(reader.tokens[start])
        and bool(found_here)
        and reader.sentence_of[found_here[-1].last] == reader.sentence_of[start]
    )


def _short_name_after_wa(reader: Reader, found_here: Sequence[Span], start: int) -> bool:
    """Whether a name in a list starts with "و" joined to a given name of two letters.

    "…، ولي سو يون، نائبة رئيس …": after a comma and another name in its sentence; the
    tokens keep "ولي" whole, as a word of three letters.
    """
    token = reader.tokens[start]
    return (
        len(token.text) == 3
        and token.text[0] == "و"
        and start > 0
        and reader.tokens[start - 1].key in COMMAS
        and bool(found_here)
        and reader.sentence_of[found_here[-1].last] == reader.sentence_of[start]
    )


def _title_phrase(tokens: Sequence[Token], start: int) -> bool:
    """Whether a given name goes on a post instead.

    It starts one (أمين عام, a secretary general), or it is a preposition right after a
    title word (الناطق باسم الشركة, its spokesman).
    """
    if (
        start > 0
        and tokens[start].key in WORDS.title_prepositions
        and has(tokens[start - 1], WORDS.title_heads)
    ):
        return True
    return (
        tokens[start].key == "امين"
        and start + 1 < len(tokens)
        and tokens[start + 1].key in {"عام", "المال", "السر"}
    )


def arabic_names(reader: Reader, after_names: set[int]) -> list[Span]:
    """Every name in Arabic letters: after a given name, or an honorific.

    A name of unknown given name is read after the comma that closes a title, after
    the institution's name that ends one (``after_names``: the tokens that follow
    institutions' names), or after a verb of saying or a word of kind (الشركة، التجمع),
    before the comma and its post.
    """
    text, tokens = reader.masked, reader.tokens
    found_here: list[Span] = []
    after_trades = set(_after_trades(reader))
    after_commas = [k + 1 for k in reader.where(COMMA) if k + 1 < len(tokens)]
    starts = sorted(
        {
            *reader.where(GIVEN | COMPOUND_FIRST | NAME_LINK | HONORIFIC),
            *after_commas,
            *(k for k in after_names if k < len(tokens)),
            *(
                k + 1
                for k in reader.where(_BEFORE | SIGNING)
                if k + 1 < len(tokens) and _before(reader, k)
            ),
            *(k + 1 for k in _withs(reader) if k + 1 < len(tokens)),
            *(k + 1 for k in _list_openers(reader) if k + 1 < len(tokens)),
            *_after_sides(reader),
            *after_trades,
            *(
                k + 2
                for k in reader.where(SPEECH | BESIDE)
                if k + 2 < len(tokens)
                and (
                    tokens[k + 1].key in _SPOKEN_BY
                    or (
                        reader.roles[k] & (BESIDE | SPEECH)
                        and has(tokens[k + 1], WORDS.nationalities)
                    )
                )
            ),
        }
    )
    i = 0
    for candidate in starts:  # most words start no name: only these are looked at
        if candidate < i:
            continue
        i = candidate
        token = tokens[i]
        if token.kind != WORD or token.text[0] < "\u0600":
            continue
        if token.key in WORDS.pronoun_names and i > 0 and _present_verb(tokens[i - 1]):
            continue  # "يحكي لي يومه": he tells me, no one named
        if token.key == _AS_FOR and i > 0 and reader.roles[i - 1] & TOPIC:
            continue  # "أما بالنسبة لحمزة التازي، …": the name is after "as for"
        honorific = bool(reader.roles[i] & HONORIFIC)
        start = i + 1 if honorific else i
        if honorific and start < len(tokens) and tokens[start].key in WORDS.title_modifiers:
            start += 1  # العقيد الممتاز رشيد عصواب: the rank's grade, then the name
        if start >= len(tokens):
            break
        end = _name_at(text, tokens, start, honorific)
        enumerated = False
        if end == start and not honorific:
            end = _name_after_title(text, tokens, start, after_name=start in after_names)
            if has(tokens[start], WORDS.verbs_before_names) and any(
                reader.roles[m] & GIVEN for m in range(start + 1, end)
            ):
                end = start  # "وإلى جانبه، بدا رشيد بوزكري، …": the name opens later
            enumerated = end > start and _and_another(reader, found_here, start)
        if (
            end == start
            and not honorific
            and start > 0
            and (start in after_trades or _before(reader, start - 1))
        ):  # "وقالت المهندسة الهولندية ماريكه يانسن، المسؤولة عن …"
            end = _name_before_title(text, tokens, reader.roles, start)
        # صندوق محمد السادس: a name in construct with an institution is part of its name;
        # after a definite head (الوكالة، للوكالة) a name is someone's
        after_head = (
            start > 0 and reader.roles[start - 1] & ORG_HEAD and not definite(tokens[start - 1])
        )
        if end == start or after_head or _title_phrase(tokens, start) or _one_by_one(tokens, start):
            i += 1
            continue
        if _quoted_company_at(reader, start):
            i += 1  # المحللة لدى "حياة بورص": the company she works at, quoted
            continue
        if not honorific and _place_after_preposition(tokens, start):
            i = end  # "رئيس المجلس الجماعي لسيدي سليمان": a town, no one's name
            continue
        if (
            not honorific
            and start > 0
            and reader.roles[start - 1] & TITLE_HEAD
            and _bi_and_link(tokens[start])
        ):
            i = end  # "فلاح بآيت إيعزة يملك": where the farmer is, no one's name
            continue
        if not honorific and _in_place_name(tokens, start):
            i = end  # "فلاح بأولاد سعيد يزرع": the rest of a town's name, no one's
            continue
        if not honorific and start > 0 and has(tokens[start - 1], WORDS.territories):
            i = start + max(_place_length(tokens, start, end), 1)  # "عامل إقليم مولاي
            continue  # يعقوب": the province's name, no one's; a name may start after it:
            # "عامل إقليم برشيد محمد أمين الشرايبي", "… سيدي حجاج أحمد البقالي"
        if (
            not honorific
            and start + 1 < len(tokens)
            and tokens[start].key in WORDS.relatives
            and (
                has(tokens[start + 1], WORDS.territories)
                or has(tokens[start + 1], WORDS.settlements)
                or tokens[start + 1].key in WORDS.places
                or tokens[start + 1].key in _REGION_NOUNS
            )
        ):
            i = end  # "ابن منطقة سكورة": a native of a place, no one's name
            continue
        if not honorific and (length := _place_length(tokens, start, end)) > 1:
            i = start + length  # "منتج للعنب بمنطقة آيت يازم يبلغ": a place of two words
            continue  # the lexicon knows, no one's name
        if not honorific and (through := _place_through(tokens, start)):
            i = through  # "عامل إقليم اشتوكة آيت باها عبد الكريم …": the rest of a place
            continue
        if _listed_place(tokens, start):
            i = end  # "بأقاليم مكناس والحاجب ومولاي يعقوب": the last place of a list
            continue
        if not honorific and _saint_after_definite(tokens, reader.roles, start, end):
            i = end  # "ممرضة بالمركز الصحي القروي سيدي عيسى": the centre's place
            continue
        if end - start > 2 and has(tokens[start], WORDS.nationalities):
            start, enumerated = start + 1, False  # "والبريطاني أوليفر بيمبريدج": where from
        skip = prefix_length(tokens[start], WORDS.given_names) if not honorific else 0
        if honorific and tokens[start].key != tokens[start].forms[-1]:
            skip = 0
        if enumerated or (
            _and_another(reader, found_here, start)
            and _listed_before_patronymic(text, tokens, start, end)
        ):
            skip = 1  # "X، المدير العام …، وهندريك فان دام،": "and" Hendrik van Dam
        elif not skip and _short_name_after_wa(reader, found_here, start):
            skip = 1  # "…، عميدة كلية العلوم بوجدة، ولي سو يون، نائبة …": "and" Lee Su-yeon
        found_here.append(
            Span(start, end - 1, found(text, tokens, start, end - 1, skip), honorific=honorific)
        )
        i = end
    return found_here + _surnames_again(reader, found_here)


def _saint_after_definite(
    tokens: Sequence[Token], roles: Sequence[int], start: int, end: int
) -> bool:
    """Whether the two words at ``tokens[start:end]`` are a place named for a saint.

    "ممرضة بالمركز الصحي القروي سيدي عيسى": «سيدي» and one name right after a word with
    the article that is no title («القروي»), as a health centre or a commune is named;
    a man called «سيدي محمد» has his family name after it ("رئيس المجلس سيدي محمد
    العلوي").
    """
    return (
        end - start == 2
        and start > 0
        and tokens[start].key in WORDS.place_prefixes
        and tokens[start].key in WORDS.given_names
        and tokens[start - 1].kind == WORD
        and tokens[start - 1].key.startswith("ال")
        and not roles[start - 1] & TITLE_HEAD
    )


def _surnames_again(reader: Reader, names: Sequence[Span]) -> list[Span]:
    """The surnames of names read before, written again alone before a post's introducer.

    "ويشغل الناصري منصب رئيس فرقة …" after "إدريس الناصري": the person named again,
    whose post follows.
    """
    tokens = reader.tokens
    surnames = {tokens[name.last].key for name in names if name.last > name.first}
    if not surnames:
        return []
    inside = {k for name in names for k in range(name.first, name.last + 1)}
    again = itertools.compress(itertools.count(), map(surnames.__contains__, map(_KEY, tokens)))
    return [
        Span(k, k, found(reader.masked, tokens, k, k))
        for k in again
        if k + 1 < len(tokens)
        and k not in inside
        and longest(tokens, k + 1, _INTRODUCERS) is not None
    ]


_INTRODUCERS = by_first([(phrase, True) for phrase in WORDS.post_introducers])
"""The lexicons' ``post_introducers`` by first word ("منصب", "الذي يشغل منصب")."""


def _works_as(tokens: Sequence[Token], i: int) -> bool:
    """Whether a title after «الذي يعمل» is what the person works as, not its subject.

    "التي تعمل مهندسة في …", "الذي يعمل مديرا تقنيا": indefinite, in the accusative or
    feminine; not "الذي يعمل رئيس الجامعة على …", "التي تعمل الوزيرة على …": the one
    who works on it.
    """
    key = tokens[i].key
    following = tokens[i + 1].key if i + 1 < len(tokens) else ""
    return not key.startswith("ال") and key.endswith(("ا", "ه")) and not following.startswith("ال")


def _quoted_company_at(reader: Reader, k: int) -> bool:
    """Whether ``tokens[k]`` opens a quoted name after a post or a word of kind.

    'المحللة لدى "حياة بورص"', 'لشركة "أمل ديجيتال"': a company's name, though its
    first word is a given name.
    """
    tokens = reader.tokens
    return (
        k > 1
        and tokens[k - 1].key in OPEN_QUOTES
        and _closing_quote(tokens, k - 1) is not None
        and (
            tokens[k - 2].key in AT_COMPANY
            or bool(reader.roles[k - 2] & (TITLE_HEAD | ORG_HEAD | TITLE_LINK))
        )
    )


def _place_length(tokens: Sequence[Token], start: int, end: int) -> int:
    """How many words from ``tokens[start]``, up to ``end``, name a place the lexicon knows."""
    for n in range(end - start, 0, -1):
        if " ".join(token.key for token in tokens[start : start + n]) in WORDS.places:
            return n
    return 0


def _place_through(tokens: Sequence[Token], k: int) -> int:
    """Where a place the lexicon knows ends, when it goes on past ``tokens[k]``.

    It starts a word or two before ("اشتوكة آيت باها"); 0 when none does.
    """
    for back in (1, 2):
        first = k - back
        if first < 0:
            break
        for n in (3, 2):
            if first + n > k and first + n <= len(tokens):
                phrase = " ".join(token.key for token in tokens[first : first + n])
                if phrase in WORDS.places:
                    return first + n
    return 0


def _listed_place(tokens: Sequence[Token], k: int) -> bool:
    """Whether "و" and a place of two words the lexicon knows follow another place at ``k``.

    "بأقاليم مكناس والحاجب ومولاي يعقوب": the province, not a man named Moulay Yacoub.
    """
    token = tokens[k]
    return (
        0 < k < len(tokens) - 1
        and token.text[:1] == "و"
        and len(token.forms) > 1
        and f"{token.forms[-1]} {tokens[k + 1].key}" in WORDS.places
        and any(form in WORDS.places for form in tokens[k - 1].forms)
    )


def _bi_and_link(token: Token) -> bool:
    """Whether a word is "ب" and a word that links names: "بآيت", "in Aït …"."""
    return token.text[:1] == "ب" and len(token.forms) > 1 and token.forms[-1] in WORDS.name_links


def _in_place_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` follows a word that starts places' names and no one's.

    "أولاد سعيد", "بعين عودة": after "أولاد", "عين", "تيزي" a given name is a town's;
    "سيدي محمد" may be a man's, as "سيدي" is a given name too.
    """
    return k > 0 and not _ONLY_PLACES.isdisjoint(tokens[k - 1].forms)


_ONLY_PLACES = WORDS.place_prefixes - WORDS.given_names
"""Words that start places' names and no person's ("أولاد", "عين"; not "سيدي")."""


def _place_after_preposition_end(tokens: Sequence[Token], k: int) -> int:
    """Where "ل" or "ب" and a place's name that start at ``tokens[k]`` end; 0 if they don't.

    The place may have up to three words ("بسوس ماسة", "بمولاي إدريس زرهون"), follow a
    word of territory ("بجهة الرباط سلا القنيطرة") or start with a word that starts
    places' names though the lexicon does not know it ("بسيدي علال التازي": its first
    word only).
    """
    token = tokens[k]
    if token.text[:1] not in ("ل", "ب") or len(token.forms) < 2:
        return 0
    place = token.forms[-1]
    if place in WORDS.territories:
        length = _place_length(tokens, k + 1, min(k + 4, len(tokens)))
        return k + 1 + length if length else 0
    for n in (3, 2, 1):
        if k + n <= len(tokens):
            words = [place, *(t.key for t in tokens[k + 1 : k + n])]
            if " ".join(words) in WORDS.places:
                return k + n
    return k + 1 if place in WORDS.place_prefixes and k + 1 < len(tokens) else 0


def _place_after_preposition(tokens: Sequence[Token], k: int) -> bool:
    """Whether "ل" or "ب" and a place's name start at ``tokens[k]``: "لسيدي سليمان"."""
    token = tokens[k]
    if token.forms[-1:] and token.forms[-1] in WORDS.territories:
        return False  # "بجهة" alone, as before: a place only with its name
    return _place_after_preposition_end(tokens, k) > 0


def arabic_titles(
    reader: Reader, names: Sequence[Span], institutions: Spans | None = None
) -> list[Span]:
    """Every post in Arabic letters: a title word and the words of its field and institution.

    ``institutions`` are the spans of the institutions found: a word of one is no verb
    that ends the post ("مدير المشتريات بشركة نوردواز:", not a verb in «ن»).
    """
    text, tokens, bits = reader.masked, reader.tokens, reader.roles
    starts = {span.first for span in names}
    inside = {k for span in names for k in range(span.first, span.last + 1)}
    found_here: list[Span] = []
    i = 0
    for candidate in _title_starts(reader):
        if candidate < i:
            continue
        i = candidate
        token = tokens[i]
        if token.text[0] < "\u0600" or i in inside:
            continue
        if i > 0 and tokens[i - 1].key == "عن" and bits[i] & ORG_HEAD:
            continue  # وقع حاتم السقلي عن مؤسسة البنك الشعبي: for the foundation, no founder
        if not bits[i] & TITLE_HEAD and _titled_or_asked(tokens, bits, names, i):
            continue  # "الفلاح محمد العلوي، من سكان الدوار": his post is said before him;
            # "التمس القائد …، من ساكنة المدينة، …": asked of the residents
        relative = (
            i > 1
            and tokens[i - 2].key in WORDS.relative_pronouns
            and tokens[i - 1].kind == WORD
            and not (longest(tokens, i - 2, _INTRODUCERS) and _works_as(tokens, i))
        )  # "التي مثلت الوزيرة في هذا الحفل": whom she stood for, no post; not "التي تعمل
        # مهندسة": the post she works in
        if any(phrase_at(tokens, i - len(phrase), phrase) for phrase in WORDS.on_behalf):
            continue  # "نيابة عن الوزير، الكاتب العام …": for whom he signs, no post
        k = i + 1
        while k < len(tokens) and k - i < _MAX_TITLE and k not in starts:
            current = tokens[k]
            if reader.sentence_of[k] != reader.sentence_of[i]:
                break
            within = institutions.end_holding(tokens[k - 1].start) if institutions else None
            if within is not None and current.end <= within and current.kind == WORD:
                k += 1  # الكاتبة العامة للهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها:
                continue  # the institution's name, to its end
            if current.key in OPEN_QUOTES and tokens[k - 1].kind == WORD:
                closing = _closing_quote(tokens, k)
                if closing is not None:  # رئيس مجموعة "نوفا تك", مؤسس منصة "بازارنت": its name
                    k = _adjectives_after(tokens, bits, closing + 1, starts)
                    if k < len(tokens) and _complement_after_name(tokens[k]):
                        continue  # مدير مصنع مجموعة "كورفانتا" الإسبانية لصناعة السيارات
                    if (
                        k < len(tokens)
                        and tokens[k - 1].key in CHARGED_WITH
                        and tokens[k].key.startswith("ب")
                        and k not in starts
                    ):
                        # نائب الرئيس لـ"براندفيك" المكلف بإفريقيا: what he is charged with
                        k = _adjectives_after(tokens, bits, k + 1, starts)
                        if (
                            k < len(tokens)
                            and tokens[k].key.startswith("وال")
                            and not bits[k] & TITLE_HEAD
                            and k not in starts
                        ):  # … المكلفة بإفريقيا والشرق الأوسط
                            k = _adjectives_after(tokens, bits, k + 1, starts)
                    break
            if current.key == "(" and k > i + 1:
                closing = (
                    short_form_end(tokens, k)
                    or _arabic_short_form_end(tokens, k)
                    or _latin_short_form_end(tokens, k)
                )
                if closing is not None:  # مديرة المدرسة … بأكادير (ENSA), عميد المعهد (إركام)
                    k = closing + 1
                    if k < len(tokens):
                        k = _place_after_preposition_end(tokens, k) or k
                        # مديرة مكتب البنك الألماني للتنمية (KfW) بالرباط, … (ONCA) بسوس
                        # ماسة, … (أونسا) بجهة الرباط سلا القنيطرة
                break
            if current.kind == MARK and current.key in _CLAUSE_MARKS:
                break
            if (
                current.key in AT_COMPANY
                and k + 1 < len(tokens)
                and tokens[k + 1].key in OPEN_QUOTES
                and _closing_quote(tokens, k + 1) is not None
            ):
                k += 1  # الشريك في "سيراك فنتشرز": the company the partner is at, quoted
                continue
            from_place = _from_place(tokens, k) if current.key == "من" else 0
            if from_place and reader.sentence_of[k + from_place - 1] == reader.sentence_of[i]:
                k += from_place  # فلاح من أولاد عياد: where the farmer is from, which ends
                break  # the post (not "… شارك في التجربة", what he did)
            spelled = spelled_initials(tokens, k)
            if spelled:
                k += spelled  # مؤسسة ميزان آي أو تي: the company's initials, spelled out
                continue
            if _over_institution(tokens, bits, k):
                k += 1  # القيّم على خزانة الزاوية: the institution the post keeps
                continue
            going_on = longest(tokens, k, _CONTINUATIONS) if bits[k] & STOPWORD else None
            if going_on is not None:  # النائب عن دائرة تنغير
                k += going_on[0]
                continue
            if _attached_to(tokens, k) and k + 1 not in starts:
                k += 2  # مديرة محطة الحاويات التابعة لمرسى ماروك: whose the unit is
                continue
            if negated_adjective(tokens, k) and reader.sentence_of[k + 1] == reader.sentence_of[i]:
                k += 2  # المدير العام لإدارة الجمارك والضرائب غير المباشرة
                continue
            field = _field_after_fi(reader, k) if current.key == "في" else 0
            if field and reader.sentence_of[k + field - 1] == reader.sentence_of[i]:
                k += field  # الخبير في الأمن السيبراني, المختص في طب العيون: its field
                continue
            if current.kind == WORD and (
                (bits[k] & STOPWORD and not bits[k] & TITLE_LINK and "ئة" not in current.text)
                or bits[k] & (HONORIFIC | SPEECH | PRESENCE | AGREEMENT)
            ):  # "ئة" ends a noun whose folded key may be a stopword's: «فئة» is no «فيه»
                break  # not "ووزير العدل مذكرة تفاهم": what the minister signed
            if (
                k > i + 1
                and (
                    verb_after_name(tokens, k)
                    or _derived_past(current.key)
                    or _afal_before_preposition(tokens, k)
                )
                and not (institutions and institutions.holds(current.start, current.end))
            ):
                break  # صيدلانية بدرب السلطان شاركت في التجربة, نادلة سابقة اشتغلت: what she did
            if (
                not definite(tokens[i])
                and not tokens[k - 1].key.endswith("ات")  # رئيسة اتحاد تعاونيات تمور درعة
                and _verb_in_present(current, bits[k], feminine=tokens[i].key.endswith("ه"))
                and not (institutions and institutions.holds(current.start, current.end))
            ):
                break  # ممرضة تستقل الخط الأول, مهندس تجاري يتنقل يوميا: what she does
            if any(phrase_at(tokens, k, phrase) for phrase in WORDS.age_phrases):
                break  # مهندس يبلغ من العمر 29 سنة: the engineer's age
            if has(current, WORDS.residence_words):
                break  # أستاذة متقاعدة تقطن بحي مرشان: where she lives
            if k > i + 1 and _one_of_others(tokens, k):
                break  # المحامي بهيئة … وأحد المشاركين في التجربة: what else he is
            k += 1
        if relative and not _holder_follows(tokens, k, starts):
            continue  # "التي مثلت الوزيرة في هذا الحفل": whom she stood for, no post
        start = _founder_before(tokens, i)
        skip = prefix_length(tokens[start], WORDS.title_heads)
        if start < i and not skip and after_wa(tokens[start]):
            skip = 1  # "، والمؤسسة المشاركة والمديرة …": the list's "و" is no part of the post
        found_here.append(Span(start, k - 1, found(text, tokens, start, k - 1, skip), title=True))
        i = k
    return found_here


_PRONOUNS_AFTER_LI = frozenset({"له", "لها", "لهم", "لهما", "لهن"})
"""«ل» and a pronoun: "التابعة لها", belonging to one named before, no body of its own."""


def _attached_to(tokens: Sequence[Token], k: int) -> bool:
    """Whether a word of ``attached`` and «ل» joined to a word stand at ``tokens[k]``.

    "مديرة منصة آسفي التابعة لـGAP", "رئيس فرقة السباحين التابعة للوقاية المدنية": the
    body a post's unit belongs to, part of the post. Not a university, which a faculty
    or a school the post names is of, said beside it ("عميدة كلية الطب والصيدلة بالرباط
    التابعة لجامعة محمد الخامس").
    """
    return (
        k + 1 < len(tokens)
        and tokens[k].key in WORDS.attached
        and tokens[k + 1].kind == WORD
        and tokens[k + 1].key[:1] == "ل"
        and len(tokens[k + 1].key) > 1
        and tokens[k + 1].key not in _PRONOUNS_AFTER_LI
        and not any(
            WORDS.organization_heads.get(form) is OrganizationKind.UNIVERSITY
            for form in tokens[k + 1].forms
        )
    )


def _holder_follows(tokens: Sequence[Token], k: int, starts: set[int]) -> bool:
    """Whether the name of who holds a post ending before ``tokens[k]`` follows it.

    Right after it ("التي يرأسها رئيس الحكومة X") or after a comma ("الذي حضره وزير
    الصحة، X،"); not a name joined by "و", the next one in a list ("التي مثلت الوزيرة
    في هذا الحفل، وعبد المجيد …").
    """
    if k in starts:
        return True
    return (
        k + 1 < len(tokens)
        and tokens[k].key in COMMAS
        and k + 1 in starts
        and not after_wa(tokens[k + 1])
    )


_FOUNDERS = sorted(WORDS.founders + WORDS.compound_titles, key=len, reverse=True)
"""The founders' titles and the other titles whose first word is none alone."""


def _title_starts(reader: Reader) -> list[int]:
    """The title words of the text, and the founders' titles set off by a comma.

    "إيمان الزرهوني، المؤسسة المشاركة لشركة وليلي فيجن،": «المؤسسة» alone is an
    institution's word, no title, but «المؤسسة المشاركة» after a comma is her post; so
    is «الطالب الباحث» (``compound_titles``).
    """
    tokens = reader.tokens
    founders = [
        k + 1
        for k in reader.where(COMMA)
        if k + 1 < len(tokens)
        and any(tokens[k + 1].key == p[0] and phrase_at(tokens, k + 1, p) for p in _FOUNDERS)
    ]  # not "، والمؤسسة المشاركة والمديرة": the title word after it starts that post
    heads = [k for k in reader.where(TITLE_HEAD) if not _participle_head(tokens, k)]
    residents = [start for k in reader.where(COMMA) if (start := _resident_after(tokens, k))]
    founders += residents
    return sorted({*heads, *founders}) if founders else heads


def _resident_after(tokens: Sequence[Token], comma: int) -> int:
    """Where "one of the residents of …" opens after a comma, if it does: 0 if not.

    "موحى أوشن، أحد سكان الدوار،", "عائشة بوطالب، من ساكنة مدينة صفرو،", "…، وهو من سكان
    القصر": how a person is described, as a post is. Only there: «سكان» alone is no
    title ("جمعية سكان حي الألفة").
    """
    k = comma + 1
    if k < len(tokens) and tokens[k].key in _HE_SHE:
        k += 1
    return (
        k
        if k + 1 < len(tokens) and tokens[k].key in _ONE_OF and tokens[k + 1].key in _RESIDENTS
        else 0
    )


def _titled_or_asked(
    tokens: Sequence[Token], bits: Sequence[int], names: Sequence[Span], start: int
) -> bool:
    """Whether the name before the residents opening at ``start`` has its post before it.

    Or follows a verb of asking, whose «من» asks the residents after it.
    """
    comma = start - 1 if tokens[start - 1].key in COMMAS else start - 2
    name = next((span for span in names if span.last == comma - 1), None)
    if name is None or name.first == 0:
        return False
    before = tokens[name.first - 1]
    return bool(bits[name.first - 1] & TITLE_HEAD) or before.key in _ASKING


_ASKING = frozenset({"طلب", "التمس", "دعا", "ناشد", "حث"})
"""Verbs of asking: «من» after the one who asks asks someone ("التمس الباشا … من ساكنة")."""
_HE_SHE = frozenset({"وهو", "وهي"})
"""«وهو», «وهي» before what a person is: "…، وهو من سكان القصر"."""
_REGION_NOUNS = frozenset(word.removeprefix("ال") for word in WORDS.area_nouns)
"""Nouns of a kind of area without their article ("منطقة", "وسط"): "ابن منطقة سكورة"."""
_RESIDENTS = frozenset({"سكان", "ساكنه"})
"""The residents of a place: «أحد سكان الدوار»."""
_ONE_OF = frozenset({"احد", "احدي", "من"})
"""Words that make one person of the residents after them."""


def _participle_head(tokens: Sequence[Token], k: int) -> bool:
    """Whether a title word at ``tokens[k]`` is a participle of how something was made.

    "أما نموذج التنبؤ، المدرب على صور فضائية": "trained on", no coach
    (``participle_heads`` before ``participle_links`` or a word joined to «ب»).
    """
    if k + 1 >= len(tokens) or tokens[k].key.removeprefix("ال") not in WORDS.participle_heads:
        return False
    after = tokens[k + 1]
    return after.key in WORDS.participle_links or (
        after.key[:1] == "ب"
        and len(after.forms) > 1  # «المدرب بصور فضائية»
        and not KEY_ROLES[after.forms[1]] & ORG_HEAD  # not «مدرب بنادي …»: where he coaches
    )


def _from_place(tokens: Sequence[Token], k: int) -> int:
    """How many tokens "من" and a place take at ``tokens[k]`` ("من تارودانت", "من أولاد عياد").

    A settlement goes with its name, and the commune after it: "من دوار أولاد بوعمران
    بجماعة غفساي".
    """
    if k + 1 >= len(tokens):
        return 0
    place = tokens[k + 1].key
    if place in WORDS.places:
        return 2
    if place in WORDS.settlements:
        end = _settlement_name_end(tokens, k + 2)
        if end == k + 2:
            return 0
        if end + 1 < len(tokens) and tokens[end].forms[-1] in WORDS.settlements:
            commune = _settlement_name_end(tokens, end + 1)
            end = commune if commune > end + 1 else end
        return end - k
    if place in WORDS.place_prefixes and k + 2 < len(tokens) and tokens[k + 2].kind == WORD:
        return 3
    return 0


_SETTLEMENT_NAME = 3
"""The most words of a village's name (دوار أولاد سيدي بوعمران)."""
_NOT_PLACE_NAMES = STOPWORD | SPEECH | TITLE_HEAD | HONORIFIC | PRESENCE | ORG_HEAD


def _settlement_name_end(tokens: Sequence[Token], start: int) -> int:
    """The index after the name of a settlement starting at ``tokens[start]``: bare words.

    After its first word, one shaped like a verb in the present ends it ("بجماعة غفساي
    تستغل"), unless it is a name's (سيدي يحيى); "و" starts no word of it, unless a
    place's (بضواحي وادي زم).
    """
    end = start
    while (
        end < len(tokens)
        and end - start < _SETTLEMENT_NAME
        and tokens[end].kind == WORD
        and not tokens[end].key.startswith("ال")
        and not (tokens[end].key[0] == "و" and not KEY_ROLES[tokens[end].key] & PLACE)
        and not KEY_ROLES[tokens[end].key] & _NOT_PLACE_NAMES
        and not (end > start and _present_verb(tokens[end]))
        and not (end > start and tokens[end].forms[-1] in WORDS.settlements)
    ):
        end += 1
    return end


def _present_verb(token: Token) -> bool:
    """Whether a word is shaped like a verb in the present and is no name: تستغل، يعمل."""
    return (
        len(token.key) >= 3
        and token.key[0] in "تين"
        and not KEY_ROLES[token.key] & (GIVEN | COMPOUND_FIRST | PLACE)
    )


def _bare_present_verb(token: Token) -> bool:
    """Whether a word of four or five letters is a verb in the present written bare: تروم، يهدف.

    Its prefix «ت» or «ي» is followed by a consonant, where the names of foreigners
    written in Arabic letters take a long vowel ("توماس", "يانيك", "تيري").
    """
    return _present_shape(token.key) and _present_verb(token) and len(token.forms) == 1


def _word_after(tokens: Sequence[Token], j: int) -> bool:
    """Whether a word, no mark, follows ``tokens[j]``: a verb's object, or what it says."""
    return j + 1 < len(tokens) and tokens[j + 1].kind == WORD


def _plural_present(token: Token) -> bool:
    """Whether a word is shaped as a verb in the present for "they": ينتظرون، يطالبون."""
    key = token.key
    return (
        len(key) >= 6
        and key[0] in "تي"
        and key[1] not in "اوي"
        and key.endswith("ون")
        and _present_verb(token)
    )


def _present_shape(key: str) -> bool:
    """Whether a key of four or five letters is shaped as a verb in the present: تروم، يهدف.

    «ت» or «ي», then a consonant (not the long vowel of "توماس", "يانيك"), and no
    ending a noun or a name has («ي», «ا», «ه»).
    """
    return 4 <= len(key) <= 5 and key[0] in "تي" and key[1] not in "اوي" and key[-1] not in "ياه"


def _verb_of_purpose(tokens: Sequence[Token], i: int) -> bool:
    """Whether ``tokens[i]`` is «لـ» and a verb in the present, its subject after it.

    "ليقترح النموذج" (so that the model proposes): the verb shaped as
    :func:`_present_shape` says, then a word with the article; not "ليلى", a given
    name, nor "ليسلوت تيمرمان", a name whose surname has no article.
    """
    key = tokens[i].key
    if (
        key[:1] != "ل"
        or KEY_ROLES[key] & (GIVEN | COMPOUND_FIRST)
        or i + 1 >= len(tokens)
        or not definite(tokens[i + 1])
    ):
        return False
    verb = key[1:]
    return _present_shape(verb) and not KEY_ROLES[verb] & (GIVEN | COMPOUND_FIRST | PLACE)


def _verb_in_present(token: Token, role: int, *, feminine: bool) -> bool:
    """Whether a word after an indefinite post is a verb in the present, what its holder does.

    "فلاح يزرع", "مهندس تجاري يتنقل"; after a woman's post, in «ت» too: "ممرضة تستقل",
    "قابلة متنقلة تجوب". Not an adjective or a noun («ي» or «ة» at its end, «ي» before
    its last letter: "تجاري", "تسويق"), nor a place's name in «تا», «تي», «تو» or
    ending in «ت» ("تيزي نودرار", "تاوجطات"), nor a title or a stop word.
    """
    key = token.key
    if not _present_verb(token) or key.endswith(("ي", "ه", "ين", "ون")) or key[-2] == "ي":
        return False
    if role & (TITLE_HEAD | ORG_HEAD | STOPWORD):
        return False
    if key[0] == "ي":
        return not key.startswith("يو")
    return feminine and key[0] == "ت" and not key.startswith(("تا", "تي", "تو")) and key[-1] != "ت"


def _one_of_others(tokens: Sequence[Token], k: int) -> bool:
    """Whether "وأحد" at ``tokens[k]`` makes someone one of a group, not one of a post's.

    "وأحد المشاركين في التجربة" says what else the person is; "وأحد مؤسسيها", "وأحد
    الشركاء" are a second post, written with a title's word or without the article.
    """
    token = tokens[k]
    if not after_wa(token) or token.forms[1] not in WORDS.one_of or k + 1 >= len(tokens):
        return False
    key = tokens[k + 1].key
    return key.startswith("ال") and not any(
        singular[2:] in WORDS.title_heads for singular in [key, *arabic_singulars(key)]
    )


def _founder_before(tokens: Sequence[Token], i: int) -> int:
    """Where a post starts whose title a founder's joins with "و", after a comma or a verb.

    "X، المؤسسة المشاركة والرئيسة المديرة العامة للشركة": one post, though المؤسسة alone
    is an institution's word, not a title; "وقعتها المؤسسة المشاركة للمقاولة ومديرتها
    العامة": the founder's complement may stand before "و".
    """
    joined = after_wa(tokens[i])
    end = i
    if joined and i > 1 and _complement_after_name(tokens[i - 1]):
        end = i - 1  # "المؤسسة المشاركة للمقاولة ومديرتها العامة": whose founder, then "و"
    for phrase in _FOUNDERS:
        # "المؤسسة الشريكة والمديرة": a title word of its own may end the founder's title
        start = end - len(phrase) if joined else end - len(phrase) + 1
        if (
            start >= 1
            and start < i
            and (
                tokens[start - 1].key in COMMAS
                or has(tokens[start - 1], WORDS.signing)
                or has(tokens[start - 1], WORDS.speech_verbs)
            )
            and phrase_at(tokens, start, phrase)
        ):
            return start
    return i


def _field_after_fi(reader: Reader, k: int) -> int:
    """How many tokens "في" and the field of a title after it take at ``tokens[k]``.

    A word with the article ("في الأمن السيبراني"), or one without and its complement
    with it ("في طب العيون"); 0 when no field follows, or a title or an institution does.
    """
    tokens, bits = reader.tokens, reader.roles
    n = k + 1
    if n < len(tokens) and not tokens[n].key.startswith("ال") and tokens[n].kind == WORD:
        n += 1  # طب العيون: a noun and its complement
        if (
            n + 1 < len(tokens)
            and tokens[n].kind == WORD
            and not tokens[n].key.startswith("ال")
            and not bits[n]
            and tokens[n + 1].key.startswith("ال")
        ):
            n += 1  # مجال محو الأمية: two nouns in construct, then the definite one
        joined = next((len(j) for j in WORDS.field_joins if phrase_at(tokens, n, j)), 0)
        if joined and tokens[n - 1].kind == WORD:
            n += joined  # تكنولوجيا ما بعد الحصاد
    if n >= len(tokens) or not tokens[n].key.startswith("ال"):
        return 0
    if any(bits[m] & (TITLE_HEAD | ORG_HEAD) for m in range(k + 1, n + 1)):
        return 0
    return n + 1 - k


def _complement_after_name(token: Token) -> bool:
    """Whether an Arabic word joined to "ل" says what a company does: "لصناعة السيارات"."""
    return (
        token.kind == WORD
        and token.key.startswith("ل")
        and len(token.forms) > 1
        and len(token.key) > 3
    )


def _latin_short_form_end(tokens: Sequence[Token], opening: int) -> int | None:
    """The closing bracket of one Latin word in brackets after an Arabic post: "(KfW)"."""
    if (
        opening + 2 < len(tokens)
        and tokens[opening + 1].kind == WORD
        and tokens[opening + 1].text.isascii()
        and tokens[opening + 1].text[:1].isupper()
        and tokens[opening + 2].key == ")"
    ):
        return opening + 2
    return None


def _arabic_short_form_end(tokens: Sequence[Token], opening: int) -> int | None:
    """The index of the bracket closing one Arabic word after an institution: "(إركام)"."""
    end = opening + 2
    if end < len(tokens) and tokens[end].key == ")":
        word = tokens[opening + 1]
        if word.kind == WORD and word.text[0] >= "\u0600":
            return end
    return None


def _adjectives_after(
    tokens: Sequence[Token], bits: Sequence[int], k: int, starts: set[int]
) -> int:
    """The index after the adjectives that follow a quoted name: «"نوميريا" المغربية»."""
    end = k
    while (
        end < len(tokens)
        and end - k < 2
        and end not in starts
        and tokens[end].kind == WORD
        and tokens[end].key.startswith("ال")
        and not bits[end] & (STOPWORD | HONORIFIC | SPEECH | PRESENCE | TITLE_HEAD)
    ):
        end += 1
    return end


_CONTINUATIONS = by_first([(phrase, True) for phrase in WORDS.post_continuations])
_ON = normalize("على")


def _over_institution(tokens: Sequence[Token], bits: Sequence[int], k: int) -> bool:
    """Whether «على» at ``tokens[k]`` joins a post of keeping to the institution it keeps.

    «القيّم على خزانة الزاوية الناصرية», «المشرف على مختبر …»: after one of
    ``supervising_titles``, «على» and a word of an institution's kind go on the post.
    """
    return (
        0 < k < len(tokens) - 1
        and tokens[k].key == _ON
        and tokens[k - 1].key in WORDS.supervising_titles
        and bool(bits[k + 1] & ORG_HEAD)
    )


def _closing_quote(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the quote closing the one at ``tokens[k]``, a few words on."""
    for end in range(k + 2, min(k + 8, len(tokens))):
        if tokens[end].key in CLOSE_QUOTES:
            return end
        if tokens[end].kind == MARK:
            return None
    return None
