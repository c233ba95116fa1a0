<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>DataSafety</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Wykonaj kopię teraz</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>&amp;Kopie zapasowe…</translation>
    </message>
    <message>
        <source>E&amp;xport all data…</source>
        <translation>&amp;Eksportuj wszystkie dane…</translation>
    </message>
    <message>
        <source>&amp;Move database…</source>
        <translation>&amp;Przenieś bazę danych…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Zapisano kopię zapasową: %1</translation>
    </message>
    <message>
        <source>A backup or check is already running.</source>
        <translation>Kopia zapasowa lub sprawdzanie bazy już trwa.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Trwa wykonywanie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Uszkodzona baza danych</translation>
    </message>
    <message>
        <source>The weekly check found damage in the database:
%1

Close Etap and start it again to restore the newest good backup.</source>
        <translation>Cotygodniowe sprawdzenie wykryło uszkodzenie bazy danych:
%1

Zamknij Etap i uruchom go ponownie, aby przywrócić najnowszą dobrą kopię zapasową.</translation>
    </message>
    <message>
        <source>Move database</source>
        <translation>Przenoszenie bazy danych</translation>
    </message>
    <message>
        <source>Etap database (*.db)</source>
        <translation>Baza danych Etap (*.db)</translation>
    </message>
    <message>
        <source>The database was copied to %1 and Etap will use it from now on. Etap closes now; start it again. The old file stays where it was until you delete it.</source>
        <translation>Baza danych została skopiowana do %1 i od teraz Etap będzie z niej korzystać. Etap zostanie teraz zamknięty; uruchom go ponownie. Stary plik pozostaje na miejscu, dopóki go nie usuniesz.</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Eksport wszystkich danych</translation>
    </message>
    <message>
        <source>Etap data.zip</source>
        <translation>Dane Etap.zip</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Archiwum ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exported %1 tables to %2.</source>
        <translation>Wyeksportowano tabele (%1) do pliku %2.</translation>
    </message>
</context>
</TS>
