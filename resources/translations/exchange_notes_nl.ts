<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../counsellor_app/ui/common/tasks.py" line="+91"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/safety/backup_dialog.py" line="+259"/>
        <source>Restore from a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the backup to go back to. What the database holds now is first set aside as a backup of its own, so restoring can be undone.</source>
        <translation>Kies de back-up waarnaar u wilt teruggaan. Wat de database nu bevat, wordt eerst apart bewaard als eigen back-up, zodat het terugzetten ongedaan kan worden gemaakt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore…</source>
        <translation>Terugzetten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the chosen backup</source>
        <translation>De gekozen back-up terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No backups here</source>
        <translation>Geen back-ups hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is on a server: restore it with the server&apos;s own tools.</source>
        <translation>Deze database staat op een server: zet hem terug met de hulpmiddelen van de server zelf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore this backup?</source>
        <translation>Deze back-up terugzetten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database goes back to the backup %1. What it holds now is kept as a backup first.</source>
        <translation>De database gaat terug naar back-up %1. Wat hij nu bevat, wordt eerst als back-up bewaard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored %1. The previous content was kept in %2.</source>
        <translation>Back-up %1 teruggezet. De vorige inhoud is bewaard in %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Restoring %1…</source>
        <translation>%1 terugzetten…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Today&apos;s backup was taken: %1</source>
        <translation>De back-up van vandaag is gemaakt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today&apos;s backup failed: %1</source>
        <translation>De back-up van vandaag is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <location line="-188"/>
        <source>Backups, newest first</source>
        <translation>Back-ups, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups folder</source>
        <translation>Map met back-ups</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This database has no backups folder.</source>
        <translation>Deze database heeft geen map met back-ups.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backups were found in %1.</source>
        <translation>Geen back-ups gevonden in %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups folder: %1</source>
        <translation>Map met back-ups: %1</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location line="-120"/>
        <source>daily</source>
        <translation>dagelijks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an upgrade</source>
        <translation>vóór een upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>vóór het terugzetten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Taken</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>Inhoud</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/common/field_editors.py" line="+236"/>
        <source>Use the name (otherwise role and organisation)</source>
        <translation>Naam gebruiken (anders functie en organisatie)</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../counsellor_app/ui/exchanges/capture.py" line="+187"/>
        <source>Capture observations — Ctrl+Enter saves, Esc closes</source>
        <translation>Snel observaties vastleggen — Ctrl+Enter slaat op, Esc sluit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was seen or said</source>
        <translation>Wat er gezien of gezegd is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen or said, in its own language</source>
        <translation>Wat er gezien of gezegd is, in de oorspronkelijke taal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type three letters of a name</source>
        <translation>Typ drie letters van een naam</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a language or its code</source>
        <translation>Typ een taal of de code ervan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save and next</source>
        <translation>Opslaan en volgende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and start the next observation</source>
        <translation>Opslaan en de volgende observatie beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close fast capture</source>
        <translation>Snel vastleggen sluiten</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The note being captured</source>
        <translation>De notitie die u aan het invoeren bent</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Saved since the panel opened: %n</source>
        <translation>
            <numerusform>Opgeslagen sinds het paneel openging: %n</numerusform>
            <numerusform>Opgeslagen sinds het paneel openging: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the next note is in %1 too</source>
        <translation>de volgende notitie is ook in %1</translation>
    </message>
</context>
<context>
    <name>CheckableList</name>
    <message>
        <location filename="../../counsellor_app/ui/common/checkable_list.py" line="+65"/>
        <source>Type to find, Enter to tick</source>
        <translation>Typ om te zoeken, Enter om aan te vinken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create “%1”</source>
        <translation>„%1” aanmaken</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Find in %1</source>
        <translation>Zoeken in %1</translation>
    </message>
</context>
<context>
    <name>ChoiceLabels</name>
    <message>
        <location filename="../../counsellor_app/ui/common/labels.py" line="+40"/>
        <source>reception agency</source>
        <translation>opvangorganisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>immigration authority</source>
        <translation>immigratiedienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>international organisation</source>
        <translation>internationale organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>ngo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ministry</source>
        <translation>ministerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange visit</source>
        <translation>uitwisselingsbezoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>study visit</source>
        <translation>studiebezoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online exchange</source>
        <translation>online uitwisseling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conference</source>
        <translation>conferentie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ongoing</source>
        <translation>lopend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observation</source>
        <translation>observatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>citaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lesson</source>
        <translation>les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendation</source>
        <translation>aanbeveling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>vervallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>ComparisonForm</name>
    <message>
        <location filename="../../counsellor_app/ui/comparisons/comparison_form.py" line="+173"/>
        <source>Practices, side by side</source>
        <translation>Werkwijzen naast elkaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation of a new column</source>
        <translation>Organisatie van een nieuwe kolom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation…</source>
        <translation>Organisatie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters, Enter adds the column</source>
        <translation>Typ een paar letters, Enter voegt de kolom toe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add column</source>
        <translation>Kolom toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a column for the organisation</source>
        <translation>Een kolom voor de organisatie toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a column (Ctrl+Shift+O)</source>
        <translation>Een kolom toevoegen (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an organisation column</source>
        <translation>Een organisatiekolom toevoegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No practice yet: choose an organisation above and add its column.</source>
        <translation>Nog geen werkwijze: kies hierboven een organisatie en voeg de kolom toe.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>(an organisation in the trash)</source>
        <translation>(een organisatie in de prullenbak)</translation>
    </message>
</context>
<context>
    <name>ComparisonMatrixModel</name>
    <message>
        <location filename="../../counsellor_app/ui/comparisons/comparison_matrix.py" line="+107"/>
        <source>— no practice recorded —</source>
        <translation>— geen werkwijze vastgelegd —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No practice of %1 recorded yet for this aspect</source>
        <translation>Nog geen werkwijze van %1 vastgelegd voor dit aspect</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Observed on %1</source>
        <translation>Waargenomen op %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no practice recorded</source>
        <translation>geen werkwijze vastgelegd</translation>
    </message>
</context>
<context>
    <name>ComparisonMatrixView</name>
    <message>
        <location line="+238"/>
        <source>E&amp;xchange:</source>
        <translation>&amp;Uitwisseling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All exchanges</source>
        <translation>Alle uitwisselingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organisations</source>
        <translation>Alle organisaties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix of one exchange</source>
        <translation>Matrix van één uitwisseling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix on one theme</source>
        <translation>Matrix over één thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix of one organisation</source>
        <translation>Matrix van één organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices by aspect and organisation</source>
        <translation>Werkwijzen per aspect en organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the matrix shows</source>
        <translation>Wat de matrix toont</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Reading the comparisons…</source>
        <translation>Vergelijkingen lezen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comparisons: %1 · organisations: %2 · practices not recorded yet: %3</source>
        <translation>Vergelijkingen: %1 · organisaties: %2 · nog niet vastgelegde werkwijzen: %3</translation>
    </message>
</context>
<context>
    <name>ComparisonsSection</name>
    <message>
        <location filename="../../counsellor_app/ui/comparisons/comparisons_section.py" line="+121"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of comparisons</source>
        <translation>Lijst van vergelijkingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each comparison with its practices side by side</source>
        <translation>Elke vergelijking met haar werkwijzen naast elkaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix of practices</source>
        <translation>Matrix van werkwijzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aspects by organisation, with the gaps (%1)</source>
        <translation>Aspecten per organisatie, met de lacunes (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch between list and matrix</source>
        <translation>Wisselen tussen lijst en matrix</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/common/conflict_dialog.py" line="+222"/>
        <source>Changed by someone else</source>
        <translation>Door iemand anders gewijzigd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This %1 was deleted elsewhere while you edited it.</source>
        <translation>Dit item (%1) is elders verwijderd terwijl u het bewerkte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 saved this %2 while you were editing it.</source>
        <translation>%1 heeft dit item (%2) opgeslagen terwijl u het bewerkte.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Fields that differ are highlighted: %n.</source>
        <translation>
            <numerusform>Gemarkeerde velden die verschillen: %n.</numerusform>
            <numerusform>Gemarkeerde velden die verschillen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is lost until you choose.</source>
        <translation>Er gaat niets verloren zolang u niet kiest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your version and the stored version, by field</source>
        <translation>Uw versie en de opgeslagen versie, per veld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Mijn versie houden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine: save over the stored version</source>
        <translation>Mijn versie houden: over de opgeslagen versie heen opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your version over the stored one</source>
        <translation>Uw versie over de opgeslagen versie heen opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Hun versie nemen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take theirs: show the stored version, dropping your changes</source>
        <translation>Hun versie nemen: de opgeslagen versie tonen, zonder uw wijzigingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the stored version; your changes go</source>
        <translation>De opgeslagen versie tonen; uw wijzigingen vervallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine as a new record</source>
        <translation>Mijn versie als nieuw item opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your version as a new record</source>
        <translation>Uw versie als nieuw item opslaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both: yours becomes a separate record, the stored one stays</source>
        <translation>Beide houden: uw versie wordt een apart item, de opgeslagen versie blijft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing, decide later</source>
        <translation>Verder bewerken, later beslissen</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location line="-156"/>
        <source> (differs)</source>
        <translation> (verschilt)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>Uw versie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored version</source>
        <translation>Opgeslagen versie</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../counsellor_app/ui/common/code_lists.py" line="+112"/>
        <source>must be a country of the list or its two-letter country code (such as BE or FR): “%1” is neither</source>
        <translation>moet een land uit de lijst zijn of de landcode van twee letters (zoals BE of FR): „%1” is geen van beide</translation>
    </message>
</context>
<context>
    <name>CountryEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/common/field_editors.py" line="-81"/>
        <source>Type a country or its code</source>
        <translation>Typ een land of de code ervan</translation>
    </message>
</context>
<context>
    <name>CreateNamed</name>
    <message>
        <location filename="../../counsellor_app/ui/common/create_named.py" line="+38"/>
        <source>Not created: %1 “%2”</source>
        <translation>Niet aangemaakt: %1 „%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create %1 “%2”</source>
        <translation>%1 „%2” aanmaken</translation>
    </message>
</context>
<context>
    <name>DatabaseSecurity</name>
    <message>
        <location filename="../../counsellor_app/ui/safety/security.py" line="+204"/>
        <source>Encrypt this database</source>
        <translation>Deze database versleutelen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase. It is asked each time the database is opened; its backups and unsaved drafts are encrypted with it too. Write it down somewhere safe: nobody, not even Exchange Notes, can open the database without it.</source>
        <translation>Kies een wachtwoordzin. Die wordt gevraagd telkens de database wordt geopend; ook de back-ups en het niet-opgeslagen werk worden ermee versleuteld. Bewaar hem op een veilige plek: niemand, ook Exchange Notes niet, kan de database zonder openen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypting the database…</source>
        <translation>De database wordt versleuteld…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The database is encrypted; encrypted backups: %n.</source>
        <translation>
            <numerusform>De database is versleuteld; versleutelde back-ups: %n.</numerusform>
            <numerusform>De database is versleuteld; versleutelde back-ups: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database, its backups and its drafts are encrypted again with the new passphrase; the old one then opens none of them.</source>
        <translation>De database, de back-ups en het niet-opgeslagen werk worden opnieuw versleuteld met de nieuwe wachtwoordzin; de oude opent er daarna geen enkele meer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase not changed</source>
        <translation>Wachtwoordzin niet gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current passphrase is not the right one; nothing was changed.</source>
        <translation>De huidige wachtwoordzin klopt niet; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypting the database with the new passphrase…</source>
        <translation>De database wordt versleuteld met de nieuwe wachtwoordzin…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The passphrase was changed; backups encrypted again: %n.</source>
        <translation>
            <numerusform>De wachtwoordzin is gewijzigd; opnieuw versleutelde back-ups: %n.</numerusform>
            <numerusform>De wachtwoordzin is gewijzigd; opnieuw versleutelde back-ups: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Remove encryption</source>
        <translation>Versleuteling verwijderen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The database, its backups and its drafts will be stored as plain files again: anyone who gets them can read them. Go on?</source>
        <translation>De database, de back-ups en het niet-opgeslagen werk worden weer onversleuteld bewaard: wie ze in handen krijgt, kan ze lezen. Doorgaan?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encryption not removed</source>
        <translation>Versleuteling niet verwijderd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not the passphrase of this database; nothing was changed.</source>
        <translation>Dat is niet de wachtwoordzin van deze database; er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removing the encryption…</source>
        <translation>De versleuteling wordt verwijderd…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The database is a plain file again; backups decrypted: %n.</source>
        <translation>
            <numerusform>De database is weer onversleuteld; ontsleutelde back-ups: %n.</numerusform>
            <numerusform>De database is weer onversleuteld; ontsleutelde back-ups: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backups left as they were (another passphrase): %1</source>
        <translation>Back-ups die bleven zoals ze waren (andere wachtwoordzin): %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed</source>
        <translation>Er is niets gewijzigd</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../counsellor_app/ui/common/drafts.py" line="+124"/>
        <source>new record</source>
        <translation>nieuw item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes</source>
        <translation>wijzigingen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unsaved work from last time was discarded.</source>
        <translation>Het niet-opgeslagen werk van de vorige keer is verworpen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved work recovered; check it and save. Forms filled in: %n.</source>
        <translation>Niet-opgeslagen werk hersteld; controleer het en sla op. Ingevulde formulieren: %n.</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../counsellor_app/ui/common/editing.py" line="+133"/>
        <source>The new %1</source>
        <translation>Het nieuwe item (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Recovered unsaved work — check it, then save.</source>
        <translation>Niet-opgeslagen werk hersteld — controleer het en sla het op.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+74"/>
        <source>Not saved: see the messages in red.</source>
        <translation>Niet opgeslagen: zie de meldingen in het rood.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Save %1</source>
        <translation>%1 opslaan</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved: changed by someone else.</source>
        <translation>Niet opgeslagen: door iemand anders gewijzigd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved — what you typed is still here.</source>
        <translation>Niet opgeslagen — wat u typte staat er nog.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The stored version is shown; yours was dropped.</source>
        <translation>De opgeslagen versie wordt getoond; die van u is vervallen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+57"/>
        <source>Not moved to the trash</source>
        <translation>Niet naar de prullenbak verplaatst</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Move %1 to the trash</source>
        <translation>%1 naar de prullenbak verplaatsen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (as %2)</source>
        <translation>%1 (als %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is used by %2.</source>
        <translation>%1 wordt gebruikt door %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the trash it no longer shows there. You can undo this (Ctrl+Z) or restore it from the trash.</source>
        <translation>In de prullenbak verschijnt het daar niet meer. U kunt dit ongedaan maken (Ctrl+Z) of het uit de prullenbak terugzetten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to the trash?</source>
        <translation>Naar de prullenbak verplaatsen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the trash</source>
        <translation>Naar de prullenbak</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Moved to the trash, with the records that belong to it: %n</source>
        <translation>
            <numerusform>Naar de prullenbak verplaatst, met de items die erbij horen: %n</numerusform>
            <numerusform>Naar de prullenbak verplaatst, met de items die erbij horen: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved to the trash.</source>
        <translation>Naar de prullenbak verplaatst.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changed — not saved yet.</source>
        <translation>Gewijzigd — nog niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>EditorFrame</name>
    <message>
        <location filename="../../counsellor_app/ui/common/editor_frame.py" line="+88"/>
        <location line="+1"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>De wijzigingen opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Terugdraaien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert the changes</source>
        <translation>De wijzigingen terugdraaien</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Move to trash</source>
        <translation>Naar prullenbak</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/records/person_data.py" line="+103"/>
        <source>Erase this person</source>
        <translation>Deze persoon wissen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase %1 and every trace of their name? This cannot be undone.</source>
        <translation>%1 en elk spoor van die naam wissen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Observations they said, erased: %n</source>
        <translation>
            <numerusform>Observaties die deze persoon uitsprak, gewist: %n</numerusform>
            <numerusform>Observaties die deze persoon uitsprak, gewist: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Observations they said, kept with “speaker erased”: %n</source>
        <translation>
            <numerusform>Observaties die deze persoon uitsprak, bewaard met „speaker erased”: %n</numerusform>
            <numerusform>Observaties die deze persoon uitsprak, bewaard met „speaker erased”: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Their record in People, removed from the visits they took part in: %n</source>
        <translation>
            <numerusform>Het item in Personen, weggehaald uit de bezoeken waaraan de persoon deelnam: %n</numerusform>
            <numerusform>Het item in Personen, weggehaald uit de bezoeken waaraan de persoon deelnam: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Observations they recorded, “recorded by” erased: %n</source>
        <translation>
            <numerusform>Observaties die deze persoon vastlegde, „Vastgelegd door” gewist: %n</numerusform>
            <numerusform>Observaties die deze persoon vastlegde, „Vastgelegd door” gewist: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Follow-up actions they own, owner erased: %n</source>
        <translation>
            <numerusform>Vervolgacties waarvan de persoon eigenaar is, eigenaar gewist: %n</numerusform>
            <numerusform>Vervolgacties waarvan de persoon eigenaar is, eigenaar gewist: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Lines of the history about them, values erased: %n</source>
        <translation>
            <numerusform>Regels in de geschiedenis over deze persoon, waarden gewist: %n</numerusform>
            <numerusform>Regels in de geschiedenis over deze persoon, waarden gewist: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unsaved drafts naming them, deleted: %n</source>
        <translation>
            <numerusform>Niet-opgeslagen werk dat de persoon noemt, verwijderd: %n</numerusform>
            <numerusform>Niet-opgeslagen werk dat de persoon noemt, verwijderd: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Comparisons citing their quotes, the quotes taken out: %n</source>
        <translation>
            <numerusform>Vergelijkingen die de citaten van deze persoon aanhalen, citaten weggehaald: %n</numerusform>
            <numerusform>Vergelijkingen die de citaten van deze persoon aanhalen, citaten weggehaald: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search index forgets them.</source>
        <translation>De zoekindex vergeet de persoon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search index forgets them, and the database file is rewritten so that no byte of the name is left in it.</source>
        <translation>De zoekindex vergeet de persoon, en het databasebestand wordt herschreven zodat er geen byte van de naam in achterblijft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also erase the observations they said</source>
        <translation>Ook de observaties wissen die de persoon uitsprak</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>These records mention the name in their text; they are not changed (edit them if they are about this person): %n</source>
        <translation>
            <numerusform>Deze items noemen de naam in hun tekst; ze worden niet gewijzigd (pas ze aan als ze over deze persoon gaan): %n</numerusform>
            <numerusform>Deze items noemen de naam in hun tekst; ze worden niet gewijzigd (pas ze aan als ze over deze persoon gaan): %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records that mention the name</source>
        <translation>Items die de naam noemen</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Backups taken before still hold the name (the newest: %1): %n</source>
        <translation>
            <numerusform>Eerder gemaakte back-ups bevatten de naam nog (de nieuwste: %1): %n</numerusform>
            <numerusform>Eerder gemaakte back-ups bevatten de naam nog (de nieuwste: %1): %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete those backups too</source>
        <translation>Ook die back-ups verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase for good</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person for good</source>
        <translation>Deze persoon definitief wissen</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/comparisons/evidence_picker.py" line="+131"/>
        <source>Use as evidence for…</source>
        <translation>Als onderbouwing gebruiken voor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an observation as evidence</source>
        <translation>Een observatie als onderbouwing gebruiken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The observation</source>
        <translation>De observatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comparison:</source>
        <translation>&amp;Vergelijking:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type words of its aspect</source>
        <translation>Typ woorden uit het aspect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a comparison</source>
        <translation>Een vergelijking zoeken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparisons</source>
        <translation>Vergelijkingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;lumn:</source>
        <translation>&amp;Kolom:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation column</source>
        <translation>Kolom van de organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the new practice</source>
        <translation>Beschrijving van de nieuwe werkwijze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new column needs its practice described</source>
        <translation>Een nieuwe kolom heeft een beschrijving van de werkwijze nodig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach as evidence</source>
        <translation>Als onderbouwing koppelen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 — add to its practice</source>
        <translation>%1 — aan de werkwijze toevoegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — a new column</source>
        <translation>%1 — een nieuwe kolom</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a comparison and a column first.</source>
        <translation>Kies eerst een vergelijking en een kolom.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../counsellor_app/ui/exchanges/exchange_page.py" line="+237"/>
        <location line="+4"/>
        <source>Capture observations</source>
        <translation>Snel vastleggen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Capture observations one after the other (Ctrl+Shift+N)</source>
        <translation>Observaties na elkaar vastleggen (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts of the exchange</source>
        <translation>Onderdelen van de uitwisseling</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>New exchange</source>
        <translation>Nieuwe uitwisseling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it a title and save; then add its visits and observations.</source>
        <translation>Geef een titel en sla op; voeg daarna de bezoeken en observaties toe.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../counsellor_app/domain/schema.py" line="+166"/>
        <location line="+17"/>
        <location line="+20"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+49"/>
        <location line="+42"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Named in reports</source>
        <translation>Bij naam in rapporten</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+50"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Framework</source>
        <translation>Kader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+17"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <location line="+41"/>
        <location line="+25"/>
        <source>Exchange</source>
        <translation>Uitwisseling</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Host</source>
        <translation>Gastorganisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor</source>
        <translation>Bezoeker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation</source>
        <translation>Vertaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded at</source>
        <translation>Vastgelegd op</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed on</source>
        <translation>Waargenomen op</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transferability</source>
        <translation>Overdraagbaarheid</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practices</source>
        <translation>Werkwijzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Owner</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Strengths</source>
        <translation>Sterke punten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges</source>
        <translation>Uitdagingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Created</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created by</source>
        <translation>Aangemaakt door</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Gewijzigd door</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Verwijderd op</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Changed</source>
        <translation>Gewijzigd op</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/file_operations.py" line="+47"/>
        <source>Import a file</source>
        <translation>Een bestand importeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Exchange Notes files (*.json)</source>
        <translation>Exchange Notes-bestanden (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export everything</source>
        <translation>Alles exporteren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export observations for a spreadsheet</source>
        <translation>Observaties exporteren voor een rekenblad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting to %1…</source>
        <translation>Exporteren naar %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported everything to %1.</source>
        <translation>Alles geëxporteerd naar %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting observations to %1…</source>
        <translation>Observaties exporteren naar %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Observations exported to %1: %n</source>
        <translation>
            <numerusform>Observaties geëxporteerd naar %1: %n</numerusform>
            <numerusform>Observaties geëxporteerd naar %1: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backing up the database…</source>
        <translation>Back-up van de database maken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to %1.</source>
        <translation>Back-up gemaakt in %1.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+62"/>
        <source>Wait for the current task to finish.</source>
        <translation>Wacht tot de huidige taak klaar is.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The example exchange is loaded.</source>
        <translation>De voorbeelduitwisseling is geladen.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/records/history.py" line="+348"/>
        <source>History of changes</source>
        <translation>Geschiedenis van wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person:</source>
        <translation>Persoon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes made by</source>
        <translation>Wijzigingen gemaakt door</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes from a date</source>
        <translation>Alleen wijzigingen vanaf een datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes up to a date</source>
        <translation>Alleen wijzigingen tot een datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the history again</source>
        <translation>De geschiedenis opnieuw lezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the history</source>
        <translation>De geschiedenis sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes, newest first</source>
        <translation>Wijzigingen, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many changes are shown</source>
        <translation>Hoeveel wijzigingen worden getoond</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the history…</source>
        <translation>Geschiedenis lezen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The history could not be read.</source>
        <translation>De geschiedenis kon niet worden gelezen.</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n wijziging getoond</numerusform>
            <numerusform>%n wijzigingen getoond</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location line="-202"/>
        <source>Changes to this record, newest first</source>
        <translation>Wijzigingen aan dit item, nieuwste eerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the history</source>
        <translation>Over de geschiedenis</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A new record has no history until it is saved.</source>
        <translation>Een nieuw item heeft pas een geschiedenis als het is opgeslagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes recorded.</source>
        <translation>Geen wijzigingen vastgelegd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who changed what and when, newest first.</source>
        <translation>Wie wat wanneer heeft gewijzigd, nieuwste eerst.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location line="-147"/>
        <source>created</source>
        <translation>aangemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>moved to the trash</source>
        <translation>naar de prullenbak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased</source>
        <translation>gewist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted for good after its time in the trash</source>
        <translation>definitief verwijderd na de tijd in de prullenbak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>teruggezet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trash emptied</source>
        <translation>prullenbak geleegd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old → new</source>
        <translation>Oud → nieuw</translation>
    </message>
</context>
<context>
    <name>KindCounts</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/common/labels.py" line="+43"/>
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisatie</numerusform>
            <numerusform>%Ln organisaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persoon</numerusform>
            <numerusform>%Ln personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln theme(s)</source>
        <translation>
            <numerusform>%Ln thema</numerusform>
            <numerusform>%Ln thema&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln exchange(s)</source>
        <translation>
            <numerusform>%Ln uitwisseling</numerusform>
            <numerusform>%Ln uitwisselingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln bezoek</numerusform>
            <numerusform>%Ln bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln observation(s)</source>
        <translation>
            <numerusform>%Ln observatie</numerusform>
            <numerusform>%Ln observaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln comparison(s)</source>
        <translation>
            <numerusform>%Ln vergelijking</numerusform>
            <numerusform>%Ln vergelijkingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln action(s)</source>
        <translation>
            <numerusform>%Ln actie</numerusform>
            <numerusform>%Ln acties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindLabels</name>
    <message>
        <location filename="../../counsellor_app/domain/schema.py" line="-190"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exchange</source>
        <translation>Uitwisseling</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exchanges</source>
        <translation>Uitwisselingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit</source>
        <translation>Bezoek</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visits</source>
        <translation>Bezoeken</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Comparisons</source>
        <translation>Vergelijkingen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/common/labels.py" line="-94"/>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New theme</source>
        <translation>Nieuw thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New exchange</source>
        <translation>Nieuwe uitwisseling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New visit</source>
        <translation>Nieuw bezoek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New observation</source>
        <translation>Nieuwe observatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New comparison</source>
        <translation>Nieuwe vergelijking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>New %1</source>
        <translation>Nieuw: %1</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../counsellor_app/ui/common/code_lists.py" line="-41"/>
        <source>must be chosen from the list, or given by its code (such as fr, nl or prs): “%1” is neither</source>
        <translation>moet uit de lijst gekozen worden of met de code opgegeven (zoals fr, nl of prs): „%1” is geen van beide</translation>
    </message>
</context>
<context>
    <name>LanguageEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/common/field_editors.py" line="+27"/>
        <source>Type a language or its code</source>
        <translation>Typ een taal of de code ervan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/sections.py" line="+56"/>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/shell/main_window.py" line="+136"/>
        <source>Exchange Notes</source>
        <translation>Exchange Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backing up the database, then bringing it up to date for this version…
This happens once after an update.</source>
        <translation>Reservekopie van de database, daarna bijwerken voor deze versie…
Dit gebeurt één keer na een update.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the database…</source>
        <translation>Database openen…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The example (a sample database apart from yours)</source>
        <translation>Het voorbeeld (een demodatabase, los van de uwe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (encrypted)</source>
        <translation>%1 (versleuteld)</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open an exchange first: fast capture adds to the exchange shown.</source>
        <translation>Open eerst een uitwisseling: snel vastleggen voegt toe aan de getoonde uitwisseling.</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>%1 — read-only: changes cannot be saved</source>
        <translation>%1 — alleen-lezen: wijzigingen kunnen niet worden opgeslagen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened read-only: you can read everything but change nothing.</source>
        <translation>Geopend als alleen-lezen: u kunt alles lezen maar niets wijzigen.</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>About Exchange Notes</source>
        <translation>Over Exchange Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange Notes %1 — what return counsellors learn from staff exchanges.</source>
        <translation>Exchange Notes %1 — wat terugkeerbegeleiders leren van personeelsuitwisselingen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/safety/passphrase.py" line="+115"/>
        <source>Weak: easy to guess. Use four or more unrelated words.</source>
        <translation>Zwak: makkelijk te raden. Gebruik vier of meer woorden die niets met elkaar te maken hebben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fair: add a word or two to make it stronger.</source>
        <translation>Redelijk: voeg een of twee woorden toe om hem sterker te maken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good.</source>
        <translation>Goed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Current passphrase:</source>
        <translation>Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translation>Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters; several words are best</source>
        <translation>Minstens %1 tekens; meerdere woorden is het best</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once more:</source>
        <translation>Nog een keer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new passphrase once more</source>
        <translation>De nieuwe wachtwoordzin nog een keer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength of the passphrase</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the current passphrase.</source>
        <translation>Typ de huidige wachtwoordzin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>De wachtwoordzin moet minstens %1 tekens hebben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen zijn nog niet gelijk.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../counsellor_app/ui/common/operations.py" line="+128"/>
        <source>Reading failed: %1</source>
        <translation>Lezen is mislukt: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>An unexpected error stopped it (%1). Nothing was changed.</source>
        <translation>Een onverwachte fout hield het tegen (%1). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another program kept the database locked, so nothing was saved. Close the other program, then try again.</source>
        <translation>Een ander programma hield de database vergrendeld, dus er is niets opgeslagen. Sluit het andere programma en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database can only be read: nothing can be saved in it.</source>
        <translation>Deze database kan alleen gelezen worden: er kan niets in worden opgeslagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is damaged, so nothing was saved. Restore a backup (File ▸ Restore from backup…).</source>
        <translation>De database is beschadigd, dus er is niets opgeslagen. Zet een back-up terug (Bestand ▸ Back-up terugzetten…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>De schijf is vol, dus er is niets opgeslagen. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be reached, so nothing was saved. Check that its disk or server is there, then try again.</source>
        <translation>De database is niet bereikbaar, dus er is niets opgeslagen. Controleer of de schijf of server beschikbaar is en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That did not work</source>
        <translation>Dat is niet gelukt</translation>
    </message>
</context>
<context>
    <name>OptionalDateField</name>
    <message>
        <location filename="../../counsellor_app/ui/common/date_field.py" line="+144"/>
        <source>for example %1</source>
        <translation>bijvoorbeeld %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a date such as %1, or pick one from the calendar (Alt+Down)</source>
        <translation>Typ een datum zoals %1, of kies er een in de kalender (Alt+Omlaag)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick from a calendar</source>
        <translation>Kiezen in een kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the calendar</source>
        <translation>De kalender openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty</source>
        <translation>Leeg laten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the date empty</source>
        <translation>De datum leeg laten</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location filename="../../counsellor_app/ui/safety/passphrase.py" line="-136"/>
        <source>Encrypted database</source>
        <translation>Versleutelde database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database %1 is encrypted. Enter its passphrase:</source>
        <translation>De database %1 is versleuteld. Voer de wachtwoordzin in:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrong passphrase, or not an Exchange Notes database. Tries left: %n</source>
        <translation>
            <numerusform>Verkeerde wachtwoordzin, of geen Exchange Notes-database. Resterende pogingen: %n</numerusform>
            <numerusform>Verkeerde wachtwoordzin, of geen Exchange Notes-database. Resterende pogingen: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the passphrase was refused</source>
        <translation>Waarom de wachtwoordzin werd geweigerd</translation>
    </message>
</context>
<context>
    <name>PersonDataActions</name>
    <message>
        <location filename="../../counsellor_app/ui/records/person_data.py" line="+14"/>
        <source>Export this person&apos;s data</source>
        <translation>De gegevens van deze persoon exporteren</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Export this person&apos;s data…</source>
        <translation>De gegevens van deze persoon exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person…</source>
        <translation>Deze persoon wissen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export or erase this person&apos;s data</source>
        <translation>De gegevens van deze persoon exporteren of wissen</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+35"/>
        <source>Select a saved person first.</source>
        <translation>Kies eerst een opgeslagen persoon.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The data of %1 was exported to %2.</source>
        <translation>De gegevens van %1 zijn geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not erased</source>
        <translation>Niet gewist</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was erased.</source>
        <translation>%1 is gewist.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Backups deleted: %n.</source>
        <translation>
            <numerusform>Verwijderde back-ups: %n.</numerusform>
            <numerusform>Verwijderde back-ups: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Backups taken before still hold the name: %n.</source>
        <translation>
            <numerusform>Eerdere back-ups die de naam nog bevatten: %n.</numerusform>
            <numerusform>Eerdere back-ups die de naam nog bevatten: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erasing…</source>
        <translation>Bezig met wissen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>That did not work</source>
        <translation>Dat is niet gelukt</translation>
    </message>
</context>
<context>
    <name>PracticeColumn</name>
    <message>
        <location filename="../../counsellor_app/ui/comparisons/practice_column.py" line="+183"/>
        <source>Practice of %1</source>
        <translation>Werkwijze van %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence for %1 (Enter opens the observation)</source>
        <translation>Onderbouwing voor %1 (Enter opent de observatie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move column left</source>
        <translation>Kolom naar links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move this column left (Alt+Shift+Left)</source>
        <translation>Deze kolom naar links verplaatsen (Alt+Shift+Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move column right</source>
        <translation>Kolom naar rechts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move this column right (Alt+Shift+Right)</source>
        <translation>Deze kolom naar rechts verplaatsen (Alt+Shift+Rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 left</source>
        <translation>%1 naar links verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 right</source>
        <translation>%1 naar rechts verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this column</source>
        <translation>Deze kolom verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach evidence…</source>
        <translation>Onderbouwing koppelen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach evidence to %1</source>
        <translation>Onderbouwing koppelen aan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove quote</source>
        <translation>Citaat verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected quote</source>
        <translation>Het gekozen citaat verwijderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type words or a name, Enter attaches</source>
        <translation>Typ woorden of een naam, Enter koppelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find an observation for %1</source>
        <translation>Een observatie zoeken voor %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observations of the exchange</source>
        <translation>Observaties van de uitwisseling</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>(an observation in the trash)</source>
        <translation>(een observatie in de prullenbak)</translation>
    </message>
</context>
<context>
    <name>PracticesEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/common/field_editors.py" line="+220"/>
        <location line="+1"/>
        <source>Add a practice</source>
        <translation>Een werkwijze toevoegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Remove this practice</source>
        <translation>Deze werkwijze verwijderen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Practice %1</source>
        <translation>Werkwijze %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../counsellor_app/ui/common/problem_text.py" line="+44"/>
        <source>%1 is required</source>
        <translation>%1 is verplicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 characters long; the limit is %3</source>
        <translation>%1 telt %2 tekens; het maximum is %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains a control character (%2) at position %3; remove it</source>
        <translation>%1 bevat een stuurteken (%2) op positie %3; verwijder het</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 “%2” is not a two-letter country code such as BE or FR</source>
        <translation>%1: ‘%2’ is geen landcode van twee letters, zoals BE of FR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 “%2” is not a language tag such as fr, nl or zh-Hans</source>
        <translation>%1: ‘%2’ is geen taalcode, zoals fr, nl of zh-Hans</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 “%2” is not one of: %3</source>
        <translation>%1: ‘%2’ is geen van de mogelijke waarden: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 “%2” is not a record id</source>
        <translation>%1: ‘%2’ is geen geldige id van een item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is listed twice</source>
        <translation>%1: %2 staat twee keer in de lijst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is before start %3</source>
        <translation>%1: %2 valt vóór de begindatum (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: this organisation already has a practice in column %2; one practice per organisation</source>
        <translation>%1: deze organisatie heeft al een werkwijze in kolom %2; één werkwijze per organisatie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 “%2” is not a UUID</source>
        <translation>%1: ‘%2’ is geen UUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1: geen item (%2) heeft id %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: another %2 is already called “%3”</source>
        <translation>%1: een ander item (%2) heet al ‘%3’</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected %2, found %3</source>
        <translation>verwacht: %2; gevonden: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this format has no such field</source>
        <translation>dit veld bestaat niet in dit formaat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%2” is not a date in the form YYYY-MM-DD</source>
        <translation>‘%2’ is geen datum in de vorm JJJJ-MM-DD</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%2” has no time zone offset (such as +02:00)</source>
        <translation>‘%2’ heeft geen tijdzoneverschil (zoals +02:00)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%2” is not a date and time such as 2016-09-28T15:00:00+02:00</source>
        <translation>‘%2’ is geen datum en tijd zoals 2016-09-28T15:00:00+02:00</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file holds %2, not an Exchange Notes file (a JSON object)</source>
        <translation>het bestand bevat %2, geen Exchange Notes-bestand (een JSON-object)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is not an Exchange Notes file (its format is “%2”)</source>
        <translation>dit is geen Exchange Notes-bestand (het formaat is ‘%2’)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this file is format version %2, newer than this program reads (version %3); update Exchange Notes to import it</source>
        <translation>dit bestand heeft formaatversie %2, nieuwer dan dit programma leest (versie %3); werk Exchange Notes bij om het te importeren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%2 is not a version of this format</source>
        <translation>%2 is geen versie van dit formaat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not UTF-8 text (byte %2)</source>
        <translation>het bestand is geen UTF-8-tekst (byte %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid JSON at line %2, column %3 (%4)</source>
        <translation>het bestand is geen geldige JSON op regel %2, kolom %3 (%4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the id %2 is also used at %3</source>
        <translation>de id %2 wordt ook gebruikt op %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the id %2 is already used in the database by another kind of record (%3)</source>
        <translation>de id %2 wordt in de database al gebruikt door een ander soort record (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the end date %2 is before the start date %3</source>
        <translation>de einddatum %2 ligt vóór de begindatum %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%2” is also used at %3</source>
        <translation>‘%2’ wordt ook gebruikt op %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a record id</source>
        <translation>een record-id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of record ids</source>
        <translation>een lijst van record-id’s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>an object</source>
        <translation>een object</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/problems_dialog.py" line="+53"/>
        <source>The file was not imported</source>
        <translation>Het bestand is niet geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing was changed. Problems found in %1: %n. Each line says where in the file and what is wrong.</source>
        <translation>
            <numerusform>Er is niets gewijzigd. Problemen gevonden in %1: %n. Elke regel zegt waar in het bestand en wat er mis is.</numerusform>
            <numerusform>Er is niets gewijzigd. Problemen gevonden in %1: %n. Elke regel zegt waar in het bestand en wat er mis is.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems found in the file</source>
        <translation>Problemen gevonden in het bestand</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../counsellor_app/ui/common/prompts.py" line="+36"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved yet.</source>
        <translation>%1 heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save them before going on?</source>
        <translation>Eerst opslaan voordat u verdergaat?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changed by someone else</source>
        <translation>Door iemand anders gewijzigd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload shows the saved version; your changes here are then lost. Keep editing lets you copy your changes first.</source>
        <translation>Opnieuw laden toont de opgeslagen versie; uw wijzigingen hier gaan dan verloren. Met Verder bewerken kunt u uw wijzigingen eerst kopiëren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recover unsaved work?</source>
        <translation>Niet-opgeslagen werk herstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Notes stopped last time while these forms had unsaved changes:</source>
        <translation>Exchange Notes stopte de vorige keer terwijl deze formulieren niet-opgeslagen wijzigingen hadden:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/records/record_editor.py" line="+47"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details and history of the record</source>
        <translation>Details en geschiedenis van het item</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../counsellor_app/ui/records/record_list_page.py" line="+207"/>
        <source>Filter %1 (Ctrl+L)</source>
        <translation>%1 filteren (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter %1</source>
        <translation>%1 filteren</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Show list</source>
        <translation>Lijst tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list beside the form again (%1)</source>
        <translation>De lijst weer naast het formulier tonen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide list</source>
        <translation>Lijst verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the list: the form takes the whole width (%1)</source>
        <translation>De lijst verbergen: het formulier krijgt de hele breedte (%1)</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>That record is in the trash.</source>
        <translation>Dat item staat in de prullenbak.</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/common/field_editors.py" line="-175"/>
        <source>Type to find; Enter on a name not in the list creates it</source>
        <translation>Typ om te zoeken; Enter op een naam die niet in de lijst staat, maakt die aan</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../counsellor_app/ui/reports/report_actions.py" line="+55"/>
        <source>Export PDF…</source>
        <translation>Als PDF exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF summary of this exchange, to save</source>
        <translation>Een PDF-samenvatting van deze uitwisseling, om op te slaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Word document…</source>
        <translation>Als Word-document exporteren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A summary of this exchange as a Word document, to edit before sending</source>
        <translation>Een samenvatting van deze uitwisseling als Word-document, om te bewerken voor verzending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a summary of this exchange</source>
        <translation>Een samenvatting van deze uitwisseling afdrukken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparisons digest as PDF…</source>
        <translation>Overzicht van vergelijkingen als PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every comparison shown (with the current filter) side by side, as a PDF</source>
        <translation>Elke getoonde vergelijking (met het huidige filter) naast elkaar, als PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparisons digest as Word document…</source>
        <translation>Overzicht van vergelijkingen als Word-document…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print comparisons digest…</source>
        <translation>Overzicht van vergelijkingen afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report on this theme…</source>
        <translation>Rapport over dit thema…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything recorded about this theme, exchange by exchange, newest first</source>
        <translation>Alles wat over dit thema is vastgelegd, per uitwisseling, de nieuwste eerst</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Open an exchange first.</source>
        <translation>Open eerst een uitwisseling.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comparisons</source>
        <translation>Vergelijkingen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a theme first.</source>
        <translation>Kies eerst een thema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme dossier — %1</source>
        <translation>Themadossier — %1</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../counsellor_app/ui/reports/report_preview.py" line="+181"/>
        <source>Preview — %1</source>
        <translation>Voorbeeld — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages of the report</source>
        <translation>Pagina&apos;s van het rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Vorige pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Volgende pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page shown</source>
        <translation>Getoonde pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Breedte passend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width</source>
        <translation>De pagina aan de breedte aanpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report</source>
        <translation>Taal van het rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s headings, labels and dates; what was recorded stays as typed</source>
        <translation>De koppen, labels en data van het rapport; wat is vastgelegd blijft zoals het is getypt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Replace names by roles</source>
        <translation>Namen vervangen door functies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a report shared outside the team: people appear by role and organisation</source>
        <translation>Voor een rapport dat buiten het team wordt gedeeld: personen verschijnen met functie en organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF…</source>
        <translation>PDF opslaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>Save the PDF</source>
        <translation>De PDF opslaan</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Save as Word…</source>
        <translation>Opslaan als Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a Word document</source>
        <translation>Het rapport opslaan als Word-document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same report as a Word document, to edit</source>
        <translation>Hetzelfde rapport als Word-document, om te bewerken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>Print the report</source>
        <translation>Het rapport afdrukken</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the preview</source>
        <translation>Het voorbeeld sluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the report</source>
        <translation>Stand van het rapport</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Making the PDF…</source>
        <translation>PDF maken…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making the PDF of %1…</source>
        <translation>PDF van %1 maken…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Making the PDF was cancelled.</source>
        <translation>Het maken van de PDF is geannuleerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>The PDF could not be made</source>
        <translation>De PDF kon niet worden gemaakt</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>An unexpected error stopped the PDF: %1</source>
        <translation>Een onverwachte fout heeft de PDF gestopt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names replaced by roles</source>
        <translation>namen vervangen door functies</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The PDF was not saved</source>
        <translation>De PDF is niet opgeslagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Not saved.</source>
        <translation>Niet opgeslagen.</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+38"/>
        <source>Saved to %1.</source>
        <translation>Opgeslagen in %1.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Save as a Word document</source>
        <translation>Opslaan als Word-document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the Word document…</source>
        <translation>Word-document maken…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making the Word document of %1…</source>
        <translation>Word-document van %1 maken…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Word document was not saved</source>
        <translation>Het Word-document is niet opgeslagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the Word document was cancelled.</source>
        <translation>Het maken van het Word-document is geannuleerd.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Word document could not be made</source>
        <translation>Het Word-document kon niet worden gemaakt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Printing was cancelled.</source>
        <translation>Het afdrukken is geannuleerd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/search/search_panel.py" line="+217"/>
        <source>Search notes, comparisons, exchanges, people, organisations (Ctrl+F)</source>
        <translation>Notities, vergelijkingen, uitwisselingen, personen, organisaties doorzoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search everything</source>
        <translation>Alles doorzoeken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Uitwisseling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of note</source>
        <translation>Soort notitie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Spreker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with the %1 filter</source>
        <translation>Probleem met het filter ‘%1’</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by %1</source>
        <translation>Filteren op %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any kind</source>
        <translation>alle soorten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only observations of this kind</source>
        <translation>Alleen observaties van deze soort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes recorded, comparisons observed, from this day</source>
        <translation>Vastgelegde notities, waargenomen vergelijkingen, vanaf deze dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes recorded, comparisons observed, until this day</source>
        <translation>Vastgelegde notities, waargenomen vergelijkingen, tot deze dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search filters</source>
        <translation>De zoekfilters wissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No %1 is called “%2”.</source>
        <translation>Geen item (%1) heet ‘%2’.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The search failed: %1</source>
        <translation>Het zoeken is mislukt: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the filter to search.</source>
        <translation>Verbeter het filter om te zoeken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a word or part of a word, in any script; accents need not be typed.</source>
        <translation>Typ een woord of een deel ervan, in elk schrift; accenten hoeft u niet te typen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found.</source>
        <translation>Niets gevonden.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n best results; filters narrow them.</source>
        <translation>
            <numerusform>Het beste resultaat; filters verfijnen de zoekopdracht.</numerusform>
            <numerusform>De %n beste resultaten; filters verfijnen de zoekopdracht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s), best first — Enter opens the selected one.</source>
        <translation>
            <numerusform>%n resultaat, beste eerst — Enter opent het gekozen resultaat.</numerusform>
            <numerusform>%n resultaten, beste eerst — Enter opent het gekozen resultaat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../counsellor_app/ui/search/search_model.py" line="+140"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found in</source>
        <translation>Gevonden in</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <location filename="../../counsellor_app/ui/safety/security.py" line="-242"/>
        <source>Encryption</source>
        <translation>Versleuteling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is encrypted (SQLCipher, AES-256): without its passphrase the file, its backups and its drafts cannot be read. Nobody can recover a forgotten passphrase.</source>
        <translation>Deze database is versleuteld (SQLCipher, AES-256): zonder de wachtwoordzin zijn het bestand, de back-ups en het niet-opgeslagen werk niet te lezen. Niemand kan een vergeten wachtwoordzin terughalen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database is not encrypted: anyone who gets the file (a lost laptop, a copied backup) can read it.</source>
        <translation>Deze database is niet versleuteld: wie het bestand in handen krijgt (een verloren laptop, een gekopieerde back-up), kan het lezen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is on a server: its administrators keep it safe with the server&apos;s own encryption.</source>
        <translation>Deze database staat op een server: de beheerders beveiligen hem met de versleuteling van de server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation of Exchange Notes cannot encrypt databases: install it with its encryption support.</source>
        <translation>Deze installatie van Exchange Notes kan geen databases versleutelen: installeer ze met ondersteuning voor versleuteling.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database was opened read-only: it cannot be encrypted.</source>
        <translation>Deze database is alleen-lezen geopend: hij kan niet worden versleuteld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt this database…</source>
        <translation>Deze database versleutelen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt this database with a passphrase</source>
        <translation>Deze database versleutelen met een wachtwoordzin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase…</source>
        <translation>Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase of this database</source>
        <translation>De wachtwoordzin van deze database wijzigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove encryption…</source>
        <translation>Versleuteling verwijderen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn this database back into a plain file</source>
        <translation>Deze database weer onversleuteld maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Prullenbak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete records in the trash for good after:</source>
        <translation>Items in de prullenbak definitief verwijderen na:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days a record stays in the trash</source>
        <translation>Dagen dat een item in de prullenbak blijft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked each time Exchange Notes starts. What the history kept of those records goes with them.</source>
        <translation>Nagekeken telkens Exchange Notes start. Wat de geschiedenis van die items bewaarde, verdwijnt mee.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/settings_dialog.py" line="+160"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Beveiliging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name:</source>
        <translation>Uw naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown as who recorded a note</source>
        <translation>Getoond als wie een notitie vastlegde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your agency:</source>
        <translation>Uw organisatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your agency</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named with you as who made a report, unless names are replaced</source>
        <translation>Met u vermeld als opsteller van een rapport, tenzij namen worden vervangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the window</source>
        <translation>Taal van het venster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of reports:</source>
        <translation>Taal van rapporten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the window</source>
        <translation>Zoals het venster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of reports</source>
        <translation>Taal van rapporten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size:</source>
        <translation>Papierformaat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size of reports</source>
        <translation>Papierformaat van rapporten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database in use</source>
        <translation>Gebruikte database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another database…</source>
        <translation>Een andere database openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Open another database</source>
        <translation>Een andere database openen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Backups:</source>
        <translation>Back-ups:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the automatic backups</source>
        <translation>Map van de automatische back-ups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept by the database server</source>
        <translation>Beheerd door de databaseserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show folder</source>
        <translation>Map tonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the backups folder</source>
        <translation>De map met back-ups tonen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exchange Notes databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Exchange Notes-databases (*.sqlite3 *.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>StartupDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/startup_dialog.py" line="+149"/>
        <source>The database cannot be opened</source>
        <translation>De database kan niet worden geopend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program is using the database</source>
        <translation>Een ander programma gebruikt de database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database can only be read</source>
        <translation>De database kan alleen worden gelezen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not an Exchange Notes database</source>
        <translation>Dit bestand is geen Exchange Notes-database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was not found</source>
        <translation>De database is niet gevonden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A newer Exchange Notes made this database</source>
        <translation>Een nieuwere Exchange Notes heeft deze database gemaakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full</source>
        <translation>De schijf is vol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database cannot be reached</source>
        <translation>De database is niet bereikbaar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is encrypted</source>
        <translation>De database is versleuteld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passphrase, or not an Exchange Notes database</source>
        <translation>Verkeerde wachtwoordzin, of geen Exchange Notes-database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the other window or program that has it open, then try again. You can also open it read-only to look things up.</source>
        <translation>Sluit het andere venster of programma dat de database open heeft en probeer het opnieuw. U kunt hem ook alleen-lezen openen om iets op te zoeken.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may look at everything, but not change it. To make changes, copy the file to a folder of your own, or ask whoever manages this computer.</source>
        <translation>U kunt alles bekijken, maar niets wijzigen. Om te wijzigen kopieert u het bestand naar een eigen map, of vraagt u het aan wie deze computer beheert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was left exactly as it is. Choose a backup below: it is copied to a new file beside the damaged one, and that copy is opened.</source>
        <translation>Het bestand is precies gelaten zoals het is. Kies hieronder een back-up: die wordt gekopieerd naar een nieuw bestand naast het beschadigde, en die kopie wordt geopend.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was left exactly as it is. Choose a backup below, or open another database file.</source>
        <translation>Het bestand is precies gelaten zoals het is. Kies hieronder een back-up, of open een ander databasebestand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its folder may be on a drive that is not connected. Connect it and try again, or open another database.</source>
        <translation>De map staat misschien op een schijf die niet is aangesloten. Sluit die aan en probeer het opnieuw, of open een andere database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the newer version of Exchange Notes to open it.</source>
        <translation>Installeer de nieuwere versie van Exchange Notes om hem te openen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space on the disk, then try again.</source>
        <translation>Maak ruimte vrij op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection, then try again.</source>
        <translation>Controleer de netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It opens only with its passphrase. Try again to type it, or open another database.</source>
        <translation>Hij opent alleen met de wachtwoordzin. Probeer hem opnieuw te typen, of open een andere database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was left exactly as it is. Try again (mind the keyboard&apos;s language and Caps Lock), or open another database.</source>
        <translation>Het bestand is precies gelaten zoals het was. Probeer opnieuw (let op de taal van het toetsenbord en Caps Lock), of open een andere database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can do</source>
        <translation>Wat u kunt doen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try to open it again</source>
        <translation>Opnieuw proberen te openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open read-only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it to read, without changing anything</source>
        <translation>Openen om te lezen, zonder iets te wijzigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore this backup</source>
        <translation>Deze back-up terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chosen backup beside the file and open the copy</source>
        <translation>De gekozen back-up naast het bestand kopiëren en de kopie openen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another database…</source>
        <translation>Een andere database openen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another database file</source>
        <translation>Een ander databasebestand kiezen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Exchange Notes</source>
        <translation>Exchange Notes afsluiten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open another database</source>
        <translation>Een andere database openen</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+7"/>
        <source>The database is on a network drive</source>
        <translation>De database staat op een netwerkschijf</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/safety/trash_page.py" line="+171"/>
        <source>Deleted records stay here for %n days, then are deleted for good when Exchange Notes starts (Settings ▸ Security). Restoring a record brings back what was deleted with it.</source>
        <translation>
            <numerusform>Verwijderde items blijven hier %n dag en worden daarna definitief verwijderd wanneer Exchange Notes start (Instellingen ▸ Beveiliging). Een item terugzetten brengt ook terug wat ermee werd verwijderd.</numerusform>
            <numerusform>Verwijderde items blijven hier %n dagen en worden daarna definitief verwijderd wanneer Exchange Notes start (Instellingen ▸ Beveiliging). Een item terugzetten brengt ook terug wat ermee werd verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted records stay here until the trash is emptied. Restoring a record brings back what was deleted with it.</source>
        <translation>Verwijderde items blijven hier tot de prullenbak wordt geleegd. Een item terugzetten brengt ook terug wat ermee werd verwijderd.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records in the trash</source>
        <translation>Items in de prullenbak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected record</source>
        <translation>Het gekozen item terugzetten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the trash…</source>
        <translation>Prullenbak legen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <location line="+4"/>
        <source>Empty the trash</source>
        <translation>De prullenbak legen</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The trash is empty.</source>
        <translation>De prullenbak is leeg.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not restored</source>
        <translation>Niet teruggezet</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>Restored “%1”; records back from the trash: %n</source>
        <translation>
            <numerusform>‘%1’ teruggezet; items terug uit de prullenbak: %n</numerusform>
            <numerusform>‘%1’ teruggezet; items terug uit de prullenbak: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore “%1”</source>
        <translation>‘%1’ terugzetten</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Records in the trash: %n. Delete them for good? This cannot be undone.</source>
        <translation>
            <numerusform>Items in de prullenbak: %n. Definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>Items in de prullenbak: %n. Definitief verwijderen? Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The trash was not emptied</source>
        <translation>De prullenbak is niet geleegd</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Records deleted for good: %n</source>
        <translation>
            <numerusform>Definitief verwijderde items: %n</numerusform>
            <numerusform>Definitief verwijderde items: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Records kept in the trash for more than %1 days were deleted for good: %n</source>
        <translation>Items die langer dan %1 dagen in de prullenbak lagen, definitief verwijderd: %n</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The trash could not be cleared: %1</source>
        <translation>De prullenbak kon niet worden geleegd: %1</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../counsellor_app/ui/common/undo.py" line="+93"/>
        <source>Could not undo or redo %1</source>
        <translation>Kon %1 niet ongedaan maken of opnieuw uitvoeren</translation>
    </message>
</context>
<context>
    <name>UseAsEvidence</name>
    <message>
        <location filename="../../counsellor_app/ui/comparisons/evidence_picker.py" line="+58"/>
        <source>Use as evidence for…</source>
        <translation>Als onderbouwing gebruiken voor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach this observation to a practice of a comparison (%1)</source>
        <translation>Deze observatie koppelen aan een werkwijze van een vergelijking (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a saved observation first.</source>
        <translation>Kies eerst een opgeslagen observatie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attached as evidence to “%1”.</source>
        <translation>Als onderbouwing gekoppeld aan ‘%1’.</translation>
    </message>
</context>
<context>
    <name>UserIdentityDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/first_start.py" line="+64"/>
        <source>Welcome to Exchange Notes</source>
        <translation>Welkom bij Exchange Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is taking the notes? Your name is written on every observation you record and, with your agency, on the reports you print. You can change both later in Settings.</source>
        <translation>Wie maakt de notities? Uw naam staat op elke observatie die u vastlegt en, met uw organisatie, op de rapporten die u afdrukt. U kunt beide later wijzigen in Instellingen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name:</source>
        <translation>Uw naam:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example Marie Dupont</source>
        <translation>bijvoorbeeld Marie Dupont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your agency:</source>
        <translation>Uw organisatie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your agency</source>
        <translation>Uw organisatie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example Fedasil</source>
        <translation>bijvoorbeeld Fedasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/welcome.py" line="+64"/>
        <source>Welcome to Exchange Notes</source>
        <translation>Welkom bij Exchange Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record what you see and hear when your agency exchanges staff with another: quotes with their speakers, lessons, questions, and how each organisation does the same work. Start with an exchange.</source>
        <translation>Leg vast wat u ziet en hoort wanneer uw organisatie personeel uitwisselt met een andere: citaten met hun sprekers, lessen, vragen, en hoe elke organisatie hetzelfde werk doet. Begin met een uitwisseling.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New exchange</source>
        <translation>Nieuwe uitwisseling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new exchange</source>
        <translation>Een nieuwe uitwisseling beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the example</source>
        <translation>Het voorbeeld openen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the example of a French-Belgian exchange</source>
        <translation>Het voorbeeld van een Frans-Belgische uitwisseling openen</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/menus.py" line="+156"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;trash</source>
        <translation>Naar prullen&amp;bak verplaatsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search everything…</source>
        <translation>Alles &amp;doorzoeken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter the list</source>
        <translation>Lijst &amp;filteren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List pane</source>
        <translation>&amp;Lijstpaneel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert changes</source>
        <translation>Wijzigingen &amp;terugdraaien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capture observations</source>
        <translation>&amp;Snel observaties vastleggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the e&amp;xample</source>
        <translation>&amp;Voorbeeld openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;my database</source>
        <translation>Terug naar &amp;mijn database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…</source>
        <translation>&amp;Geschiedenis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttings…</source>
        <translation>Instellin&amp;gen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Exchange Notes</source>
        <translation>&amp;Over Exchange Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Capture observations of the open exchange (%1)</source>
        <translation>Observaties vastleggen bij de geopende uitwisseling (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter	in search results: open the selected record</source>
        <translation>Enter	in zoekresultaten: het gekozen item openen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc	in the search box: empty it</source>
        <translation>Esc	in het zoekveld: leegmaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter	in fast capture: save and start the next note</source>
        <translation>Ctrl+Enter	bij snel vastleggen: opslaan en de volgende notitie beginnen</translation>
    </message>
</context>
</TS>
