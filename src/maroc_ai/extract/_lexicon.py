"""The words news uses around people, institutions, agreements and facilities.

``lexicon/<language>.json`` holds, for one language, general vocabulary: given
names, title words, honorifics, words of institutions and of their kinds, verbs of
speaking and signing, the names of agreements and facilities, place names, stop
words. A linguist reviews a plain diff of one file; a new language is a new file.
The files are read through :mod:`importlib.resources` and structured by the
project's strict converter, so a mistake is reported with its file and path.

:data:`WORDS` merges every language into normalised sets (see
:func:`maroc_ai.text.normalize`: spellings with and without hamza, taa marbuta,
accents or capitals meet): an article may mix languages, and a word means the same
whichever file lists it.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import attrs

from .. import _wordfiles
from ..model import AgreementKind, FacilityKind, OrganizationKind, PlaceKind
from ..text import normalize
from ..text._lexicon import keys, phrase

__all__ = ["WORDS", "Language", "Lexicon", "languages", "read_language"]


@attrs.frozen(kw_only=True)
class Language:
    """One language's words, as its data file gives them."""

    about: str
    given_names: tuple[str, ...]
    """Given names: a person's name starts with one."""
    compound_first: tuple[str, ...] = ()
    """First words of compound given names completed by a second (عز الدين، نور الدين)."""
    compound_second: tuple[str, ...] = ()
    name_links: tuple[str, ...] = ()
    """Words that join the next one into a name (عبد الله، أبو بكر، بن سعيد)."""
    patronymics: tuple[str, ...] = ()
    """Those of the name links that only a person's name has ("السالكة منت بوه", "ولد"):
    a word before one starts a name, whether or not it is a known given name."""
    name_particles: tuple[str, ...] = ()
    """Small words inside Latin names (El, Ben, Ait, de, van)."""
    honorifics: tuple[str, ...]
    """Words of address and ranks a name follows (السيد، Mme, Dr, Mr, العقيد, Colonel)."""
    title_heads: tuple[str, ...]
    """Words a post starts with (وزير، ministre, directeur, minister, CEO)."""
    trades_of_a_kind: tuple[str, ...] = ()
    """Trades that an adjective after them says the kind of («المهندسة المعمارية»):
    before a name, with a post after it, they are what the person does, and the post
    after says where («المهندسة المعمارية X، رئيسة مؤسسة …»)."""
    bare_title_heads: tuple[str, ...] = ()
    """Arabic words a post starts with only as written, without the article or a pronoun
    ("فلاح بعين جمعة"): "الفلاحة" is agriculture and "الفلاح" a family name."""
    title_modifiers: tuple[str, ...] = ()
    """Words that qualify a title word (العام، délégué, général, chief, deputy)."""
    former: tuple[str, ...] = ()
    """Words that make a post one held before (ancien, former, السابق)."""
    age_words: tuple[str, ...] = ()
    """Words after an age written between commas after a name (", 71 ans,", ", 34 years
    old,"): the apposition names a person."""
    title_links: tuple[str, ...] = ()
    """Words a post runs on through (لدى، de, chargé, of, for)."""
    stopwords: tuple[str, ...]
    """Words no name or institution name runs through."""
    speech_verbs: tuple[str, ...]
    """Verbs a news sentence puts beside the person who speaks, signs or presides."""
    presence: tuple[str, ...]
    """Words before the people present (بحضور، en présence de, alongside)."""
    met_phrases: tuple[str, ...] = ()
    """Phrases after a name and its comma that say the reporter met the person named: "،
    التي التقتها هسبريس", ", rencontrée dans le quartier", ", whom Morocco World News met"
    is someone, no name alone."""
    given_nouns: tuple[str, ...] = ()
    """Given names that are common nouns too ("حياة" life, "أمل" hope, "وفاء" loyalty):
    a relative clause after one and its next word may say something of a thing ("ضمان حياة
    كريمة، التي …"), so it makes no one of them."""
    relatives_of_people: tuple[str, ...] = ()
    """Relative pronouns, or participles that work as one, after a name that starts with a
    given name and its comma, which say something of a person ("زهرة العمراني، التي تبيع
    السمك منذ عشرين سنة", "فمصطفى بلحاج، القادم من طانطان"): someone, no name alone."""
    presence_after: tuple[str, ...] = ()
    """Phrases after the people present, who are named from the word of
    ``presence_openers`` before them ("…, with Finance Minister X looking on")."""
    presence_openers: tuple[str, ...] = ()
    """Words that open the naming of people present a phrase of ``presence_after`` closes."""
    seats: tuple[str, ...] = ()
    """Words for the seat an agreement is signed at ("بمقر", "au siège de", "at the
    headquarters of"): the institution whose seat it is hosts the signing, and signs
    only if named another way."""
    oversight: tuple[str, ...] = ()
    """Phrases right before an institution that oversees what is signed ("under the
    supervision of", "sous l'égide de", "تحت إشراف"): no party to it."""
    gathering_before_names: tuple[str, ...] = ()
    """Verbs that end phrases of ``gathering`` and gather parties only before a name:
    "Le document engage l'Agence …", not "La convention engage la responsabilité …"."""
    gathering_participles: tuple[str, ...] = ()
    """Participles spelled as a verb of ``gathering`` is once folded, as written: "être
    associé au calibrage", "un projet lié à la convention" gather no parties."""
    gathering_before_lists: tuple[str, ...] = ()
    """Last words of phrases of ``gathering`` that gather parties only before a colon:
    "engage quatre parties : …"."""
    gathering: tuple[str, ...] = ()
    """Phrases by which an agreement names its parties ("brings together", "réunit"): a
    sentence with one and an agreement's name reports it signed."""
    signers_named: tuple[str, ...] = ()
    """Phrases that open the sentence after a signing to name who signed («ويتعلق الأمر
    بـ…», after «وقعت أربع مؤسسات …»)."""
    size_adjectives: tuple[str, ...] = ()
    """Adjectives of size before a noun of kind inside a name ("de la petite entreprise"):
    the name goes on through them."""
    site_nouns: tuple[str, ...] = ()
    """Nouns a site's name follows ("le complexe solaire Noor Skoura", "مركب نور سكورة",
    "le barrage Lalla Takerkoust", "شارع علال الفاسي") or that follow it in lower case
    ("the Lalla Takerkoust reservoir"): the name is the site's, a dam's or a street's,
    not a person's, whatever given name starts it."""
    ranks: tuple[str, ...] = ()
    """Ranks written before a name ("Commander", "le commandant", "القائد"): with a post
    after the name and a comma ("Navy Captain X, head of the DHOC"), the post is the one
    held."""
    monuments: tuple[str, ...] = ()
    """Nouns of monuments ("palace", "médersa", "قصر"), many of them named for someone: a
    person's name is no one's before one ("le palais El Badi") nor when it ends with
    one, capitalised ("the Ben Youssef Madrasa")."""
    namesakes: tuple[str, ...] = ()
    """Words before a saint's name that a festival or a shrine bears ("moussem", «موسم»,
    «الولي»): the name is no one's in the news ("موسم مولاي عبد الله أمغار")."""
    place_prefixes: tuple[str, ...] = ()
    """Words that start place names ("Sidi Moumen", "Oulad Teima"): a run they start names
    no person unless a given name follows them ("Sidi Mohamed …")."""
    own_people: tuple[str, ...] = ()
    """The country's own people ("Moroccan Expatriates"): after "and" in a ministry's name,
    one of its fields, not another institution of that nationality."""
    age_phrases: tuple[str, ...] = ()
    """Phrases before a number of years that make it a person's age ("يبلغ من العمر 29
    سنة", "âgée de 34 ans", "aged 34 years"): they end a post, and the number is no
    figure of the news."""
    ages_opening: tuple[str, ...] = ()
    """Words that open a sentence with a bare age before a name and a comma ("At 81,
    Haddou Oubella knows …"): the number is the person's age in years."""
    age_pronouns: tuple[str, ...] = ()
    """Pronouns of a person that may follow such an age and its comma ("At 78, he still
    remembers …")."""
    age_clauses: tuple[str, ...] = ()
    """Words before a bare number that is someone's age ("since she was 12", "في سن 16")."""
    age_present: tuple[str, ...] = ()
    """Words of now after the person an opening age is said of, besides English verbs in
    "-s" ("At 78, he still remembers", "À 78 ans, Hadda Benali taille encore …")."""
    sectors_in_names: tuple[str, ...] = ()
    """Sectors a company's own name ends with, after "لل" ("شركة صنهاجة للتأمين"): not
    what the company does, which ends its name elsewhere ("شركة ميدترونيكا للأجهزة")."""
    object_nouns: tuple[str, ...] = ()
    """Nouns with the article that a verb before an institution acts on ("انتقد الاتحاد
    النقابي لمهنيي الصحة العمومية المشروع"): after the name's words with the article,
    they end it."""
    undertakings: tuple[str, ...] = ()
    """Nouns with the article for what an institution takes part in (المشروع، البرنامج):
    after a name, «لل» and one of them is what it serves ("بمواكبة وكالة التنمية الرقمية
    للمشروع"), not its field."""
    procedures: tuple[str, ...] = ()
    """Nouns with the article for what an institution is asked to do with a text
    (المصادقة، التصويت): after a name, «لل» and one of them is why the text goes to it
    ("تعرض على مجلس الجماعة للمصادقة"), not its field."""
    one_of: tuple[str, ...] = ()
    """Words that pick one of many ("أحد", "إحدى"): "وأحد المشاركين" after a name is one of
    those the sentence speaks of, not more of the name."""
    possessive_determiners: tuple[str, ...] = ()
    """Words for whose something is ("her", "leur"): "put her signature to the text" signs."""
    names_signed: tuple[str, ...] = ()
    """Words that sign after a possessive ("put his name to the deal"), though no word
    of signing."""
    signatory_nouns: tuple[str, ...] = ()
    """Words for those who sign ("signatories", "signataires"): a word of signing only
    when ``roll_call`` follows ("The signatories were X, …"), not in "absente des
    signataires"."""
    signature_pronouns: tuple[str, ...] = ()
    """Pronouns that start a sentence naming the signatures of the one before ("Quatre
    signatures figurent au bas du document. Celles du ministre …")."""
    past_clause_openers: tuple[str, ...] = ()
    """Words that open a clause of what was done before ("after it signed", «بعد أن
    وقعت»): a future in the clause before them does not reach its verb ("will fit 40
    intersections, after it signed …")."""
    roll_call: tuple[str, ...] = ()
    """Words after ``signatory_nouns`` that name the signatories: were, sont."""
    saint_sites: tuple[str, ...] = ()
    """Nouns of sites named for the saint or the place after "de" or "of" ("barrage de
    Sidi Saïd Maâchou"): no one's name follows them."""
    verbs_before_names: tuple[str, ...] = ()
    """Arabic verbs in the past that open a sentence before its subject's name ("بدا رشيد
    بوزكري، …", "قضى يوسف أخيات …"): no part of the name that follows."""
    copulas: tuple[str, ...] = ()
    """Forms of "to be" and "to remain", by which an ordinal says what an instrument is
    ("La première est une convention de don", "The first is a grant agreement"); no
    French name goes on through one ("Le Syndicat national des postiers reste …"); no
    one word after «أكاديمية» names it if it is one («أقرب أكاديمية كان يمكن»); a post
    ``post_introducers`` start with one follows them right away ("is now president of
    …", not "est aujourd'hui à la retraite")."""
    conditionals: tuple[str, ...] = ()
    """Modals and conditionals ("would", "pourraient"), which say what might be of their
    own clause only: a number in another clause is no goal for them."""
    past_negations: tuple[str, ...] = ()
    """Negations that put the verb after them in the past («لم تلتزم»): what was not done."""
    apposition_pronouns: tuple[str, ...] = ()
    """Pronouns that open what a name set off by a comma is («، وهي مؤسسة تكوينية»)."""
    indefinite_articles: tuple[str, ...] = ()
    """Articles before an institution described, not named ("signed by a university")."""
    demonstratives: tuple[str, ...] = ()
    """Words that point at a noun ("cette phase", "this year"): after a verb, not in a name."""
    co_signing: tuple[str, ...] = ()
    """Words that, after a verb of signing, name who signs too ("signed the agreement
    alongside X", "a signé la convention aux côtés de X"), unless the other side is named
    first ("with", "by"); a title right after one ("إلى جانب الوزيرة، المدير العام …، X")
    is someone's of its own, not the next name's."""
    counterparts: tuple[str, ...] = ()
    """Words before the other side of an agreement (مع, avec, with, between)."""
    others: tuple[str, ...] = ()
    """Words for "another" after a word of kind: «بنك آخر», «شركة أخرى» name nothing."""
    place_links: tuple[str, ...] = ()
    """Words that go on with a post where it is held when an article follows ("institutrice
    dans une école rurale", "directeur régional … dans l'Oriental"), not before a name
    ("voit dans Tadbir AI")."""
    residence_words: tuple[str, ...] = ()
    """Words that say where a person lives ("living", "vivant", «تقطن»): after a post, they
    end it ("a retired teacher living in the Marshan district")."""
    name_joiners: tuple[str, ...] = ()
    """Words that join one name to the next in a list of people ("Hind Ouazzani et Leila
    Fassi-Fihri, …, ont signé"); Arabic و is joined to the next name."""
    party_breaks: tuple[str, ...] = ()
    """Words after which a sentence about a signing tells something else ("while a
    power purchase agreement with ONEE is expected"): no party is named after them."""
    agents: tuple[str, ...] = ()
    """Words before the person who does something ("signé par", "led by")."""
    signatory_lists: tuple[str, ...] = ()
    """Phrases after a comma that name who signs again after the people present ("وقع
    الاتفاقية، بحضور الوزير، كل من …", "signed, in the presence of the minister, by …")."""
    agreement_purposes: tuple[tuple[str, ...], ...] = ()
    """Words of an instrument's name that say what it is for, those of one purpose
    together, the first naming it: two instruments named for different ones are two
    ("accord-cadre", "convention de financement"), a "loan" and the "financing
    agreement" it is called after are one."""
    not_institutions: tuple[str, ...] = ()
    """Phrases that start with a word of kind but name a post ("المؤسسة المشاركة": the
    co-founder) or describe an institution without naming it ("اللجنة المختصة": the
    competent committee)."""
    not_institution_ends: tuple[str, ...] = ()
    """Last words of capitalised names that name no institution, even spelled out by
    initials in brackets: a language ("Moroccan Sign Language (MSL)"), a street or a
    square ("Market Square")."""
    products: tuple[str, ...] = ()
    """Words for what is not an institution, which a name after "named" or "called"
    names ("the assistant, named Nadi")."""
    name_breaks: tuple[str, ...] = ()
    """Phrases that end an institution's name, saying what it does with another ("en
    partenariat avec", "in partnership with")."""
    topic_words: tuple[str, ...] = ()
    """Words that make a person the topic of a sentence, before a name set off before
    its post ("أما X، المدير التنفيذي لـ…، فأكد")."""
    post_continuations: tuple[str, ...] = ()
    """Phrases that go on with a post after a word that would end it: whom the person
    represents or where they work ("النائب عن دائرة تنغير", "في الشركة الكورية")."""
    spelled_letters: tuple[str, ...] = ()
    """The Latin letters spelled out, as written («إم», «آر», «أو»): two or more of them
    after a word of a name are its initials («أطلس إم آر أو» for Atlas MRO), even those
    that are words too («أو», «في»)."""
    spelled_words: tuple[str, ...] = ()
    """Spelled letters that are words too, as written («أو» "or", «في» "in", «كي» "so
    that"): none starts a name's initials."""
    verb_prepositions: tuple[str, ...] = ()
    """Prepositions, as written, that a verb of the shape أفعل takes right after it
    («أشرف على»): such a verb after a post ends it."""
    written_names: tuple[str, ...] = ()
    """Names known only as written, their folded form a stop word: «علي» (Ali), whose
    folded form is «على» ("on"); the last word of a name before a mark."""
    written_stopwords: tuple[str, ...] = ()
    """Stop words known only as written, their hamza kept: folded, «فإن» ("so") is the
    «فان» of Dutch names ("van")."""
    transliterated_words: tuple[str, ...] = ()
    """Arabic spellings of foreign words, as written, that fold into a stop word after a
    joined letter: «لاين» ("Line" in "فروست لاين أناليتكس"), no «ل» and «أين»."""
    field_joins: tuple[str, ...] = ()
    """Phrases that join the noun of a field to the definite word after them, inside a
    post ("باحثة في تكنولوجيا ما بعد الحصاد")."""
    on_behalf: tuple[str, ...] = ()
    """Phrases before the one for whom someone acts ("نيابة عن الوزير", "au nom du
    ministre", "on behalf of the minister"): the title after them is no post of the
    sentence's people."""
    amendments: tuple[str, ...] = ()
    """Words that make an instrument an amendment of another ("avenant", "supplementary",
    "ملحق"): an agreement of its own, beside the one it amends."""
    framework_purposes: tuple[str, ...] = ()
    """Those of ``agreement_purposes`` that make a framework agreement ("cadre"), under
    which other instruments are made: "une convention de cotutelle" after it is one
    more."""
    instrument_ordinals: tuple[tuple[str, ...], ...] = ()
    """The ordinals that name, one by one, the instruments a count announced ("Deux
    conventions … La première, … La seconde, …"): the forms of "first", then of
    "second" …"""
    instrument_duals: tuple[str, ...] = ()
    """Duals that count two instruments in one word ("اتفاقيتين")."""
    other_instruments: tuple[str, ...] = ()
    """Words that make an instrument one more beside those named before ("a separate
    agreement", "une autre convention", "اتفاقية أخرى"), whoever signs it."""
    relative_pronouns: tuple[str, ...] = ()
    """Words that start a relative clause ("التي", "الذي", "who", "qui"): a title after one
    and its verb is what the clause's subject did ("التي مثلت الوزيرة": who stood for the
    minister), no one's post; a verb of speaking after the clause is the name's before it
    ("Matthias Kellerhals, who signed for the bank, said")."""
    thing_relatives: tuple[str, ...] = ()
    """Relative pronouns of things ("which", "that"): a verb after one says what a thing
    is or was ("a union that groups 37 cooperatives")."""
    founders: tuple[str, ...] = ()
    """Words for a founder that also name an institution (المؤسسة: the foundress, the
    institution): a post only when "و" and another title follow ("المؤسسة المشاركة
    والرئيسة المديرة العامة للشركة")."""
    presence_participles: tuple[str, ...] = ()
    """The words of ``presence`` that are participles ("accompagné", "flanked"): they say
    who attends only before "de" or "by" ("accompagnée depuis un an par la Fondation X":
    what supports it)."""
    place_adjectives: tuple[str, ...] = ()
    """Adjectives that go on a city's name in an institution's ("وكالة صيانة مدينة فاس
    العتيقة": the old city of Fez)."""
    compound_titles: tuple[str, ...] = ()
    """Titles of several words whose first is no title alone ("الطالب الباحث": the doctoral
    researcher): a post set off by a comma starts with it, as a founder's does."""
    post_introducers: tuple[str, ...] = ()
    """Phrases between a name and its post ("الذي يشغل منصب", "qui occupe le poste de",
    "who serves as")."""
    subject_verbs: tuple[str, ...] = ()
    """Verbs that open a sentence before its subject, as a verb of speaking does ("وكانت
    المديرة التقنية للشركة قد طورت …"): a title there may be the post of the one named
    just before."""
    presiding: tuple[str, ...] = ()
    """Words of presiding over a ceremony ("ترأست", "a présidé", chaired): who presides
    over a signing does not sign."""
    home_country: tuple[str, ...] = ()
    """The country the dataset is about, whose possessive names no owner ("Morocco's
    ministry"): the dataset's ministries are its own."""
    compass_points: tuple[str, ...] = ()
    """Compass points: before a nationality they make one of two words ("South Korean");
    after a place in a company's name they go on with it ("الناظور غرب المتوسط")."""
    scope_words: tuple[str, ...] = ()
    """Words of how far an institution reaches, which a later mention of it may leave
    out: "the Fisheries Office" after the "National Fisheries Office" is that office."""
    enumerated_heads: tuple[str, ...] = ()
    """Heads whose fields a comma may enumerate ("Faculty of Legal, Economic and Social
    Sciences", "Commission de l'intérieur, des collectivités territoriales, …"); their
    names may be as long as a ministry's."""
    minister_ranks: tuple[str, ...] = ()
    """Words of a minister's rank before the title, which name no part of the ministry
    ("Deputy Minister of …", "Minister of State for …")."""
    head_of_government: tuple[str, ...] = ()
    """Words that make a minister the head of government, who heads no ministry ("Prime
    Minister")."""
    facility_sizes: tuple[str, ...] = ()
    """Adjectives of size between a facility's word and its kind ("مركز ضخم للبيانات"),
    besides relative adjectives."""
    capacity_words: tuple[str, ...] = ()
    """Nouns before what a facility holds ("بقدرة 12 ميغاواط"): no part of what it is."""
    share_nouns: tuple[str, ...] = ()
    """Nouns after "ب" that give an amount or a share ("بنسبة 15 في المائة"): no part of
    an institution's name before them."""
    organization_heads: dict[OrganizationKind, tuple[str, ...]]
    """Words that name an institution's kind, by the kind they make."""
    known_institutions: dict[OrganizationKind, tuple[str, ...]] = attrs.Factory(dict)
    """Institutions the press names by their own name alone, with no word of kind nor a
    company's last word in it ("Barid Al-Maghrib", "Tamwilcom"), by kind."""
    institution_phrases: dict[OrganizationKind, tuple[str, ...]] = attrs.Factory(dict)
    """Phrases that start an institution's name though their first word names none
    (المركز الجهوي للاستثمار: a centre is a facility, a regional investment centre an
    institution), by the kind they make."""
    any_kind: tuple[str, ...] = ()
    """Words of kind that name no particular kind ("établissement", "establishment"): with
    the article and no name ("L'établissement a signé …") they stand for the institution
    named last, whatever its kind."""
    generic_heads: tuple[str, ...] = ()
    """Heads that name an institution only with a complement or several words after them
    (الشركة الفرنسية is "the French company"; المكتب الشريف للفوسفاط is a name)."""
    events: tuple[str, ...] = ()
    """Words that end an event's name ("Marrakech Digital Summit", "Salon …"): the name is
    an event's, no institution's, and so are its initials."""
    located_heads: tuple[str, ...] = ()
    """Last words of names that go on with the city they are in ("Higher School of
    Technology in Guelmim")."""
    located_services: tuple[str, ...] = ()
    """Words of kind of a territory's services, which take the city they serve after "in"
    when a territorial adjective names them: "Provincial Directorate of National
    Education in Azilal", "Regional Command of the Royal Gendarmerie in El Jadida"."""
    missions: tuple[str, ...] = ()
    """Words of kind of a country's mission abroad, whose name goes on with its city,
    which may be any ("Embassy of Morocco in Abuja", "ambassade d'Espagne à Rabat")."""
    distributives: tuple[str, ...] = ()
    """Words for "each", with the particles joined to them ("كل", "لكل"): an indefinite
    word of kind after one names no institution ("لكل تعاونية معاييرها")."""
    national_bodies: tuple[str, ...] = ()
    """Words of kind of a national body, or words in its name, whose name may end with its
    country ("جمعية هيئات المحامين بالمغرب", "الشركة الوطنية للطرق السيارة بالمغرب"),
    where another institution's country is where it works ("ممثلة الصندوق بالمغرب")."""
    lowercase_heads: tuple[str, ...] = ()
    """Words of kind that head a name written in lower case before their field ("le
    ministère de …", "l'ambassade d'Espagne")."""
    trailing_heads: tuple[str, ...] = ()
    """Words of kind written last and in lowercase after an English name ("the Tamaynut
    cooperative", "the Nour Al Bahr artisanal fishing cooperative")."""
    banks_named_by_adjective: tuple[str, ...] = ()
    """Heads named by one adjective of relation alone ("البنك المريني", "البنك الطنجي"),
    unless it describes (``describing_adjectives``) or is a nationality."""
    describing_adjectives: tuple[str, ...] = ()
    """Adjectives of relation that describe an institution, not name it ("البنك المركزي")."""
    proper_heads: tuple[str, ...] = ()
    """Words of kind that head a name written in lower case before a proper name ("le
    lycée technique Ibn Al Banna", "l'hôpital Al Wafaa"); not those that only describe
    ("l'entreprise portugaise Vigiflora")."""
    programs: tuple[str, ...] = ()
    """Words for a strategy or a programme: a name after one ("la stratégie Maroc Digital
    2030") or before one ("the Digital Morocco 2030 strategy") is a programme's."""
    chambers: tuple[str, ...] = ()
    """The houses of parliament: a committee "of the House of Representatives" is a
    committee, and the House another institution."""
    construct_heads: tuple[str, ...] = ()
    """Words of kind whose name is another institution's ("بعثة الاتحاد الأوروبي": the
    European Union's mission)."""
    founded_heads: tuple[str, ...] = ()
    """Words of kind that, named right after «مؤسسة», make it their foundation and not
    their founder («مؤسسة بنك أنوار»; «مؤسسة شركة …» is who founded the company)."""
    generic_complements: tuple[str, ...] = ()
    """Words that, alone after a head, make no name of it (مجلس الجهة: "the region's council";
    "le ministère de tutelle": the supervising ministry)."""
    ad_hoc_fields: tuple[str, ...] = ()
    """Words that, first after a head, make a body set up for one project of it, which is
    no institution ("لجنة تتبع المشروع", "لجنة القيادة": its follow-up and steering
    committees)."""
    kinship_titles: tuple[str, ...] = ()
    """Title words of kinship, which are also ``title_heads`` ("mother of four", "والدة
    تلميذ"): in Latin letters, a post only in lowercase ("International Mother Language
    Day" is a name)."""
    surname_titles: tuple[str, ...] = ()
    """Title words that are also family names ("Berger", "Baker", "Tisserand"):
    capitalised right after a given name, they end the person's name ("Lukas Berger")."""
    named_heads: tuple[str, ...] = ()
    """Heads followed by a proper name, not a description (شركة X, la société X)."""
    sector_heads: tuple[str, ...] = ()
    """Named heads that stay in the name when the group's sector follows its proper name:
    «مجموعة أطلس للفوسفاط والأسمدة», «مجموعة تساوت الاستشفائية»; «مجموعة نوميريا» alone
    is «نوميريا»."""
    legal_forms: tuple[str, ...] = ()
    """Suffixes that give a company's legal form (GmbH, Ltd, SARL): its name ends there,
    and "of" after one says where it is ("Schienenblick GmbH of Dresden")."""
    title_complements: tuple[str, ...] = ()
    """Nouns that make a title of a title word that is also a given name ("أمينة مال
    الجمعية", a treasurer; "أمين سر", a secretary): after such a word, no surname."""
    title_prepositions: tuple[str, ...] = ()
    """Prepositions written like a given name that, right after a title word, say for
    whom its holder speaks ("الناطق باسم فيزيونوفا", a spokesman, not a man named Bassem)."""
    construct_adjectives: tuple[str, ...] = ()
    """Adjectives in construct with a noun that has the article, inside a name right after
    its word of kind ("الكلية متعددة التخصصات", "جمعية ذات نفع عام")."""
    phrases_of_many: tuple[str, ...] = ()
    """Phrases of ``institution_phrases`` that name one of many when nothing follows them
    («مركز التكوين»: a training centre, not one of its own without its field or town)."""
    territorial_adjectives: tuple[str, ...] = ()
    """Adjectives that make a name one of many, one per territory ("Centre hospitalier
    régional"): the city after its initials in brackets is part of it ("(CHR) de Béni
    Mellal"), where after a name of one institution it says where it is."""
    branch_heads: tuple[str, ...] = ()
    """Lowercase words for a territory's branch of an institution, before a territorial
    adjective: "le centre régional de l'INRH", "the INRH regional center". The
    institution is the one named with them, not its branch."""
    descriptors_in_name: tuple[str, ...] = ()
    """Nouns of kind before a name that are part of it, lowercase as they are ("la
    clinique Al Amal", "la coopérative Tagmatt", where "la société X" is named X), in
    French and right before the name; the name without the noun is another name of the
    same institution."""
    cause_links: tuple[str, ...] = ()
    """Words after the name of an institution named with a noun of ``descriptors_in_name``
    that open the cause it serves ("l'association Sidq pour l'éducation aux médias")."""
    settlements: tuple[str, ...] = ()
    """Nouns of the places people live in ("le douar Aït Ouassif", "the village of"):
    after one, capitalised words name the place, not an institution."""
    kinds_after_in_name: tuple[str, ...] = ()
    """Nouns of kind after a name that are part of it ("the Tamount cooperative", "the
    Amal Tadla association", where "the Atlas Tech company" is named without its kind);
    the name before the noun is another name of the same institution."""
    name_joints: tuple[str, ...] = ()
    """Two words whose second, a stop word, goes on an institution's name after the first
    ("lutte contre": "Agence nationale de lutte contre l'analphabétisme"; "للتأمين عن":
    "الصندوق المغربي للتأمين عن المرض")."""
    quality_complements: tuple[str, ...] = ()
    """Nouns after "de" that say what an institution is like, not its field ("Centre
    d'excellence pour la recherche …"): a name goes on through "pour" after them."""
    origin_adjectives: tuple[str, ...] = ()
    """Second parts of a hyphenated adjective before a company's name, which is no part of
    the name nor anyone's ("Dubai-based", "state-owned")."""
    company_titles: tuple[str, ...] = ()
    """Titles that belong to a company ("chairman", "directeur"): capitalised words
    written with them ("Qorvana president Daniel Whitaker") name the company."""
    officer_titles: tuple[str, ...] = ()
    """Titles only a company's officers hold ("PDG", "CEO", "founder", "managing
    director"): what follows them after "de", "of" or "at" names a company, whatever its
    words ("PDG de Seobit Aerospace"). They belong to a company too."""
    company_adjectives: tuple[str, ...] = ()
    """Adjectives that follow a word of kind but name nothing ("شركة عالمية رائدة", "مرصد مشترك")."""
    nationalities: tuple[str, ...] = ()
    """Adjectives and nouns of nationality: after a company's name they say where it is
    from and are no part of its name ("شركة غيمة للبنى الرقمية الإماراتية"), nor before a
    person's ("said Dutchman Jan Verbeek")."""
    respectively: tuple[str, ...] = ()
    """Words that pair a list of names with the list of posts after it, in order
    ("X et Y, respectivement PDG de … et directrice générale de …")."""
    territories: tuple[str, ...] = ()
    """Words a territory's name follows in an institution's name (مجلس جهة …، عمالة …):
    the territory's name ends it. In Latin letters, the word after a place's name that
    makes it a territory's ("El Jadida Province")."""
    origin_words: tuple[str, ...] = ()
    """Nouns of a person's nationality or origin after "de", "d'" or "of" ("de nationalité
    norvégienne", "of Swedish origin"): where the person is from, which ends a post."""
    decade_words: tuple[str, ...] = ()
    """Words of decades: how long a post has been held ("for three decades"), never an age."""
    royal_ordinals: tuple[str, ...] = ()
    """Ordinals that finish a royal name inside an institution's (صندوق محمد السادس)."""
    royal_titles: tuple[str, ...] = ()
    """Titles a king's, a sultan's or a saint's name follows inside an institution's name,
    which goes on to the name's end (جامعة السلطان مولاي سليمان، جامعة سيدي محمد بن عبد الله)."""
    purposes: tuple[str, ...] = ()
    """Words of what something is for, which end an institution's name before them
    ("وكالة التنمية الفلاحية لرقمنة الضيعات": لرقمنة)."""
    organization_suffixes: tuple[str, ...] = ()
    """Last words that make a run of capitalised words a company (Energy, Systems, Inc)."""
    linked_suffixes: tuple[str, ...] = ()
    """Those of the suffixes after which a company's name goes on in its own language,
    after one of ``suffix_links`` ("Sentravia Sistemas de Tráfico")."""
    suffix_links: tuple[str, ...] = ()
    """Phrases between a linked suffix and the capitalised words that end the name ("de",
    "de la", "do")."""
    organization_descriptors: tuple[str, ...] = ()
    """Nouns before a company's name ("la fintech Paylane", "chipmaker Veltrix")."""
    verb_descriptors: tuple[str, ...] = ()
    """Nouns before a company's name that are verbs too ("marque", "enseigne"): they name
    one only after an article or a possessive ("l'enseigne espagnole Velaria Moda"), not
    after a name ("le ministre X marque sa présence")."""
    company_only_descriptors: tuple[str, ...] = ()
    """Those of ``organization_descriptors`` no person is called: a given name after one
    starts the company's name ("logistics startup Tarik Freight"), where after "the
    developer" it is a person's."""
    purposed_heads: tuple[str, ...] = ()
    """Heads whose own name may say what they serve: after the name, "لل" and a word of
    kind are its purpose ("جمعية زاد لبنك الطعام": an association for a food bank)."""
    relatives: tuple[str, ...] = ()
    """Nouns of someone's relatives and neighbours, written alone («جارة», «زميل», «ابن»):
    with "his" or "her" after «أما», the person named next is the one the sentence turns
    to («أما جارته رقية الغازي فتؤكد …»)."""
    the_late: tuple[str, ...] = ()
    """Words for someone who has died, before the name: «زوجها الراحل عبد الله الراضي»; no
    part of the name, they say a person is named."""
    fellows: tuple[str, ...] = ()
    """Plurals of people an association's name may open with, in construct: "friends of",
    "sons of" («جمعية أصدقاء ملوية»); what follows, though the lexicon does not know it,
    completes its name."""
    member_words: tuple[str, ...] = ()
    """Words for the members a union or a federation gathers («تعاونيات», «جمعيات»):
    like an association, one named for its members may end with its region, a place
    the lexicon need not know («اتحاد تعاونيات الأركان بإيموزار»)."""
    delegate_words: tuple[str, ...] = ()
    """Words that make a ministry a delegate one ("الوزارة المنتدبة", "le ministère
    délégué"): its name goes on through what it is charged with."""
    charged_with: tuple[str, ...] = ()
    """Words before a charge ("المكلفة بالانتقال الرقمي", "chargée de la Transition
    numérique"): a delegate ministry's field, or the charge of a person's post."""
    federal: tuple[str, ...] = ()
    """Words that make a ministry a federal one ("le ministère fédéral allemand de …")."""
    national: tuple[str, ...] = ()
    """Words for "national": before a nationality they keep it in the name, which says
    whose nation ("المكتبة الوطنية الإسبانية")."""
    signing_territories: tuple[str, ...] = ()
    """Territories that are an institution when they sign, as their governor does for
    them ("la province d'Ouezzane", «عمالة فاس»), but not in a post nor where
    something is."""
    region_adjectives: tuple[str, ...] = ()
    """Adjectives of a region named for a river or a mountain, after it in an
    institution's name («بملوية العليا», «بدرعة الوسطى», «بالأطلس المتوسط الأوسط»)."""
    heads_first: dict[OrganizationKind, tuple[str, ...]] = attrs.Factory(dict)
    """Words of kind that open a foreign name and never end it ("Fondazione Reggia
    Digitale"), by the kind they make: heads like those of ``organization_heads``."""
    foreign_name_links: tuple[str, ...] = ()
    """Lowercase words inside the names of foreign institutions and companies ("Fundación
    Drago para los Bosques Atlánticos", "Pust for Alle")."""
    purpose_links: tuple[str, ...] = ()
    """"For … purposes" in the name of a union of users: «… مستعملي المياه لأغراض زراعية»."""
    list_openers: tuple[str, ...] = ()
    """Words before an instrument listed at the start of a sentence, after a count of
    instruments: "Enfin, un contrat de …"."""
    instrument_openers: tuple[str, ...] = ()
    """Phrases that open a sentence on an instrument a count announced, by what it
    provides: "Under a partnership agreement …", "Aux termes d'une convention …"."""
    verb_markers: tuple[str, ...] = ()
    """Words after which an instrument's word is a verb: "able to deal with public
    offices"."""
    pronoun_names: tuple[str, ...] = ()
    """Given names that are also a preposition with a pronoun («لي», to me): after a verb
    in the present they are the pronoun ("يحكي لي يومه", he tells me his day)."""
    plurals_without_s: tuple[str, ...] = ()
    """Plurals whose possessive is written "'s" ("Women's", "Children's"): inside a name,
    as a plural's "Users'" is ("Oriental Women's Voice Association")."""
    object_pronouns: tuple[str, ...] = ()
    """The pronoun after a verb of signing that stands for what was named before: "X and
    Y signed it in Rabat"."""
    personal_pronouns: tuple[str, ...] = ()
    """The pronouns that stand for the person the sentence before named: "He is a professor
    of …", "A professor of …, she will …", "Il est …"."""
    subject_pronouns: tuple[str, ...] = ()
    """The pronoun before a verb of signing that stands for the institution the sentence
    before opened with: "L'ADII a dressé un bilan … Dans la foulée, elle a signé …"."""
    signing_adverbs: tuple[str, ...] = ()
    """Words that may stand between who signs and the verb: "elle a également signé", "it
    also signed"."""
    one_per_nation: tuple[str, ...] = ()
    """Heads of which a nation has one: with a nationality after them they name it
    («البرلمان الأوروبي»), where most heads only describe («الهيئة الإماراتية»)."""
    platforms: tuple[str, ...] = ()
    """Words for a platform: after "و" one starts what an institution works with, not
    more of its name ("… تشغيل الشباب ومنصة التعلم عن بعد")."""
    titles_of_people_too: tuple[str, ...] = ()
    """Company titles a person may have too ("deputy", "spokesman"): after "X's" they say
    nothing of X being a company ("Tazi's deputy"), where "Paytic's chief executive" does."""
    naming_words: tuple[str, ...] = ()
    """Words a new venture's or programme's name follows ("called Safepay", "baptisée Nour",
    "شركة ناشئة تدعى نوماد داتا")."""
    anaphors: tuple[str, ...] = ()
    """Nouns that, with "the" (or the Arabic article) and no name, stand for an institution
    named before: "L'établissement a signé …", "The company signed …", "ووقعت الشركة …"."""
    topic_heads: tuple[str, ...] = ()
    """Arabic heads of research and training institutions whose name goes on through
    "في" with their field ("معهد البحث في الطاقة الشمسية")."""
    participle_heads: tuple[str, ...] = ()
    """Arabic title words that are participles too ("مدرب": coach, trained): before one of
    ``participle_links`` they say how something was made ("المدرب على صور فضائية")."""
    participle_links: tuple[str, ...] = ()
    """Prepositions after such a participle: «على» and its forms with a pronoun (a word
    joined to «ب» counts too)."""
    place_openers: tuple[str, ...] = ()
    """Arabic words that open a place's name ("وادي زيز", "عين تاملالت", "آيت عميرة"): after
    "ب" at the end of an institution's name, they and the next word are where it is
    ("جمعية منتجي التمور بوادي زيز")."""
    research_words: tuple[str, ...] = ()
    """Arabic words for research, cooperation, innovation or mastery after which an
    institution's name goes on through "في" with its field, whatever its head ("الوكالة
    اليابانية للبحث في الموارد البحرية", "الوكالة الكورية للتعاون في مجال الصحة الرقمية",
    "الوكالة المغربية للتحكم في الطاقة")."""
    supervising_titles: tuple[str, ...] = ()
    """Arabic titles of keeping or supervising something, after which «على» and the
    institution kept go on the post ("القيّم على خزانة الزاوية الناصرية", "المشرف على
    مختبر …"). «القيّم» is a title only so, through ``compound_titles``: alone, «قيمة» is
    a value."""
    regional_demonyms: tuple[str, ...] = ()
    """Arabic adjectives of a region within a country, masculine ("الأندلسي"): like a
    nationality, they say where a centre named with them is from ("المركز الأندلسي
    لتنسيق الطوارئ"); unlike one, they end no other name ("للموسيقى الأندلسية")."""
    participle_kinds: tuple[str, ...] = ()
    """Arabic words of kind with the article that are also participles: after a definite
    noun that is no word of kind they qualify it ("الجهة المنظمة للمهرجان")."""
    company_parts: tuple[str, ...] = ()
    """Arabic nouns of a company's part or premises before its name ("مصنع أطلس
    موتورز", "إدارة أنفا موبيليتي"): no word of a name its suffix ends."""
    bi_objects: tuple[str, ...] = ()
    """Arabic verbal nouns with the article whose object «ب» joins, which goes on an
    institution's name ("المركز الجهوي لليقظة والإنذار بحرائق الغابات")."""
    within_words: tuple[str, ...] = ()
    """Arabic nouns of a span of time after «في» ("في ظرف ساعة", "في غضون أسبوع"): when,
    so no research field goes on an institution's name before them."""
    field_named_heads: tuple[str, ...] = ()
    """Arabic words of kind that name an institution with one word of its own and a field
    only where it signs ("وشبكة تويزة لتعاونيات الأركان"); elsewhere they are common
    nouns ("شبكة الطرق")."""
    centre_functions: tuple[str, ...] = ()
    """Arabic nouns that, after «مركز», say what a centre is for rather than name it
    ("مركز القيادة", "مركز الاتصال للإشراف"): no institution's name."""
    joint_work: tuple[str, ...] = ()
    """Arabic words of working together that, before «مع», make the prefecture or
    province after it an institution acting ("بتنسيق مع عمالة إقليم سيدي قاسم"), not a
    place."""
    area_nouns: tuple[str, ...] = ()
    """Arabic nouns of a kind of area that, after «ب» and before their adjective, end an
    institution's field in its name ("المعهد الوطني للعلوم الزراعية بالمناطق الجافة",
    "الجمعية المغربية للتنمية بالوسط القروي"): no place the name is written with."""
    residence_participles: tuple[str, ...] = ()
    """Arabic participles of living somewhere, after which «ب» and the countries go on an
    institution's name ("جمعية المغاربة المقيمين بهولندا وبلجيكا")."""
    ordinal_heads: tuple[str, ...] = ()
    """Title words that are also ordinals: a post only before a title word or a capital
    ("premier ministre", "Premier Li"), not "au premier rang du public"."""
    party_territories: tuple[str, ...] = ()
    """Arabic words for a region that, before its name and where a party stands, name it as
    one ("بين الوكالة وجهة الدار البيضاء-سطات")."""
    science_words: tuple[str, ...] = ()
    """Arabic words for a science ("علوم", "لعلوم"), after which a title word with the
    article is what the science studies, no one's post ("المعهد الريفي لعلوم البحار")."""
    field_words: tuple[str, ...] = ()
    """Arabic words for one field, "في" and one of which go on such a name ("في مجال
    الصحة"); ``domain_words`` holds their plurals and duals too."""
    state_words: tuple[str, ...] = ()
    """Arabic words for a state after which a word written as a nationality is the
    country's name ("لجمهورية الشيلي"), not an institution's nationality."""
    offices: tuple[str, ...] = ()
    """Words for an institution's office or branch ("مكتب", "فرع"), or a regional post's
    adjective ("الجهوية", "الإقليمي"): a city after the name of the institution that
    follows one is where the office is ("مدير مكتب الوكالة الفرنسية للتنمية بالرباط",
    "المديرة الجهوية للقرض الفلاحي للمغرب بالدار البيضاء"), not part of its name."""
    domain_words: tuple[str, ...] = ()
    """Words for "field" or "domain" ("مجال", "مجالي"): "في" before one says what an
    agreement is about, not a field in a name ("مع المدرسة الحسنية للأشغال العمومية في
    مجالي البحث والتكوين")."""
    generic_anaphors: tuple[str, ...] = ()
    """Nouns that, counted ("the two parties", "les deux institutions", "الطرفان"), stand
    for as many institutions of any kind named together before."""
    anaphor_phrases: dict[str, str] = attrs.Factory(dict)
    """Phrases of two words that stand for an institution named before as one of
    ``anaphors`` does, with that anaphor: "la jeune pousse" as "la start-up"."""
    plurals: dict[str, str] = attrs.Factory(dict)
    """Plurals of ``anaphors`` and ``generic_anaphors`` that no rule derives from the
    singular (البنوك → البنك); "banks", "sociétés" and "الشركات" need no entry."""
    heads_by_meaning: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    """Words of kind by what they mean, glossed in English ("bank": banque): one gloss in
    every language makes them one word, so "the bank" stands for "Banque Nakhla"."""
    not_acronyms: tuple[str, ...] = ()
    """Capitalised abbreviations that are not institutions (CEO, MW, AI)."""
    not_names: tuple[str, ...] = ()
    """Capitalised words that name neither a person nor an institution: countries,
    nationalities, events (Espagne, Moroccan, Forum); in Arabic, words that end no
    person's name though they may follow one: what the verb before the name acts on
    ("الطرفين": دعا محمد السباعي الطرفين; "حفل": ترأس الوزير كريم لحلو حفل التوقيع)."""
    not_verbal_nouns: tuple[str, ...] = ()
    """Arabic nouns shaped as verbal nouns (إفعال, تفعيل) that are none: «أركان», the
    argan tree, which «لأركان» names in an institution's name, not "for doing"."""
    not_given_as_written: tuple[str, ...] = ()
    """Words that fold to a given name but, as written, are none: "على" (on) is not
    "علي" (Ali). Compared with the text as written, not folded."""
    agreements: dict[AgreementKind, tuple[str, ...]]
    """The names of instruments, by the kind each names."""
    generic_agreements: tuple[str, ...] = ()
    """Words for any agreement: a kind of their own only when nothing more precise is named."""
    agreement_adjectives: tuple[str, ...] = ()
    signing: tuple[str, ...]
    """Words of signing: a sentence with one and an instrument reports an agreement."""
    signing_nouns: tuple[str, ...] = ()
    """Words of signing that name the act, not who does it ("la signature", "the signing
    ceremony", "حفل التوقيع"): a person in their sentence signs only if a verb says so."""
    document_anaphors: tuple[str, ...] = ()
    """Words that name again the document an agreement is ("Le texte a été signé …", "The
    document was signed", "الوثيقة"): an agreement named in the sentence before is the
    one signed."""
    parent_links: tuple[str, ...] = ()
    """Nouns of a part of an institution, before "of" and its owner in an apposition
    ("the rural development arm of Al Wifaq Bank", "filiale de …"): the owner is no
    party of what the part signs."""
    study_words: tuple[str, ...] = ()
    """Studies and research with the article ("الدراسات", "الأبحاث"), after which "حول" gives
    what an institution studies, as part of its name: «مركز الدراسات المتقدمة حول الزيتون»."""
    mayors: tuple[str, ...] = ()
    """Titles of a town's elected head ("عمدة", "maire", "mayor"): the commune of the town
    the title names, when the article names it, is who the mayor signs for."""
    commune_heads: tuple[str, ...] = ()
    """Words that make an institution a town's commune ("جماعة", "commune", "municipality"),
    the rest of its name being the town's."""
    separate_words: tuple[str, ...] = ()
    """Adjectives between an indefinite article and an instrument listed after a count
    ("In a separate memorandum of understanding, …", "Dans un autre mémorandum …")."""
    counted_documents: tuple[str, ...] = ()
    """Plural words for documents that, after a number, count instruments the ordinals of
    the sentences after name one by one ("deux textes ont été paraphés. Le premier est
    une convention …"); alone they name no agreement ("les textes de loi")."""
    signed_objects: tuple[str, ...] = ()
    """Words that name an instrument only as what a verb of signing acts on ("a signé
    mercredi le marché": the public contract; "le marché de l'IA" is none)."""
    not_yet_adjacent: tuple[str, ...] = ()
    """Phrases that put a signing in the future only right before its verb ("to sign",
    "to be signed"), not further back ("To meet it, UM6P signed …")."""
    subjunctive_particles: tuple[str, ...] = ()
    """Particles that put the present-tense verb right after them out of the past ("على
    أن يوقع اتفاقية", "لكي توقع"): no signing is reported, unlike "بعد أن وقع"."""
    verbal_noun_particles: tuple[str, ...] = ()
    """Prepositions after which a present-tense form of signing is a noun of another
    verb: «يشتغلون على توقع الإنتاج» (forecasting it), not «توقّع» (she signs)."""
    not_yet_signed: tuple[str, ...] = ()
    """Words before a signing word that put it in the future ("sera signée") or deny it
    ("sans la signer", "without signing")."""
    awaiting: tuple[str, ...] = ()
    """Words of waiting that put a signing word a few words after them still to come:
    "is waiting for another signature", "attend une autre signature"; not "the region,
    which awaits a new hospital, signed …"."""
    regnal_ordinals: tuple[str, ...] = ()
    """Ordinals that end a king's name, for which sites are named: «الحسن الأول»,
    «محمد الخامس» ("مطار العيون الحسن الأول" is the airport's name)."""
    teams: tuple[str, ...] = ()
    """Words for a group led by or named for the person after them, no part of that
    person's name: «فريق رشيد أمزيل» (Rachid Amzil's team)."""
    attached: tuple[str, ...] = ()
    """Words that say a body belongs to another, set off with it between a post and its
    holder: "رئيس لجنة التفتيش التابعة للوزارة، حميد الزروالي"."""
    sentence_adverbs: tuple[str, ...] = ()
    """English adverbs that open a sentence before a comma ("Next,", "Meanwhile,"): no
    name of anything, where a company may be called Next Technologies."""
    awaited: tuple[str, ...] = ()
    """Words that say an instrument is awaited ("A memorandum … is expected in January",
    "est attendu au premier semestre", «المرتقب»): "the signing" told after it is
    another's."""
    creation: tuple[str, ...]
    """Words of making something new: a facility named near one is a candidate."""
    facilities: dict[FacilityKind, tuple[str, ...]]
    centre_words: tuple[str, ...] = ()
    """Words for a centre, before the quoted name of a hub (مركز "…")."""
    facility_units: tuple[str, ...] = ()
    """Units that measure a facility (MW, m2, GPUs, servers …): beside one, a figure is
    what it holds, no goal nor statistic."""
    facility_anaphors: tuple[str, ...] = ()
    """Nouns a sentence after a facility's may call it by (le site, the facility, الموقع)."""
    goal_words: tuple[str, ...]
    """Words that make a figure a goal for the future rather than a fact."""
    agreement_terms: tuple[str, ...] = ()
    """Words that say what an agreement commits to ("يقضي بتكوين", "بموجبها"): what
    they count is a goal; what they price stays a figure, the agreement's worth."""
    goal_nouns: tuple[str, ...] = ()
    """Those of the goal words that are nouns ("création", "recruitment"): after "de" or
    "of" they name what a noun is of, and after a verb in the past what was done."""
    goal_phrases: tuple[str, ...] = ()
    """Phrases of aiming, two words or more, whose words alone say nothing ("are to be
    fitted", "is set to open", "appelé à employer"): a count in the phrase's own clause
    is a goal; an amount of money is not aimed at by one."""
    goal_verb_phrases: tuple[str, ...] = ()
    """Verbs of aiming that say so only with the words after them ("table sur", not "table
    ronde" nor "the water table"): the verb is a word of goal in the phrase only."""
    intending: tuple[str, ...] = ()
    """Verbs that aim only before an infinitive ("les partenaires comptent équiper 3.000
    puits"), not before what they count ("la région compte 300 écoles")."""
    wholes_before: tuple[str, ...] = ()
    """Words before a number that make it the whole a goal or a figure is part of ("out
    of some 19,000 lawyers", "parmi 41.000 exploitants", "من أصل 19 ألف محام"): what
    is, a figure, as is what its clause counts besides."""
    auxiliaries: tuple[str, ...] = ()
    """Verbs that make the past with a participle ("a", "ont", "has", "have")."""
    irregular_participles: tuple[str, ...] = ()
    """Past participles that do not end as most do ("dit", "pris", "ouvert"): after "a"
    they make a verb in the past, as "a appelé" does."""
    announcing: tuple[str, ...] = ()
    """Past participles that tell an aim rather than a deed ("annoncé", "prévu")."""
    future_words: tuple[str, ...] = ()
    """Words that put a facility in the future: planned, not yet made."""
    figure_verbs: tuple[str, ...] = ()
    """Verbs that state a figure as fact ("وبلغ رقم معاملاتها …", "emploie")."""
    state_verbs: tuple[str, ...] = ()
    """Verbs that state what something holds ("emploie", "hosts", "يشغل"): a fact, but
    what is aimed at when a word of aiming comes before them in the clause ("من المرتقب
    أن يشغل المركز 450 مهندسا")."""
    fact_words: tuple[str, ...] = ()
    """Words that put a figure in the present, as fact ("déjà", "currently", "حاليا")."""
    cost_words: tuple[str, ...] = ()
    """Words that make an amount what something costs or is given, a fact even of the
    future ("doté d'un budget de", "will cost", "بغلاف مالي قدره", "the $1.2 billion project")."""
    change_words: tuple[str, ...] = ()
    """Verbs of change before "de X à Y", "from X to Y" ("passer", "rise", "ارتفع"): with
    one, the first number is what is now; without, the two are a range."""
    movements: tuple[tuple[str, str], ...] = ()
    """The words around the first number of a change ("de 85 à 145 salariés", "from 40
    to 60"): the first is what is, a figure, whatever is aimed at."""
    statement_links: tuple[str, ...] = ()
    """Words that start another reported statement ("وأن"): the words after one say
    nothing of a figure before it."""
    pledge_words: tuple[str, ...] = ()
    """Verbs that commit an amount ("will invest", "investira", "ستضخ"): a figure, as a
    budget is, unless its clause gives a year still to come ("plans to invest 4 billion
    dirhams by 2027")."""
    cost_phrases: tuple[str, ...] = ()
    """Phrases whose last word would say a goal on its own, but which say what an amount
    is ("tour de table" beside "table sur")."""
    metrics: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    """Words that say what an amount measures, by the metric."""
    ministers: tuple[str, ...] = ()
    """Words for a minister, whose post names a ministry."""
    ministry: tuple[str, ...] = ()
    """The word for a ministry, to name one from a minister's post."""
    ministry_skipped: tuple[str, ...] = ()
    """Words between a minister's title and the ministry's field ("المنتدب", "délégué")."""
    ministry_attached: tuple[str, ...] = ()
    """Words before whom a minister delegate reports to ("لدى رئيس الحكومة", "auprès du
    Chef du gouvernement"), which the ministry's field follows after a word of
    ``ministry_skipped`` ("المكلفة", "chargée")."""
    offices_of_titles: dict[str, str] = attrs.Factory(dict)
    """A title its holder alone bears and the office it heads, which signs when they do
    ("المندوب السامي للتخطيط" → "المندوبية السامية للتخطيط", "haut-commissaire au Plan"
    → "Haut-Commissariat au Plan")."""
    directorates: dict[str, str] = attrs.Factory(dict)
    """A director's title and the directorate it heads ("directrice" → "Direction"):
    "directrice régionale de la santé" signs for the "Direction régionale de la santé"."""
    directorate_adjectives: dict[str, str] = attrs.Factory(dict)
    """Adjectives after a director's title, in the directorate's gender ("régional" →
    "régionale", "général" → "générale", "الجهوي" → "الجهوية"): "directeur général des
    impôts" heads the Direction générale des impôts."""
    directorate_adjectives_before: tuple[str, ...] = ()
    """Adjectives written before a director's title ("regional director of health"): the
    directorate takes them in the same place ("regional directorate of health")."""
    places: dict[str, tuple[str, PlaceKind]]
    """Cities, regions and the country, each with its English name and kind."""
    furniture: tuple[str, ...] = ()
    """Phrases of page furniture: newsletter and comment prompts, links to other articles."""
    bylines: tuple[str, ...] = ()
    """Words that open a byline of a few words ("By Rania Filali", "Par …", "بقلم …")."""
    dateline_words: tuple[str, ...] = ()
    """Words before the date an article gives for itself ("Publié le 09/10/2025")."""
    abbreviations: tuple[str, ...] = ()
    """Words a full stop follows without ending the sentence (M., Dr., Inc., Oct.)."""
    transliteration: dict[str, str] = attrs.Factory(dict)
    """How each letter of the script is written in Latin letters, roughly (ش is "ch")."""


def languages() -> tuple[str, ...]:
    """The languages with a data file, by code: ``("ar", "en", "fr")``."""
    return _wordfiles.codes(__package__)


def read_language(code: str) -> Language:
    """The words of one language, from ``lexicon/<code>.json``.

    Raises:
        DatasetError: listing every problem of the file, each with its path.

    """
    return _wordfiles.read(__package__, code, Language)


def _title_forms(stem: str) -> Iterable[str]:
    """An Arabic title word and the forms it takes: وزير، الوزير، وزيرها، مديرته …"""
    base = normalize(stem)
    if base.isascii() or not base:
        return (base,)
    feminine = base.removesuffix("ه")
    return (base, "ال" + base, base + "ها", base + "ه", feminine + "تها", feminine + "ته")


def _verb_forms(verb: str) -> Iterable[str]:
    """An Arabic verb and the forms it takes with an object pronoun: وقعها، وقعه، أبرماها."""
    base = normalize(verb)
    if base.isascii() or not base or base.startswith("ال"):
        return (base,)
    return (base, base + "ها", base + "ه", base + "هما", base.removesuffix("ا") + "اها")


@attrs.frozen(kw_only=True)
class Lexicon:
    """Every language's words merged into the normalised sets the scanners look up."""

    given_names: frozenset[str]
    compound_first: frozenset[str]
    compound_second: frozenset[str]
    name_links: frozenset[str]
    patronymics: frozenset[str]
    name_particles: frozenset[str]
    honorifics: frozenset[str]
    title_heads: frozenset[str]
    bare_titles: frozenset[str]
    trades_of_a_kind: frozenset[str]
    """``bare_title_heads``: title words only as written, some of them family names too
    («الفلاح», «القاضي»)."""
    title_modifiers: frozenset[str]
    former: frozenset[str]
    age_words: frozenset[str]
    title_links: frozenset[str]
    stopwords: frozenset[str]
    speech_verbs: frozenset[str]
    presence: frozenset[str]
    met_phrases: tuple[tuple[str, ...], ...]
    given_nouns: frozenset[str]
    relatives_of_people: frozenset[str]
    presence_after: tuple[tuple[str, ...], ...]
    presence_openers: frozenset[str]
    seats: frozenset[str]
    oversight: tuple[tuple[str, ...], ...]
    agents: frozenset[str]
    party_breaks: frozenset[str]
    gathering_before_names: frozenset[str]
    gathering_participles: frozenset[str]
    gathering_before_lists: frozenset[str]
    gathering: Mapping[tuple[str, ...], frozenset[str]]
    signers_named: tuple[tuple[str, ...], ...]
    """``gathering``, each phrase with the languages it is of: the French "unit" is no
    English "unit"."""
    signatory_lists: tuple[tuple[str, ...], ...]
    possessive_determiners: frozenset[str]
    names_signed: frozenset[str]
    place_prefixes: frozenset[str]
    age_phrases: tuple[tuple[str, ...], ...]
    ages_opening: frozenset[str]
    age_pronouns: frozenset[str]
    age_clauses: tuple[tuple[str, ...], ...]
    age_present: frozenset[str]
    object_nouns: frozenset[str]
    undertakings: frozenset[str]
    procedures: frozenset[str]
    sectors_in_names: frozenset[str]
    one_of: frozenset[str]
    own_people: frozenset[str]
    size_adjectives: frozenset[str]
    site_nouns: frozenset[str]
    ranks: frozenset[str]
    monuments: frozenset[str]
    namesakes: frozenset[str]
    signatory_nouns: frozenset[str]
    roll_call: frozenset[str]
    signature_pronouns: frozenset[str]
    past_clause_openers: frozenset[str]
    saint_sites: frozenset[str]
    verbs_before_names: frozenset[str]
    copulas: frozenset[str]
    conditionals: frozenset[str]
    past_negations: frozenset[str]
    apposition_pronouns: frozenset[str]
    indefinite_articles: frozenset[str]
    demonstratives: frozenset[str]
    co_signing: frozenset[str]
    counterparts: frozenset[str]
    name_joiners: frozenset[str]
    place_links: frozenset[str]
    residence_words: frozenset[str]
    others: frozenset[str]
    topic_words: frozenset[str]
    name_breaks: tuple[tuple[str, ...], ...]
    products: frozenset[str]
    not_institutions: tuple[tuple[str, ...], ...]
    agreement_purposes: Mapping[str, str]
    """Each word of ``agreement_purposes`` and the first word of its purpose."""
    post_introducers: tuple[tuple[str, ...], ...]
    subject_verbs: frozenset[str]
    founders: tuple[tuple[str, ...], ...]
    compound_titles: tuple[tuple[str, ...], ...]
    place_adjectives: frozenset[str]
    presence_participles: frozenset[str]
    relative_pronouns: frozenset[str]
    thing_relatives: frozenset[str]
    amendments: frozenset[str]
    other_instruments: frozenset[str]
    framework_purposes: frozenset[str]
    instrument_duals: frozenset[str]
    instrument_ordinals: Mapping[str, int]
    """Every language's ``instrument_ordinals`` (token keys), with the rank each gives."""
    on_behalf: tuple[tuple[str, ...], ...]
    field_joins: tuple[tuple[str, ...], ...]
    written_stopwords: frozenset[str]
    written_names: frozenset[str]
    spelled_letters: frozenset[str]
    spelled_words: frozenset[str]
    verb_prepositions: frozenset[str]
    post_continuations: tuple[tuple[str, ...], ...]
    presiding: frozenset[str]
    home_country: frozenset[str]
    compass_points: frozenset[str]
    scope_words: frozenset[str]
    enumerated_heads: frozenset[str]
    minister_ranks: frozenset[str]
    head_of_government: frozenset[str]
    facility_sizes: frozenset[str]
    capacity_words: frozenset[str]
    share_nouns: frozenset[str]
    organization_heads: Mapping[str, OrganizationKind]
    french_heads: frozenset[str]
    """The heads of French names that are no English word of kind ("école", "société"):
    in English text, the name they head goes on as a French one does ("the École
    Verneuil de design")."""
    institution_phrases: tuple[tuple[tuple[str, ...], OrganizationKind], ...]
    known_keys: Mapping[tuple[str, ...], OrganizationKind]
    """``known_institutions`` written in Arabic letters, as the keys of their tokens."""
    known_institutions: Mapping[str, OrganizationKind]
    """Every language's ``known_institutions``, as written, with their kinds."""
    any_kind: frozenset[str]
    generic_heads: frozenset[str]
    generic_complements: frozenset[str]
    ad_hoc_fields: frozenset[str]
    construct_heads: frozenset[str]
    founded_heads: frozenset[str]
    chambers: tuple[tuple[str, ...], ...]
    programs: frozenset[str]
    located_heads: frozenset[str]
    located_services: frozenset[str]
    missions: frozenset[str]
    national_bodies: frozenset[str]
    distributives: frozenset[str]
    lowercase_heads: frozenset[str]
    proper_heads: frozenset[str]
    banks_named_by_adjective: frozenset[str]
    trailing_heads: frozenset[str]
    describing_adjectives: frozenset[str]
    events: frozenset[str]
    kinship_titles: frozenset[str]
    surname_titles: frozenset[str]
    named_heads: frozenset[str]
    sector_heads: frozenset[str]
    legal_forms: frozenset[str]
    phrases_of_many: tuple[tuple[str, ...], ...]
    territorial_adjectives: frozenset[str]
    branch_heads: frozenset[str]
    title_complements: frozenset[str]
    title_prepositions: frozenset[str]
    construct_adjectives: frozenset[str]
    descriptors_in_name: frozenset[str]
    cause_links: frozenset[str]
    settlements: frozenset[str]
    kinds_after_in_name: frozenset[str]
    respectively: frozenset[str]
    territories: frozenset[str]
    origin_words: frozenset[str]
    decade_words: frozenset[str]
    royal_ordinals: frozenset[str]
    royal_titles: frozenset[str]
    purposes: frozenset[str]
    origin_adjectives: frozenset[str]
    quality_complements: frozenset[str]
    name_joints: frozenset[tuple[str, ...]]
    company_titles: frozenset[str]
    """Every language's ``company_titles`` and ``officer_titles``."""
    officer_titles: frozenset[str]
    company_adjectives: frozenset[str]
    nationalities: frozenset[str]
    organization_suffixes: frozenset[str]
    linked_suffixes: frozenset[str]
    suffix_links: tuple[tuple[str, ...], ...]
    organization_descriptors: frozenset[str]
    verb_descriptors: frozenset[str]
    purposed_heads: frozenset[str]
    relatives: frozenset[str]
    the_late: frozenset[str]
    fellows: frozenset[str]
    member_words: frozenset[str]
    delegate_words: frozenset[str]
    charged_with: frozenset[str]
    federal: frozenset[str]
    national: frozenset[str]
    one_per_nation: frozenset[str]
    signing_territories: frozenset[str]
    region_adjectives: frozenset[str]
    heads_first: frozenset[str]
    foreign_name_links: frozenset[str]
    purpose_links: frozenset[str]
    list_openers: frozenset[str]
    instrument_openers: tuple[tuple[str, ...], ...]
    verb_markers: frozenset[str]
    object_pronouns: frozenset[str]
    personal_pronouns: frozenset[str]
    subject_pronouns: frozenset[str]
    signing_adverbs: frozenset[str]
    plurals_without_s: frozenset[str]
    pronoun_names: frozenset[str]
    platforms: frozenset[str]
    company_only_descriptors: frozenset[str]
    titles_of_people_too: frozenset[str]
    naming_words: frozenset[str]
    anaphors: frozenset[str]
    generic_anaphors: frozenset[str]
    topic_heads: frozenset[str]
    research_words: frozenset[str]
    place_openers: frozenset[str]
    participle_heads: frozenset[str]
    participle_links: frozenset[str]
    field_words: frozenset[str]
    science_words: frozenset[str]
    party_territories: frozenset[str]
    ordinal_heads: frozenset[str]
    transliterated_words: frozenset[str]
    residence_participles: frozenset[str]
    participle_kinds: frozenset[str]
    company_parts: frozenset[str]
    bi_objects: frozenset[str]
    within_words: frozenset[str]
    field_named_heads: frozenset[str]
    centre_functions: frozenset[str]
    joint_work: frozenset[str]
    area_nouns: frozenset[str]
    regional_demonyms: frozenset[str]
    supervising_titles: frozenset[str]
    state_words: frozenset[str]
    domain_words: frozenset[str]
    offices: frozenset[str]
    anaphor_phrases: Mapping[str, str]
    plurals: Mapping[str, str]
    head_equivalents: Mapping[str, frozenset[str]]
    """Each word of ``heads_by_meaning`` and the words of every language that mean it."""
    not_acronyms: frozenset[str]
    not_names: frozenset[str]
    not_verbal_nouns: frozenset[str]
    not_institution_ends: frozenset[str]
    not_given_as_written: frozenset[str]
    agreements: tuple[tuple[tuple[str, ...], AgreementKind], ...]
    generic_agreements: frozenset[str]
    agreement_adjectives: frozenset[str]
    signing: frozenset[str]
    signing_nouns: frozenset[str]
    signed_objects: frozenset[str]
    document_anaphors: frozenset[str]
    parent_links: frozenset[str]
    study_words: frozenset[str]
    mayors: frozenset[str]
    commune_heads: frozenset[str]
    separate_words: frozenset[str]
    counted_documents: frozenset[str]
    not_yet_signed: frozenset[str]
    awaiting: frozenset[str]
    attached: frozenset[str]
    teams: frozenset[str]
    regnal_ordinals: frozenset[str]
    sentence_adverbs: frozenset[str]
    awaited: frozenset[str]
    subjunctive_particles: frozenset[str]
    verbal_noun_particles: frozenset[str]
    not_yet_adjacent: tuple[tuple[str, ...], ...]
    creation: frozenset[str]
    facilities: tuple[tuple[tuple[str, ...], FacilityKind], ...]
    centre_words: frozenset[str]
    facility_anaphors: frozenset[str]
    facility_units: frozenset[str]
    goal_words: frozenset[str]
    agreement_terms: frozenset[str]
    goal_nouns: frozenset[str]
    goal_phrases: tuple[tuple[str, ...], ...]
    goal_verb_phrases: tuple[tuple[str, ...], ...]
    intending: frozenset[str]
    wholes_before: tuple[tuple[str, ...], ...]
    auxiliaries: frozenset[str]
    irregular_participles: frozenset[str]
    announcing: frozenset[str]
    future_words: frozenset[str]
    figure_verbs: frozenset[str]
    state_verbs: frozenset[str]
    fact_words: frozenset[str]
    cost_words: frozenset[str]
    pledge_words: frozenset[str]
    statement_links: frozenset[str]
    movements: frozenset[tuple[str, str]]
    change_words: frozenset[str]
    cost_phrases: tuple[tuple[str, ...], ...]
    metrics: tuple[tuple[frozenset[str], str], ...]
    ministers: frozenset[str]
    ministry: Mapping[str, str]
    """The word for a ministry, by language ("ar": وزارة, "fr": ministère)."""
    ministry_skipped: frozenset[str]
    ministry_attached: frozenset[str]
    offices_of_titles: Mapping[str, str]
    """A title (normalised), in any language, and the name of the office it heads."""
    directorates: Mapping[str, Mapping[str, str]]
    """By language, a director's title (normalised) and the word for the directorate."""
    directorate_adjectives: Mapping[str, Mapping[str, str]]
    """By language, adjectives after a director's title (normalised) in the directorate's
    gender: "general" is "générale" in French and "General" in English."""
    directorate_adjectives_before: Mapping[str, frozenset[str]]
    """By language, adjectives written before a director's title (normalised)."""
    places: Mapping[str, tuple[str, PlaceKind]]
    """Place names (normalised, words joined by a space) with their English name and kind."""
    furniture: tuple[str, ...]
    bylines: frozenset[str]
    dateline_words: frozenset[str]
    abbreviations: frozenset[str]
    transliteration: Mapping[str, str]
    """Letters of other scripts and their Latin spelling, for ids and cross-script matching."""


def _heads_of(language: Language) -> frozenset[str]:
    """The keys of a language's heads of institutions' names."""
    return keys(
        word
        for by_kind in (language.organization_heads, language.heads_first)
        for heads in by_kind.values()
        for word in heads
    )


def _merge(read: Mapping[str, Language]) -> Lexicon:
    every = list(read.values())

    def words(field: str) -> frozenset[str]:
        return keys(word for language in every for word in getattr(language, field))

    def phrases(field: str) -> tuple[tuple[str, ...], ...]:
        return tuple(phrase(text) for language in every for text in getattr(language, field))

    places: dict[str, tuple[str, PlaceKind]] = {}
    for language in every:
        for name, (english, kind) in language.places.items():
            places.setdefault(normalize(name), (english, kind))
            places.setdefault(normalize(english), (english, kind))
    ministry = {code: language.ministry[0] for code, language in read.items() if language.ministry}
    meanings: dict[str, set[str]] = {}
    for language in every:
        for gloss, heads in language.heads_by_meaning.items():
            meanings.setdefault(gloss, set()).update(keys(heads))
    equivalents = {head: frozenset(same) for same in meanings.values() for head in same}
    return Lexicon(
        given_names=words("given_names"),
        compound_first=words("compound_first"),
        compound_second=words("compound_second"),
        name_links=words("name_links"),
        patronymics=words("patronymics"),
        name_particles=words("name_particles"),
        honorifics=words("honorifics"),
        title_heads=frozenset(
            form
            for language in every
            for stem in language.title_heads
            for form in _title_forms(stem)
        )
        | words("bare_title_heads"),
        bare_titles=words("bare_title_heads"),
        trades_of_a_kind=words("trades_of_a_kind"),
        title_modifiers=words("title_modifiers"),
        former=words("former"),
        age_words=words("age_words"),
        title_links=words("title_links"),
        stopwords=words("stopwords"),
        speech_verbs=words("speech_verbs"),
        presence=words("presence"),
        met_phrases=phrases("met_phrases"),
        given_nouns=words("given_nouns"),
        relatives_of_people=words("relatives_of_people"),
        presence_after=phrases("presence_after"),
        presence_openers=words("presence_openers"),
        seats=words("seats"),
        oversight=phrases("oversight"),
        agents=words("agents"),
        party_breaks=words("party_breaks"),
        signers_named=phrases("signers_named"),
        gathering_before_names=words("gathering_before_names"),
        gathering_participles=frozenset(
            word for language in every for word in language.gathering_participles
        ),
        gathering_before_lists=words("gathering_before_lists"),
        gathering={
            key: frozenset(
                code for code, language in read.items() if key in map(phrase, language.gathering)
            )
            for key in phrases("gathering")
        },
        signatory_lists=phrases("signatory_lists"),
        possessive_determiners=words("possessive_determiners"),
        names_signed=words("names_signed"),
        place_prefixes=words("place_prefixes"),
        age_phrases=phrases("age_phrases"),
        ages_opening=words("ages_opening"),
        age_pronouns=words("age_pronouns"),
        age_clauses=phrases("age_clauses"),
        age_present=words("age_present"),
        object_nouns=words("object_nouns"),
        undertakings=words("undertakings"),
        procedures=words("procedures"),
        sectors_in_names=words("sectors_in_names"),
        one_of=words("one_of"),
        own_people=words("own_people"),
        size_adjectives=words("size_adjectives"),
        site_nouns=words("site_nouns"),
        ranks=words("ranks"),
        monuments=words("monuments"),
        namesakes=words("namesakes"),
        signatory_nouns=words("signatory_nouns"),
        roll_call=words("roll_call"),
        signature_pronouns=words("signature_pronouns"),
        past_clause_openers=words("past_clause_openers"),
        saint_sites=words("saint_sites"),
        verbs_before_names=words("verbs_before_names"),
        copulas=words("copulas"),
        conditionals=words("conditionals"),
        past_negations=words("past_negations"),
        apposition_pronouns=words("apposition_pronouns"),
        indefinite_articles=words("indefinite_articles"),
        demonstratives=words("demonstratives"),
        co_signing=words("co_signing"),
        counterparts=words("counterparts"),
        name_joiners=words("name_joiners"),
        place_links=words("place_links"),
        residence_words=words("residence_words"),
        others=words("others"),
        topic_words=words("topic_words"),
        products=words("products"),
        agreement_purposes={
            normalize(word): normalize(group[0])
            for language in every
            for group in language.agreement_purposes
            for word in group
        },
        not_institutions=phrases("not_institutions"),
        name_breaks=phrases("name_breaks"),
        post_continuations=phrases("post_continuations"),
        field_joins=phrases("field_joins"),
        written_stopwords=frozenset(
            word for language in every for word in language.written_stopwords
        ),
        written_names=frozenset(word for language in every for word in language.written_names),
        spelled_words=frozenset(word for language in every for word in language.spelled_words),
        verb_prepositions=frozenset(
            word for language in every for word in language.verb_prepositions
        ),
        spelled_letters=frozenset(word for language in every for word in language.spelled_letters),
        post_introducers=phrases("post_introducers"),
        subject_verbs=words("subject_verbs"),
        founders=phrases("founders"),
        compound_titles=phrases("compound_titles"),
        place_adjectives=words("place_adjectives"),
        presence_participles=words("presence_participles"),
        relative_pronouns=words("relative_pronouns"),
        thing_relatives=words("thing_relatives"),
        amendments=words("amendments"),
        other_instruments=words("other_instruments"),
        framework_purposes=words("framework_purposes"),
        instrument_duals=words("instrument_duals"),
        instrument_ordinals={
            key: rank
            for language in every
            for rank, forms in enumerate(language.instrument_ordinals, start=1)
            for key in keys(forms)
        },
        on_behalf=phrases("on_behalf"),
        presiding=words("presiding"),
        home_country=words("home_country"),
        compass_points=words("compass_points"),
        scope_words=words("scope_words"),
        enumerated_heads=words("enumerated_heads"),
        minister_ranks=words("minister_ranks"),
        head_of_government=words("head_of_government"),
        facility_sizes=words("facility_sizes"),
        capacity_words=words("capacity_words"),
        share_nouns=words("share_nouns"),
        organization_heads={
            normalize(word): kind
            for language in every
            for by_kind in (language.organization_heads, language.heads_first)
            for kind, heads in by_kind.items()
            for word in heads
        },
        french_heads=_heads_of(read["fr"]) - _heads_of(read["en"]),
        institution_phrases=tuple(
            (phrase(name), kind)
            for language in every
            for kind, names in language.institution_phrases.items()
            for name in names
        ),
        known_institutions={
            name: kind
            for language in every
            for kind, names in language.known_institutions.items()
            for name in names
        },
        known_keys={
            phrase(name): kind
            for language in every
            for kind, names in language.known_institutions.items()
            for name in names
            if name[:1] >= "\u0600"
        },
        any_kind=words("any_kind"),
        generic_heads=words("generic_heads"),
        generic_complements=words("generic_complements"),
        ad_hoc_fields=words("ad_hoc_fields"),
        construct_heads=words("construct_heads"),
        founded_heads=words("founded_heads"),
        chambers=phrases("chambers"),
        programs=words("programs"),
        located_heads=words("located_heads"),
        located_services=words("located_services"),
        missions=words("missions"),
        national_bodies=words("national_bodies"),
        distributives=words("distributives"),
        lowercase_heads=words("lowercase_heads"),
        proper_heads=words("proper_heads"),
        banks_named_by_adjective=words("banks_named_by_adjective"),
        trailing_heads=words("trailing_heads"),
        describing_adjectives=words("describing_adjectives"),
        events=words("events"),
        kinship_titles=words("kinship_titles"),
        surname_titles=words("surname_titles"),
        named_heads=words("named_heads"),
        sector_heads=words("sector_heads"),
        legal_forms=words("legal_forms"),
        territorial_adjectives=words("territorial_adjectives"),
        branch_heads=words("branch_heads"),
        phrases_of_many=phrases("phrases_of_many"),
        title_complements=words("title_complements"),
        title_prepositions=words("title_prepositions"),
        construct_adjectives=words("construct_adjectives"),
        descriptors_in_name=words("descriptors_in_name"),
        cause_links=words("cause_links"),
        settlements=words("settlements"),
        kinds_after_in_name=words("kinds_after_in_name"),
        respectively=words("respectively"),
        territories=words("territories"),
        origin_words=words("origin_words"),
        decade_words=words("decade_words"),
        royal_ordinals=words("royal_ordinals"),
        royal_titles=words("royal_titles"),
        purposes=words("purposes"),
        origin_adjectives=words("origin_adjectives"),
        quality_complements=words("quality_complements"),
        name_joints=frozenset(phrases("name_joints")),
        company_titles=words("company_titles") | words("officer_titles"),
        officer_titles=words("officer_titles"),
        company_adjectives=words("company_adjectives"),
        nationalities=words("nationalities"),
        organization_suffixes=words("organization_suffixes"),
        linked_suffixes=words("linked_suffixes"),
        suffix_links=phrases("suffix_links"),
        organization_descriptors=words("organization_descriptors"),
        verb_descriptors=words("verb_descriptors"),
        purposed_heads=words("purposed_heads"),
        relatives=words("relatives"),
        the_late=words("the_late"),
        fellows=words("fellows"),
        member_words=words("member_words"),
        delegate_words=words("delegate_words"),
        charged_with=words("charged_with"),
        federal=words("federal"),
        national=words("national"),
        one_per_nation=words("one_per_nation"),
        signing_territories=words("signing_territories"),
        heads_first=keys(
            word for language in every for heads in language.heads_first.values() for word in heads
        ),
        foreign_name_links=words("foreign_name_links"),
        region_adjectives=words("region_adjectives"),
        purpose_links=words("purpose_links"),
        list_openers=words("list_openers"),
        instrument_openers=phrases("instrument_openers"),
        verb_markers=words("verb_markers"),
        object_pronouns=words("object_pronouns"),
        personal_pronouns=words("personal_pronouns"),
        subject_pronouns=words("subject_pronouns"),
        signing_adverbs=words("signing_adverbs"),
        plurals_without_s=words("plurals_without_s"),
        pronoun_names=words("pronoun_names"),
        platforms=words("platforms"),
        company_only_descriptors=words("company_only_descriptors"),
        titles_of_people_too=words("titles_of_people_too"),
        naming_words=words("naming_words"),
        anaphors=words("anaphors"),
        generic_anaphors=words("generic_anaphors"),
        topic_heads=words("topic_heads"),
        research_words=words("research_words"),
        place_openers=words("place_openers"),
        participle_heads=words("participle_heads"),
        participle_links=words("participle_links"),
        field_words=words("field_words"),
        science_words=words("science_words"),
        party_territories=words("party_territories"),
        ordinal_heads=words("ordinal_heads"),
        transliterated_words=frozenset(
            word for language in every for word in language.transliterated_words
        ),
        residence_participles=words("residence_participles"),
        participle_kinds=words("participle_kinds"),
        company_parts=words("company_parts"),
        bi_objects=words("bi_objects"),
        within_words=words("within_words"),
        field_named_heads=words("field_named_heads"),
        centre_functions=words("centre_functions"),
        joint_work=words("joint_work"),
        area_nouns=words("area_nouns"),
        regional_demonyms=words("regional_demonyms"),
        supervising_titles=words("supervising_titles"),
        state_words=words("state_words"),
        domain_words=words("domain_words"),
        offices=words("offices"),
        anaphor_phrases={
            normalize(phrase): normalize(anaphor)
            for language in every
            for phrase, anaphor in language.anaphor_phrases.items()
        },
        plurals={
            normalize(plural): normalize(singular)
            for language in every
            for plural, singular in language.plurals.items()
        },
        head_equivalents=equivalents,
        not_acronyms=frozenset(word for language in every for word in language.not_acronyms),
        not_names=words("not_names"),
        not_verbal_nouns=words("not_verbal_nouns"),
        not_institution_ends=words("not_institution_ends"),
        not_given_as_written=frozenset(
            word for language in every for word in language.not_given_as_written
        ),
        agreements=tuple(
            (phrase(name), kind)
            for language in every
            for kind, names in language.agreements.items()
            for name in names
        ),
        generic_agreements=words("generic_agreements"),
        agreement_adjectives=words("agreement_adjectives"),
        signing=frozenset(
            form for language in every for verb in language.signing for form in _verb_forms(verb)
        )
        | words("signatory_nouns"),
        signing_nouns=words("signing_nouns") | words("signatory_nouns"),
        signed_objects=words("signed_objects"),
        document_anaphors=words("document_anaphors"),
        parent_links=words("parent_links"),
        study_words=words("study_words"),
        mayors=words("mayors"),
        commune_heads=words("commune_heads"),
        separate_words=words("separate_words"),
        counted_documents=words("counted_documents"),
        not_yet_signed=words("not_yet_signed"),
        awaiting=words("awaiting"),
        attached=words("attached"),
        teams=words("teams"),
        regnal_ordinals=words("regnal_ordinals"),
        sentence_adverbs=words("sentence_adverbs"),
        awaited=words("awaited"),
        subjunctive_particles=words("subjunctive_particles"),
        verbal_noun_particles=words("verbal_noun_particles"),
        not_yet_adjacent=phrases("not_yet_adjacent"),
        creation=words("creation"),
        facilities=tuple(
            (phrase(name), kind)
            for language in every
            for kind, names in language.facilities.items()
            for name in names
        ),
        centre_words=words("centre_words"),
        facility_anaphors=words("facility_anaphors"),
        facility_units=words("facility_units"),
        goal_words=words("goal_words"),
        agreement_terms=words("agreement_terms"),
        goal_nouns=words("goal_nouns"),
        goal_phrases=phrases("goal_phrases"),
        goal_verb_phrases=phrases("goal_verb_phrases"),
        intending=words("intending"),
        wholes_before=phrases("wholes_before"),
        auxiliaries=words("auxiliaries"),
        irregular_participles=words("irregular_participles"),
        announcing=words("announcing"),
        future_words=words("future_words"),
        figure_verbs=words("figure_verbs"),
        state_verbs=words("state_verbs"),
        fact_words=words("fact_words"),
        cost_words=words("cost_words"),
        pledge_words=words("pledge_words"),
        statement_links=words("statement_links"),
        change_words=words("change_words"),
        movements=frozenset(
            (normalize(before), normalize(after))
            for language in every
            for before, after in language.movements
        ),
        cost_phrases=phrases("cost_phrases"),
        metrics=tuple(
            (keys(names), metric)
            for language in every
            for metric, names in language.metrics.items()
        ),
        ministers=words("ministers"),
        ministry=ministry,
        ministry_skipped=words("ministry_skipped"),
        ministry_attached=words("ministry_attached"),
        offices_of_titles={
            normalize(title): office
            for language in read.values()
            for title, office in language.offices_of_titles.items()
        },
        directorates={
            code: {normalize(title): head for title, head in language.directorates.items()}
            for code, language in read.items()
            if language.directorates
        },
        directorate_adjectives={
            code: {
                normalize(adjective): feminine
                for adjective, feminine in language.directorate_adjectives.items()
            }
            for code, language in read.items()
        },
        directorate_adjectives_before={
            code: keys(language.directorate_adjectives_before) for code, language in read.items()
        },
        places=places,
        furniture=tuple(
            dict.fromkeys(normalize(text) for language in every for text in language.furniture)
        ),
        bylines=words("bylines"),
        dateline_words=words("dateline_words"),
        abbreviations=words("abbreviations"),
        transliteration={
            letter: latin
            for language in every
            for letter, latin in language.transliteration.items()
        },
    )


@functools.cache
def lexicon() -> Lexicon:
    """The merged words of every language, read once."""
    return _merge({code: read_language(code) for code in languages()})


WORDS = lexicon()
"""The merged words of every language (:class:`Lexicon`)."""
