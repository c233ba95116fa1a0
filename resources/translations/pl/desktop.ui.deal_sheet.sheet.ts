<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>DealSheet</name>
    <message>
        <source>Edit %1</source>
        <translation>Edycja: %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Show the stored version; your unsaved changes are dropped</source>
        <translation>Pokaż zapisaną wersję; Twoje niezapisane zmiany przepadną</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Powiel…</translation>
    </message>
    <message>
        <source>A new deal with the same fields, in the same stage</source>
        <translation>Nowa szansa z tymi samymi polami, w tym samym etapie</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Move the deal to the trash (managers can restore it)</source>
        <translation>Przenieś szansę do kosza (menedżerowie mogą ją przywrócić)</translation>
    </message>
    <message>
        <source>Move to process…</source>
        <translation>Do procesu…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Więcej</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; attachments</source>
        <translation>Notatki i załączniki</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Kalkulacja</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>ktoś inny</translation>
    </message>
    <message>
        <source>Changed by %1 — reload?</source>
        <translation>Zmienione przez: %1 — wczytać ponownie?</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etap</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1</source>
        <translation>W międzyczasie zmieniono: %1</translation>
    </message>
    <message>
        <source>Load the current version? Your unsaved changes will be lost.</source>
        <translation>Wczytać aktualną wersję? Niezapisane zmiany zostaną utracone.</translation>
    </message>
    <message>
        <source>Deal changed elsewhere</source>
        <translation>Szansa zmieniona gdzie indziej</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Duplicate deal</source>
        <translation>Powiel szansę</translation>
    </message>
    <message>
        <source>Title of the new deal:</source>
        <translation>Tytuł nowej szansy:</translation>
    </message>
    <message>
        <source>Move to process</source>
        <translation>Przenieś do procesu</translation>
    </message>
    <message>
        <source>There is no other process to move to.</source>
        <translation>Nie ma innego procesu, do którego można przenieść szansę.</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>No stage has the same name. Stage:</source>
        <translation>Żaden etap nie ma tej samej nazwy. Etap:</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? Managers can restore it with everything it has.</source>
        <translation>Przenieść „%1” do kosza? Menedżerowie mogą ją przywrócić ze wszystkim, co zawiera.</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Usuń szansę</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>Zamknąć bez zapisywania zmian?</translation>
    </message>
</context>
</TS>
