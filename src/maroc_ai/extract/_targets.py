"""Figures and goals: what each quantity of an article measures, and the year it is for.

Every quantity that is no facility's capacity is a target candidate, once per value
and unit (the mention with a horizon year, or a qualifier, preferred). Its horizon
is the year given in its clause (or, failing that, its sentence); it is a goal when
the word nearest it that says so is one of aiming or expecting ("بهدف", "d'ici",
"will", a French verb in the future), or, when no word says, its clause's horizon lies
after the article's year; it is a fact when that word states it ("بلغ", "emploie",
"reached", "déjà"), or, for an amount, says what something costs or is given ("doté
d'un budget de", "will cost", "بغلاف مالي قدره"): a stated budget is a figure.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from ..dataset import Dataset
from ..model import Statistic, Target, TargetKind
from ..text import DateMention, QuantityMention, normalize
from ..text._lexicon import WORDS as DATE_WORDS
from ..text._tense import english_past_participle, future_by_ending, future_by_prefix
from ..text._tokens import NUMBER, WORD, Token, key, phrase_at, word_forms
from ..values import Citation, PartialDate, Precision, Quantity
from ._candidates import StatisticCandidate, TargetCandidate
from ._latin import ARTICLES, possessive_at
from ._lexicon import WORDS
from ._reader import MENTIONS, Reader
from ._roles import AIM, COST, PLEDGE, SPEECH, STATE, STATEMENT, STOPWORD
from ._roles import FACT as FACT_WORD
from ._roles import GOAL as GOAL_WORD
from ._spans import by_last

__all__ = ["UNKNOWN_SCOPE", "target_candidates"]

UNKNOWN_SCOPE = "unknown-scope"
"""The scope of a target whose article names nothing it could belong to: the curator sets it."""

_CLAUSE_MARKS = ("،", ",", "؛", ";")


def _words_between(reader: Reader, number: int, start: int, end: int) -> frozenset[str]:
    """The normalised words (and their forms) of a sentence between two offsets."""
    first, last = reader.token_range[number]
    return frozenset(
        form
        for token in reader.tokens[first:last]
        if start <= token.start < end
        for form in token.forms
    )


def _metric(quantity: QuantityMention, words: frozenset[str]) -> str:
    metric = DATE_WORDS.unit_metrics.get(quantity.unit)
    if metric is not None:
        return metric
    for metric_words, metric in WORDS.metrics:
        if words & metric_words:
            return metric
    return "amount"


def _clause_bounds(reader: Reader, quantity: QuantityMention, number: int) -> tuple[int, int]:
    """Where the clause (between commas) holding the quantity starts and ends."""
    start, end = reader.bounds[number]
    before = max(reader.masked.rfind(mark, start, quantity.start) for mark in _CLAUSE_MARKS)
    after = [reader.masked.find(mark, quantity.end, end) for mark in _CLAUSE_MARKS]
    return (before + 1 if before >= 0 else start), min([a for a in after if a >= 0] or [end])


def _score(quantity: QuantityMention, horizon: int | None) -> int:
    return (horizon is not None) * 2 + (quantity.qualifier.value != "exact")


GOAL, FACT, PLEDGED = "goal", "fact", "pledged"


def _kind(
    reader: Reader,
    number: int,
    quantity: QuantityMention,
    clause: tuple[int, int],
    quotations: Sequence[tuple[int, int]],
) -> str | None:
    """What the words nearest a quantity make of it: a goal, a fact, a pledge or nothing said.

    The nearest word that says before it in its clause, else after it in its clause,
    else before it in its sentence, else after: "qui emploie déjà 250 ingénieurs"
    is a fact, "prévoit la formation de 650 médecins" a goal, "Atlas had 9.6 million
    subscribers … and plans to invest 4 billion dirhams" one of each. For an amount
    (money, a share), a word of cost says fact first ("doté d'un budget de", "will
    cost", "بغلاف مالي قدره", or just after it: "a 35% stake"), and a verb that commits it
    says it is pledged ("will invest"), as does a verb in the future with no word of
    aiming ("apportera 6 millions de DH", "4.2 million euros will go to Scaldis"):
    :func:`target_candidates` makes that a goal only for a year to come, else it is what
    is put in, a figure. Words of aiming say goal before words of fact, and a verb that
    states what something holds, or an adverb of time, is aimed at when a word of aiming
    comes before it in the clause ("ستفتح مكتبا يشغل 35 مهندسا", "vise désormais 5
    millions de demandes"). A word in one of the sentence's ``quotations`` says nothing
    of a quantity outside it ('"we want them to train models," said the dean of the
    faculty, which enrolls 31,000 students').
    """
    first, last = reader.token_range[number]
    at = reader.first_token(quantity.start)
    if at > first and _done_just_before(reader, at, first):
        return FACT  # "six drones inspected 312 bridges": what was done
    if _told_in_relative(reader, at, first):
        return FACT  # "الفوج الأول الذي ضم 240 موظفا", "qui compte 42 coopératives"
    if _counted_by(reader, at, last):
        return FACT  # "sur les 4.200 km de conduites que compte le réseau": what it has
    after = reader.first_token(quantity.end)
    clause_first = max(first, reader.first_token(clause[0]))
    clause_last = min(last, reader.first_token(clause[1]))
    money = quantity.unit == "percent" or quantity.is_money
    bits = GOAL_WORD | FACT_WORD | (COST | PLEDGE if money else AIM)
    saying = reader.where(bits)  # the words that say, in order: the nearest is looked up
    quoted = [(a, b) for a, b in quotations if not a <= at < b]
    if quoted:  # what a quotation says is said of what it quotes only
        lo, hi = bisect.bisect_left(saying, first), bisect.bisect_left(saying, last)
        saying = [k for k in saying[lo:hi] if not any(a <= k < b for a, b in quoted)]
    roles = reader.roles
    before = bisect.bisect_left(saying, at) - 1
    while before >= 0 and _complement(reader.tokens, saying[before]):
        before -= 1  # "le délai moyen de création est de 6 jours": what the time is of
    if before >= 0 and saying[before] >= first and _done(reader.tokens, saying[before]):
        return FACT  # "a accompagné la création de 4.870 entreprises": what was done
    following = bisect.bisect_left(saying, after)
    speech = reader.where(SPEECH | STATEMENT)  # "…, adding that …", "وأن": another thing
    said = bisect.bisect_left(speech, after)
    if said < len(speech):
        last = min(last, speech[said])
        clause_last = min(clause_last, speech[said])
    in_clause = before if before >= 0 and saying[before] >= clause_first else None
    if _held(reader.tokens, at) and (
        in_clause is None
        or not roles[saying[in_clause]] & (GOAL_WORD | AIM)
        or _future_only(reader.tokens[saying[in_clause]])
    ):  # "its 64 weather stations will feed it", "which will relay alerts to its 2,100
        return FACT  # members"; not "aims to cover its 1,560"
    named = _past_of(reader.tokens, after)  # "a 35% stake", "55 percent of the cost"
    if money and named < len(roles) and roles[named] & COST:
        return FACT
    if money and _of_an_agreement(reader, at):
        return FACT  # "un protocole d'accord de 6 millions d'euros": what it is worth
    for k, clause_only in (
        (saying[before] if in_clause is not None else None, True),
        (
            saying[following]
            if following < len(saying) and saying[following] < clause_last
            else None,
            True,
        ),
        (saying[before] if before >= 0 and saying[before] >= first else None, False),
        (
            saying[following] if following < len(saying) and saying[following] < last else None,
            False,
        ),
    ):
        if k is None:
            continue
        role = roles[k] & bits
        if role == AIM and not clause_only:
            continue  # "45 engineers work on it, and 650 inspectors are to be trained"
        if (
            role & (GOAL_WORD | PLEDGE)
            and k > 0
            and reader.tokens[k - 1].key in WORDS.past_negations
        ):
            return FACT  # «لم تلتزم إلا بـ41 في المائة»: what was not done, in the past
        if role == GOAL_WORD and _aims_at_name(reader.tokens, k):
            continue  # "1 870 plaintes visant Sallaty": what the complaints are against
        if reader.tokens[k].key in WORDS.agreement_terms and (money or _lasts(quantity)):
            continue  # "بموجبها تساهم الوكالة بـ40 مليون درهم", "لمدة 12 سنة": a figure
        if role == GOAL_WORD and _in_a_name(reader.tokens, k, first):
            continue  # "IRCAM's Centre for Linguistic Planning": a word of a name
        if not clause_only and k > at and reader.tokens[k].key in WORDS.conditionals:
            continue  # "a rate of 9.5%, well above what a customer would pay": another clause's
        if role & COST or (money and _ends_cost_phrase(reader, k)):
            return FACT
        if role & PLEDGE or (
            quantity.is_money and role == GOAL_WORD and _future_only(reader.tokens[k])
        ):
            return PLEDGED  # "Zellij Telecom apportera 6 millions de DH": what it puts in
        if role & FACT_WORD and not role & GOAL_WORD:
            aimed = (
                (roles[k] & STATE or reader.tokens[k].key in WORDS.fact_words)
                and in_clause is not None
                and k == saying[in_clause]
                and in_clause > 0
                and saying[in_clause - 1] >= clause_first
                and roles[saying[in_clause - 1]] & (GOAL_WORD | FACT_WORD | AIM)
                in (GOAL_WORD, AIM, GOAL_WORD | AIM)
            )
            return GOAL if aimed else FACT
        return GOAL
    return None


def _aims_at_name(tokens: Sequence[Token], k: int) -> bool:
    """Whether a participle of aiming at ``tokens[k]`` has a name for its object.

    "1 870 plaintes visant Sallaty", "complaints targeting Sallaty": what they are
    against; not "wants Asawal in 15 call centres", whom the aim is for.
    """
    return (
        k + 1 < len(tokens)
        and tokens[k].key.endswith(_PARTICIPLES)
        and tokens[k + 1].kind == WORD
        and tokens[k + 1].text[:1].isupper()
        and tokens[k + 1].text.isascii()
    )


def _in_a_name(tokens: Sequence[Token], k: int, first: int) -> bool:
    """Whether a Latin word of aiming at ``tokens[k]`` is capitalised inside a sentence.

    "the Centre for Linguistic Planning", "the National Target Programme": a word of a
    name, which aims at nothing.
    """
    token = tokens[k]
    return (
        k > first
        and token.text[:1].isupper()
        and token.text.isascii()
        and not token.text.isupper()
        and tokens[k - 1].kind == WORD
    )


def _lasts(quantity: QuantityMention) -> bool:
    """Whether a quantity is a length of time: "12 سنة", "48 دقيقة", "3 years"."""
    return normalize(quantity.unit) in DATE_WORDS.durations


_PARTICIPLES = ("ant", "ing")
"""The endings of French and English present participles: "visant", "targeting"."""


_COUNTED_REACH = 5
"""Words from a number to the "que" of the verb that has it as object, at most."""


def _counted_by(reader: Reader, at: int, last: int) -> bool:
    """Whether the number at ``tokens[at]`` is what a verb of holding has, after "que".

    "500 des 12.400 officines que compte le pays", "les 1.200 lits qu'abrite l'hôpital":
    a relative clause states what something holds, a fact.
    """
    tokens, roles = reader.tokens, reader.roles
    for k in range(at + 1, min(at + _COUNTED_REACH, last - 1)):
        verb = k + 2 if tokens[k + 1].key in _APOSTROPHES else k + 1
        if tokens[k].key in _RELATIVE_OBJECT and verb < last and roles[verb] & STATE:
            return True
        if tokens[k].kind != WORD:
            return False
    return False


_RELATIVE_OBJECT = frozenset({"que", "qu"})
"""The French relative pronoun of an object: "les 1.200 lits qu'abrite l'hôpital"."""


_FUTURE = frozenset({"will", "shall"})
"""English auxiliaries of the future, which aim at nothing by themselves."""


def _future_only(token: Token) -> bool:
    """Whether a word says the future and no aim: "will", "apportera", «ستساهم».

    Not a word of aiming ("vise", "plans"), nor the verb of an aiming phrase ("table
    sur").
    """
    if token.key in _FUTURE:
        return True
    forms = token.forms
    return (
        token.key not in WORDS.goal_words
        and bool(forms)
        and (future_by_ending(forms[0]) or future_by_prefix(forms[-1]))
    )


def _held(tokens: Sequence[Token], at: int) -> bool:
    """Whether a possessive stands just before the number at ``tokens[at]``.

    "its 64 weather stations", "the chamber's 26 stenographers", "ses 40 agences": what
    someone has, whatever is said of it after.
    """
    return tokens[at - 1].key in WORDS.possessive_determiners or possessive_at(tokens, at - 2)


_PERFECT = frozenset({"have", "has"})
"""The auxiliary of an English perfect: "to have trained", "will have built"."""


def _done_just_before(reader: Reader, at: int, first: int) -> bool:
    """Whether an English verb in the past stands just before the number at ``tokens[at]``.

    "six drones inspected 312 bridges … a job that would have taken 140 days": what was
    done, whatever comes after; not "an estimated 312", "expected 500 jobs", "will be
    trained 300".
    """
    tokens = reader.tokens
    verb = tokens[at - 1]
    return (
        verb.text.isascii()
        and verb.text.islower()
        and english_past_participle(verb.key)
        and not reader.roles[at - 1] & (GOAL_WORD | AIM | PLEDGE | COST)
        and at - 1 > first
        and tokens[at - 2].kind == WORD
        and tokens[at - 2].key not in DATE_WORDS.not_past_before
        and not (  # "hope to have identified 150 procedures": what is to be done
            tokens[at - 2].key in _PERFECT and tokens[at - 3].key in DATE_WORDS.not_past_before
        )
        and tokens[at - 2].key not in ARTICLES
    )


def _told_in_relative(reader: Reader, at: int, first: int) -> bool:
    """Whether a relative pronoun and a verb saying what is or was stand before ``tokens[at]``.

    "الفوج الأول الذي ضم 240 موظفا", "une fédération qui compte 42 coopératives": what
    is, in a clause of its own whatever the sentence aims at; not a verb in the future
    or one of aiming ("qui créera 80 emplois", "الذي سيضم", "التي تهدف إلى"), nor one
    of state, aimed at when the sentence aims ("plans to open a lab that houses 40
    researchers"), nor an Arabic one in the present ("التي تضم").
    """
    if at - 2 < first:
        return False
    tokens = reader.tokens
    verb = tokens[at - 1]
    if (
        tokens[at - 2].key not in _RELATIVES
        or verb.kind != WORD
        or len(verb.key) < 2
        or reader.roles[at - 1] & (STOPWORD | STATE | GOAL_WORD | AIM | PLEDGE | COST)
    ):
        return False
    if verb.text[0] >= "\u0600":
        return verb.key[0] not in _IMPERFECT_PREFIXES
    return not future_by_ending(verb.key) and verb.key not in DATE_WORDS.not_past_before


_RELATIVES = WORDS.relative_pronouns | WORDS.thing_relatives

_IMPERFECT_PREFIXES = frozenset("سيتنأ")
"""The letters an Arabic verb not in the past starts with (and "س" of the future)."""


def _complement(tokens: Sequence[Token], k: int) -> bool:
    """Whether a word of aiming at ``tokens[k]`` is the complement of a noun before it.

    "le délai moyen de création", "the cost of recruitment": after "de" or "of" with a
    noun before them, the word names what the noun is of, and aims at nothing.
    """
    return (
        k > 1
        and tokens[k].key in WORDS.goal_nouns
        and tokens[k - 1].key in _COMPLEMENT_LINKS
        and tokens[k - 2].kind == WORD
        and tokens[k - 2].key not in WORDS.goal_words
    )


def _done(tokens: Sequence[Token], k: int) -> bool:
    """Whether a noun of aiming at ``tokens[k]`` is what a verb in the past did.

    "le centre a accompagné la création de 4.870 entreprises": an auxiliary, a past
    participle and an article before it; not "a annoncé la création de …", an aim told.
    """
    if k < 3 or tokens[k].key not in WORDS.goal_nouns:
        return False
    n = k - 1
    while n > 0 and k - n <= 2 and tokens[n].key in _ARTICLES_BEFORE:
        n -= 1
    participle = tokens[n]
    return (
        n > 0
        and participle.kind == WORD
        and participle.key.endswith(_PARTICIPLE_ENDINGS)
        and participle.key not in WORDS.announcing
        and tokens[n - 1].key in WORDS.auxiliaries
    )


_COMPLEMENT_LINKS = frozenset({"de", "d", "of"})
_ARTICLES_BEFORE = frozenset({"la", "le", "les", "l", "'", "the"})
_PARTICIPLE_ENDINGS = ("e", "es", "i", "is", "u", "us", "ed")
"""How the past participles of verbs end, accents folded: "accompagné", "permis", "led"."""


_OF = frozenset({"of", "the", "de", "du", "la", "l", "'", "من"})
"""Words between an amount and the noun of cost that names it ("of the cost", "du coût")."""


def _past_of(tokens: Sequence[Token], k: int) -> int:
    """The index of the word after ``tokens[k]`` and the words of ``_OF`` (two at most)."""
    end = k
    while end < len(tokens) and end - k < 2 and tokens[end].key in _OF:
        end += 1
    return end


def _baseline(reader: Reader, quantity: QuantityMention, previous: QuantityMention | None) -> bool:
    """Whether a quantity is what another is measured against, or a share of an amount.

    "…, out of some 19,000 lawyers registered with the country's 17 bars": the whole a
    goal is part of, and what its clause counts besides, are what is.
    "porter à 90 % … la part …, contre 52 % en 2027": what is now, a figure ("from"
    only after "up" or "down": "up from 47,000"); "420 millions de dirhams, dont 30 %
    seront pris en charge par l'État": a share of a cost, where "4 000 data scientists,
    dont 40 % de femmes" is a share of a goal.
    """
    at = reader.first_token(quantity.start)
    if at == 0:
        return False
    tokens = reader.tokens
    if _whole_at(tokens, at) or (
        previous is not None
        and _whole_at(tokens, reader.first_token(previous.start))
        and not any(mark in reader.masked[previous.end : quantity.start] for mark in ",.;،؛")
    ):
        return True  # "out of some 19,000 lawyers registered with the country's 17 bars"
    before = tokens[at - 1].key
    if before in DATE_WORDS.comparisons:
        return before not in _AFTER_UP_OR_DOWN or (at > 1 and tokens[at - 2].key in _UP_OR_DOWN)
    return (
        quantity.unit == "percent"
        and before in DATE_WORDS.subsets
        and previous is not None
        and previous.is_money
    )


def _whole_at(tokens: Sequence[Token], at: int) -> bool:
    """Whether a phrase of ``wholes_before`` ends right before ``tokens[at]``."""
    phrases = _WHOLES_BY_LAST.get(tokens[at - 1].key) if at else None
    return phrases is not None and any(
        at >= len(words) and phrase_at(tokens, at - len(words), words) for words in phrases
    )


_WHOLES_BY_LAST = by_last(WORDS.wholes_before)


_AFTER_UP_OR_DOWN = frozenset({"from"})
"""Comparisons that make a baseline only after a word of change ("up from 47,000")."""
_UP_OR_DOWN = frozenset({"up", "down"})
"""Words of change before "from" that make the number after it a baseline."""


_CHANGE_VERB_REACH = 10
"""Words between a verb of change and the "de", "from", "من" of the change, at most (no
mark but an apostrophe between them)."""
_ELIDED_TODAY = frozenset({"'", "’", "hui"})
"""The pieces of "aujourd'hui" after its first, which ``fact_words`` holds."""
_CHANGE_REACH = 6
"""Tokens between the first number of a change and its "à", "to", at most."""
_OF_THE_WHOLE = 3
"""Words between the first number of a change and its "to": "of the total", "du total"."""
_QUALIFIER = 2
"""Words between the "to" of a change and its second number: "less than", "moins de"."""


_AGREEMENT_LAST = frozenset(phrase[-1] for phrase, _ in WORDS.agreements)
"""The last words of instruments' names ("accord", "agreement", "تفاهم")."""


def _of_an_agreement(reader: Reader, at: int) -> bool:
    """Whether an amount is what an instrument named just before it is worth."""
    tokens = reader.tokens
    k = at - 1
    while k >= 0 and at - k <= 2 and tokens[k].key in _OF:
        k -= 1
    return k < at - 1 and k >= 0 and tokens[k].key in _AGREEMENT_LAST


def _moves_from(reader: Reader, quantity: QuantityMention) -> bool:
    """Whether a quantity is where a change starts: "de 85 à 145 salariés", "from 40 to 60".

    The first number is what is now, a figure, even where the second is aimed at.
    """
    at = reader.first_token(quantity.start)
    after = reader.first_token(quantity.end)
    tokens = reader.tokens
    now = False
    while (
        after < len(tokens)
        and (tokens[after].key in WORDS.fact_words or tokens[after].key in _ELIDED_TODAY)
        and after - at < _CHANGE_REACH
    ):
        now = True  # "de 76 % aujourd'hui à 82 %", "من 9 في المائة حاليا إلى 5"
        after += 1
    link = after
    while (
        link < len(tokens)
        and link - after < _OF_THE_WHOLE
        and tokens[link].kind == WORD
        and (tokens[at - 1].key, tokens[link].key) not in WORDS.movements
    ):
        link += 1  # "from 18% of the total to less than 5%": what the share is of
    number = link + 1
    while number < len(tokens) and number - link <= _QUALIFIER and tokens[number].kind == WORD:
        number += 1  # "to less than 5%", "à moins de 5 %"
    return (
        at > 0
        and number < len(tokens)
        and tokens[number].kind == NUMBER
        and link < len(tokens)
        and (tokens[at - 1].key, tokens[link].key) in WORDS.movements
        and (now or _change_verb_before(tokens, at - 1))
        # "passer de 85 à 145", not "recruter de 200 à 250 ingénieurs": a range
    )


def _change_verb_before(tokens: Sequence[Token], k: int) -> bool:
    """Whether a verb of change stands a few words before ``tokens[k]``, in its clause.

    "ramener les pertes d'eau de 31 % …": the words between are what changes.
    """
    words = 0
    for n in range(k - 1, -1, -1):
        token = tokens[n]
        if token.kind == WORD:
            if not WORDS.change_words.isdisjoint(token.forms):
                return True
            words += 1
            if words == _CHANGE_VERB_REACH:
                return False
        elif token.key not in _APOSTROPHES:
            return False
    return False


_APOSTROPHES = frozenset({"'", "’"})


def _ends_cost_phrase(reader: Reader, k: int) -> bool:
    """Whether the word at ``k`` ends a phrase that says what an amount is ("tour de table")."""
    for phrase in WORDS.cost_phrases:
        start = k - len(phrase) + 1
        written = tuple(token.key for token in reader.tokens[max(start, 0) : k + 1])
        if written == phrase:
            return True
    return False


def _reaches(mention: DateMention) -> int:
    """The last year a mention gives: a range's end ("from 2026 to 2028"), else its year."""
    value = mention.value if mention.until is None else mention.until
    return value.year if value.year is not None else 0


def _horizon(mention: DateMention) -> bool:
    """Whether a year is given as a horizon ("d'ici 2028", "by 2027"): a goal's, no fact's."""
    first = mention.quote.split(maxsplit=1)[0] if mention.quote.strip() else ""
    return bool(first) and any(form in DATE_WORDS.horizon_words for form in word_forms(key(first)))


_HORIZON_GAP = 4
"""Characters between a quantity and a horizon that aims at it, at most (" d'")."""


def _aimed_right_after(
    quantity: QuantityMention, in_clause: Sequence[DateMention], this_year: int
) -> bool:
    """Whether a horizon to a year to come follows a quantity at once: "to connect 900 by 2029".

    Whatever a word further before says ("380 hotels already share their data, and the
    federation is to connect 900 by the end of 2029"), the number is aimed at.
    """
    return any(
        0 <= m.start - quantity.end <= _HORIZON_GAP and _horizon(m) and _reaches(m) > this_year
        for m in in_clause
    )


def _since(reader: Reader, mention: DateMention) -> bool:
    """Whether a year is where a count starts ("منذ سنة 2023", "depuis 2023"): not its date."""
    before = reader.masked[max(0, mention.start - 12) : mention.start].split()
    return bool(before) and key(before[-1]) in DATE_WORDS.since


def target_candidates(
    reader: Reader,
    quantities: Sequence[QuantityMention],
    used: set[int],
    dates: Sequence[DateMention],
    scopes: dict[int, str],
    main_scope: str | None,
) -> list[TargetCandidate | StatisticCandidate]:
    """One candidate per value and unit, scoped to what its sentence is about.

    A value and unit said to be aimed at in one mention is a goal, whichever mention
    is cited for it.

    A goal is a :class:`TargetCandidate`; a figure stated as fact, a :class:`StatisticCandidate`.
    A goal's horizon is the year of its clause, else of its sentence; a fact's date is
    the year of its clause only ("Doté d'un budget de 45 millions de dirhams, le centre
    devrait accueillir 3 000 étudiants d'ici 2028": the budget is of no year).
    """
    chosen: dict[tuple[float, str], tuple[QuantityMention, int | None, int, bool]] = {}
    seen: dict[tuple[float, str], int] = {}
    dates_in = reader.by_sentence(dates)
    this_year = reader.year if reader.year is not None else 9999
    befores: list[QuantityMention | None] = [None, *quantities][: len(quantities)]
    for quantity, before_it in zip(quantities, befores, strict=True):
        key = (quantity.value, quantity.unit)
        seen[key] = seen.get(key, 0) + 1
        if quantity.start in used or seen[key] > MENTIONS:
            continue
        number = reader.sentence_at(quantity.start)
        if number is None:
            continue
        clause = _clause_bounds(reader, quantity, number)
        in_sentence = [m for m in dates_in.get(number, ()) if m.precision is Precision.YEAR]
        in_clause = [m for m in in_sentence if clause[0] <= m.start < clause[1]]
        moved = _moves_from(reader, quantity)
        kind = (
            FACT
            if moved or _baseline(reader, quantity, before_it)
            else _kind(reader, number, quantity, clause, reader.quotations(number))
        )
        goal = (
            kind == GOAL
            or (
                kind in (None, PLEDGED)
                and any(
                    _reaches(m) > this_year and (kind is None or m.until is None) for m in in_clause
                )
            )  # "will invest 4 billion by 2030"; not "will spend 84 million dirhams over
            # 2039-2041": a budget over its years, pledged or not
            or _aimed_right_after(quantity, in_clause, this_year)
        )
        years = (
            sorted(in_clause or in_sentence, key=lambda m: not _horizon(m))  # "d'ici 2028" first
            if goal
            else [
                m for m in in_clause if not moved and not _horizon(m) and not _since(reader, m)
            ]  # "de 70 % aujourd'hui à 85 % en 2030": the year is the goal's
        )
        horizon = years[0].value.year if years else None
        previous = chosen.get(key)
        if previous is None or _score(quantity, horizon) > _score(previous[0], previous[1]):
            chosen[key] = (
                quantity,
                horizon,
                number,
                goal or (previous is not None and previous[3]),
            )
        elif goal and not previous[3]:  # "Morocco to train 5,000 …", then "will train 5,000 …"
            said = horizon is not None or previous[1] is None
            chosen[key] = (quantity, horizon, number, True) if said else (*previous[:3], True)
    result: list[TargetCandidate | StatisticCandidate] = []
    for quantity, horizon, number, goal in chosen.values():
        sentence = reader.sentence(number)
        metric = _metric(quantity, reader.words(number))
        scope = scopes.get(number, main_scope) or UNKNOWN_SCOPE
        if not goal:
            result.append(_statistic(reader, quantity, horizon, metric, scope, sentence))
            continue
        amount = quantity.quantity
        fields = ["quantity", "scope"]
        if horizon is not None:
            fields.append("horizon")
        result.append(
            TargetCandidate(
                quote=quantity.quote,
                span=(quantity.start, quantity.end),
                match=_known_target(reader.dataset, amount, horizon),
                metric=metric,
                kind=TargetKind.GOAL,
                quantity=amount,
                horizon=horizon,
                record=Target(
                    id=reader.ids.new(f"{scope} {metric} {horizon or ''}", "target"),
                    metric=metric,
                    quantity=amount,
                    horizon=horizon,
                    scope=scope,
                    citations=(reader.cite(sentence, fields),),
                ),
            )
        )
    return _headline_restated(reader, result)


def _headline_restated(
    reader: Reader, found: list[TargetCandidate | StatisticCandidate]
) -> list[TargetCandidate | StatisticCandidate]:
    """One goal where a headline restates the body's in other words.

    "100 000 diplômés d'ici 2030" in a headline and "former 100 000 jeunes … d'ici
    2030" in the body are one goal: the same number for the same year. The body's
    candidate stays (its sentence says more) and cites the headline too. Two goals of
    the body are never merged this way, nor goals without a year.
    """
    headline_end = reader.masked.find("\n")

    def key(candidate: TargetCandidate | StatisticCandidate) -> tuple[float, int] | None:
        if not isinstance(candidate, TargetCandidate) or candidate.horizon is None:
            return None
        return (candidate.quantity.value, candidate.horizon)

    body = {key(c) for c in found if c.span[0] > headline_end} - {None}
    restating: dict[tuple[float, int] | None, list[Citation]] = {}
    kept = []
    for candidate in found:
        if candidate.span[0] < headline_end and key(candidate) in body:
            restating.setdefault(key(candidate), []).extend(candidate.record.citations)
        else:
            kept.append(candidate)
    return [
        _cited_also(c, restating[key(c)])
        if isinstance(c, TargetCandidate) and key(c) in restating
        else c
        for c in kept
    ]


def _cited_also(candidate: TargetCandidate, citations: Sequence[Citation]) -> TargetCandidate:
    """``candidate`` with more citations on its record."""
    record = attrs.evolve(candidate.record, citations=(*candidate.record.citations, *citations))
    return attrs.evolve(candidate, record=record)


def _statistic(
    reader: Reader,
    quantity: QuantityMention,
    year: int | None,
    metric: str,
    scope: str,
    sentence: str,
) -> StatisticCandidate:
    """A figure stated as fact, with the year it describes where its clause gives one."""
    amount = quantity.quantity
    date = None if year is None else PartialDate(year=year)
    fields = ["quantity", "scope", *(["date"] if date is not None else [])]
    return StatisticCandidate(
        quote=quantity.quote,
        span=(quantity.start, quantity.end),
        match=_known_statistic(reader.dataset, amount, date),
        metric=metric,
        quantity=amount,
        date=date,
        record=Statistic(
            id=reader.ids.new(f"{scope} {metric} {year or ''}", "statistic"),
            metric=metric,
            quantity=amount,
            date=date,
            scope=scope,
            citations=(reader.cite(sentence, fields),),
        ),
    )


def _known_statistic(
    dataset: Dataset | None, quantity: Quantity, date: PartialDate | None
) -> str | None:
    """The dataset's statistic of this value and unit (and date, where both give one)."""
    if dataset is None:
        return None
    for statistic in dataset.statistics:
        same = (statistic.quantity.value, statistic.quantity.unit) == (
            quantity.value,
            quantity.unit,
        )
        if same and (date is None or statistic.date in (None, date)):
            return statistic.id
    return None


def _known_target(dataset: Dataset | None, quantity: Quantity, horizon: int | None) -> str | None:
    """The dataset's target of this value and unit (and horizon, where both give one)."""
    if dataset is None:
        return None
    for target in dataset.targets:
        same = (target.quantity.value, target.quantity.unit) == (quantity.value, quantity.unit)
        if same and (horizon is None or target.horizon in (None, horizon)):
            return target.id
    return None
