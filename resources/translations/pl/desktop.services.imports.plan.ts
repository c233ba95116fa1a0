<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The row has {count} cells; the header has {expected}.</source>
        <translation>Wiersz ma komórek: {count}; nagłówek ma: {expected}.</translation>
    </message>
    <message>
        <source>Left out by the user.</source>
        <translation>Pominięty przez użytkownika.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Kwota nie może być ujemna.</translation>
    </message>
    <message>
        <source>The column mixes day-first and month-first dates.</source>
        <translation>Kolumna miesza daty zapisane od dnia i od miesiąca.</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>„{text}” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid NIP or CUI (its check digit does not match).</source>
        <translation>„{text}” nie jest poprawnym NIP ani CUI (cyfra kontrolna się nie zgadza).</translation>
    </message>
    <message>
        <source>“{text}” is not in the catalogue; the catalogue has “{near}”.</source>
        <translation>„{text}” nie ma w katalogu; w katalogu jest „{near}”.</translation>
    </message>
    <message>
        <source>“{text}” is not in the catalogue.</source>
        <translation>„{text}” nie ma w katalogu.</translation>
    </message>
    <message>
        <source>The row has no name and no e-mail.</source>
        <translation>Wiersz nie ma nazwiska ani adresu e-mail.</translation>
    </message>
    <message>
        <source>The row has no company name.</source>
        <translation>Wiersz nie ma nazwy firmy.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Wiersz nie ma imienia i nazwiska.</translation>
    </message>
    <message>
        <source>The row has no product name.</source>
        <translation>Wiersz nie ma nazwy produktu.</translation>
    </message>
    <message>
        <source>“{text}” is not a stage of the process.</source>
        <translation>„{text}” nie jest etapem tego procesu.</translation>
    </message>
    <message>
        <source>“{text}” is not a status (open, won, lost).</source>
        <translation>„{text}” nie jest statusem (otwarta, wygrana, przegrana).</translation>
    </message>
    <message>
        <source>The row has no stage.</source>
        <translation>Wiersz nie ma etapu.</translation>
    </message>
    <message>
        <source>No user “{text}”; the deal will have no owner.</source>
        <translation>Brak użytkownika „{text}”; szansa nie będzie miała opiekuna.</translation>
    </message>
    <message>
        <source>The row has no title, company or contact to name it.</source>
        <translation>Wiersz nie ma tytułu, firmy ani kontaktu, od którego można nazwać szansę.</translation>
    </message>
    <message>
        <source>The closing date is before the creation date.</source>
        <translation>Data zamknięcia jest wcześniejsza niż data utworzenia.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>„{text}” nie jest numerem telefonu.</translation>
    </message>
</context>
</TS>
