"""Realistic interchange documents of any size, for benchmarks and load tests.

``generate_document(observations, seed)`` returns a dict that ``import_document`` loads:
organisations of several countries, people with names in several scripts, themes, exchanges
with visits, observations in French (with accents), Dutch, English, Chinese and Arabic (most
with an English translation), comparisons with one practice per organisation, and actions.
The same arguments always give the same document.

Words chosen for benchmarks, with their rough frequency among observations:

- ``Tbilissi`` (a place, about 0.3 %): a selective query;
- ``return`` / ``retour`` / ``terugkeer`` (most observations): a broad query;
- ``出入境`` (inside ``公安部出入境管理局``, about 3 %): a query in a script without spaces.

Command line: ``python tests/perf/generate.py --observations 100000 --db FILE`` writes the
document into a new SQLite database through the program's own import (``--json FILE`` writes
the document instead). ``--realistic`` makes the shape counsellors' files have: about 400
characters of prose per observation in French, Dutch, English, Greek, Russian, Arabic,
Chinese and Japanese, several languages in one observation, a quarter with a translation,
0-3 themes, 20 exchanges and 500 comparisons with evidence (``realistic_document``;
``write_realistic`` streams it to a file, for a million observations).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

FORMAT = "counsellor-exchange-notes"
VERSION = 1

ORGANISATIONS = [
    ("Fedasil", "Federal Agency for the Reception of Asylum Seekers", "BE", "reception agency"),
    ("OFII", "Office français de l'Immigration et de l'Intégration", "FR", "immigration authority"),
    ("DT&V", "Dienst Terugkeer en Vertrek", "NL", "immigration authority"),
    ("COA", "Centraal Orgaan opvang asielzoekers", "NL", "reception agency"),
    (
        "IOM Brussels",
        "International Organization for Migration",
        "BE",
        "international organisation",
    ),
    ("Caritas International", None, "BE", "NGO"),
    ("Croix-Rouge de Belgique", None, "BE", "NGO"),
    ("公安部出入境管理局", "Exit and Entry Administration", "CN", "ministry"),
    ("Office des Étrangers", "Dienst Vreemdelingenzaken", "BE", "immigration authority"),
    ("وزارة الهجرة", "Ministry of Migration", "IQ", "ministry"),
    ("Vluchtelingenwerk Vlaanderen", None, "BE", "NGO"),
    ("Forum Réfugiés", None, "FR", "NGO"),
]

FIRST_NAMES = {
    "fr": ["Régis", "Amélie", "Guillaume", "Élodie", "Jérôme", "Hélène", "François", "Cécile"],
    "nl": ["Guy", "Maarten", "Anneleen", "Joris", "Lieve", "Pieter", "Sofie", "Wouter"],
    "en": ["Isabelle", "Mark", "Sarah", "David", "Emma", "James", "Laura", "Tom"],
    "zh": ["庞树强", "王丽", "李伟", "张敏", "刘洋", "陈静", "杨帆", "赵磊"],
    "ar": ["أحمد", "فاطمة", "يوسف", "مريم", "عمر", "ليلى", "خالد", "نور"],
}
LAST_NAMES = {
    "fr": ["Dubois", "Lefèvre", "Mercier", "Bézier", "Garnier", "Rousseau"],
    "nl": ["Janssens", "Peeters", "De Smet", "Van den Broeck", "Claes", "Willems"],
    "en": ["Smith", "Brown", "Taylor", "Wilson", "Evans", "Walker"],
    "zh": [""],
    "ar": ["الحسن", "المصري", "العلي", "النجار"],
}
ROLES = [
    "return counsellor",
    "team leader",
    "return official",
    "social worker",
    "director",
    "interpreter",
    "deputy director-general",
]
OFFICES = ["Marseille", "Bobigny", "Lyon", "Brussels", "Antwerp", "Ghent", "Liège", "Ter Apel"]
PLACES = ["Bobigny", "Brussels", "Marseille", "Ter Apel", "Beijing", "Liège", "Lyon", "Zaventem"]
PAIRS = ["French-Belgian", "Dutch-Belgian", "EU-China", "Franco-Dutch"]
RARE_PLACES = ["Tbilissi", "Erbil", "Dakar", "Kinshasa", "Yerevan", "Kaboul", "Lagos", "Tirana"]

THEMES = [
    ("Trust", "Relationship between counsellor and migrant"),
    ("Information", "Who informs migrants, when and how"),
    ("Réintégration", "Support after return"),
    ("Independence", "How far the service depends on the state"),
    ("Communication between offices", None),
    ("Vulnerable people", "Minors, victims of trafficking, medical cases"),
    ("Outreach", "Reaching irregular migrants outside reception"),
    ("Partnerships", "NGOs and international organisations"),
    ("Funding", None),
    ("Training", "Training of counsellors"),
    ("Detention", None),
    ("Countries of return", None),
    ("Interpretation", None),
    ("Family", None),
]

SENTENCES: dict[str, list[str]] = {
    "fr": [
        "Le retour volontaire est considéré comme un dernier recours.",
        "Les conseillers en retour travaillent dans les centres d'accueil"
        " et gagnent la confiance des résidents.",
        "La réintégration commence bien avant le départ, dès le premier entretien.",
        "À l'OFII, ce sont des fonctionnaires de l'État qui informent les demandeurs d'asile.",
        "Le programme d'aide au retour couvre le billet, une prime et un accompagnement sur place.",
        "Les partenaires de réintégration rendent visite aux familles après leur arrivée.",
        "Il faut expliquer la procédure d'asile avant de parler du retour.",
        "La coopération entre les bureaux régionaux pourrait être améliorée.",
        "Les personnes vulnérables reçoivent une aide médicale spécifique.",
        "Un interprète est présent à chaque entretien de conseil au retour.",
        "Les décisions négatives sont communiquées par courrier, sans explication orale.",
        "Nous préférons un projet de réintégration élaboré avec la personne elle-même.",
    ],
    "nl": [
        "Bij Fedasil informeren de consulenten, niet de ambtenaren.",
        "Vrijwillige terugkeer wordt besproken vanaf de eerste week in het opvangcentrum.",
        "De terugkeerbegeleiders werken nauw samen met de maatschappelijk werkers.",
        "Na de terugkeer volgt een partnerorganisatie het herintegratieproject op.",
        "De communicatie tussen de kantoren verloopt via een gedeeld dossier.",
        "Kwetsbare personen krijgen extra medische ondersteuning bij hun vertrek.",
        "Veel migranten wantrouwen de overheid en spreken liever met een NGO.",
        "Een tolk is niet altijd beschikbaar voor minder gesproken talen.",
        "De premie voor herintegratie wordt in natura uitbetaald.",
        "Het gesprek over terugkeer moet eerlijk en volledig zijn.",
    ],
    "en": [
        "The officials of the OFII operate very differently; they depend more on the state.",
        "Counsellors build trust over weeks before voluntary return is discussed.",
        "Reintegration support covers housing, a small business and medical care.",
        "Information about return should be given early and repeated often.",
        "Families with children ask about schooling in the country of return.",
        "The return counsellor meets the migrant in the reception centre every week.",
        "A reintegration partner visits returnees three and six months after arrival.",
        "Communication between offices relies on a shared case management system.",
        "Outreach to irregular migrants happens through NGOs and community leaders.",
        "Counsellors need training on the situation in the main countries of return.",
        "Detention is used only when voluntary return has been refused.",
        "Interpreters are booked for every counselling session in a minority language.",
    ],
    "zh": [
        "与比利时移民局的合作非常富有成效。",
        "公安部出入境管理局介绍了遣返和重新融入的工作。",
        "自愿返回项目帮助移民在原籍国开始新的生活。",
        "咨询员在接待中心与寻求庇护者建立信任。",
        "代表团参观了布鲁塞尔的接待中心。",
        "重新融入支持包括住房、小额创业和医疗服务。",
        "双方讨论了信息交流和培训合作。",
        "弱势群体在返回时得到特别的医疗照顾。",
        "我们希望继续在出入境管理方面开展交流。",
    ],
    "ar": [
        "كيف يمكن إبلاغ المهاجرين المحتملين بمخاطر الهجرة غير النظامية؟",
        "يعمل المستشارون في مراكز الاستقبال ويكسبون ثقة المقيمين.",
        "تبدأ إعادة الإدماج قبل المغادرة بوقت طويل.",
        "تحتاج الأسر إلى معلومات عن المدارس في بلد العودة.",
        "يقدم الشركاء الدعم بعد الوصول لمدة ستة أشهر.",
        "العودة الطوعية هي الخيار الأفضل لكثير من العائلات.",
    ],
}
TRANSLATIONS = {
    "fr": "Voluntary return is regarded as a last resort; counsellors work in reception centres.",
    "nl": "At Fedasil the counsellors inform, not the officials; return is discussed early.",
    "zh": "The cooperation with the Belgian Immigration Office on return was very fruitful.",
    "ar": "How can potential migrants be informed about the risks of irregular migration?",
}
LANGUAGE_WEIGHTS = [("fr", 30), ("nl", 25), ("en", 30), ("zh", 8), ("ar", 7)]
KINDS = [
    ("observation", 35),
    ("quote", 35),
    ("lesson", 12),
    ("recommendation", 10),
    ("question", 8),
]

ASPECTS = [
    "Who informs asylum seekers about voluntary return",
    "How much the service depends on the state",
    "Communication between offices",
    "Who delivers reintegration",
    "In how many countries reintegration is organised",
    "Support for vulnerable people",
    "Outreach to irregular migrants",
    "Training of return counsellors",
    "Use of interpreters",
    "Follow-up after arrival",
]
PRACTICES = [
    "Return counsellors, who are social workers in the reception centres.",
    "State officials outside the reception structures.",
    "Partner NGOs deliver reintegration from A to Z in 21 countries.",
    "A shared case file links every regional office.",
    "Les conseillers rencontrent chaque résident dans le mois qui suit son arrivée.",
    "De terugkeerbegeleiders volgen elk dossier van begin tot einde.",
    "Interpreters are booked through a national framework contract.",
    "公安部出入境管理局负责遣返人员的接收和身份核查。",
]
STRENGTHS = ["An existing relationship of trust.", "Clear procedures.", "Good coverage."]
CHALLENGES = ["Mistrust from social workers and migrants.", "Long waiting times.", None]


def _weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights)[0]


def generate_document(observations: int, seed: int = 1) -> dict[str, Any]:
    """An interchange document with ``observations`` observations and what they refer to."""
    rng = random.Random(seed)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    base = datetime(2016, 1, 4, 9, 0, tzinfo=UTC)
    organisations = [
        {"id": uid(), "name": name, "country": country, "kind": kind}
        | ({"full_name": full} if full else {})
        for name, full, country, kind in ORGANISATIONS
    ]
    people = []
    for i in range(max(20, min(400, observations // 250))):
        language = _weighted(rng, LANGUAGE_WEIGHTS)
        first = rng.choice(FIRST_NAMES[language])
        last = rng.choice(LAST_NAMES[language])
        name = f"{first} {last}".strip() if language != "zh" else first
        people.append(
            {
                "id": uid(),
                "name": f"{name} {i}" if i >= 40 else name,
                "role": rng.choice(ROLES),
                "organisation": rng.choice(organisations)["id"],
                "office": rng.choice(OFFICES),
                "named_in_reports": rng.random() > 0.1,
            }
        )
    themes = [
        {"id": uid(), "name": name} | ({"description": text} if text else {})
        for name, text in THEMES
    ]
    exchanges = []
    visits = []
    for i in range(max(2, observations // 1000)):
        start = (base + timedelta(days=14 * i)).date()
        members = rng.sample(organisations, 3)
        exchange_id = uid()
        exchanges.append(
            {
                "id": exchange_id,
                "title": f"{rng.choice(PAIRS)} exchange on voluntary return {i + 1}",
                "kind": rng.choice(["exchange visit", "study visit", "online exchange"]),
                "framework": "Bilateral staff exchange",
                "summary": "Counsellors visited each other's reception centres to learn how "
                "return and réintégration are organised.",
                "status": "completed",
                "start": start.isoformat(),
                "end": (start + timedelta(days=11)).isoformat(),
                "organisations": [o["id"] for o in members],
            }
        )
        for leg in range(2):
            host, visitor = (members[0], members[1]) if leg == 0 else (members[1], members[0])
            leg_start = start + timedelta(days=7 * leg)
            visits.append(
                {
                    "id": uid(),
                    "exchange": exchange_id,
                    "host": host["id"],
                    "visitor": visitor["id"],
                    "start": leg_start.isoformat(),
                    "end": (leg_start + timedelta(days=4)).isoformat(),
                    "place": rng.choice(PLACES),
                    "participants": [p["id"] for p in rng.sample(people, 3)],
                }
            )
    visits_of: dict[str, list[str]] = {}
    for visit in visits:
        visits_of.setdefault(visit["exchange"], []).append(visit["id"])

    observation_list = []
    for i in range(observations):
        language = _weighted(rng, LANGUAGE_WEIGHTS)
        exchange = exchanges[i * len(exchanges) // observations]
        sentences = rng.sample(SENTENCES[language], rng.randint(2, 4))
        if rng.random() < 0.003:
            sentences.append(f"{rng.choice(RARE_PLACES)}.")
        if language == "zh" and rng.random() < 0.35:
            sentences.append("公安部出入境管理局的代表也参加了会议。")
        if rng.random() < 0.05:
            sentences.append(f"Dossier {rng.randint(2015, 2019)}-{rng.randint(1, 9999):04d}.")
        text = (" " if language not in ("zh",) else "").join(sentences)
        recorded = datetime.fromisoformat(exchange["start"] + "T09:00:00+02:00") + timedelta(
            days=rng.randint(0, 11), minutes=rng.randint(0, 480)
        )
        record: dict[str, Any] = {
            "id": uid(),
            "exchange": exchange["id"],
            "kind": _weighted(rng, KINDS),
            "text": text,
            "language": language,
            "speaker": rng.choice(people)["id"],
            "recorded_by": rng.choice(FIRST_NAMES["fr"]),
            "recorded_at": recorded.isoformat(),
            "themes": [t["id"] for t in rng.sample(themes, rng.randint(0, 3))],
        }
        if language != "en" and rng.random() < 0.7:
            record["translation"] = TRANSLATIONS[language]
        if rng.random() < 0.6:
            record["visit"] = rng.choice(visits_of[exchange["id"]])
        observation_list.append(record)

    comparisons = []
    for i in range(max(2, observations // 100)):
        exchange = rng.choice(exchanges)
        members = [o for o in organisations if o["id"] in exchange["organisations"]]
        evidence_pool = [o["id"] for o in rng.sample(observation_list, min(6, observations))]
        comparisons.append(
            {
                "id": uid(),
                "aspect": ASPECTS[i % len(ASPECTS)],
                "exchange": exchange["id"],
                "observed_on": exchange["end"],
                "transferability": rng.choice(["high", "medium", "low", None]),
                "themes": [t["id"] for t in rng.sample(themes, rng.randint(1, 2))],
                "practices": [
                    {
                        "organisation": organisation["id"],
                        "description": rng.choice(PRACTICES),
                        "strengths": rng.choice(STRENGTHS),
                        "challenges": rng.choice(CHALLENGES),
                        "evidence": rng.sample(evidence_pool, 2),
                    }
                    for organisation in members[:2]
                ],
            }
        )
    actions = [
        {
            "id": uid(),
            "exchange": exchange["id"],
            "text": "Consider a new exchange with different participants",
            "owner": "Team leader",
            "due": (date.fromisoformat(exchange["end"]) + timedelta(days=90)).isoformat(),
            "status": rng.choice(["open", "done", "dropped"]),
        }
        for exchange in exchanges
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": "2020-01-01T00:00:00+00:00",
        "organisations": organisations,
        "people": people,
        "themes": themes,
        "exchanges": exchanges,
        "visits": visits,
        "observations": observation_list,
        "comparisons": comparisons,
        "actions": actions,
    }


# The realistic shape (``--realistic``): about 400 characters of prose per observation in six
# scripts, several languages within one observation, a quarter with a translation, 0-3
# themes, 20 exchanges and 500 comparisons with evidence, whatever the size.
PROSE: dict[str, list[str]] = {
    "fr": SENTENCES["fr"]
    + [
        "Le conseiller explique les étapes du retour, puis laisse la personne réfléchir.",
        "À Bobigny, l'équipe reçoit une douzaine de familles par semaine, sans rendez-vous.",
        "Les délais de délivrance des documents de voyage restent la principale difficulté.",
    ],
    "nl": SENTENCES["nl"]
    + [
        "De begeleider noteert elk gesprek in het dossier en plant meteen een volgende afspraak.",
        "In Ter Apel wachten gezinnen soms weken op een reisdocument van de ambassade.",
    ],
    "en": SENTENCES["en"]
    + [
        "The team in Zaventem explained how flights are booked once a travel document arrives.",
        "Several counsellors said that trust is built in small, practical steps.",
    ],
    "el": [
        "Οι σύμβουλοι επιστροφής συναντούν τους αιτούντες άσυλο κάθε εβδομάδα στο κέντρο υποδοχής.",
        "Η εθελοντική επιστροφή συζητείται μόνο αφού εξηγηθεί η διαδικασία ασύλου.",
        "Η επανένταξη ξεκινά πολύ πριν από την αναχώρηση, από την πρώτη συνέντευξη.",
        "Οι διερμηνείς δεν είναι πάντα διαθέσιμοι για τις λιγότερο ομιλούμενες γλώσσες.",
        "Η συνεργασία με τις μη κυβερνητικές οργανώσεις είναι στενή και καθημερινή.",
        "Οι ευάλωτες οικογένειες λαμβάνουν ιατρική υποστήριξη πριν από το ταξίδι.",
    ],
    "ru": [
        "Консультанты по возвращению работают в центрах приёма и завоёвывают доверие жителей.",
        "Добровольное возвращение обсуждается только после разъяснения процедуры убежища.",
        "Реинтеграция начинается задолго до отъезда, с первого собеседования.",
        "Партнёрские организации навещают семьи через три и шесть месяцев после прибытия.",
        "Переводчик присутствует на каждой консультации на редком языке.",
        "Сотрудники разных офисов пользуются общей системой ведения дел.",
    ],
    "ar": SENTENCES["ar"]
    + [
        "يلتقي المستشار بالعائلة مرة كل أسبوع في مركز الاستقبال لشرح خطوات العودة.",
        "تتأخر وثائق السفر أحيانا عدة أسابيع بسبب إجراءات السفارة.",
    ],
    "zh": SENTENCES["zh"]
    + [
        "咨询员每周在接待中心与家庭见面，解释返回的每一个步骤。",
        "旅行证件的签发时间仍然是最主要的困难。",
    ],
    "ja": [
        "帰還カウンセラーは受け入れセンターで毎週庇護希望者と面談している。",
        "自発的帰還は庇護手続きを説明した後にのみ話し合われる。",
        "再統合の支援は出発のずっと前、最初の面談から始まる。",
        "少数言語の通訳はいつも確保できるわけではない。",
        "非政府組織との協力は緊密で日常的である。",
        "出入境の手続きについて中国側の担当者と意見を交換した。",
    ],
}
PROSE_WEIGHTS = [
    ("fr", 22),
    ("nl", 18),
    ("en", 22),
    ("el", 8),
    ("ru", 8),
    ("ar", 8),
    ("zh", 8),
    ("ja", 6),
]
UNSPACED_LANGUAGES = ("zh", "ja")
PROSE_CHARS = 400
EXCHANGES = 20
COMPARISONS = 500


def _prose(rng: random.Random, language: str) -> str:
    """About 400 characters in ``language``, one sentence in three in another language."""
    parts: list[str] = []
    length = 0
    target = rng.randint(PROSE_CHARS - 120, PROSE_CHARS + 120)
    while length < target:
        other = rng.random() < 0.3
        words = PROSE[_weighted(rng, PROSE_WEIGHTS) if other else language]
        sentence = rng.choice(words)
        parts.append(sentence)
        length += len(sentence) + 1
    if rng.random() < 0.003:
        parts.append(f"{rng.choice(RARE_PLACES)}.")
    if language == "zh" and rng.random() < 0.35:
        parts.append("公安部出入境管理局的代表也参加了会议。")
    if rng.random() < 0.05:
        parts.append(f"Dossier {rng.randint(2015, 2019)}-{rng.randint(1, 9999):04d}.")
    return ("" if language in UNSPACED_LANGUAGES else " ").join(parts)


def realistic_parts(observations: int, seed: int = 1) -> tuple[dict[str, Any], Any]:
    """(every list but the observations and comparisons, a generator of the observations).

    The observations come one at a time, so that a file of a million is written without
    holding them; the comparisons are made as they pass (``document["comparisons"]`` is
    filled once the generator is exhausted).
    """
    rng = random.Random(seed)

    def uid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    base = datetime(2016, 1, 4, 9, 0, tzinfo=UTC)
    organisations = [
        {"id": uid(), "name": name, "country": country, "kind": kind}
        | ({"full_name": full} if full else {})
        for name, full, country, kind in ORGANISATIONS
    ]
    people = []
    for i in range(400):
        language = _weighted(rng, LANGUAGE_WEIGHTS)
        first = rng.choice(FIRST_NAMES[language])
        last = rng.choice(LAST_NAMES[language])
        name = f"{first} {last}".strip() if language != "zh" else first
        people.append(
            {
                "id": uid(),
                "name": f"{name} {i}" if i >= 40 else name,
                "role": rng.choice(ROLES),
                "organisation": rng.choice(organisations)["id"],
                "office": rng.choice(OFFICES),
                "named_in_reports": rng.random() > 0.1,
            }
        )
    themes = [
        {"id": uid(), "name": name} | ({"description": text} if text else {})
        for name, text in THEMES
    ]
    exchanges, visits = [], []
    for i in range(EXCHANGES):
        start = (base + timedelta(days=60 * i)).date()
        members = rng.sample(organisations, 3)
        exchange_id = uid()
        exchanges.append(
            {
                "id": exchange_id,
                "title": f"{rng.choice(PAIRS)} exchange on voluntary return {i + 1}",
                "kind": rng.choice(["exchange visit", "study visit", "online exchange"]),
                "framework": "Bilateral staff exchange",
                "summary": "Counsellors visited each other's reception centres to learn how "
                "return and réintégration are organised.",
                "status": "completed",
                "start": start.isoformat(),
                "end": (start + timedelta(days=11)).isoformat(),
                "organisations": [o["id"] for o in members],
            }
        )
        for leg in range(2):
            host, visitor = (members[0], members[1]) if leg == 0 else (members[1], members[0])
            leg_start = start + timedelta(days=7 * leg)
            visits.append(
                {
                    "id": uid(),
                    "exchange": exchange_id,
                    "host": host["id"],
                    "visitor": visitor["id"],
                    "start": leg_start.isoformat(),
                    "end": (leg_start + timedelta(days=4)).isoformat(),
                    "place": rng.choice(PLACES),
                    "participants": [p["id"] for p in rng.sample(people, 3)],
                }
            )
    visits_of: dict[str, list[str]] = {}
    for visit in visits:
        visits_of.setdefault(visit["exchange"], []).append(visit["id"])
    comparisons: list[dict[str, Any]] = []
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": "2020-01-01T00:00:00+00:00",
        "organisations": organisations,
        "people": people,
        "themes": themes,
        "exchanges": exchanges,
        "visits": visits,
        "comparisons": comparisons,
        "actions": [
            {
                "id": uid(),
                "exchange": exchange["id"],
                "text": "Consider a new exchange with different participants",
                "owner": "Team leader",
                "due": (date.fromisoformat(exchange["end"]) + timedelta(days=90)).isoformat(),
                "status": rng.choice(["open", "done", "dropped"]),
            }
            for exchange in exchanges
        ],
    }
    wanted = min(COMPARISONS, max(2, observations // 10))
    # Evidence is drawn from observations spread over the whole file.
    every = max(1, observations // (wanted * 4))

    def observation_stream() -> Any:
        pool: list[tuple[str, str]] = []  # (observation, exchange)
        for i in range(observations):
            exchange = exchanges[i * EXCHANGES // observations]
            language = _weighted(rng, PROSE_WEIGHTS)
            recorded = datetime.fromisoformat(exchange["start"] + "T09:00:00+02:00") + timedelta(
                days=rng.randint(0, 11), minutes=rng.randint(0, 480)
            )
            record: dict[str, Any] = {
                "id": uid(),
                "exchange": exchange["id"],
                "kind": _weighted(rng, KINDS),
                "text": _prose(rng, language),
                "language": language,
                "speaker": rng.choice(people)["id"],
                "recorded_by": rng.choice(FIRST_NAMES["fr"]),
                "recorded_at": recorded.isoformat(),
                "themes": [t["id"] for t in rng.sample(themes, rng.randint(0, 3))],
            }
            if rng.random() < 0.25:
                record["translation"] = _prose(rng, "en" if language != "en" else "fr")[:250]
            if rng.random() < 0.6:
                record["visit"] = rng.choice(visits_of[exchange["id"]])
            if i % every == 0:
                pool.append((record["id"], exchange["id"]))
            yield record
        _comparisons(rng, uid, comparisons, wanted, pool, exchanges, organisations, themes)

    return document, observation_stream()


def _comparisons(
    rng: random.Random,
    uid: Any,
    out: list[dict[str, Any]],
    wanted: int,
    pool: list[tuple[str, str]],
    exchanges: list[dict[str, Any]],
    organisations: list[dict[str, Any]],
    themes: list[dict[str, Any]],
) -> None:
    by_exchange: dict[str, list[str]] = {}
    for observation, exchange in pool:
        by_exchange.setdefault(exchange, []).append(observation)
    for i in range(wanted):
        exchange = exchanges[i % len(exchanges)]
        members = [o for o in organisations if o["id"] in exchange["organisations"]]
        evidence = by_exchange.get(exchange["id"], [])
        out.append(
            {
                "id": uid(),
                "aspect": f"{ASPECTS[i % len(ASPECTS)]} ({i + 1})",
                "exchange": exchange["id"],
                "observed_on": exchange["end"],
                "transferability": rng.choice(["high", "medium", "low", None]),
                "themes": [t["id"] for t in rng.sample(themes, rng.randint(1, 2))],
                "practices": [
                    {
                        "organisation": organisation["id"],
                        "description": rng.choice(PRACTICES),
                        "strengths": rng.choice(STRENGTHS),
                        "challenges": rng.choice(CHALLENGES),
                        "evidence": rng.sample(evidence, min(2, len(evidence))),
                    }
                    for organisation in members[:2]
                ],
            }
        )


def realistic_document(observations: int, seed: int = 1) -> dict[str, Any]:
    """The realistic shape as one dict in memory (for sizes that fit)."""
    document, stream = realistic_parts(observations, seed)
    document["observations"] = list(stream)
    return document


def write_realistic(path: Path, observations: int, seed: int = 1) -> None:
    """The realistic shape written to ``path`` as it is made: memory stays flat at any size."""
    document, stream = realistic_parts(observations, seed)
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    with path.open("w", encoding="utf-8") as out:
        out.write(f'{{"format": {dumps(FORMAT)}, "version": {VERSION}')
        for key in ("exported_at", "organisations", "people", "themes", "exchanges", "visits"):
            out.write(f", {dumps(key)}: {dumps(document[key])}")
        out.write(', "observations": [')
        for n, record in enumerate(stream):
            out.write((",\n" if n else "\n") + dumps(record))
        out.write("\n]")
        for key in ("comparisons", "actions"):
            out.write(f", {dumps(key)}: {dumps(document[key])}")
        out.write("}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--observations", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--realistic",
        action="store_true",
        help="400 characters of prose in six scripts, 20 exchanges, 500 comparisons",
    )
    parser.add_argument("--db", type=Path, help="a new SQLite database to import into")
    parser.add_argument("--json", type=Path, help="write the document to this file")
    args = parser.parse_args(argv)
    if args.db is None and args.json is None:
        parser.error("give --db FILE and/or --json FILE")
    if args.db is not None and args.db.exists():
        parser.error(f"{args.db} exists; give a new file")
    started = time.perf_counter()
    document: dict[str, Any] | None = None
    if args.realistic and args.json is not None:
        write_realistic(args.json, args.observations, args.seed)
    elif args.realistic:
        document = realistic_document(args.observations, args.seed)
    else:
        document = generate_document(args.observations, args.seed)
        if args.json is not None:
            args.json.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    print(f"generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    if args.db is not None:
        from counsellor_app.services.interchange import import_document, import_file
        from counsellor_app.services.workspace import Workspace
        from counsellor_app.storage.open import open_database

        database = open_database(args.db)
        try:
            started = time.perf_counter()
            workspace = Workspace(database, actor="generator")
            if document is None:
                report = import_file(workspace, args.json)
            else:
                report = import_document(workspace, document)
            elapsed = time.perf_counter() - started
        finally:
            database.dispose()
        print(report.summary(), file=sys.stderr)
        print(
            f"imported in {elapsed:.1f} s ({args.observations / elapsed:,.0f} observations/s)",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
