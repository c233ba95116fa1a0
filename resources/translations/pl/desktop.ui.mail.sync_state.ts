<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>MailStateLabel</name>
    <message>
        <source>Mail: no password on this computer</source>
        <translation>Poczta: brak hasła na tym komputerze</translation>
    </message>
    <message>
        <source>This computer has no password for the mailbox, so it does not fetch mail itself; copies of Etap that have it do. Enter it in Tools → Mail settings to fetch mail here too.</source>
        <translation>Ten komputer nie ma hasła do skrzynki pocztowej, więc sam nie pobiera poczty; robią to kopie Etapu, które je mają. Wpisz je w Narzędzia → Ustawienia poczty, aby pobierać pocztę także tutaj.</translation>
    </message>
    <message>
        <source>Mail: being checked on another computer</source>
        <translation>Poczta: sprawdzana na innym komputerze</translation>
    </message>
    <message>
        <source>Another copy of Etap was checking the mailbox, so this one skipped its check.</source>
        <translation>Inna kopia Etapu sprawdzała właśnie skrzynkę, więc ta pominęła swoje sprawdzenie.</translation>
    </message>
    <message>
        <source>Mail: checked %1</source>
        <translation>Poczta: sprawdzona %1</translation>
    </message>
    <message>
        <source>Mail: the last check failed</source>
        <translation>Poczta: ostatnie sprawdzenie nie powiodło się</translation>
    </message>
    <message>
        <source>No copy of Etap has checked the mailbox yet.</source>
        <translation>Żadna kopia Etapu nie sprawdziła jeszcze skrzynki.</translation>
    </message>
    <message>
        <source>Last check: %1 on %2 for %3</source>
        <translation>Ostatnie sprawdzenie: %1 na komputerze %2 dla: %3</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Nie powiodło się: %1</translation>
    </message>
</context>
</TS>
