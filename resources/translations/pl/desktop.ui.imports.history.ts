<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historia importów</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Revert import…</source>
        <translation>Wycofaj import…</translation>
    </message>
    <message>
        <source>reverted {when}</source>
        <translation>wycofano {when}</translation>
    </message>
    <message>
        <source>Remove what the import of “{file}” created and restore what it updated?</source>
        <translation>Usunąć to, co utworzył import pliku „{file}”, i przywrócić to, co zaktualizował?</translation>
    </message>
    <message>
        <source>{count} deals were changed since and will be kept.</source>
        <translation>Szanse zmienione od czasu importu ({count}) zostaną zachowane.</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>Wycofaj import</translation>
    </message>
    <message>
        <source>Removed: {removed}. Restored: {restored}.</source>
        <translation>Usunięto: {removed}. Przywrócono: {restored}.</translation>
    </message>
    <message>
        <source>Kept because they changed since:</source>
        <translation>Zachowano, bo zmieniły się od czasu importu:</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… i jeszcze {count}.</translation>
    </message>
</context>
</TS>
