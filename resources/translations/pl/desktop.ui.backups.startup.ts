<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>DataSafety</name>
    <message>
        <source>The weekly full check found this file damaged.</source>
        <translation>Cotygodniowe pełne sprawdzenie wykryło uszkodzenie tego pliku.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Uszkodzona baza danych</translation>
    </message>
    <message>
        <source>The database %1 is damaged and there is no good backup to restore. Etap will not open it, so nothing more is lost; keep the file for a specialist.

%2</source>
        <translation>Baza danych %1 jest uszkodzona i nie ma dobrej kopii zapasowej do przywrócenia. Etap jej nie otworzy, aby nic więcej nie zostało utracone; zachowaj plik dla specjalisty.

%2</translation>
    </message>
    <message>
        <source>The database %1 is damaged.

Restore the newest good backup, taken %2 (%3 deals)? The damaged file is kept beside it, untouched. Choose No to quit without opening it.

%4</source>
        <translation>Baza danych %1 jest uszkodzona.

Przywrócić najnowszą dobrą kopię zapasową z %2 (szanse: %3)? Uszkodzony plik zostanie zachowany obok, nienaruszony. Wybierz „Nie”, aby zakończyć bez otwierania bazy.

%4</translation>
    </message>
    <message>
        <source>It is on a network drive.</source>
        <translation>Znajduje się na dysku sieciowym.</translation>
    </message>
    <message>
        <source>It is in a folder synchronised to the cloud (OneDrive, Dropbox, Google Drive, iCloud).</source>
        <translation>Znajduje się w folderze synchronizowanym z chmurą (OneDrive, Dropbox, Google Drive, iCloud).</translation>
    </message>
    <message>
        <source>The database %1 may be damaged where it is. %2 Such folders can copy or lock the file half-way through a save. Close Etap, move the file (with its -wal file, if any) to a folder on this computer, and start Etap with that file; teams share a PostgreSQL server instead.</source>
        <translation>Baza danych %1 może ulec uszkodzeniu w tym miejscu. %2 Takie foldery potrafią skopiować lub zablokować plik w trakcie zapisu. Zamknij Etap, przenieś plik (wraz z plikiem -wal, jeśli istnieje) do folderu na tym komputerze i uruchom Etap z tym plikiem; zespoły korzystają zamiast tego ze wspólnego serwera PostgreSQL.</translation>
    </message>
    <message>
        <source>Unsafe database folder</source>
        <translation>Niebezpieczne położenie bazy danych</translation>
    </message>
</context>
</TS>
