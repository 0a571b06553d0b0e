"""Quotes offered as evidence: an observation with its speaker, shown « text » — Name, role,
and the list model that narrows them as words are typed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from counsellor_app.services.comparisons import Quote
from counsellor_app.ui.common.labels import one_line

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
QUOTE_LENGTH = 220


def format_quote(quote: Quote, limit: int = QUOTE_LENGTH) -> str:
    """A quote as evidence shows it: « text » — Name, role."""
    text = f"« {one_line(quote.text, limit)} »"
    who = ", ".join(part for part in (quote.speaker, quote.role) if part)
    return f"{text} — {who}" if who else text


class QuoteListModel(QAbstractListModel):
    """Quotes (observations with their speaker), narrowed by typed words and by ids left out."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[Quote] = []
        self._shown: list[Quote] = []
        self._needle = ""
        self._left_out: set[str] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        quote = self._shown[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return format_quote(quote)
        if role == Qt.ItemDataRole.ToolTipRole:
            return format_quote(quote, 2000)
        if role == ID_ROLE:
            return quote.observation_id
        return None

    def set_quotes(self, quotes: Iterable[Quote]) -> None:
        self._all = list(quotes)
        self._refilter()

    def set_filter(self, text: str) -> None:
        self._needle = " ".join(text.casefold().split())
        self._refilter()

    def set_left_out(self, ids: Iterable[str]) -> None:
        self._left_out = set(ids)
        self._refilter()

    def quote_at(self, row: int) -> Quote | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def ids(self) -> list[str]:
        return [q.observation_id for q in self._shown]

    def _matches(self, quote: Quote) -> bool:
        if quote.observation_id in self._left_out:
            return False
        if not self._needle:
            return True
        haystack = " ".join(p for p in (quote.text, quote.speaker, quote.role) if p).casefold()
        return all(word in haystack for word in self._needle.split())

    def _refilter(self) -> None:
        self.beginResetModel()
        self._shown = [q for q in self._all if self._matches(q)]
        self.endResetModel()
