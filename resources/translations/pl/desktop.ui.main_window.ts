<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Funnel (table of deals)</source>
        <translation>&amp;Lejek (tabela szans)</translation>
    </message>
    <message>
        <source>&amp;My tasks</source>
        <translation>&amp;Moje zadania</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Raporty</translation>
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
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <source>&amp;Board (stages)</source>
        <translation>&amp;Tablica (etapy)</translation>
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
</TS>
