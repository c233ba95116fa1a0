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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales process shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales process yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a process from a template to start adding deals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New process…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New process…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Funnel (table of deals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My tasks</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export all clients…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configure process…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Triggers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ampaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;gments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Etap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board (stages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail &amp;templates…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connection to the database lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the database again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers: %1 fired, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a sales process first (Process → New process…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the process:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Etap starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Etap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Etap %1 — a desktop sales-pipeline CRM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
