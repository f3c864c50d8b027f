"""Agreements an article reports signed, with their kind, parties, date and place.

An agreement is an instrument (مذكرة تفاهم، protocole d'accord, memorandum of
understanding, accord-cadre …) named in a sentence with a word of signing that is not
put in the future ("sera signée", "to sign"). Its parties are the institutions that
sentence names, except those named after the people present ("بحضور …", "en présence de
…", "in the presence of …"), those named by whoever reports a signing that names who
signs ("…, a indiqué X, ingénieure à l'Office …"), those it says are made ("a venture
called Safepay"), and the institutions of the people who sign it, when their posts name
them: a minister who signs signs for the ministry ("La ministre de l'Économie numérique
… ont signé": the ministère de l'Économie numérique is a party), as the curators of the
seeds record the memorandum the minister of digital transition signed with Mistral AI.
Who presides over a signing, or attends it, signs nothing. An article reports each kind
of instrument once: every mention of one kind is one candidate, with every citation;
"the agreement" is the one instrument an article names more precisely.
"""

from __future__ import annotations

import collections
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import NamedTuple

from ..dataset import Dataset
from ..model import AgreementKind, OrganizationKind, Partnership
from ..text import DateMention, normalize
from ..text._lexicon import WORDS as NUMBER_WORDS
from ..text._normalize import strip_article
from ..text._tense import english_past_participle, french_past_participle
from ..text._tokens import MARK, NUMBER, WORD, Token
from ..text._years import is_year
from ..values import PartialDate, Precision
from ._arabic_institutions import arabic_singulars
from ._candidates import OrganizationCandidate, PartnershipCandidate, PlaceCandidate
from ._gathering import GATHERING, GATHERING_FIRST, gathering_at, gathers
from ._institution import Institution
from ._latin import possessive_at
from ._lexicon import WORDS
from ._officials import (
    bare_directorate,
    directorate,
    directorate_of_ministry,
    ministry,
    office_of_title,
)
from ._organizations import Organizations, names_in
from ._people import SIGNATORY_LISTS
from ._person import COMMAS, Person
from ._places import PlaceFound, is_country
from ._reader import MENTIONS, Reader
from ._roles import AGREEMENT, COMMA, HONORIFIC, KEY_ROLES, NOT_YET, PRESENCE, SIGNING, TITLE_HEAD
from ._source import in_dateline
from ._spans import Found, Spans, by_first, by_last, found, has, longest, phrase_at, prefix_length

__all__ = [
    "AgreementFound",
    "Signed",
    "find_agreements",
    "partnership_candidates",
    "signatories",
]

_AGREEMENTS = by_first(WORDS.agreements)
_FIRST_WORDS = frozenset(phrase[0] for phrase, _ in WORDS.agreements)
_FUTURE_REACH = 7
"""How many tokens before a word of signing may put it in the future ("will sign", "prévoit
par ailleurs de signer", "ومن المرتقب، في السياق ذاته، توقيع")."""
_LOOK_BACK = 3
"""How many sentences back "the company" may find the company it stands for."""
_LOOK_BACK_NAMED = 12
"""Sentences back an institution whose name holds the noun ("the hospital") may be found."""


class AgreementFound(NamedTuple):
    """An instrument named in a sentence that reports a signing."""

    name: Found
    kind: AgreementKind
    sentence: int
    ordinal: bool = False
    """Named by its rank among those a count announced ("La première, …"): one of them."""
    counted_by: AgreementFound | None = None
    """The count that announced it, when it is listed after one ("Trois accords ont été
    signés. Une convention de partenariat avec …"): who signed them all signed it."""


@functools.lru_cache(maxsize=2)
def _signed(reader: Reader) -> frozenset[int]:
    """The sentences that report an agreement signed.

    A word of signing that no word puts in the future, nor a subjunctive ("على أن
    يوقع", "to be signed"); a sentence after a word of agreement that brings parties
    together or names them ("The deal brings together X, Y and Z", "Il réunit …"); a
    sentence that says whose signatures a document bears ("Celles du …"); a sentence that
    names an agreement the next one signs as "the text" ("Le texte a été signé …"),
    unless its own verb of signing is still to come. Asked for by each step of an
    article's reading, worked out once (the article's reader is the key).
    """
    signed: set[int] = set()
    roles, sentence_of = reader.roles, reader.sentence_of
    tokens = reader.tokens
    awaited = {
        sentence_of[k] for k in reader.where(AGREEMENT) if _awaited_after(reader, k, _AWAITED_REACH)
    }  # "An agreement with X, which brings together …, is expected in April"
    for k in reader.where(AGREEMENT):
        for number in (sentence_of[k], sentence_of[k] + 1, sentence_of[k] + 2):
            if (
                number not in signed
                and number not in awaited
                and number in reader.bounds
                and (number < sentence_of[k] + 2 or _document_gathers(reader, number))
                and (gathers(reader, number) or _puts_name(reader, number))
            ):
                signed.add(number)  # "The deal brings together X, Y and Z", "Il réunit …";
                # a sentence later, "Le texte lie X, Y et Z": the document named before
    for number in reader.token_range:
        if _names_signatures(reader, number):
            signed.add(number)  # "… signatures figurent au bas du document. Celles du …"
    for k in reader.where(SIGNING):
        number = sentence_of[k]
        if number in signed or _signatories_unnamed(tokens, k) or _subjunctive(tokens, k):
            continue
        if _future_before(reader, k) or _awaited_after(reader, k):
            continue
        signed.add(number)
    for k in reader.where(AGREEMENT):
        number = sentence_of[k]
        if number in signed or number + 1 not in signed:
            continue
        first, last = reader.token_range[number]
        if any(roles[m] & SIGNING for m in range(first, last)):
            continue  # "… is expected to be signed in September. X attended the signing."
        if _awaited_after(reader, k, _AWAITED_REACH):
            continue  # "A memorandum … is expected in January. … welcomed the signing"
        if _document_opens(reader, number + 1) or _the_signing(reader, number + 1):
            signed.add(number)  # "… a approuvé la convention … Le texte a été signé par …"
    signed.update(
        number + 1 for number in list(signed) if _names_signers(reader, number + 1)
    )  # "وقعت أربع مؤسسات … اتفاقية إطار. ويتعلق الأمر بـ…"
    for number in sorted(signed):
        while _list_goes_on(reader, number):
            number += 1
            signed.add(number)  # "ووقع الاتفاقية كل من X، مدير …؛ وY، رئيس …؛ وZ، …"
    return frozenset(signed)


def _list_goes_on(reader: Reader, number: int) -> bool:
    """Whether sentence ``number`` ends with «؛» and the next goes on its list with «و»."""
    if number + 1 not in reader.token_range:
        return False
    tokens = reader.tokens
    last = reader.token_range[number][1] - 1
    first = reader.token_range[number + 1][0]
    return tokens[last].key == "؛" and tokens[first].text.startswith("و")


def _names_signers(reader: Reader, number: int) -> bool:
    """Whether a sentence opens by naming who signed in the one before (``signers_named``)."""
    if number not in reader.token_range:
        return False
    first = reader.token_range[number][0]
    tokens = reader.tokens
    return any(
        phrase_at(tokens, first, phrase)
        or (
            tokens[first].key[:1] == "و"
            and tokens[first].forms[-1] == phrase[0]
            and phrase_at(tokens, first + 1, phrase[1:])
        )
        for phrase in WORDS.signers_named
    )


def _future_before(reader: Reader, k: int) -> bool:
    """Whether a word puts the verb of signing at ``tokens[k]`` still to come.

    Within a few words before it in its sentence ("devrait signer", "compte signer",
    «ينتظر أن توقع»; a word of waiting within three: "attend une autre signature"), not
    a word of intent that counts ("qui compte 226.000 abonnés"), nor one before a clause
    of what was done ("will fit 40 intersections after it signed …"), nor a purpose set
    off by a comma, which is looked past ("ومن أجل توسيع الخدمة، جرى …"). A participle
    right after the instrument is done, whatever comes before ("… will head out to sea,
    under a cooperation agreement signed on Tuesday").
    """
    roles, tokens = reader.roles, reader.tokens
    first = reader.token_range[reader.sentence_of[k]][0]
    if k > first and roles[k - 1] & AGREEMENT and _participle(tokens[k]):
        return False  # "will soon head out …, under a cooperation agreement signed on Tuesday"
    comma = False  # a comma stands between the word looked at and the verb
    reach = _FUTURE_REACH
    m = k - 1
    while m >= max(first, k - reach):
        if tokens[m].key in WORDS.past_clause_openers:
            return False
        comma = comma or bool(roles[m] & COMMA)
        if roles[m] & NOT_YET and not _counts_what(tokens, m):
            if not (comma and _purpose_at(tokens, m)):
                return True
            reach += k - m  # past the purpose: "وتعتزم الوزارة، من أجل تعميم الخدمة، التوقيع"
        elif tokens[m].key in WORDS.awaiting and k - m <= _AWAITING_REACH:
            return True  # "is waiting for another signature"
        m -= 1
    return False


def _participle(token: Token) -> bool:
    """Whether a Latin verb of signing is its past participle: "signed", "signée", "conclu"."""
    return token.text[:1] < "\u0600" and (
        english_past_participle(token.key) or french_past_participle(token.text)
    )


def _purpose_at(tokens: Sequence[Token], m: int) -> bool:
    """Whether ``tokens[m]`` ends a phrase of ``goal_phrases`` that says what for: «من أجل».

    Set off by a comma before the verb of signing, it opens a clause of purpose that
    puts nothing still to come: "ومن أجل توسيع الخدمة، جرى أمس التوقيع على …".
    """
    return any(phrase_at(tokens, m - len(phrase) + 1, phrase) for phrase in WORDS.goal_phrases)


_AWAITING_REACH = 3
"""Words from a word of waiting to the signing word it puts still to come, at most."""


_AWAITED_REACH = 24
"""Words after an instrument within which a word says it is awaited ("… with IRCAM to
adapt the models to Tarifit and Tachelhit is expected in January")."""


_SIGNING_AWAITED_REACH = 3
"""Words after a word of signing within which one says it is awaited ("la signature est
attendue")."""


def _awaited_after(reader: Reader, k: int, reach: int = _SIGNING_AWAITED_REACH) -> bool:
    """Whether a word of ``awaited`` follows ``tokens[k]`` within ``reach`` words of its sentence.

    "dont la signature est attendue en janvier", "whose signing is expected in May"; "A
    memorandum … with IRCAM … is expected in January". Words in brackets count for none
    ("(UNAEDS)"), and the search stops at a semicolon, where another clause begins.
    """
    tokens = reader.tokens
    last = reader.token_range[reader.sentence_of[k]][1]
    depth = counted = 0
    for m in range(k + 1, last):
        key = tokens[m].key
        if key == ";":
            return False  # "…; the first results are expected in 2026": another clause's
        depth = max(0, depth + (key == "(") - (key == ")"))
        counted += depth == 0 and key != ")"  # "(UNAEDS)": words in brackets count for none
        if counted >= reach:
            return False
        if not WORDS.awaited.isdisjoint(tokens[m].forms):
            return True
    return False


def _counts_what(tokens: Sequence[Token], k: int) -> bool:
    """Whether a word of intent at ``tokens[k]`` says how many instead, before a number.

    "La SRM, qui compte 226.000 abonnés, a conclu …": it has them; "compte signer"
    would be still to come.
    """
    return (
        tokens[k].key in WORDS.state_verbs and k + 1 < len(tokens) and tokens[k + 1].kind == NUMBER
    )


def _the_signing(reader: Reader, number: int) -> bool:
    """Whether sentence ``number`` tells of "the signing" and names no instrument of its own.

    "… alongside a partnership agreement with … . Regional wali X attended the
    signing.", "Under a partnership agreement, X and Y will … . Their heads signed the
    text.", "… under a service contract. X and Y signed it.": the agreement named just
    before is the one signed.
    """
    tokens, roles = reader.tokens, reader.roles
    first, last = reader.token_range.get(number, (0, 0))
    if any(
        roles[k] & AGREEMENT and longest(tokens, k, _AGREEMENTS) is not None
        for k in range(first, last)
    ):
        return False  # not "chief executive", which an instrument's first word may start
    return any(
        (
            tokens[k].key in WORDS.signing_nouns
            and (tokens[k].key.startswith("ال") or tokens[k - 1].key in _DEFINITE)
        )
        or (
            roles[k] & SIGNING
            and k + 2 < last
            and tokens[k + 1].key in _DEFINITE
            and has(tokens[k + 2], WORDS.document_anaphors)
        )
        or (roles[k] & SIGNING and k + 1 < last and tokens[k + 1].key in WORDS.object_pronouns)
        for k in range(max(first, 1), last)
    )


@functools.lru_cache(maxsize=2)
def _signed_next(reader: Reader) -> frozenset[int]:
    """The sentences that name an agreement only the next one signs, as "the text".

    "Le conseil a approuvé la convention … Le texte a été signé par …": who approves it
    is no party; the signatories are in the next sentence.
    """
    signed = _signed(reader)
    named = {reader.sentence_of[k] for k in reader.where(AGREEMENT)}
    unsigned = named - {reader.sentence_of[k] for k in reader.where(SIGNING)}
    return frozenset(
        number
        for number in unsigned & signed
        if number + 1 in signed and _document_opens(reader, number + 1)
    )


_DOCUMENT_REACH = 4
"""Words at the start of a sentence within which it may name the document just spoken of."""


def _document_gathers(reader: Reader, number: int) -> bool:
    """Whether sentence ``number`` opens with the document and a phrase that gathers parties.

    "Le texte lie X, Y et Z", "The parties to the deal are …", two sentences after the
    agreement; not "Le texte prévoit aussi un comité de suivi qui réunit …", whose
    members sit on a committee.
    """
    first, last = reader.token_range[number]
    return _document_opens(reader, number) and any(
        gathering_at(reader, k) for k in range(first, min(first + _DOCUMENT_REACH + 1, last))
    )


def _document_opens(reader: Reader, number: int) -> bool:
    """Whether sentence ``number`` opens by naming the document the one before named.

    "Le texte a été signé dès le lendemain …", "The document was signed …", "ووقع
    الوثيقة …": what it signs is the agreement named before.
    """
    first, last = reader.token_range[number]
    tokens = reader.tokens
    return any(
        has(tokens[k], WORDS.document_anaphors)
        for k in range(first, min(first + _DOCUMENT_REACH, last))
    )


_NOT_YET_BY_LAST = by_last(WORDS.not_yet_adjacent)
"""``not_yet_adjacent`` by last word: only those that end where the verb starts are read."""


def _breaks(token: Token) -> bool:
    """Whether ``token`` turns a sentence to something else: "tandis que", "while", «فيما»."""
    return not WORDS.party_breaks.isdisjoint(token.forms)


def _subjunctive(tokens: Sequence[Token], k: int) -> bool:
    """Whether a verb of signing is one still to come, or no verb, by the word right before it.

    An Arabic verb in the present after "أن" ("على أن يوقع") or with the "ل" of purpose
    joined to it ("لتوقع"), "to sign", "to be signed"; after a preposition, the same
    letters are the noun of another verb ("على توقع الإنتاج", forecasting).
    """
    key = tokens[k].key
    if key[:1] == "ل" and key[1:2] in {"ي", "ت"} and key[1:] not in WORDS.signing_nouns:
        return True
    if k == 0:
        return False
    if any(
        phrase_at(tokens, k - len(phrase), phrase)
        for phrase in _NOT_YET_BY_LAST.get(tokens[k - 1].key, ())
    ):
        return True
    present = tokens[k].key[:1] in {"ي", "ت"} and tokens[k].key not in WORDS.signing_nouns
    return present and (
        tokens[k - 1].key in WORDS.subjunctive_particles
        or tokens[k - 1].key in WORDS.verbal_noun_particles  # «على توقع الإنتاج»: forecasting
    )


def _names_signatures(reader: Reader, number: int) -> bool:
    """Whether a sentence names the signatures the one before counts.

    "Quatre signatures figurent au bas du document. Celles du ministre …, de …".
    """
    first = reader.token_range[number][0]
    return (
        reader.tokens[first].key in WORDS.signature_pronouns
        and number - 1 in reader.token_range
        and not WORDS.signing_nouns.isdisjoint(reader.words(number - 1))
    )


def _puts_name(reader: Reader, number: int) -> bool:
    """Whether someone puts their name to something in a sentence: "put his name to the deal"."""
    if WORDS.names_signed.isdisjoint(reader.words(number)):
        return False
    first, last = reader.token_range[number]
    tokens = reader.tokens
    return any(
        tokens[k].key in WORDS.names_signed
        and tokens[k - 1].key in WORDS.possessive_determiners
        and tokens[k + 1].key == "to"
        for k in range(first + 1, last - 1)
    )


def _signatories_unnamed(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` is "signatories" with no roll call after it.

    "absente des signataires" says nothing was signed by who follows.
    """
    return not WORDS.signatory_nouns.isdisjoint(tokens[k].forms) and (
        k + 1 >= len(tokens) or tokens[k + 1].key not in _ROLL_CALL
    )


_ROLL_CALL = WORDS.roll_call | {":"}
"""What names the signatories after "signatories": "were", "sont", or a colon ("quatre
signataires : …")."""


def find_agreements(reader: Reader) -> list[AgreementFound]:
    """Instruments (مذكرة تفاهم، protocole d'accord, MoU …) named in a sentence reporting a signing."""
    tokens, text = reader.tokens, reader.masked
    signed = _signed(reader)
    result: list[AgreementFound] = []
    i = 0
    for candidate in reader.where(AGREEMENT):
        if candidate < i:
            continue
        i = candidate
        token = tokens[i]
        hit = longest(tokens, i, _AGREEMENTS) if reader.sentence_of[i] in signed else None
        if (
            hit is None
            or (i > 0 and tokens[i - 1].key in WORDS.verb_markers)  # "able to deal with": a verb
            or _to_be_signed(reader, i)
            or _after_turn(reader, i)
            or (hit[1] is AgreementKind.AGREEMENTS and _said_of_trade(reader, i))
        ):
            i += 1
            continue
        length, kind = hit
        last = i + length - 1
        if last + 1 < len(tokens) and tokens[last + 1].key in WORDS.agreement_adjectives:
            last += 1
        skip = _prefix(token)
        result.append(
            AgreementFound(found(text, tokens, i, last, skip), kind, reader.sentence_of[i])
        )
        i = last + 1
    objects = _signed_objects(reader, signed)
    if not objects:
        return result
    taken = {agreement.sentence for agreement in result}
    result += [agreement for agreement in objects if agreement.sentence not in taken]
    return sorted(result, key=lambda agreement: agreement.name.start)


def _said_of_trade(reader: Reader, i: int) -> bool:
    """Whether a plural of instruments at ``tokens[i]`` is said in a quotation, counted by none.

    "… and deals struck quietly on the quay will have no place anymore," he said: trade,
    not the instruments the article reports.
    """
    number = reader.sentence_of[i]
    if not any(a <= i < b for a, b in reader.quotations(number)):
        return False
    tokens = reader.tokens
    return not any(
        tokens[k].key.isdigit() or strip_article(tokens[k].key) in NUMBER_WORDS.number_words
        for k in range(max(i - 2, 0), i)
    )


_OBJECT_REACH = 4
"""Words after a verb of signing within which what it acts on is named: "a signé mercredi
le marché"."""
_BEFORE_OBJECT = frozenset(
    {"le", "la", "l", "'", "un", "une", "ce", "cet", "cette", "a", "an", "the"}
)
"""Words between a verb of signing and what it acts on, besides the day."""


_WHEN_WORDS = NUMBER_WORDS.past | NUMBER_WORDS.month_nouns
"""Words of when, besides the day, between a verb of signing and what it acts on ("le
mois dernier")."""
_PLACE_PREPOSITIONS = frozenset({"à", "in", "at"})
"""Prepositions of where, before a capitalised place, between a verb of signing and what
it acts on ("a signé jeudi dernier à Rabat un marché")."""


def _place_at(tokens: Sequence[Token], m: int) -> bool:
    """Whether ``tokens[m]`` is a preposition of place before a capitalised word ("à Rabat")."""
    if tokens[m].text.lower() not in _PLACE_PREPOSITIONS or m + 1 >= len(tokens):
        return False
    after = tokens[m + 1]
    return after.kind == WORD and after.text[:1].isupper()


_AMOUNT_REACH = 16
"""Words between an instrument and the participle after it, an amount between them:
"un marché de 46,5 millions de DH (environ 4,3 millions d'euros) signé en mars"."""
_AMOUNT_WORDS = (
    frozenset({"de", "d", "'", "of", "(", ")"})
    | frozenset(word for phrase, _, _ in NUMBER_WORDS.units for word in phrase)
    | frozenset(word for phrase, _ in NUMBER_WORDS.qualifiers for word in phrase)
    | frozenset(NUMBER_WORDS.scales)
    | frozenset(word for phrase, _ in NUMBER_WORDS.units_before for word in phrase)
)
"""The words of an amount, which may stand between an instrument and its participle."""


def _object_before(tokens: Sequence[Token], k: int) -> int | None:
    """The instrument an amount and the participle at ``tokens[k]`` follow, if one does.

    "un marché de 46,5 millions de DH signé en mars": the marché is signed.
    """
    for m in range(k - 1, max(-1, k - 1 - _AMOUNT_REACH), -1):
        token = tokens[m]
        if token.key in WORDS.signed_objects:
            return m if m < k - 1 else None  # "le marché signé" is read after the verb
        if token.kind != NUMBER and token.key not in _AMOUNT_WORDS:
            return None
    return None


def _signed_objects(reader: Reader, signed: AbstractSet[int]) -> list[AgreementFound]:
    """The instruments named only as what a verb of signing acts on ("signé le marché").

    Or as what it follows, past an amount ("un marché de 46,5 millions de DH signé en
    mars"). A sentence that names another instrument is left to it.
    """
    if not WORDS.signed_objects:
        return []
    tokens, text = reader.tokens, reader.masked
    result = []
    for k in reader.where(SIGNING):
        if reader.sentence_of[k] not in signed:
            continue
        m = _object_before(tokens, k)
        if m is None:
            m = _object_after(tokens, k)
        if m is not None:
            name = found(text, tokens, m, m)
            kind = AgreementKind.PARTNERSHIP_AGREEMENT
            result.append(AgreementFound(name, kind, reader.sentence_of[m]))
    return result


def _object_after(tokens: Sequence[Token], k: int) -> int | None:
    """The instrument the verb of signing at ``tokens[k]`` acts on, if one follows it.

    "a signé mercredi le marché", "signed a €4.5 million ($5.2 million) loan": the day,
    an article and an amount may stand between them, and when it was signed ("le mois
    dernier") or where ("jeudi à Rabat").
    """
    words = 0
    for m in range(k + 1, min(k + 1 + _AMOUNT_REACH, len(tokens))):
        token = tokens[m]
        if token.key in WORDS.signed_objects:
            return m
        if token.kind == NUMBER or token.key in _AMOUNT_WORDS or token.key in _WHEN_WORDS:
            continue
        if _place_at(tokens, m) or (m > k + 1 and _place_at(tokens, m - 1)):
            continue
        words += 1
        if (
            token.key not in _BEFORE_OBJECT and token.key not in NUMBER_WORDS.weekdays
        ) or words > _OBJECT_REACH:
            return None
    return None


def _after_turn(reader: Reader, i: int) -> bool:
    """Whether the instrument at ``tokens[i]`` is named after the sentence turns away.

    "The company signed an MoU with …, while a contract with … is still being
    negotiated": after "while", "tandis" or "فيما" with no verb of signing of its own (nor
    a phrase that brings parties together: "while an MoU … brought the association
    together with …"), an instrument is not one the sentence reports signed; nor is one
    whose nearest verb of signing before it is still to come ("فيما ينتظر أن توقع …
    عقدا").
    """
    roles, sentence_of, tokens = reader.roles, reader.sentence_of, reader.tokens
    first, last = reader.token_range[sentence_of[i]]
    for k in range(i - 1, first - 1, -1):
        if roles[k] & SIGNING:
            return _subjunctive(tokens, k) or _future_before(reader, k)
            # "فيما ينتظر أن توقع … عقدا": the verb before it is still to come
        if _breaks(tokens[k]):
            return not any(
                roles[m] & SIGNING or tokens[m].key in GATHERING_FIRST for m in range(i + 1, last)
            )
    return False


def _to_be_signed(reader: Reader, i: int) -> bool:
    """Whether the instrument at ``tokens[i]`` follows a signing put in the future.

    "ووقعت الوزارة اتفاقية …، على أن يتم توقيع مذكرة تفاهم …": the sentence reports one
    agreement signed and another still to come.
    """
    k = i - 1
    if k < 1 or not reader.roles[k] & SIGNING or reader.sentence_of[k] != reader.sentence_of[i]:
        return False
    return _future_before(reader, k)


def _prefix(token: Token) -> int:
    """The joined prefix before an instrument's first word ("والاتفاقية" → و)."""
    if token.key in _FIRST_WORDS or len(token.forms) < 2:
        return 0
    first_word = next((form for form in token.forms if form in _FIRST_WORDS), None)
    return 0 if first_word is None else prefix_length(token, {first_word})


_BREAKS = WORDS.party_breaks
"""Words after which a sentence names no party, with those of presence (:data:`PRESENCE`)."""
_LOOKING_ON = WORDS.presence_after
"""Phrases after the people present: "with X looking on"."""
_LOOKING_ON_FIRST = frozenset(phrase[0] for phrase in _LOOKING_ON)
"""The first words of ``_LOOKING_ON``: a sentence with none of them has no such phrase."""
_LOOKING_ON_REACH = 10
"""Words back from "looking on" within which "with" opens the people present."""
_SIGNING_AFTER_BREAK = 4
"""Tokens after "فيما", "while" within which a verb of signing opens the signing ("while
the agreement was signed")."""


class _Present:
    """Where the people present are named in each sentence ("بحضور", "en présence de").

    They are named from the word of presence to the end of the sentence, or to where a
    comma and a phrase of ``signatory_lists`` or ``gathering`` name who signs again
    ("ووقع الاتفاقية، بحضور الوزير، كل من …", "…, in the presence of X, brings
    together …"). Or the sentence turns to something else ("while",
    "tandis", "فيما"): no party is named after that.
    """

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.known: dict[int, tuple[int, int]] = {}

    def excludes(self, number: int, position: int) -> bool:
        """Whether ``position`` of sentence ``number`` names the people present."""
        start, end = self.clause(number)
        return start <= position < end

    def outside(self, number: int) -> Iterator[int]:
        """The indices of the tokens of sentence ``number`` that name no one present."""
        first, last = self.reader.token_range[number]
        start, end = self.clause(number)
        before = min(self.reader.first_token(start), last)
        yield from range(first, before)
        yield from range(max(before, self.reader.first_token(end)), last)

    def clause(self, number: int) -> tuple[int, int]:
        """Where the people present start and stop being named in sentence ``number``."""
        known = self.known.get(number)
        if known is None:
            reader = self.reader
            first, last = reader.token_range[number]
            end = reader.bounds[number][1]
            stop = next(
                (
                    k
                    for k, t in enumerate(reader.tokens[first:last], first)
                    if (reader.roles[k] & PRESENCE or not _BREAKS.isdisjoint(t.forms))
                    and not self._co_signing(first, k)
                    and not self._signing_clause(k, last)
                    and not self._before_instrument(k)
                    and not self._ordinal_clause(k, last)
                ),
                None,
            )
            if stop is None:
                known = self._looking_on(first, last) or (end, end)
            else:
                known = (reader.tokens[stop].start, self._again(stop, last, end))
            self.known[number] = known
        return known

    def _before_instrument(self, k: int) -> bool:
        """Whether a word of presence at ``tokens[k]`` comes right before an instrument's name.

        "alongside a partnership agreement with …": what came with the event, not who.
        """
        roles, tokens = self.reader.roles, self.reader.tokens
        return bool(roles[k] & PRESENCE) and any(
            roles[m] & AGREEMENT for m in range(k + 1, min(k + 3, len(tokens)))
        )  # not "while a contract with … is still being negotiated": another matter

    def _ordinal_clause(self, k: int, last: int) -> bool:
        """Whether a word that turns the sentence opens the clause of a listed instrument.

        "أما الثانية فهي مذكرة تفاهم بين …، فيما تخص الثالثة بروتوكول اتفاق بين …": the
        next of those a count announced, and who signs it.
        """
        tokens = self.reader.tokens
        return _breaks(tokens[k]) and any(
            _ordinal_rank(tokens[m]) for m in range(k + 1, min(k + 1 + _CLAUSE_REACH, last))
        )

    def _looking_on(self, first: int, last: int) -> tuple[int, int] | None:
        """The people present named before a phrase that closes them: "with X looking on".

        From the last opener ("with", "as") before the phrase to its end; ``None`` when
        the sentence has no such phrase.
        """
        tokens = self.reader.tokens
        number = self.reader.sentence_of[first]
        if _LOOKING_ON_FIRST.isdisjoint(self.reader.words(number)):
            return None  # most sentences: no first word of such a phrase at all
        for k in range(first + 1, last):
            phrase = next((p for p in _LOOKING_ON if phrase_at(tokens, k, p)), None)
            if phrase is None:
                continue
            for m in range(k - 1, max(first, k - _LOOKING_ON_REACH) - 1, -1):
                if tokens[m].key in WORDS.presence_openers:
                    return tokens[m].start, tokens[k + len(phrase) - 1].end
            return None
        return None

    def _again(self, stop: int, last: int, end: int) -> int:
        """Where who signs is named again after the people present, or ``end``."""
        tokens, roles = self.reader.tokens, self.reader.roles
        if not _breaks(tokens[stop]):
            for k in range(stop + 1, last):
                if _breaks(tokens[k]):
                    break
                if roles[k - 1] & COMMA and (
                    longest(tokens, k, SIGNATORY_LISTS)
                    or gathering_at(self.reader, k)
                    or self._signers_from(k, last)
                ):
                    return tokens[k].start  # "…, in the presence of X, brings together"
        return end

    def _signers_from(self, k: int, last: int) -> bool:
        """Whether the words from ``tokens[k]`` are who signs, then the verb of signing.

        "At the ceremony, attended by Health Minister X, the agency and the Red Crescent
        signed an agreement": no instrument and no word of presence before the verb.
        """
        roles = self.reader.roles
        for m in range(k, last):
            if roles[m] & SIGNING:
                return m > k and not roles[m - 1] & COMMA
            if roles[m] & (AGREEMENT | PRESENCE):
                return False
        return False

    def _signing_clause(self, k: int, last: int) -> bool:
        """Whether a word that turns the sentence opens the signing itself.

        "وجرى الحفل تحت رئاسة الوالي، فيما وقع الاتفاقية كل من …": after "فيما" or
        "while" a verb of signing names who signs, not people present.
        """
        tokens, roles = self.reader.tokens, self.reader.roles
        if not _breaks(tokens[k]) or roles[k] & NOT_YET:
            return False  # "على أن يتم توقيع …": still to be signed
        return (
            any(
                not WORDS.signing.isdisjoint(tokens[m].forms)
                for m in range(k + 1, min(k + 1 + _SIGNING_AFTER_BREAK, last))
            )
            or any(  # "…, tandis que l'AGPO et Haliya Energy ont conclu une convention"
                roles[m] & SIGNING
                and not any(roles[n] & NOT_YET for n in range(k + 1, m))
                and self._new_instrument_after(m, last)
                for m in range(k + 1, last)
            )
            or self._instrument_only_after(k, last)
        )

    def _instrument_only_after(self, k: int, last: int) -> bool:
        """Whether the sentence's agreement is named after ``tokens[k]`` only.

        "فيما خصص باقي الهبة للخوادم، وذلك في إطار اتفاقية إطار وقعتها المؤسسة والمستشفى":
        the clause the sentence turns to holds the signing itself.
        """
        roles = self.reader.roles
        first = self.reader.token_range[self.reader.sentence_of[k]][0]
        return not any(roles[m] & AGREEMENT for m in range(first, k)) and any(
            roles[m] & AGREEMENT for m in range(k + 1, last)
        )

    def _new_instrument_after(self, m: int, last: int) -> bool:
        """Whether a verb of signing at ``tokens[m]`` signs an instrument written as new.

        "ont conclu une convention", "signed a sponsorship agreement", "وقعت … اتفاقية
        رعاية"; not "signed the satellite contract", one the article spoke of.
        """
        tokens, roles = self.reader.tokens, self.reader.roles
        for n in range(m + 1, min(m + 5, last)):
            if tokens[n].key in _DEFINITE_OR_ELIDED:
                return False
            if roles[n] & AGREEMENT:
                return not tokens[n].key.startswith("ال")
        return False

    def _co_signing(self, first: int, k: int) -> bool:
        """Whether ``tokens[k]`` names who signs too: "signed the agreement alongside X".

        A verb of signing comes before it, and no word naming the other side ("with",
        "by") between them.
        """
        tokens = self.reader.tokens
        if WORDS.co_signing.isdisjoint(tokens[k].forms):
            return False
        for j in range(k - 1, max(first, k - _CO_SIGNING_REACH) - 1, -1):
            forms = tokens[j].forms
            if not _OTHER_SIDE.isdisjoint(forms):
                return False
            if not WORDS.signing.isdisjoint(forms) and WORDS.signing_nouns.isdisjoint(forms):
                return True
            if (tokens[j].key in WORDS.names_signed or tokens[j].key in WORDS.signing_nouns) and (
                tokens[j - 1].key in WORDS.possessive_determiners
            ):
                return True  # "put his name to the deal alongside X", "put her signature …"
        return False


_OTHER_SIDE = WORDS.counterparts | WORDS.agents
_CO_SIGNING_REACH = 8
"""Words looked back from "alongside" for the verb of signing."""


class _Reported:
    """Where a sentence that reports a signing turns to who reported it.

    "A et B ont signé une convention …, a indiqué X, ingénieure à l'Office …", "…,
    said X, an engineer at the office": the speaker's institution signs nothing when
    the signing clause names who signs. When it names no one ("The loan was signed
    last month, said X, investment director at the fund"), the speaker may be the
    signatory, and nothing is cut.
    """

    def __init__(
        self, reader: Reader, institutions_in: Mapping[int, Sequence[Institution | PlaceFound]]
    ) -> None:
        self.reader = reader
        self.institutions_in = institutions_in
        self.known: dict[int, int | None] = {}

    def excludes(self, number: int, position: int) -> bool:
        """Whether ``position`` of sentence ``number`` is in a clause naming who reported."""
        start = self.start(number)
        return start is not None and position >= start

    def start(self, number: int) -> int | None:
        """Where sentence ``number`` turns to who reported the signing, if it does."""
        if number not in self.known:
            self.known[number] = self._find(number)
        return self.known[number]

    def _find(self, number: int) -> int | None:
        reader = self.reader
        tokens, roles = reader.tokens, reader.roles
        first, last = reader.token_range[number]
        if reader.words(number).isdisjoint(WORDS.speech_verbs):
            return None
        signing = False
        for k in range(first, last):
            if roles[k] & (SIGNING | AGREEMENT):
                signing = True
            if not (signing and k > first and roles[k - 1] & COMMA):
                continue
            verb = k + 1 if tokens[k].key in WORDS.auxiliaries and k + 1 < last else k
            if (
                not has(tokens[verb], _REPORTING)
                or roles[verb] & SIGNING
                or tokens[verb].text[:1].isupper()  # "…, Said Belkadi, director general"
            ):
                continue
            start = tokens[k].start
            named = self.institutions_in.get(number, ())
            return start if any(i.name.start < start for i in named) else None
        return None


_REPORTING = WORDS.speech_verbs - WORDS.signing - WORDS.presiding
"""Verbs that report who spoke: "a indiqué", "said", «أوضح»; not "signed" or "chaired"."""


def _presides(reader: Reader, number: int, start: int, end: int) -> bool:
    """Whether the person written from ``start`` to ``end`` presides, and signs for no one.

    A word of presiding stands just before them ("ترأست وزيرة …", "تحت رئاسة وزير …",
    "présidée par le ministre …") or just after them ("Le ministre X a présidé …");
    the others in the sentence may sign ("وقع كل من … تحت رئاسة وزير …").
    """
    if reader.words(number).isdisjoint(WORDS.presiding):
        return False
    first, last = reader.first_token(start), reader.first_token(max(start, end - 1))
    low, high = reader.token_range[number]
    tokens = reader.tokens
    return any(
        not WORDS.presiding.isdisjoint(tokens[k].forms)
        for k in range(max(low, first - _PRESIDER_REACH), min(high, last + _PRESIDER_REACH + 1))
        if not first <= k <= last
    )


_PRESIDER_REACH = 4
"""Tokens between a word of presiding and who presides: "présidée par le ministre"."""


def _signs(reader: Reader, number: int) -> bool:
    """Whether a verb of signing stands in a sentence, not only a word for the act.

    Or the word for the act with who signs: "le document porte les signatures de M. X,
    …", "The signatories were X, …" (``roll_call``), "X also put her signature to it".
    """
    signing = reader.words(number) & WORDS.signing
    if not signing:
        return (
            gathers(reader, number)
            or _puts_name(reader, number)
            or _names_signatures(reader, number)
        )
    if any(word not in WORDS.signing_nouns for word in signing):
        return True
    first, last = reader.token_range[number]
    tokens = reader.tokens
    return any(
        tokens[k].key in WORDS.signing_nouns
        and (
            (
                tokens[k + 1].key in _OF
                and (
                    not _WHO_SIGNS.isdisjoint(tokens[k + 2].forms)
                    or (k + 3 < last and tokens[k + 3].key in WORDS.given_names)
                )  # "les signatures du général Abdellatif …": a rank, then the name
            )
            or tokens[k + 1].key in _ROLL_CALL
            or (k > first and tokens[k - 1].key in WORDS.possessive_determiners)
            or any(tokens[n].key == ":" for n in range(k + 1, min(last, k + _ROLL_REACH)))
        )  # "Quatre signatures figurent au bas du document : celles du ministre …"
        for k in range(first, last - 2)
    )


_ROLL_REACH = 8
"""Tokens after the word for the signatures within which a colon names who signed."""


_OF = frozenset({"de", "du", "des", "d", "of"})
"""Words of "of": "les signatures de …", "the rural development arm of …"."""
_WHO_SIGNS = WORDS.honorifics | WORDS.title_heads
"""Words that start a signatory after "les signatures de": an honorific or a title."""


def _sentences(
    agreement: AgreementFound, signed: AbstractSet[int], named: AbstractSet[int]
) -> list[int]:
    """The sentence that names an agreement signed, and those after that sign no other.

    "Trois conventions ont été signées … Les documents ont été paraphés par X, … La
    ministre … l'a également signé": the sentences after that sign name the
    signatories too, until one names another agreement.
    """
    result = [agreement.sentence]
    for following in range(agreement.sentence + 1, agreement.sentence + 1 + _SIGNED_AFTER):
        if following in named:
            break
        if following in signed:
            result.append(following)
    return result


_SIGNED_AFTER = 4
"""Sentences after the one naming an agreement that may go on naming its signatories,
up to the next that names an agreement: "… signed alongside Bensouda"."""


Signed = dict[int, list[tuple[int, OrganizationCandidate]]]
"""By sentence, the institutions that the posts of the people signing there name, with
where each post starts."""


def signatories(
    reader: Reader,
    agreements: Sequence[AgreementFound],
    found_people: Sequence[Person],
    unnamed: Sequence[Found],
    institutions: Sequence[Institution],
    organizations: Organizations,
) -> Signed:
    """The ministries of the ministers who sign an agreement, which the text names no other way.

    A signatory is a person in a sentence that reports an agreement signed, before the
    people present, where no one presides: named, or only by a post (``unnamed``: "وقع
    وزير العدل ورئيس الجامعة", "The Minister of Justice and … signed"). An institution
    a signatory's post names in words is found in the sentence already; a minister's
    names a ministry only by the title ("ministre de l'Économie numérique"), and the
    ministry is added to the organizations under the name the title gives it (see
    :func:`~maroc_ai.extract._officials.ministry`), citing the title.
    """
    signed = _signed(reader)
    named = {agreement.sentence for agreement in agreements}
    sentences = {n for a in agreements for n in _sentences(a, signed, named)}
    present_from = _Present(reader)
    written = Spans([(i.name.start, i.name.end) for i in institutions])
    institutions_in = _grouped(institutions)
    speakers = _Reported(reader, institutions_in)
    result: Signed = {}
    recalled = _Recalled(reader, found_people, institutions)
    posts = [(p.sentence, p.post, p.name.start) for p in found_people if p.post is not None]
    posts += [
        (reader.sentence_of[reader.first_token(p.start)], p, p.start)
        for p in unnamed
        if not recalled.holds_surname(p)  # "وقع الوزير المنصوري": named before, see below
    ]
    for number, post, start in posts:
        if number not in sentences or speakers.excludes(number, start):
            continue  # "…, a indiqué X, ministre de …": who reported it signs nothing
        if written.overlaps(post.start, post.end):
            hit = directorate_of_ministry(post.text, reader.language_at(post.start))
            if (
                hit is None or present_from.excludes(number, start) or not _signs(reader, number)
            ) or _presides(reader, number, min(start, post.start), max(start + 1, post.end)):
                continue  # an institution the post names is in the sentence already
            candidate = organizations.named_by_title(*hit, post, number, OrganizationKind.OTHER)
            result.setdefault(number, []).append((post.start, candidate))
            continue
        if present_from.excludes(number, start) or present_from.excludes(number, post.start):
            continue
        if not _signs(reader, number) or _presides(
            reader, number, min(start, post.start), max(start + 1, post.end)
        ):
            continue
        language = reader.language_at(post.start)
        hit = ministry(post.text, language)
        if hit is None:
            earlier = _minister_before(reader, post, found_people)
            if earlier is not None:  # "… ministre de l'Enseignement supérieur … le ministre"
                post, hit = earlier
        if hit is None and normalize(post.text) in _MINISTER_ALONE:
            only = _only_ministry(number, institutions_in)
            if only is not None:  # "Le ministère de … a lancé … signée par le ministre X"
                result.setdefault(number, []).append((post.start, organizations.add(only)))
                continue
        if hit is not None:
            name, field = hit
            title = _with_possessor(reader, post)
            if title is not post:  # Spain's digital affairs minister: Spain's ministry
                name = f"{title.text[: post.start - title.start].strip()} {name}"
            candidate = organizations.named_by_title(name, field, title, number)
            result.setdefault(number, []).append((post.start, candidate))
            continue
        office = _office_of(organizations, post, number)
        if office is not None:  # "المندوب السامي للتخطيط": the High Commission he heads
            result.setdefault(number, []).append((post.start, office))
            continue
        hit = directorate(post.text, language)
        if hit is not None:  # "directrice régionale de la santé": the Direction régionale
            name, field = hit
            candidate = organizations.named_by_title(
                name, field, post, number, OrganizationKind.OTHER
            )
            result.setdefault(number, []).append((post.start, candidate))
            continue
        referent = (
            _post_referent(reader, post, number, institutions_in)
            or _directorate_before(post, language, number, institutions_in)
            or _commune_of_mayor(post, institutions)
        )
        if referent is not None:  # "chief executive of the exchange": the one named before
            result.setdefault(number, []).append((post.start, organizations.add(referent)))
    for number in sorted(sentences):
        if number not in reader.bounds or not _signs(reader, number):
            continue
        for start, person in recalled(number):
            if (
                present_from.excludes(number, start)
                or speakers.excludes(number, start)
                or _presides(reader, number, start, start + 1)
            ):
                continue
            institution = recalled.named_in(person)
            if institution is None and person.post is not None:
                institution = _post_referent(  # "Houda Zerhouni, directrice du centre"
                    reader, person.post, person.sentence, institutions_in
                )
            if institution is not None:
                result.setdefault(number, []).append((start, organizations.add(institution)))
                continue
            assert person.post is not None
            hit = ministry(person.post.text, reader.language_at(person.post.start))
            signing = (
                organizations.named_by_title(*hit, person.post, person.sentence)
                if hit is not None  # "وقع الوزاني" after "كريم الوزاني، وزير العدل"
                else _office_of(organizations, person.post, person.sentence)  # "وقع السبتي"
            )
            if signing is not None:
                result.setdefault(number, []).append((start, signing))
    for number in sorted(sentences):
        if number in reader.bounds and _signs(reader, number):
            for start, candidate in _ministry_of_minister(
                reader, number, found_people, institutions_in, present_from, organizations
            ):
                result.setdefault(number, []).append((start, candidate))
    return result


def _office_of(
    organizations: Organizations, post: Found, sentence: int
) -> OrganizationCandidate | None:
    """The office a title its holder alone bears heads, which signs when they do.

    "المندوب السامي للتخطيط" signs for the "المندوبية السامية للتخطيط" (``offices_of_titles``).
    """
    office = office_of_title(post.text)
    if office is None:
        return None
    return organizations.named_by_title(office, office, post, sentence, OrganizationKind.OTHER)


_MINISTRY_ANAPHORS = frozenset(
    word
    for word in WORDS.anaphors
    if (WORDS.organization_heads.get(word) or WORDS.organization_heads.get(strip_article(word)))
    is OrganizationKind.MINISTRY
)
"""The nouns that stand for a ministry named before: "le ministère", "الوزارة"."""


_THE = ("le", "la", "the")
"""Articles before a minister's word in Latin letters."""


def _minister_before(
    reader: Reader, post: Found, found_people: Sequence[Person]
) -> tuple[Found, tuple[str, str]] | None:
    """The title and ministry of the one minister named before a bare "le ministre".

    "… sous la présidence d'Omar Zouiten, ministre de l'Enseignement supérieur … Dans
    la foulée, le ministre, X et Y ont paraphé une convention": the minister who signs
    is the one the article named, and signs for that ministry. Nothing when the post
    is more than a minister's word, or when the article named several ministers.
    """
    if normalize(post.text) not in _MINISTER_ALONE:
        return None
    found: dict[str, tuple[Found, tuple[str, str]]] = {}
    for person in found_people:
        if person.post is None or person.post.start >= post.start:
            continue
        hit = ministry(person.post.text, reader.language_at(person.post.start))
        if hit is not None:
            found.setdefault(hit[0], (person.post, hit))
    return next(iter(found.values())) if len(found) == 1 else None


def _only_ministry(
    number: int, institutions_in: Mapping[int, Sequence[Institution | PlaceFound]]
) -> Institution | None:
    """The one ministry the article names up to sentence ``number``, if it names one only."""
    return _the_only(
        institutions_in,
        range(number + 1),
        lambda institution: institution.kind is OrganizationKind.MINISTRY,
    )


_MINISTER_ALONE = (
    WORDS.ministers
    | {f"{article} {word}" for word in WORDS.ministers if word.isascii() for article in _THE}
    | {"ال" + word for word in WORDS.ministers if not word.isascii()}
)
"""A minister's word alone, with or without its article: "le ministre", "the minister"."""


def _ministry_of_minister(
    reader: Reader,
    number: int,
    found_people: Sequence[Person],
    institutions_in: dict[int, list[Institution | PlaceFound]],
    present_from: _Present,
    organizations: Organizations,
) -> Iterator[tuple[int, OrganizationCandidate]]:
    """The ministry of the minister named last, that "le ministère" of a signing stands for.

    "Le ministre de la Justice, Mounir Laraki, … au titre d'une convention signée avec le
    ministère": where no ministry is named before, the one the minister's title names,
    under the name the title gives it.
    """
    tokens = reader.tokens
    first = reader.token_range[number][0]
    named = [i for i in institutions_in.get(number, ()) if isinstance(i, Institution)]
    for k in present_from.outside(number):
        if tokens[k].key not in _MINISTRY_ANAPHORS or any(
            i.name.start <= tokens[k].start < i.name.end for i in named
        ):
            continue  # "the Ministry of Economy and Finance": one named here
        latin = tokens[k].text[0] < "\u0600"
        if latin and (k == first or tokens[k - 1].key not in _DEFINITE):
            continue  # "le ministère", not "un ministère"
        if latin and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper():
            continue  # "le ministère Atlas": a name follows
        if _referent(tokens[k], number, institutions_in) is not None:
            continue  # one named before: see _referents
        minister = next(
            (
                (person.post, person.sentence, hit)
                for person in reversed(found_people)
                if person.sentence <= number
                and person.post is not None
                and person.name.start < tokens[k].start
                and (hit := ministry(person.post.text, reader.language_at(person.post.start)))
            ),
            None,
        )
        if minister is not None:
            post, sentence, (name, field) = minister
            yield tokens[k].start, organizations.named_by_title(name, field, post, sentence)
            return


def _post_referent(
    reader: Reader,
    post: Found,
    number: int,
    institutions_in: dict[int, list[Institution | PlaceFound]],
) -> Institution | None:
    """The institution named before that a post ending with "of the agency" stands for.

    "Tarik Ouazzani, chief executive of the exchange, … signed", "المدير العام
    للوكالة", "مدير المكتب": the noun, with its article, ends the post, or stands before
    it with "'s": "the bank's vice-president".
    """
    tokens = reader.tokens
    first = reader.first_token(post.start)
    if (
        4 <= first < len(tokens)
        and tokens[first - 1].key == "s"
        and tokens[first - 2].key in {"'", "’"}
        and tokens[first - 3].key in WORDS.anaphors
        and tokens[first - 4].key in _DEFINITE
    ):  # "the bank's vice-president": the bank named before
        return _referent(tokens[first - 3], number, institutions_in)
    last = reader.first_token(post.end) - 1
    if last < 1 or last >= len(tokens):
        return None
    noun = tokens[last]
    if noun.text.isascii() or noun.text[0] < "\u0600":
        before = _noun_before_title(reader, first, last)
        if before is not None:  # "Regional council president X": the council named before
            return _referent(before, number, institutions_in)
        if noun.key not in WORDS.anaphors or tokens[last - 1].key not in _DEFINITE_OR_ELIDED:
            return None
        return _referent(noun, number, institutions_in, before=post.start)
    if noun.key.startswith("ال") and noun.key in WORDS.anaphors:
        return _referent(noun, number, institutions_in, before=post.start)  # "مدير المكتب"
    form = next((f for f in noun.forms[1:] if f in WORDS.anaphors and f.startswith("ال")), None)
    if form is None or not noun.key.startswith("لل"):
        return None
    return _referent(noun._replace(key=form), number, institutions_in, before=post.start)


_WORD = re.compile(r"\w+")
"""A word of a title or a name, compared with another's by its normalised letters."""


def _commune_of_mayor(post: Found, institutions: Sequence[Institution]) -> Institution | None:
    """The commune of the town a mayor's title names, if the article names that commune.

    "حمزة لحبابي، عمدة فاس" signs for «جماعة فاس», "Casablanca Mayor X" for the
    "Commune of Casablanca", "le maire d'Oujda" for "la commune d'Oujda": every other
    word of the commune's name is in the title.
    """
    title = set(_WORD.findall(normalize(post.text)))
    if WORDS.mayors.isdisjoint(title):
        return None
    for institution in institutions:
        words = _WORD.findall(normalize(institution.name.text))
        if WORDS.commune_heads.isdisjoint(words):
            continue
        town = {w for w in words if w not in WORDS.commune_heads and w not in _LINKS_OF_TOWN}
        if town and town <= title:
            return institution
    return None


_LINKS_OF_TOWN = frozenset(
    {"of", "the", "de", "d", "la", "l", "rural", "urban", "rurale", "urbaine"}
)
"""Words of a commune's name that are not its town's: "commune rurale de", "Commune of"."""


_DIRECTORATE_BACK = 3
"""Sentences before a signatory's in which the directorate their bare title names may be."""


def _directorate_before(
    post: Found,
    language: str,
    number: int,
    institutions_in: dict[int, list[Institution | PlaceFound]],
) -> Institution | None:
    """The directorate named just before that a director's title with no field stands for.

    "… la Direction régionale de la santé … de Béni Mellal-Khénifra (DRSPS) … signée …
    par la directrice régionale, Dr Naïma Ouchrif": the last one named whose name begins
    with the directorate the title makes.
    """
    start = bare_directorate(post.text, language)
    if start is None:
        return None
    key = normalize(start)
    for earlier in range(number, number - _DIRECTORATE_BACK - 1, -1):
        for institution in reversed(institutions_in.get(earlier, ())):
            if isinstance(institution, Institution) and normalize(institution.name.text).startswith(
                key
            ):
                return institution
    return None


def _noun_before_title(reader: Reader, first: int, last: int) -> Token | None:
    """The word of kind an English post puts before its title, with no name of its own.

    "Regional council president", "bank chief executive": the institution is the one
    of that kind named before; not "Tafraout Bank president", whose name is written.
    """
    tokens, roles = reader.tokens, reader.roles
    for k in range(first, last):
        if roles[k + 1] & TITLE_HEAD and tokens[k].key in WORDS.anaphors:
            if tokens[k].text[:1].isupper() and k > first:
                return None  # a name of its own ends with the word: "Tafraout Bank"
            return tokens[k]
    return None


_LONGEST_POST = 24
"""Words of a post looked through for the institution it names."""


class _Recalled:
    """The people named again in a sentence, by their surname or in full, and their institutions.

    "وقع السيد النعيمي … مذكرة تفاهم" after "الرئيس التنفيذي لغيمة للبنى الرقمية، خليفة
    سعيد النعيمي": the institution the post written beside the full name names, where the
    surname is written again, after an honorific or a verb of signing.
    """

    def __init__(
        self, reader: Reader, found_people: Sequence[Person], institutions: Sequence[Institution]
    ) -> None:
        self.reader = reader
        self.surnames: dict[str, list[tuple[tuple[str, ...], Person]]] = {}
        """Each name of a person with a post, whole, its surname ("Alaoui-Fennich",
        «العلوي الفنيش») or its last word, by its first word: the longest first."""
        self.whole: set[tuple[str, ...]] = set()
        """Whole names: written again in full, one needs no word before it to sign."""
        tokens = reader.tokens
        for person in found_people:
            first, end = reader.first_token(person.name.start), reader.first_token(person.name.end)
            if person.post is not None and end - first >= 2:
                for k in range(first, end):
                    if tokens[k].kind == WORD:
                        keys = tuple(token.key for token in tokens[k:end])
                        self.surnames.setdefault(keys[0], []).append((keys, person))
                        if k == first:
                            self.whole.add(keys)
        for forms in self.surnames.values():
            forms.sort(key=lambda form: -len(form[0]))
        self.names: dict[str, Institution] = {}
        """Each distinct name of the institutions, normalised: news and adversarial texts
        alike repeat theirs."""
        for institution in institutions:
            if institution.name.text:
                self.names.setdefault(normalize(institution.name.text), institution)
        self.found: dict[int, Institution | None] = {}

    def __call__(self, number: int) -> list[tuple[int, Person]]:
        """Where a surname is written again in sentence ``number``, and whose it is.

        After an honorific ("وقع السيد النعيمي", "avec Mme Alaoui-Fennich"), a verb of
        signing ("وقع الوزاني"), a bare title ("وقع الوزير المنصوري"), "alongside" ("signed
        alongside Bensouda") or "with" ("signed … with Alaoui-Fennich", «مع العلوي
        الفنيش»); or in Latin letters, before a verb of signing ("Sentissi then signed …").
        """
        reader = self.reader
        first, last = reader.token_range[number]
        tokens, roles = reader.tokens, reader.roles
        found = []
        for k in range(max(first, 1), last):
            forms = self.surnames.get(tokens[k].key)
            if forms is None:
                continue
            at = k - 2 if k > 1 and tokens[k - 1].key == "." else k - 1  # "M. Lahbabi"
            before = tokens[at].forms
            after = roles[at] & (HONORIFIC | SIGNING | TITLE_HEAD) or not (
                WORDS.co_signing.isdisjoint(before) and WORDS.counterparts.isdisjoint(before)
            )
            for keys, person in forms:
                end = k + len(keys)
                if (
                    person.sentence != number
                    and end <= last
                    and all(tokens[k + n].key == key for n, key in enumerate(keys))
                    and (
                        after
                        or _signs_next(tokens, roles, end - 1, last)
                        or (  # "Hind Ouazzani et Leila Fassi-Fihri, …, ont signé",
                            # "Lahbabi and Ghita Amrani, Atlasway founder, signed"
                            (keys in self.whole or tokens[k].text[:1].isupper())
                            and end < last
                            and _joins_next(tokens[end])
                            and _signs_later(roles, first, k, end, last)
                        )
                    )
                ):
                    found.append((tokens[k].start, person))
                    break
        return found

    def holds_surname(self, post: Found) -> bool:
        """Whether a post ends with a surname of someone named before: "الوزير المنصوري"."""
        end = self.reader.first_token(post.end) - 1
        if not 0 <= end < len(self.reader.tokens):
            return False
        key = self.reader.tokens[end].key
        return any(len(keys) == 1 for keys, _ in self.surnames.get(key, ()))

    def named_in(self, person: Person) -> Institution | None:
        """The institution with the longest name written inside the person's post, if any.

        The names looked up are the post's runs of words, the first one with or without
        a joined letter ("لغيمة للبنى الرقمية" holds "غيمة للبنى الرقمية"): as many as
        the post is long, whatever the number of institutions.
        """
        if id(person) not in self.found:
            assert person.post is not None
            words = normalize(person.post.text).split()[:_LONGEST_POST]
            best: Institution | None = None
            for i, word in enumerate(words):
                for first in _unjoined(word):
                    for j in range(i + 1, len(words) + 1):
                        found = self.names.get(" ".join((first, *words[i + 1 : j])))
                        if found is not None and (
                            best is None or len(found.name.text) > len(best.name.text)
                        ):
                            best = found
            self.found[id(person)] = best
        return self.found[id(person)]


def _unjoined(word: str) -> tuple[str, ...]:
    """A word of a post and the words it may be with its joined letter left out.

    "لغيمة" may be "غيمة"; "للمكتب" is "المكتب", the article's alef dropped after ل.
    """
    if len(word) <= 2:
        return (word,)
    if word.startswith("لل") and len(word) > 3:
        return (word, word[1:], "ال" + word[2:])
    return (word, word[1:])


def _joins_next(token: Token) -> bool:
    """Whether ``token`` joins a name to the next one: "et", "and", «وليلى»."""
    return token.key in WORDS.name_joiners or (
        len(token.forms) > 1 and token.key[:1] in WORDS.name_joiners
    )


def _signs_later(roles: Sequence[int], first: int, k: int, end: int, last: int) -> bool:
    """Whether the sentence ``first..last`` signs after ``k..end`` and not before it."""
    return not any(roles[m] & SIGNING for m in range(first, k)) and any(
        roles[m] & SIGNING for m in range(end, last)
    )


def _signs_next(tokens: Sequence[Token], roles: Sequence[int], k: int, last: int) -> bool:
    """Whether a capitalised Latin word at ``tokens[k]`` is the subject of a verb of signing.

    "Sentissi signed …", "Sentissi then signed …": the verb next, or after one word.
    """
    if not tokens[k].text[:1].isupper() or tokens[k].text[0] >= "\u0600":
        return False
    if k + 1 < last and roles[k + 1] & SIGNING:
        return True
    return k + 2 < last and tokens[k + 1].text.islower() and bool(roles[k + 2] & SIGNING)


def _with_possessor(reader: Reader, post: Found) -> Found:
    """A post with the country that owns it written before it ("Spain's"), if one is.

    Morocco's is left out: the dataset is Morocco's, its ministries are Morocco's.
    """
    tokens = reader.tokens
    index = reader.token_at(post.start)
    if index is None or index < 3:
        return post
    owner, mark, s = tokens[index - 3 : index]
    if (
        mark.key not in {"'", "’"}
        or s.key != "s"
        or owner.end != mark.start
        or owner.key in WORDS.home_country
        or not (owner.key in WORDS.places or owner.key in WORDS.not_names)
    ):
        return post
    return Found(owner.start, post.end, reader.masked[owner.start : post.end])


def _grouped(
    items: Sequence[Institution | PlaceFound],
) -> dict[int, list[Institution | PlaceFound]]:
    groups: dict[int, list[Institution | PlaceFound]] = collections.defaultdict(list)
    for item in items:
        groups[item.sentence].append(item)
    return groups


_DEFINITE = frozenset({"l", "la", "le", "the", "cette", "cet", "ce", "this", "that"})
_DEFINITE_OR_ELIDED = _DEFINITE | {"'"}
"""Words before a noun that make it one spoken of before: "the company", "l'accord"."""


def _separate(
    reader: Reader,
    mentions: Sequence[AgreementFound],
    institutions_in: dict[int, list[Institution | PlaceFound]],
    present_from: _Present,
    organizations: Organizations,
    signed_for: Signed,
) -> list[list[AgreementFound]]:
    """The mentions of one kind of instrument, grouped by the agreement they report.

    Mentions are one agreement ("signed a memorandum … the memorandum was signed by")
    unless a sentence names parties of its own, one of them a party the mentions
    before did not name, and does not call it the one spoken of ("the agreement",
    "l'accord", "الاتفاقية"): "the agency and Karama Group signed an agreement …
    Separately, the agency renewed its agreement with Teranga Data Systems" reports
    two, and so does "وقعت ميريديا وسيرفان اتفاقية شراكة … ووقع المعهد وميريديا
    اتفاقية شراكة". The one the title reports is the one the article tells of.
    Instruments named for other purposes ("a framework agreement … a financing
    agreement") are two, whoever signs them, and so is an amendment after an agreement
    ("… ont par ailleurs signé un avenant à la convention qui les lie").
    """
    groups: list[list[AgreementFound]] = []
    parties: list[set[str]] = []
    purposes: list[frozenset[str]] = []
    amended: list[bool] = []
    for mention in mentions:
        purpose = _purposes(mention)
        own = {
            organizations.add(institution).record.id
            for institution in institutions_in.get(mention.sentence, ())
            if isinstance(institution, Institution)
            and not present_from.excludes(mention.sentence, institution.name.start)
            and not institution.made
        } | {candidate.record.id for _, candidate in signed_for.get(mention.sentence, ())}
        if not own:  # "The ministry signed a contract with the company": those named before
            own = {
                organizations.add(referent).record.id
                for referent in _referents(reader, mention.sentence, institutions_in, present_from)
            }
        another_purpose = bool(
            groups
            and (
                (
                    purpose
                    and purpose.isdisjoint(purposes[-1])
                    and (purposes[-1] or not all(_generic(m) for m in groups[-1]))
                )
                or (
                    not purpose
                    and purposes[-1]
                    and not _generic(mention)
                    and not _definite_mention(reader, mention)
                )
            )
        )  # "a framework agreement … a financing agreement": two, whoever signs them; so
        # are "une convention de partenariat … le contrat de financement", and "a grant
        # agreement …, along with a partnership agreement"
        amending = _amending(reader, mention)
        under_framework = bool(
            groups
            and purposes[-1] & WORDS.framework_purposes
            and not purpose & WORDS.framework_purposes
            and (not _generic(mention) or _complemented(reader, mention))
            and not _definite_mention(reader, mention)
        )  # "un accord-cadre … une convention de cotutelle": one made under it, another
        if (
            groups
            and not another_purpose
            and not under_framework
            and (
                not mention.ordinal  # "La première, … La seconde, …": each one of them
                or all(_title_line(reader, m.sentence) for m in groups[-1])
            )  # but the headline's "signs deal with Rabat startup" may be the first
            and not _another(reader, mention)  # "a separate agreement", "اتفاقية أخرى"
            and not (amending and not amended[-1])  # "… et un avenant à la convention …"
            and (
                not own
                or not parties[-1]
                or own <= parties[-1]
                or _definite_mention(reader, mention)
                or _title_line(reader, mention.sentence)
                or (len(groups) == 1 and all(_title_line(reader, m.sentence) for m in groups[0]))
            )
        ):
            groups[-1].append(mention)
            if not parties[-1] or not _definite_mention(reader, mention):
                parties[-1] |= own  # not "أما الاتفاقية الثانية … شركة X": the parties of
            purposes[-1] |= purpose  # a sentence that may name another agreement
        elif (
            earlier := _earlier_group(mention, own, purpose, parties, purposes, reader)
        ) is not None:
            groups[earlier].append(mention)  # "a partnership agreement … a grant agreement
            # … The new agreement was signed by" the partnership's parties: the first again
            purposes[earlier] |= purpose
        else:
            groups.append([mention])
            parties.append(own)
            purposes.append(purpose)
            amended.append(amending)
    return groups


def _earlier_group(
    mention: AgreementFound,
    own: set[str],
    purpose: frozenset[str],
    parties: list[set[str]],
    purposes: list[frozenset[str]],
    reader: Reader,
) -> int | None:
    """The group before the last whose parties include all a mention names, if one does.

    An instrument named again after another was reported, by its parties alone, is the
    one they signed, unless it is written as one more, an amendment or one counted.
    """
    if (
        not own
        or mention.ordinal
        or _another(reader, mention)
        or _amending(reader, mention)
        or len(parties) < 2
    ):
        return None
    return next(
        (
            g
            for g in range(len(parties) - 2, -1, -1)
            if own <= parties[g] and not (purpose and purpose.isdisjoint(purposes[g]))
        ),
        None,
    )


_COMPLEMENTS = frozenset({"de", "d", "on", "for", "pour", "sur"})
"""Words after an instrument's word that say what it is for: "une convention de
cotutelle", "an agreement on co-supervised theses"."""


def _complemented(reader: Reader, mention: AgreementFound) -> bool:
    """Whether what an instrument is for follows its word: "اتفاقية للإشراف المشترك"."""
    tokens = reader.tokens
    k = reader.first_token(mention.name.end)
    if k >= len(tokens) or tokens[k].kind != WORD:
        return False
    token = tokens[k]
    if token.text[:1] >= "\u0600":
        return token.key[:1] == "ل" and len(token.forms) > 1
    return token.key in _COMPLEMENTS


def _generic(mention: AgreementFound) -> bool:
    """Whether an instrument is named by a word any agreement may go by ("agreement")."""
    return _generic_word(mention.name.text)


def _generic_word(text: str) -> bool:
    """Whether ``text`` is a word any agreement may go by: "agreement", «الاتفاقية»."""
    return normalize(text) in WORDS.generic_agreements


def _amending(reader: Reader, mention: AgreementFound) -> bool:
    """Whether an instrument amends another, an agreement of its own whoever signs it.

    "un avenant à la convention …", "a supplementary agreement", "ملحقا لاتفاقية الشراكة".
    """
    tokens = reader.tokens
    first = reader.first_token(mention.name.start)
    return any(
        has(tokens[k], WORDS.amendments)
        for k in range(max(0, first - _BEFORE_INSTRUMENT), first + 1)
        if k < len(tokens)
    )


_BEFORE_INSTRUMENT = 2
"""Tokens before an instrument's name in which a word of amending ("un avenant à") or
of one more ("a separate agreement") may stand."""


def _another(reader: Reader, mention: AgreementFound) -> bool:
    """Whether an instrument is written as one more beside those named before.

    "a separate agreement", "une convention distincte", "اتفاقية أخرى"; not "the other
    agreement", one spoken of.
    """
    tokens = reader.tokens
    first = reader.first_token(mention.name.start)
    after = reader.first_token(mention.name.end)
    around = [*range(max(0, first - _BEFORE_INSTRUMENT), first), after]
    return not _definite_mention(reader, mention) and any(
        k < len(tokens) and tokens[k].key in WORDS.other_instruments for k in around
    )


def _purposes(mention: AgreementFound) -> frozenset[str]:
    """The words of an instrument's name that say what it is for ("financing", "cadre")."""
    meanings = WORDS.agreement_purposes
    return frozenset(
        meanings[word] for word in normalize(mention.name.text).split() if word in meanings
    )


def _title_line(reader: Reader, number: int) -> bool:
    """Whether sentence ``number`` is in the article's title.

    A title is its first line, with no full stop at its end, and text under it; it may
    hold more than one sentence ("بعد استحواذها على "صوتية لابس".. "تيدار تيليكوم" توقع
    مذكرة تفاهم"). The agreement a title reports is the one the article tells of,
    whatever parties each names.
    """
    tokens, text = reader.tokens, reader.masked
    if not tokens or number not in reader.bounds:
        return False
    line_end = text.find("\n", tokens[0].start)
    if line_end < 0 or reader.bounds[number][0] >= line_end:
        return False
    last = reader.first_token(line_end)
    return 0 < last < len(tokens) and tokens[last - 1].key not in {".", "!", "?"}


def _as_named_before(reader: Reader, mention: AgreementFound) -> AgreementFound:
    """A generic mention written as one spoken of, as the instrument last named before it.

    "The launch came with a protocol agreement between … The agreement was signed by …":
    the protocol, named where no signing is reported, is the agreement signed.
    """
    if not _definite_mention(reader, mention):
        return mention
    tokens = reader.tokens
    first = reader.first_token(mention.name.start)
    for k in reversed(reader.where(AGREEMENT)):
        if k >= first or (k > 0 and tokens[k - 1].key in WORDS.verb_markers):
            continue
        hit = longest(tokens, k, _AGREEMENTS)
        if hit is not None and not _generic_at(tokens, k, hit[0]):
            return mention._replace(kind=hit[1])
    return mention


def _generic_at(tokens: Sequence[Token], k: int, length: int) -> bool:
    """Whether the instrument's words at ``tokens[k]`` are a generic word ("agreement")."""
    return length == 1 and _generic_word(tokens[k].text)


def _definite_mention(reader: Reader, mention: AgreementFound) -> bool:
    """Whether an instrument is named as one already spoken of: "the agreement", "الاتفاقية".

    A compound written with a hyphen may stand between the article and the noun: "the
    four-party deal".
    """
    first = reader.first_token(mention.name.start)
    token = reader.tokens[first]
    if not token.text.isascii() and token.text[0] >= "\u0600":
        return mention.name.text.startswith("ال")
    tokens = reader.tokens
    k = first - 1
    if k >= 2 and tokens[k - 1].key == "-":  # "the four-party deal", "the 10-year deal"
        while k >= 2 and tokens[k - 1].key == "-":
            k -= 2
        k -= 1
    if k >= 0 and tokens[k].key == "'":
        k -= 1
    return k >= 0 and tokens[k].key in _DEFINITE


def _by_kind(
    reader: Reader, agreements: Sequence[AgreementFound]
) -> dict[AgreementKind, list[AgreementFound]]:
    """The agreements by kind; "the agreement" is the one instrument named more precisely.

    A generic word ("accord", "agreement") names a kind of its own only when the
    article names no instrument more precisely; otherwise a generic mention is the
    instrument named last before it, or the only kind named ("signed a memorandum …
    signed the agreement"; "اتفاقية إطار … ووقع الاتفاقية …، ووقعت … مذكرة تفاهم"),
    unless it brings in an instrument of another kind ("une convention-cadre … Le même
    jour, l'Office a signé un protocole avec …"), or names one first ("Un protocole a été
    signé … Le même jour, … une convention de partenariat"). A generic mention before
    every precise one is the first after it when that one is named as already spoken
    of ("signed a deal with X … The partnership agreement was signed by …").
    """
    generic = [a for a in agreements if _generic(a)]
    precise = [a for a in agreements if not _generic(a)]
    if not precise:
        generic = [_as_named_before(reader, mention) for mention in generic]
    by_kind: dict[AgreementKind, list[AgreementFound]] = {}
    for agreement in precise or generic:
        by_kind.setdefault(agreement.kind, []).append(agreement)
    if not precise:
        return by_kind
    named_in = {a.sentence for a in precise}
    apart: AgreementKind | None = None  # the kind of a generic mention written as new
    for mention in generic:
        if (
            mention.sentence in named_in
            and not _another(reader, mention)
            and not _in_a_clause_of_its_own(reader, mention, precise)
        ):
            continue  # "الاتفاقية الثالثة، فهي اتفاقية شراكة": named precisely there
        before = [a for a in precise if a.name.start < mention.name.start]
        if (
            before
            and mention.kind is not before[-1].kind
            and not _definite_mention(reader, mention)
        ):
            by_kind.setdefault(mention.kind, []).append(mention)  # un protocole: another one
            continue
        if (
            not before
            and mention.kind is not AgreementKind.PARTNERSHIP_AGREEMENT
            and mention.kind not in by_kind
            and not _definite_mention(reader, mention)
        ):  # "Un protocole a été signé … Le même jour, … une convention de partenariat"
            by_kind[mention.kind] = [mention]
            continue
        after = [a for a in precise if a.name.start > mention.name.start]
        if before:
            kind = before[-1].kind
        elif _introduced_apart(reader, mention, after[0]):
            kind = apart = mention.kind  # "signed an agreement … also signed a memorandum"
        elif apart is not None and _definite_mention(reader, mention):
            kind = apart  # "signed a deal … The agreement was signed by …": that deal
        elif len(by_kind) == 1:
            (kind,) = by_kind
        elif _definite_mention(reader, after[0]):
            kind = after[0].kind  # "signed a deal with X. The partnership agreement was …"
        else:
            continue
        by_kind.setdefault(kind, []).append(mention._replace(kind=kind))
    for every in by_kind.values():
        every.sort(key=lambda a: a.name.start)
    return by_kind


def _in_a_clause_of_its_own(
    reader: Reader, mention: AgreementFound, precise: Sequence[AgreementFound]
) -> bool:
    """Whether a generic mention is written as new after a clause break ("tandis que").

    "L'ANEF a signé un mémorandum …, tandis que l'AGPO et Haliya Energy ont conclu une
    convention": after a precise instrument of its sentence, another clause and its
    own signing.
    """
    if _definite_mention(reader, mention):
        return False
    tokens = reader.tokens
    after = reader.first_token(mention.name.end)
    if after < len(tokens) and tokens[after].key.startswith("ال"):
        return False  # "فيما وقعت اتفاقية التمويل …": in construct, the one spoken of
    turns = _turns(reader, (mention.sentence,)).get(mention.sentence, ())
    return any(
        other.sentence == mention.sentence
        and any(other.name.end <= turn < mention.name.start for turn in turns)
        for other in precise
    )


def _introduced_apart(reader: Reader, generic: AgreementFound, precise: AgreementFound) -> bool:
    """Whether a generic mention and the precise one after it are each written as new.

    "signed an agreement on Monday … also signed a memorandum of understanding with X":
    neither is named as one spoken of, in sentences of their own, and the generic one is
    not in the title (which names an agreement in brief): two instruments.
    """
    return (
        generic.sentence != precise.sentence
        and not _definite_mention(reader, generic)
        and not _definite_mention(reader, precise)
        and not _title_line(reader, generic.sentence)
    )


def partnership_candidates(
    reader: Reader,
    organizations: Organizations,
    institutions: Sequence[Institution],
    places: dict[str, PlaceCandidate],
    place_finds: Sequence[PlaceFound],
    dates: Sequence[DateMention],
    agreements: Sequence[AgreementFound] | None = None,
    signed_for: Signed | None = None,
) -> list[PartnershipCandidate]:
    """One candidate per kind of instrument the article reports signed.

    ``agreements`` are those :func:`find_agreements` finds (found again when not
    given); ``signed_for`` what :func:`signatories` gives.
    """
    if agreements is None:
        agreements = find_agreements(reader)
    signed_for = signed_for or {}
    signed = _signed(reader)
    signed_next = _signed_next(reader)
    present_from = _Present(reader)
    named = {agreement.sentence for agreement in agreements}
    institutions_in, places_in = _grouped(institutions), _grouped(place_finds)
    speakers = _Reported(reader, institutions_in)
    dates_in = reader.by_sentence(dates)
    listed, announced = _enumerated(reader, agreements)
    named_by_rank = {a.name.start for a in listed}  # "La seconde, une convention de …"
    agreements = [
        a for a in agreements if a not in announced and a.name.start not in named_by_rank
    ] + listed
    by_kind = _by_kind(reader, agreements)
    grouped = [
        (kind, group)
        for kind, every in by_kind.items()
        for group in _separate(
            reader, every[:MENTIONS], institutions_in, present_from, organizations, signed_for
        )
    ]
    reported = _without_summaries(reader, grouped, institutions_in)
    others_at = _other_instruments_at(group for _, group in reported)
    turns = _turns(reader, (n for n, at in others_at.items() if len({g for _, g in at}) > 1))
    result = []
    for kind, found_here in reported:
        parties: dict[str, str] = {}
        date: PartialDate | None = None
        place: PlaceCandidate | None = None
        citations = []
        for agreement in found_here:
            fields = []
            sentences = _sentences(agreement, signed, named)
            referents = _referents(reader, agreement.sentence, institutions_in, present_from)
            if (
                not referents
                and not any(
                    not present_from.excludes(number, i.name.start)
                    for number in sentences
                    for i in institutions_in.get(number, ())
                )
                and not any(number in signed_for for number in sentences)
            ):
                # "Stellantis va porter … La convention a été paraphée en présence de …":
                # an instrument signed by no one named is the institutions' named just before.
                earlier = _named_just_before(agreement.sentence, institutions_in)
                if earlier is not None:
                    sentences.append(earlier)
            if agreement.counted_by is not None:
                signers, told = _signers_of_count(
                    reader, agreement.counted_by, signed_for, institutions_in, present_from
                )
                if told != agreement.counted_by.sentence and _names_own_parties(
                    agreement.sentence, institutions_in, present_from, signed_for
                ):
                    signers = []  # "Two more documents were inked. … A third convention,
                    # signed by the BNRM, Nassikh AI and …": its own, not those before the count
                for signer in signers:
                    candidate = (
                        organizations.add(signer) if isinstance(signer, Institution) else signer
                    )
                    parties.setdefault(candidate.record.id, candidate.name)
                if signers:
                    citations.append(reader.cite(reader.sentence(told), ["parties"]))
            for number in sentences:
                if number not in reader.bounds or number in signed_next:
                    continue  # "Le conseil a approuvé la convention": no party
                in_sentence = list(signed_for.get(number, ()))
                for institution in institutions_in.get(number, ()):
                    assert isinstance(institution, Institution)
                    if not present_from.excludes(number, institution.name.start) and not (
                        speakers.excludes(number, institution.name.start)
                        or institution.made
                        or _hosts(reader, institution)
                        or _oversees(reader, institution)
                        or _owns_party(reader, institution)
                        or (
                            number == agreement.sentence
                            and _others_clause(
                                agreement,
                                others_at,
                                institution.name.start,
                                turns.get(number, ()),
                            )
                        )
                    ):
                        in_sentence.append((institution.name.start, organizations.add(institution)))
                for _, candidate in sorted(in_sentence, key=lambda item: item[0]):
                    parties.setdefault(candidate.record.id, candidate.name)
                    if number == agreement.sentence:
                        fields.append("parties")
            for referent in referents:
                candidate = organizations.add(referent)  # "L'établissement a signé …"
                parties.setdefault(candidate.record.id, candidate.name)
            described = _described(reader, agreement.sentence, institutions_in, present_from)
            for _, institution in described:  # "signed by a university …": named after
                candidate = organizations.add(institution)
                parties.setdefault(candidate.record.id, candidate.name)
            for after in dict.fromkeys(after for after, _ in described):
                citations.append(reader.cite(reader.sentence(after), ["parties"]))
            for number in sentences[1:]:
                if number in reader.bounds and any(
                    not present_from.excludes(number, i.name.start)
                    for i in institutions_in.get(number, ())
                ):
                    citations.append(reader.cite(reader.sentence(number), ["parties"]))
            in_dates = sorted(
                (
                    m
                    for m in dates_in.get(agreement.sentence, ())
                    if m.precision is not Precision.YEAR and agreement.sentence not in signed_next
                ),  # not the day the council approved it
                key=lambda m: in_dateline(reader, m),
            )  # "Tanger, 14 mars 2026 (MAP) – … ont signé mardi": the day of the signing
            if date is None and in_dates:
                date = in_dates[0].value
                fields.append("date")
            local = [
                p
                for p in places_in.get(agreement.sentence, ())
                if isinstance(p, PlaceFound) and not is_country(p)
            ]
            if place is None and local:
                place = places[local[0].key]
                fields.append("place")
            citations.append(reader.cite(reader.sentence(agreement.sentence), fields))
        if (
            kind is AgreementKind.AGREEMENTS
            and not parties
            and len(reported) > 1
            and all(_instruments_counted(reader, m) is None for m in found_here)
        ):
            continue  # "under agreements signed on Monday" beside the ones named: no more
        first = max(found_here, key=lambda agreement: len(agreement.name.text))
        name = first.name.text
        matched = _known_partnership(reader.dataset, kind, tuple(parties))
        record = Partnership(
            id=matched
            or reader.ids.new(" ".join([*list(parties.values())[:1], kind.value]), "partnership"),
            name=names_in(reader, name, first.name.start),
            kind=kind,
            parties=tuple(parties),
            date=date,
            place=None if place is None else place.record.id,
            citations=tuple(dict.fromkeys(citations)),
        )
        result.append(
            PartnershipCandidate(
                quote=reader.text[first.name.start : first.name.end],
                span=(first.name.start, first.name.end),
                match=matched,
                name=name,
                kind=kind,
                parties=tuple(parties.values()),
                date=date,
                place=None if place is None else place.name,
                record=record,
            )
        )
    return result


def _other_instruments_at(
    groups: Iterable[Sequence[AgreementFound]],
) -> dict[int, list[tuple[int, int]]]:
    """Where in each sentence the instruments of each agreement are named.

    Sentence number: ``(start, group)`` for each mention, in order of ``start``.
    """
    at: dict[int, list[tuple[int, int]]] = {}
    for g, group in enumerate(groups):
        for mention in group:
            at.setdefault(mention.sentence, []).append((mention.name.start, g))
    for mentions in at.values():
        mentions.sort()
    return at


def _others_clause(
    agreement: AgreementFound,
    others_at: dict[int, list[tuple[int, int]]],
    position: int,
    breaks: Sequence[int] = (),
) -> bool:
    """Whether ``position`` is in the clause of another agreement named in the same sentence.

    "SREAT signed the grant agreement with the bank on Wednesday, along with a
    partnership agreement with Sonavea": the words after an instrument, up to the next
    agreement's, are its own; the words before the first are every one's (who signs).
    Past a word that turns the sentence (``breaks``: "tandis que", "while", "فيما"), they
    are the next instrument's: "… un mémorandum avec X, tandis que A et B ont conclu une
    convention"; and the words before the first are no longer those of an instrument named
    past the turn: "X signed a cooperation agreement with Y, while Z inked a memorandum
    with W".
    """
    mentions = others_at.get(agreement.sentence, [])
    group = next((g for start, g in mentions if start == agreement.name.start), None)
    if group is None or len({g for _, g in mentions}) < 2:
        return False
    before = [(start, g) for start, g in mentions if start < position]
    if not before:
        first_start, first = mentions[0]
        return first != group and any(first_start < turn < agreement.name.start for turn in breaks)
    start, owner = before[-1]
    if any(start < turn < position for turn in breaks):
        owner = next((g for at, g in mentions if at > position), owner)
    return owner != group


def _turns(reader: Reader, numbers: Iterable[int]) -> dict[int, list[int]]:
    """Where each of the sentences ``numbers`` turns ("tandis", "while", "فيما"), if it does."""
    tokens = reader.tokens
    turns: dict[int, list[int]] = {}
    for number in numbers:
        first, last = reader.token_range[number]
        at = [tokens[k].start for k in range(first, last) if _breaks(tokens[k])]
        if at:
            turns[number] = at
    return turns


_SEAT_REACH = 3
"""Tokens between a word for a seat and the institution whose seat it is, at most."""
_BY = frozenset({"by", "par"})
"""Words before who signs, which no seat's institution follows."""


def _hosts(reader: Reader, institution: Institution) -> bool:
    """Whether an institution is named as the one whose seat a signing is held at.

    "بالمقر المركزي لبنك المغرب", "au siège de la CDG", "at the headquarters of OCP",
    "at OCP's headquarters": where the signing is, not who signs. Not "احتضن مقر المركز
    …": the seat as the sentence's subject, whose institution may sign too.
    """
    tokens, sentence_of = reader.tokens, reader.sentence_of
    first = reader.first_token(institution.name.start)
    for k in range(first - 1, max(first - 1 - _SEAT_REACH, 0), -1):
        if sentence_of[k] != sentence_of[first] or tokens[k].key in _BY:
            break  # "at the provincial headquarters by ADS Director General X": who signs
        if not WORDS.seats.isdisjoint(tokens[k].forms) and _at(tokens, k):
            return True
    if not _at(tokens, first):
        return False
    for k in range(reader.first_token(institution.name.end), len(tokens)):
        if not WORDS.seats.isdisjoint(tokens[k].forms):
            return True
        if tokens[k].key not in _POSSESSIVE_MARKS:
            break
    return False


_BEFORE_NAME = frozenset({"'", "’", "l", "la", "le", "the"})
"""Articles and elisions between a phrase and the name after it: "sous l'égide de l'ADD"."""
_PARENT_REACH = 5
"""Tokens between the comma that opens an apposition and the word that says whose part."""
_OF_REACH = 3
"""Tokens between "of" or "de" and the owner's name: "de la banque Amal Bank"."""


def _owns_party(reader: Reader, institution: Institution) -> bool:
    """Whether an institution is named only as what the party before it belongs to.

    "the Al Wifaq Foundation, the rural development arm of Al Wifaq Bank, and …", "la
    Fondation X, filiale de la banque Y", «كلية العلوم بأكادير، التابعة لجامعة ابن زهر،»:
    an apposition says whose the party is; the owner signs nothing.
    """
    tokens = reader.tokens
    k = reader.first_token(institution.name.start + 1) - 1  # «لجامعة»: the token holding it
    if k <= 0:
        return False
    if tokens[k].text[:1] >= "\u0600":
        return (
            k > 1
            and tokens[k - 1].key in WORDS.attached
            and tokens[k - 2].key in COMMAS
            and tokens[k].key[:1] == "ل"
        )  # "كلية العلوم بأكادير، التابعة لجامعة ابن زهر،": set off by commas
    if tokens[k - 1].key == "(":  # "filiale de l'Office Amal (OA)": its initials too
        k -= 1
        while k > 0 and tokens[k - 1].text[:1].isupper():
            k -= 1
    of = next(
        (m for m in range(k - 1, max(k - 1 - _OF_REACH, 0), -1) if tokens[m].key in _OF), None
    )  # "filiale de la banque Amal Bank": past its article and its word of kind
    if of is None or any(
        tokens[m].key not in _BEFORE_NAME and not tokens[m].text.islower() for m in range(of + 1, k)
    ):
        return False
    for m in range(of - 1, max(of - 1 - _PARENT_REACH, 0), -1):
        if tokens[m].key == ",":
            return False
        if tokens[m].key in WORDS.parent_links:
            return any(tokens[n].key == "," for n in range(max(m - _PARENT_REACH, 0), m))
    return False


def _oversees(reader: Reader, institution: Institution) -> bool:
    """Whether an institution is named as overseeing what is signed, so signs nothing.

    "The service, which operates under the supervision of Bank Al-Maghrib, … where the
    two companies also signed", "sous l'égide de l'ADD", «تحت إشراف بنك المغرب».
    """
    tokens = reader.tokens
    k = reader.first_token(institution.name.start)
    while k > 0 and tokens[k - 1].key in _BEFORE_NAME:
        k -= 1
    return any(phrase_at(tokens, k - len(phrase), phrase) for phrase in WORDS.oversight)


def _at(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]`` says where: "ب" joined to it, or "au", "at" a few words before.

    "au siège", "at the headquarters", "à l'ancien siège".
    """
    if tokens[k].text[0] >= "\u0600":
        return tokens[k].key[:1] == "ب"
    return any(tokens[m].key in _AT for m in range(max(0, k - _AT_REACH), k))


_AT = frozenset({"au", "a", "dans", "at", "in"})
"""Keys of the words before a seat that say where something is held: "au siège", "à son
siège" (the key of à is a), "at the headquarters"."""
_AT_REACH = 4
"""Tokens before a seat within which the word that says where stands: "à l'ancien siège"."""
_POSSESSIVE_MARKS = frozenset({"'", "’", "s"})
"""What stands between an English owner and what is its: "OCP's headquarters"."""


_ORDINALS_AFTER = 3
"""Sentences after a count of instruments in which its first ordinal may name the first."""
_NAMED_ORDINALS_AFTER = 12
"""Sentences after a count in which its first ordinal may name the first when the noun of
an instrument goes with it ("The first agreement, a partnership agreement between …"),
past the paragraphs of background a story gives before it."""
_NEXT_ORDINAL_AFTER = 6
"""Sentences after an ordinal that named an instrument in which the next may name the next:
what the first says of its own (its signatories, its budget, a quote) comes between."""
_CLAUSE_STARTS = frozenset({";", "؛", "فيما", "بينما", "et", "and"})
"""Words after which a clause, and an ordinal naming an instrument, may start (as after
"و" joined to a word): "…, et la seconde réunit …"."""
_CLAUSE_REACH = 3
"""Tokens from a sentence's start within which an ordinal opens it ("Under the second,")."""


def _enumerated(
    reader: Reader, agreements: Sequence[AgreementFound]
) -> tuple[list[AgreementFound], set[AgreementFound]]:
    """The instruments a count announces and ordinals then name, and the counts so told.

    "Deux conventions spécifiques l'accompagnent. La première, entre l'OFPPT et X, …
    La seconde, signée par …", "Two specific agreements were signed. The first, …
    Under the second, …", "اتفاقيتين خاصتين؛ تجمع الأولى … فيما وقع الثانية …": each
    ordinal, at the start of a clause, is one agreement, with the parties its sentence
    names; the count is none of its own once every one it counts is named so. The first
    ordinal comes within `_ORDINALS_AFTER` sentences of the count (`_NAMED_ORDINALS_AFTER`
    with the noun of an instrument: "The first agreement, …"), each next within
    `_NEXT_ORDINAL_AFTER` of the one before, and none after the next count.
    """
    tokens = reader.tokens
    signed = _signed(reader)
    listed: list[AgreementFound] = []
    announced: set[AgreementFound] = set()
    counts = {
        mention: _instruments_counted(reader, mention) for mention in _counts(reader, agreements)
    }
    count_starts = {  # not "The first of Tuesday's deals": no number counts them
        reader.first_token(mention.name.start) for mention, count in counts.items() if count
    }
    for mention, count in counts.items():
        if count is None or count < 2:
            continue
        found: list[AgreementFound] = []
        for k in range(reader.first_token(mention.name.end), len(tokens)):
            if k in count_starts:
                break  # "Deux conventions l'accompagnent. La première …": the next count's
            reach = (
                found[-1].sentence + _NEXT_ORDINAL_AFTER
                if found
                else mention.sentence + _ORDINALS_AFTER
            )
            far = reach if found else mention.sentence + _NAMED_ORDINALS_AFTER
            if reader.sentence_of[k] > far or len(found) == count:
                break
            near = reader.sentence_of[k] <= reach
            if (
                _ordinal_rank(tokens[k]) == len(found) + 1
                and (
                    near
                    or _past_ordinal_noun(reader, k) > k + 1
                    or _said_to_be(reader, k) is not None
                )
                and _ranks(reader, k)
            ):
                found.append(_precise_at(reader, k) or _ordinal_mention(reader, k))
            elif near and (one := _listed_at(reader, k, mention)) is not None:
                found.append(one)
        if len(found) == count and any(
            number in signed for number in range(mention.sentence, found[-1].sentence + 1)
        ):
            starts = {one.name.start for one in listed}
            listed += [one for one in found if one.name.start not in starts]
            announced.add(mention)
    return listed, announced


_EARLIER_REACH = 3
"""Sentences before an instrument, or a count of them, that may name who signed them when
no one is named as signing."""
_LIST_OPENERS = WORDS.list_openers | {","}
"""Words before an instrument listed at the start of a sentence: "Enfin, un contrat de …"."""
_APOSTROPHES = frozenset({"'", "’"})
"""Apostrophes, passed over in the phrases that open an instrument ("Aux termes d'une")."""


def _signers_of_count(
    reader: Reader,
    count: AgreementFound,
    signed_for: Signed,
    institutions_in: Mapping[int, Sequence[Institution | PlaceFound]],
    present_from: _Present,
) -> tuple[list[Institution | OrganizationCandidate], int]:
    """Who signed every instrument a count announced, and the sentence that says so.

    The institutions of the people its sentence says signed, and those it names but
    not as the other side ("La DGM a signé trois accords avec …", "signed two
    agreements for the Water Board"); when it names none ("Benzerrouk signed three
    agreements"), those of the sentences just before, as for an instrument signed by
    no one named.
    """
    number = count.sentence
    signers: list[Institution | OrganizationCandidate] = [
        candidate for _, candidate in signed_for.get(number, ())
    ]
    signers += [
        institution
        for institution in institutions_in.get(number, ())
        if isinstance(institution, Institution)
        and not _counterpart_between(reader, count, institution)
        and not present_from.excludes(number, institution.name.start)
        and not _hosts(reader, institution)
    ]
    told = None if signers else _named_just_before(number, institutions_in)
    if told is None:
        return signers, number
    return [
        institution
        for institution in institutions_in.get(told, ())
        if isinstance(institution, Institution)
        and not present_from.excludes(told, institution.name.start)
    ], told


def _names_own_parties(
    number: int,
    institutions_in: Mapping[int, Sequence[Institution | PlaceFound]],
    present_from: _Present,
    signed_for: Signed,
) -> bool:
    """Whether sentence ``number`` names signers: people who sign, or two institutions."""
    named = [
        institution
        for institution in institutions_in.get(number, ())
        if isinstance(institution, Institution)
        and not present_from.excludes(number, institution.name.start)
    ]
    return number in signed_for or len(named) > 1


def _named_just_before(
    number: int, institutions_in: Mapping[int, Sequence[Institution | PlaceFound]]
) -> int | None:
    """The nearest of the few sentences before ``number`` that names an institution."""
    return next(
        (n for n in range(number - 1, number - _EARLIER_REACH - 1, -1) if institutions_in.get(n)),
        None,
    )


def _counterpart_between(reader: Reader, count: AgreementFound, institution: Institution) -> bool:
    """Whether a word before the other side stands between a count and an institution."""
    tokens = reader.tokens
    first, last = sorted((count.name.start, institution.name.start))
    return any(
        tokens[k].key in WORDS.counterparts
        for k in range(reader.first_token(first), reader.first_token(last))
    )


def _listed_at(reader: Reader, k: int, count: AgreementFound) -> AgreementFound | None:
    """The instrument an indefinite article opening a sentence at ``tokens[k]`` lists.

    After a count ("Trois accords ont été signés."), "Une convention de partenariat
    avec …", "A memorandum of understanding with …", "And a licensing agreement …"
    name them one by one, each one of them; so does "Under a partnership agreement on
    funding, …" (``instrument_openers``), unless a year says it is an older one ("En
    vertu d'un accord de 2015").
    """
    tokens = reader.tokens
    if tokens[k].key not in WORDS.indefinite_articles or k + 1 >= len(tokens):
        return None
    start = reader.token_range[reader.sentence_of[k]][0]
    before = [tokens[m].key for m in range(start, k) if tokens[m].key not in _APOSTROPHES]
    opened = tuple(before) in WORDS.instrument_openers
    if not opened and any(key not in _LIST_OPENERS for key in before):
        return None
    at = (
        k + 2
        if k + 2 < len(tokens)
        and (tokens[k + 1].key in WORDS.separate_words or _ordinal_rank(tokens[k + 1]))
        else k + 1
    )  # "In a separate memorandum of understanding, …", "A third convention, signed by …"
    hit = longest(tokens, at, _AGREEMENTS)
    if hit is None:
        return None
    length, kind = hit
    if opened and _year_in_clause(reader, at + length):
        return None
    name = found(reader.masked, tokens, at, at + length - 1, _prefix(tokens[at]))
    return AgreementFound(name, kind, reader.sentence_of[k], True, count)


_PRECISE_REACH = 4
"""Tokens after an Arabic ordinal within which the instrument it is said to be is named."""


def _precise_at(reader: Reader, k: int) -> AgreementFound | None:
    """The instrument an Arabic ordinal at ``tokens[k]`` is said to be, named just after it.

    «وتتعلق الوثيقة الأولى باتفاقية إطار …», «أما الوثيقة الثانية فهي مذكرة تفاهم»,
    «الوثيقة الثالثة، وهي اتفاقية شراكة», «؛ الأولى اتفاقية تعاون …»: the instrument, by
    its kind, is the ordinal's.
    """
    tokens = reader.tokens
    if tokens[k].text[:1] < "\u0600":
        return None
    for m in range(k + 1, min(k + 1 + _PRECISE_REACH, len(tokens))):
        hit = longest(tokens, m, _AGREEMENTS)
        if hit is not None and hit[1] is not AgreementKind.AGREEMENTS:
            length, kind = hit
            name = found(reader.masked, tokens, m, m + length - 1, _prefix(tokens[m]))
            return AgreementFound(name, kind, reader.sentence_of[m], True)
    return None


def _year_in_clause(reader: Reader, k: int) -> bool:
    """Whether a year stands from ``tokens[k]`` to the end of its clause: an older instrument."""
    tokens = reader.tokens
    last = reader.token_range[reader.sentence_of[k - 1]][1]
    for m in range(k, last):
        key = tokens[m].key
        if key in {",", ";"}:
            return False
        if is_year(tokens[m]):
            return True
    return False


def _ordinal_mention(reader: Reader, k: int) -> AgreementFound:
    """The instrument the ordinal at ``tokens[k]`` stands for.

    Named by what it is said to be when that follows ("La première est une convention
    de don", "La seconde, une convention de partenariat, …"), by the ordinal otherwise.
    """
    tokens = reader.tokens
    said = _said_to_be(reader, k)
    if said is not None:
        return said
    name = Found(tokens[k].start, tokens[k].end, tokens[k].text)
    return AgreementFound(name, AgreementKind.PARTNERSHIP_AGREEMENT, reader.sentence_of[k], True)


def _said_to_be(reader: Reader, k: int) -> AgreementFound | None:
    """The instrument the ordinal at ``tokens[k]`` is said to be, if a kind follows it.

    "La première est une convention de don", "The first is a consortium agreement",
    "La seconde, une convention de partenariat, …".
    """
    tokens = reader.tokens
    j = _past_ordinal_noun(reader, k)
    named = j + 2
    if not (
        named < len(tokens)
        and (tokens[j].key in WORDS.copulas or tokens[j].key == ",")
        and tokens[j + 1].key in WORDS.indefinite_articles
    ):
        return None
    hit = longest(tokens, named, _AGREEMENTS)
    if hit is None:
        return None
    length, kind = hit
    name = found(reader.masked, tokens, named, named + length - 1, _prefix(tokens[named]))
    return AgreementFound(name, kind, reader.sentence_of[k], True)


def _counts(reader: Reader, agreements: Sequence[AgreementFound]) -> list[AgreementFound]:
    """The instruments named together, in any sentence: "Deux conventions l'accompagnent"."""
    tokens = reader.tokens
    counts = [a for a in agreements if a.kind is AgreementKind.AGREEMENTS]
    known = {a.name.start for a in counts}
    for k in reader.where(AGREEMENT):
        hit = longest(tokens, k, _AGREEMENTS)
        if hit is None or hit[1] is not AgreementKind.AGREEMENTS:
            continue
        name = found(reader.masked, tokens, k, k + hit[0] - 1, _prefix(tokens[k]))
        if name.start not in known:
            counts.append(AgreementFound(name, hit[1], reader.sentence_of[k]))
    counts += [
        AgreementFound(
            Found(tokens[k].start, tokens[k].end, tokens[k].text),
            AgreementKind.AGREEMENTS,
            reader.sentence_of[k],
        )
        for k in _counted_documents(reader)
    ]
    return counts


def _counted_documents(reader: Reader) -> Iterator[int]:
    """Where a sentence of signing names documents that a number may count.

    "deux textes ont été paraphés", "two documents were signed": as a count only when
    :func:`_instruments_counted` finds its number.
    """
    tokens = reader.tokens
    for number in sorted(_signed(reader)):
        if not WORDS.counted_documents.isdisjoint(reader.words(number)):
            first, last = reader.token_range[number]
            yield from (k for k in range(first, last) if tokens[k].key in WORDS.counted_documents)


def _ranks(reader: Reader, k: int) -> bool:
    """Whether the ordinal at ``tokens[k]`` stands for an instrument, opening a clause.

    In Latin letters a comma follows it ("La première, entre …", "Under the second,
    …"), a verb that brings parties together ("La première lie …", "The first binds
    …") or one that says what it is ("La première est une convention de don"); in
    Arabic it is the feminine of the agreement, after a verb ("تجمع الأولى") or with
    «و» joined to it ("والثانية مذكرة تفاهم").
    """
    tokens = reader.tokens
    start = reader.token_range[reader.sentence_of[k]][0]
    joined = tokens[k].text.startswith("و") and len(tokens[k].forms) > 1  # «والثانية»
    if (
        k - start > _CLAUSE_REACH
        and not joined
        and not any(
            tokens[m].key in _CLAUSE_STARTS or tokens[m].text.startswith("و")
            for m in range(k - 2, k)
        )
    ):
        return False
    if tokens[k].text[:1] >= "\u0600":
        return True
    j = _past_ordinal_noun(reader, k)  # "Le second texte est un mémorandum …"
    said_to_be = (
        j + 1 < len(tokens)
        and (tokens[j].key in WORDS.copulas or tokens[j].key == ",")
        and tokens[j + 1].key in WORDS.indefinite_articles
    )  # "La première est une convention de don", "The second agreement, a memorandum …"
    if j > k + 1:
        return said_to_be  # not "A second agreement, signed by …": an instrument of its own
    return j < len(tokens) and (
        tokens[j].key == "," or longest(tokens, j, GATHERING) is not None or said_to_be
    )


def _ordinal_rank(token: Token) -> int | None:
    """The rank an ordinal of instruments gives, «و» joined to it or not: «والثانية» is 2."""
    return next(
        (
            WORDS.instrument_ordinals[form]
            for form in token.forms
            if form in WORDS.instrument_ordinals
        ),
        None,
    )


def _past_ordinal_noun(reader: Reader, k: int) -> int:
    """The index after what an ordinal at ``tokens[k]`` says it is, or ``k + 1``.

    The noun of an instrument ("Le second texte", "The first agreement") or "of" and the
    instruments it is one of ("The first of Tuesday's deals").
    """
    j = _past_of_instruments(reader, k + 1)
    return _past_instrument_noun(reader.tokens, k + 1) if j == k + 1 else j


_OF_INSTRUMENTS_REACH = 4
"""Tokens from "of" to the plural of instruments an ordinal takes one of: "of Tuesday's deals"."""


def _past_of_instruments(reader: Reader, j: int) -> int:
    """The index after "of" and the instruments an ordinal is one of, or ``j``.

    "The first of Tuesday's deals, a framework agreement, …": the ordinal and what it is
    one of stand for it as the ordinal alone does.
    """
    tokens = reader.tokens
    if j >= len(tokens) or tokens[j].key not in _OF:
        return j
    for m in range(j + 1, min(j + 1 + _OF_INSTRUMENTS_REACH, len(tokens))):
        if reader.roles[m] & AGREEMENT:
            return m + 1
        if tokens[m].kind == MARK and not possessive_at(tokens, m):
            break
    return j


def _past_instrument_noun(tokens: Sequence[Token], j: int) -> int:
    """The index after a word naming an instrument at ``tokens[j]``, or ``j`` without one.

    "Le second texte est un …", "Le premier accord est une …": the ordinal and its noun,
    said to be an instrument of a kind, stand for it as the ordinal alone does.
    """
    if j < len(tokens) and (
        has(tokens[j], WORDS.document_anaphors)
        or (
            (hit := longest(tokens, j, _AGREEMENTS)) is not None
            and hit[0] == 1
            and hit[1] is AgreementKind.PARTNERSHIP_AGREEMENT
        )
    ):
        return j + 1
    return j


def _without_summaries(
    reader: Reader,
    grouped: list[tuple[AgreementKind, list[AgreementFound]]],
    institutions_in: Mapping[int, Sequence[Institution | PlaceFound]],
) -> list[tuple[AgreementKind, list[AgreementFound]]]:
    """The agreements reported, without a count of the others that tells of no more.

    "Two agreements were signed. … a partnership agreement … A second agreement …": the
    two are the ones named, not a third record; "three agreements" beside two others
    named are three more. An instrument that is one of those a count kept names (see
    `_one_counted`) is no record of its own.
    """
    several = [(kind, group) for kind, group in grouped if kind is AgreementKind.AGREEMENTS]
    others = len(grouped) - len(several)
    kept = [
        group for _, group in several if not _tells_of(reader, group, others, institutions_in)
    ]  # "two agreements: a protocol … and a partnership agreement …": the two named
    counts = [
        mention
        for group in kept
        for mention in group
        if (_instruments_counted(reader, mention) or 0) > 1
    ]
    return [
        (kind, group)
        for kind, group in grouped
        if (kind is AgreementKind.AGREEMENTS and any(group is other for other in kept))
        or (
            kind is not AgreementKind.AGREEMENTS
            and not all(_one_counted(reader, mention, counts) for mention in group)
        )
    ]


def _tells_of(
    reader: Reader,
    group: list[AgreementFound],
    others: int,
    institutions_in: Mapping[int, Sequence[Institution | PlaceFound]],
) -> bool:
    """Whether the plural mentions of ``group`` tell of the ``others`` instruments named.

    Counted as many as they are ("two agreements"), or counted nowhere beside two or more
    and naming no one ("Port Seals Logistics and Almería Deals", "Both deals were sealed
    at a ceremony"); not "after signing deals with the Welsh parliament and …": who
    signed them all.
    """
    counted = [_instruments_counted(reader, mention) for mention in group]
    if any(count == others for count in counted):
        return True
    tokens = reader.tokens
    plurals = [
        mention
        for mention in group
        if (hit := longest(tokens, reader.first_token(mention.name.start), _AGREEMENTS))
        and hit[1] is AgreementKind.AGREEMENTS
    ]
    return (
        others > 1
        and all(count is None for count in counted)
        and not any(institutions_in.get(mention.sentence) for mention in plurals)
    )


def _one_counted(reader: Reader, mention: AgreementFound, counts: list[AgreementFound]) -> bool:
    """Whether an instrument is one of those a count named before it.

    In the count's own sentence ("has signed three agreements with …, in a contract
    worth $86 million") or spoken of as known after it ("Le contrat principal, conclu
    pour cinq ans, …"): the three agreements, no fourth record.
    """
    earlier = [count for count in counts if count.name.start < mention.name.start]
    if not earlier:
        return False
    return any(count.sentence == mention.sentence for count in earlier) or _definite_mention(
        reader, mention
    )


def _instruments_counted(reader: Reader, mention: AgreementFound) -> int | None:
    """How many instruments a plural mention counts: "two agreements", "deux conventions"."""
    tokens = reader.tokens
    first = reader.first_token(mention.name.start)
    if tokens[first].key in WORDS.instrument_duals:
        return 2
    for k in (first, first - 1, first - 2):  # "two specific agreements"
        if 0 <= k < len(tokens):
            if tokens[k].key.isdigit():
                return int(tokens[k].key)
            count = NUMBER_WORDS.number_words.get(strip_article(tokens[k].key))
            if count is not None:
                return count
    return None


_NATIONALITY_BEFORE_NAME = 4
"""Tokens of a nationality a noun of kind may take before the name it introduces ("le
groupe sud-coréen Hanbit Robotics")."""


def _named_past_nationality(
    tokens: Sequence[Token], k: int, last: int, named: Sequence[Institution]
) -> Institution | None:
    """The institution of the sentence that starts past the nationality from ``k``, if any."""
    starts = {institution.name.start: institution for institution in named}
    for m in range(k, min(k + _NATIONALITY_BEFORE_NAME + 1, last)):
        if tokens[m].start in starts:
            return starts[tokens[m].start] if m > k else None
        key = tokens[m].key
        if not (key == "-" or key in WORDS.compass_points or has(tokens[m], WORDS.nationalities)):
            return None
    return None


_OTHER = OrganizationKind.OTHER
"""The kind of the heads that say little ("hospital", "foundation"): their name must say it."""


def _referents(
    reader: Reader,
    number: int,
    institutions_in: dict[int, list[Institution | PlaceFound]],
    present_from: _Present,
) -> list[Institution]:
    """The institutions a sentence's "l'établissement", "the company", "الشركة" stand for.

    Each noun must stand with its article and no name of its own, before the people
    present; it stands for the institution of its kind (any, for "établissement")
    named last in the three sentences before, or for one whose name holds the noun
    named further back. In "أن المجلس، الذي وقع مع الجامعة اتفاقيتين" both do.
    """
    first, last = reader.token_range[number]
    tokens = reader.tokens
    named = [i for i in institutions_in.get(number, ()) if isinstance(i, Institution)]
    found_here: list[Institution] = []
    for k in present_from.outside(number):
        token = tokens[k]
        if any(i.name.start <= token.start < i.name.end for i in named):
            continue
        counted = _counted(tokens, k, last)
        if counted is not None:  # "the three banks", "المؤسستان": named together before
            for listed in _listed(reader, *counted, number, token.start, institutions_in):
                if listed not in found_here:
                    found_here.append(listed)
            continue
        latin = token.text.isascii() or token.text[0] < "\u0600"
        width = 1
        if _title_of_its(reader, k, first, last):
            referent = _last_named(number, institutions_in)  # "Son directeur général, X, a signé"
            if referent is not None and referent not in found_here:
                found_here.append(referent)
            continue
        if latin and k + 2 < last and tokens[k + 1].key == "-" and _hyphenated_anaphor(tokens, k):
            token = token._replace(key=token.key + tokens[k + 2].key)  # la start-up
        elif latin and k + 1 < last and f"{token.key} {tokens[k + 1].key}" in WORDS.anaphor_phrases:
            phrase = f"{token.key} {tokens[k + 1].key}"  # la jeune pousse: the start-up
            token = token._replace(key=WORDS.anaphor_phrases[phrase])
            width = 2
        elif not latin and token.key[:1] == "و" and len(token.forms) > 1:
            token = token._replace(key=token.forms[1])  # "الشركة والجامعة": and the university
        if latin and token.key in WORDS.subject_pronouns and _signs_after(reader, k, last):
            referent = _opened(number - 1, reader, institutions_in)  # "elle a signé"
            if referent is not None and referent not in found_here:
                found_here.append(referent)
            continue
        if token.key not in WORDS.anaphors:
            if not latin and k + 1 < last and _construct_anaphor(token, tokens[k + 1]):
                # "وقع مجلس الجهة و…": the council of the region named before
                referent = _referent(token, number, institutions_in, tokens[k + 1])
                if referent is not None and referent not in found_here:
                    found_here.append(referent)
            continue
        article = tokens[k - 2].key if k - 2 >= first and tokens[k - 1].key == "'" else None
        adjective = _adjective_between(tokens, k, first) if latin else None
        if (
            latin
            and article != "l"
            and adjective is None
            and (k == first or tokens[k - 1].key not in _DEFINITE)
        ):
            continue
        after = tokens[k + width] if k + width < last else None
        if latin and after is not None and after.text[:1].isupper():
            continue  # la société Atlas Tech: a name follows
        if latin and (own := _named_past_nationality(tokens, k + width, last, named)):
            if own not in found_here:  # le groupe sud-coréen Hanbit Robotics: the name
                found_here.append(own)  # after its nationality, no one named before
            continue
        referent = _referent(token, number, institutions_in)
        if (
            adjective is not None
            and referent is not None
            and adjective not in normalize(referent.name.text).split()
        ):
            continue  # "the regional council": a council whose name says "Regional"
        if referent is not None and referent not in found_here:
            found_here.append(referent)
    return found_here


def _signs_after(reader: Reader, k: int, last: int) -> bool:
    """Whether a verb of signing follows ``tokens[k]``, an auxiliary or adverb between.

    "elle a également signé", "it also signed"; not "it was signed", "elle a été signée".
    """
    tokens, roles = reader.tokens, reader.roles
    for m in range(k + 1, min(k + 4, last)):
        if roles[m] & SIGNING:
            return True
        if tokens[m].key not in WORDS.auxiliaries and tokens[m].key not in WORDS.signing_adverbs:
            return False
    return False


def _opened(
    number: int, reader: Reader, institutions_in: dict[int, list[Institution | PlaceFound]]
) -> Institution | None:
    """The institution sentence ``number`` opens with, its subject: "L'ADII a dressé …"."""
    if number not in reader.bounds:
        return None
    first = reader.token_range[number][0]
    for institution in institutions_in.get(number, ()):
        if isinstance(institution, Institution):
            opening = reader.first_token(institution.name.start) - first
            return institution if opening <= _OPENING else None
    return None


_OPENING = 2
"""Tokens that may come before the name a sentence opens with: "L'", "The"."""


def _adjective_between(tokens: Sequence[Token], k: int, first: int) -> str | None:
    """The lowercase word between "the" and a noun at ``tokens[k]``: "the regional council"."""
    if k - 2 < first or tokens[k - 2].key not in _DEFINITE:
        return None
    word = tokens[k - 1]
    if (
        word.kind != WORD
        or not word.text.isalpha()
        or not word.text.islower()
        or word.key in _DEFINITE
    ):
        return None
    return word.key


def _title_of_its(reader: Reader, k: int, first: int, last: int) -> bool:
    """Whether a sentence opens at ``tokens[k]`` with "its" and a title: "Son directeur …".

    The title's holder signs for the institution the sentence before told of.
    """
    tokens = reader.tokens
    return (
        k == first
        and k + 1 < last
        and tokens[k].key in WORDS.possessive_determiners
        and bool(reader.roles[k + 1] & TITLE_HEAD)
    )


def _last_named(
    number: int, institutions_in: dict[int, list[Institution | PlaceFound]]
) -> Institution | None:
    """The first institution named in the nearest sentence before ``number`` that names one."""
    for earlier in range(number - 1, max(number - 1 - _LOOK_BACK, -1), -1):
        named = [i for i in institutions_in.get(earlier, ()) if isinstance(i, Institution)]
        if named:
            return named[0]
    return None


_DESCRIPTION = 4
"""Words from "a" to the noun of a description: "a Casablanca-based AI startup"."""
_NAMED_AFTER = 5
"""Sentences after a signing looked through for the institutions it describes: a
paragraph of figures may stand between ("… and a local startup. … Under the
memorandum, Safi-based Dunetech AI will …")."""


def _described(
    reader: Reader,
    number: int,
    institutions_in: dict[int, list[Institution | PlaceFound]],
    present_from: _Present,
) -> list[tuple[int, Institution]]:
    """The institutions a signing describes without a name, named in the sentences after.

    "… signed by a royal institute, a university and a Casablanca startup. The model will
    be built by the Royal Institute of Amazigh Culture, Ibn Zohr University and Tafsut
    AI": each description ("a" or "un", then a noun of kind in lower case) stands for the
    first institution after it whose name holds the noun or, for a noun of a kind, that
    is of it; each institution once. With the sentence each is named in.
    """
    last = reader.token_range[number][1]
    tokens = reader.tokens
    later = [
        (after, institution)
        for after in range(number + 1, number + 1 + _NAMED_AFTER)
        for institution in institutions_in.get(after, ())
        if isinstance(institution, Institution)
    ]
    found_here: list[tuple[int, Institution]] = []
    taken: set[int] = set()
    for k in present_from.outside(number):
        if tokens[k].key not in WORDS.indefinite_articles:
            continue
        noun = next(
            (
                j
                for j in range(k + 1, min(k + 1 + _DESCRIPTION, last))
                if tokens[j].key in _DESCRIBING and tokens[j].text.islower()
            ),
            None,
        )
        if noun is None or (noun + 1 < last and tokens[noun + 1].text[:1].isupper()):
            continue  # "une startup Nibras Learning": a name follows
        word = tokens[noun].key
        kind = WORDS.organization_heads.get(word) or (
            OrganizationKind.COMPANY if word in WORDS.organization_descriptors else None
        )
        match = next(
            (
                (after, institution)
                for after, institution in later
                if id(institution) not in taken and _of(institution, word, kind)
            ),
            None,
        )
        if match is not None:
            found_here.append(match)
            taken.add(id(match[1]))
    return found_here


_DESCRIBING = WORDS.anaphors | frozenset(WORDS.organization_heads)
_ANY_ANAPHOR = WORDS.anaphors | WORDS.generic_anaphors
_COUNTED_AFTER = frozenset({"the", "les", "ces", "these", "those"})
"""Words before a number that counts institutions spoken of before: "the three banks"."""


def _counted(tokens: Sequence[Token], k: int, last: int) -> tuple[str, int] | None:
    """The noun and the count of several institutions spoken of before, at ``tokens[k]``.

    "the three banks", "les deux institutions", "both companies": a number after "the"
    and a plural ("the three signed": parties of no kind); "المؤسستان", "الطرفين": a
    dual; "البنوك الثلاثة", "الشركات الثلاث": a plural and its number. The noun is given
    in the singular, one of ``anaphors`` or ``generic_anaphors``.
    """
    token = tokens[k]
    if token.text.isascii() or token.text[0] < "\u0600":
        count = 2 if token.key == "both" else 0
        if k > 0 and tokens[k - 1].key in _COUNTED_AFTER:
            count = NUMBER_WORDS.number_words.get(token.key, 0)
        if count < 2 or k + 1 >= last:
            return None
        if _signs_itself(tokens[k + 1]):
            return "party", count  # "the three signed", "les deux ont signé": of no kind
        singular = _latin_singular(tokens[k + 1].key)
        return None if singular is None else (singular, count)
    key = token.forms[1] if token.key[:1] == "و" and len(token.forms) > 1 else token.key
    if not key.startswith("ال"):
        return None
    plural = key in WORDS.plurals or key.endswith("ات")
    for singular in arabic_singulars(key):
        if singular not in _ANY_ANAPHOR:
            continue
        if not plural:
            return singular, 2  # a dual
        if k + 1 < last:  # a plural and its number
            count = NUMBER_WORDS.number_words.get(strip_article(tokens[k + 1].key), 0)
            return (singular, count) if count >= 2 else None
    return None


def _signs_itself(token: Token) -> bool:
    """Whether a word after "the three" is its verb: "signed", "ont", "have"; no noun follows."""
    return bool(KEY_ROLES[token.key] & SIGNING) or token.key in WORDS.auxiliaries


def _latin_singular(word: str) -> str | None:
    """The singular of a French or English plural, if it is a noun that stands for institutions.

    "banks", "companies", "sociétés", "institutions".
    """
    if word.endswith("ies") and word[:-3] + "y" in _ANY_ANAPHOR:
        return word[:-3] + "y"
    if word.endswith(("s", "x")) and word[:-1] in _ANY_ANAPHOR:
        return word[:-1]
    return WORDS.plurals.get(word)


_LIST_WORDS = frozenset({"and", "et", "و", "the", "l", "la", "le", "les", "with", "avec"})
"""Words that may stand between the names of a list, besides marks: "A, B and C"."""
_BRACKETED = re.compile(r"\([^()]*\)")
"""Words in brackets between two names: what is said of the first, not a third."""
_MARKS_TO_SPACES = str.maketrans(dict.fromkeys(",،-–—'’\"«»“”()", " "))


def _listed(
    reader: Reader,
    noun: str,
    count: int,
    number: int,
    before: int,
    institutions_in: dict[int, list[Institution | PlaceFound]],
) -> list[Institution]:
    """The ``count`` institutions last named together before offset ``before``.

    A list ("Argania Bank, Banque Tafilalet and Atlas Sahel Bank", "بنك المغرب والهيئة
    …") of exactly ``count`` names, in the sentence or the sentences before. When the
    noun is a word of kind ("banks", "الشركات"), one of the names is of that kind (holds
    the word, or is of the kind it names); any names do for a noun of no kind ("the two
    parties", "the three lenders"). Without such a list, the institutions of the noun's
    kind (of any kind for a noun of no kind) named in those sentences, when there are
    exactly ``count`` of them ("the two companies" after Cirrusway and Nejma Telecom,
    named apart; "the three institutions" after three named in three sentences). The
    noun's own sentence may name them apart too ("وقعت المدرسة … مذكرة تفاهم مع مركز …،
    وتبادل الباحثين بين المؤسستين").
    """
    kind = WORDS.organization_heads.get(noun)
    generic = noun in WORDS.generic_anaphors or kind is None
    word = strip_article(noun)
    of_kind: dict[str, Institution] = {}
    short_forms: set[str] = set()
    for earlier in range(number, max(number - 1 - _LOOK_BACK_NAMED, -1), -1):
        named = sorted(
            (
                i
                for i in institutions_in.get(earlier, ())
                if isinstance(i, Institution) and i.name.end <= before
            ),
            key=lambda i: i.name.start,
        )
        groups = _lists(reader, named)
        if earlier == number and len(groups) == count and all(len(g) == 1 for g in groups):
            return named  # "وقعت المدرسة … مذكرة تفاهم مع مركز … بين المؤسستين": these two
        for group in reversed(groups):
            if len(group) == count and (generic or any(_of(i, word, kind) for i in group)):
                return group
        for institution in named:
            key = normalize(institution.name.text)
            short = normalize(institution.acronym) if institution.acronym else None
            if (
                (generic or _of(institution, word, kind))
                and not any(key in other or other in key for other in of_kind)
                and key not in short_forms
                and short not in of_kind
            ):  # "Cirrusway" and "Cirrusway Inc" are one company; so are "SMUC"
                # and the name it is the short form of, in either order
                of_kind[key] = institution
                if short is not None:
                    short_forms.add(short)
    if len(of_kind) != count:
        return []
    return sorted(of_kind.values(), key=lambda institution: institution.name.start)


def _lists(reader: Reader, named: list[Institution]) -> list[list[Institution]]:
    """The institutions of one sentence, in order, grouped into lists.

    Only marks, "and" or an article stand between the names of a list; a short form
    in brackets after a name is the same institution, not another in the list, and so
    is one no name was read in ("المكتب الوطني للمطارات (ONDA) والمدرسة …").
    """
    groups: list[list[Institution]] = []
    last = 0  # where the last name (or its short form) ends
    for institution in named:
        between = reader.masked[last : institution.name.start] if groups else ""
        if between.strip() == "(" and reader.masked[institution.name.end :].lstrip()[:1] == ")":
            last = reader.masked.index(")", institution.name.end) + 1
            continue  # "the Moroccan Centre for Cinema (CMCA)": the name's short form
        last = institution.name.end
        words = _BRACKETED.sub(" ", between).translate(_MARKS_TO_SPACES).lower().split()
        if groups and (all(word in _LIST_WORDS for word in words) or _described_next(words)):
            groups[-1].append(institution)
        else:
            groups.append([institution])
    return groups


_DESCRIPTIONS = frozenset(
    " ".join(word.translate(_MARKS_TO_SPACES).lower().split())
    for word in WORDS.organization_descriptors
)
_DESCRIBED_REACH = 6
"""Words of a description between "and" and the next name of a list, at most."""


def _described_next(words: Sequence[str]) -> bool:
    """Whether "and" and a description of the next name stand between two names.

    "Marinide Bank and Casablanca-based fintech start-up Souqly": the description ends
    with a word of kind, and the name after it is the list's next.
    """
    if not 1 < len(words) <= _DESCRIBED_REACH or words[0] not in {"and", "et"}:
        return False
    described = " " + " ".join(words[1:])
    return any(described.endswith(" " + kind) for kind in _DESCRIPTIONS)


def _of(institution: Institution, word: str, kind: OrganizationKind | None) -> bool:
    """Whether an institution's name holds ``word``, or it is of ``kind`` (not "other")."""
    words = [strip_article(w) for w in normalize(institution.name.text).split()]
    return word in words or (kind not in (None, _OTHER) and institution.kind is kind)


def _hyphenated_anaphor(tokens: Sequence[Token], k: int) -> bool:
    """Whether ``tokens[k]``, the hyphen after it and the next word are one noun of ``anaphors``."""
    return (
        tokens[k].end == tokens[k + 1].start
        and tokens[k + 1].end == tokens[k + 2].start
        and tokens[k].key + tokens[k + 2].key in WORDS.anaphors
    )


def _construct_anaphor(head: Token, complement: Token) -> bool:
    """Whether two Arabic words are a head and what it is of, with no name: "مجلس الجهة"."""
    return (
        head.key in WORDS.organization_heads
        and not head.key.startswith("ال")
        and complement.key.startswith("ال")
        and complement.key not in WORDS.organization_heads
        and strip_article(complement.key) != complement.key
    )


def _expansions(
    institutions_in: Mapping[int, Sequence[Institution | PlaceFound]],
) -> dict[str, Institution]:
    """The institutions named with their initials in brackets, by those initials.

    "High Commission for Planning (HCP) … HCP … the commission": the initials named
    since stand for the name they were given for.
    """
    return {
        institution.acronym: institution
        for found_here in institutions_in.values()
        for institution in found_here
        if isinstance(institution, Institution) and institution.acronym
    }


def _referent(
    noun: Token,
    number: int,
    institutions_in: dict[int, list[Institution | PlaceFound]],
    of: Token | None = None,
    before: int | None = None,
) -> Institution | None:
    """The institution named before sentence ``number`` that ``noun`` stands for, if any.

    One whose name begins or ends with the noun stands for it before one whose name
    only holds it: "the university" is Sidi Mohamed Ben Abdellah University, named a
    while ago, not the University Hospital named since, which it is only when no
    university is named. An Arabic noun is matched without its article ("الجامعة":
    "جامعة السلطان مولاي سليمان"), and in any language ("the bank": "Banque Nakhla",
    by ``heads_by_meaning``). ``of``: the word after an Arabic head in construct,
    which the name must hold too ("مجلس الجهة": "مجلس جهة بني ملال خنيفرة"). One named
    by the noun itself is looked for further back than one only of its kind: "عميد
    المعهد" is the institute named a while ago, not the faculty named since. With
    ``before`` (an offset in sentence ``number``), one named by the noun earlier in that
    sentence comes first: "at the headquarters of the Tissouka Cooperative by …,
    president of the cooperative".
    """
    kind = (
        None
        if noun.key in WORDS.any_kind  # "l'établissement": of any kind
        else WORDS.organization_heads.get(noun.key)
        or (OrganizationKind.COMPANY if noun.key in WORDS.organization_descriptors else None)
    )  # "the developer", "le consortium": a company
    word = strip_article(noun.key)
    same = WORDS.head_equivalents.get(word, frozenset({word}))  # "the bank": Banque Nakhla
    also = strip_article(of.key) if of is not None else None
    holding: Institution | None = None
    of_kind: Institution | None = None
    nearest: Institution | None = None
    expansions = _expansions(institutions_in)
    if before is not None and of is None:
        for written in reversed(institutions_in.get(number, ())):
            if isinstance(written, Institution) and written.name.end <= before:
                institution = expansions.get(written.name.text, written)
                if _named_by(institution, _name_words(institution), same):
                    return institution
    for earlier in range(number - 1, max(number - 1 - _LOOK_BACK_NAMED, -1), -1):
        near = number - earlier <= _LOOK_BACK
        for written in institutions_in.get(earlier, ()):
            if not isinstance(written, Institution):
                continue
            institution = expansions.get(written.name.text, written)  # "HCP": its name
            words = _name_words(institution)
            if also is not None:
                if words[0] == word and also in words:
                    return institution
                continue
            if _named_by(institution, words, same):
                return institution  # "the hospital": the University Hospital of Marrakech;
                # «التعاونية»: «التعاونية النسائية "تاكمات"»
            if not same.isdisjoint(words):
                holding = holding or institution
            elif near and holding is None and nearest is None and of_kind is None:
                if kind is None:
                    nearest = institution  # "l'établissement": of any kind, unless named so
                elif kind is not _OTHER and kind is institution.kind:
                    of_kind = institution  # unless one named by the noun itself comes later
    return (
        of_kind
        or holding
        or _only_one_named(word, same, number, institutions_in)  # «المؤسسة»: «مؤسسة شفاء …»
        or nearest
        or _only_one_of_kind(kind, number, institutions_in, expansions)
    )


def _name_words(institution: Institution) -> list[str]:
    """The words of an institution's name, normalised and without their article."""
    return [strip_article(w) for w in normalize(institution.name.text).split()]


def _named_by(institution: Institution, words: Sequence[str], same: AbstractSet[str]) -> bool:
    """Whether a noun (``same``: it and its equivalents) names ``institution`` of ``words``.

    Its name begins or ends with the noun, or the words that describe it are the noun.
    """
    return bool(words) and (words[0] in same or words[-1] in same or institution.described in same)


def _only_one_named(
    word: str,
    same: AbstractSet[str],
    number: int,
    institutions_in: Mapping[int, Sequence[Institution | PlaceFound]],
) -> Institution | None:
    """The one institution named by ``word`` anywhere before sentence ``number``, if only one.

    "Le ministère du Travail … [fifteen sentences on] … le ministère a signé": an
    article about one ministry speaks of it as "le ministère" however far it goes; so
    is "the foundation" the "Chifae Foundation for the Fight Against Cancer".
    """

    def named_so(institution: Institution) -> bool:
        words = _name_words(institution)
        return bool(words) and (not same.isdisjoint(words) or institution.described == word)

    return _the_only(institutions_in, range(number - _LOOK_BACK_NAMED), named_so)


def _only_one_of_kind(
    kind: OrganizationKind | None,
    number: int,
    institutions_in: Mapping[int, Sequence[Institution | PlaceFound]],
    expansions: Mapping[str, Institution],
) -> Institution | None:
    """The one institution of ``kind`` named before sentence ``number``, if only one.

    "… بشراكة مع شركة لومنفولد السويدية … [twelve sentences on] … وقعتها الوكالة مع
    الشركة السويدية": the article's one company, however far back. Initials named
    since take the kind of the name they stand for (``expansions``): "AREF director …"
    is the academy's, no second company.
    """
    if kind is None or kind is _OTHER:
        return None
    return _the_only(
        institutions_in, range(number), lambda i: expansions.get(i.name.text, i).kind is kind
    )


def _the_only(
    institutions_in: Mapping[int, Sequence[Institution | PlaceFound]],
    numbers: Iterable[int],
    keep: Callable[[Institution], bool],
) -> Institution | None:
    """The one institution, by name, that ``keep`` keeps in sentences ``numbers``, if one."""
    found: dict[str, Institution] = {}
    for number in numbers:
        for institution in institutions_in.get(number, ()):
            if isinstance(institution, Institution) and keep(institution):
                found.setdefault(normalize(institution.name.text), institution)
    return next(iter(found.values())) if len(found) == 1 else None


def _known_partnership(
    dataset: Dataset | None, kind: AgreementKind, parties: tuple[str, ...]
) -> str | None:
    """The dataset's agreement of this kind between these parties (all of them known)."""
    if dataset is None or not parties:
        return None
    for partnership in dataset.partnerships:
        if partnership.kind is kind and set(parties) <= set(partnership.parties):
            return partnership.id
    return None
