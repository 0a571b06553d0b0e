"""Benchmark of the PDF reports against a floor: ReportLab laying out the same paragraphs in
one plain TrueType font, in the same run.

Run: ``.venv/bin/python tests/perf/bench_reports.py [--runs 5]``
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from counsellor_app.domain import (
    Action,
    Comparison,
    Exchange,
    Observation,
    ObservationKind,
    Organisation,
    Person,
    Practice,
    Snapshot,
    Theme,
    Transferability,
)
from counsellor_app.reports import (
    ReportOptions,
    comparison_digest_pdf,
    exchange_summary_pdf,
)
from counsellor_app.reports.fonts import Face, register_fonts

OBSERVATIONS = 1000
COMPARISONS = 50

SENTENCES = {
    "en": "At Fedasil it is the counsellors, not the state officials, who inform the asylum "
    "seekers about voluntary return, and that makes a real difference to trust.",
    "fr": "Le retour volontaire est considéré comme un dernier recours ; nous constatons "
    "beaucoup de méfiance de la part des travailleurs sociaux et des migrants.",
    "nl": "De terugkeerconsulenten zijn ook maatschappelijk werkers, dus er is al een "
    "vertrouwensrelatie met de bewoners van het opvangcentrum.",
    "zh": "双方一致认为，机构间在遣返问题上的协调与合作机制至关重要，识别非法移民的身份需要外国使馆的密切合作与支持。",
    "ar": "العودة الطوعية تعتبر الملاذ الأخير، ونحن نواجه الكثير من عدم الثقة من العاملين "
    "الاجتماعيين والمهاجرين.",
    "el": "Η εμπιστοσύνη χτίζεται με τον χρόνο και οι σύμβουλοι επιστροφής είναι επίσης "
    "κοινωνικοί λειτουργοί στα κέντρα υποδοχής.",
    "ru": "Доверие строится годами: консультанты по возвращению работают в центрах приёма "
    "и знают жильцов лично.",
}
# Mostly Latin, as in the notes of a Belgian-French exchange, with some of every other script.
LANGUAGE_WEIGHTS = {"en": 30, "fr": 25, "nl": 15, "zh": 10, "ar": 6, "el": 7, "ru": 7}


def uid() -> str:
    return str(uuid.uuid4())


def about_400_characters(rng: random.Random, language: str) -> str:
    sentence = SENTENCES[language]
    text = sentence
    while len(text) < 380:
        text = f"{text} {sentence}"
    cut = rng.randint(360, 440)
    return text[:cut]


def big_snapshot(seed: int = 7) -> tuple[Snapshot, str]:
    """One exchange with 1,000 observations and 50 comparisons."""
    rng = random.Random(seed)
    organisations = [
        Organisation(id=uid(), name=name, full_name=full, country=country)
        for name, full, country in (
            ("Fedasil", "Federal Agency for the Reception of Asylum Seekers", "BE"),
            ("OFII", "Office français de l’Immigration et de l’Intégration", "FR"),
            ("COA", "Centraal Orgaan opvang asielzoekers", "NL"),
        )
    ]
    people = [
        Person(
            id=uid(),
            name=f"Counsellor {index}",
            role=rng.choice(["return counsellor", "team leader", "return official"]),
            organisation=rng.choice(organisations).id,
            office=rng.choice(["Brussels", "Marseille", "Bobigny", "Utrecht"]),
            named_in_reports=index % 5 != 0,
        )
        for index in range(40)
    ]
    themes = [Theme(id=uid(), name=name) for name in ("Trust", "Information", "Reintegration")]
    exchange = Exchange(
        id=uid(),
        title="French-Belgian exchange on voluntary return",
        start=date(2016, 9, 26),
        end=date(2016, 10, 7),
        organisations=tuple(o.id for o in organisations),
    )
    languages = list(LANGUAGE_WEIGHTS)
    weights = list(LANGUAGE_WEIGHTS.values())
    observations = []
    start = datetime(2016, 9, 26, 9, tzinfo=UTC)
    for index in range(OBSERVATIONS):
        language = rng.choices(languages, weights)[0]
        observations.append(
            Observation(
                id=uid(),
                exchange=exchange.id,
                kind=rng.choice(list(ObservationKind)),
                text=about_400_characters(rng, language),
                language=language,
                translation=(
                    about_400_characters(rng, "en") if language not in ("en", "fr") else None
                ),
                speaker=rng.choice(people).id,
                recorded_at=start + timedelta(minutes=17 * index),
                themes=tuple(t.id for t in rng.sample(themes, rng.randint(0, 1))),
            )
        )
    comparisons = []
    for index in range(COMPARISONS):
        practices = tuple(
            Practice(
                organisation=organisation.id,
                description=about_400_characters(rng, rng.choice(["en", "fr", "nl"])),
                strengths=about_400_characters(rng, "en")[:200],
                challenges=about_400_characters(rng, "fr")[:200],
                evidence=tuple(o.id for o in rng.sample(observations, 2)),
            )
            for organisation in organisations[: rng.choice([2, 3])]
        )
        comparisons.append(
            Comparison(
                id=uid(),
                aspect=f"Aspect {index}: who informs migrants about voluntary return",
                exchange=exchange.id,
                observed_on=date(2016, 10, 7),
                summary=about_400_characters(rng, "en"),
                transferability=rng.choice(list(Transferability)),
                themes=(rng.choice(themes).id,),
                practices=practices,
            )
        )
    actions = [
        Action(id=uid(), exchange=exchange.id, text=f"Follow-up {index}", owner="Counsellor 1")
        for index in range(10)
    ]
    snapshot = Snapshot(
        organisations=tuple(organisations),
        people=tuple(people),
        themes=tuple(themes),
        exchanges=(exchange,),
        observations=tuple(observations),
        comparisons=tuple(comparisons),
        actions=tuple(actions),
    )
    return snapshot, exchange.id


def printed_texts(snapshot: Snapshot) -> list[str]:
    """The stored texts the exchange summary prints, evidence included."""
    texts = [o.text for o in snapshot.observations]
    texts += [o.translation for o in snapshot.observations if o.translation]
    by_id = {o.id: o for o in snapshot.observations}
    for comparison in snapshot.comparisons:
        texts.append(comparison.aspect)
        texts.append(comparison.summary or "")
        for practice in comparison.practices:
            texts += [practice.description, practice.strengths or "", practice.challenges or ""]
            texts += [by_id[e].text for e in practice.evidence]
    return [t for t in texts if t]


def floor_pdf(texts: list[str]) -> bytes:
    """ReportLab's plain layout of the same paragraphs in one TrueType font."""
    register_fonts()
    style = ParagraphStyle("floor", fontName=Face.REGULAR.value, fontSize=9.5, leading=12.8)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(escape(text), style) for text in texts])
    return buffer.getvalue()


def timed(make: Callable[[], bytes], runs: int) -> tuple[float, int]:
    """Median seconds over the runs, and the page count."""
    seconds = []
    pdf = b""
    for _ in range(runs):
        began = time.perf_counter()
        pdf = make()
        seconds.append(time.perf_counter() - began)
    return statistics.median(seconds), len(PdfReader(io.BytesIO(pdf)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=3, help="runs per measure (median)")
    runs = max(parser.parse_args().runs, 3)

    snapshot, exchange_id = big_snapshot()
    texts = printed_texts(snapshot)
    register_fonts()
    # Warm up: font loading and glyph coverage happen once per process.
    exchange_summary_pdf(snapshot, exchange_id)

    floor_seconds, floor_pages = timed(lambda: floor_pdf(texts), runs)
    measures = {
        "floor: same paragraphs, one font": (floor_seconds, floor_pages),
        "exchange summary (A4)": timed(lambda: exchange_summary_pdf(snapshot, exchange_id), runs),
        "exchange summary (Letter, redacted)": timed(
            lambda: exchange_summary_pdf(
                snapshot, exchange_id, ReportOptions(paper="letter", redact=True)
            ),
            runs,
        ),
        "comparison digest (50)": timed(lambda: comparison_digest_pdf(snapshot), runs),
    }
    print(
        f"{OBSERVATIONS} observations, {COMPARISONS} comparisons; "
        f"{len(texts)} stored texts; median of {runs} runs"
    )
    print(f"{'report':<38}{'seconds':>9}{'pages':>7}{'pages/s':>9}{'× floor':>9}")
    for name, (seconds, page_count) in measures.items():
        print(
            f"{name:<38}{seconds:>9.2f}{page_count:>7}{page_count / seconds:>9.0f}"
            f"{seconds / floor_seconds:>9.2f}"
        )


if __name__ == "__main__":
    main()
