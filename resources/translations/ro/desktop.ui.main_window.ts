<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
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
        <translation>Etap — fluxul vânzărilor</translation>
    </message>
    <message>
        <source>Sales process shown</source>
        <translation>Procesul de vânzare afișat</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Autentificat ca %1 (%2)</translation>
    </message>
    <message>
        <source>No sales process yet</source>
        <translation>Încă nu există niciun proces de vânzare</translation>
    </message>
    <message>
        <source>Create a process from a template to start adding deals.</source>
        <translation>Creați un proces dintr-un șablon pentru a începe să adăugați oportunități.</translation>
    </message>
    <message>
        <source>New process…</source>
        <translation>Proces nou…</translation>
    </message>
    <message>
        <source>&amp;New process…</source>
        <translation>Proces &amp;nou…</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>&amp;Oportunitate nouă…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Reîmprospătează</translation>
    </message>
    <message>
        <source>&amp;Funnel (table of deals)</source>
        <translation>&amp;Pâlnie (tabelul oportunităților)</translation>
    </message>
    <message>
        <source>&amp;My tasks</source>
        <translation>&amp;Sarcinile mele</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapoarte</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacte</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>C&amp;ompanii</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anulează</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refă</translation>
    </message>
    <message>
        <source>&amp;Export all clients…</source>
        <translation>&amp;Exportă toți clienții…</translation>
    </message>
    <message>
        <source>New &amp;contact…</source>
        <translation>&amp;Contact nou…</translation>
    </message>
    <message>
        <source>New c&amp;ompany…</source>
        <translation>C&amp;ompanie nouă…</translation>
    </message>
    <message>
        <source>Export my tasks as iCalendar…</source>
        <translation>Exportă sarcinile mele ca iCalendar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ieși&amp;re</translation>
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
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation>&amp;Proces</translation>
    </message>
    <message>
        <source>&amp;Configure process…</source>
        <translation>&amp;Configurează procesul…</translation>
    </message>
    <message>
        <source>&amp;Triggers…</source>
        <translation>&amp;Declanșatoare…</translation>
    </message>
    <message>
        <source>C&amp;ampaigns…</source>
        <translation>C&amp;ampanii…</translation>
    </message>
    <message>
        <source>Trigger &amp;log</source>
        <translation>&amp;Jurnalul declanșatoarelor</translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation>&amp;Oportunitate</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Coș…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation>Se&amp;gmente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <source>&amp;About Etap</source>
        <translation>&amp;Despre Etap</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importă…</translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation>Is&amp;toricul importurilor…</translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation>&amp;Catalog…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilizatori…</translation>
    </message>
    <message>
        <source>My &amp;profile…</source>
        <translation>&amp;Profilul meu…</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Schimbă-mi pa&amp;rola…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Parola dumneavoastră a fost schimbată.</translation>
    </message>
    <message>
        <source>Send &amp;follow-up…</source>
        <translation>Trimite mesaj de &amp;urmărire…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Instrumente</translation>
    </message>
    <message>
        <source>&amp;Board (stages)</source>
        <translation>&amp;Panou (etape)</translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation>Setări e-&amp;mail…</translation>
    </message>
    <message>
        <source>E-mail &amp;templates…</source>
        <translation>Ș&amp;abloane de e-mail…</translation>
    </message>
    <message>
        <source>&amp;Unfiled mail…</source>
        <translation>E-mailuri &amp;neatribuite…</translation>
    </message>
    <message>
        <source>Check &amp;mail now</source>
        <translation>Verifică &amp;e-mailul acum</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n message(s) sent</source>
        <translation>
            <numerusform>Căsuța de ieșire: %n mesaj trimis</numerusform>
            <numerusform>Căsuța de ieșire: %n mesaje trimise</numerusform>
            <numerusform>Căsuța de ieșire: %n de mesaje trimise</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the database lost — reconnecting…</source>
        <translation>Conexiunea cu baza de date s-a pierdut — se reconectează…</translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation>Conexiunea cu baza de date a fost restabilită.</translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation>Sarcină scadentă: %1</translation>
    </message>
    <message>
        <source>Triggers: %1 fired, %2 failed</source>
        <translation>Declanșatoare: %1 rulate, %2 eșuate</translation>
    </message>
    <message>
        <source>Mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mail: %n new message(s)</source>
        <translation>
            <numerusform>E-mail: %n mesaj nou</numerusform>
            <numerusform>E-mail: %n mesaje noi</numerusform>
            <numerusform>E-mail: %n de mesaje noi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n unfiled)</source>
        <translation>
            <numerusform>(%n neatribuit)</numerusform>
            <numerusform>(%n neatribuite)</numerusform>
            <numerusform>(%n de neatribuite)</numerusform>
        </translation>
    </message>
    <message>
        <source>Advanced search…</source>
        <translation>Căutare avansată…</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>Oportunitate nouă</translation>
    </message>
    <message>
        <source>Create a sales process first (Process → New process…).</source>
        <translation>Creați mai întâi un proces de vânzare (Proces → Proces nou…).</translation>
    </message>
    <message>
        <source>Deal %1 created.</source>
        <translation>Oportunitatea %1 a fost creată.</translation>
    </message>
    <message>
        <source>New process</source>
        <translation>Proces nou</translation>
    </message>
    <message>
        <source>Name of the process:</source>
        <translation>Numele procesului:</translation>
    </message>
    <message>
        <source>Start from template:</source>
        <translation>Pornește de la șablonul:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>The language changes the next time Etap starts.</source>
        <translation>Limba se schimbă la următoarea pornire a aplicației Etap.</translation>
    </message>
    <message>
        <source>About Etap</source>
        <translation>Despre Etap</translation>
    </message>
    <message>
        <source>Etap %1 — a desktop sales-pipeline CRM.</source>
        <translation>Etap %1 — un CRM desktop pentru fluxul vânzărilor.</translation>
    </message>
</context>
</TS>
