<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The backup could not be made: {reason}</source>
        <translation>Nie udało się wykonać kopii zapasowej: {reason}</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: {reason}</source>
        <translation>Ta kopia zapasowa jest uszkodzona i nie można jej przywrócić: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>Nie udało się przywrócić kopii zapasowej: {reason}</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file.</source>
        <translation>Plik {path} już istnieje; wybierz nowy plik.</translation>
    </message>
    <message>
        <source>Only a database file on this computer can be moved.</source>
        <translation>Przenieść można tylko plik bazy danych na tym komputerze.</translation>
    </message>
    <message>
        <source>The database is already there.</source>
        <translation>Baza danych już się tam znajduje.</translation>
    </message>
    <message>
        <source>The database could not be moved: {reason}</source>
        <translation>Nie udało się przenieść bazy danych: {reason}</translation>
    </message>
</context>
</TS>
