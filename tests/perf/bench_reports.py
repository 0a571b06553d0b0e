"""Benchmark of the PDF reports against a floor: ReportLab laying out the same paragraphs in
one plain TrueType font, in the same run.

The floor's paragraphs are recorded while the report is made: every text it lays out, stored
or not (headings, dates, attributions), drawn as plain Paragraphs in one column.

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
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER
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
from counsellor_app.reports.flowing_text import TextParagraph
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
    "zh": "双方一致认为，机构间在遣返问题上的协调与合作机制至关重要，"
    "识别非法移民的身份需要外国使馆的密切合作与支持。",
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


def big_snapshot(
    seed: int = 7, observations: int = OBSERVATIONS, comparisons: int = COMPARISONS
) -> tuple[Snapshot, str]:
    """One exchange with 1,000 observations and 50 comparisons (or as many as asked)."""
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
    count, observations = observations, []
    start = datetime(2016, 9, 26, 9, tzinfo=UTC)
    for index in range(count):
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
    comparison_count, comparisons = comparisons, []
    for index in range(comparison_count):
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


def stored_texts(snapshot: Snapshot) -> list[str]:
    """Only the stored texts the exchange summary prints, evidence included."""
    texts = [o.text for o in snapshot.observations]
    texts += [o.translation for o in snapshot.observations if o.translation]
    by_id = {o.id: o for o in snapshot.observations}
    for comparison in snapshot.comparisons:
        texts += [comparison.aspect, comparison.summary or ""]
        for practice in comparison.practices:
            texts += [practice.description, practice.strengths or "", practice.challenges or ""]
            texts += [by_id[e].text for e in practice.evidence]
    return [t for t in texts if t]


def made_paragraphs(make: Callable[[], bytes]) -> list[str]:
    """The text of every paragraph a report lays out, recorded while it is made."""
    recorded: list[str] = []
    original = TextParagraph.__init__

    def recording(self: TextParagraph, text: str, *args: Any, **kwargs: Any) -> None:
        recorded.append(text)
        original(self, text, *args, **kwargs)

    TextParagraph.__init__ = recording  # type: ignore[method-assign]
    try:
        make()
    finally:
        TextParagraph.__init__ = original  # type: ignore[method-assign]
    return recorded


def floor_pdf(texts: list[str], page_size: tuple[float, float]) -> bytes:
    """ReportLab's plain layout of the same paragraphs in one TrueType font, one column."""
    register_fonts()
    style = ParagraphStyle("floor", fontName=Face.REGULAR.value, fontSize=9.5, leading=12.8)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(buffer, pagesize=page_size)
    document.build([Paragraph(escape(text), style) for text in texts])
    return buffer.getvalue()


@dataclass
class Measure:
    seconds: list[float] = field(default_factory=list)
    ratios: list[float] = field(default_factory=list)
    pages: int = 0


def measure(
    reports: dict[str, Callable[[], bytes]], runs: int, strict_floor: list[str]
) -> dict[str, Measure]:
    """Each report and its floor, run in turns so that both see the same machine load.

    The first report is also measured against a stricter floor: its stored texts alone.
    """
    floors = {name: made_paragraphs(make) for name, make in reports.items()}
    strict = Measure()
    first = next(iter(reports))
    results = {name: Measure() for name in reports}
    floor_results = {name: Measure() for name in reports}
    for _ in range(runs):
        for name, make in reports.items():
            texts = floors[name]
            size = LETTER if "Letter" in name else A4
            began = time.perf_counter()
            floor = floor_pdf(texts, size)
            floor_seconds = time.perf_counter() - began
            began = time.perf_counter()
            pdf = make()
            seconds = time.perf_counter() - began
            results[name].seconds.append(seconds)
            results[name].ratios.append(seconds / floor_seconds)
            results[name].pages = len(PdfReader(io.BytesIO(pdf)).pages)
            floor_results[name].seconds.append(floor_seconds)
            floor_results[name].pages = len(PdfReader(io.BytesIO(floor)).pages)
            if name == first:
                began = time.perf_counter()
                floor = floor_pdf(strict_floor, A4)
                strict.seconds.append(time.perf_counter() - began)
                strict.ratios.append(seconds / strict.seconds[-1])
                strict.pages = len(PdfReader(io.BytesIO(floor)).pages)
    merged: dict[str, Measure] = {}
    for name in reports:
        merged[f"{name}: floor"] = floor_results[name]
        merged[name] = results[name]
    merged[f"{first}: against stored texts only"] = strict
    return merged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="runs per measure (median, ≥ 3)")
    runs = max(parser.parse_args().runs, 3)

    snapshot, exchange_id = big_snapshot()
    register_fonts()
    # Warm up: fonts and glyph coverage are loaded once per process.
    exchange_summary_pdf(snapshot, exchange_id)
    reports: dict[str, Callable[[], bytes]] = {
        "exchange summary, A4": lambda: exchange_summary_pdf(snapshot, exchange_id),
        "exchange summary, Letter, redacted": lambda: exchange_summary_pdf(
            snapshot, exchange_id, ReportOptions(paper="letter", redact=True)
        ),
        "comparison digest, A4": lambda: comparison_digest_pdf(snapshot),
    }
    results = measure(reports, runs, stored_texts(snapshot))
    print(f"{OBSERVATIONS} observations, {COMPARISONS} comparisons; median of {runs} runs")
    print(f"{'':<48}{'seconds':>8}{'pages':>7}{'pages/s':>9}{'× floor':>9}")
    for name, result in results.items():
        seconds = statistics.median(result.seconds)
        ratio = f"{statistics.median(result.ratios):>9.2f}" if result.ratios else ""
        if name.endswith("stored texts only"):
            # Its seconds and pages are the stricter floor's; its ratio is the report's.
            name = "  stored texts only, one font (stricter floor)"
        print(f"{name:<48}{seconds:>8.2f}{result.pages:>7}{result.pages / seconds:>9.0f}{ratio}")


if __name__ == "__main__":
    main()
