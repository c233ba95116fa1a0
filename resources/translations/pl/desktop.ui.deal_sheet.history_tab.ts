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
        <translation>Aktywności</translation>
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
        <source>Deal %1 created in “%2”</source>
        <translation>Utworzono szansę %1 na etapie „%2”</translation>
    </message>
    <message>
        <source>Deal %1 created</source>
        <translation>Utworzono szansę %1</translation>
    </message>
    <message>
        <source>Moved from “%1” to “%2”</source>
        <translation>Przeniesiono z „%1” do „%2”</translation>
    </message>
    <message>
        <source>Reordered in “%1”</source>
        <translation>Zmieniono kolejność na etapie „%1”</translation>
    </message>
    <message>
        <source>Task added: %1</source>
        <translation>Dodano zadanie: %1</translation>
    </message>
    <message>
        <source>Task done: %1</source>
        <translation>Wykonano zadanie: %1</translation>
    </message>
    <message>
        <source>Task reopened: %1</source>
        <translation>Ponownie otwarto zadanie: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notatka: %1</translation>
    </message>
    <message>
        <source>Note deleted: %1</source>
        <translation>Usunięto notatkę: %1</translation>
    </message>
    <message>
        <source>File attached: %1</source>
        <translation>Dołączono plik: %1</translation>
    </message>
    <message>
        <source>File deleted: %1</source>
        <translation>Usunięto plik: %1</translation>
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
        <source>Moved to the trash</source>
        <translation>Przeniesiona do kosza</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Przywrócona z kosza</translation>
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
