<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../counsellor_app/ui/common/tasks.py" line="+91"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/safety/backup_dialog.py" line="+259"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the backup to go back to. What the database holds now is first set aside as a backup of its own, so restoring can be undone.</source>
        <translation>Choisissez la sauvegarde à laquelle revenir. Le contenu actuel de la base est d&apos;abord mis de côté dans une sauvegarde, pour que la restauration puisse être annulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the chosen backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No backups here</source>
        <translation>Aucune sauvegarde ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is on a server: restore it with the server&apos;s own tools.</source>
        <translation>Cette base de données est sur un serveur : restaurez-la avec les outils du serveur.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database goes back to the backup %1. What it holds now is kept as a backup first.</source>
        <translation>La base de données revient à la sauvegarde %1. Son contenu actuel est d&apos;abord conservé dans une sauvegarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database cannot be opened</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restored %1. The previous content was kept in %2.</source>
        <translation>Sauvegarde %1 restaurée. Le contenu précédent a été conservé dans %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Restoring %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Today&apos;s backup was taken: %1</source>
        <translation>Sauvegarde du jour effectuée : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today&apos;s backup failed: %1</source>
        <translation>La sauvegarde du jour a échoué : %1</translation>
    </message>
</context>
<context>
    <name>BackupList</name>
    <message>
        <location line="-188"/>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This database has no backups folder.</source>
        <translation>Cette base de données n&apos;a pas de dossier de sauvegardes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No backups were found in %1.</source>
        <translation>Aucune sauvegarde trouvée dans %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups folder: %1</source>
        <translation>Dossier des sauvegardes : %1</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location line="-120"/>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
</context>
<context>
    <name>BoolEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/common/field_editors.py" line="+236"/>
        <source>Use the name (otherwise role and organisation)</source>
        <translation>Utiliser le nom (sinon la fonction et l&apos;organisation)</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../counsellor_app/ui/exchanges/capture.py" line="+187"/>
        <source>Capture observations — Ctrl+Enter saves, Esc closes</source>
        <translation>Saisie rapide d&apos;observations — Ctrl+Entrée enregistre, Échap ferme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was seen or said</source>
        <translation>Ce qui a été vu ou dit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen or said, in its own language</source>
        <translation>Ce qui a été vu ou dit, dans la langue d&apos;origine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type three letters of a name</source>
        <translation>Tapez trois lettres d&apos;un nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type a language or its code</source>
        <translation>Tapez une langue ou son code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save and next</source>
        <translation>Enregistrer et suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and start the next observation</source>
        <translation>Enregistrer et commencer l&apos;observation suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close fast capture</source>
        <translation>Fermer la saisie rapide</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The note being captured</source>
        <translation>La note en cours de saisie</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Saved since the panel opened: %n</source>
        <translation>
            <numerusform>Observations enregistrées depuis l&apos;ouverture du panneau : %n</numerusform>
            <numerusform>Observations enregistrées depuis l&apos;ouverture du panneau : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the next note is in %1 too</source>
        <translation>la note suivante sera aussi en %1</translation>
    </message>
</context>
<context>
    <name>CheckableList</name>
    <message>
        <location filename="../../counsellor_app/ui/common/checkable_list.py" line="+65"/>
        <source>Type to find, Enter to tick</source>
        <translation>Tapez pour chercher, Entrée pour cocher</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create “%1”</source>
        <translation>Créer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Find in %1</source>
        <translation>Chercher dans %1</translation>
    </message>
</context>
<context>
    <name>ChoiceLabels</name>
    <message>
        <location filename="../../counsellor_app/ui/common/labels.py" line="+40"/>
        <source>reception agency</source>
        <translation>agence d&apos;accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>immigration authority</source>
        <translation>autorité de l&apos;immigration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>international organisation</source>
        <translation>organisation internationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ministry</source>
        <translation>ministère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange visit</source>
        <translation>visite d&apos;échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>study visit</source>
        <translation>visite d&apos;étude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online exchange</source>
        <translation>échange en ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conference</source>
        <translation>conférence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observation</source>
        <translation>observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lesson</source>
        <translation>enseignement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommendation</source>
        <translation>recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>ComparisonForm</name>
    <message>
        <location filename="../../counsellor_app/ui/comparisons/comparison_form.py" line="+173"/>
        <source>Practices, side by side</source>
        <translation>Pratiques, côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation of a new column</source>
        <translation>Organisation d&apos;une nouvelle colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation…</source>
        <translation>Organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a few letters, Enter adds the column</source>
        <translation>Tapez quelques lettres, Entrée ajoute la colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add column</source>
        <translation>Ajouter la colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a column for the organisation</source>
        <translation>Ajouter une colonne pour l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a column (Ctrl+Shift+O)</source>
        <translation>Ajouter une colonne (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an organisation column</source>
        <translation>Ajouter une colonne d&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No practice yet: choose an organisation above and add its column.</source>
        <translation>Aucune pratique pour l&apos;instant : choisissez une organisation ci-dessus et ajoutez sa colonne.</translation>
    </message>
    <message>
        <location line="+185"/>
        <source>(an organisation in the trash)</source>
        <translation>(une organisation dans la corbeille)</translation>
    </message>
</context>
<context>
    <name>ComparisonMatrixModel</name>
    <message>
        <location filename="../../counsellor_app/ui/comparisons/comparison_matrix.py" line="+107"/>
        <source>— no practice recorded —</source>
        <translation>— aucune pratique notée —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No practice of %1 recorded yet for this aspect</source>
        <translation>Aucune pratique de %1 notée pour cet aspect</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Observed on %1</source>
        <translation>Observé le %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no practice recorded</source>
        <translation>aucune pratique notée</translation>
    </message>
</context>
<context>
    <name>ComparisonMatrixView</name>
    <message>
        <location line="+238"/>
        <source>E&amp;xchange:</source>
        <translation>É&amp;change&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or&amp;ganisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All exchanges</source>
        <translation>Tous les échanges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix of one exchange</source>
        <translation>Matrice d&apos;un seul échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix on one theme</source>
        <translation>Matrice sur un seul thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix of one organisation</source>
        <translation>Matrice d&apos;une seule organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practices by aspect and organisation</source>
        <translation>Pratiques par aspect et par organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the matrix shows</source>
        <translation>Ce que montre la matrice</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Reading the comparisons…</source>
        <translation>Lecture des comparaisons…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comparisons: %1 · organisations: %2 · practices not recorded yet: %3</source>
        <translation>Comparaisons : %1 · organisations : %2 · pratiques pas encore notées : %3</translation>
    </message>
</context>
<context>
    <name>ComparisonsSection</name>
    <message>
        <location filename="../../counsellor_app/ui/comparisons/comparisons_section.py" line="+121"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of comparisons</source>
        <translation>Liste des comparaisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each comparison with its practices side by side</source>
        <translation>Chaque comparaison avec ses pratiques côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix of practices</source>
        <translation>Matrice des pratiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aspects by organisation, with the gaps (%1)</source>
        <translation>Aspects par organisation, avec les lacunes (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch between list and matrix</source>
        <translation>Basculer entre liste et matrice</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/common/conflict_dialog.py" line="+222"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This %1 was deleted elsewhere while you edited it.</source>
        <translation>Cet élément (%1) a été supprimé ailleurs pendant que vous le modifiiez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 saved this %2 while you were editing it.</source>
        <translation>%1 a enregistré cet élément (%2) pendant que vous le modifiiez.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Fields that differ are highlighted: %n.</source>
        <translation>
            <numerusform>Champs différents mis en évidence : %n.</numerusform>
            <numerusform>Champs différents mis en évidence : %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is lost until you choose.</source>
        <translation>Rien n&apos;est perdu tant que vous n&apos;avez pas choisi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your version and the stored version, by field</source>
        <translation>Votre version et la version enregistrée, champ par champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine: save over the stored version</source>
        <translation>Garder la mienne : enregistrer par-dessus la version enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your version over the stored one</source>
        <translation>Enregistrer votre version à la place de la version enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take theirs: show the stored version, dropping your changes</source>
        <translation>Prendre la leur : afficher la version enregistrée, sans vos modifications</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the stored version; your changes go</source>
        <translation>Afficher la version enregistrée ; vos modifications sont abandonnées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save mine as a new record</source>
        <translation>Enregistrer la mienne comme nouvelle fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save your version as a new record</source>
        <translation>Enregistrer votre version comme nouvelle fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep both: yours becomes a separate record, the stored one stays</source>
        <translation>Garder les deux : la vôtre devient une fiche distincte, celle enregistrée reste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing, decide later</source>
        <translation>Continuer à modifier, décider plus tard</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location line="-156"/>
        <source> (differs)</source>
        <translation> (différent)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your version</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored version</source>
        <translation>Version enregistrée</translation>
    </message>
</context>
<context>
    <name>CountryBox</name>
    <message>
        <location filename="../../counsellor_app/ui/common/code_lists.py" line="+112"/>
        <source>must be a country of the list or its two-letter country code (such as BE or FR): “%1” is neither</source>
        <translation>doit être un pays de la liste ou son code pays à deux lettres (par exemple BE ou FR)&#xa0;: «&#xa0;%1&#xa0;» n’est ni l’un ni l’autre</translation>
    </message>
</context>
<context>
    <name>CountryEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/common/field_editors.py" line="-81"/>
        <source>Type a country or its code</source>
        <translation>Tapez un pays ou son code</translation>
    </message>
</context>
<context>
    <name>CreateNamed</name>
    <message>
        <location filename="../../counsellor_app/ui/common/create_named.py" line="+38"/>
        <source>Not created: %1 “%2”</source>
        <translation>Non enregistré&#xa0;: %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create %1 “%2”</source>
        <translation>Créer %1 «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DatabaseSecurity</name>
    <message>
        <location filename="../../counsellor_app/ui/safety/security.py" line="+204"/>
        <source>Encrypt this database</source>
        <translation>Chiffrer cette base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a passphrase. It is asked each time the database is opened; its backups and unsaved drafts are encrypted with it too. Write it down somewhere safe: nobody, not even Exchange Notes, can open the database without it.</source>
        <translation>Choisissez une phrase secrète. Elle est demandée à chaque ouverture de la base de données ; ses sauvegardes et le travail non enregistré sont chiffrés avec elle aussi. Notez-la en lieu sûr : personne, pas même Exchange Notes, ne peut ouvrir la base de données sans elle.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypting the database…</source>
        <translation>Chiffrement de la base de données…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The database is encrypted; encrypted backups: %n.</source>
        <translation>
            <numerusform>La base de données est chiffrée ; sauvegardes chiffrées : %n.</numerusform>
            <numerusform>La base de données est chiffrée ; sauvegardes chiffrées : %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database, its backups and its drafts are encrypted again with the new passphrase; the old one then opens none of them.</source>
        <translation>La base de données, ses sauvegardes et le travail non enregistré sont chiffrés à nouveau avec la nouvelle phrase secrète ; l&apos;ancienne n&apos;en ouvre alors plus aucun.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Passphrase not changed</source>
        <translation>Phrase secrète inchangée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current passphrase is not the right one; nothing was changed.</source>
        <translation>La phrase secrète actuelle n&apos;est pas la bonne ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encrypting the database with the new passphrase…</source>
        <translation>Chiffrement de la base de données avec la nouvelle phrase secrète…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The passphrase was changed; backups encrypted again: %n.</source>
        <translation>
            <numerusform>La phrase secrète a été changée ; sauvegardes chiffrées à nouveau : %n.</numerusform>
            <numerusform>La phrase secrète a été changée ; sauvegardes chiffrées à nouveau : %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>Remove encryption</source>
        <translation>Retirer le chiffrement</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The database, its backups and its drafts will be stored as plain files again: anyone who gets them can read them. Go on?</source>
        <translation>La base de données, ses sauvegardes et le travail non enregistré seront de nouveau stockés en clair : quiconque les obtient peut les lire. Continuer ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Encryption not removed</source>
        <translation>Chiffrement conservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is not the passphrase of this database; nothing was changed.</source>
        <translation>Ce n&apos;est pas la phrase secrète de cette base de données ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Removing the encryption…</source>
        <translation>Retrait du chiffrement…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The database is a plain file again; backups decrypted: %n.</source>
        <translation>
            <numerusform>La base de données est de nouveau en clair ; sauvegardes déchiffrées : %n.</numerusform>
            <numerusform>La base de données est de nouveau en clair ; sauvegardes déchiffrées : %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The database cannot be opened</source>
        <translation>La base de données ne peut pas être ouverte</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backups left as they were (another passphrase): %1</source>
        <translation>Sauvegardes laissées telles quelles (autre phrase secrète) : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed</source>
        <translation>Rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../counsellor_app/ui/common/drafts.py" line="+124"/>
        <source>new record</source>
        <translation>nouvelle fiche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes</source>
        <translation>modifications</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unsaved work from last time was discarded.</source>
        <translation>Le travail non enregistré de la dernière fois a été abandonné.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved work recovered; check it and save. Forms filled in: %n.</source>
        <translation>Travail non enregistré récupéré ; vérifiez-le et enregistrez. Formulaires remplis : %n.</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../counsellor_app/ui/common/editing.py" line="+133"/>
        <source>The new %1</source>
        <translation>La nouvelle fiche (%1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Recovered unsaved work — check it, then save.</source>
        <translation>Travail non enregistré récupéré — vérifiez-le, puis enregistrez.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+74"/>
        <source>Not saved: see the messages in red.</source>
        <translation>Non enregistré : voyez les messages en rouge.</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not saved: changed by someone else.</source>
        <translation>Non enregistré : modifié par quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not saved — what you typed is still here.</source>
        <translation>Non enregistré — ce que vous avez tapé est toujours là.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The stored version is shown; yours was dropped.</source>
        <translation>La version enregistrée est affichée ; la vôtre a été abandonnée.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+57"/>
        <source>Not moved to the trash</source>
        <translation>Non mis à la corbeille</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Move %1 to the trash</source>
        <translation>Mettre %1 à la corbeille</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (as %2)</source>
        <translation>%1 (comme %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is used by %2.</source>
        <translation>Ces fiches renvoient à %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the trash it no longer shows there. You can undo this (Ctrl+Z) or restore it from the trash.</source>
        <translation>Une fois à la corbeille, la fiche n’y apparaîtra plus. Vous pourrez annuler (Ctrl+Z) ou la restaurer depuis la corbeille.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move to the trash?</source>
        <translation>Mettre à la corbeille&#xa0;?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Moved to the trash, with the records that belong to it: %n</source>
        <translation>
            <numerusform>Mis à la corbeille, avec les fiches qui en dépendent : %n</numerusform>
            <numerusform>Mis à la corbeille, avec les fiches qui en dépendent : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moved to the trash.</source>
        <translation>Mis à la corbeille.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Changed — not saved yet.</source>
        <translation>Modifié — pas encore enregistré.</translation>
    </message>
</context>
<context>
    <name>EditorFrame</name>
    <message>
        <location filename="../../counsellor_app/ui/common/editor_frame.py" line="+88"/>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert the changes</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/records/person_data.py" line="+103"/>
        <source>Erase this person</source>
        <translation>Effacer cette personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase %1 and every trace of their name? This cannot be undone.</source>
        <translation>Effacer %1 et toute trace de son nom ? Cette action est irréversible.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Observations they said, erased: %n</source>
        <translation>
            <numerusform>Observations prononcées par cette personne, effacées : %n</numerusform>
            <numerusform>Observations prononcées par cette personne, effacées : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Observations they said, kept with “speaker erased”: %n</source>
        <translation>
            <numerusform>Observations prononcées par cette personne, conservées avec « speaker erased » : %n</numerusform>
            <numerusform>Observations prononcées par cette personne, conservées avec « speaker erased » : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Their record in People, removed from the visits they took part in: %n</source>
        <translation>
            <numerusform>Sa fiche dans Personnes, retirée des visites auxquelles elle a participé : %n</numerusform>
            <numerusform>Sa fiche dans Personnes, retirée des visites auxquelles elle a participé : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Observations they recorded, “recorded by” erased: %n</source>
        <translation>
            <numerusform>Observations notées par cette personne, « Noté par » effacé : %n</numerusform>
            <numerusform>Observations notées par cette personne, « Noté par » effacé : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Follow-up actions they own, owner erased: %n</source>
        <translation>
            <numerusform>Actions de suivi dont elle est responsable, responsable effacé : %n</numerusform>
            <numerusform>Actions de suivi dont elle est responsable, responsable effacé : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Lines of the history about them, values erased: %n</source>
        <translation>
            <numerusform>Lignes de l&apos;historique la concernant, valeurs effacées : %n</numerusform>
            <numerusform>Lignes de l&apos;historique la concernant, valeurs effacées : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Unsaved drafts naming them, deleted: %n</source>
        <translation>
            <numerusform>Travail non enregistré qui la nomme, supprimé : %n</numerusform>
            <numerusform>Travail non enregistré qui la nomme, supprimé : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Comparisons citing their quotes, the quotes taken out: %n</source>
        <translation>
            <numerusform>Comparaisons qui citent ses propos, citations retirées : %n</numerusform>
            <numerusform>Comparaisons qui citent ses propos, citations retirées : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The search index forgets them.</source>
        <translation>L&apos;index de recherche l&apos;oublie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search index forgets them, and the database file is rewritten so that no byte of the name is left in it.</source>
        <translation>L&apos;index de recherche l&apos;oublie, et le fichier de la base de données est réécrit pour qu&apos;il n&apos;y reste aucun octet du nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also erase the observations they said</source>
        <translation>Effacer aussi les observations qu&apos;elle a prononcées</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>These records mention the name in their text; they are not changed (edit them if they are about this person): %n</source>
        <translation>
            <numerusform>Ces fiches mentionnent le nom dans leur texte ; elles ne sont pas modifiées (corrigez-les si elles concernent cette personne) : %n</numerusform>
            <numerusform>Ces fiches mentionnent le nom dans leur texte ; elles ne sont pas modifiées (corrigez-les si elles concernent cette personne) : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Records that mention the name</source>
        <translation>Fiches qui mentionnent le nom</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Backups taken before still hold the name (the newest: %1): %n</source>
        <translation>
            <numerusform>Les sauvegardes faites auparavant contiennent encore le nom (la plus récente : %1) : %n</numerusform>
            <numerusform>Les sauvegardes faites auparavant contiennent encore le nom (la plus récente : %1) : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete those backups too</source>
        <translation>Supprimer aussi ces sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase for good</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person for good</source>
        <translation>Effacer définitivement cette personne</translation>
    </message>
</context>
<context>
    <name>EvidencePickerDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/comparisons/evidence_picker.py" line="+131"/>
        <source>Use as evidence for…</source>
        <translation>Utiliser comme preuve pour…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an observation as evidence</source>
        <translation>Utiliser une observation comme preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The observation</source>
        <translation>L&apos;observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comparison:</source>
        <translation>&amp;Comparaison&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type words of its aspect</source>
        <translation>Tapez des mots de son aspect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a comparison</source>
        <translation>Chercher une comparaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparisons</source>
        <translation>Comparaisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;lumn:</source>
        <translation>Co&amp;lonne&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation column</source>
        <translation>Colonne de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the new practice</source>
        <translation>Description de la nouvelle pratique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new column needs its practice described</source>
        <translation>Une nouvelle colonne demande une description de sa pratique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach as evidence</source>
        <translation>Joindre comme preuve</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 — add to its practice</source>
        <translation>%1 — ajouter à sa pratique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — a new column</source>
        <translation>%1 — une nouvelle colonne</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a comparison and a column first.</source>
        <translation>Choisissez d&apos;abord une comparaison et une colonne.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../counsellor_app/ui/exchanges/exchange_page.py" line="+237"/>
        <location line="+4"/>
        <source>Capture observations</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Capture observations one after the other (Ctrl+Shift+N)</source>
        <translation>Saisir des observations l&apos;une après l&apos;autre (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts of the exchange</source>
        <translation>Parties de l&apos;échange</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>New exchange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give it a title and save; then add its visits and observations.</source>
        <translation>Donnez-lui un titre et enregistrez ; ajoutez ensuite ses visites et ses observations.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <location filename="../../counsellor_app/domain/schema.py" line="+166"/>
        <location line="+17"/>
        <location line="+20"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-74"/>
        <location line="+49"/>
        <location line="+42"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+35"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Named in reports</source>
        <translation>Nommé dans les rapports</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+50"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Framework</source>
        <translation>Cadre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+80"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+106"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-105"/>
        <location line="+17"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <location line="+41"/>
        <location line="+25"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+64"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Noté par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded at</source>
        <translation>Noté le</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Aspect</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed on</source>
        <translation>Observé le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transferability</source>
        <translation>Transférabilité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>Strengths</source>
        <translation>Points forts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Challenges</source>
        <translation>Difficultés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/file_operations.py" line="+47"/>
        <source>Import a file</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Exchange Notes files (*.json)</source>
        <translation>Fichiers Exchange Notes (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Export everything</source>
        <translation>Tout exporter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export observations for a spreadsheet</source>
        <translation>Exporter les observations pour un tableur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporting to %1…</source>
        <translation>Exportation vers %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported everything to %1.</source>
        <translation>Tout a été exporté vers %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting observations to %1…</source>
        <translation>Exportation des observations vers %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Observations exported to %1: %n</source>
        <translation>
            <numerusform>Observations exportées vers %1 : %n</numerusform>
            <numerusform>Observations exportées vers %1 : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+62"/>
        <source>Wait for the current task to finish.</source>
        <translation>Attendez la fin de la tâche en cours.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The example exchange is loaded.</source>
        <translation>L&apos;échange d&apos;exemple est chargé.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/records/history.py" line="+348"/>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person:</source>
        <translation>Personne&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes made by</source>
        <translation>Modifications faites par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes from a date</source>
        <translation>Seulement les modifications à partir d&apos;une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only changes up to a date</source>
        <translation>Seulement les modifications jusqu&apos;à une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the history again</source>
        <translation>Relire l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the history</source>
        <translation>Fermer l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes, newest first</source>
        <translation>Modifications, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many changes are shown</source>
        <translation>Nombre de modifications affichées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the history…</source>
        <translation>Lecture de l&apos;historique…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The history could not be read.</source>
        <translation>L&apos;historique n&apos;a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>%n change(s) shown</source>
        <translation>
            <numerusform>%n modification affichée</numerusform>
            <numerusform>%n modifications affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location line="-202"/>
        <source>Changes to this record, newest first</source>
        <translation>Modifications de cette fiche, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About the history</source>
        <translation>À propos de l&apos;historique</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A new record has no history until it is saved.</source>
        <translation>Une nouvelle fiche n&apos;a pas d&apos;historique tant qu&apos;elle n&apos;est pas enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who changed what and when, newest first.</source>
        <translation>Qui a modifié quoi et quand, les plus récentes d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location line="-147"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>moved to the trash</source>
        <translation>mis à la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased</source>
        <translation>effacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted for good after its time in the trash</source>
        <translation>supprimé définitivement après son temps dans la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trash emptied</source>
        <translation>corbeille vidée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old → new</source>
        <translation>Ancien → nouveau</translation>
    </message>
</context>
<context>
    <name>KindCounts</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/common/labels.py" line="+43"/>
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
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln theme(s)</source>
        <translation>
            <numerusform>%Ln thème</numerusform>
            <numerusform>%Ln thèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln exchange(s)</source>
        <translation>
            <numerusform>%Ln échange</numerusform>
            <numerusform>%Ln échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visite</numerusform>
            <numerusform>%Ln visites</numerusform>
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
            <numerusform>%Ln comparaison</numerusform>
            <numerusform>%Ln comparaisons</numerusform>
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
    <name>KindLabels</name>
    <message>
        <location filename="../../counsellor_app/domain/schema.py" line="-190"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exchanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Comparisons</source>
        <translation>Comparaisons</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/common/labels.py" line="-94"/>
        <source>New organisation</source>
        <translation>Nouvelle organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New exchange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New observation</source>
        <translation>Nouvelle observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New comparison</source>
        <translation>Nouvelle comparaison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>New %1</source>
        <translation>Nouveau : %1</translation>
    </message>
</context>
<context>
    <name>LanguageBox</name>
    <message>
        <location filename="../../counsellor_app/ui/common/code_lists.py" line="-41"/>
        <source>must be chosen from the list, or given by its code (such as fr, nl or prs): “%1” is neither</source>
        <translation>doit être choisie dans la liste ou indiquée par son code (par exemple fr, nl ou prs)&#xa0;: «&#xa0;%1&#xa0;» n’est ni l’un ni l’autre</translation>
    </message>
</context>
<context>
    <name>LanguageEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/common/field_editors.py" line="+27"/>
        <source>Type a language or its code</source>
        <translation>Tapez une langue ou son code</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/sections.py" line="+56"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../counsellor_app/ui/shell/main_window.py" line="+136"/>
        <source>Exchange Notes</source>
        <translation>Exchange Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backing up the database, then bringing it up to date for this version…
This happens once after an update.</source>
        <translation>Sauvegarde de la base de données, puis mise à jour pour cette version…
Cela n’arrive qu’une fois après une mise à jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The example (a sample database apart from yours)</source>
        <translation>L’exemple (une base de démonstration, séparée de la vôtre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (encrypted)</source>
        <translation>%1 (chiffrée)</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open an exchange first: fast capture adds to the exchange shown.</source>
        <translation>Ouvrez d&apos;abord un échange : la saisie rapide ajoute à l&apos;échange affiché.</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>%1 — read-only: changes cannot be saved</source>
        <translation>%1 — lecture seule : les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened read-only: you can read everything but change nothing.</source>
        <translation>Ouverte en lecture seule : vous pouvez tout lire mais rien modifier.</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>About Exchange Notes</source>
        <translation>À propos d&apos;Exchange Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange Notes %1 — what return counsellors learn from staff exchanges.</source>
        <translation>Exchange Notes %1 — ce que les conseillers en retour apprennent des échanges de personnel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/safety/passphrase.py" line="+115"/>
        <source>Weak: easy to guess. Use four or more unrelated words.</source>
        <translation>Faible : facile à deviner. Utilisez au moins quatre mots sans rapport entre eux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fair: add a word or two to make it stronger.</source>
        <translation>Moyenne : ajoutez un mot ou deux pour la renforcer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good.</source>
        <translation>Bonne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Forte.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters; several words are best</source>
        <translation>Au moins %1 caractères ; plusieurs mots, c&apos;est mieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once more:</source>
        <translation>Encore une fois :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new passphrase once more</source>
        <translation>La nouvelle phrase secrète, encore une fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength of the passphrase</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the current passphrase.</source>
        <translation>Tapez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases secrètes ne sont pas encore identiques.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../counsellor_app/ui/common/operations.py" line="+128"/>
        <source>Reading failed: %1</source>
        <translation>La lecture a échoué : %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>An unexpected error stopped it (%1). Nothing was changed.</source>
        <translation>Une erreur inattendue l&apos;a arrêté (%1). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Another program kept the database locked, so nothing was saved. Close the other program, then try again.</source>
        <translation>Un autre programme a gardé la base de données verrouillée : rien n&apos;a été enregistré. Fermez l&apos;autre programme, puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database can only be read: nothing can be saved in it.</source>
        <translation>Cette base de données est en lecture seule : rien ne peut y être enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is damaged, so nothing was saved. Restore a backup (File ▸ Restore from backup…).</source>
        <translation>La base de données est endommagée : rien n&apos;a été enregistré. Restaurez une sauvegarde (Fichier ▸ Restaurer une sauvegarde…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein : rien n&apos;a été enregistré. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be reached, so nothing was saved. Check that its disk or server is there, then try again.</source>
        <translation>La base de données est inaccessible : rien n&apos;a été enregistré. Vérifiez que son disque ou son serveur est disponible, puis réessayez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That did not work</source>
        <translation>Cela n&apos;a pas fonctionné</translation>
    </message>
</context>
<context>
    <name>OptionalDateField</name>
    <message>
        <location filename="../../counsellor_app/ui/common/date_field.py" line="+144"/>
        <source>for example %1</source>
        <translation>par exemple %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a date such as %1, or pick one from the calendar (Alt+Down)</source>
        <translation>Tapez une date comme %1, ou choisissez-la dans le calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick from a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the calendar</source>
        <translation>Ouvrir le calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty</source>
        <translation>Laisser vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the date empty</source>
        <translation>Laisser la date vide</translation>
    </message>
</context>
<context>
    <name>PassphrasePrompt</name>
    <message>
        <location filename="../../counsellor_app/ui/safety/passphrase.py" line="-136"/>
        <source>Encrypted database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database %1 is encrypted. Enter its passphrase:</source>
        <translation>La base de données %1 est chiffrée. Saisissez sa phrase secrète :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Wrong passphrase, or not an Exchange Notes database. Tries left: %n</source>
        <translation>
            <numerusform>Phrase secrète incorrecte, ou ce n&apos;est pas une base de données Exchange Notes. Essais restants : %n</numerusform>
            <numerusform>Phrase secrète incorrecte, ou ce n&apos;est pas une base de données Exchange Notes. Essais restants : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the passphrase was refused</source>
        <translation>Pourquoi la phrase secrète a été refusée</translation>
    </message>
</context>
<context>
    <name>PersonDataActions</name>
    <message>
        <location filename="../../counsellor_app/ui/records/person_data.py" line="+14"/>
        <source>Export this person&apos;s data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Export this person&apos;s data…</source>
        <translation>Exporter les données de cette personne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export or erase this person&apos;s data</source>
        <translation>Exporter ou effacer les données de cette personne</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+35"/>
        <source>Select a saved person first.</source>
        <translation>Choisissez d&apos;abord une personne enregistrée.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The data of %1 was exported to %2.</source>
        <translation>Les données de %1 ont été exportées dans %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not erased</source>
        <translation>Rien n&apos;a été effacé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 was erased.</source>
        <translation>%1 : effacement terminé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Backups deleted: %n.</source>
        <translation>
            <numerusform>Sauvegardes supprimées : %n.</numerusform>
            <numerusform>Sauvegardes supprimées : %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Backups taken before still hold the name: %n.</source>
        <translation>
            <numerusform>Sauvegardes antérieures qui contiennent encore le nom : %n.</numerusform>
            <numerusform>Sauvegardes antérieures qui contiennent encore le nom : %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Erasing…</source>
        <translation>Effacement en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>That did not work</source>
        <translation>Cela n&apos;a pas fonctionné</translation>
    </message>
</context>
<context>
    <name>PracticeColumn</name>
    <message>
        <location filename="../../counsellor_app/ui/comparisons/practice_column.py" line="+183"/>
        <source>Practice of %1</source>
        <translation>Pratique de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence for %1 (Enter opens the observation)</source>
        <translation>Preuves pour %1 (Entrée ouvre l&apos;observation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move column left</source>
        <translation>Déplacer la colonne à gauche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move this column left (Alt+Shift+Left)</source>
        <translation>Déplacer cette colonne à gauche (Alt+Maj+Gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move column right</source>
        <translation>Déplacer la colonne à droite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move this column right (Alt+Shift+Right)</source>
        <translation>Déplacer cette colonne à droite (Alt+Maj+Droite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 left</source>
        <translation>Déplacer %1 à gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 right</source>
        <translation>Déplacer %1 à droite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this column</source>
        <translation>Retirer cette colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach evidence…</source>
        <translation>Joindre une preuve…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach evidence to %1</source>
        <translation>Joindre une preuve à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove quote</source>
        <translation>Retirer la citation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected quote</source>
        <translation>Retirer la citation choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type words or a name, Enter attaches</source>
        <translation>Tapez des mots ou un nom, Entrée joint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find an observation for %1</source>
        <translation>Chercher une observation pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observations of the exchange</source>
        <translation>Observations de l&apos;échange</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>(an observation in the trash)</source>
        <translation>(une observation dans la corbeille)</translation>
    </message>
</context>
<context>
    <name>PracticesEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/common/field_editors.py" line="+220"/>
        <location line="+1"/>
        <source>Add a practice</source>
        <translation>Ajouter une pratique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Remove this practice</source>
        <translation>Retirer cette pratique</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Practice %1</source>
        <translation>Pratique %1</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../counsellor_app/ui/common/problem_text.py" line="+44"/>
        <source>%1 is required</source>
        <translation>Le champ « %1 » est obligatoire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 characters long; the limit is %3</source>
        <translation>%1 : %2 caractères, alors que la limite est de %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 contains a control character (%2) at position %3; remove it</source>
        <translation>%1 contient un caractère de contrôle (%2) à la position %3 ; supprimez-le</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 “%2” is not a two-letter country code such as BE or FR</source>
        <translation>%1 : « %2 » n&apos;est pas un code de pays à deux lettres, comme BE ou FR</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 “%2” is not a language tag such as fr, nl or zh-Hans</source>
        <translation>%1 : « %2 » n&apos;est pas un code de langue, comme fr, nl ou zh-Hans</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 “%2” is not one of: %3</source>
        <translation>%1 : « %2 » ne fait pas partie des valeurs possibles : %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 “%2” is not a record id</source>
        <translation>%1 : « %2 » n&apos;est pas un identifiant de fiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is listed twice</source>
        <translation>%1 : %2 figure deux fois dans la liste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is before start %3</source>
        <translation>%1 : %2 tombe avant la date de début (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: this organisation already has a practice in column %2; one practice per organisation</source>
        <translation>%1 : cette organisation a déjà une pratique dans la colonne %2 ; une seule pratique par organisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 “%2” is not a UUID</source>
        <translation>%1 : « %2 » n&apos;est pas un UUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: there is no %2 with id %3</source>
        <translation>%1 : aucune fiche (%2) n&apos;a l&apos;identifiant %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: another %2 is already called “%3”</source>
        <translation>%1 : une autre fiche (%2) s&apos;appelle déjà « %3 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected %2, found %3</source>
        <translation>attendu&#xa0;: %2&#xa0;; trouvé&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this format has no such field</source>
        <translation>ce champ n’existe pas dans ce format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%2” is not a date in the form YYYY-MM-DD</source>
        <translation>«&#xa0;%2&#xa0;» n’est pas une date de la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%2” has no time zone offset (such as +02:00)</source>
        <translation>«&#xa0;%2&#xa0;» n’indique pas de décalage horaire (comme +02:00)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%2” is not a date and time such as 2016-09-28T15:00:00+02:00</source>
        <translation>«&#xa0;%2&#xa0;» n’est pas une date et heure comme 2016-09-28T15:00:00+02:00</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file holds %2, not an Exchange Notes file (a JSON object)</source>
        <translation>le fichier contient %2, et non un fichier Exchange Notes (un objet JSON)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this is not an Exchange Notes file (its format is “%2”)</source>
        <translation>ce n’est pas un fichier Exchange Notes (son format est «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this file is format version %2, newer than this program reads (version %3); update Exchange Notes to import it</source>
        <translation>ce fichier est au format version %2, plus récent que ce que lit ce programme (version %3)&#xa0;; mettez Exchange Notes à jour pour l’importer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%2 is not a version of this format</source>
        <translation>%2 n’est pas une version de ce format</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not UTF-8 text (byte %2)</source>
        <translation>le fichier n’est pas du texte UTF-8 (octet %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not valid JSON at line %2, column %3 (%4)</source>
        <translation>le fichier n’est pas du JSON valide à la ligne %2, colonne %3 (%4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the id %2 is also used at %3</source>
        <translation>l’identifiant %2 est aussi utilisé en %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the id %2 is already used in the database by another kind of record (%3)</source>
        <translation>l’identifiant %2 est déjà utilisé dans la base de données par un autre type de fiche (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the end date %2 is before the start date %3</source>
        <translation>la date de fin %2 est antérieure à la date de début %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%2” is also used at %3</source>
        <translation>«&#xa0;%2&#xa0;» est aussi utilisé en %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>a record id</source>
        <translation>un identifiant d’enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a list of record ids</source>
        <translation>une liste d’identifiants d’enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
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
        <translation>un nombre</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/problems_dialog.py" line="+53"/>
        <source>The file was not imported</source>
        <translation>Le fichier n&apos;a pas été importé</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Nothing was changed. Problems found in %1: %n. Each line says where in the file and what is wrong.</source>
        <translation>
            <numerusform>Rien n&apos;a été modifié. Problèmes trouvés dans %1 : %n. Chaque ligne indique où se trouve l&apos;erreur dans le fichier et ce qui ne va pas.</numerusform>
            <numerusform>Rien n&apos;a été modifié. Problèmes trouvés dans %1 : %n. Chaque ligne indique où se trouve l&apos;erreur dans le fichier et ce qui ne va pas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <location filename="../../counsellor_app/ui/common/prompts.py" line="+36"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has changes that are not saved yet.</source>
        <translation>%1 contient des modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save them before going on?</source>
        <translation>Les enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload shows the saved version; your changes here are then lost. Keep editing lets you copy your changes first.</source>
        <translation>Recharger affiche la version enregistrée ; vos modifications ici sont alors perdues. Continuer à modifier vous permet d&apos;abord de copier vos modifications.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Recover unsaved work?</source>
        <translation>Récupérer le travail non enregistré ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange Notes stopped last time while these forms had unsaved changes:</source>
        <translation>Exchange Notes s&apos;est arrêté la dernière fois alors que ces formulaires avaient des modifications non enregistrées :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/records/record_editor.py" line="+47"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details and history of the record</source>
        <translation>Détails et historique de la fiche</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <location filename="../../counsellor_app/ui/records/record_list_page.py" line="+207"/>
        <source>Filter %1 (Ctrl+L)</source>
        <translation>Filtrer : %1 (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter %1</source>
        <translation>Filtrer : %1</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Show list</source>
        <translation>Afficher la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the list beside the form again (%1)</source>
        <translation>Afficher de nouveau la liste à côté du formulaire (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide list</source>
        <translation>Masquer la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the list: the form takes the whole width (%1)</source>
        <translation>Masquer la liste : le formulaire prend toute la largeur (%1)</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>That record is in the trash.</source>
        <translation>Cette fiche est dans la corbeille.</translation>
    </message>
</context>
<context>
    <name>ReferenceEditor</name>
    <message>
        <location filename="../../counsellor_app/ui/common/field_editors.py" line="-175"/>
        <source>Type to find; Enter on a name not in the list creates it</source>
        <translation>Tapez pour chercher&#xa0;; Entrée sur un nom absent de la liste le crée</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../counsellor_app/ui/reports/report_actions.py" line="+55"/>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PDF summary of this exchange, to save</source>
        <translation>Un résumé PDF de cet échange, à enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Word document…</source>
        <translation>Exporter en document Word…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A summary of this exchange as a Word document, to edit before sending</source>
        <translation>Une synthèse de cet échange en document Word, à retoucher avant de l&apos;envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a summary of this exchange</source>
        <translation>Imprimer un résumé de cet échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparisons digest as PDF…</source>
        <translation>Synthèse des comparaisons en PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every comparison shown (with the current filter) side by side, as a PDF</source>
        <translation>Toutes les comparaisons affichées (avec le filtre actuel) côte à côte, en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comparisons digest as Word document…</source>
        <translation>Synthèse des comparaisons en document Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print comparisons digest…</source>
        <translation>Imprimer la synthèse des comparaisons…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report on this theme…</source>
        <translation>Rapport sur ce thème…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything recorded about this theme, exchange by exchange, newest first</source>
        <translation>Tout ce qui a été noté sur ce thème, échange par échange, le plus récent d&apos;abord</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Open an exchange first.</source>
        <translation>Ouvrez d&apos;abord un échange.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Comparisons</source>
        <translation>Comparaisons</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a theme first.</source>
        <translation>Choisissez d&apos;abord un thème.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theme dossier — %1</source>
        <translation>Dossier thématique — %1</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../counsellor_app/ui/reports/report_preview.py" line="+181"/>
        <source>Preview — %1</source>
        <translation>Aperçu — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages of the report</source>
        <translation>Pages du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page shown</source>
        <translation>Page affichée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the page to the width</source>
        <translation>Ajuster la page à la largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper:</source>
        <translation>Papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s headings, labels and dates; what was recorded stays as typed</source>
        <translation>Les titres, les libellés et les dates du rapport ; ce qui a été noté reste tel que saisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Replace names by roles</source>
        <translation>Remplacer les noms par les fonctions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a report shared outside the team: people appear by role and organisation</source>
        <translation>Pour un rapport diffusé hors de l&apos;équipe : les personnes apparaissent par fonction et organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Save as Word…</source>
        <translation>Enregistrer en Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as a Word document</source>
        <translation>Enregistrer le rapport en document Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same report as a Word document, to edit</source>
        <translation>Le même rapport en document Word, à retoucher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the preview</source>
        <translation>Fermer l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State of the report</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Making the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Making the PDF of %1…</source>
        <translation>Création du PDF de %1…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Making the PDF was cancelled.</source>
        <translation>La création du PDF a été annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>The PDF could not be made</source>
        <translation>Impossible de créer le PDF</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>An unexpected error stopped the PDF: %1</source>
        <translation>Une erreur inattendue a interrompu le PDF : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names replaced by roles</source>
        <translation>noms remplacés par les fonctions</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The PDF was not saved</source>
        <translation>Le PDF n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+38"/>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Save as a Word document</source>
        <translation>Enregistrer en document Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the Word document…</source>
        <translation>Création du document Word…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Making the Word document of %1…</source>
        <translation>Création du document Word de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Word document was not saved</source>
        <translation>Le document Word n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Making the Word document was cancelled.</source>
        <translation>La création du document Word a été annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Word document could not be made</source>
        <translation>Impossible de créer le document Word</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Not printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not be started.</source>
        <translation>Impossible de lancer l&apos;imprimante.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Printing was cancelled.</source>
        <translation>L&apos;impression a été annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../counsellor_app/ui/search/search_panel.py" line="+217"/>
        <source>Search notes, comparisons, exchanges, people, organisations (Ctrl+F)</source>
        <translation>Chercher dans les notes, comparaisons, échanges, personnes, organisations (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search everything</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of note</source>
        <translation>Type de note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Problem with the %1 filter</source>
        <translation>Problème avec le filtre « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any kind</source>
        <translation>tous les types</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only observations of this kind</source>
        <translation>Seulement les observations de ce type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes recorded, comparisons observed, from this day</source>
        <translation>Notes prises, comparaisons observées, à partir de ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes recorded, comparisons observed, until this day</source>
        <translation>Notes prises, comparaisons observées, jusqu&apos;à ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search filters</source>
        <translation>Effacer les filtres de recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>No %1 is called “%2”.</source>
        <translation>Aucune fiche (%1) ne s&apos;appelle « %2 ».</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the filter to search.</source>
        <translation>Corrigez le filtre pour chercher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a word or part of a word, in any script; accents need not be typed.</source>
        <translation>Tapez un mot ou une partie de mot, dans n&apos;importe quelle écriture ; inutile de taper les accents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing found.</source>
        <translation>Rien trouvé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n best results; filters narrow them.</source>
        <translation>
            <numerusform>Le meilleur résultat ; les filtres affinent la recherche.</numerusform>
            <numerusform>Les %n meilleurs résultats ; les filtres affinent la recherche.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s), best first — Enter opens the selected one.</source>
        <translation>
            <numerusform>%n résultat, le meilleur d&apos;abord — Entrée ouvre celui choisi.</numerusform>
            <numerusform>%n résultats, les meilleurs d&apos;abord — Entrée ouvre celui choisi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../counsellor_app/ui/search/search_model.py" line="+140"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <location filename="../../counsellor_app/ui/safety/security.py" line="-242"/>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database is encrypted (SQLCipher, AES-256): without its passphrase the file, its backups and its drafts cannot be read. Nobody can recover a forgotten passphrase.</source>
        <translation>Cette base de données est chiffrée (SQLCipher, AES-256) : sans sa phrase secrète, ni le fichier, ni ses sauvegardes, ni le travail non enregistré ne peuvent être lus. Personne ne peut retrouver une phrase secrète oubliée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database is not encrypted: anyone who gets the file (a lost laptop, a copied backup) can read it.</source>
        <translation>Cette base de données n&apos;est pas chiffrée : quiconque obtient le fichier (un portable perdu, une sauvegarde copiée) peut la lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database is on a server: its administrators keep it safe with the server&apos;s own encryption.</source>
        <translation>Cette base de données est sur un serveur : ses administrateurs la protègent avec le chiffrement du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This installation of Exchange Notes cannot encrypt databases: install it with its encryption support.</source>
        <translation>Cette installation d&apos;Exchange Notes ne peut pas chiffrer de base de données : installez-la avec la prise en charge du chiffrement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database was opened read-only: it cannot be encrypted.</source>
        <translation>Cette base de données a été ouverte en lecture seule : elle ne peut pas être chiffrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Encrypt this database…</source>
        <translation>Chiffrer cette base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt this database with a passphrase</source>
        <translation>Chiffrer cette base de données avec une phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change passphrase…</source>
        <translation>Changer la phrase secrète…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the passphrase of this database</source>
        <translation>Changer la phrase secrète de cette base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove encryption…</source>
        <translation>Retirer le chiffrement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn this database back into a plain file</source>
        <translation>Remettre cette base de données en clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete records in the trash for good after:</source>
        <translation>Supprimer définitivement les fiches de la corbeille après :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days a record stays in the trash</source>
        <translation>Jours pendant lesquels une fiche reste dans la corbeille</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked each time Exchange Notes starts. What the history kept of those records goes with them.</source>
        <translation>Vérifié à chaque démarrage d&apos;Exchange Notes. Ce que l&apos;historique avait gardé de ces fiches disparaît avec elles.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/settings_dialog.py" line="+160"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown as who recorded a note</source>
        <translation>Affiché comme auteur d&apos;une note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your agency:</source>
        <translation>Votre organisme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your agency</source>
        <translation>Votre organisme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named with you as who made a report, unless names are replaced</source>
        <translation>Nommé avec vous comme auteur d&apos;un rapport, sauf si les noms sont remplacés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of reports:</source>
        <translation>Langue des rapports&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the window</source>
        <translation>Comme la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of reports</source>
        <translation>Langue des rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size:</source>
        <translation>Format du papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size of reports</source>
        <translation>Format du papier des rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database in use</source>
        <translation>Base de données utilisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another database…</source>
        <translation>Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Open another database</source>
        <translation>Ouvrir une autre base de données</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Backups:</source>
        <translation>Sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder of the automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept by the database server</source>
        <translation>Gérées par le serveur de base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show folder</source>
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the backups folder</source>
        <translation>Afficher le dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exchange Notes databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données Exchange Notes (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>StartupDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/startup_dialog.py" line="+149"/>
        <source>The database cannot be opened</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another program is using the database</source>
        <translation>Un autre programme utilise la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database can only be read</source>
        <translation>La base de données est en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file is not an Exchange Notes database</source>
        <translation>Ce fichier n&apos;est pas une base de données Exchange Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database was not found</source>
        <translation>Base de données introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A newer Exchange Notes made this database</source>
        <translation>Cette base de données a été créée par une version plus récente d&apos;Exchange Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full</source>
        <translation>Le disque est plein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database cannot be reached</source>
        <translation>La base de données est inaccessible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is encrypted</source>
        <translation>La base de données est chiffrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passphrase, or not an Exchange Notes database</source>
        <translation>Phrase secrète incorrecte, ou ce n&apos;est pas une base de données Exchange Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close the other window or program that has it open, then try again. You can also open it read-only to look things up.</source>
        <translation>Fermez l&apos;autre fenêtre ou le programme qui l&apos;a ouverte, puis réessayez. Vous pouvez aussi l&apos;ouvrir en lecture seule pour consulter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You may look at everything, but not change it. To make changes, copy the file to a folder of your own, or ask whoever manages this computer.</source>
        <translation>Vous pouvez tout consulter, mais rien modifier. Pour faire des modifications, copiez le fichier dans un de vos dossiers, ou adressez-vous à la personne qui gère cet ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was left exactly as it is. Choose a backup below: it is copied to a new file beside the damaged one, and that copy is opened.</source>
        <translation>Le fichier a été laissé tel quel. Choisissez une sauvegarde ci-dessous : elle est copiée dans un nouveau fichier à côté du fichier endommagé, et c&apos;est cette copie qui est ouverte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file was left exactly as it is. Choose a backup below, or open another database file.</source>
        <translation>Le fichier a été laissé tel quel. Choisissez une sauvegarde ci-dessous, ou ouvrez un autre fichier de base de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its folder may be on a drive that is not connected. Connect it and try again, or open another database.</source>
        <translation>Son dossier se trouve peut-être sur un lecteur non connecté. Connectez-le et réessayez, ou ouvrez une autre base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the newer version of Exchange Notes to open it.</source>
        <translation>Installez la version plus récente d&apos;Exchange Notes pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free some space on the disk, then try again.</source>
        <translation>Libérez de l&apos;espace sur le disque, puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the network connection, then try again.</source>
        <translation>Vérifiez la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It opens only with its passphrase. Try again to type it, or open another database.</source>
        <translation>Elle ne s&apos;ouvre qu&apos;avec sa phrase secrète. Réessayez de la saisir, ou ouvrez une autre base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file was left exactly as it is. Try again (mind the keyboard&apos;s language and Caps Lock), or open another database.</source>
        <translation>Le fichier a été laissé exactement tel quel. Réessayez (attention à la langue du clavier et au verrouillage des majuscules), ou ouvrez une autre base de données.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you can do</source>
        <translation>Ce que vous pouvez faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Try to open it again</source>
        <translation>Essayer de l&apos;ouvrir à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it to read, without changing anything</source>
        <translation>L&apos;ouvrir pour consulter, sans rien modifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the chosen backup beside the file and open the copy</source>
        <translation>Copier la sauvegarde choisie à côté du fichier et ouvrir la copie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open another database…</source>
        <translation>Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another database file</source>
        <translation>Choisir un autre fichier de base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit Exchange Notes</source>
        <translation>Quitter Exchange Notes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Open another database</source>
        <translation>Ouvrir une autre base de données</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+7"/>
        <source>The database is on a network drive</source>
        <translation>La base de données est sur un lecteur réseau</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <location filename="../../counsellor_app/ui/safety/trash_page.py" line="+171"/>
        <source>Deleted records stay here for %n days, then are deleted for good when Exchange Notes starts (Settings ▸ Security). Restoring a record brings back what was deleted with it.</source>
        <translation>
            <numerusform>Les fiches supprimées restent ici %n jour, puis sont supprimées définitivement au démarrage d&apos;Exchange Notes (Paramètres ▸ Sécurité). Restaurer une fiche rétablit aussi ce qui a été supprimé avec elle.</numerusform>
            <numerusform>Les fiches supprimées restent ici %n jours, puis sont supprimées définitivement au démarrage d&apos;Exchange Notes (Paramètres ▸ Sécurité). Restaurer une fiche rétablit aussi ce qui a été supprimé avec elle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deleted records stay here until the trash is emptied. Restoring a record brings back what was deleted with it.</source>
        <translation>Les fiches supprimées restent ici jusqu&apos;à ce que la corbeille soit vidée. Restaurer une fiche rétablit aussi ce qui a été supprimé avec elle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records in the trash</source>
        <translation>Fiches dans la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected record</source>
        <translation>Restaurer la fiche choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty the trash…</source>
        <translation>Vider la corbeille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+55"/>
        <location line="+4"/>
        <source>Empty the trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>Restored “%1”; records back from the trash: %n</source>
        <translation>
            <numerusform>« %1 » restauré ; fiches sorties de la corbeille : %n</numerusform>
            <numerusform>« %1 » restauré ; fiches sorties de la corbeille : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore “%1”</source>
        <translation>Restaurer « %1 »</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Records in the trash: %n. Delete them for good? This cannot be undone.</source>
        <translation>
            <numerusform>Fiches dans la corbeille : %n. La supprimer définitivement ? C&apos;est irréversible.</numerusform>
            <numerusform>Fiches dans la corbeille : %n. Les supprimer définitivement ? C&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The trash was not emptied</source>
        <translation>La corbeille n&apos;a pas été vidée</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Records deleted for good: %n</source>
        <translation>
            <numerusform>Fiche supprimée définitivement : %n</numerusform>
            <numerusform>Fiches supprimées définitivement : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Records kept in the trash for more than %1 days were deleted for good: %n</source>
        <translation>Fiches gardées plus de %1 jours dans la corbeille, supprimées définitivement : %n</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The trash could not be cleared: %1</source>
        <translation>La corbeille n&apos;a pas pu être vidée : %1</translation>
    </message>
</context>
<context>
    <name>UndoHistory</name>
    <message>
        <location filename="../../counsellor_app/ui/common/undo.py" line="+93"/>
        <source>Could not undo or redo %1</source>
        <translation>Impossible d’annuler ou de rétablir %1</translation>
    </message>
</context>
<context>
    <name>UseAsEvidence</name>
    <message>
        <location filename="../../counsellor_app/ui/comparisons/evidence_picker.py" line="+58"/>
        <source>Use as evidence for…</source>
        <translation>Utiliser comme preuve pour…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attach this observation to a practice of a comparison (%1)</source>
        <translation>Joindre cette observation à une pratique d&apos;une comparaison (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a saved observation first.</source>
        <translation>Choisissez d&apos;abord une observation enregistrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attached as evidence to “%1”.</source>
        <translation>Jointe comme preuve à « %1 ».</translation>
    </message>
</context>
<context>
    <name>UserIdentityDialog</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/first_start.py" line="+64"/>
        <source>Welcome to Exchange Notes</source>
        <translation>Bienvenue dans Exchange Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who is taking the notes? Your name is written on every observation you record and, with your agency, on the reports you print. You can change both later in Settings.</source>
        <translation>Qui prend les notes&#xa0;? Votre nom figure sur chaque observation que vous enregistrez et, avec votre organisme, sur les rapports que vous imprimez. Vous pourrez modifier l’un et l’autre plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name:</source>
        <translation>Votre nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example Marie Dupont</source>
        <translation>par exemple Marie Dupont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your agency:</source>
        <translation>Votre organisme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your agency</source>
        <translation>Votre organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example Fedasil</source>
        <translation>par exemple Fedasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/welcome.py" line="+64"/>
        <source>Welcome to Exchange Notes</source>
        <translation>Bienvenue dans Exchange Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record what you see and hear when your agency exchanges staff with another: quotes with their speakers, lessons, questions, and how each organisation does the same work. Start with an exchange.</source>
        <translation>Notez ce que vous voyez et entendez quand votre agence échange du personnel avec une autre : citations et leurs auteurs, enseignements, questions, et la façon dont chaque organisation fait le même travail. Commencez par un échange.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New exchange</source>
        <translation>Nouvel échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new exchange</source>
        <translation>Commencer un nouvel échange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the example</source>
        <translation>Ouvrir l&apos;exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the example of a French-Belgian exchange</source>
        <translation>Ouvrir l&apos;exemple d&apos;un échange franco-belge</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../counsellor_app/ui/shell/menus.py" line="+156"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search everything…</source>
        <translation>Rechercher &amp;partout…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filtrer la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;List pane</source>
        <translation>Volet de la &amp;liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert changes</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capture observations</source>
        <translation>&amp;Saisie rapide d&apos;observations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the e&amp;xample</source>
        <translation>Ouvrir l’exemp&amp;le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to &amp;my database</source>
        <translation>Revenir à &amp;ma base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Exchange Notes</source>
        <translation>À &amp;propos d&apos;Exchange Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Capture observations of the open exchange (%1)</source>
        <translation>Saisir des observations sur l&apos;échange ouvert (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter	in search results: open the selected record</source>
        <translation>Entrée	dans les résultats de recherche : ouvrir la fiche choisie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc	in the search box: empty it</source>
        <translation>Échap	dans la zone de recherche : la vider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter	in fast capture: save and start the next note</source>
        <translation>Ctrl+Entrée	en saisie rapide : enregistrer et commencer la note suivante</translation>
    </message>
</context>
</TS>
