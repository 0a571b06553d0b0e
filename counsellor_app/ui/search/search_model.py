"""The results of a search as a table (kind, title, snippet), and the delegate that paints a
snippet with its matching words highlighted."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from counsellor_app.services.search import SearchHit
from counsellor_app.ui.common.labels import field_label, kind_label

Index = QModelIndex | QPersistentModelIndex
Span = tuple[int, int]
LayoutKey = tuple[str, tuple[tuple[int, ...], ...], str, int]
"""A snippet's text, its marks, the font's key and the width it is laid out in."""

# Snippets' layouts kept for the next paint: a screenful of results several times over.
KEPT_LAYOUTS = 400

ID_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record's id."""
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
"""The record's kind: observation, comparison, exchange, person or organisation."""
HIGHLIGHTS_ROLE = Qt.ItemDataRole.UserRole + 3
"""In the snippet column: the [start, end) offsets of the matches in the displayed text."""

KIND_COLUMN, TITLE_COLUMN, SNIPPET_COLUMN = range(3)

# The roles the model answers, looked up once: Qt's enums are slow to reach from Python, and
# a paint asks thousands of times.
_TEXT_ROLES = frozenset(
    {int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.AccessibleTextRole.value)}
)
_TOOL_TIP = int(Qt.ItemDataRole.ToolTipRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_OWN_ROLES = frozenset({int(HIGHLIGHTS_ROLE), int(ID_ROLE), int(KIND_ROLE)})
_ANSWERED = _TEXT_ROLES | {_TOOL_TIP, _DECORATION} | _OWN_ROLES
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

# One colour per kind, so a column of results can be scanned by kind at a glance.
KIND_COLOURS = {
    "observation": "#2f7ed8",
    "comparison": "#8e44ad",
    "exchange": "#16a085",
    "person": "#d35400",
    "organisation": "#7f8c8d",
}
HIGHLIGHT_BACKGROUND = QColor("#ffe27a")
HIGHLIGHT_FOREGROUND = QColor("#1a1a1a")


def kind_icon(kind: str, size: int = 12) -> QIcon:
    """A round dot in the kind's colour."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    # A light ring keeps the dot visible on a selected row's highlight colour.
    painter.setPen(QColor(255, 255, 255, 220))
    painter.setBrush(QColor(KIND_COLOURS.get(kind, "#888888")))
    painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3))
    painter.end()
    return QIcon(pixmap)


class SearchResultsModel(QAbstractTableModel):
    """The hits of one search, best first; replaced whole when a newer search answers."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._icons: dict[str, QIcon] = {}
        self._headers = ("", "", "")
        self.retranslate()

    # -- what the view asks --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks each cell for a dozen roles at every paint (its font, colours,
        # alignment…), most of which this model leaves to the style: those are answered
        # first, with no work.
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not index.isValid() or row >= len(self._hits):
            return None
        hit = self._hits[row]
        column = index.column()
        if role in _TEXT_ROLES:
            if column == KIND_COLUMN:
                return kind_label(hit.kind)
            if column == TITLE_COLUMN:
                return hit.title
            return hit.snippet.text
        if role == _TOOL_TIP:
            if column == SNIPPET_COLUMN and hit.snippet.text:
                return f"{field_label(hit.snippet.field)}: {hit.snippet.text}"
            if column == TITLE_COLUMN:
                return hit.title
            return None
        if role == _DECORATION and column == KIND_COLUMN:
            if hit.kind not in self._icons:
                self._icons[hit.kind] = kind_icon(hit.kind)
            return self._icons[hit.kind]
        if role == HIGHLIGHTS_ROLE and column == SNIPPET_COLUMN:
            return [tuple(span) for span in hit.snippet.highlights]
        if role == ID_ROLE:
            return hit.id
        if role == KIND_ROLE:
            return hit.kind
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    # -- what the panel asks -------------------------------------------------------------------

    def retranslate(self) -> None:
        self._headers = (self.tr("Kind"), self.tr("Title"), self.tr("Found in"))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 2)
        if self._hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._hits) - 1, 0))

    def set_hits(self, hits: Sequence[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        if self._hits:
            self.set_hits([])

    def hit_at(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None


class SnippetDelegate(QStyledItemDelegate):
    """Paints a snippet as plain text with its highlight ranges bold on a marker colour.

    The text is laid out with QTextLayout and character formats, never as HTML, so whatever a
    counsellor wrote (``<b>``, ``&amp;``) is shown exactly as written. A snippet's layout is
    kept for the next paint of the same text, marks, font and width: a row selected, the
    focus moving, the list scrolled back or the window uncovered repaint without laying out
    again.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._layouts: OrderedDict[LayoutKey, QTextLayout] = OrderedDict()
        self._ellipsis_widths: dict[str, int] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        # The background, selection and focus frame as the style draws them, without text.
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect = rect.adjusted(margin, 0, -margin, 0)
        if not text or rect.width() <= 0:
            return
        spans = index.data(HIGHLIGHTS_ROLE) or []
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active  # type: ignore[attr-defined]
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(group, role)  # type: ignore[attr-defined]
        layout = self._layout(text, spans, opt.font, rect.width())  # type: ignore[attr-defined]
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(colour)
        line = layout.lineAt(0)
        top = rect.top() + (rect.height() - line.height()) / 2
        layout.draw(painter, QPointF(rect.left(), top))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 8))  # type: ignore[attr-defined]

    def _layout(self, text: str, spans: Sequence[Span], font: QFont, width: int) -> QTextLayout:
        """One line of ``text``; cut with an ellipsis when it is wider than ``width`` (the
        layout of the last paint of the same, if there was one)."""
        key = (text, tuple(tuple(span) for span in spans), font.key(), width)
        layout = self._layouts.get(key)
        if layout is not None:
            self._layouts.move_to_end(key)
            return layout
        layout = self._fitted(text, spans, font, width)
        self._layouts[key] = layout
        if len(self._layouts) > KEPT_LAYOUTS:
            self._layouts.popitem(last=False)
        return layout

    def _fitted(self, text: str, spans: Sequence[Span], font: QFont, width: int) -> QTextLayout:
        layout = self._make_layout(text, spans, font)
        line = layout.lineAt(0)
        if line.naturalTextWidth() <= width:
            return layout
        ellipsis = "…"
        font_key = font.key()
        if font_key not in self._ellipsis_widths:
            self._ellipsis_widths[font_key] = QFontMetrics(font).horizontalAdvance(ellipsis)
        room = width - self._ellipsis_widths[font_key]
        cut = len(_utf16_prefix(text, max(0, line.xToCursor(max(0, room)))))
        shorter = text[:cut].rstrip() + ellipsis
        kept = [(s, min(e, cut)) for s, e in spans if s < cut]
        return self._make_layout(shorter, kept, font)

    @staticmethod
    def _make_layout(text: str, spans: Sequence[Span], font: QFont) -> QTextLayout:
        """``spans`` count code points, as Python does; Qt counts UTF-16 units."""
        if any(ord(char) > 0xFFFF for char in text):
            units = [0]
            for char in text:
                units.append(units[-1] + (2 if ord(char) > 0xFFFF else 1))
            spans = [
                (units[max(0, min(s, len(text)))], units[max(0, min(e, len(text)))])
                for s, e in spans
            ]
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        layout.setTextOption(option)
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Weight.Bold)
        marked.setBackground(HIGHLIGHT_BACKGROUND)
        marked.setForeground(HIGHLIGHT_FOREGROUND)
        ranges = []
        length = len(text.encode("utf-16-le")) // 2
        for start, end in spans:
            start, end = max(0, start), min(length, end)
            if end <= start:
                continue
            fragment = QTextLayout.FormatRange()
            fragment.start = start
            fragment.length = end - start
            fragment.format = marked
            ranges.append(fragment)
        layout.setFormats(ranges)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        return layout


def _utf16_prefix(text: str, units: int) -> str:
    """The longest beginning of ``text`` that is at most ``units`` UTF-16 units long."""
    count = 0
    for i, char in enumerate(text):
        count += 2 if ord(char) > 0xFFFF else 1
        if count > units:
            return text[:i]
    return text
