<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>DataSafety</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Fă o copie acum</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>&amp;Copii de siguranță…</translation>
    </message>
    <message>
        <source>E&amp;xport all data…</source>
        <translation>E&amp;xportă toate datele…</translation>
    </message>
    <message>
        <source>&amp;Move database…</source>
        <translation>&amp;Mută baza de date…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Copie de siguranță</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Copia de siguranță a fost salvată: %1</translation>
    </message>
    <message>
        <source>A backup or check is already running.</source>
        <translation>O copie de siguranță sau o verificare este deja în curs.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Se face copia de siguranță…</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Bază de date deteriorată</translation>
    </message>
    <message>
        <source>The weekly check found damage in the database:
%1

Close Etap and start it again to restore the newest good backup.</source>
        <translation>Verificarea săptămânală a găsit deteriorări în baza de date:
%1

Închideți Etap și porniți-l din nou pentru a restaura cea mai recentă copie de siguranță bună.</translation>
    </message>
    <message>
        <source>Move database</source>
        <translation>Mutarea bazei de date</translation>
    </message>
    <message>
        <source>Etap database (*.db)</source>
        <translation>Bază de date Etap (*.db)</translation>
    </message>
    <message>
        <source>The database was copied to %1 and Etap will use it from now on. Etap closes now; start it again. The old file stays where it was until you delete it.</source>
        <translation>Baza de date a fost copiată în %1 și Etap o va folosi de acum înainte. Etap se închide acum; porniți-l din nou. Fișierul vechi rămâne unde era până când îl ștergeți.</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exportul tuturor datelor</translation>
    </message>
    <message>
        <source>Etap data.zip</source>
        <translation>Date Etap.zip</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Arhivă ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exported %1 tables to %2.</source>
        <translation>Au fost exportate tabele (%1) în %2.</translation>
    </message>
</context>
</TS>
