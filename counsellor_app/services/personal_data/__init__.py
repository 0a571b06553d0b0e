"""A person's data on request: everything stored about them, their erasure, and the trash
emptied of what it has kept longer than the retention period.

Erasure removes the person and every place their name is kept as a value: the person
record, the speaker of their observations (pointed at one shared placeholder person,
"speaker erased", as GitHub shows a deleted account as "ghost"; with ``with_quotes`` the
observations go too, and with them their place as evidence in comparisons), "recorded by",
an action's owner, who made or changed a record, the audit trail's stored values (its lines
stay, with that an erasure happened, when and by whom) and the search index; then drafts
naming them. On SQLite the file is then rewritten without its free pages and its log
emptied, so no byte of the name is left in either. Text written about them elsewhere (a
note that mentions the name) is listed, not changed: only its author can say what it means.

Its parts: ``traces`` finds what is stored about a person, ``access`` writes it to a file,
``erase`` erases it, ``retention`` empties the trash of what it kept too long.
"""

from __future__ import annotations

from counsellor_app.services.personal_data.access import (
    PERSON_FORMAT,
    PERSON_VERSION,
    export_person,
    export_person_file,
)
from counsellor_app.services.personal_data.erase import (
    ERASED,
    ErasurePlan,
    ErasureReport,
    drafts_of,
    erase_person,
    plan_erasure,
)
from counsellor_app.services.personal_data.retention import (
    DEFAULT_RETENTION_DAYS,
    purge_expired_trash,
)
from counsellor_app.services.personal_data.traces import (
    ERASED_SPEAKER_ID,
    ERASED_SPEAKER_NAME,
    Traces,
    name_words,
    read_traces,
)

__all__ = [
    "DEFAULT_RETENTION_DAYS",
    "ERASED",
    "ERASED_SPEAKER_ID",
    "ERASED_SPEAKER_NAME",
    "PERSON_FORMAT",
    "PERSON_VERSION",
    "ErasurePlan",
    "ErasureReport",
    "Traces",
    "drafts_of",
    "erase_person",
    "export_person",
    "export_person_file",
    "name_words",
    "plan_erasure",
    "purge_expired_trash",
    "read_traces",
]
