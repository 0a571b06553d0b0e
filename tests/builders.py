"""Builders of realistic records and interchange files for tests; each call makes fresh ids."""

# ruff: noqa: E501  (one record per line reads best)

from __future__ import annotations

import copy
import uuid
from typing import Any

from counsellor_app.services.interchange import FORMAT, VERSION


def uid() -> str:
    return str(uuid.uuid4())


def rich_document() -> dict[str, Any]:
    """A file with every kind of record and field, in several scripts."""
    fedasil, ofii, iom, mps = uid(), uid(), uid(), uid()
    guillaume, isabelle, guy, regis, pang = uid(), uid(), uid(), uid(), uid()
    trust, information, reintegration = uid(), uid(), uid()
    exchange, study = uid(), uid()
    to_france, to_belgium, beijing = uid(), uid(), uid()
    q1, q2, q3, q4, q5 = uid(), uid(), uid(), uid(), uid()
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": "2016-10-10T09:00:00+00:00",
        "organisations": [
            {
                "id": fedasil,
                "name": "Fedasil",
                "full_name": "Federal Agency for the Reception of Asylum Seekers",
                "country": "BE",
                "kind": "reception agency",
                "notes": "Counsellors are social workers.\nThey work in reception centres.",
            },
            {
                "id": ofii,
                "name": "OFII",
                "full_name": "Office français de l'Immigration et de l'Intégration",
                "country": "FR",
                "kind": "immigration authority",
            },
            {
                "id": iom,
                "name": "IOM Beijing",
                "country": "CN",
                "kind": "international organisation",
            },
            {
                "id": mps,
                "name": "公安部出入境管理局",
                "full_name": "Exit and Entry Administration",
                "country": "CN",
                "kind": "ministry",
            },
        ],
        "people": [
            {
                "id": guillaume,
                "name": "Guillaume",
                "role": "return counsellor",
                "organisation": fedasil,
            },
            {
                "id": isabelle,
                "name": "Isabelle",
                "role": "return official",
                "organisation": ofii,
                "office": "Marseille",
            },
            {
                "id": guy,
                "name": "Guy",
                "role": "team leader",
                "organisation": ofii,
                "office": "Bobigny",
                "named_in_reports": False,
            },
            {"id": regis, "name": "Régis", "role": "return counsellor", "organisation": fedasil},
            {"id": pang, "name": "庞树强", "role": "deputy director-general", "organisation": mps},
        ],
        "themes": [
            {
                "id": trust,
                "name": "Trust",
                "description": "Relationship between counsellor and migrant",
            },
            {"id": information, "name": "Information"},
            {"id": reintegration, "name": "Réintégration"},
        ],
        "exchanges": [
            {
                "id": exchange,
                "title": "French-Belgian exchange on voluntary return",
                "kind": "exchange visit",
                "framework": "Bilateral staff exchange",
                "funding": "Own budgets",
                "summary": "Three Belgian counsellors went to France; four French officials came to Belgium.",
                "status": "completed",
                "start": "2016-09-26",
                "end": "2016-10-07",
                "organisations": [fedasil, ofii],
            },
            {
                "id": study,
                "title": "Study visit of a Chinese delegation",
                "kind": "study visit",
                "framework": "EU-China Dialogue on Migration and Mobility",
                "status": "completed",
                "start": "2016-10-22",
                "end": "2016-10-25",
                "organisations": [iom, mps, fedasil],
            },
        ],
        "visits": [
            {
                "id": to_france,
                "exchange": exchange,
                "host": ofii,
                "visitor": fedasil,
                "start": "2016-09-26",
                "end": "2016-09-30",
                "place": "Bobigny",
                "country": "FR",
                "purpose": "Learn the French programme",
                "participants": [guillaume, regis],
            },
            {
                "id": to_belgium,
                "exchange": exchange,
                "host": fedasil,
                "visitor": ofii,
                "start": "2016-10-03",
                "end": "2016-10-07",
                "place": "Brussels",
                "country": "BE",
                "participants": [isabelle, guy],
            },
            {
                "id": beijing,
                "exchange": study,
                "host": fedasil,
                "visitor": mps,
                "start": "2016-10-22",
                "end": "2016-10-25",
                "place": "Brussels",
                "country": "BE",
                "participants": [pang],
            },
        ],
        "observations": [
            {
                "id": q1,
                "exchange": exchange,
                "visit": to_france,
                "kind": "quote",
                "text": "The officials of the OFII operate very differently. They depend more on the state.",
                "language": "en",
                "speaker": guillaume,
                "recorded_by": "Régis",
                "recorded_at": "2016-09-28T15:00:00+02:00",
                "themes": [trust],
            },
            {
                "id": q2,
                "exchange": exchange,
                "visit": to_belgium,
                "kind": "quote",
                "text": "Le retour volontaire est considéré comme un dernier recours.",
                "language": "fr",
                "translation": "Voluntary return is regarded as a last resort.",
                "speaker": isabelle,
                "recorded_at": "2016-10-04T10:30:00+02:00",
                "themes": [trust, reintegration],
            },
            {
                "id": q3,
                "exchange": exchange,
                "kind": "lesson",
                "text": "Bij Fedasil informeren de consulenten, niet de ambtenaren.",
                "language": "nl",
                "translation": "At Fedasil the counsellors inform, not the officials.",
                "speaker": guy,
                "themes": [information],
            },
            {
                "id": q4,
                "exchange": study,
                "visit": beijing,
                "kind": "quote",
                "text": "与比利时移民局的合作非常富有成效。",
                "language": "zh",
                "translation": "The cooperation with the Belgian Immigration Office was very fruitful.",
                "speaker": pang,
                "recorded_at": "2016-10-24T11:00:00+01:00",
            },
            {
                "id": q5,
                "exchange": study,
                "kind": "question",
                "text": "كيف يمكن إبلاغ المهاجرين المحتملين؟ <b>&amp;</b>",
                "language": "ar",
            },
        ],
        "comparisons": [
            {
                "id": uid(),
                "aspect": "Who informs asylum seekers about voluntary return",
                "exchange": exchange,
                "observed_on": "2016-10-07",
                "summary": "Trust follows from who informs.",
                "transferability": "high",
                "themes": [trust, information],
                "practices": [
                    {
                        "organisation": fedasil,
                        "description": "Return counsellors, who are social workers in the reception centres.",
                        "strengths": "An existing relationship of trust.",
                        "evidence": [q3, q1],
                    },
                    {
                        "organisation": ofii,
                        "description": "State officials outside the reception structures.",
                        "challenges": "Mistrust from social workers and migrants.",
                        "evidence": [q2],
                    },
                ],
            },
            {
                "id": uid(),
                "aspect": "In how many countries reintegration is organised",
                "exchange": exchange,
                "transferability": "low",
                "practices": [
                    {"organisation": ofii, "description": "From A to Z in 21 countries."},
                ],
            },
        ],
        "actions": [
            {
                "id": uid(),
                "exchange": exchange,
                "text": "Consider a new exchange with different participants",
                "owner": "Team leader",
                "due": "2017-03-31",
                "status": "open",
            },
            {"id": uid(), "exchange": study, "text": "Share the leaflet on AVR", "status": "done"},
        ],
    }


def with_changes(document: dict[str, Any], **lists: list[dict[str, Any]]) -> dict[str, Any]:
    copied = copy.deepcopy(document)
    copied.update(lists)
    return copied


def bulk_document(observations: int, *, seed: int = 0) -> dict[str, Any]:
    """A file with one exchange and many observations, for crash and load tests."""
    import random

    rng = random.Random(seed)
    organisation, exchange = uid(), uid()
    people = [
        {"id": uid(), "name": f"Counsellor {i}", "organisation": organisation} for i in range(20)
    ]
    themes = [{"id": uid(), "name": f"Theme {i}"} for i in range(10)]
    words = [
        "retour",
        "volontaire",
        "réintégration",
        "trust",
        "counsellor",
        "出入境",
        "office",
        "return",
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "organisations": [{"id": organisation, "name": "Fedasil"}],
        "people": people,
        "themes": themes,
        "exchanges": [{"id": exchange, "title": "Bulk exchange", "organisations": [organisation]}],
        "observations": [
            {
                "id": uid(),
                "exchange": exchange,
                "kind": "observation",
                "text": " ".join(rng.choice(words) for _ in range(40)),
                "speaker": rng.choice(people)["id"],
                "themes": [t["id"] for t in rng.sample(themes, 2)],
            }
            for _ in range(observations)
        ],
    }
