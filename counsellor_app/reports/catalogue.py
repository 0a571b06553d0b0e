"""Every word a report prints that is not stored text, in English, French and Dutch: headings,
labels, enumeration values and the punctuation around them."""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from typing import Final

from babel.numbers import format_decimal

from counsellor_app.domain.enums import (
    ActionStatus,
    ExchangeKind,
    ExchangeStatus,
    ObservationKind,
    OrganisationKind,
    Transferability,
)

LANGUAGES: Final = ("en", "fr", "nl")
LANGUAGE_NAMES: Final = {"en": "English", "fr": "français", "nl": "Nederlands"}
# The CLDR locale of each language: English as written in Europe ("7 Oct 2016").
LOCALES: Final = {"en": "en_150", "fr": "fr", "nl": "nl"}

# A no-break space: French puts one before a colon and inside guillemets.
_NB = "\u00a0"

# English text → (French, Dutch). The English text is the key, as in gettext: a sentence with
# placeholders ({date}) is looked up whole, so each language orders its words its own way.
MESSAGES: Final[dict[str, tuple[str, str]]] = {
    # what a report is
    "Exchange summary": ("Synthèse de l’échange", "Samenvatting van de uitwisseling"),
    "Comparison digest": ("Synthèse des comparaisons", "Overzicht van vergelijkingen"),
    "Theme dossier": ("Dossier thématique", "Themadossier"),
    "Theme dossier: {theme}": (
        f"Dossier thématique{_NB}: {{theme}}",
        "Themadossier: {theme}",
    ),
    # the first page
    "Prepared by": ("Établi par", "Opgesteld door"),
    "Organisations": ("Organismes", "Organisaties"),
    "Organisations concerned": ("Organismes concernés", "Betrokken organisaties"),
    "Period": ("Période", "Periode"),
    "Exchanges": ("Échanges", "Uitwisselingen"),
    "Made on": ("Établi le", "Opgemaakt op"),
    "Framework": ("Cadre", "Kader"),
    "Funding": ("Financement", "Financiering"),
    "Summary": ("Résumé", "Samenvatting"),
    "Description": ("Description", "Beschrijving"),
    "Filters": ("Critères", "Selectie"),
    "Key points": ("Points clés", "Kernpunten"),
    "The recommendations and lessons recorded, each with where it came from.": (
        "Les recommandations et les leçons enregistrées, chacune avec sa source.",
        "De geregistreerde aanbevelingen en lessen, elk met de bron.",
    ),
    "The practices judged highly transferable, each with the exchange it came from.": (
        "Les pratiques jugées très transférables, chacune avec l’échange d’où elle vient.",
        "De praktijken die als goed overdraagbaar zijn beoordeeld, elk met de uitwisseling "
        "waar ze vandaan komen.",
    ),
    "No recommendations or lessons recorded.": (
        "Aucune recommandation ni leçon enregistrée.",
        "Geen aanbevelingen of lessen geregistreerd.",
    ),
    "No practice is judged highly transferable.": (
        "Aucune pratique n’est jugée très transférable.",
        "Geen enkele praktijk is als goed overdraagbaar beoordeeld.",
    ),
    # sections
    "Itinerary": ("Programme des visites", "Bezoekprogramma"),
    "Participants": ("Participants", "Deelnemers"),
    "Practice comparisons": ("Comparaisons des pratiques", "Vergelijkingen van praktijken"),
    "Observations by theme": ("Observations par thème", "Observaties per thema"),
    "Observations": ("Observations", "Observaties"),
    "Other observations": ("Autres observations", "Overige observaties"),
    "Other comparisons": ("Autres comparaisons", "Overige vergelijkingen"),
    "Follow-up actions": ("Actions de suivi", "Vervolgacties"),
    # empty sections
    "No visits recorded.": ("Aucune visite enregistrée.", "Geen bezoeken geregistreerd."),
    "No participants recorded.": (
        "Aucune personne enregistrée.",
        "Geen deelnemers geregistreerd.",
    ),
    "No comparisons recorded.": (
        "Aucune comparaison enregistrée.",
        "Geen vergelijkingen geregistreerd.",
    ),
    "No observations recorded.": (
        "Aucune observation enregistrée.",
        "Geen observaties geregistreerd.",
    ),
    "No follow-up actions recorded.": (
        "Aucune action de suivi enregistrée.",
        "Geen vervolgacties geregistreerd.",
    ),
    "No practices recorded yet.": (
        "Aucune pratique enregistrée pour l’instant.",
        "Nog geen praktijken geregistreerd.",
    ),
    "No comparisons match.": (
        "Aucune comparaison ne correspond.",
        "Geen enkele vergelijking komt overeen.",
    ),
    "Nothing recorded about this theme.": (
        "Rien n’est enregistré sur ce thème.",
        "Niets geregistreerd over dit thema.",
    ),
    # table heads and labels
    "Dates": ("Dates", "Data"),
    "Place": ("Lieu", "Plaats"),
    "Host → visitor": ("Accueil → visiteurs", "Gastheer → bezoekers"),
    "Purpose": ("Objet", "Doel"),
    "Name": ("Nom", "Naam"),
    "Role": ("Fonction", "Functie"),
    "Office": ("Bureau", "Standplaats"),
    "Without an organisation": ("Sans organisme", "Zonder organisatie"),
    "Action": ("Action", "Actie"),
    "Owner": ("Responsable", "Verantwoordelijke"),
    "Due": ("Échéance", "Uiterlijk"),
    "Status": ("État", "Status"),
    "Practice": ("Pratique", "Praktijk"),
    "Strengths": ("Points forts", "Sterke punten"),
    "Challenges": ("Difficultés", "Knelpunten"),
    "Evidence": ("Éléments à l’appui", "Onderbouwing"),
    "{label} (continued)": ("{label} (suite)", "{label} (vervolg)"),
    "unknown organisation": ("organisme inconnu", "onbekende organisatie"),
    # comparisons
    "Transferability": ("Transférabilité", "Overdraagbaarheid"),
    "not assessed": ("non évaluée", "niet beoordeeld"),
    "As observed on {date}": ("Constaté le {date}", "Vastgesteld op {date}"),
    "Themes": ("Thèmes", "Thema’s"),
    "Exchange": ("Échange", "Uitwisseling"),
    "Theme": ("Thème", "Thema"),
    "Organisation": ("Organisme", "Organisatie"),
    "All comparisons": ("Toutes les comparaisons", "Alle vergelijkingen"),
    "All exchanges": ("Tous les échanges", "Alle uitwisselingen"),
    # observations
    "Translation": ("Traduction", "Vertaling"),
    "noted by {name}": ("noté par {name}", "genoteerd door {name}"),
    "Also about {theme}": ("Aussi sur {theme}", "Ook over {theme}"),
    "Also about this theme, printed elsewhere in this report:": (
        f"Aussi sur ce thème, présenté ailleurs dans ce rapport{_NB}:",
        "Ook over dit thema, elders in dit rapport opgenomen:",
    ),
    "Also about this theme, printed under another:": (
        f"Aussi sur ce thème, présenté sous un autre{_NB}:",
        "Ook over dit thema, onder een ander thema opgenomen:",
    ),
    "under {theme}": ("sous {theme}", "onder {theme}"),
    "among the key points": ("parmi les points clés", "bij de kernpunten"),
    "visit to {place}": ("visite à {place}", "bezoek aan {place}"),
    # page furniture
    "made on {date}": ("établi le {date}", "opgemaakt op {date}"),
    "page {page} of {pages}": ("page {page} sur {pages}", "pagina {page} van {pages}"),
    "names replaced by roles": (
        "noms remplacés par les fonctions",
        "namen vervangen door functies",
    ),
    "a participant": ("un participant", "een deelnemer"),
    "participant": ("participant", "deelnemer"),
    # dates
    "from {date}": ("à partir du {date}", "vanaf {date}"),
    "until {date}": ("jusqu’au {date}", "tot {date}"),
    # counts
    "1 comparison": ("1 comparaison", "1 vergelijking"),
    "{n} comparisons": ("{n} comparaisons", "{n} vergelijkingen"),
    "1 exchange": ("1 échange", "1 uitwisseling"),
    "{n} exchanges": ("{n} échanges", "{n} uitwisselingen"),
    "1 observation": ("1 observation", "1 observatie"),
    "{n} observations": ("{n} observations", "{n} observaties"),
    # punctuation that differs
    "{label}: {value}": (f"{{label}}{_NB}: {{value}}", "{label}: {value}"),
    "“{text}”": (f"«{_NB}{{text}}{_NB}»", "“{text}”"),
}

# Enumeration values by their stored spelling → (English, French, Dutch).
_ENUMS: Final[dict[type[StrEnum], dict[str, tuple[str, str, str]]]] = {
    ObservationKind: {
        "observation": ("observation", "constat", "observatie"),
        "quote": ("quote", "citation", "citaat"),
        "lesson": ("lesson", "leçon", "les"),
        "recommendation": ("recommendation", "recommandation", "aanbeveling"),
        "question": ("question", "question ouverte", "vraag"),
    },
    ExchangeKind: {
        "exchange visit": ("exchange visit", "visite d’échange", "uitwisselingsbezoek"),
        "study visit": ("study visit", "visite d’étude", "studiebezoek"),
        "online exchange": ("online exchange", "échange en ligne", "online uitwisseling"),
        "conference": ("conference", "conférence", "conferentie"),
        "other": ("other", "autre", "overig"),
    },
    ExchangeStatus: {
        "planned": ("planned", "prévu", "gepland"),
        "ongoing": ("ongoing", "en cours", "lopend"),
        "completed": ("completed", "terminé", "afgerond"),
    },
    Transferability: {
        "high": ("high", "élevée", "hoog"),
        "medium": ("medium", "moyenne", "gemiddeld"),
        "low": ("low", "faible", "laag"),
    },
    ActionStatus: {
        "open": ("open", "à faire", "open"),
        "done": ("done", "faite", "uitgevoerd"),
        "dropped": ("dropped", "abandonnée", "geschrapt"),
    },
    OrganisationKind: {
        "reception agency": ("reception agency", "agence d’accueil", "opvangagentschap"),
        "immigration authority": (
            "immigration authority",
            "autorité de l’immigration",
            "immigratiedienst",
        ),
        "international organisation": (
            "international organisation",
            "organisation internationale",
            "internationale organisatie",
        ),
        "NGO": ("NGO", "ONG", "ngo"),
        "ministry": ("ministry", "ministère", "ministerie"),
        "other": ("other", "autre", "overig"),
    },
}


def enum_words() -> dict[type[StrEnum], dict[str, tuple[str, str, str]]]:
    """Every enumeration value the catalogue knows, in each language (for tests)."""
    return _ENUMS


class Words:
    """The catalogue in one language: ``words("Itinerary")``, ``words.enum(kind)``."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown report language {language!r}")
        self.language = language
        self._column = LANGUAGES.index(language) - 1

    def __call__(self, message: str, **values: object) -> str:
        if self._column < 0:
            text = message
            if message not in MESSAGES:
                raise KeyError(message)
        else:
            text = MESSAGES[message][self._column]
        return text.format(**values) if values else text

    def enum(self, value: StrEnum) -> str:
        """An enumeration value in words: ``citation`` for a quote in French."""
        return _ENUMS[type(value)][str(value)][self._column + 1]

    def label(self, label: str, value: str) -> str:
        """``Transferability: high``, with the language's spacing before the colon."""
        return self("{label}: {value}", label=self(label), value=value)

    def quoted(self, text: str) -> str:
        """Text in the language's quotation marks."""
        return self("“{text}”", text=text)

    def count(self, n: int, one: str, many: str) -> str:
        """``1 comparison``, ``3 comparisons``, with the digits of the language."""
        return self(one) if n == 1 else self(many, n=self.number(n))

    def number(self, n: int) -> str:
        """``1,000``, ``1 000``, ``1.000``."""
        return str(format_decimal(n, locale=LOCALES[self.language]))


@cache
def words_for(language: str) -> Words:
    return Words(language)


def capitalised(text: str) -> str:
    """The text with its first letter made a capital (``Citation`` at the start of a line)."""
    return text[:1].upper() + text[1:]
