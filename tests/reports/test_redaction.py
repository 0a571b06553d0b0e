"""Names withheld from a report are withheld wherever they are written, however they are
written: in an action's owner, in quotes and notes, in the title, in the PDF's metadata,
in its raw bytes."""

from __future__ import annotations

import contextlib
import re
import unicodedata
import zlib

import pytest

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
)
from counsellor_app.reports import ReportOptions, comparison_digest_pdf, exchange_summary_pdf
from counsellor_app.reports.name_mentions import NameIndex, find_mentions, fold
from counsellor_app.reports.naming import PersonNaming
from tests.reports.reading import pages, pdf_text
from tests.reports.sample import uid

OFII = Organisation(id=uid(), name="OFII")
FEDASIL = Organisation(id=uid(), name="Fedasil")
ZACHARIAS = Person(id=uid(), name="Zacharias Quenneville", role="team leader", organisation=OFII.id)
PERSEPHONE = Person(
    id=uid(), name="Persephone Vanderlinden", role="return counsellor", organisation=OFII.id
)
IGNATIUS = Person(
    id=uid(), name="Ignatius Pemberton", role="return official", organisation=FEDASIL.id
)
# Not to be named even without --redact.
WILHELMINA = Person(
    id=uid(),
    name="Wilhelmina Oyelaran-Brightwater",
    role="interpreter",
    organisation=FEDASIL.id,
    named_in_reports=False,
)
RENEE = Person(id=uid(), name="Renée Lefèvre", role="counsellor", organisation=FEDASIL.id)

# Every way the issue found names written, and a few more.
FORMS = {
    "first name alone": "Zacharias",
    "initial and surname": "Z. Quenneville",
    "initial without a space": "Z.Quenneville",
    "surname then initial": "Quenneville Z.",
    "surname, first name": "Quenneville, Zacharias",
    "with an organisation": "Persephone Vanderlinden (OFII)",
    "two people": "Ignatius Pemberton; Zacharias Quenneville",
    "no-break space": "Zacharias\u00a0Quenneville",
    "narrow no-break space": "Persephone\u202fVanderlinden",
    "zero-width space inside": "Igna\u200btius Pem\u00adberton",
    "capitals": "ZACHARIAS QUENNEVILLE",
    "small letters": "persephone vanderlinden",
    "full-width letters": "Ｐｅｍｂｅｒｔｏｎ",
    "decomposed accents": "Rene\u0301e Lefe\u0300vre",
    "accents left out": "Renee Lefevre",
    "hyphenated surname alone": "Oyelaran-Brightwater",
}
# A name typed for no person record: --redact cannot know it is a name, so it shows the
# owner as a role.
NOBODY = "Bartholomew Fitzgerald"
SURNAMES = [
    "Zacharias",
    "Quenneville",
    "Persephone",
    "Vanderlinden",
    "Ignatius",
    "Pemberton",
    "Wilhelmina",
    "Oyelaran",
    "Brightwater",
    "Renée",
    "Lefèvre",
    "Bartholomew",
    "Fitzgerald",
]


def _snapshot() -> tuple[Snapshot, str]:
    exchange = Exchange(
        id=uid(),
        title="Visit hosted by Zacharias Quenneville",
        summary="Prepared with Z. Quenneville and persephone vanderlinden.",
        organisations=(OFII.id, FEDASIL.id),
    )
    observations = [
        Observation(
            id=uid(),
            exchange=exchange.id,
            kind=ObservationKind.QUOTE,
            text=f"As {form} told us, trust comes first.",
            translation=f"Comme l'a dit {form}.",
            speaker=ZACHARIAS.id,
            recorded_by=form,
        )
        for form in FORMS.values()
    ]
    comparison = Comparison(
        id=uid(),
        aspect="Who informs — ask Ignatius Pemberton",
        exchange=exchange.id,
        summary="Quenneville, Zacharias agrees with Ｐｅｍｂｅｒｔｏｎ.",
        practices=(
            Practice(
                organisation=OFII.id,
                description="Zacharias\u00a0Quenneville's team informs.",
                strengths="Persephone\u202fVanderlinden knows everyone.",
                evidence=(observations[0].id,),
            ),
            Practice(organisation=FEDASIL.id, description="Oyelaran-Brightwater translates."),
        ),
    )
    actions = [
        Action(id=uid(), exchange=exchange.id, text=f"Follow up with {form}", owner=form)
        for form in FORMS.values()
    ]
    actions += [
        Action(id=uid(), exchange=exchange.id, text="Send the leaflet", owner=owner)
        for owner in (NOBODY, f"{NOBODY} (OFII)")
    ]
    snapshot = Snapshot(
        organisations=(OFII, FEDASIL),
        people=(ZACHARIAS, PERSEPHONE, IGNATIUS, WILHELMINA, RENEE),
        exchanges=(exchange,),
        observations=tuple(observations),
        comparisons=(comparison,),
        actions=tuple(actions),
    )
    return snapshot, exchange.id


def _encodings(word: str) -> list[bytes]:
    """How a word may sit in a PDF's bytes: plain, UTF-16 (text strings), hexadecimal."""
    found = []
    for form in {word, unicodedata.normalize("NFD", word), word.upper()}:
        for encoding in ("utf-8", "latin-1", "utf-16-be"):
            try:
                raw = form.encode(encoding)
            except UnicodeEncodeError:
                continue
            found += [raw, raw.hex().encode(), raw.hex().upper().encode()]
    return found


def _streams(pdf: bytes) -> bytes:
    """The PDF's bytes with every compressed stream inflated beside it."""
    inflated = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", pdf, re.S):
        with contextlib.suppress(zlib.error):
            inflated.append(zlib.decompress(match.group(1)))
    return b"\n".join(inflated)


def _assert_no_name(pdf: bytes, words: list[str]) -> None:
    text = fold(pdf_text(pdf))
    metadata = pages(pdf).metadata or {}
    shown = fold(" ".join(str(value) for value in metadata.values()))
    raw = _streams(pdf)
    for word in words:
        assert fold(word) not in text, word
        assert fold(word) not in shown, word
        for encoded in _encodings(word):
            assert encoded not in raw, (word, encoded)


@pytest.mark.parametrize("report", ["exchange", "digest"])
def test_a_redacted_report_holds_no_name_in_any_form(report: str) -> None:
    snapshot, exchange_id = _snapshot()
    options = ReportOptions(redact=True)
    if report == "exchange":
        pdf = exchange_summary_pdf(snapshot, exchange_id, options)
    else:
        pdf = comparison_digest_pdf(snapshot, options)
    _assert_no_name(pdf, SURNAMES)
    printed = pdf_text(pdf)
    assert "team leader, OFII" in printed
    if report == "exchange":
        assert "a participant" in printed  # the owner named for no record


def test_a_person_not_to_be_named_is_withheld_from_free_text_without_redact() -> None:
    snapshot, exchange_id = _snapshot()
    pdf = exchange_summary_pdf(snapshot, exchange_id)
    _assert_no_name(pdf, ["Wilhelmina", "Oyelaran", "Brightwater"])
    printed = pdf_text(pdf)
    assert "Zacharias Quenneville" in printed  # named people are still named
    assert "Bartholomew Fitzgerald" in printed  # and what was typed for no one, as typed
    assert "[interpreter, Fedasil] translates" in printed.replace("\n", " ")


@pytest.mark.parametrize("form", list(FORMS), ids=list(FORMS))
def test_each_form_of_a_name_is_found(form: str) -> None:
    index = NameIndex((p.id, p.name) for p in (ZACHARIAS, PERSEPHONE, IGNATIUS, WILHELMINA, RENEE))
    text = f"We met {FORMS[form]} in Bobigny."
    mentions = find_mentions(text, index)
    assert mentions, form
    rest = text
    for mention in reversed(mentions):
        rest = rest[: mention.start] + rest[mention.end :]
    left = set(re.findall(r"\w+", fold(rest)))
    assert {"we", "met", "in", "bobigny"} <= left, rest
    assert not left & {fold(word) for word in SURNAMES}, rest


def test_owners_are_shown_as_roles_when_a_name_cannot_be_told() -> None:
    snapshot, _ = _snapshot()
    naming = PersonNaming(snapshot, redact=True)
    assert naming.free_text_name("Zacharias") == "team leader, OFII"
    assert (
        naming.free_text_name("Persephone Vanderlinden (OFII)") == "return counsellor, OFII (OFII)"
    )
    assert (
        naming.free_text_name("Ignatius Pemberton; Zacharias Quenneville")
        == "return official, Fedasil; team leader, OFII"
    )
    assert naming.free_text_name(NOBODY) == "a participant"
    assert naming.free_text_name(f"Zacharias and {NOBODY}") == "team leader, OFII; a participant"
    assert naming.free_text_name("team leader, OFII") == "team leader, OFII"
    # Common words and roles are not mistaken for names.
    assert naming.free_text_name("the OFII team") == "the OFII team"
    unredacted = PersonNaming(snapshot, redact=False)
    assert unredacted.free_text_name(NOBODY) == NOBODY
    assert unredacted.free_text_name("Zacharias") == "Zacharias"
    assert unredacted.free_text_name("W. Oyelaran-Brightwater") == "interpreter, Fedasil"


def test_names_of_no_one_and_common_words_are_left_in_running_text() -> None:
    snapshot, _ = _snapshot()
    naming = PersonNaming(snapshot, redact=True)
    text = "The van der Graaf plan: we will meet in Bobigny on 3 May."
    assert naming.text(text) == text
    assert naming.text("Ask Zacharias.") == "Ask [team leader, OFII]."


def test_a_report_made_for_a_snapshot_without_names_to_withhold_is_unchanged() -> None:
    snapshot, _ = _snapshot()
    named = Snapshot(
        organisations=snapshot.organisations,
        people=(ZACHARIAS,),
        exchanges=snapshot.exchanges,
    )
    assert PersonNaming(named, redact=False).without_names(named) is named
