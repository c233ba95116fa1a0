<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>ClientSheet</name>
    <message>
        <source>same e-mail</source>
        <translation>ten sam e-mail</translation>
    </message>
    <message>
        <source>same NIP</source>
        <translation>ten sam NIP</translation>
    </message>
    <message>
        <source>same CUI/CIF</source>
        <translation>ten sam CUI/CIF</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ta sama nazwa</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>w kolejce</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wysyłanie</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>wysłano</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>błąd</translation>
    </message>
    <message>
        <source>unknown — check</source>
        <translation>nieznany — sprawdź</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Odebrana</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Wysłana (%1)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłana</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Otwórz istniejący rekord</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Planowane zamknięcie</translation>
    </message>
    <message>
        <source>New deal for this client…</source>
        <translation>Nowa szansa dla tego klienta…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <source>From / To</source>
        <translation>Od / do</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Open: %1, closed: %2</source>
        <translation>Otwarte: %1, zamknięte: %2</translation>
    </message>
    <message>
        <source>From: %1
To: %2</source>
        <translation>Od: %1
Do: %2</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Utworzono kontakt</translation>
    </message>
    <message>
        <source>Company created</source>
        <translation>Utworzono firmę</translation>
    </message>
    <message>
        <source>Another contact merged into this one: %1</source>
        <translation>Scalono z tym kontaktem: %1</translation>
    </message>
    <message>
        <source>Another company merged into this one: %1</source>
        <translation>Scalono z tą firmą: %1</translation>
    </message>
    <message>
        <source>Personal data anonymised</source>
        <translation>Dane osobowe zanonimizowane</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Already in Etap: %1 (%2).</source>
        <translation>Już jest w Etapie: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 more similar.</source>
        <translation>Podobnych: jeszcze %1.</translation>
    </message>
    <message>
        <source>%1 is already in Etap. Save a new record anyway?</source>
        <translation>%1 już jest w Etapie. Mimo to zapisać nowy rekord?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Możliwy duplikat</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1</source>
        <translation>W międzyczasie zmieniono: %1</translation>
    </message>
    <message>
        <source>Load the current version? Your unsaved changes will be lost.</source>
        <translation>Wczytać aktualną wersję? Niezapisane zmiany zostaną utracone.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Zmieniono gdzie indziej</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>Zamknąć bez zapisywania zmian?</translation>
    </message>
</context>
</TS>
