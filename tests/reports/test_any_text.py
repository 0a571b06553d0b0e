"""Whatever a counsellor stored prints: any script, markup look-alikes, very long texts."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counsellor_app.reports import (
    ReportOptions,
    SnapshotRecords,
    comparison_digest,
    comparison_digest_pdf,
    exchange_summary,
    exchange_summary_pdf,
    render,
    theme_dossier,
)
from counsellor_app.reports.fonts import Face, coverage
from counsellor_app.reports.render_docx import xml_safe
from counsellor_app.reports.text import REPLACEMENT, clean, runs, shape
from tests.reports.reading import docx_text, pages, pdf_text, squeezed
from tests.reports.sample import exchange_with_text, rich_sample, stored_texts

# Any Unicode text a counsellor can store: C0 controls are refused on input, tab and
# newline aside (carriage returns are stored as newlines).
_CONTROLS = [chr(c) for c in range(0x20) if c not in (0x09, 0x0A)]
any_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters=_CONTROLS), max_size=400
)
# Long, mixed-direction text with markup characters, to reach the paths plain text does not.
mixed_text = st.text(
    alphabet=st.sampled_from(list("ab xyé אבג ابتة 中文字 Жж <&>;\n\t\u064e")), max_size=3000
)
stored_text = st.one_of(any_text, mixed_text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=stored_text)
def test_any_text_in_every_field_gives_a_pdf_and_a_word_document(text: str) -> None:
    sample = exchange_with_text(text)
    records = SnapshotRecords(sample.snapshot)
    theme = sample.snapshot.themes[0].name
    for options in (
        ReportOptions(),
        ReportOptions(redact=True, language="fr", paper="letter"),
        ReportOptions(format="docx", language="nl"),
    ):
        documents = [exchange_summary(records, sample.exchange_id, options)]
        if not options.redact:
            documents.append(comparison_digest(records, options))
            if theme.strip():
                documents.append(theme_dossier(records, theme, options))
        for document in documents:
            data = render(document, options)
            if options.format == "pdf":
                assert data.startswith(b"%PDF")
                pages(data)
            else:
                # Every character a Word file can hold is kept as typed.
                printed = squeezed(docx_text(data))
                assert squeezed(xml_safe(text or "x")) in printed


@settings(max_examples=25, deadline=None)
@given(text=stored_text)
def test_every_character_is_drawn_by_a_face_that_has_it(text: str) -> None:
    for face in (Face.REGULAR, Face.BOLD, Face.OBLIQUE):
        # Shaping makes new characters (letter forms, ligatures): they too must be drawable.
        for candidate in (clean(text), shape(clean(text))):
            for run_face, piece in runs(candidate, face):
                drawn = {ord(c) for c in piece} - {0x09, 0x0A}
                assert drawn <= coverage(run_face)


def test_arabic_ligatures_are_made_only_where_the_font_has_them() -> None:
    shaped = shape("بسم الله الرحمن الرحيم")
    assert {ord(c) for c in shaped} <= coverage(Face.REGULAR)


def test_wrapped_arabic_paragraph_reads_in_logical_order() -> None:
    sentence = "العودة الطوعية تعتبر الملاذ الأخير ونحن نواجه الكثير من عدم الثقة"
    text = " ".join([sentence] * 8)
    sample = exchange_with_text(text)
    printed = squeezed(pdf_text(exchange_summary_pdf(sample.snapshot, sample.exchange_id)))
    # Several lines long: each line reordered on its own, so the lines read on in order.
    assert squeezed(text) in printed


def test_chinese_breaks_between_characters_and_reads_back_exactly() -> None:
    text = "双方一致认为，机构间在遣返问题上的协调与合作机制至关重要。" * 12
    sample = exchange_with_text(text)
    printed = pdf_text(exchange_summary_pdf(sample.snapshot, sample.exchange_id))
    assert squeezed(text) in squeezed(printed)


def test_scripts_are_drawn_by_the_face_that_has_them() -> None:
    assert list(runs("Trust 信任 доверие", Face.REGULAR)) == [
        (Face.REGULAR, "Trust "),
        (Face.FALLBACK, "信任"),
        (Face.REGULAR, " доверие"),
    ]
    # The oblique face lacks Arabic: the upright face draws it, not a missing-glyph box.
    assert list(runs("ثقة", Face.OBLIQUE)) == [(Face.REGULAR, "ثقة")]


def test_characters_no_font_has_are_marked_and_invisible_ones_dropped() -> None:
    assert clean("a\U000e0001b\u0085c\U0010fffd") == f"ab\nc{REPLACEMENT}"
    assert clean("line one\r\nline two\rthree") == "line one\nline two\nthree"


def test_markup_look_alikes_print_as_typed() -> None:
    text = "<b>bold?</b> &amp; &lt; </para> <br/> <font name='Courier'>x</font> & <"
    sample = exchange_with_text(text)
    printed = pdf_text(exchange_summary_pdf(sample.snapshot, sample.exchange_id))
    assert squeezed(text) in squeezed(printed)


def test_tabs_and_newlines_are_kept_as_spaces_and_line_breaks() -> None:
    sample = exchange_with_text("first\tline\nsecond line\n\nafter a blank line")
    printed = pdf_text(exchange_summary_pdf(sample.snapshot, sample.exchange_id))
    assert "first line\nsecond line\n" in printed
    assert "after a blank line" in printed


def test_very_long_texts_and_words_flow_across_pages() -> None:
    sample = rich_sample()
    snapshot = sample.snapshot
    long_word = "Ж" * 5000
    note = " ".join(
        ("réintégration", "доверие", "信任合作", "εμπιστοσύνη", "العودة", "return")[i % 6]
        for i in range(15000)
    )[:100_000]
    sentence = "Counsellors meet migrants in reception centres. "
    practice_text = (sentence * 500)[:20_000]
    observations = list(snapshot.observations)
    observations[0] = replace(observations[0], text=note)
    observations[2] = replace(observations[2], text=f"before {long_word} after")
    comparisons = list(snapshot.comparisons)
    informs = comparisons[0]
    practices = list(informs.practices)
    practices[0] = replace(practices[0], description=practice_text, strengths=long_word)
    comparisons[0] = replace(informs, practices=tuple(practices))
    snapshot = replace(snapshot, observations=tuple(observations), comparisons=tuple(comparisons))
    long_sample = replace(sample, snapshot=snapshot)

    pdf = exchange_summary_pdf(snapshot, sample.exchange_id)

    assert len(pages(pdf).pages) > 20
    printed = squeezed(pdf_text(pdf))
    # Page headers and the table's repeated column heads come between its parts.
    assert printed.count(squeezed(sentence)) == practice_text.count(sentence)
    # The long word is a strength, and an observation printed as evidence and by theme.
    assert printed.count("Ж") == 3 * len(long_word)
    for word in ("信任合作", "réintégration"):
        assert printed.count(word) == note.count(word)
    # Once more in the Arabic quote, printed as evidence and by theme.
    assert printed.count("العودة") == note.count("العودة") + 2
    short = [t for t in stored_texts(long_sample) if len(t) < 1000]
    assert [t for t in short if squeezed(t) not in printed] == []
    digest = squeezed(pdf_text(comparison_digest_pdf(snapshot)))
    # The comparison is on two themes: printed under the first, named under the other.
    assert digest.count(squeezed(sentence)) == practice_text.count(sentence)


def test_korean_prints_with_the_hangul_face_and_reads_back() -> None:
    korean = "자발적 귀국 상담사는 이주민과 신뢰를 쌓습니다"
    assert {face for face, _ in runs(korean, Face.REGULAR)} >= {Face.HANGUL}
    sample = exchange_with_text(korean)
    text = squeezed(pdf_text(exchange_summary_pdf(sample.snapshot, sample.exchange_id)))
    assert squeezed(korean) in text
    assert REPLACEMENT not in clean(korean)
