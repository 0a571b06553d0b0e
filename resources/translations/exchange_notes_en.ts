<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CapturePanel</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/capture.py" line="+266"/>
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
        <location filename="../../counsellor_app/ui/conflict_dialog.py" line="+238"/>
        <source>Fields that differ are highlighted: %n.</source>
        <translation>
            <numerusform>Fields that differ are highlighted: %n.</numerusform>
            <numerusform>Fields that differ are highlighted: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/file_operations.py" line="+110"/>
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
        <location filename="../../counsellor_app/ui/history.py" line="+426"/>
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
        <location filename="../../counsellor_app/ui/labels.py" line="+175"/>
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
    <name>ProblemsDialog</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/problems_dialog.py" line="+56"/>
        <source>Nothing was changed. Problems found in %1: %n. Each line says where in the file and what is wrong.</source>
        <translation>
            <numerusform>Nothing was changed. Problems found in %1: %n. Each line says where in the file and what is wrong.</numerusform>
            <numerusform>Nothing was changed. Problems found in %1: %n. Each line says where in the file and what is wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/record_editor.py" line="+261"/>
        <source>Moved to the trash, with the records that belong to it: %n</source>
        <translation>
            <numerusform>Moved to the trash, with the records that belong to it: %n</numerusform>
            <numerusform>Moved to the trash, with the records that belong to it: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/report_preview.py" line="+357"/>
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
        <location filename="../../counsellor_app/ui/search_panel.py" line="+454"/>
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
        <location filename="../../counsellor_app/ui/trash_page.py" line="+198"/>
        <source>Restored “%1”; records back from the trash: %n</source>
        <translation>
            <numerusform>Restored “%1”; records back from the trash: %n</numerusform>
            <numerusform>Restored “%1”; records back from the trash: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Records in the trash: %n. Delete them for good? This cannot be undone.</source>
        <translation>
            <numerusform>Records in the trash: %n. Delete them for good? This cannot be undone.</numerusform>
            <numerusform>Records in the trash: %n. Delete them for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Records deleted for good: %n</source>
        <translation>
            <numerusform>Records deleted for good: %n</numerusform>
            <numerusform>Records deleted for good: %n</numerusform>
        </translation>
    </message>
</context>
</TS>
