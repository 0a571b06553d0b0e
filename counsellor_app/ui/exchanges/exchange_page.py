"""The Exchanges section: the list of exchanges beside one exchange — its overview, then tabs
for its visits, observations (with fast capture), comparisons and follow-up actions. Further
actions (a PDF summary) can be added to its bar."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from counsellor_app.domain.records import Exchange, Record
from counsellor_app.services.workspace import Workspace
from counsellor_app.ui.common.choices import ChoiceSource
from counsellor_app.ui.common.code_lists import country_names, language_names
from counsellor_app.ui.common.field_editors import window_language
from counsellor_app.ui.common.labels import choice_label, format_date, kind_label
from counsellor_app.ui.common.operations import Changes, hub_for
from counsellor_app.ui.common.reads import read_in_background
from counsellor_app.ui.common.settings import AppSettings
from counsellor_app.ui.records.record_editor import RecordEditor
from counsellor_app.ui.records.record_list_page import RecordListPage

if TYPE_CHECKING:
    from counsellor_app.ui.exchanges.capture import CapturePanel

TABS = ("visit", "observation", "comparison", "action")
# The tabs' modules beyond the list pages', imported ahead of building them.
TAB_MODULES = (
    "counsellor_app.ui.comparisons.comparison_editor",
    "counsellor_app.ui.comparisons.evidence_picker",
    "counsellor_app.ui.exchanges.capture",
)
# A page that is never painted (a hidden window) builds its tabs after this long all the same.
TABS_UNSEEN_AFTER_MS = 500


def prepare_tabs(display: str) -> None:
    """What building the tabs needs that makes no widget, done on the reading thread: their
    modules imported, and the names of countries (a visit's) and languages (an observation's)
    in the window's language ``display`` read from CLDR. On the GUI thread, each took a good
    part of a tab's turn; here the window answers between two of the reading thread's turns."""
    for name in TAB_MODULES:
        importlib.import_module(name)
    country_names(display)
    language_names(display)


class ExchangePage(QWidget):
    """The detail shown beside the list of exchanges."""

    record_changed = Signal(object)
    """The exchange itself was saved."""
    record_removed = Signal(str)
    """The exchange went to the trash."""
    dirty_changed = Signal(bool)
    """The overview has (or no longer has) unsaved changes."""
    shown_changed = Signal()
    """Another exchange (or none: a new one) is shown."""
    tabs_built = Signal()
    """The tabs' lists and forms exist now (they are built after the overview)."""
    sig_status_requested = Signal(str)
    """A short message for the status bar."""
    sig_open_record_requested = Signal(str, str)
    """The user asked to see a record in its own section (its kind, its id)."""

    def __init__(
        self,
        workspace: Workspace,
        choices: ChoiceSource,
        settings: AppSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # attributes
        self.workspace = workspace
        self.choices = choices
        self.settings = settings
        self.defaults: dict[str, Any] = {}
        self._pages: dict[str, RecordListPage] = {}
        # The next tab's form, made a turn before its list.
        self._next_detail: QWidget | None = None
        self._capture: CapturePanel | None = None
        self._exchange_id = ""
        # widgets
        self.setObjectName("exchange_page")
        self.title_label = QLabel(self)
        self.title_label.setObjectName("exchange_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setObjectName("exchange_subtitle")
        self.subtitle_label.setWordWrap(True)
        self.action_bar = QHBoxLayout()
        self.capture_action = QAction(self)
        self.capture_action.setObjectName("capture_action")
        self.capture_button = QToolButton(self)
        self.capture_button.setObjectName("capture_button")
        self.capture_button.setDefaultAction(self.capture_action)
        self.capture_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("exchange_tabs")
        self.tabs.setDocumentMode(True)
        self.overview = RecordEditor("exchange", workspace, choices, self.tabs)
        self.overview.heading_label.setVisible(False)
        self.tabs.addTab(self.overview, "")
        # A tab's list and form go into its holder when the tabs are built: the overview
        # alone is built with the window, the rest just after (or when first asked for).
        self._holders: dict[str, QVBoxLayout] = {}
        for kind in TABS:
            holder = QWidget(self.tabs)
            holder.setObjectName(f"exchange_{kind}s_tab")
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self._holders[kind] = holder_layout
            self.tabs.addTab(holder, "")
        # layout
        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        self.action_bar.addWidget(self.capture_button)
        header.addLayout(self.action_bar)
        self.header = header
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        # connections
        self.overview.record_changed.connect(self._on_saved)
        self.overview.record_removed.connect(self.record_removed.emit)
        self.overview.dirty_changed.connect(self.dirty_changed.emit)
        self.overview.controller.record_shown.connect(self._follow)
        self.capture_action.triggered.connect(self.start_capture)
        hub_for(workspace).records_changed.connect(self._on_records_changed)
        self._exchange_id = "\0"
        self.retranslate_ui()
        self.load(None)
        # The tabs are built once the overview is on screen (see paintEvent), or after a
        # while if it never is; with this page as the context, a page dropped meanwhile
        # builds nothing.
        self._tabs_started = False
        QTimer.singleShot(TABS_UNSEEN_AFTER_MS, self, self._start_tabs)

    # -- the tabs, built after the overview ----------------------------------------------------

    @property
    def tabs_ready(self) -> bool:
        return len(self._pages) == len(TABS) and self._capture is not None

    @property
    def pages(self) -> dict[str, RecordListPage]:
        """The list page of each tab (built now if they were not yet)."""
        self._build_tabs()
        return self._pages

    @property
    def capture(self) -> CapturePanel:
        """The fast capture panel above the observations (built with the tabs)."""
        self._build_tabs()
        assert self._capture is not None
        return self._capture

    def _build_tabs(self) -> None:
        """Builds what is left of the tabs, scoped to the exchange shown."""
        while not self.tabs_ready:
            self._build_next_tab()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._tabs_started:
            # Not in this turn of the event loop: the window's first paint with this page
            # already held the GUI thread, and a tab takes about 35 ms more.
            QTimer.singleShot(0, self, self._start_tabs)

    def _start_tabs(self) -> None:
        """Builds the tabs in turns, once what they need is ready on the reading thread."""
        if self._tabs_started:
            return
        self._tabs_started = True
        display = window_language()

        def failed(_error: BaseException) -> bool:
            self._build_tabs_in_turns()  # the same, a little slower on the GUI thread
            return False

        read_in_background(
            self.workspace,
            self,
            lambda: prepare_tabs(display),
            lambda _ready: self._build_tabs_in_turns(),
            failed=failed,
        )

    def _build_tabs_in_turns(self) -> None:
        """One tab per turn of the event loop: the window answers in between."""
        if not self.tabs_ready:
            self._build_next_tab()
            if not self.tabs_ready:
                QTimer.singleShot(0, self, self._build_tabs_in_turns)

    def _build_next_tab(self) -> None:
        """Makes the next tab's form, or, its form made, its list, or, after the observations'
        list, fast capture (a turn each)."""
        if "observation" in self._pages and self._capture is None:
            self._make_capture()
            if self.tabs_ready:
                self.tabs_built.emit()
            return
        kind = TABS[len(self._pages)]
        if self._next_detail is None:
            self._next_detail = self._make_detail(kind)
            return
        detail, self._next_detail = self._next_detail, None
        holder = self._holders[kind]
        workspace, choices, settings = self.workspace, self.choices, self.settings
        page = RecordListPage(
            kind,
            workspace,
            choices,
            settings,
            holder.parentWidget(),
            where=(("exchange", self._exchange_id),),
            defaults={"exchange": self._exchange_id},
            layout_key=f"exchange_{kind}",
            orientation=Qt.Orientation.Vertical,
            split=(400, 600),
            detail=detail,
        )
        self._pages[kind] = page
        if kind == "observation":
            from counsellor_app.ui.comparisons.evidence_picker import UseAsEvidence

            evidence = UseAsEvidence(workspace, choices, page)
            evidence.sig_status_requested.connect(self.sig_status_requested.emit)
        holder.addWidget(page, 1)
        page.sig_status_requested.connect(self.sig_status_requested.emit)
        page.sig_open_record_requested.connect(self.sig_open_record_requested.emit)
        if self.tabs_ready:
            self.tabs_built.emit()

    def _make_capture(self) -> None:
        """Fast capture, above the observations' list (hidden until asked for)."""
        from counsellor_app.ui.exchanges.capture import CapturePanel

        holder = self._holders["observation"]
        capture = CapturePanel(self.workspace, self.choices, self.settings, holder.parentWidget())
        capture.setVisible(False)
        capture.sig_close_requested.connect(self.stop_capture)
        holder.insertWidget(0, capture)
        self._capture = capture

    def _make_detail(self, kind: str) -> QWidget:
        workspace, choices = self.workspace, self.choices
        if kind == "comparison":
            from counsellor_app.ui.comparisons.comparison_editor import ComparisonEditor

            editor = ComparisonEditor(workspace, choices, hidden=("exchange",))
            editor.sig_open_observation_requested.connect(
                lambda observation_id: self.sig_open_record_requested.emit(
                    "observation", observation_id
                )
            )
            return editor
        return RecordEditor(kind, workspace, choices, hidden=("exchange",))

    def _scope_tabs(self, pages: list[RecordListPage]) -> None:
        """Those tabs list, and make new records in, the exchange shown. Their forms are
        emptied once the exchange's lists to choose from (its visits, its observations as
        evidence) are read on the reading thread: loading a form then reads none of them on
        the GUI thread."""
        exchange_id = self._exchange_id
        for page in pages:
            page.defaults = {"exchange": exchange_id}
            if page.detail is not None:
                page.detail.defaults = {"exchange": exchange_id}
            page.model.set_where((("exchange", exchange_id),))

        def empty_the_forms() -> None:
            if exchange_id != self._exchange_id:
                return  # another exchange shown meanwhile: its own call empties them
            for page in pages:
                shown = page.detail.record if page.detail is not None else None
                # Not a record of this exchange chosen meanwhile in the tab's list.
                if page.detail is not None and getattr(shown, "exchange", None) != exchange_id:
                    page.detail.load(None)

        if exchange_id:
            self.choices.read_scoped(exchange_id, self, empty_the_forms)
        else:
            empty_the_forms()

    def retranslate_ui(self) -> None:
        self.capture_action.setText(self.tr("Capture observations"))
        self.capture_action.setToolTip(
            self.tr("Capture observations one after the other (Ctrl+Shift+N)")
        )
        self.capture_button.setAccessibleName(self.tr("Capture observations"))
        self.tabs.setTabText(0, self.tr("Overview"))
        for row, kind in enumerate(TABS, start=1):
            self.tabs.setTabText(row, kind_label(kind, plural=True))
        self.tabs.setAccessibleName(self.tr("Parts of the exchange"))
        self._update_header()

    def add_action(self, action: QAction) -> QToolButton:
        """Adds a button for ``action`` beside "Capture observations" (e.g. a PDF summary)."""
        button = QToolButton(self)
        button.setObjectName(f"{action.objectName() or 'exchange_action'}_button")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(action.text())
        self.action_bar.addWidget(button)
        return button

    def add_heading_widget(self, widget: QWidget) -> None:
        """Puts a control of the section's own after the bar of actions (e.g. "Hide list")."""
        self.header.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    # -- the detail interface of a list page ---------------------------------------------------

    @property
    def record(self) -> Record | None:
        return self.overview.record

    def load(self, record: Record | None) -> None:
        self.overview.load(record)

    def _follow(self, record: Record | None) -> None:
        """The overview shows ``record`` (or a new exchange): the tabs follow it."""
        exchange_id = record.id if record is not None else ""
        if exchange_id != self._exchange_id or not exchange_id:
            # Tabs not built yet are scoped as they are built, in the turns still to come.
            self._exchange_id = exchange_id
            self._scope_tabs(list(self._pages.values()))
        for row in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(row, record is not None)
        self.capture_action.setEnabled(record is not None and not self.workspace.database.read_only)
        if record is None:
            self.tabs.setCurrentIndex(0)
            self.stop_capture()
        self._update_header()
        self.shown_changed.emit()

    def new(self, defaults: dict[str, Any] | None = None) -> None:
        self.load(None)
        self.tabs.setCurrentIndex(0)
        self.overview.new(defaults)

    def is_dirty(self) -> bool:
        capturing = self._capture is not None and self._capture.has_unsaved()
        return (
            capturing or self.overview.is_dirty() or any(p.is_dirty() for p in self._pages.values())
        )

    def maybe_leave(self) -> bool:
        if self._capture is not None and not self._capture.maybe_leave():
            self.tabs.setCurrentIndex(1 + TABS.index("observation"))
            return False
        if not self.overview.maybe_leave():
            self.tabs.setCurrentIndex(0)
            return False
        for row, page in enumerate(self._pages.values(), start=1):
            if not page.maybe_leave():
                self.tabs.setCurrentIndex(row)
                return False
        return True

    def current_page(self) -> RecordListPage | None:
        row = self.tabs.currentIndex()
        return list(self.pages.values())[row - 1] if row > 0 else None

    def save(self) -> bool:
        page = self.current_page()
        return page.save() if page is not None else self.overview.save()

    def save_and_wait(self) -> bool:
        return self.overview.save_and_wait()

    def revert(self) -> None:
        page = self.current_page()
        if page is not None:
            page.revert()
        else:
            self.overview.revert()

    def recover(self, draft: Any) -> None:
        self.overview.recover(draft)

    def delete(self) -> Any:
        page = self.current_page()
        if page is not None:
            return page.delete_current() or None
        return self.overview.delete()

    def new_in_tab(self) -> bool:
        """New record in the current tab (a visit, an observation, an action); False on Overview."""
        page = self.current_page()
        if page is None or page.read_only:
            return False
        page.new_record()
        return True

    def focus_filter(self) -> bool:
        page = self.current_page()
        if page is None:
            return False
        page.focus_filter()
        return True

    def save_layout(self) -> None:
        for page in self._pages.values():
            page.save_layout()

    # -- fast capture --------------------------------------------------------------------------

    def start_capture(self) -> bool:
        record = self.record
        if record is None:
            return False
        self.tabs.setCurrentIndex(1 + TABS.index("observation"))
        # While capturing, the list shows the notes landing; their form waits below.
        observations = self.pages["observation"]
        if observations.maybe_leave() and observations.detail is not None:
            observations.detail.setVisible(False)
        self.capture.start(record.id)
        return True

    def stop_capture(self) -> None:
        if self._capture is None:
            return  # nothing built, nothing captured
        self._capture.setVisible(False)
        detail = self._pages["observation"].detail
        if detail is not None:
            detail.setVisible(True)

    def _on_records_changed(self, changes: Changes, _operation: object) -> None:
        # The header names the exchange's organisations.
        if changes.touches("organisation"):
            self._update_header()

    def _on_saved(self, record: Record) -> None:
        self.record_changed.emit(record)

    def _update_header(self) -> None:
        record = self.record
        if not isinstance(record, Exchange):
            self.title_label.setText(self.tr("New exchange"))
            self.subtitle_label.setText(
                self.tr("Give it a title and save; then add its visits and observations.")
            )
            return
        self.title_label.setText(record.title)
        parts = [choice_label(record.kind), choice_label(record.status)]
        if record.start or record.end:
            parts.append(f"{format_date(record.start)} – {format_date(record.end)}")
        names = [t for i, t in self.choices.choices("organisation") if i in record.organisations]
        if names:
            parts.append(", ".join(names))
        self.subtitle_label.setText(" · ".join(p for p in parts if p))
