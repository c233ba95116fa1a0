<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>DataSafety</name>
    <message>
        <source>The weekly full check found this file damaged.</source>
        <translation>Verificarea completă săptămânală a găsit acest fișier deteriorat.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Bază de date deteriorată</translation>
    </message>
    <message>
        <source>The database %1 is damaged and there is no good backup to restore. Etap will not open it, so nothing more is lost; keep the file for a specialist.

%2</source>
        <translation>Baza de date %1 este deteriorată și nu există nicio copie de siguranță bună de restaurat. Etap nu o va deschide, ca să nu se mai piardă nimic; păstrați fișierul pentru un specialist.

%2</translation>
    </message>
    <message>
        <source>The database %1 is damaged.

Restore the newest good backup, taken %2 (%3 deals)? The damaged file is kept beside it, untouched. Choose No to quit without opening it.

%4</source>
        <translation>Baza de date %1 este deteriorată.

Restaurați cea mai recentă copie de siguranță bună, din %2 (oportunități: %3)? Fișierul deteriorat este păstrat alături, neatins. Alegeți „Nu” pentru a ieși fără a o deschide.

%4</translation>
    </message>
    <message>
        <source>It is on a network drive.</source>
        <translation>Se află pe o unitate de rețea.</translation>
    </message>
    <message>
        <source>It is in a folder synchronised to the cloud (OneDrive, Dropbox, Google Drive, iCloud).</source>
        <translation>Se află într-un dosar sincronizat cu cloudul (OneDrive, Dropbox, Google Drive, iCloud).</translation>
    </message>
    <message>
        <source>The database %1 may be damaged where it is. %2 Such folders can copy or lock the file half-way through a save. Close Etap, move the file (with its -wal file, if any) to a folder on this computer, and start Etap with that file; teams share a PostgreSQL server instead.</source>
        <translation>Baza de date %1 se poate deteriora acolo unde se află. %2 Astfel de dosare pot copia sau bloca fișierul în timpul unei salvări. Închideți Etap, mutați fișierul (împreună cu fișierul -wal, dacă există) într-un dosar de pe acest calculator și porniți Etap cu acel fișier; echipele folosesc în schimb un server PostgreSQL comun.</translation>
    </message>
    <message>
        <source>Unsafe database folder</source>
        <translation>Locație nesigură a bazei de date</translation>
    </message>
</context>
</TS>
