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
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
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
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>Zamknąć bez zapisywania zmian?</translation>
    </message>
</context>
</TS>
