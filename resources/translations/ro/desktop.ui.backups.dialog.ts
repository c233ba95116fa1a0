<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copii de siguranță</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Făcută la</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mărime</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>No backups yet. Etap makes one every day it runs; or click Back up now.</source>
        <translation>Nu există încă nicio copie de siguranță. Etap face una în fiecare zi în care rulează; sau apăsați „Fă o copie acum”.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Fă o copie acum</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurează…</translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation>Schimbă &amp;dosarul…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Deschide dosarul</translation>
    </message>
    <message>
        <source>Backups are kept in: %1</source>
        <translation>Copiile de siguranță sunt păstrate în: %1</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup of %1?

The current state is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Înlocuiți tot conținutul bazei de date cu copia de siguranță din %1?

Mai întâi se face o copie a stării actuale, astfel încât operația poate fi anulată restaurând acea copie.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurarea copiei de siguranță</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Copia de siguranță a fost restaurată.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Dosarul copiilor de siguranță</translation>
    </message>
</context>
</TS>
