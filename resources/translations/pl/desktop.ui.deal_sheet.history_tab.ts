<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>History</name>
    <message>
        <source>Field changes</source>
        <translation>Zmiany pól</translation>
    </message>
    <message>
        <source>Stage moves</source>
        <translation>Przejścia między etapami</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Notes and files</source>
        <translation>Notatki i pliki</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <source>Calculations and offers</source>
        <translation>Kalkulacje i oferty</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Wyzwalacze</translation>
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
        <source>Completed the activity %1</source>
        <translation>Wykonano działanie %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>notatka: %1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>plik: %1</translation>
    </message>
    <message>
        <source>Trigger ran: %1</source>
        <translation>Wyzwalacz zadziałał: %1</translation>
    </message>
    <message>
        <source>Trigger ran</source>
        <translation>Wyzwalacz zadziałał</translation>
    </message>
    <message>
        <source>Trigger failed: %1</source>
        <translation>Wyzwalacz nie zadziałał: %1</translation>
    </message>
    <message>
        <source>Trigger failed</source>
        <translation>Wyzwalacz nie zadziałał</translation>
    </message>
    <message>
        <source>Created the deal %1 in the stage %2</source>
        <translation>Utworzono szansę %1 w etapie %2</translation>
    </message>
    <message>
        <source>Created the deal %1</source>
        <translation>Utworzono szansę %1</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Przeniesiono z etapu %1 do %2</translation>
    </message>
    <message>
        <source>Changed the order in the stage %1</source>
        <translation>Zmieniono kolejność w etapie %1</translation>
    </message>
    <message>
        <source>Undid the activity %1</source>
        <translation>Cofnięto wykonanie działania %1</translation>
    </message>
    <message>
        <source>Added the calculation %1</source>
        <translation>Dodano kalkulację %1</translation>
    </message>
    <message>
        <source>Copied a calculation as %1</source>
        <translation>Skopiowano kalkulację jako %1</translation>
    </message>
    <message>
        <source>Deleted the calculation %1</source>
        <translation>Usunięto kalkulację %1</translation>
    </message>
    <message>
        <source>Created the offer %1</source>
        <translation>Utworzono ofertę %1</translation>
    </message>
    <message>
        <source>Added the task %1, due %2</source>
        <translation>Dodano zadanie %1 z terminem %2</translation>
    </message>
    <message>
        <source>Added the task %1</source>
        <translation>Dodano zadanie %1</translation>
    </message>
    <message>
        <source>Completed the task %1</source>
        <translation>Wykonano zadanie %1</translation>
    </message>
    <message>
        <source>Reopened the task %1</source>
        <translation>Przywrócono zadanie %1</translation>
    </message>
    <message>
        <source>Added a note: %1</source>
        <translation>Dodano notatkę: %1</translation>
    </message>
    <message>
        <source>Deleted a note: %1</source>
        <translation>Usunięto notatkę: %1</translation>
    </message>
    <message>
        <source>Attached the file %1</source>
        <translation>Dołączono plik %1</translation>
    </message>
    <message>
        <source>Deleted the file %1</source>
        <translation>Usunięto plik %1</translation>
    </message>
    <message>
        <source>Queued an e-mail to %1: %2</source>
        <translation>Przygotowano do wysłania e-mail do %1: %2</translation>
    </message>
    <message>
        <source>Sent an e-mail to %1: %2</source>
        <translation>Wysłano e-mail do %1: %2</translation>
    </message>
    <message>
        <source>Could not send the e-mail to %1: %2</source>
        <translation>Nie udało się wysłać e-maila do %1: %2</translation>
    </message>
    <message>
        <source>Unknown whether the e-mail to %1 was delivered (the connection broke): %2</source>
        <translation>Nie wiadomo, czy e-mail do %1 dotarł (połączenie zostało przerwane): %2</translation>
    </message>
    <message>
        <source>Marked the e-mail to %1 as sent: %2</source>
        <translation>Oznaczono e-mail do %1 jako wysłany: %2</translation>
    </message>
    <message>
        <source>Queued the e-mail to %1 again: %2</source>
        <translation>Ponownie przygotowano e-mail do %1: %2</translation>
    </message>
    <message>
        <source>Moved the deal to the trash</source>
        <translation>Przeniesiono szansę do kosza</translation>
    </message>
    <message>
        <source>Restored the deal from the trash</source>
        <translation>Przywrócono szansę z kosza</translation>
    </message>
    <message>
        <source>Updated by an import: %1</source>
        <translation>Zaktualizowano importem: %1</translation>
    </message>
    <message>
        <source>Moved from the process %1 to %2</source>
        <translation>Przeniesiono z procesu %1 do %2</translation>
    </message>
    <message>
        <source>Other change (%1)</source>
        <translation>Inna zmiana (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s)</source>
        <translation>
            <numerusform>Dołączono %n plik</numerusform>
            <numerusform>Dołączono %n pliki</numerusform>
            <numerusform>Dołączono %n plików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n task(s)</source>
        <translation>
            <numerusform>Dodano %n zadanie</numerusform>
            <numerusform>Dodano %n zadania</numerusform>
            <numerusform>Dodano %n zadań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n note(s)</source>
        <translation>
            <numerusform>Dodano %n notatkę</numerusform>
            <numerusform>Dodano %n notatki</numerusform>
            <numerusform>Dodano %n notatek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n e-mail(s)</source>
        <translation>
            <numerusform>Przygotowano %n e-mail</numerusform>
            <numerusform>Przygotowano %n e-maile</numerusform>
            <numerusform>Przygotowano %n e-maili</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Completed %n activities</source>
        <translation>
            <numerusform>Wykonano %n działanie</numerusform>
            <numerusform>Wykonano %n działania</numerusform>
            <numerusform>Wykonano %n działań</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Oznaczono jako spam</translation>
    </message>
    <message>
        <source>Restored from spam</source>
        <translation>Przywrócono ze spamu</translation>
    </message>
    <message>
        <source>Duplicated from %1</source>
        <translation>Powielona z %1</translation>
    </message>
    <message>
        <source>Offer accepted: %1</source>
        <translation>Oferta przyjęta: %1</translation>
    </message>
    <message>
        <source>Offer rejected: %1</source>
        <translation>Oferta odrzucona: %1</translation>
    </message>
    <message>
        <source>Offer not decided any more: %1</source>
        <translation>Oferta znowu bez decyzji: %1</translation>
    </message>
    <message>
        <source>E-mail received from %1: %2</source>
        <translation>Odebrano e-mail od %1: %2</translation>
    </message>
    <message>
        <source>E-mail sent from another program to %1: %2</source>
        <translation>E-mail wysłany z innego programu do %1: %2</translation>
    </message>
    <message>
        <source>E-mail from %1 filed to this deal: %2</source>
        <translation>E-mail od %1 przypisany do tej szansy: %2</translation>
    </message>
    <message>
        <source>Read receipt from %1: %2</source>
        <translation>Potwierdzenie przeczytania od %1: %2</translation>
    </message>
    <message>
        <source>E-mail to %1 found in the Sent folder, so it was sent: %2</source>
        <translation>E-mail do %1 znaleziony w folderze wysłanych, więc został wysłany: %2</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Everything</source>
        <translation>Wszystko</translation>
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
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
</context>
</TS>
