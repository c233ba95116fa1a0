<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Wykonana</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <source>No backups yet. Etap makes one every day it runs; or click Back up now.</source>
        <translation>Nie ma jeszcze kopii zapasowych. Etap wykonuje kopię każdego dnia, w którym działa; możesz też kliknąć „Wykonaj kopię teraz”.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Wykonaj kopię teraz</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation>Zmień &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Otwórz folder</translation>
    </message>
    <message>
        <source>Backups are kept in: %1</source>
        <translation>Kopie zapasowe są przechowywane w: %1</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup of %1?

The current state is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Zastąpić całą zawartość bazy kopią zapasową z %1?

Najpierw zostanie wykonana kopia obecnego stanu, więc można to cofnąć, przywracając tę kopię.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Kopia zapasowa została przywrócona.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Folder kopii zapasowych</translation>
    </message>
</context>
</TS>
