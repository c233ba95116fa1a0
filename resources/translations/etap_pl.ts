<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>ClientColumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FunnelColumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished">Źródło</translation>
    </message>
    <message>
        <source>QuickRange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished">Import</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished">(brak)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Ustawienia</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <source>(weight %1)</source>
        <translation>(waga %1)</translation>
    </message>
    <message>
        <source>Done %1 by %2</source>
        <translation>Wykonano %1, %2</translation>
    </message>
    <message>
        <source>You may not perform this activity.</source>
        <translation>Nie możesz wykonać tego działania.</translation>
    </message>
    <message>
        <source>Tick what is done. * marks activities required before the deal can be won.</source>
        <translation>Zaznacz, co zostało wykonane. * oznacza działania wymagane przed wygraniem szansy.</translation>
    </message>
    <message>
        <source>This stage has no activities. Managers add them in Process → Configure process.</source>
        <translation>Ten etap nie ma działań. Menedżerowie dodają je w menu Proces → Konfiguruj proces.</translation>
    </message>
    <message>
        <source>Note (required):</source>
        <translation>Notatka (wymagana):</translation>
    </message>
    <message>
        <source>File for “%1”</source>
        <translation>Plik do „%1”</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Nie udało się odczytać pliku: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Po: %1</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Anyone</source>
        <translation>Każdy</translation>
    </message>
    <message>
        <source>Managers and admins</source>
        <translation>Menedżerowie i administratorzy</translation>
    </message>
    <message>
        <source>Admins only</source>
        <translation>Tylko administratorzy</translation>
    </message>
    <message>
        <source>Chosen users</source>
        <translation>Wybrani użytkownicy</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nic</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>A note with a file</source>
        <translation>Notatka z plikiem</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administratorów</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Menedżerów</translation>
    </message>
    <message>
        <source>Deal participants</source>
        <translation>Uczestników szansy</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Selected activity</source>
        <translation>Wybrane działanie</translation>
    </message>
    <message>
        <source>Mandatory before the deal can be won</source>
        <translation>Obowiązkowa przed wygraniem szansy</translation>
    </message>
    <message>
        <source>Open a follow-up task form when done</source>
        <translation>Po wykonaniu otwórz formularz zadania</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Waga:</translation>
    </message>
    <message>
        <source>Who may perform:</source>
        <translation>Kto może wykonać:</translation>
    </message>
    <message>
        <source>Completing needs:</source>
        <translation>Wykonanie wymaga:</translation>
    </message>
    <message>
        <source>Notify when done:</source>
        <translation>Po wykonaniu powiadom:</translation>
    </message>
</context>
<context>
    <name>ActivityName</name>
    <message>
        <source>Check the company&apos;s data</source>
        <translation>Weryfikacja danych firmy</translation>
    </message>
    <message>
        <source>Identify the decision maker</source>
        <translation>Ustalenie osoby decyzyjnej</translation>
    </message>
    <message>
        <source>First phone call</source>
        <translation>Pierwsza rozmowa telefoniczna</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Pierwsze spotkanie</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Rozpoznanie potrzeb</translation>
    </message>
    <message>
        <source>Budget confirmed</source>
        <translation>Potwierdzony budżet</translation>
    </message>
    <message>
        <source>Offer sent</source>
        <translation>Wysłana oferta</translation>
    </message>
    <message>
        <source>Offer discussed with the client</source>
        <translation>Oferta omówiona z klientem</translation>
    </message>
</context>
<context>
    <name>AddClientsDialog</name>
    <message>
        <source>Add clients to “%1”</source>
        <translation>Dodaj klientów do etapu „%1”</translation>
    </message>
    <message>
        <source>Search name, company, e-mail or phone</source>
        <translation>Szukaj po nazwisku, firmie, e-mailu lub telefonie</translation>
    </message>
    <message>
        <source>Create deals</source>
        <translation>Utwórz szanse</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation>Żaden kontakt nie pasuje.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) chosen</source>
        <translation>
            <numerusform>Wybrano %n kontakt</numerusform>
            <numerusform>Wybrano %n kontakty</numerusform>
            <numerusform>Wybrano %n kontaktów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Wykonana</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <source>No backups yet. Etap makes one every day it runs; or click Back up now.</source>
        <translation>Nie ma jeszcze kopii zapasowych. Etap wykonuje kopię każdego dnia, w którym działa; możesz też kliknąć „Wykonaj kopię teraz”.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Wykonaj kopię teraz</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation>Zmień &amp;folder…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Otwórz folder</translation>
    </message>
    <message>
        <source>Backups are kept in: %1</source>
        <translation>Kopie zapasowe są przechowywane w: %1</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup of %1?

The current state is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Zastąpić całą zawartość bazy kopią zapasową z %1?

Najpierw zostanie wykonana kopia obecnego stanu, więc można to cofnąć, przywracając tę kopię.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Kopia zapasowa została przywrócona.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Folder kopii zapasowych</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Add clients…</source>
        <translation>Dodaj klientów…</translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation>Wyślij wiadomość…</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Eksportuj kontakty…</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Wyślij wiadomość</translation>
    </message>
    <message>
        <source>There are no deals in this stage.</source>
        <translation>Na tym etapie nie ma szans sprzedaży.</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>klienci</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Eksport kontaktów</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Nie udało się zapisać pliku: %1</translation>
    </message>
    <message>
        <source>Rows written: %1
File: %2</source>
        <translation>Zapisane wiersze: %1
Plik: %2</translation>
    </message>
    <message>
        <source>Task overdue</source>
        <translation>Zadanie zaległe</translation>
    </message>
    <message>
        <source>Task today</source>
        <translation>Zadanie na dziś</translation>
    </message>
    <message>
        <source>Task planned</source>
        <translation>Zadanie zaplanowane</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Brak zadania</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Bez opiekuna</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Search title, number, company or contact (Ctrl+F)</source>
        <translation>Szukaj po tytule, numerze, firmie lub kontakcie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add the first deal</source>
        <translation>Dodaj pierwszą szansę</translation>
    </message>
    <message>
        <source>Find deals</source>
        <translation>Znajdź szanse</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>Przenieś na następny etap</translation>
    </message>
    <message>
        <source>Move to previous stage</source>
        <translation>Przenieś na poprzedni etap</translation>
    </message>
    <message>
        <source>Filtered: “%1”</source>
        <translation>Filtr: „%1”</translation>
    </message>
    <message>
        <source>Move “%1” to “%2”</source>
        <translation>Przeniesienie „%1” do „%2”</translation>
    </message>
</context>
<context>
    <name>BulkSendDialog</name>
    <message>
        <source>Send follow-up</source>
        <translation>Wyślij follow-up</translation>
    </message>
    <message numerus="yes">
        <source>Selected deals (%n)</source>
        <translation>
            <numerusform>Wybrana szansa (%n)</numerusform>
            <numerusform>Wybrane szanse (%n)</numerusform>
            <numerusform>Wybrane szanse (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Wszystkie etapy</translation>
    </message>
    <message>
        <source>Prepare messages</source>
        <translation>Przygotuj wiadomości</translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation>Szanse:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Poprzednia</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Następna ▶</translation>
    </message>
    <message>
        <source>Ask for a read receipt</source>
        <translation>Poproś o potwierdzenie przeczytania</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Przerwij wysyłanie</translation>
    </message>
    <message>
        <source>There are no e-mail templates yet (Tools → E-mail templates…).</source>
        <translation>Nie ma jeszcze szablonów e-mail (Narzędzia → Szablony e-mail…).</translation>
    </message>
    <message>
        <source>Choose the deals and a template, then prepare the messages.</source>
        <translation>Wybierz szanse i szablon, a następnie przygotuj wiadomości.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) skipped, no valid e-mail address: %1</source>
        <translation>
            <numerusform>Pominięto %n szansę bez poprawnego adresu e-mail: %1</numerusform>
            <numerusform>Pominięto %n szanse bez poprawnego adresu e-mail: %1</numerusform>
            <numerusform>Pominięto %n szans bez poprawnego adresu e-mail: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) skipped, the contact has no marketing consent: %1</source>
        <translation>
            <numerusform>Pominięto %n szansę, kontakt nie ma zgody marketingowej: %1</numerusform>
            <numerusform>Pominięto %n szanse, kontakty nie mają zgody marketingowej: %1</numerusform>
            <numerusform>Pominięto %n szans, kontakty nie mają zgody marketingowej: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal to send to.</source>
        <translation>Brak szans, do których można wysłać wiadomość.</translation>
    </message>
    <message>
        <source>Empty placeholders: %1</source>
        <translation>Puste pola: %1</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>Wiadomość %1 z %2</translation>
    </message>
    <message>
        <source>No message is ticked.</source>
        <translation>Nie zaznaczono żadnej wiadomości.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued, sending…</source>
        <translation>
            <numerusform>%n wiadomość w kolejce, wysyłanie…</numerusform>
            <numerusform>%n wiadomości w kolejce, wysyłanie…</numerusform>
            <numerusform>%n wiadomości w kolejce, wysyłanie…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1, failed: %2, waiting in the outbox: %3</source>
        <translation>Wysłane: %1, nieudane: %2, oczekujące w skrzynce nadawczej: %3</translation>
    </message>
</context>
<context>
    <name>CalculationDialog</name>
    <message>
        <source>Calculation and offer</source>
        <translation>Kalkulacja i oferta</translation>
    </message>
</context>
<context>
    <name>CalculationWidget</name>
    <message>
        <source>Calculations are switched off for all deals (Tools › Settings). The deal keeps its value and cost.</source>
        <translation>Kalkulacje są wyłączone dla wszystkich szans (Narzędzia › Ustawienia). Szansa zachowuje swoją wartość i koszt.</translation>
    </message>
    <message>
        <source>New variant…</source>
        <translation>Nowy wariant…</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Kopiuj…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Use for the deal</source>
        <translation>Użyj w szansie</translation>
    </message>
    <message>
        <source>This variant&apos;s net value and cost become the deal&apos;s value and cost</source>
        <translation>Wartość netto i koszt tego wariantu stają się wartością i kosztem szansy</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Wariant:</translation>
    </message>
    <message>
        <source>No calculation yet. Click “New variant…” to price an offer.</source>
        <translation>Brak kalkulacji. Kliknij „Nowy wariant…”, aby wycenić ofertę.</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Dodaj produkt…</translation>
    </message>
    <message>
        <source>Add free-text line</source>
        <translation>Dodaj pozycję opisową</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Usuń pozycję</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>Netto:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>VAT:</translation>
    </message>
    <message>
        <source>Gross:</source>
        <translation>Brutto:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Koszt:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Marża:</translation>
    </message>
    <message>
        <source>Margin % of net:</source>
        <translation>Marża % (od netto):</translation>
    </message>
    <message>
        <source>Markup % of cost:</source>
        <translation>Narzut % (od kosztu):</translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation>Zysk:</translation>
    </message>
    <message>
        <source>In deal currency (net / cost):</source>
        <translation>W walucie szansy (netto / koszt):</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Warunki</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (wybrany)</translation>
    </message>
    <message>
        <source>New variant</source>
        <translation>Nowy wariant</translation>
    </message>
    <message>
        <source>Name of the variant:</source>
        <translation>Nazwa wariantu:</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Wariant %1</translation>
    </message>
    <message>
        <source>Copy variant</source>
        <translation>Kopiuj wariant</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nazwa kopii:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Rename variant</source>
        <translation>Zmień nazwę wariantu</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <source>Delete the variant “%1” and its lines?</source>
        <translation>Usunąć wariant „%1” wraz z jego pozycjami?</translation>
    </message>
    <message>
        <source>Delete variant</source>
        <translation>Usuń wariant</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nowa pozycja</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>Najpierw zaznacz pozycję.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Add to calendar</source>
        <translation>Dodaj do kalendarza</translation>
    </message>
    <message>
        <source>This task has no due time or is done.</source>
        <translation>To zadanie nie ma terminu albo jest wykonane.</translation>
    </message>
    <message>
        <source>No calendar application opened the file; import it from %1.</source>
        <translation>Żaden program kalendarza nie otworzył pliku; zaimportuj go z %1.</translation>
    </message>
    <message>
        <source>Export my tasks</source>
        <translation>Eksport moich zadań</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Tasks exported: %1. Without a due time, left out: %2.</source>
        <translation>Wyeksportowano zadań: %1. Pominięto bez terminu: %2.</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nowa kampania…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Usuń z kampanii</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>wyzwalacz</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>ręcznie</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nowa kampania</translation>
    </message>
    <message>
        <source>Name of the campaign:</source>
        <translation>Nazwa kampanii:</translation>
    </message>
    <message>
        <source>Export campaign</source>
        <translation>Eksport kampanii</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contacts exported: %1</source>
        <translation>Wyeksportowane kontakty: %1</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>offer opened</source>
        <translation>oferta otwarta</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n dzień na etapie</numerusform>
            <numerusform>%n dni na etapie</numerusform>
            <numerusform>%n dni na etapie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Produkty i usługi</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Cenniki</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Kursy walut</translation>
    </message>
</context>
<context>
    <name>ClientColumn</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <source>CUI/CIF</source>
        <translation>CUI/CIF</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Strona www</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nowy…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Filter “%1”…</source>
        <translation>Filtruj „%1”…</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Przywróć domyślne kolumny</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filtr kolumny</translation>
    </message>
    <message>
        <source>Show rows whose “%1” contains:</source>
        <translation>Pokaż wiersze, w których „%1” zawiera:</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Zaznaczono: %1</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Scal…</translation>
    </message>
    <message>
        <source>Merge two selected duplicates into one</source>
        <translation>Scal dwa zaznaczone duplikaty w jeden rekord</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scalanie</translation>
    </message>
    <message>
        <source>Select exactly two records.</source>
        <translation>Zaznacz dokładnie dwa rekordy.</translation>
    </message>
    <message>
        <source>Keep this record:</source>
        <translation>Zachowaj ten rekord:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Skoroszyt Excel (*.xlsx);;CSV rozdzielany średnikami (*.csv)</translation>
    </message>
    <message>
        <source>Exported rows: %1</source>
        <translation>Wyeksportowano wierszy: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
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
<context>
    <name>CompaniesView</name>
    <message>
        <source>Search name, NIP, CUI, city, e-mail, phone…</source>
        <translation>Szukaj nazwy, NIP, CUI, miasta, e-maila, telefonu…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(ies)? This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć %n firmę? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n firmy? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n firm? Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” will be merged into “%2” and deleted. Its deals (%3), contacts and history move to “%2”; empty fields of “%2” take its values. Merge?</source>
        <translation>„%1” zostanie scalona z „%2” i usunięta. Jej szanse (%3), kontakty i historia przejdą do „%2”; puste pola „%2” przejmą jej wartości. Scalić?</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type to search companies…</source>
        <translation>Wpisz, aby wyszukać firmę…</translation>
    </message>
</context>
<context>
    <name>CompanySheet</name>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>REGON:</source>
        <translation>REGON:</translation>
    </message>
    <message>
        <source>KRS:</source>
        <translation>KRS:</translation>
    </message>
    <message>
        <source>CUI/CIF:</source>
        <translation>CUI/CIF:</translation>
    </message>
    <message>
        <source>Romanian fiscal code, with or without RO</source>
        <translation>rumuński kod fiskalny, z RO lub bez</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Kod pocztowy:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Miasto:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Strona www:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notatki:</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
</context>
<context>
    <name>ConfiguratorDialog</name>
    <message>
        <source>Configure process “%1”</source>
        <translation>Konfiguracja procesu „%1”</translation>
    </message>
    <message>
        <source>Process name:</source>
        <translation>Nazwa procesu:</translation>
    </message>
    <message>
        <source>Deal number format:</source>
        <translation>Format numeru szansy:</translation>
    </message>
    <message>
        <source>Add open stage</source>
        <translation>Dodaj etap otwarty</translation>
    </message>
    <message>
        <source>Add closed stage</source>
        <translation>Dodaj etap zamknięty</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message>
        <source>Stages (drag open stages to reorder):</source>
        <translation>Etapy (przeciągnij etapy otwarte, aby zmienić kolejność):</translation>
    </message>
    <message>
        <source>Settings and activities</source>
        <translation>Ustawienia i działania</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Wyzwalacze</translation>
    </message>
    <message>
        <source>Closed stages stay after the open ones, in their order.</source>
        <translation>Etapy zamknięte pozostają za otwartymi, w swojej kolejności.</translation>
    </message>
    <message>
        <source>A process can have at most %1 open stages.</source>
        <translation>Proces może mieć najwyżej %1 etapów otwartych.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <source>A process can have at most %1 closed stages.</source>
        <translation>Proces może mieć najwyżej %1 etapy zamknięte.</translation>
    </message>
    <message>
        <source>A process can have only one Won stage.</source>
        <translation>Proces może mieć tylko jeden etap „Wygrana”.</translation>
    </message>
    <message>
        <source>“%1” has %2 deal(s). Which stage receives them?</source>
        <translation>Etap „%1” ma szanse (%2). Który etap je przejmie?</translation>
    </message>
    <message numerus="yes">
        <source>Why were these %n deal(s) lost? Each of them gets this reason.</source>
        <translation>
            <numerusform>Dlaczego ta %n szansa została utracona? Otrzyma ten powód.</numerusform>
            <numerusform>Dlaczego te %n szanse zostały utracone? Każda otrzyma ten powód.</numerusform>
            <numerusform>Dlaczego te %n szans zostało utraconych? Każda otrzyma ten powód.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which sub-stage of “%1” do the deals get?</source>
        <translation>Który podetap etapu „%1” otrzymają szanse?</translation>
    </message>
    <message>
        <source>“%1” is done in %2 deal(s). Delete it anyway? Their history keeps the record.</source>
        <translation>Działanie „%1” wykonano w szansach (%2). Usunąć mimo to? Historia zachowa wpis.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Usuń działanie</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Przykład: %1</translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimizuj…</translation>
    </message>
    <message>
        <source>Remove this person&apos;s data (right to be forgotten)</source>
        <translation>Usuń dane tej osoby (prawo do bycia zapomnianym)</translation>
    </message>
    <message>
        <source>Remove %1&apos;s personal data from Etap for good? Names, e-mail addresses, phones and address are replaced in the contact, in messages sent to them and in the history of their deals. Deals, their values and stages stay. This cannot be undone.</source>
        <translation>Trwale usunąć dane osobowe (%1) z Etapu? Imiona, nazwiska, adresy e-mail, telefony i adres zostaną zastąpione w kontakcie, w wysłanych do niego wiadomościach i w historii jego szans. Szanse, ich wartości i etapy pozostaną. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Anonymise contact</source>
        <translation>Anonimizacja kontaktu</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Imię:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nazwisko:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Stanowisko:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Other e-mails:</source>
        <translation>Inne e-maile:</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>jeden w wierszu</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>e.g. 601 234 567 or +40 721 234 567</source>
        <translation>np. 601 234 567 lub +40 721 234 567</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>Inne telefony:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notatki:</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>Marketing:</translation>
    </message>
    <message>
        <source>Agrees to receive marketing e-mails</source>
        <translation>Zgoda na otrzymywanie e-maili marketingowych</translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation>Data zgody:</translation>
    </message>
    <message>
        <source>Consent source:</source>
        <translation>Źródło zgody:</translation>
    </message>
    <message>
        <source>e.g. web form, phone call, signed contract</source>
        <translation>np. formularz www, rozmowa telefoniczna, umowa</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search name, company, e-mail, phone, position…</source>
        <translation>Szukaj nazwiska, firmy, e-maila, telefonu, stanowiska…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć %n kontakt? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n kontakty? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć %n kontaktów? Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to campaign…</source>
        <translation>Dodaj do kampanii…</translation>
    </message>
    <message>
        <source>“%1” will be merged into “%2” and deleted. Its deals (%3), campaigns (%4), e-mails and history move to “%2”; empty fields of “%2” take its values. Merge?</source>
        <translation>„%1” zostanie scalony z „%2” i usunięty. Jego szanse (%3), kampanie (%4), e-maile i historia przejdą do „%2”; puste pola „%2” przejmą jego wartości. Scalić?</translation>
    </message>
    <message>
        <source>Add to campaign</source>
        <translation>Dodawanie do kampanii</translation>
    </message>
    <message>
        <source>There is no campaign yet (Process → Campaigns…).</source>
        <translation>Nie ma jeszcze żadnej kampanii (Proces → Kampanie…).</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampania:</translation>
    </message>
    <message>
        <source>Added: %1, already members: %2, skipped without marketing consent: %3</source>
        <translation>Dodano: %1, już w kampanii: %2, pominięto bez zgody marketingowej: %3</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>Zgoda: dowolna</translation>
    </message>
    <message>
        <source>With marketing consent</source>
        <translation>Ze zgodą marketingową</translation>
    </message>
    <message>
        <source>Without marketing consent</source>
        <translation>Bez zgody marketingowej</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong. What you were doing may not have been saved.</source>
        <translation>Coś poszło nie tak. To, co robiłeś, mogło nie zostać zapisane.</translation>
    </message>
    <message>
        <source>The details are written to %1.</source>
        <translation>Szczegóły zapisano w %1.</translation>
    </message>
    <message>
        <source>Please send the details to whoever looks after Etap.</source>
        <translation>Prześlij szczegóły osobie, która opiekuje się programem Etap.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiuj szczegóły</translation>
    </message>
</context>
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
    <message>
        <source>The weekly full check found this file damaged.</source>
        <translation>Cotygodniowe pełne sprawdzenie wykryło uszkodzenie tego pliku.</translation>
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
<context>
    <name>DealField</name>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Sub-stage</source>
        <translation>Podetap</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Planowane zamknięcie</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <source>Probability (manual)</source>
        <translation>Prawdopodobieństwo (ręczne)</translation>
    </message>
</context>
<context>
    <name>DealPanel</name>
    <message>
        <source>Unassigned</source>
        <translation>Bez opiekuna</translation>
    </message>
    <message>
        <source>Type to search contacts</source>
        <translation>Wpisz, aby wyszukać kontakt</translation>
    </message>
    <message>
        <source>Type to search companies</source>
        <translation>Wpisz, aby wyszukać firmę</translation>
    </message>
    <message>
        <source>Edit the list of sources</source>
        <translation>Edytuj listę źródeł</translation>
    </message>
    <message>
        <source>Use automatic</source>
        <translation>Użyj automatycznego</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wartość:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Koszt:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Opiekun:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <source>Sub-stage:</source>
        <translation>Podetap:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Utworzono:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Planowane zamknięcie:</translation>
    </message>
    <message>
        <source>Next contact:</source>
        <translation>Następny kontakt:</translation>
    </message>
    <message>
        <source>Lost reason:</source>
        <translation>Powód utraty:</translation>
    </message>
    <message>
        <source>Probability:</source>
        <translation>Prawdopodobieństwo:</translation>
    </message>
    <message>
        <source>closed stage</source>
        <translation>etap zamknięty</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>ustawione ręcznie</translation>
    </message>
    <message>
        <source>from activities</source>
        <translation>z działań</translation>
    </message>
    <message>
        <source>stage default</source>
        <translation>domyślne dla etapu</translation>
    </message>
    <message>
        <source>automatic after saving</source>
        <translation>automatyczne po zapisaniu</translation>
    </message>
</context>
<context>
    <name>DealSheet</name>
    <message>
        <source>Edit %1</source>
        <translation>Edycja: %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Wczytaj ponownie</translation>
    </message>
    <message>
        <source>Show the stored version; your unsaved changes are dropped</source>
        <translation>Pokaż zapisaną wersję; Twoje niezapisane zmiany przepadną</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Więcej</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Powiel…</translation>
    </message>
    <message>
        <source>A new deal with the same fields, in the same stage</source>
        <translation>Nowa szansa z tymi samymi polami, w tym samym etapie</translation>
    </message>
    <message>
        <source>Move to process…</source>
        <translation>Do procesu…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Move the deal to the trash (managers can restore it)</source>
        <translation>Przenieś szansę do kosza (menedżerowie mogą ją przywrócić)</translation>
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
        <source>Notes &amp;&amp; attachments</source>
        <translation>Notatki i załączniki</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Kalkulacja</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>ktoś inny</translation>
    </message>
    <message>
        <source>Changed by %1 — reload?</source>
        <translation>Zmienione przez: %1 — wczytać ponownie?</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etap</translation>
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
        <source>Deal changed elsewhere</source>
        <translation>Szansa zmieniona gdzie indziej</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Duplicate deal</source>
        <translation>Powiel szansę</translation>
    </message>
    <message>
        <source>Title of the new deal:</source>
        <translation>Tytuł nowej szansy:</translation>
    </message>
    <message>
        <source>Move to process</source>
        <translation>Przenieś do procesu</translation>
    </message>
    <message>
        <source>There is no other process to move to.</source>
        <translation>Nie ma innego procesu, do którego można przenieść szansę.</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>No stage has the same name. Stage:</source>
        <translation>Żaden etap nie ma tej samej nazwy. Etap:</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? Managers can restore it with everything it has.</source>
        <translation>Przenieść „%1” do kosza? Menedżerowie mogą ją przywrócić ze wszystkim, co zawiera.</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Usuń szansę</translation>
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
<context>
    <name>Errors</name>
    <message>
        <source>An activity needs a name of 1 to {max} characters.</source>
        <translation>Nazwa działania musi mieć od 1 do {max} znaków.</translation>
    </message>
    <message>
        <source>An activity&apos;s weight must be between 0 and {max}.</source>
        <translation>Waga działania musi wynosić od 0 do {max}.</translation>
    </message>
    <message>
        <source>Activity “{name}”: choose at least one user who may perform it.</source>
        <translation>Działanie „{name}”: wybierz co najmniej jednego użytkownika, który może je wykonać.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}” nie jest liczbą.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Wartość nie może być ujemna.</translation>
    </message>
    <message>
        <source>The value is too large (at most {max}).</source>
        <translation>Wartość jest za duża (najwyżej {max}).</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>Wartość musi być większa od zera.</translation>
    </message>
    <message>
        <source>The text is too long (at most {max} characters).</source>
        <translation>Tekst jest za długi (najwyżej {max} znaków).</translation>
    </message>
    <message>
        <source>At most {max} additional entries are allowed.</source>
        <translation>Dozwolonych jest najwyżej {max} dodatkowych pozycji.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>„{text}” nie jest datą.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>Wybrany rekord już nie istnieje.</translation>
    </message>
    <message>
        <source>{value} is not a web address.</source>
        <translation>{value} nie jest adresem strony www.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Nieznane pole „{key}”.</translation>
    </message>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation>Kontakt musi mieć imię lub nazwisko.</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>Firma musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The start of a range is after its end.</source>
        <translation>Początek zakresu jest późniejszy niż jego koniec.</translation>
    </message>
    <message>
        <source>{value} is not a valid NIP (10 digits with a correct check digit).</source>
        <translation>{value} nie jest poprawnym NIP-em (10 cyfr z poprawną cyfrą kontrolną).</translation>
    </message>
    <message>
        <source>{value} is not a valid REGON (9 or 14 digits with a correct check digit).</source>
        <translation>{value} nie jest poprawnym numerem REGON (9 lub 14 cyfr z poprawną cyfrą kontrolną).</translation>
    </message>
    <message>
        <source>{value} is not a valid KRS number (up to 10 digits).</source>
        <translation>{value} nie jest poprawnym numerem KRS (najwyżej 10 cyfr).</translation>
    </message>
    <message>
        <source>{value} is not a valid CUI/CIF (2 to 10 digits with a correct check digit).</source>
        <translation>{value} nie jest poprawnym numerem CUI/CIF (od 2 do 10 cyfr z poprawną cyfrą kontrolną).</translation>
    </message>
    <message>
        <source>{value} is not a valid e-mail address.</source>
        <translation>{value} nie jest poprawnym adresem e-mail.</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number (give the country prefix, e.g. +48, for foreign ones).</source>
        <translation>{value} nie jest poprawnym numerem telefonu (dla numerów zagranicznych podaj prefiks kraju, np. +48).</translation>
    </message>
    <message>
        <source>The mapping file cannot be used: {detail}</source>
        <translation>Nie można użyć pliku przypisania kolumn: {detail}</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Kwota jest za duża.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>„{text}” nie jest kwotą.</translation>
    </message>
    <message>
        <source>The column mixes day-first and month-first dates.</source>
        <translation>Kolumna miesza daty zapisane od dnia i od miesiąca.</translation>
    </message>
    <message>
        <source>“{text}”: choose whether the column&apos;s dates are day or month first.</source>
        <translation>„{text}”: wskaż, czy daty w tej kolumnie zaczynają się od dnia, czy od miesiąca.</translation>
    </message>
    <message>
        <source>The text contains characters that cannot be stored (control characters).</source>
        <translation>Tekst zawiera znaki, których nie można zapisać (znaki sterujące).</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>„{text}” nie jest liczbą całkowitą.</translation>
    </message>
    <message>
        <source>The number must be between {low} and {high}.</source>
        <translation>Liczba musi mieścić się w przedziale od {low} do {high}.</translation>
    </message>
    <message>
        <source>This field needs text.</source>
        <translation>To pole wymaga tekstu.</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>To pole nie może być puste.</translation>
    </message>
    <message>
        <source>Unknown or malformed placeholders: {names}.</source>
        <translation>Nieznane lub błędnie zapisane pola: {names}.</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Temat jest pusty.</translation>
    </message>
    <message>
        <source>The subject must be a single line.</source>
        <translation>Temat musi mieścić się w jednym wierszu.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Wiadomość nie ma treści.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address.</source>
        <translation>„{address}” nie jest poprawnym adresem e-mail.</translation>
    </message>
    <message>
        <source>A name must not contain line breaks.</source>
        <translation>Nazwa nie może zawierać podziałów wiersza.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code (three letters, e.g. PLN).</source>
        <translation>„{code}” nie jest kodem waluty (trzy litery, np. PLN).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Kwota nie może być ujemna.</translation>
    </message>
    <message>
        <source>The number format must have 1 to 40 characters.</source>
        <translation>Format numeru musi mieć od 1 do 40 znaków.</translation>
    </message>
    <message>
        <source>The number format has an unbalanced brace.</source>
        <translation>W formacie numeru brakuje nawiasu klamrowego.</translation>
    </message>
    <message>
        <source>“{{{name}}}” is not allowed in a number format; use {{year}}, {{month}}, {{seq}}.</source>
        <translation>„{{{name}}}” nie jest dozwolone w formacie numeru; użyj {{year}}, {{month}}, {{seq}}.</translation>
    </message>
    <message>
        <source>A number in the format can be padded to at most {max} digits.</source>
        <translation>Liczbę w formacie można uzupełnić zerami najwyżej do {max} cyfr.</translation>
    </message>
    <message>
        <source>The number format must contain {{seq}}.</source>
        <translation>Format numeru musi zawierać {{seq}}.</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>Hasło musi mieć co najmniej {min} znaków.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Hasło jest za długie.</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Etap musi mieć nazwę.</translation>
    </message>
    <message>
        <source>A stage name can have at most {max} characters.</source>
        <translation>Nazwa etapu może mieć najwyżej {max} znaków.</translation>
    </message>
    <message>
        <source>A process can have at most {max} open stages.</source>
        <translation>Proces może mieć najwyżej {max} otwartych etapów.</translation>
    </message>
    <message>
        <source>A process can have at most {max} closed stages.</source>
        <translation>Proces może mieć najwyżej {max} zamknięte etapy.</translation>
    </message>
    <message>
        <source>A process can have only one Won stage.</source>
        <translation>Proces może mieć tylko jeden etap „Wygrana”.</translation>
    </message>
    <message>
        <source>Closed stages must come after all open stages.</source>
        <translation>Etapy zamknięte muszą następować po wszystkich etapach otwartych.</translation>
    </message>
    <message>
        <source>Two stages are named “{name}”; stage names must be different.</source>
        <translation>Dwa etapy nazywają się „{name}”; nazwy etapów muszą być różne.</translation>
    </message>
    <message>
        <source>Stage “{name}” requires a sub-stage but has none defined.</source>
        <translation>Etap „{name}” wymaga podetapu, ale nie ma zdefiniowanych podetapów.</translation>
    </message>
    <message>
        <source>Probability must be a whole number from 0 to 100.</source>
        <translation>Prawdopodobieństwo musi być liczbą całkowitą od 0 do 100.</translation>
    </message>
    <message>
        <source>Rotting days must be empty or a number from 1 to 3650.</source>
        <translation>Dni bez aktywności muszą być puste albo być liczbą od 1 do 3650.</translation>
    </message>
    <message>
        <source>That stage is not in this process.</source>
        <translation>Tego etapu nie ma w tym procesie.</translation>
    </message>
    <message>
        <source>Closed stages cannot be reordered.</source>
        <translation>Nie można zmieniać kolejności etapów zamkniętych.</translation>
    </message>
    <message>
        <source>Open stages must stay before the closed stages.</source>
        <translation>Etapy otwarte muszą pozostać przed etapami zamkniętymi.</translation>
    </message>
    <message>
        <source>A process needs at least one open stage.</source>
        <translation>Proces musi mieć co najmniej jeden etap otwarty.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>To działanie już nie istnieje.</translation>
    </message>
    <message>
        <source>You may not perform “{name}”.</source>
        <translation>Nie możesz wykonać działania „{name}”.</translation>
    </message>
    <message>
        <source>“{name}” needs a note.</source>
        <translation>„{name}” wymaga notatki.</translation>
    </message>
    <message>
        <source>“{name}” needs a file.</source>
        <translation>„{name}” wymaga pliku.</translation>
    </message>
    <message>
        <source>Files can be at most {max} MB.</source>
        <translation>Plik może mieć najwyżej {max} MB.</translation>
    </message>
    <message>
        <source>The activity belongs to another process.</source>
        <translation>To działanie należy do innego procesu.</translation>
    </message>
    <message>
        <source>“{name}” is already done.</source>
        <translation>„{name}” jest już wykonana.</translation>
    </message>
    <message>
        <source>The deal cannot be won before these mandatory activities are done: {names}.</source>
        <translation>Szansy nie można wygrać, dopóki nie zostaną wykonane obowiązkowe działania: {names}.</translation>
    </message>
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
    <message>
        <source>Calculations are switched off (deals without calculation).</source>
        <translation>Kalkulacje są wyłączone (szanse bez kalkulacji).</translation>
    </message>
    <message>
        <source>This calculation no longer exists.</source>
        <translation>Ta kalkulacja już nie istnieje.</translation>
    </message>
    <message>
        <source>A variant needs a name of 1 to 120 characters.</source>
        <translation>Nazwa wariantu musi mieć od 1 do 120 znaków.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Tekst jest za długi.</translation>
    </message>
    <message>
        <source>A line needs a description of 1 to 300 characters.</source>
        <translation>Opis pozycji musi mieć od 1 do 300 znaków.</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>Ta pozycja już nie istnieje.</translation>
    </message>
    <message>
        <source>This task no longer exists or is not visible to you.</source>
        <translation>To zadanie już nie istnieje lub nie jest dla ciebie widoczne.</translation>
    </message>
    <message>
        <source>A campaign needs a name of 1 to 120 characters.</source>
        <translation>Nazwa kampanii musi mieć od 1 do 120 znaków.</translation>
    </message>
    <message>
        <source>A campaign named “{name}” already exists.</source>
        <translation>Kampania „{name}” już istnieje.</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Ta kampania już nie istnieje.</translation>
    </message>
    <message>
        <source>Only managers and administrators can change the catalogue.</source>
        <translation>Tylko menedżerowie i administratorzy mogą zmieniać katalog.</translation>
    </message>
    <message>
        <source>This text must have 1 to {max} characters.</source>
        <translation>Ten tekst musi mieć od 1 do {max} znaków.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Ten produkt już nie istnieje.</translation>
    </message>
    <message>
        <source>A product with code “{code}” already exists.</source>
        <translation>Produkt o kodzie „{code}” już istnieje.</translation>
    </message>
    <message>
        <source>A price list named “{name}” already exists.</source>
        <translation>Cennik o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <source>This price list no longer exists.</source>
        <translation>Ten cennik już nie istnieje.</translation>
    </message>
    <message>
        <source>Someone else saved this company in the meantime. Review their changes and save again.</source>
        <translation>W międzyczasie ktoś inny zapisał tę firmę. Sprawdź jego zmiany i zapisz ponownie.</translation>
    </message>
    <message>
        <source>This company no longer exists.</source>
        <translation>Ta firma już nie istnieje.</translation>
    </message>
    <message>
        <source>Only managers and administrators can delete companies.</source>
        <translation>Tylko menedżerowie i administratorzy mogą usuwać firmy.</translation>
    </message>
    <message>
        <source>{name} is the company of {count} deal(s); give them another company or merge first.</source>
        <translation>{name} jest firmą w szansach ({count}); najpierw przypisz im inną firmę albo scal rekordy.</translation>
    </message>
    <message>
        <source>Stage “{name}”: sub-stage names must be different.</source>
        <translation>Etap „{name}”: nazwy podetapów muszą być różne.</translation>
    </message>
    <message>
        <source>The process was changed elsewhere; open it again.</source>
        <translation>Proces został zmieniony gdzie indziej; otwórz go ponownie.</translation>
    </message>
    <message>
        <source>Choose another stage of the same process.</source>
        <translation>Wybierz inny etap tego samego procesu.</translation>
    </message>
    <message>
        <source>Stage “{name}” has {count} deals: choose the stage that receives them.</source>
        <translation>Etap „{name}” ma szanse ({count}): wybierz etap, który je przejmie.</translation>
    </message>
    <message>
        <source>Someone else saved this contact in the meantime. Review their changes and save again.</source>
        <translation>W międzyczasie ktoś inny zapisał ten kontakt. Sprawdź jego zmiany i zapisz ponownie.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Ten kontakt już nie istnieje.</translation>
    </message>
    <message>
        <source>An anonymised contact cannot be edited.</source>
        <translation>Zanonimizowanego kontaktu nie można edytować.</translation>
    </message>
    <message>
        <source>Only managers and administrators can delete contacts.</source>
        <translation>Tylko menedżerowie i administratorzy mogą usuwać kontakty.</translation>
    </message>
    <message>
        <source>{name} is the contact of {count} deal(s); give them another contact or merge first.</source>
        <translation>{name} jest kontaktem w szansach ({count}); najpierw przypisz im inny kontakt albo scal rekordy.</translation>
    </message>
    <message>
        <source>Only managers and administrators can change processes.</source>
        <translation>Tylko menedżerowie i administratorzy mogą zmieniać procesy.</translation>
    </message>
    <message>
        <source>Only administrators can do this.</source>
        <translation>Tylko administratorzy mogą to zrobić.</translation>
    </message>
    <message>
        <source>This deal no longer exists or is not visible to you.</source>
        <translation>Ta szansa już nie istnieje albo nie masz do niej dostępu.</translation>
    </message>
    <message>
        <source>Only the owner or a manager can change this deal.</source>
        <translation>Tę szansę może zmienić tylko jej opiekun albo menedżer.</translation>
    </message>
    <message>
        <source>A deal needs a title of 1 to {max} characters.</source>
        <translation>Tytuł szansy musi mieć od 1 do {max} znaków.</translation>
    </message>
    <message>
        <source>{amount} cannot be written in {currency} without rounding; change it first.</source>
        <translation>Kwoty {amount} nie da się zapisać w {currency} bez zaokrąglenia; najpierw ją zmień.</translation>
    </message>
    <message>
        <source>Stage “{stage}” needs more information before the deal can enter it.</source>
        <translation>Etap „{stage}” wymaga uzupełnienia danych, zanim szansa do niego trafi.</translation>
    </message>
    <message>
        <source>This process has no open stage.</source>
        <translation>Ten proces nie ma etapu otwartego.</translation>
    </message>
    <message>
        <source>Only managers can create deals for someone else.</source>
        <translation>Tylko menedżerowie mogą tworzyć szanse dla innych osób.</translation>
    </message>
    <message>
        <source>The stage belongs to another process.</source>
        <translation>Ten etap należy do innego procesu.</translation>
    </message>
    <message>
        <source>Someone else saved this deal in the meantime. Review their changes and save again.</source>
        <translation>W międzyczasie ktoś inny zapisał tę szansę. Sprawdź jego zmiany i zapisz ponownie.</translation>
    </message>
    <message>
        <source>Only managers can hand a deal to someone else.</source>
        <translation>Tylko menedżerowie mogą przekazać szansę innej osobie.</translation>
    </message>
    <message>
        <source>“{name}” is not a sub-stage of “{stage}”.</source>
        <translation>„{name}” nie jest podetapem etapu „{stage}”.</translation>
    </message>
    <message>
        <source>Someone else changed this deal in the meantime.</source>
        <translation>W międzyczasie ktoś inny zmienił tę szansę.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Notatka nie może być pusta.</translation>
    </message>
    <message>
        <source>A note can have at most {max} characters.</source>
        <translation>Notatka może mieć najwyżej {max} znaków.</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Ta notatka już nie istnieje.</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; files can be at most {max} MB.</source>
        <translation>„{name}” ma {size} MB; plik może mieć najwyżej {max} MB.</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>Plik musi mieć nazwę.</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>Ten plik już nie istnieje.</translation>
    </message>
    <message>
        <source>The stored file “{name}” is damaged.</source>
        <translation>Zapisany plik „{name}” jest uszkodzony.</translation>
    </message>
    <message>
        <source>Only managers can change the list of sources.</source>
        <translation>Tylko menedżerowie mogą zmieniać listę źródeł.</translation>
    </message>
    <message>
        <source>A source can have at most {max} characters.</source>
        <translation>Źródło może mieć najwyżej {max} znaków.</translation>
    </message>
    <message>
        <source>This e-mail template no longer exists.</source>
        <translation>Ten szablon e-mail już nie istnieje.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Szablon musi mieć nazwę.</translation>
    </message>
    <message>
        <source>A template named “{name}” already exists.</source>
        <translation>Szablon o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <source>No deal with number “{number}”.</source>
        <translation>Brak szansy o numerze „{number}”.</translation>
    </message>
    <message>
        <source>This contact is already anonymised.</source>
        <translation>Ten kontakt jest już zanonimizowany.</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s host name.</source>
        <translation>Podaj nazwę serwera poczty.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Port musi mieć wartość od 1 do 65535.</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS.</source>
        <translation>Wybierz STARTTLS albo SSL/TLS.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s user name.</source>
        <translation>Podaj nazwę użytkownika skrzynki.</translation>
    </message>
    <message>
        <source>Check for new mail every {min} to {max} minutes.</source>
        <translation>Nową pocztę można sprawdzać co {min} do {max} minut.</translation>
    </message>
    <message>
        <source>The system keyring is not available: {detail}</source>
        <translation>Systemowy magazyn haseł jest niedostępny: {detail}</translation>
    </message>
    <message>
        <source>The incoming mail server is not set up (Tools → Mail settings).</source>
        <translation>Serwer poczty przychodzącej nie jest skonfigurowany (Narzędzia → Ustawienia poczty).</translation>
    </message>
    <message>
        <source>No password is stored for the incoming mail server (Tools → Mail settings).</source>
        <translation>Nie zapisano hasła do serwera poczty przychodzącej (Narzędzia → Ustawienia poczty).</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate could not be verified: {detail}</source>
        <translation>Nie udało się zweryfikować certyfikatu serwera poczty: {detail}</translation>
    </message>
    <message>
        <source>The mail server refused the login: {detail}</source>
        <translation>Serwer poczty odrzucił logowanie: {detail}</translation>
    </message>
    <message>
        <source>Cannot connect to the mail server: {detail}</source>
        <translation>Nie można połączyć się z serwerem poczty: {detail}</translation>
    </message>
    <message>
        <source>Column “{column}” has dates whose day and month cannot be told apart. Choose the order.</source>
        <translation>W kolumnie „{column}” nie da się odróżnić dnia od miesiąca. Wskaż kolejność.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>Import został anulowany; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Only managers and administrators can import this.</source>
        <translation>Tylko menedżerowie i administratorzy mogą to importować.</translation>
    </message>
    <message>
        <source>Choose the process the deals go to.</source>
        <translation>Wybierz proces, do którego trafią szanse.</translation>
    </message>
    <message>
        <source>The same record appears earlier in the file.</source>
        <translation>Ten sam rekord występuje wcześniej w pliku.</translation>
    </message>
    <message>
        <source>Someone else changed a record the import updates.</source>
        <translation>Ktoś inny zmienił rekord, który aktualizuje import.</translation>
    </message>
    <message>
        <source>Someone else changed deal {number} during the import.</source>
        <translation>Ktoś inny zmienił szansę {number} w trakcie importu.</translation>
    </message>
    <message>
        <source>The row has {count} cells; the header has {expected}.</source>
        <translation>Wiersz ma komórek: {count}; nagłówek ma: {expected}.</translation>
    </message>
    <message>
        <source>Left out by the user.</source>
        <translation>Pominięty przez użytkownika.</translation>
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
    <message>
        <source>The file cannot be opened: {detail}</source>
        <translation>Nie można otworzyć pliku: {detail}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation>To stary plik Excela (.xls). Zapisz go jako .xlsx lub CSV i zaimportuj ten plik.</translation>
    </message>
    <message>
        <source>This is not a text or spreadsheet file Etap can import.</source>
        <translation>To nie jest plik tekstowy ani arkusz, który Etap potrafi zaimportować.</translation>
    </message>
    <message>
        <source>Line {line} is not valid {encoding} text. Choose the file&apos;s encoding and try again.</source>
        <translation>Wiersz {line} nie jest poprawnym tekstem w kodowaniu {encoding}. Wybierz kodowanie pliku i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {detail}</source>
        <translation>Nie można odczytać wiersza {line}: {detail}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation>Arkusz „{sheet}” jest pusty.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: {detail}</source>
        <translation>Nie można odczytać arkusza: {detail}</translation>
    </message>
    <message>
        <source>Only managers and administrators can revert an import.</source>
        <translation>Tylko menedżerowie i administratorzy mogą wycofać import.</translation>
    </message>
    <message>
        <source>This import no longer exists.</source>
        <translation>Ten import już nie istnieje.</translation>
    </message>
    <message>
        <source>This import was already reverted.</source>
        <translation>Ten import został już wycofany.</translation>
    </message>
    <message>
        <source>The connection to the database is lost.</source>
        <translation>Połączenie z bazą danych zostało przerwane.</translation>
    </message>
    <message>
        <source>The certificate file “{path}” cannot be read: {detail}</source>
        <translation>Nie można odczytać pliku certyfikatu „{path}”: {detail}</translation>
    </message>
    <message>
        <source>The mail server is not set up (Tools → Mail settings).</source>
        <translation>Serwer poczty nie jest skonfigurowany (Narzędzia → Ustawienia poczty).</translation>
    </message>
    <message>
        <source>The mail server refused the message: {detail}</source>
        <translation>Serwer poczty odrzucił wiadomość: {detail}</translation>
    </message>
    <message>
        <source>The connection to the mail server was lost: {detail}</source>
        <translation>Utracono połączenie z serwerem poczty: {detail}</translation>
    </message>
    <message>
        <source>Only managers and administrators can merge records.</source>
        <translation>Tylko menedżerowie i administratorzy mogą scalać rekordy.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Nie można scalić rekordu z nim samym.</translation>
    </message>
    <message>
        <source>Choose accepted or rejected.</source>
        <translation>Wybierz: przyjęta albo odrzucona.</translation>
    </message>
    <message>
        <source>This offer no longer exists.</source>
        <translation>Ta oferta już nie istnieje.</translation>
    </message>
    <message>
        <source>Someone else changed this offer meanwhile; it shows now.</source>
        <translation>Ktoś inny w międzyczasie zmienił tę ofertę; widać to teraz.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Logo musi być obrazem PNG lub JPEG.</translation>
    </message>
    <message>
        <source>The logo is too large (at most {limit} KB).</source>
        <translation>Logo jest za duże (najwyżej {limit} KB).</translation>
    </message>
    <message>
        <source>Only managers and administrators can change offer templates and the letterhead.</source>
        <translation>Szablony ofert i nagłówek firmowy mogą zmieniać tylko menedżerowie i administratorzy.</translation>
    </message>
    <message>
        <source>The template is too long.</source>
        <translation>Szablon jest za długi.</translation>
    </message>
    <message>
        <source>The offer template is not valid: {reason}</source>
        <translation>Szablon oferty jest nieprawidłowy: {reason}</translation>
    </message>
    <message>
        <source>The offer document is not a PDF.</source>
        <translation>Dokument oferty nie jest plikiem PDF.</translation>
    </message>
    <message>
        <source>A header must not contain line breaks.</source>
        <translation>Nagłówek nie może zawierać podziałów wiersza.</translation>
    </message>
    <message>
        <source>This process no longer exists.</source>
        <translation>Ten proces już nie istnieje.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>Ten etap już nie istnieje.</translation>
    </message>
    <message>
        <source>A process needs a name of 1 to 120 characters.</source>
        <translation>Nazwa procesu musi mieć od 1 do 120 znaków.</translation>
    </message>
    <message>
        <source>A process named “{name}” already exists.</source>
        <translation>Proces o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <source>Deals still in “{name}”: {count}. Move them to another process first.</source>
        <translation>Liczba szans w procesie „{name}”: {count}. Najpierw przenieś je do innego procesu.</translation>
    </message>
    <message>
        <source>Sub-stage names must be different.</source>
        <translation>Nazwy podetapów muszą być różne.</translation>
    </message>
    <message>
        <source>Deals in this stage: {count}. Choose the stage that receives them.</source>
        <translation>Liczba szans w tym etapie: {count}. Wybierz etap, który je przejmie.</translation>
    </message>
    <message>
        <source>The receiving stage must be another stage of this process.</source>
        <translation>Etap przejmujący musi być innym etapem tego procesu.</translation>
    </message>
    <message>
        <source>Stage “{stage}” needs more information before the deals can enter it.</source>
        <translation>Etap „{stage}” wymaga więcej informacji, zanim szanse będą mogły do niego trafić.</translation>
    </message>
    <message>
        <source>{count} deal(s) cannot be won before these mandatory activities are done: {names}.</source>
        <translation>Szanse ({count}) nie mogą zostać wygrane, dopóki nie zostaną wykonane obowiązkowe działania: {names}.</translation>
    </message>
    <message>
        <source>This message no longer exists or is not visible to you.</source>
        <translation>Ta wiadomość już nie istnieje albo nie jest dla Ciebie widoczna.</translation>
    </message>
    <message>
        <source>Someone else filed this message meanwhile; the list shows it now.</source>
        <translation>Ktoś inny w międzyczasie przypisał tę wiadomość; lista już to pokazuje.</translation>
    </message>
    <message>
        <source>There is no report called “{name}”.</source>
        <translation>Nie ma raportu o nazwie „{name}”.</translation>
    </message>
    <message>
        <source>Choose a process for this report.</source>
        <translation>Wybierz proces dla tego raportu.</translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>Ten segment już nie istnieje.</translation>
    </message>
    <message>
        <source>A segment needs a name of 1 to 120 characters.</source>
        <translation>Nazwa segmentu musi mieć od 1 do 120 znaków.</translation>
    </message>
    <message>
        <source>A task needs a title of 1 to 200 characters.</source>
        <translation>Tytuł zadania musi mieć od 1 do 200 znaków.</translation>
    </message>
    <message>
        <source>Only managers can give tasks to someone else.</source>
        <translation>Tylko menedżerowie mogą przydzielać zadania innym osobom.</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>To zadanie już nie istnieje.</translation>
    </message>
    <message>
        <source>Only the task&apos;s owner or a manager can do this.</source>
        <translation>Może to zrobić tylko opiekun zadania albo menedżer.</translation>
    </message>
    <message>
        <source>The deal is already in this process.</source>
        <translation>Szansa jest już w tym procesie.</translation>
    </message>
    <message>
        <source>This deal is not in the trash.</source>
        <translation>Tej szansy nie ma w koszu.</translation>
    </message>
    <message>
        <source>Only managers can restore deals from the trash.</source>
        <translation>Tylko menedżerowie mogą przywracać szanse z kosza.</translation>
    </message>
    <message>
        <source>“{name}” is not a known time zone.</source>
        <translation>„{name}” nie jest znaną strefą czasową.</translation>
    </message>
    <message>
        <source>The period must be between 1 and {max} days.</source>
        <translation>Okres musi wynosić od 1 do {max} dni.</translation>
    </message>
    <message>
        <source>Unknown trigger action.</source>
        <translation>Nieznana akcja wyzwalacza.</translation>
    </message>
    <message>
        <source>Choose the campaign.</source>
        <translation>Wybierz kampanię.</translation>
    </message>
    <message>
        <source>Choose the e-mail template.</source>
        <translation>Wybierz szablon e-mail.</translation>
    </message>
    <message>
        <source>The task needs a title.</source>
        <translation>Zadanie musi mieć tytuł.</translation>
    </message>
    <message>
        <source>This trigger no longer exists.</source>
        <translation>Ten wyzwalacz już nie istnieje.</translation>
    </message>
    <message>
        <source>The deal has no contact to add to the campaign.</source>
        <translation>Szansa nie ma kontaktu, którego można dodać do kampanii.</translation>
    </message>
    <message>
        <source>The deal&apos;s contact has no valid e-mail address.</source>
        <translation>Kontakt szansy nie ma poprawnego adresu e-mail.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Błędna nazwa użytkownika lub hasło.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Ten użytkownik już nie istnieje.</translation>
    </message>
    <message>
        <source>There is no user “{name}”.</source>
        <translation>Nie ma użytkownika „{name}”.</translation>
    </message>
    <message>
        <source>This database already has an administrator. Sign in instead.</source>
        <translation>Ta baza ma już administratora. Zaloguj się.</translation>
    </message>
    <message>
        <source>The user name “{name}” is taken.</source>
        <translation>Nazwa użytkownika „{name}” jest zajęta.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Nie możesz dezaktywować samego siebie.</translation>
    </message>
    <message>
        <source>Choose an active user to hand the deals to.</source>
        <translation>Wybierz aktywnego użytkownika, któremu przekazać szanse.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Obecne hasło jest błędne.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in {seconds} s.</source>
        <translation>Zbyt wiele nieudanych logowań. Spróbuj ponownie za {seconds} s.</translation>
    </message>
    <message>
        <source>Someone else changed this user in the meantime. Look again and repeat.</source>
        <translation>Ktoś inny zmienił w międzyczasie tego użytkownika. Sprawdź dane i powtórz.</translation>
    </message>
    <message>
        <source>There must be at least one active administrator.</source>
        <translation>Musi zostać co najmniej jeden aktywny administrator.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 80 characters without spaces.</source>
        <translation>Nazwa użytkownika musi mieć od 1 do 80 znaków, bez spacji.</translation>
    </message>
    <message>
        <source>A name needs 1 to 120 characters.</source>
        <translation>Imię i nazwisko musi mieć od 1 do 120 znaków.</translation>
    </message>
    <message>
        <source>The signature is too long.</source>
        <translation>Podpis jest za długi.</translation>
    </message>
    <message>
        <source>Unknown role “{role}”.</source>
        <translation>Nieznana rola „{role}”.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Deal number</source>
        <translation>Numer szansy</translation>
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
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Przewidywana data zamknięcia</translation>
    </message>
    <message>
        <source>Sub-stage</source>
        <translation>Podetap</translation>
    </message>
    <message>
        <source>Next contact date</source>
        <translation>Data następnego kontaktu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>CSV, TSV, Excel (.xlsx) or vCard. Nothing is saved until the last step.</source>
        <translation>CSV, TSV, Excel (.xlsx) lub vCard. Nic nie zostanie zapisane przed ostatnim krokiem.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>średnik</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>A name that is not a process yet creates one from the file&apos;s stages.</source>
        <translation>Nazwa, której nie ma wśród procesów, tworzy nowy proces z etapów z pliku.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodowanie:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Arkusz:</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>Wiersze to:</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>text table (CSV)</source>
        <translation>tabela tekstowa (CSV)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>skoroszyt Excela</translation>
    </message>
    <message>
        <source>{format}, {columns} columns, header in row {line}</source>
        <translation>{format}, kolumny: {columns}, nagłówek w wierszu {line}</translation>
    </message>
    <message>
        <source>the mapping used last time for files like this one is restored</source>
        <translation>przywrócono przypisanie kolumn użyte ostatnio dla takich plików</translation>
    </message>
    <message>
        <source>Choose the process the deals go to.</source>
        <translation>Wybierz proces, do którego trafią szanse.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Set up the team database</source>
        <translation>Konfiguracja bazy zespołu</translation>
    </message>
    <message>
        <source>This database %1 has no administrator yet. Create the first one: the administrator adds the rest of the team in Tools ▸ Users.</source>
        <translation>Ta baza %1 nie ma jeszcze administratora. Utwórz pierwszego: administrator doda resztę zespołu w menu Narzędzia ▸ Użytkownicy.</translation>
    </message>
    <message>
        <source>you sign in with this e-mail</source>
        <translation>tym adresem będziesz się logować</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a sentence you remember is best.</source>
        <translation>
            <numerusform>Co najmniej %n znak; najlepiej zdanie, które zapamiętasz.</numerusform>
            <numerusform>Co najmniej %n znaki; najlepiej zdanie, które zapamiętasz.</numerusform>
            <numerusform>Co najmniej %n znaków; najlepiej zdanie, które zapamiętasz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Utwórz administratora</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Powtórz hasło:</translation>
    </message>
</context>
<context>
    <name>FollowUpTaskDialog</name>
    <message>
        <source>Follow-up task</source>
        <translation>Zadanie następcze</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Zadanie:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Termin:</translation>
    </message>
</context>
<context>
    <name>FollowUpWidget</name>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Ask for a read receipt</source>
        <translation>Poproś o potwierdzenie przeczytania</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail program may confirm that the message was opened (it may also not).</source>
        <translation>Program pocztowy odbiorcy może potwierdzić otwarcie wiadomości (ale nie musi).</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Sent by Etap</source>
        <translation>Wysłane z Etapu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Bez decyzji</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Oferty</translation>
    </message>
    <message>
        <source>No e-mail sent for this deal yet.</source>
        <translation>W tej szansie nie wysłano jeszcze żadnej wiadomości.</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Przerwij wysyłanie</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Ponów nieudane</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Wyślij ponownie</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Oznacz jako wysłaną</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Rozmowy (%1)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>“%1” is now among the deal&apos;s files.</source>
        <translation>„%1” jest teraz wśród plików szansy.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Zapisz załącznik</translation>
    </message>
    <message>
        <source>Send this message again? Do it only if it did not arrive (check the Sent folder).</source>
        <translation>Wysłać tę wiadomość ponownie? Zrób to tylko wtedy, gdy nie dotarła (sprawdź folder Wysłane).</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Załączniki: %1</translation>
    </message>
    <message>
        <source>Empty placeholders: %1</source>
        <translation>Puste pola: %1</translation>
    </message>
    <message>
        <source>The deal&apos;s contact has no valid e-mail address; nothing was sent.</source>
        <translation>Kontakt tej szansy nie ma poprawnego adresu e-mail; nic nie wysłano.</translation>
    </message>
</context>
<context>
    <name>FunnelColumn</name>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Sub-stage</source>
        <translation>Podetap</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Planowane zamknięcie</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <source>Search number, subject, contact, company, e-mail…</source>
        <translation>Szukaj: numer, temat, kontakt, firma, e-mail…</translation>
    </message>
    <message>
        <source>Created: any time</source>
        <translation>Utworzono: kiedykolwiek</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Utworzono: %1</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wszyscy opiekunowie</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Bez opiekuna</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Nowa szansa…</translation>
    </message>
    <message>
        <source>Advanced search…</source>
        <translation>Wyszukiwanie zaawansowane…</translation>
    </message>
    <message>
        <source>Row height: </source>
        <translation>Wysokość wiersza: </translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>Zmień opiekuna…</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Przenieś do etapu…</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>Oznacz jako spam</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Filter “%1”…</source>
        <translation>Filtruj „%1”…</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Przywróć domyślne kolumny</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filtr kolumny</translation>
    </message>
    <message>
        <source>Show rows whose “%1” contains:</source>
        <translation>Pokaż wiersze, w których „%1” zawiera:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Etapy: %1</translation>
    </message>
    <message>
        <source>Owners: %1</source>
        <translation>Opiekunowie: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Źródła: %1</translation>
    </message>
    <message>
        <source>Expected close: %1</source>
        <translation>Planowane zamknięcie: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Zamknięcie: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wartość: %1</translation>
    </message>
    <message>
        <source>Lost reason: %1</source>
        <translation>Powód przegranej: %1</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Produkty: %1</translation>
    </message>
    <message>
        <source>Went through in order: %1</source>
        <translation>Przeszła po kolei przez: %1</translation>
    </message>
    <message>
        <source>Went through: %1</source>
        <translation>Przeszła przez: %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Usuń ten filtr</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Zaznaczono: %1</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Zmiana opiekuna</translation>
    </message>
    <message>
        <source>New owner of the selected deals:</source>
        <translation>Nowy opiekun zaznaczonych szans:</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Przeniesienie do etapu</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etap:</translation>
    </message>
    <message numerus="yes">
        <source>%n selected deal(s)</source>
        <translation>
            <numerusform>%n zaznaczonej szansy</numerusform>
            <numerusform>%n zaznaczonych szans</numerusform>
            <numerusform>%n zaznaczonych szans</numerusform>
        </translation>
    </message>
    <message>
        <source>Export deals</source>
        <translation>Eksport szans</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Skoroszyt Excel (*.xlsx);;CSV rozdzielany średnikami (*.csv)</translation>
    </message>
    <message>
        <source>Exported deals: %1</source>
        <translation>Wyeksportowano szanse: %1</translation>
    </message>
    <message>
        <source>Save current view as segment…</source>
        <translation>Zapisz bieżący widok jako segment…</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Zapisywanie segmentu</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Nazwa segmentu:</translation>
    </message>
</context>
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
        <source>Marked as spam</source>
        <translation>Oznaczono jako spam</translation>
    </message>
    <message>
        <source>Restored from spam</source>
        <translation>Przywrócono ze spamu</translation>
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
        <source>Duplicated from %1</source>
        <translation>Powielona z %1</translation>
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
<context>
    <name>ImapSettingsPage</name>
    <message>
        <source>Fetch received mail and file it to deals</source>
        <translation>Pobieraj odebraną pocztę i przypisuj ją do szans</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>zapisane w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>found automatically</source>
        <translation>znajdowany automatycznie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>certyfikaty systemowe</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>IMAP server:</source>
        <translation>Serwer IMAP:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Zabezpieczenie:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Sent folder:</source>
        <translation>Folder wysłanych:</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Sprawdzaj co:</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Plik certyfikatu CA:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Plik certyfikatu CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certyfikaty (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>%1

Keep the password for this session only? Etap will ask for it again after a restart.</source>
        <translation>%1

Zachować hasło tylko na czas tej sesji? Po ponownym uruchomieniu Etap zapyta o nie znowu.</translation>
    </message>
    <message>
        <source>No system keyring</source>
        <translation>Brak systemowego magazynu haseł</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <source>The incoming mail server accepted the login.</source>
        <translation>Serwer poczty przychodzącej przyjął logowanie.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Deals (with their contacts and companies)</source>
        <translation>Szanse (z ich kontaktami i firmami)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <source>Users (salespeople)</source>
        <translation>Użytkownicy (handlowcy)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkty</translation>
    </message>
    <message>
        <source>Deal number (id)</source>
        <translation>Numer szansy (identyfikator)</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Tytuł szansy</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation>Status (otwarta, wygrana, przegrana)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Data utworzenia</translation>
    </message>
    <message>
        <source>In the stage since</source>
        <translation>W etapie od</translation>
    </message>
    <message>
        <source>Closed on (won or lost)</source>
        <translation>Data zamknięcia (wygrana lub przegrana)</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Przewidywana data zamknięcia</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nazwa firmy</translation>
    </message>
    <message>
        <source>Tax id (NIP, CUI)</source>
        <translation>Identyfikator podatkowy (NIP, CUI)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Contact (full name)</source>
        <translation>Kontakt (imię i nazwisko)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company phone</source>
        <translation>Telefon firmy</translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation>E-mail firmy</translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation>Imię i nazwisko użytkownika</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Kod produktu</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Cena netto</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Pomiń wiersz</translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation>Zaktualizuj istniejący rekord</translation>
    </message>
    <message>
        <source>Create another record</source>
        <translation>Utwórz nowy rekord</translation>
    </message>
    <message>
        <source>created</source>
        <translation>utworzono</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>zaktualizowano</translation>
    </message>
    <message>
        <source>skipped (already there)</source>
        <translation>pominięto (już istnieją)</translation>
    </message>
    <message>
        <source>not imported (errors)</source>
        <translation>nie zaimportowano (błędy)</translation>
    </message>
    <message>
        <source>imported with warnings</source>
        <translation>zaimportowano z ostrzeżeniami</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
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
        <source>changed since the import</source>
        <translation>zmienione od czasu importu</translation>
    </message>
    <message>
        <source>used by other records since the import</source>
        <translation>używane przez inne rekordy od czasu importu</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Historia importów</translation>
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
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Revert import…</source>
        <translation>Wycofaj import…</translation>
    </message>
    <message>
        <source>reverted {when}</source>
        <translation>wycofano {when}</translation>
    </message>
    <message>
        <source>Remove what the import of “{file}” created and restore what it updated?</source>
        <translation>Usunąć to, co utworzył import pliku „{file}”, i przywrócić to, co zaktualizował?</translation>
    </message>
    <message>
        <source>{count} deals were changed since and will be kept.</source>
        <translation>Szanse zmienione od czasu importu ({count}) zostaną zachowane.</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>Wycofaj import</translation>
    </message>
    <message>
        <source>Removed: {removed}. Restored: {restored}.</source>
        <translation>Usunięto: {removed}. Przywrócono: {restored}.</translation>
    </message>
    <message>
        <source>Kept because they changed since:</source>
        <translation>Zachowano, bo zmieniły się od czasu importu:</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… i jeszcze {count}.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Save error report</source>
        <translation>Zapisz raport błędów</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Offer letterhead</source>
        <translation>Nagłówek firmowy oferty</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Wybierz logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Usuń logo</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Nazwa firmy:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Tax ID (NIP):</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>Rachunek bankowy:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(bez logo)</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Wybierz logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LineModel</name>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>J.m.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Cena jedn.</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Rabat %</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Koszt jedn.</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>VAT</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marża</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Etap</source>
        <translation>Logowanie do Etapu</translation>
    </message>
    <message>
        <source>Remember me on this computer (kept in the system keyring)</source>
        <translation>Zapamiętaj mnie na tym komputerze (w systemowym magazynie haseł)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Baza danych:</translation>
    </message>
    <message>
        <source>User name or e-mail:</source>
        <translation>Nazwa użytkownika lub e-mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>The system keyring is not available: nothing was remembered.</source>
        <translation>Systemowy magazyn haseł jest niedostępny: niczego nie zapamiętano.</translation>
    </message>
</context>
<context>
    <name>MailSettings</name>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <source>Mail settings</source>
        <translation>Ustawienia poczty</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>zapisane w systemowym magazynie haseł</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>certyfikaty systemowe</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Przeglądaj…</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Serwer SMTP:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Zabezpieczenie:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adres nadawcy:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Nazwa nadawcy:</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Plik certyfikatu CA:</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Wyślij wiadomość testową</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Wysyłanie (SMTP)</translation>
    </message>
    <message>
        <source>Receiving (IMAP)</source>
        <translation>Odbieranie (IMAP)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Plik certyfikatu CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certyfikaty (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Wysyłanie wiadomości testowej do %1…</translation>
    </message>
    <message>
        <source>Etap test message</source>
        <translation>Wiadomość testowa z programu Etap</translation>
    </message>
    <message>
        <source>The mail settings work.</source>
        <translation>Ustawienia poczty działają.</translation>
    </message>
    <message>
        <source>The test message was accepted by the server.</source>
        <translation>Serwer przyjął wiadomość testową.</translation>
    </message>
</context>
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
<context>
    <name>MailStatus</name>
    <message>
        <source>Etap stopped while handing this message to the mail server, so it may or may not have been sent. Check the Sent folder or ask the recipient, then choose Resend or Mark as sent.</source>
        <translation>Etap został zamknięty w trakcie przekazywania tej wiadomości do serwera poczty, więc mogła zostać wysłana albo nie. Sprawdź folder Wysłane lub zapytaj odbiorcę, a potem wybierz „Wyślij ponownie” albo „Oznacz jako wysłaną”.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>W kolejce</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wysyłanie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłana</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudana</translation>
    </message>
    <message>
        <source>Unknown — check</source>
        <translation>Nieznany — sprawdź</translation>
    </message>
</context>
<context>
    <name>MailView</name>
    <message>
        <source>Choose a message to read it.</source>
        <translation>Wybierz wiadomość, aby ją przeczytać.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Załączniki:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>Add to the deal&apos;s files</source>
        <translation>Dodaj do plików szansy</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Etap — sales pipeline</source>
        <translation>Etap — lejek sprzedaży</translation>
    </message>
    <message>
        <source>Sales process shown</source>
        <translation>Wyświetlany proces sprzedaży</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Zalogowano jako %1 (%2)</translation>
    </message>
    <message>
        <source>No sales process yet</source>
        <translation>Nie ma jeszcze procesu sprzedaży</translation>
    </message>
    <message>
        <source>Create a process from a template to start adding deals.</source>
        <translation>Utwórz proces z szablonu, aby zacząć dodawać szanse sprzedaży.</translation>
    </message>
    <message>
        <source>New process…</source>
        <translation>Nowy proces…</translation>
    </message>
    <message>
        <source>&amp;New process…</source>
        <translation>&amp;Nowy proces…</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Nowa szansa…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>&amp;Board (stages)</source>
        <translation>&amp;Tablica (etapy)</translation>
    </message>
    <message>
        <source>&amp;Funnel (table of deals)</source>
        <translation>&amp;Lejek (tabela szans)</translation>
    </message>
    <message>
        <source>&amp;My tasks</source>
        <translation>&amp;Moje zadania</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakty</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>&amp;Firmy</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Raporty</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;Export all clients…</source>
        <translation>&amp;Eksportuj wszystkich klientów…</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>Nowy &amp;kontakt…</translation>
    </message>
    <message>
        <source>New c&amp;ompany…</source>
        <translation>Nowa &amp;firma…</translation>
    </message>
    <message>
        <source>Export my tasks as iCalendar…</source>
        <translation>Eksportuj moje zadania do iCalendar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>&amp;Proces</translation>
    </message>
    <message>
        <source>&amp;Configure process…</source>
        <translation>&amp;Konfiguruj proces…</translation>
    </message>
    <message>
        <source>&amp;Triggers…</source>
        <translation>&amp;Wyzwalacze…</translation>
    </message>
    <message>
        <source>C&amp;ampaigns…</source>
        <translation>K&amp;ampanie…</translation>
    </message>
    <message>
        <source>Trigger &amp;log</source>
        <translation>&amp;Dziennik wyzwalaczy</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>&amp;Szansa</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Kosz…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gmenty</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About Etap</source>
        <translation>&amp;O programie Etap</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>&amp;Historia importów…</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Katalog…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Użytkownicy…</translation>
    </message>
    <message>
        <source>My &amp;profile…</source>
        <translation>Mój &amp;profil…</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Zmień moje &amp;hasło…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Twoje hasło zostało zmienione.</translation>
    </message>
    <message>
        <source>Send &amp;follow-up…</source>
        <translation>Wyślij &amp;follow-up…</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>Ustawienia &amp;poczty…</translation>
    </message>
    <message>
        <source>E-mail &amp;templates…</source>
        <translation>&amp;Szablony e-mail…</translation>
    </message>
    <message>
        <source>&amp;Unfiled mail…</source>
        <translation>&amp;Nieprzypisana poczta…</translation>
    </message>
    <message>
        <source>Check &amp;mail now</source>
        <translation>Sprawdź &amp;pocztę teraz</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n message(s) sent</source>
        <translation>
            <numerusform>Skrzynka nadawcza: wysłano %n wiadomość</numerusform>
            <numerusform>Skrzynka nadawcza: wysłano %n wiadomości</numerusform>
            <numerusform>Skrzynka nadawcza: wysłano %n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the database lost — reconnecting…</source>
        <translation>Utracono połączenie z bazą danych — ponowne łączenie…</translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation>Ponownie połączono z bazą danych.</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Termin zadania: %1</translation>
    </message>
    <message>
        <source>Triggers: %1 fired, %2 failed</source>
        <translation>Wyzwalacze: uruchomione %1, nieudane %2</translation>
    </message>
    <message>
        <source>Mail: %1</source>
        <translation>Poczta: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mail: %n new message(s)</source>
        <translation>
            <numerusform>Poczta: %n nowa wiadomość</numerusform>
            <numerusform>Poczta: %n nowe wiadomości</numerusform>
            <numerusform>Poczta: %n nowych wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unfiled)</source>
        <translation>
            <numerusform>(%n nieprzypisana)</numerusform>
            <numerusform>(%n nieprzypisane)</numerusform>
            <numerusform>(%n nieprzypisanych)</numerusform>
        </translation>
    </message>
    <message>
        <source>Advanced search…</source>
        <translation>Wyszukiwanie zaawansowane…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Nowa szansa</translation>
    </message>
    <message>
        <source>Create a sales process first (Process → New process…).</source>
        <translation>Najpierw utwórz proces sprzedaży (Proces → Nowy proces…).</translation>
    </message>
    <message>
        <source>Deal %1 created.</source>
        <translation>Utworzono szansę %1.</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Nowy proces</translation>
    </message>
    <message>
        <source>Name of the process:</source>
        <translation>Nazwa procesu:</translation>
    </message>
    <message>
        <source>Start from template:</source>
        <translation>Zacznij od szablonu:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The language changes the next time Etap starts.</source>
        <translation>Język zmieni się przy następnym uruchomieniu Etapu.</translation>
    </message>
    <message>
        <source>About Etap</source>
        <translation>O programie Etap</translation>
    </message>
    <message>
        <source>Etap %1 — a desktop sales-pipeline CRM.</source>
        <translation>Etap %1 — program CRM do prowadzenia lejka sprzedaży.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>What each column of the file holds. Columns left at “(not imported)” are ignored.</source>
        <translation>Co zawiera każda kolumna pliku. Kolumny oznaczone „(nie importuj)” są pomijane.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Pierwsze wartości</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>When a record is already in Etap:</source>
        <translation>Gdy rekord jest już w Etapie:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nie importuj)</translation>
    </message>
    <message>
        <source>Deals (same number):</source>
        <translation>Szanse (ten sam numer):</translation>
    </message>
    <message>
        <source>Contacts (same e-mail, or name and company):</source>
        <translation>Kontakty (ten sam e-mail albo imię, nazwisko i firma):</translation>
    </message>
    <message>
        <source>Companies (same NIP/CUI or name):</source>
        <translation>Firmy (ten sam NIP/CUI lub nazwa):</translation>
    </message>
    <message>
        <source>Products (same code):</source>
        <translation>Produkty (ten sam kod):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose what at least one column holds.</source>
        <translation>Wskaż zawartość co najmniej jednej kolumny.</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Queued / sent</source>
        <translation>Dodano / wysłano</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Odpowiedź serwera</translation>
    </message>
</context>
<context>
    <name>MyTasksModel</name>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Bez terminu</translation>
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
        <source>Deal</source>
        <translation>Szansa</translation>
    </message>
</context>
<context>
    <name>MyTasksView</name>
    <message>
        <source>Mark done</source>
        <translation>Oznacz jako wykonane</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Dodaj do kalendarza</translation>
    </message>
    <message>
        <source>Open the task in your calendar application (.ics)</source>
        <translation>Otwórz zadanie w swoim programie kalendarza (.ics)</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Moje zadania</translation>
    </message>
</context>
<context>
    <name>NewCompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>Type to search companies</source>
        <translation>Wpisz, aby wyszukać firmę</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Imię:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nazwisko:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Nowa szansa</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Bez opiekuna</translation>
    </message>
    <message>
        <source>Type to search contacts</source>
        <translation>Wpisz, aby wyszukać kontakt</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nowy kontakt…</translation>
    </message>
    <message>
        <source>Type to search companies</source>
        <translation>Wpisz, aby wyszukać firmę</translation>
    </message>
    <message>
        <source>New company…</source>
        <translation>Nowa firma…</translation>
    </message>
    <message>
        <source>Open the deal after creating it</source>
        <translation>Otwórz szansę po utworzeniu</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etap:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tytuł:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wartość:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Planowane zamknięcie:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Opiekun:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Sub-stage:</source>
        <translation>Podetap:</translation>
    </message>
    <message>
        <source>Next contact:</source>
        <translation>Następny kontakt:</translation>
    </message>
    <message>
        <source>Lost reason:</source>
        <translation>Powód utraty:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <source>Create a sales process first (Process → New process…).</source>
        <translation>Najpierw utwórz proces sprzedaży (Proces → Nowy proces…).</translation>
    </message>
    <message>
        <source>Required in this stage.</source>
        <translation>Wymagane w tym etapie.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Write a note about this deal…</source>
        <translation>Napisz notatkę o tej szansie…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Dołącz plik…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Files (up to %1 MB each)</source>
        <translation>Pliki (do %1 MB każdy)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Brak notatek.</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Dołącz plik</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Nie udało się odczytać pliku: %1</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Zapisz plik</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Nie udało się zapisać pliku: %1</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Usuń plik</translation>
    </message>
    <message>
        <source>Delete “%1” from this deal?</source>
        <translation>Usunąć „%1” z tej szansy?</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n nieprzeczytane powiadomienie</numerusform>
            <numerusform>%n nieprzeczytane powiadomienia</numerusform>
            <numerusform>%n nieprzeczytanych powiadomień</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nic nowego.</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Oznacz wszystkie jako przeczytane</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <source>Task due</source>
        <translation>Termin zadania</translation>
    </message>
    <message>
        <source>Activity done</source>
        <translation>Wykonane działanie</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Wyzwalacz</translation>
    </message>
    <message numerus="yes">
        <source>Trigger in “%1”: %n deal(s)</source>
        <translation>
            <numerusform>Wyzwalacz w etapie „%1”: %n szansa</numerusform>
            <numerusform>Wyzwalacz w etapie „%1”: %n szanse</numerusform>
            <numerusform>Wyzwalacz w etapie „%1”: %n szans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <source>Preview offer</source>
        <translation>Podgląd oferty</translation>
    </message>
    <message>
        <source>Open in web browser</source>
        <translation>Otwórz w przeglądarce</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Eksport do PDF…</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Edytuj szablon…</translation>
    </message>
    <message>
        <source>Letterhead…</source>
        <translation>Nagłówek firmowy…</translation>
    </message>
    <message>
        <source>Offer language:</source>
        <translation>Język oferty:</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Save offer as PDF</source>
        <translation>Zapisz ofertę jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OfferPreview</name>
    <message>
        <source>Offer preview</source>
        <translation>Podgląd oferty</translation>
    </message>
</context>
<context>
    <name>OfferStatus</name>
    <message>
        <source>Not sent</source>
        <translation>Niewysłana</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłana</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Z odpowiedzią</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucona</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Utworzona</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłana</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Z odpowiedzią</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Bez daty</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Zmiana mojego hasła</translation>
    </message>
    <message>
        <source>Set password for %1</source>
        <translation>Ustaw hasło dla: %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a sentence you remember is best.</source>
        <translation>
            <numerusform>Co najmniej %n znak; najlepiej zdanie, które zapamiętasz.</numerusform>
            <numerusform>Co najmniej %n znaki; najlepiej zdanie, które zapamiętasz.</numerusform>
            <numerusform>Co najmniej %n znaków; najlepiej zdanie, które zapamiętasz.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Obecne hasło:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Nowe hasło:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Powtórz nowe hasło:</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>Show suggestions</source>
        <translation>Pokaż podpowiedzi</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>Contact&apos;s full name</source>
        <translation>Imię i nazwisko kontaktu</translation>
    </message>
    <message>
        <source>Contact&apos;s first name</source>
        <translation>Imię kontaktu</translation>
    </message>
    <message>
        <source>Contact&apos;s last name</source>
        <translation>Nazwisko kontaktu</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail address</source>
        <translation>Adres e-mail kontaktu</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Nazwa firmy</translation>
    </message>
    <message>
        <source>Deal number</source>
        <translation>Numer szansy</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Tytuł szansy</translation>
    </message>
    <message>
        <source>Deal value with currency</source>
        <translation>Wartość szansy z walutą</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Imię i nazwisko opiekuna</translation>
    </message>
    <message>
        <source>Owner&apos;s e-mail address</source>
        <translation>Adres e-mail opiekuna</translation>
    </message>
    <message>
        <source>Owner&apos;s signature</source>
        <translation>Podpis opiekuna</translation>
    </message>
    <message>
        <source>Offer valid until</source>
        <translation>Oferta ważna do</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>The first 200 rows as they will be stored. Red cells keep their row out; yellow ones are warnings.</source>
        <translation>Pierwsze 200 wierszy tak, jak zostaną zapisane. Czerwone komórki wykluczają wiersz; żółte to ostrzeżenia.</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>Zapisz raport błędów…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importowany</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>pominięty</translation>
    </message>
    <message>
        <source>Rows in the file: {rows}. Of the first {shown}: {errors} left out, {warnings} with warnings.</source>
        <translation>Wierszy w pliku: {rows}. Z pierwszych {shown}: pominięte {errors}, z ostrzeżeniami {warnings}.</translation>
    </message>
    <message>
        <source>{name} (new user)</source>
        <translation>{name} (nowy użytkownik)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(bez opiekuna)</translation>
    </message>
</context>
<context>
    <name>PriceListsTab</name>
    <message>
        <source>New price list…</source>
        <translation>Nowy cennik…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Cena</translation>
    </message>
    <message>
        <source>Price in the list&apos;s currency</source>
        <translation>Cena w walucie cennika</translation>
    </message>
    <message>
        <source>Add or change product…</source>
        <translation>Dodaj lub zmień produkt…</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Usuń produkt</translation>
    </message>
    <message>
        <source>Price list:</source>
        <translation>Cennik:</translation>
    </message>
    <message>
        <source>New price list</source>
        <translation>Nowy cennik</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Wybierz produkt</translation>
    </message>
    <message>
        <source>Search by code or name…</source>
        <translation>Szukaj po kodzie lub nazwie…</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Search by code or name…</source>
        <translation>Szukaj po kodzie lub nazwie…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>J.m.</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Cena netto</translation>
    </message>
    <message>
        <source>Purchase cost</source>
        <translation>Koszt zakupu</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Active (offered in pickers)</source>
        <translation>Aktywny (widoczny przy wyborze)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>J.m.:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
    <message>
        <source>Net price:</source>
        <translation>Cena netto:</translation>
    </message>
    <message>
        <source>Purchase cost:</source>
        <translation>Koszt zakupu:</translation>
    </message>
    <message>
        <source>VAT %:</source>
        <translation>VAT %:</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nowy produkt</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Zapisz produkt</translation>
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
        <source>pcs</source>
        <translation>szt.</translation>
    </message>
</context>
<context>
    <name>QuickRange</name>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Since yesterday</source>
        <translation>Od wczoraj</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <source>1 unit of</source>
        <translation>1 jednostka</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>kosztuje</translation>
    </message>
    <message>
        <source>in</source>
        <translation>w walucie</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>Zapisz kurs</translation>
    </message>
    <message>
        <source>Delete rate</source>
        <translation>Usuń kurs</translation>
    </message>
    <message>
        <source>Calculations freeze the rate they use: changing a rate here never alters an offer.</source>
        <translation>Kalkulacje zamrażają użyty kurs: zmiana kursu tutaj nigdy nie zmienia oferty.</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Activity</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Work done (and tasks due) in the period</source>
        <translation>Praca wykonana (i zadania z terminem) w okresie</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Zadania wykonane</translation>
    </message>
    <message>
        <source>Tasks planned</source>
        <translation>Zadania zaplanowane</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Zadania zaległe</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Wykonane działania</translation>
    </message>
    <message>
        <source>E-mails sent</source>
        <translation>Wysłane e-maile</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>Utworzone szanse</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrane</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrane</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Handlowiec</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Skuteczność</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Wykonana praca</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Szanse</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Cały czas</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ten kwartał</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Poprzedni kwartał</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Ten rok</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Poprzedni rok</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ostatnie 12 miesięcy</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>Najbliższe 6 miesięcy</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konwersja</translation>
    </message>
    <message>
        <source>Deals created in the period</source>
        <translation>Szanse utworzone w okresie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Reached at any point</source>
        <translation>Osiągnęły etap kiedykolwiek</translation>
    </message>
    <message>
        <source>Conversion from previous stage</source>
        <translation>Konwersja z poprzedniego etapu</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Odpływ</translation>
    </message>
    <message>
        <source>Through every stage in order</source>
        <translation>Przez wszystkie etapy po kolei</translation>
    </message>
    <message>
        <source>Conversion in order</source>
        <translation>Konwersja po kolei</translation>
    </message>
    <message>
        <source>Drop-off in order</source>
        <translation>Odpływ po kolei</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Cykl sprzedaży</translation>
    </message>
    <message>
        <source>Deals closed (and stays begun) in the period</source>
        <translation>Szanse zamknięte (i pobyty w etapach rozpoczęte) w okresie</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>Średnio dni w etapie</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Pobyty w etapie</translation>
    </message>
    <message>
        <source>Deals there now</source>
        <translation>Szanse w etapie teraz</translation>
    </message>
    <message>
        <source>Rotting days</source>
        <translation>Dni do zalegania</translation>
    </message>
    <message>
        <source>Stuck past rotting days</source>
        <translation>Zalegające ponad limit dni</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>Mediana dni do zamknięcia</translation>
    </message>
    <message>
        <source>Average days to close</source>
        <translation>Średnio dni do zamknięcia</translation>
    </message>
    <message>
        <source>Median days to win</source>
        <translation>Mediana dni do wygranej</translation>
    </message>
    <message>
        <source>Average days to win</source>
        <translation>Średnio dni do wygranej</translation>
    </message>
    <message>
        <source>Median days to lose</source>
        <translation>Mediana dni do przegranej</translation>
    </message>
    <message>
        <source>Stuck deals</source>
        <translation>Zalegające szanse</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoza</translation>
    </message>
    <message>
        <source>Months of expected close</source>
        <translation>Miesiące przewidywanego zamknięcia</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Otwarte szanse</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Wartość ważona</translation>
    </message>
    <message>
        <source>Value won</source>
        <translation>Wartość wygranych</translation>
    </message>
    <message>
        <source>Forecast at month start</source>
        <translation>Prognoza na początek miesiąca</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>Trafność prognozy</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Otwarty lejek</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>Wygrane i przegrane</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <source>Deals closed in the period</source>
        <translation>Szanse zamknięte w okresie</translation>
    </message>
    <message>
        <source>Value lost</source>
        <translation>Wartość przegranych</translation>
    </message>
    <message>
        <source>Share of lost</source>
        <translation>Udział w przegranych</translation>
    </message>
    <message>
        <source>Other closed</source>
        <translation>Inne zamknięte</translation>
    </message>
    <message>
        <source>Double-click to open these deals in the funnel view</source>
        <translation>Kliknij dwukrotnie, aby otworzyć te szanse w widoku lejka</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Custom…</source>
        <translation>Własny zakres…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Chart and table as PNG…</source>
        <translation>Wykres i tabela jako PNG…</translation>
    </message>
    <message>
        <source>Chart and table as PDF…</source>
        <translation>Wykres i tabela jako PDF…</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabela jako CSV…</translation>
    </message>
    <message>
        <source>Table as XLSX…</source>
        <translation>Tabela jako XLSX…</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Słupki</translation>
    </message>
    <message>
        <source>Show the pie&apos;s numbers as bars</source>
        <translation>Pokaż liczby z wykresu kołowego jako słupki</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grupuj według</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Wykres</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>All processes</source>
        <translation>Wszystkie procesy</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Wszystkie źródła</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Wszyscy opiekunowie</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Bez opiekuna</translation>
    </message>
    <message>
        <source>Owners: %1</source>
        <translation>Opiekunowie: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Obliczanie…</translation>
    </message>
    <message>
        <source>Nothing to draw: every number in this chart is zero.</source>
        <translation>Nie ma czego narysować: wszystkie liczby na tym wykresie są zerowe.</translation>
    </message>
    <message>
        <source>No deals match these filters.</source>
        <translation>Żadna szansa nie spełnia tych warunków.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokument PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Plik CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksport raportu</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Nie udało się zapisać pliku: %1</translation>
    </message>
</context>
<context>
    <name>RequiredFieldsDialog</name>
    <message>
        <source>Move to “%1”</source>
        <translation>Przenieś do „%1”</translation>
    </message>
    <message>
        <source>Stage “%1” needs this information for “%2”:</source>
        <translation>Etap „%1” wymaga tych informacji dla „%2”:</translation>
    </message>
    <message>
        <source>Type to search contacts</source>
        <translation>Wpisz, aby wyszukać kontakt</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>Dlaczego szansa została utracona?</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Kwota w %1</translation>
    </message>
    <message>
        <source>Choose a contact from the list.</source>
        <translation>Wybierz kontakt z listy.</translation>
    </message>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation>%1: wartość musi być większa od zera.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1: to pole jest wymagane.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Salesperson</source>
        <translation>Handlowiec</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Menedżer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>All rows are saved in one step: Cancel or an error leaves Etap as it was.</source>
        <translation>Wszystkie wiersze są zapisywane naraz: anulowanie lub błąd pozostawia Etap bez zmian.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Anuluj import</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>Zapisz raport błędów…</translation>
    </message>
    <message>
        <source>Ready to import {rows} rows.</source>
        <translation>Gotowe do importu wierszy: {rows}.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Advanced search</source>
        <translation>Wyszukiwanie zaawansowane</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Bez opiekuna</translation>
    </message>
    <message>
        <source>Optional: save as a segment with this name</source>
        <translation>Opcjonalnie: zapisz jako segment o tej nazwie</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Etapy:</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Opiekunowie:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Źródła:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Utworzono:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Planowane zamknięcie:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wartość:</translation>
    </message>
    <message>
        <source>Text contains:</source>
        <translation>Tekst zawiera:</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Only an administrator can change this setting.</source>
        <translation>Tylko administrator może zmienić to ustawienie.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Deals without calculation</source>
        <translation>Szanse bez kalkulacji</translation>
    </message>
    <message>
        <source>For teams that price offers elsewhere: the Calculation tab is hidden for everyone and deals keep only value and cost. Calculations made earlier are hidden, not deleted, and come back when this is switched off.</source>
        <translation>Dla zespołów, które wyceniają oferty gdzie indziej: zakładka Kalkulacja jest ukryta dla wszystkich, a szanse zachowują tylko wartość i koszt. Wcześniejsze kalkulacje są ukryte, nie usunięte, i wracają po wyłączeniu tej opcji.</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Strefa czasowa systemu (%1)</translation>
    </message>
    <message>
        <source>Business time zone:</source>
        <translation>Strefa czasowa firmy:</translation>
    </message>
    <message>
        <source>Time-in-stage triggers count calendar days and keep the clock time in this zone.</source>
        <translation>Wyzwalacze czasu w etapie liczą dni kalendarzowe i zachowują godzinę zegarową w tej strefie.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Direct visit</source>
        <translation>Bezpośrednia wizyta</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formularz kontaktowy</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Live call</source>
        <translation>Livecall</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Deal sources</source>
        <translation>Źródła szans</translation>
    </message>
    <message>
        <source>One source per line. Deals keep their source when it is removed from the list.</source>
        <translation>Jedno źródło w wierszu. Szanse zachowują swoje źródło, gdy zostanie ono usunięte z listy.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Stage actions</source>
        <translation>Akcje etapu</translation>
    </message>
    <message>
        <source>New deal in this stage</source>
        <translation>Nowa szansa w tym etapie</translation>
    </message>
    <message>
        <source>No deals in this stage.
Drag a card here or click +.</source>
        <translation>Brak szans w tym etapie.
Przeciągnij tu kartę lub kliknij +.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n szansa</numerusform>
            <numerusform>%n szanse</numerusform>
            <numerusform>%n szans</numerusform>
        </translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Brak wartości</translation>
    </message>
    <message>
        <source>%1, weighted by probability %2</source>
        <translation>%1, ważona prawdopodobieństwem %2</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source>One sub-stage per line</source>
        <translation>Jeden podetap w wierszu</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Dodaj działanie</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Usuń działanie</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Nazwa etapu:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <source>Sub-stages:</source>
        <translation>Podetapy:</translation>
    </message>
    <message>
        <source>Required on entry:</source>
        <translation>Wymagane przy wejściu:</translation>
    </message>
    <message>
        <source>Default probability:</source>
        <translation>Domyślne prawdopodobieństwo:</translation>
    </message>
    <message>
        <source>Rotting after:</source>
        <translation>Zaleganie po:</translation>
    </message>
    <message>
        <source>Activities (drag to reorder; weights give the win probability):</source>
        <translation>Działania (przeciągnij, aby zmienić kolejność; wagi dają prawdopodobieństwo wygranej):</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>waga %1</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nowe działanie</translation>
    </message>
</context>
<context>
    <name>StageKind</name>
    <message>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Przegrana</translation>
    </message>
    <message>
        <source>Closed (other)</source>
        <translation>Zamknięty (inny)</translation>
    </message>
</context>
<context>
    <name>StageName</name>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Prezentacja</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Pozyskany</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Utracony</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Nowe leady</translation>
    </message>
    <message>
        <source>In acquisition</source>
        <translation>W trakcie pozyskania</translation>
    </message>
    <message>
        <source>Call scheduled</source>
        <translation>Umówiony na telco</translation>
    </message>
    <message>
        <source>After call – meeting</source>
        <translation>Po telco – spotkanie</translation>
    </message>
    <message>
        <source>To be offered</source>
        <translation>Do zaofertowania</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Zaofertowany</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>W trakcie negocjacji</translation>
    </message>
    <message>
        <source>Contract sent</source>
        <translation>Umowa wysłana</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Rezygnacja</translation>
    </message>
    <message>
        <source>Data gathering</source>
        <translation>Zbieranie danych</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Rozpoznanie potrzeb</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Ofertowanie</translation>
    </message>
</context>
<context>
    <name>StageTriggersWidget</name>
    <message>
        <source>Every</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Akcja</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source> day(s) in the stage</source>
        <translation> dni na etapie</translation>
    </message>
    <message>
        <source>Task title, e.g. Call the client again</source>
        <translation>Tytuł zadania, np. Zadzwoń ponownie do klienta</translation>
    </message>
    <message>
        <source>The owner and all managers get a notification.</source>
        <translation>Opiekun i wszyscy menedżerowie dostaną powiadomienie.</translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation>Dodaj wyzwalacz</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Wystąpienie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Po:</translation>
    </message>
    <message>
        <source>Do:</source>
        <translation>Wykonaj:</translation>
    </message>
    <message>
        <source>Triggers of “%1”</source>
        <translation>Wyzwalacze etapu „%1”</translation>
    </message>
    <message>
        <source>Recent firings:</source>
        <translation>Ostatnie uruchomienia:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete trigger</source>
        <translation>Usuń wyzwalacz</translation>
    </message>
    <message>
        <source>Delete this trigger?</source>
        <translation>Usunąć ten wyzwalacz?</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>New task, e.g. Call back about the offer</source>
        <translation>Nowe zadanie, np. Oddzwonić w sprawie oferty</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Dodaj zadanie</translation>
    </message>
    <message>
        <source>Done / reopen</source>
        <translation>Wykonane / otwórz ponownie</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <source>No tasks yet. Add the next step below.</source>
        <translation>Brak zadań. Dodaj następny krok poniżej.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Empty (3 open stages, Won, Lost)</source>
        <translation>Pusty (3 etapy otwarte, Wygrana, Przegrana)</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Lejek sprzedaży</translation>
    </message>
    <message>
        <source>B2B</source>
        <translation>B2B</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Offer template (%1)</source>
        <translation>Szablon oferty (%1)</translation>
    </message>
    <message>
        <source>HTML with Jinja2 placeholders, e.g. {{ deal.number }}, {{ totals.gross }}.</source>
        <translation>HTML z polami Jinja2, np. {{ deal.number }}, {{ totals.gross }}.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>E-mail templates</source>
        <translation>Szablony e-mail</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Optional: the same message as simple HTML</source>
        <translation>Opcjonalnie: ta sama wiadomość w prostym HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Zwykły tekst</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>deal number for the preview, e.g. SPR/2026/0001</source>
        <translation>numer szansy do podglądu, np. SPR/2026/0001</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>Preview with deal:</source>
        <translation>Podgląd dla szansy:</translation>
    </message>
    <message>
        <source>Double-click to insert</source>
        <translation>Kliknij dwukrotnie, aby wstawić</translation>
    </message>
    <message>
        <source>Only managers and administrators can change the shared templates.</source>
        <translation>Wspólne szablony mogą zmieniać tylko menedżerowie i administratorzy.</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Usunąć szablon „%1”?</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>From rates table</source>
        <translation>Z tabeli kursów</translation>
    </message>
    <message>
        <source>Take today&apos;s rate from the exchange-rate table and freeze it here</source>
        <translation>Pobierz bieżący kurs z tabeli kursów i zamroź go w tej kalkulacji</translation>
    </message>
    <message>
        <source>e.g. bank transfer, 14 days</source>
        <translation>np. przelew, 14 dni</translation>
    </message>
    <message>
        <source>e.g. delivery within 3 weeks</source>
        <translation>np. dostawa w ciągu 3 tygodni</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Ważna do</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
    <message>
        <source>Rate to deal currency:</source>
        <translation>Kurs do waluty szansy:</translation>
    </message>
    <message>
        <source>Price list:</source>
        <translation>Cennik:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Warunki płatności:</translation>
    </message>
    <message>
        <source>Delivery terms:</source>
        <translation>Warunki dostawy:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Ważność:</translation>
    </message>
    <message>
        <source>(none — catalogue prices)</source>
        <translation>(brak — ceny z katalogu)</translation>
    </message>
    <message>
        <source>The rates table has no rate for this pair of currencies.</source>
        <translation>W tabeli kursów nie ma kursu dla tej pary walut.</translation>
    </message>
</context>
<context>
    <name>ThreadsModel</name>
    <message>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message numerus="yes">
        <source> · %n attachment(s)</source>
        <translation>
            <numerusform> · %n załącznik</numerusform>
            <numerusform> · %n załączniki</numerusform>
            <numerusform> · %n załączników</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Od %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Do %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Odebrana</translation>
    </message>
    <message>
        <source>Sent from another program</source>
        <translation>Wysłana z innego programu</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Process › stage</source>
        <translation>Proces › etap</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Kosz jest pusty.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Managers put deals back where they were, with everything they had.</source>
        <translation>Menedżerowie przywracają szanse tam, gdzie były, ze wszystkim, co miały.</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Usuń na zawsze…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deal(s) for good, with their history, tasks and files? This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć na zawsze %n szansę wraz z historią, zadaniami i plikami? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć na zawsze %n szanse wraz z historią, zadaniami i plikami? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć na zawsze %n szans wraz z historią, zadaniami i plikami? Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Usuń na zawsze</translation>
    </message>
</context>
<context>
    <name>Trigger</name>
    <message>
        <source>Add the contact to a campaign</source>
        <translation>Dodaj kontakt do kampanii</translation>
    </message>
    <message>
        <source>Create a task for the owner</source>
        <translation>Utwórz zadanie dla opiekuna</translation>
    </message>
    <message>
        <source>Send an e-mail template</source>
        <translation>Wyślij szablon e-mail</translation>
    </message>
    <message>
        <source>Notify the owner and managers</source>
        <translation>Powiadom opiekuna i menedżerów</translation>
    </message>
    <message>
        <source>Move the deal to another stage</source>
        <translation>Przenieś szansę na inny etap</translation>
    </message>
</context>
<context>
    <name>TriggerLog</name>
    <message>
        <source>%1 added to the campaign “%2”</source>
        <translation>%1 — dodano do kampanii „%2”</translation>
    </message>
    <message>
        <source>%1 is already in the campaign “%2”</source>
        <translation>%1 — już jest w kampanii „%2”</translation>
    </message>
    <message>
        <source>%1 was not added to the campaign “%2”: no marketing consent</source>
        <translation>%1 — nie dodano do kampanii „%2”: brak zgody marketingowej</translation>
    </message>
    <message>
        <source>Task created: %1</source>
        <translation>Utworzono zadanie: %1</translation>
    </message>
    <message numerus="yes">
        <source>Notified %n person(s)</source>
        <translation>
            <numerusform>Powiadomiono %n osobę</numerusform>
            <numerusform>Powiadomiono %n osoby</numerusform>
            <numerusform>Powiadomiono %n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to the stage “%1”</source>
        <translation>Przeniesiono do etapu „%1”</translation>
    </message>
    <message>
        <source>E-mail queued: %1</source>
        <translation>Przygotowano e-mail: %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Nieoczekiwany błąd: %1</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>uruchomiony</translation>
    </message>
    <message>
        <source>skipped (app was closed)</source>
        <translation>pominięty (aplikacja była zamknięta)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>błąd</translation>
    </message>
</context>
<context>
    <name>TriggerLogWindow</name>
    <message>
        <source>Trigger log</source>
        <translation>Dziennik wyzwalaczy</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Szansa</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Wyzwalacz</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Wystąpienie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <source>Nothing has fired yet.</source>
        <translation>Nic jeszcze nie zostało uruchomione.</translation>
    </message>
</context>
<context>
    <name>TriggersDialog</name>
    <message>
        <source>Triggers</source>
        <translation>Wyzwalacze</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etap:</translation>
    </message>
</context>
<context>
    <name>UnfiledMailDialog</name>
    <message>
        <source>Unfiled mail</source>
        <translation>Nieprzypisana poczta</translation>
    </message>
    <message>
        <source>Find a deal by number or title…</source>
        <translation>Znajdź szansę po numerze lub tytule…</translation>
    </message>
    <message>
        <source>File to this deal</source>
        <translation>Przypisz do tej szansy</translation>
    </message>
    <message>
        <source>Remember the sender for this deal</source>
        <translation>Zapamiętaj nadawcę dla tej szansy</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait to be filed.</source>
        <translation>
            <numerusform>%n wiadomość czeka na przypisanie.</numerusform>
            <numerusform>%n wiadomości czekają na przypisanie.</numerusform>
            <numerusform>%n wiadomości czeka na przypisanie.</numerusform>
        </translation>
    </message>
    <message>
        <source>All mail is filed.</source>
        <translation>Cała poczta jest przypisana.</translation>
    </message>
    <message>
        <source>File to:</source>
        <translation>Przypisz do:</translation>
    </message>
</context>
<context>
    <name>UnfiledModel</name>
    <message>
        <source>Received</source>
        <translation>Odebrana</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Mój profil</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Nowy użytkownik</translation>
    </message>
    <message>
        <source>Added under your e-mails, e.g. name, position, phone</source>
        <translation>Dodawany pod Twoimi wiadomościami, np. imię i nazwisko, stanowisko, telefon</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Co najmniej %n znak.</numerusform>
            <numerusform>Co najmniej %n znaki.</numerusform>
            <numerusform>Co najmniej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Podpis:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Powtórz hasło:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Ustaw &amp;hasło…</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(nieaktywny)</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Dezaktywuj…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Aktywuj ponownie</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Zmień moje &amp;hasło…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>inactive: cannot sign in</source>
        <translation>nieaktywny: nie może się logować</translation>
    </message>
    <message>
        <source>active, no password yet (cannot sign in to a team database)</source>
        <translation>aktywny, jeszcze bez hasła (nie zaloguje się do bazy zespołu)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation>Dezaktywować: %1? Ta osoba nie będzie mogła się logować.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Dezaktywacja użytkownika</translation>
    </message>
    <message>
        <source>Keep them with %1</source>
        <translation>Zostaw u: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n deal(s). Hand them to:</source>
        <translation>
            <numerusform>%1 jest opiekunem %n szansy. Przekaż ją:</numerusform>
            <numerusform>%1 jest opiekunem %n szans. Przekaż je:</numerusform>
            <numerusform>%1 jest opiekunem %n szans. Przekaż je:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Values</source>
        <translation>Wartości</translation>
    </message>
    <message>
        <source>How the file&apos;s values match Etap&apos;s. Proposed by name; change what is wrong.</source>
        <translation>Jak wartości z pliku odpowiadają wartościom w Etapie. Dopasowano po nazwie; popraw, co się nie zgadza.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>W pliku</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>In Etap</source>
        <translation>W Etapie</translation>
    </message>
    <message>
        <source>{rows} rows in the file.</source>
        <translation>Wierszy w pliku: {rows}.</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>wybierz…</translation>
    </message>
    <message>
        <source>day first (31.12.2026)</source>
        <translation>najpierw dzień (31.12.2026)</translation>
    </message>
    <message>
        <source>month first (12/31/2026)</source>
        <translation>najpierw miesiąc (12/31/2026)</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Kolejność w dacie</translation>
    </message>
    <message>
        <source>Process “{name}” will be created with the file&apos;s stages.</source>
        <translation>Proces „{name}” zostanie utworzony z etapami z pliku.</translation>
    </message>
    <message>
        <source>(leave these rows out)</source>
        <translation>(pomiń te wiersze)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(bez opiekuna)</translation>
    </message>
    <message>
        <source>(a new user with this name)</source>
        <translation>(nowy użytkownik o tej nazwie)</translation>
    </message>
    <message>
        <source>Nothing to match: every value is taken as it is.</source>
        <translation>Nie ma czego dopasowywać: wszystkie wartości zostaną przyjęte bez zmian.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the order of day and month for each date column.</source>
        <translation>Wskaż kolejność dnia i miesiąca dla każdej kolumny z datami.</translation>
    </message>
</context>
</TS>
