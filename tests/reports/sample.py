"""Snapshots for the report tests: a rich exchange in many scripts, and one made of any text."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone

from counsellor_app.domain import (
    Action,
    ActionStatus,
    Comparison,
    Exchange,
    ExchangeKind,
    ExchangeStatus,
    Observation,
    ObservationKind,
    Organisation,
    OrganisationKind,
    Person,
    Practice,
    Snapshot,
    Theme,
    Transferability,
    Visit,
)

PARIS = timezone(timedelta(hours=2))
ARABIC_QUOTE = "العودة الطوعية تعتبر الملاذ الأخير"
MARKUP_TEXT = "Print <b>as typed</b> &amp; keep </para> & <font name='x'>this</font>"


def uid() -> str:
    return str(uuid.uuid4())


@dataclass
class Sample:
    """A snapshot with the ids a test needs to find things in it."""

    snapshot: Snapshot
    exchange_id: str
    other_exchange_id: str
    people: dict[str, Person] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)

    @property
    def exchange(self) -> Exchange:
        found = self.snapshot.get(self.exchange_id, Exchange)
        assert found is not None
        return found


def rich_sample() -> Sample:
    """The Fedasil–OFII exchange with a Chinese delegation's study visit beside it."""
    fedasil = Organisation(
        id=uid(),
        name="Fedasil",
        full_name="Federal Agency for the Reception of Asylum Seekers",
        country="BE",
        kind=OrganisationKind.RECEPTION_AGENCY,
    )
    ofii = Organisation(
        id=uid(),
        name="OFII",
        full_name="Office français de l’Immigration et de l’Intégration",
        country="FR",
        kind=OrganisationKind.IMMIGRATION_AUTHORITY,
    )
    ministry = Organisation(
        id=uid(),
        name="公安部出入境管理局",
        full_name="Exit and Entry Administration, Ministry of Public Security",
        country="CN",
        kind=OrganisationKind.MINISTRY,
    )
    iom = Organisation(id=uid(), name="IOM Cairo", country="EG", kind=OrganisationKind.OTHER)
    greek = Organisation(id=uid(), name="Υπηρεσία Υποδοχής", country="GR")

    guillaume = Person(
        id=uid(),
        name="Guillaume Verhaegen",
        role="return counsellor",
        organisation=fedasil.id,
        office="Brussels",
    )
    regis = Person(
        id=uid(),
        name="Régis Wauthier",
        role="return counsellor",
        organisation=fedasil.id,
        named_in_reports=False,
    )
    isabelle = Person(
        id=uid(),
        name="Isabelle Marchetti",
        role="return official",
        organisation=ofii.id,
        office="Marseille",
    )
    guy = Person(
        id=uid(), name="Guy Lebrunet", role="team leader", organisation=ofii.id, office="Bobigny"
    )
    pang = Person(id=uid(), name="庞树强", role="deputy director-general", organisation=ministry.id)
    layla = Person(id=uid(), name="ليلى الحداد", role="interpreter", organisation=iom.id)
    nikos = Person(id=uid(), name="Νίκος Παπαδόπουλος", organisation=greek.id)
    olga = Person(id=uid(), name="Ольга Петренко", named_in_reports=False)
    people = [guillaume, regis, isabelle, guy, pang, layla, nikos, olga]

    trust = Theme(id=uid(), name="Trust", description="Between counsellor and migrant.")
    reintegration = Theme(id=uid(), name="Réintégration")
    information = Theme(id=uid(), name="Information")

    exchange = Exchange(
        id=uid(),
        title="French-Belgian exchange on voluntary return",
        kind=ExchangeKind.EXCHANGE_VISIT,
        framework="Bilateral staff exchange",
        funding="Own budgets of both agencies",
        summary=(
            "Three Belgian return counsellors went to France;\n"
            "four French return officials came to Belgium."
        ),
        status=ExchangeStatus.COMPLETED,
        start=date(2016, 9, 26),
        end=date(2016, 10, 7),
        organisations=(fedasil.id, ofii.id),
    )
    study = Exchange(
        id=uid(),
        title="Study visit of a Chinese delegation",
        kind=ExchangeKind.STUDY_VISIT,
        start=date(2016, 10, 22),
        end=date(2016, 10, 25),
        organisations=(ministry.id, fedasil.id),
    )
    to_france = Visit(
        id=uid(),
        exchange=exchange.id,
        host=ofii.id,
        visitor=fedasil.id,
        start=date(2016, 9, 26),
        end=date(2016, 9, 30),
        place="Bobigny",
        country="FR",
        purpose="Learn how OFII counsels migrants",
        participants=(guillaume.id, regis.id),
    )
    to_belgium = Visit(
        id=uid(),
        exchange=exchange.id,
        host=fedasil.id,
        visitor=ofii.id,
        start=date(2016, 10, 3),
        end=date(2016, 10, 7),
        place="Brussels",
        country="BE",
        purpose="Tools to improve conversations",
        participants=(isabelle.id, guy.id, pang.id),
    )

    def recorded(day: int, hour: int) -> datetime:
        return datetime(2016, 9, day, hour, tzinfo=PARIS)

    states = Observation(
        id=uid(),
        exchange=exchange.id,
        visit=to_france.id,
        kind=ObservationKind.QUOTE,
        text="The officials of the OFII operate very differently. They depend more on the state.",
        language="en",
        speaker=guillaume.id,
        recorded_by="Régis Wauthier",
        recorded_at=recorded(28, 15),
        themes=(trust.id,),
    )
    last_resort = Observation(
        id=uid(),
        exchange=exchange.id,
        visit=to_belgium.id,
        kind=ObservationKind.QUOTE,
        text="Le retour volontaire est considéré comme un dernier recours.",
        language="fr",
        translation="Voluntary return is regarded as a last resort.",
        speaker=isabelle.id,
        recorded_at=recorded(29, 10),
        themes=(trust.id, reintegration.id),
    )
    counsellors = Observation(
        id=uid(),
        exchange=exchange.id,
        kind=ObservationKind.QUOTE,
        text=(
            "At Fedasil it's the counsellors, not the state officials, "
            "who inform the asylum seekers."
        ),
        speaker=guy.id,
        recorded_at=recorded(30, 9),
        themes=(information.id,),
    )
    chinese = Observation(
        id=uid(),
        exchange=exchange.id,
        visit=to_belgium.id,
        kind=ObservationKind.QUOTE,
        text="与比利时移民局的合作非常富有成效。",
        language="zh",
        translation="The cooperation with the Belgian Immigration Office was very fruitful.",
        speaker=pang.id,
        themes=(reintegration.id,),
    )
    arabic = Observation(
        id=uid(),
        exchange=exchange.id,
        kind=ObservationKind.QUOTE,
        text=ARABIC_QUOTE,
        language="ar",
        translation="Voluntary return is seen as the last resort.",
        speaker=layla.id,
        themes=(trust.id,),
    )
    greek_lesson = Observation(
        id=uid(),
        exchange=exchange.id,
        kind=ObservationKind.LESSON,
        text="Η εμπιστοσύνη χτίζεται με τον χρόνο.",
        language="el",
        speaker=nikos.id,
    )
    russian = Observation(
        id=uid(),
        exchange=exchange.id,
        kind=ObservationKind.RECOMMENDATION,
        text="Доверие строится годами.\nНужно больше обменов.",
        language="ru",
        speaker=olga.id,
    )
    markup = Observation(
        id=uid(),
        exchange=exchange.id,
        kind=ObservationKind.QUESTION,
        text=MARKUP_TEXT,
        speaker=regis.id,
    )
    elsewhere = Observation(
        id=uid(),
        exchange=study.id,
        kind=ObservationKind.OBSERVATION,
        text="Noted only during the study visit in Beijing.",
    )
    observations = [
        states,
        last_resort,
        counsellors,
        chinese,
        arabic,
        greek_lesson,
        russian,
        markup,
        elsewhere,
    ]

    informs = Comparison(
        id=uid(),
        aspect="Who informs asylum seekers about voluntary return",
        exchange=exchange.id,
        observed_on=date(2016, 10, 7),
        summary="Counsellors who are also social workers are trusted more.",
        transferability=Transferability.HIGH,
        themes=(trust.id, information.id),
        practices=(
            Practice(
                organisation=fedasil.id,
                description="Return counsellors in the reception centres.",
                strengths="A relationship of trust already exists.",
                evidence=(counsellors.id,),
            ),
            Practice(
                organisation=ofii.id,
                description="State officials outside the reception network.",
                challenges="Mistrust from social workers and migrants.",
                evidence=(last_resort.id, arabic.id),
            ),
        ),
    )
    reintegrates = Comparison(
        id=uid(),
        aspect="Who delivers reintegration",
        exchange=exchange.id,
        transferability=Transferability.LOW,
        practices=(
            Practice(organisation=fedasil.id, description="Partners: IOM and Caritas."),
            Practice(
                organisation=ofii.id,
                description="OFII itself, from A to Z, in 21 countries.",
                evidence=(chinese.id,),
            ),
        ),
    )
    readmission = Comparison(
        id=uid(),
        aspect="How readmission agreements are negotiated",
        exchange=study.id,
        themes=(reintegration.id,),
        practices=(
            Practice(organisation=ministry.id, description="Bilateral talks with each embassy."),
        ),
    )
    actions = [
        Action(
            id=uid(),
            exchange=exchange.id,
            text="Consider a new exchange with different participants",
            owner="Régis Wauthier",
            due=date(2017, 3, 1),
            status=ActionStatus.OPEN,
        ),
        Action(
            id=uid(),
            exchange=exchange.id,
            text="Share the conversation tools with OFII",
            owner="Isabelle Marchetti",
            status=ActionStatus.DONE,
        ),
    ]
    snapshot = Snapshot(
        organisations=(fedasil, ofii, ministry, iom, greek),
        people=tuple(people),
        themes=(trust, reintegration, information),
        exchanges=(exchange, study),
        visits=(to_france, to_belgium),
        observations=tuple(observations),
        comparisons=(informs, reintegrates, readmission),
        actions=tuple(actions),
    )
    return Sample(
        snapshot=snapshot,
        exchange_id=exchange.id,
        other_exchange_id=study.id,
        people={p.name: p for p in people},
        organisations={o.name: o for o in (fedasil, ofii, ministry, iom, greek)},
    )


def stored_texts(sample: Sample) -> list[str]:
    """Every text of the sample exchange a report must print (names aside)."""
    snapshot = sample.snapshot
    exchange = sample.exchange
    texts = [exchange.title, exchange.framework or "", exchange.funding or ""]
    texts += (exchange.summary or "").split("\n")
    for visit in snapshot.visits:
        if visit.exchange == exchange.id:
            texts += [visit.place or "", visit.purpose or ""]
    for observation in snapshot.observations:
        if observation.exchange == exchange.id:
            texts += observation.text.split("\n")
            texts += (observation.translation or "").split("\n")
    for comparison in snapshot.comparisons:
        if comparison.exchange == exchange.id:
            texts += [comparison.aspect, comparison.summary or ""]
            for practice in comparison.practices:
                texts += [practice.description, practice.strengths or "", practice.challenges or ""]
    for action in snapshot.actions:
        if action.exchange == exchange.id:
            texts.append(action.text)
    return [text for text in texts if text]


def exchange_with_text(text: str) -> Sample:
    """One exchange whose every text field holds ``text``, with a person, a visit, an
    observation backing a practice, a comparison and an action."""
    organisation = Organisation(id=uid(), name=text[:300] or "x", full_name=text[:300])
    other = Organisation(id=uid(), name="Other")
    person = Person(
        id=uid(),
        name=text[:300] or "x",
        role=text[:300],
        organisation=organisation.id,
        office=text[:300],
    )
    theme = Theme(id=uid(), name=text[:300] or "x", description=text)
    exchange = Exchange(
        id=uid(),
        title=text[:300] or "x",
        framework=text[:300],
        funding=text[:300],
        summary=text,
        organisations=(organisation.id, other.id),
    )
    visit = Visit(
        id=uid(),
        exchange=exchange.id,
        host=organisation.id,
        visitor=other.id,
        place=text[:300],
        purpose=text[:300],
        country="BE",
        participants=(person.id,),
    )
    observation = Observation(
        id=uid(),
        exchange=exchange.id,
        visit=visit.id,
        kind=ObservationKind.QUOTE,
        text=text or "x",
        translation=text,
        speaker=person.id,
        recorded_by=text[:300],
        recorded_at=datetime(2016, 9, 28, tzinfo=UTC),
        themes=(theme.id,),
    )
    practice = Practice(
        organisation=organisation.id,
        description=text or "x",
        strengths=text,
        challenges=text,
        evidence=(observation.id,),
    )
    comparison = Comparison(
        id=uid(),
        aspect=text[:300] or "x",
        exchange=exchange.id,
        summary=text,
        themes=(theme.id,),
        practices=(practice, replace(practice, organisation=other.id)),
    )
    action = Action(id=uid(), exchange=exchange.id, text=text or "x", owner=text[:300])
    snapshot = Snapshot(
        organisations=(organisation, other),
        people=(person,),
        themes=(theme,),
        exchanges=(exchange,),
        visits=(visit,),
        observations=(observation,),
        comparisons=(comparison,),
        actions=(action,),
    )
    return Sample(snapshot=snapshot, exchange_id=exchange.id, other_exchange_id=exchange.id)


@dataclass
class ForeignSample:
    """Two exchanges whose stored text is all in Greek, Russian and Chinese: any word in Latin
    letters a report prints is one of the report's own."""

    snapshot: Snapshot
    exchange_id: str
    later_exchange_id: str
    three_themes_text: str
    theme_names: tuple[str, str, str]


def foreign_sample() -> ForeignSample:
    greek = Organisation(
        id=uid(),
        name="Υπηρεσία Ασύλου",
        full_name="Υπηρεσία Ασύλου της Ελλάδας",
        kind=OrganisationKind.IMMIGRATION_AUTHORITY,
    )
    russian = Organisation(
        id=uid(), name="Миграционная служба", kind=OrganisationKind.RECEPTION_AGENCY
    )
    chinese = Organisation(id=uid(), name="出入境管理局", kind=OrganisationKind.MINISTRY)
    nikos = Person(
        id=uid(),
        name="Νίκος Παπαδόπουλος",
        role="σύμβουλος επιστροφής",
        organisation=greek.id,
        office="Αθήνα",
    )
    olga = Person(id=uid(), name="Ольга Петренко", role="консультант", organisation=russian.id)
    wang = Person(id=uid(), name="王芳", role="翻译", organisation=chinese.id)
    maria = Person(id=uid(), name="Μαρία Κωνσταντίνου", named_in_reports=False)
    nobody = Person(
        id=uid(), name="Ирина Смирнова", organisation=russian.id, named_in_reports=False
    )
    trust = Theme(id=uid(), name="Εμπιστοσύνη", description="Между консультантом и мигрантом.")
    reintegration = Theme(id=uid(), name="Επανένταξη")
    information = Theme(id=uid(), name="Πληροφόρηση")
    exchange = Exchange(
        id=uid(),
        title="Ανταλλαγή για την οικειοθελή επιστροφή",
        kind=ExchangeKind.EXCHANGE_VISIT,
        framework="Διμερής ανταλλαγή",
        funding="Собственные средства",
        summary="Трое консультантов поехали в Афины.\n三位顾问访问了雅典。",
        status=ExchangeStatus.ONGOING,
        start=date(2016, 9, 26),
        end=date(2016, 10, 7),
        organisations=(greek.id, russian.id, chinese.id),
    )
    later = Exchange(
        id=uid(),
        title="Учебный визит",
        kind=ExchangeKind.STUDY_VISIT,
        status=ExchangeStatus.PLANNED,
        start=date(2017, 3, 6),
        end=date(2017, 3, 6),
        organisations=(russian.id,),
    )
    athens = Visit(
        id=uid(),
        exchange=exchange.id,
        host=greek.id,
        visitor=russian.id,
        start=date(2016, 9, 26),
        end=date(2016, 9, 30),
        place="Αθήνα",
        purpose="Μαθαίνουμε πώς ενημερώνουν",
        participants=(nikos.id, olga.id, maria.id),
    )
    moscow = Visit(
        id=uid(),
        exchange=exchange.id,
        host=russian.id,
        visitor=greek.id,
        start=date(2016, 10, 3),
        end=date(2016, 10, 7),
        place="Москва",
        participants=(wang.id, nobody.id),
    )
    three_themes_text = (
        "Η εμπιστοσύνη, η επανένταξη και η πληροφόρηση πάνε μαζί: όποιος ενημερώνει τον "
        "μετανάστη πρέπει να είναι ήδη γνωστός του και να μπορεί να τον συνοδεύσει μετά."
    )

    def at(day: int) -> datetime:
        return datetime(2016, 9, day, 11, tzinfo=PARIS)

    observations = [
        Observation(
            id=uid(),
            exchange=exchange.id,
            visit=athens.id,
            kind=ObservationKind.QUOTE,
            text=three_themes_text,
            translation="信任、重返社会和信息是相辅相成的。",
            speaker=nikos.id,
            recorded_by="Ольга Петренко",
            recorded_at=at(27),
            themes=(trust.id, reintegration.id, information.id),
        ),
        Observation(
            id=uid(),
            exchange=exchange.id,
            visit=athens.id,
            kind=ObservationKind.OBSERVATION,
            text="Консультанты работают в центрах приёма.",
            speaker=olga.id,
            recorded_at=at(28),
            themes=(information.id,),
        ),
        Observation(
            id=uid(),
            exchange=exchange.id,
            kind=ObservationKind.LESSON,
            text="Η εμπιστοσύνη χτίζεται με τον χρόνο.",
            speaker=maria.id,
            recorded_at=at(29),
            themes=(trust.id,),
        ),
        Observation(
            id=uid(),
            exchange=exchange.id,
            visit=moscow.id,
            kind=ObservationKind.RECOMMENDATION,
            text="Нужно больше обменов.",
            translation="需要更多的交流。",
            speaker=wang.id,
            recorded_at=at(30),
            themes=(reintegration.id, trust.id),
        ),
        Observation(
            id=uid(),
            exchange=exchange.id,
            kind=ObservationKind.QUESTION,
            text="如何告知潜在的移民？",
            speaker=nobody.id,
        ),
        Observation(
            id=uid(),
            exchange=later.id,
            kind=ObservationKind.RECOMMENDATION,
            text="Πρέπει να επαναλάβουμε την επίσκεψη.",
            themes=(trust.id,),
        ),
        Observation(
            id=uid(),
            exchange=later.id,
            kind=ObservationKind.QUOTE,
            text="Мы учимся друг у друга.",
            speaker=olga.id,
            themes=(trust.id,),
        ),
        Observation(
            id=uid(),
            exchange=later.id,
            kind=ObservationKind.OBSERVATION,
            text="Αυτό δεν αφορά την εμπιστοσύνη.",
            themes=(information.id,),
        ),
    ]
    practice = Practice(
        organisation=greek.id,
        description="Σύμβουλοι στα κέντρα υποδοχής.",
        strengths="Υπάρχει ήδη σχέση εμπιστοσύνης.",
        challenges="Λίγοι σύμβουλοι.",
        evidence=(observations[0].id, observations[1].id),
    )
    comparisons = [
        Comparison(
            id=uid(),
            aspect="Ποιος ενημερώνει τους μετανάστες",
            exchange=exchange.id,
            observed_on=date(2016, 10, 7),
            summary="Доверие зависит от того, кто информирует.",
            transferability=level,
            themes=themes,
            practices=(
                practice,
                Practice(organisation=russian.id, description="Государственные служащие."),
                Practice(organisation=chinese.id, description="公务员。"),
            ),
        )
        for level, themes in (
            (Transferability.HIGH, (trust.id, information.id)),
            (Transferability.MEDIUM, (reintegration.id,)),
            (Transferability.LOW, ()),
            (None, (trust.id,)),
        )
    ]
    comparisons.append(
        Comparison(
            id=uid(),
            aspect="Сколько стран",
            exchange=later.id,
            themes=(trust.id,),
            practices=(Practice(organisation=russian.id, description="Двадцать одна страна."),),
        )
    )
    actions = [
        Action(
            id=uid(),
            exchange=exchange.id,
            text=f"Δράση αριθμός {number}",
            owner="Νίκος Παπαδόπουλος",
            due=date(2017, 3, 1),
            status=status,
        )
        for number, status in enumerate(ActionStatus, start=1)
    ]
    snapshot = Snapshot(
        organisations=(greek, russian, chinese),
        people=(nikos, olga, wang, maria, nobody),
        themes=(trust, reintegration, information),
        exchanges=(exchange, later),
        visits=(athens, moscow),
        observations=tuple(observations),
        comparisons=tuple(comparisons),
        actions=tuple(actions),
    )
    return ForeignSample(
        snapshot=snapshot,
        exchange_id=exchange.id,
        later_exchange_id=later.id,
        three_themes_text=three_themes_text,
        theme_names=(trust.name, reintegration.name, information.name),
    )
