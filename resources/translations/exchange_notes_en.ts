<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CapturePanel</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/exchanges/capture.py" line="+357"/>
        <source>Saved since the panel opened: %n</source>
        <translation>
            <numerusform>Saved since the panel opened: %n</numerusform>
            <numerusform>Saved since the panel opened: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/common/conflict_dialog.py" line="+238"/>
        <source>Fields that differ are highlighted: %n.</source>
        <translation>
            <numerusform>Fields that differ are highlighted: %n.</numerusform>
            <numerusform>Fields that differ are highlighted: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseSecurity</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/safety/security.py" line="+223"/>
        <source>The database is encrypted; encrypted backups: %n.</source>
        <translation>
            <numerusform>The database is encrypted; encrypted backups: %n.</numerusform>
            <numerusform>The database is encrypted; encrypted backups: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>The passphrase was changed; backups encrypted again: %n.</source>
        <translation>
            <numerusform>The passphrase was changed; backups encrypted again: %n.</numerusform>
            <numerusform>The passphrase was changed; backups encrypted again: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>The database is a plain file again; backups decrypted: %n.</source>
        <translation>
            <numerusform>The database is a plain file again; backups decrypted: %n.</numerusform>
            <numerusform>The database is a plain file again; backups decrypted: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/common/editing.py" line="+382"/>
        <source>Moved to the trash, with the records that belong to it: %n</source>
        <translation>
            <numerusform>Moved to the trash, with the records that belong to it: %n</numerusform>
            <numerusform>Moved to the trash, with the records that belong to it: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/records/person_data.py" line="+110"/>
        <source>Observations they said, erased: %n</source>
        <translation>
            <numerusform>Observations they said, erased: %n</numerusform>
            <numerusform>Observations they said, erased: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Observations they said, kept with “speaker erased”: %n</source>
        <translation>
            <numerusform>Observations they said, kept with “speaker erased”: %n</numerusform>
            <numerusform>Observations they said, kept with “speaker erased”: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Their record in People, removed from the visits they took part in: %n</source>
        <translation>
            <numerusform>Their record in People, removed from the visits they took part in: %n</numerusform>
            <numerusform>Their record in People, removed from the visits they took part in: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Observations they recorded, “recorded by” erased: %n</source>
        <translation>
            <numerusform>Observations they recorded, “recorded by” erased: %n</numerusform>
            <numerusform>Observations they recorded, “recorded by” erased: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Follow-up actions they own, owner erased: %n</source>
        <translation>
            <numerusform>Follow-up actions they own, owner erased: %n</numerusform>
            <numerusform>Follow-up actions they own, owner erased: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Lines of the history about them, values erased: %n</source>
        <translation>
            <numerusform>Lines of the history about them, values erased: %n</numerusform>
            <numerusform>Lines of the history about them, values erased: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unsaved drafts naming them, deleted: %n</source>
        <translation>
            <numerusform>Unsaved drafts naming them, deleted: %n</numerusform>
            <numerusform>Unsaved drafts naming them, deleted: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Comparisons citing their quotes, the quotes taken out: %n</source>
        <translation>
            <numerusform>Comparisons citing their quotes, the quotes taken out: %n</numerusform>
            <numerusform>Comparisons citing their quotes, the quotes taken out: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>These records mention the name in their text; they are not changed (edit them if they are about this person): %n</source>
        <translation>
            <numerusform>These records mention the name in their text; they are not changed (edit them if they are about this person): %n</numerusform>
            <numerusform>These records mention the name in their text; they are not changed (edit them if they are about this person): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Backups taken before still hold the name (the newest: %1): %n</source>
        <translation>
            <numerusform>Backups taken before still hold the name (the newest: %1): %n</numerusform>
            <numerusform>Backups taken before still hold the name (the newest: %1): %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/shell/file_operations.py" line="+118"/>
        <source>Observations exported to %1: %n</source>
        <translation>
            <numerusform>Observations exported to %1: %n</numerusform>
            <numerusform>Observations exported to %1: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/records/history.py" line="+436"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n change shown</numerusform>
            <numerusform>%n changes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindCounts</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/common/labels.py" line="+108"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln theme(s)</source>
        <translation>
            <numerusform>%Ln theme</numerusform>
            <numerusform>%Ln themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln exchange(s)</source>
        <translation>
            <numerusform>%Ln exchange</numerusform>
            <numerusform>%Ln exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln observation(s)</source>
        <translation>
            <numerusform>%Ln observation</numerusform>
            <numerusform>%Ln observations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln comparison(s)</source>
        <translation>
            <numerusform>%Ln comparison</numerusform>
            <numerusform>%Ln comparisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln action</numerusform>
            <numerusform>%Ln actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/safety/passphrase.py" line="+88"/>
        <source>Wrong passphrase, or not an Exchange Notes database. Tries left: %n</source>
        <translation>
            <numerusform>Wrong passphrase, or not an Exchange Notes database. Tries left: %n</numerusform>
            <numerusform>Wrong passphrase, or not an Exchange Notes database. Tries left: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDataActions</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/records/person_data.py" line="+147"/>
        <source>Backups deleted: %n.</source>
        <translation>
            <numerusform>Backups deleted: %n.</numerusform>
            <numerusform>Backups deleted: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Backups taken before still hold the name: %n.</source>
        <translation>
            <numerusform>Backups taken before still hold the name: %n.</numerusform>
            <numerusform>Backups taken before still hold the name: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/shell/problems_dialog.py" line="+56"/>
        <source>Nothing was changed. Problems found in %1: %n. Each line says where in the file and what is wrong.</source>
        <translation>
            <numerusform>Nothing was changed. Problems found in %1: %n. Each line says where in the file and what is wrong.</numerusform>
            <numerusform>Nothing was changed. Problems found in %1: %n. Each line says where in the file and what is wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/reports/report_preview.py" line="+313"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/search/search_panel.py" line="+453"/>
        <source>The %n best results; filters narrow them.</source>
        <translation>
            <numerusform>The best result; filters narrow it.</numerusform>
            <numerusform>The %n best results; filters narrow them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s), best first — Enter opens the selected one.</source>
        <translation>
            <numerusform>%n result — Enter opens it.</numerusform>
            <numerusform>%n results, best first — Enter opens the selected one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/safety/trash_page.py" line="+171"/>
        <source>Deleted records stay here for %n days, then are deleted for good when Exchange Notes starts (Settings ▸ Security). Restoring a record brings back what was deleted with it.</source>
        <translation>
            <numerusform>Deleted records stay here for %n day, then are deleted for good when Exchange Notes starts (Settings ▸ Security). Restoring a record brings back what was deleted with it.</numerusform>
            <numerusform>Deleted records stay here for %n days, then are deleted for good when Exchange Notes starts (Settings ▸ Security). Restoring a record brings back what was deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>Restored “%1”; records back from the trash: %n</source>
        <translation>
            <numerusform>Restored “%1”; records back from the trash: %n</numerusform>
            <numerusform>Restored “%1”; records back from the trash: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Records in the trash: %n. Delete them for good? This cannot be undone.</source>
        <translation>
            <numerusform>Records in the trash: %n. Delete them for good? This cannot be undone.</numerusform>
            <numerusform>Records in the trash: %n. Delete them for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Records deleted for good: %n</source>
        <translation>
            <numerusform>Records deleted for good: %n</numerusform>
            <numerusform>Records deleted for good: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
