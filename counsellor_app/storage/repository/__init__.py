"""Reading and writing records of any kind, driven by the field table of the domain.

Its parts: ``rows`` turns records into the rows of their tables and back, ``records`` reads
records and saves one, ``bulk`` writes many rows at once (an import), ``trash`` moves records
to the trash and empties it, ``audit`` keeps the audit trail.
"""

from __future__ import annotations

from counsellor_app.storage.repository.audit import audit, history
from counsellor_app.storage.repository.bulk import (
    InsertRows,
    insert,
    insert_rows,
    reserve_page_cache,
    restore_indexes,
    rows_to_insert,
    set_indexes_aside,
    write_rows,
)
from counsellor_app.storage.repository.records import (
    all_ids,
    count,
    count_all,
    existing_ids,
    get,
    has_records,
    ids_with_value,
    live_ids,
    live_pages,
    live_values,
    load,
    load_all,
    load_where,
    ordered_ids,
    page,
    practice_users,
    referring_ids,
    replace,
    set_aside_value,
    users_of,
    versions,
)
from counsellor_app.storage.repository.rows import CHUNK, META_COLUMNS, chunks
from counsellor_app.storage.repository.trash import (
    ids_in_batch,
    purge,
    set_deleted,
    trash_batch_of,
    trashed_batches,
    trashed_ids,
)

__all__ = [
    "CHUNK",
    "META_COLUMNS",
    "InsertRows",
    "all_ids",
    "audit",
    "chunks",
    "count",
    "count_all",
    "existing_ids",
    "get",
    "has_records",
    "history",
    "ids_in_batch",
    "ids_with_value",
    "insert",
    "insert_rows",
    "live_ids",
    "live_pages",
    "live_values",
    "load",
    "load_all",
    "load_where",
    "ordered_ids",
    "page",
    "practice_users",
    "purge",
    "referring_ids",
    "replace",
    "reserve_page_cache",
    "restore_indexes",
    "rows_to_insert",
    "set_aside_value",
    "set_deleted",
    "set_indexes_aside",
    "trash_batch_of",
    "trashed_batches",
    "trashed_ids",
    "users_of",
    "versions",
    "write_rows",
]
