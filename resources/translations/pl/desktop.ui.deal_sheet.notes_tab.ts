<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>NotesTab</name>
    <message>
        <source>Write a note about this deal…</source>
        <translation>Napisz notatkę o tej szansie…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Dołącz plik…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Files (up to %1 MB each)</source>
        <translation>Pliki (do %1 MB każdy)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Brak notatek.</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Dołącz plik</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Nie udało się odczytać pliku: %1</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Zapisz plik</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Nie udało się zapisać pliku: %1</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Usuń plik</translation>
    </message>
    <message>
        <source>Delete “%1” from this deal?</source>
        <translation>Usunąć „%1” z tej szansy?</translation>
    </message>
</context>
</TS>
