<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
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
        <translation type="unfinished">Sursă</translation>
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
        <translation type="unfinished">(niciunul)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Setări</translation>
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
        <translation>(pondere %1)</translation>
    </message>
    <message>
        <source>Done %1 by %2</source>
        <translation>Efectuată %1 de %2</translation>
    </message>
    <message>
        <source>You may not perform this activity.</source>
        <translation>Nu aveți voie să efectuați această activitate.</translation>
    </message>
    <message>
        <source>Tick what is done. * marks activities required before the deal can be won.</source>
        <translation>Bifați ce este efectuat. * marchează activitățile obligatorii înainte ca oportunitatea să fie câștigată.</translation>
    </message>
    <message>
        <source>This stage has no activities. Managers add them in Process → Configure process.</source>
        <translation>Această etapă nu are activități. Managerii le adaugă în Proces → Configurează procesul.</translation>
    </message>
    <message>
        <source>Note (required):</source>
        <translation>Notă (obligatorie):</translation>
    </message>
    <message>
        <source>File for “%1”</source>
        <translation>Fișier pentru „%1”</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Fișierul nu a putut fi citit: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>După: %1</translation>
    </message>
</context>
<context>
    <name>Activity</name>
    <message>
        <source>Anyone</source>
        <translation>Oricine</translation>
    </message>
    <message>
        <source>Managers and admins</source>
        <translation>Manageri și administratori</translation>
    </message>
    <message>
        <source>Admins only</source>
        <translation>Doar administratori</translation>
    </message>
    <message>
        <source>Chosen users</source>
        <translation>Utilizatori aleși</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nimic</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>O notă</translation>
    </message>
    <message>
        <source>A note with a file</source>
        <translation>O notă cu fișier</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administratori</translation>
    </message>
    <message>
        <source>Managers</source>
        <translation>Manageri</translation>
    </message>
    <message>
        <source>Deal participants</source>
        <translation>Participanții la oportunitate</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>Selected activity</source>
        <translation>Activitatea selectată</translation>
    </message>
    <message>
        <source>Mandatory before the deal can be won</source>
        <translation>Obligatorie înainte ca oportunitatea să fie câștigată</translation>
    </message>
    <message>
        <source>Open a follow-up task form when done</source>
        <translation>Deschide formularul pentru sarcina următoare după efectuare</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Pondere:</translation>
    </message>
    <message>
        <source>Who may perform:</source>
        <translation>Cine o poate efectua:</translation>
    </message>
    <message>
        <source>Completing needs:</source>
        <translation>Efectuarea necesită:</translation>
    </message>
    <message>
        <source>Notify when done:</source>
        <translation>Anunță la efectuare:</translation>
    </message>
</context>
<context>
    <name>ActivityName</name>
    <message>
        <source>Check the company&apos;s data</source>
        <translation>Verificarea datelor companiei</translation>
    </message>
    <message>
        <source>Identify the decision maker</source>
        <translation>Identificarea factorului de decizie</translation>
    </message>
    <message>
        <source>First phone call</source>
        <translation>Primul apel telefonic</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Prima întâlnire</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Analiza nevoilor</translation>
    </message>
    <message>
        <source>Budget confirmed</source>
        <translation>Buget confirmat</translation>
    </message>
    <message>
        <source>Offer sent</source>
        <translation>Ofertă trimisă</translation>
    </message>
    <message>
        <source>Offer discussed with the client</source>
        <translation>Ofertă discutată cu clientul</translation>
    </message>
</context>
<context>
    <name>AddClientsDialog</name>
    <message>
        <source>Add clients to “%1”</source>
        <translation>Adaugă clienți în „%1”</translation>
    </message>
    <message>
        <source>Search name, company, e-mail or phone</source>
        <translation>Căutați nume, companie, e-mail sau telefon</translation>
    </message>
    <message>
        <source>Create deals</source>
        <translation>Creează oportunități</translation>
    </message>
    <message>
        <source>No contacts match.</source>
        <translation>Niciun contact nu corespunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) chosen</source>
        <translation>
            <numerusform>%n contact ales</numerusform>
            <numerusform>%n contacte alese</numerusform>
            <numerusform>%n de contacte alese</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copii de siguranță</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Făcută la</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mărime</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>No backups yet. Etap makes one every day it runs; or click Back up now.</source>
        <translation>Nu există încă nicio copie de siguranță. Etap face una în fiecare zi în care rulează; sau apăsați „Fă o copie acum”.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Fă o copie acum</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurează…</translation>
    </message>
    <message>
        <source>Change &amp;folder…</source>
        <translation>Schimbă &amp;dosarul…</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Deschide dosarul</translation>
    </message>
    <message>
        <source>Backups are kept in: %1</source>
        <translation>Copiile de siguranță sunt păstrate în: %1</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup of %1?

The current state is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Înlocuiți tot conținutul bazei de date cu copia de siguranță din %1?

Mai întâi se face o copie a stării actuale, astfel încât operația poate fi anulată restaurând acea copie.</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Restaurarea copiei de siguranță</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Copia de siguranță a fost restaurată.</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Dosarul copiilor de siguranță</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Add clients…</source>
        <translation>Adaugă clienți…</translation>
    </message>
    <message>
        <source>Send message…</source>
        <translation>Trimite mesaj…</translation>
    </message>
    <message>
        <source>Export contacts…</source>
        <translation>Exportă contactele…</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Trimite mesaj</translation>
    </message>
    <message>
        <source>There are no deals in this stage.</source>
        <translation>Nu există oportunități în această etapă.</translation>
    </message>
    <message>
        <source>clients</source>
        <translation>clienți</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportă contactele</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Fișierul nu a putut fi scris: %1</translation>
    </message>
    <message>
        <source>Rows written: %1
File: %2</source>
        <translation>Rânduri scrise: %1
Fișier: %2</translation>
    </message>
    <message>
        <source>Task overdue</source>
        <translation>Sarcină întârziată</translation>
    </message>
    <message>
        <source>Task today</source>
        <translation>Sarcină astăzi</translation>
    </message>
    <message>
        <source>Task planned</source>
        <translation>Sarcină planificată</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Nicio sarcină</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Fără responsabil</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Search title, number, company or contact (Ctrl+F)</source>
        <translation>Căutați titlu, număr, companie sau contact (Ctrl+F)</translation>
    </message>
    <message>
        <source>Add the first deal</source>
        <translation>Adaugă prima oportunitate</translation>
    </message>
    <message>
        <source>Find deals</source>
        <translation>Găsește oportunități</translation>
    </message>
    <message>
        <source>Move to next stage</source>
        <translation>Mută în etapa următoare</translation>
    </message>
    <message>
        <source>Move to previous stage</source>
        <translation>Mută în etapa anterioară</translation>
    </message>
    <message>
        <source>Filtered: “%1”</source>
        <translation>Filtrat: „%1”</translation>
    </message>
    <message>
        <source>Move “%1” to “%2”</source>
        <translation>Mută „%1” în „%2”</translation>
    </message>
</context>
<context>
    <name>BulkSendDialog</name>
    <message>
        <source>Send follow-up</source>
        <translation>Trimite mesaj de urmărire</translation>
    </message>
    <message numerus="yes">
        <source>Selected deals (%n)</source>
        <translation>
            <numerusform>Oportunități selectate (%n)</numerusform>
            <numerusform>Oportunități selectate (%n)</numerusform>
            <numerusform>Oportunități selectate (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toate etapele</translation>
    </message>
    <message>
        <source>Prepare messages</source>
        <translation>Pregătește mesajele</translation>
    </message>
    <message>
        <source>Deals:</source>
        <translation>Oportunități:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Șablon:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anteriorul</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Următorul ▶</translation>
    </message>
    <message>
        <source>Ask for a read receipt</source>
        <translation>Cere confirmare de citire</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Anulează trimiterea</translation>
    </message>
    <message>
        <source>There are no e-mail templates yet (Tools → E-mail templates…).</source>
        <translation>Încă nu există șabloane de e-mail (Instrumente → Șabloane de e-mail…).</translation>
    </message>
    <message>
        <source>Choose the deals and a template, then prepare the messages.</source>
        <translation>Alegeți oportunitățile și un șablon, apoi pregătiți mesajele.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) skipped, no valid e-mail address: %1</source>
        <translation>
            <numerusform>%n oportunitate omisă, fără adresă de e-mail validă: %1</numerusform>
            <numerusform>%n oportunități omise, fără adresă de e-mail validă: %1</numerusform>
            <numerusform>%n de oportunități omise, fără adresă de e-mail validă: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) skipped, the contact has no marketing consent: %1</source>
        <translation>
            <numerusform>%n oportunitate omisă, contactul nu are consimțământ de marketing: %1</numerusform>
            <numerusform>%n oportunități omise, contactele nu au consimțământ de marketing: %1</numerusform>
            <numerusform>%n de oportunități omise, contactele nu au consimțământ de marketing: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No deal to send to.</source>
        <translation>Nicio oportunitate căreia să i se trimită.</translation>
    </message>
    <message>
        <source>Empty placeholders: %1</source>
        <translation>Substituenți goi: %1</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>Mesajul %1 din %2</translation>
    </message>
    <message>
        <source>No message is ticked.</source>
        <translation>Niciun mesaj nu este bifat.</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) queued, sending…</source>
        <translation>
            <numerusform>%n mesaj pus în coadă, se trimite…</numerusform>
            <numerusform>%n mesaje puse în coadă, se trimit…</numerusform>
            <numerusform>%n de mesaje puse în coadă, se trimit…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent: %1, failed: %2, waiting in the outbox: %3</source>
        <translation>Trimise: %1, eșuate: %2, în așteptare în căsuța de ieșire: %3</translation>
    </message>
</context>
<context>
    <name>CalculationDialog</name>
    <message>
        <source>Calculation and offer</source>
        <translation>Calculație și ofertă</translation>
    </message>
</context>
<context>
    <name>CalculationWidget</name>
    <message>
        <source>Calculations are switched off for all deals (Tools › Settings). The deal keeps its value and cost.</source>
        <translation>Calculațiile sunt dezactivate pentru toate oportunitățile (Instrumente › Setări). Oportunitatea își păstrează valoarea și costul.</translation>
    </message>
    <message>
        <source>New variant…</source>
        <translation>Variantă nouă…</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Copiază…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Redenumește…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Use for the deal</source>
        <translation>Folosește pentru oportunitate</translation>
    </message>
    <message>
        <source>This variant&apos;s net value and cost become the deal&apos;s value and cost</source>
        <translation>Valoarea netă și costul acestei variante devin valoarea și costul oportunității</translation>
    </message>
    <message>
        <source>Variant:</source>
        <translation>Variantă:</translation>
    </message>
    <message>
        <source>No calculation yet. Click “New variant…” to price an offer.</source>
        <translation>Încă nu există o calculație. Apăsați „Variantă nouă…” pentru a calcula o ofertă.</translation>
    </message>
    <message>
        <source>Add product…</source>
        <translation>Adaugă produs…</translation>
    </message>
    <message>
        <source>Add free-text line</source>
        <translation>Adaugă rând cu text liber</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Elimină rândul</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaluri</translation>
    </message>
    <message>
        <source>Net:</source>
        <translation>Net:</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>TVA:</translation>
    </message>
    <message>
        <source>Gross:</source>
        <translation>Brut:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <source>Margin:</source>
        <translation>Marjă:</translation>
    </message>
    <message>
        <source>Margin % of net:</source>
        <translation>Marjă % din net:</translation>
    </message>
    <message>
        <source>Markup % of cost:</source>
        <translation>Adaos % din cost:</translation>
    </message>
    <message>
        <source>Profit:</source>
        <translation>Profit:</translation>
    </message>
    <message>
        <source>In deal currency (net / cost):</source>
        <translation>În moneda oportunității (net / cost):</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Condiții</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (aleasă)</translation>
    </message>
    <message>
        <source>New variant</source>
        <translation>Variantă nouă</translation>
    </message>
    <message>
        <source>Name of the variant:</source>
        <translation>Numele variantei:</translation>
    </message>
    <message>
        <source>Variant %1</source>
        <translation>Varianta %1</translation>
    </message>
    <message>
        <source>Copy variant</source>
        <translation>Copiază varianta</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Numele copiei:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Rename variant</source>
        <translation>Redenumește varianta</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nume nou:</translation>
    </message>
    <message>
        <source>Delete the variant “%1” and its lines?</source>
        <translation>Ștergeți varianta „%1” și rândurile ei?</translation>
    </message>
    <message>
        <source>Delete variant</source>
        <translation>Șterge varianta</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Rând nou</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descriere:</translation>
    </message>
    <message>
        <source>Select a line first.</source>
        <translation>Selectați mai întâi un rând.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Add to calendar</source>
        <translation>Adaugă în calendar</translation>
    </message>
    <message>
        <source>This task has no due time or is done.</source>
        <translation>Această sarcină nu are termen sau este finalizată.</translation>
    </message>
    <message>
        <source>No calendar application opened the file; import it from %1.</source>
        <translation>Nicio aplicație de calendar nu a deschis fișierul; importați-l din %1.</translation>
    </message>
    <message>
        <source>Export my tasks</source>
        <translation>Exportă sarcinile mele</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Tasks exported: %1. Without a due time, left out: %2.</source>
        <translation>Sarcini exportate: %1. Omise, fără termen: %2.</translation>
    </message>
</context>
<context>
    <name>CampaignsDialog</name>
    <message>
        <source>Campaigns</source>
        <translation>Campanii</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adăugat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminat</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Campanie nouă…</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Elimină membrul</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>declanșator</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Campanie nouă</translation>
    </message>
    <message>
        <source>Name of the campaign:</source>
        <translation>Numele campaniei:</translation>
    </message>
    <message>
        <source>Export campaign</source>
        <translation>Exportă campania</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Contacts exported: %1</source>
        <translation>Contacte exportate: %1</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>offer opened</source>
        <translation>ofertă deschisă</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in stage</source>
        <translation>
            <numerusform>%n zi în etapă</numerusform>
            <numerusform>%n zile în etapă</numerusform>
            <numerusform>%n de zile în etapă</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Products and services</source>
        <translation>Produse și servicii</translation>
    </message>
    <message>
        <source>Price lists</source>
        <translation>Liste de prețuri</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Cursuri de schimb</translation>
    </message>
</context>
<context>
    <name>ClientColumn</name>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Funcție</translation>
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
        <translation>Consimțământ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Data creării</translation>
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
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Cod poștal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
</context>
<context>
    <name>ClientListView</name>
    <message>
        <source>Clear filters</source>
        <translation>Șterge filtrele</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nou…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <source>Filter “%1”…</source>
        <translation>Filtrează „%1”…</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Resetează coloanele</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filtrează coloana</translation>
    </message>
    <message>
        <source>Show rows whose “%1” contains:</source>
        <translation>Arată rândurile în care „%1” conține:</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selectate: %1</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Combină…</translation>
    </message>
    <message>
        <source>Merge two selected duplicates into one</source>
        <translation>Combină două duplicate selectate într-o singură înregistrare</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Combinare</translation>
    </message>
    <message>
        <source>Select exactly two records.</source>
        <translation>Selectați exact două înregistrări.</translation>
    </message>
    <message>
        <source>Keep this record:</source>
        <translation>Păstrează această înregistrare:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Registru Excel (*.xlsx);;CSV, separat prin punct și virgulă (*.csv)</translation>
    </message>
    <message>
        <source>Exported rows: %1</source>
        <translation>Rânduri exportate: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
</context>
<context>
    <name>ClientSheet</name>
    <message>
        <source>same e-mail</source>
        <translation>același e-mail</translation>
    </message>
    <message>
        <source>same NIP</source>
        <translation>același NIP</translation>
    </message>
    <message>
        <source>same CUI/CIF</source>
        <translation>același CUI/CIF</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>același nume</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>în coadă</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>se trimite</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>trimis</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuat</translation>
    </message>
    <message>
        <source>unknown — check</source>
        <translation>necunoscut — verificați</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primit</translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <translation>Trimisă (%1)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimisă</translation>
    </message>
    <message>
        <source>Open the existing record</source>
        <translation>Deschide înregistrarea existentă</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revino</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Închidere estimată</translation>
    </message>
    <message>
        <source>New deal for this client…</source>
        <translation>Oportunitate nouă pentru acest client…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Sarcini</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mailuri</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Efectuată</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dată</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direcția</translation>
    </message>
    <message>
        <source>From / To</source>
        <translation>De la / către</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Open: %1, closed: %2</source>
        <translation>Deschise: %1, închise: %2</translation>
    </message>
    <message>
        <source>From: %1
To: %2</source>
        <translation>De la: %1
Către: %2</translation>
    </message>
    <message>
        <source>Contact created</source>
        <translation>Contact creat</translation>
    </message>
    <message>
        <source>Company created</source>
        <translation>Companie creată</translation>
    </message>
    <message>
        <source>Another contact merged into this one: %1</source>
        <translation>Alt contact a fost combinat cu acesta: %1</translation>
    </message>
    <message>
        <source>Another company merged into this one: %1</source>
        <translation>Altă companie a fost combinată cu aceasta: %1</translation>
    </message>
    <message>
        <source>Personal data anonymised</source>
        <translation>Date personale anonimizate</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Already in Etap: %1 (%2).</source>
        <translation>Există deja în Etap: %1 (%2).</translation>
    </message>
    <message>
        <source>%1 more similar.</source>
        <translation>Încă %1 similare.</translation>
    </message>
    <message>
        <source>%1 is already in Etap. Save a new record anyway?</source>
        <translation>%1 există deja în Etap. Salvați totuși o înregistrare nouă?</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posibil duplicat</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1</source>
        <translation>Modificat între timp: %1</translation>
    </message>
    <message>
        <source>Load the current version? Your unsaved changes will be lost.</source>
        <translation>Încărcați versiunea actuală? Modificările nesalvate se vor pierde.</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Modificat în altă parte</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>Închideți fără a salva modificările?</translation>
    </message>
</context>
<context>
    <name>CompaniesView</name>
    <message>
        <source>Search name, NIP, CUI, city, e-mail, phone…</source>
        <translation>Caută nume, NIP, CUI, oraș, e-mail, telefon…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n company(ies)? This cannot be undone.</source>
        <translation>
            <numerusform>Ștergeți %n companie? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți %n companii? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți %n de companii? Acțiunea nu poate fi anulată.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” will be merged into “%2” and deleted. Its deals (%3), contacts and history move to “%2”; empty fields of “%2” take its values. Merge?</source>
        <translation>„%1” va fi combinată cu „%2” și ștearsă. Oportunitățile ei (%3), contactele și istoricul trec la „%2”; câmpurile goale ale „%2” preiau valorile ei. Combinați?</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Type to search companies…</source>
        <translation>Tastați pentru a căuta companii…</translation>
    </message>
</context>
<context>
    <name>CompanySheet</name>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
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
        <translation>cod fiscal românesc, cu sau fără RO</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresă:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Cod poștal:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Oraș:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Țară:</translation>
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
        <translation>Site web:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Companie nouă</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Companie: %1</translation>
    </message>
</context>
<context>
    <name>ConfiguratorDialog</name>
    <message>
        <source>Configure process “%1”</source>
        <translation>Configurează procesul „%1”</translation>
    </message>
    <message>
        <source>Process name:</source>
        <translation>Numele procesului:</translation>
    </message>
    <message>
        <source>Deal number format:</source>
        <translation>Formatul numărului oportunității:</translation>
    </message>
    <message>
        <source>Add open stage</source>
        <translation>Adaugă etapă deschisă</translation>
    </message>
    <message>
        <source>Add closed stage</source>
        <translation>Adaugă etapă închisă</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Șterge etapa</translation>
    </message>
    <message>
        <source>Stages (drag open stages to reorder):</source>
        <translation>Etape (trageți etapele deschise pentru a le reordona):</translation>
    </message>
    <message>
        <source>Settings and activities</source>
        <translation>Setări și activități</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Declanșatoare</translation>
    </message>
    <message>
        <source>Closed stages stay after the open ones, in their order.</source>
        <translation>Etapele închise rămân după cele deschise, în ordinea lor.</translation>
    </message>
    <message>
        <source>A process can have at most %1 open stages.</source>
        <translation>Un proces poate avea cel mult %1 etape deschise.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Etapă nouă</translation>
    </message>
    <message>
        <source>A process can have at most %1 closed stages.</source>
        <translation>Un proces poate avea cel mult %1 etape închise.</translation>
    </message>
    <message>
        <source>A process can have only one Won stage.</source>
        <translation>Un proces poate avea o singură etapă Câștigată.</translation>
    </message>
    <message>
        <source>“%1” has %2 deal(s). Which stage receives them?</source>
        <translation>„%1” are oportunități: %2. Care etapă le preia?</translation>
    </message>
    <message numerus="yes">
        <source>Why were these %n deal(s) lost? Each of them gets this reason.</source>
        <translation>
            <numerusform>De ce a fost pierdută această %n oportunitate? Va primi acest motiv.</numerusform>
            <numerusform>De ce au fost pierdute aceste %n oportunități? Fiecare va primi acest motiv.</numerusform>
            <numerusform>De ce au fost pierdute aceste %n de oportunități? Fiecare va primi acest motiv.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which sub-stage of “%1” do the deals get?</source>
        <translation>Ce subetapă a „%1” primesc oportunitățile?</translation>
    </message>
    <message>
        <source>“%1” is done in %2 deal(s). Delete it anyway? Their history keeps the record.</source>
        <translation>„%1” este efectuată în oportunități: %2. O ștergeți totuși? Istoricul lor păstrează înregistrarea.</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Șterge activitatea</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Exemplu: %1</translation>
    </message>
</context>
<context>
    <name>ContactSheet</name>
    <message>
        <source>Anonymise…</source>
        <translation>Anonimizează…</translation>
    </message>
    <message>
        <source>Remove this person&apos;s data (right to be forgotten)</source>
        <translation>Șterge datele acestei persoane (dreptul de a fi uitat)</translation>
    </message>
    <message>
        <source>Remove %1&apos;s personal data from Etap for good? Names, e-mail addresses, phones and address are replaced in the contact, in messages sent to them and in the history of their deals. Deals, their values and stages stay. This cannot be undone.</source>
        <translation>Ștergeți definitiv datele personale (%1) din Etap? Numele, adresele de e-mail, telefoanele și adresa sunt înlocuite în contact, în mesajele trimise și în istoricul oportunităților sale. Oportunitățile, valorile și etapele rămân. Acțiunea nu poate fi anulată.</translation>
    </message>
    <message>
        <source>Anonymise contact</source>
        <translation>Anonimizare contact</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prenume:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Funcție:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Other e-mails:</source>
        <translation>Alte e-mailuri:</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>câte unul pe rând</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>e.g. 601 234 567 or +40 721 234 567</source>
        <translation>de ex. 0721 234 567 sau +48 601 234 567</translation>
    </message>
    <message>
        <source>Other phones:</source>
        <translation>Alte telefoane:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Companie:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresă:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Marketing:</source>
        <translation>Marketing:</translation>
    </message>
    <message>
        <source>Agrees to receive marketing e-mails</source>
        <translation>Acceptă e-mailuri de marketing</translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation>Data consimțământului:</translation>
    </message>
    <message>
        <source>Consent source:</source>
        <translation>Sursa consimțământului:</translation>
    </message>
    <message>
        <source>e.g. web form, phone call, signed contract</source>
        <translation>de ex. formular web, apel telefonic, contract semnat</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Contact nou</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Search name, company, e-mail, phone, position…</source>
        <translation>Caută nume, companie, e-mail, telefon, funcție…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Ștergeți %n contact? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți %n contacte? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți %n de contacte? Acțiunea nu poate fi anulată.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to campaign…</source>
        <translation>Adaugă la campanie…</translation>
    </message>
    <message>
        <source>“%1” will be merged into “%2” and deleted. Its deals (%3), campaigns (%4), e-mails and history move to “%2”; empty fields of “%2” take its values. Merge?</source>
        <translation>„%1” va fi combinat cu „%2” și șters. Oportunitățile (%3), campaniile (%4), e-mailurile și istoricul trec la „%2”; câmpurile goale ale „%2” preiau valorile lui. Combinați?</translation>
    </message>
    <message>
        <source>Add to campaign</source>
        <translation>Adăugare la campanie</translation>
    </message>
    <message>
        <source>There is no campaign yet (Process → Campaigns…).</source>
        <translation>Nu există încă nicio campanie (Proces → Campanii…).</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campanie:</translation>
    </message>
    <message>
        <source>Added: %1, already members: %2, skipped without marketing consent: %3</source>
        <translation>Adăugate: %1, deja membri: %2, omise fără consimțământ de marketing: %3</translation>
    </message>
    <message>
        <source>Consent: any</source>
        <translation>Consimțământ: oricare</translation>
    </message>
    <message>
        <source>With marketing consent</source>
        <translation>Cu consimțământ de marketing</translation>
    </message>
    <message>
        <source>Without marketing consent</source>
        <translation>Fără consimțământ de marketing</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong. What you were doing may not have been saved.</source>
        <translation>Ceva nu a mers bine. Ce făceați s-ar putea să nu fi fost salvat.</translation>
    </message>
    <message>
        <source>The details are written to %1.</source>
        <translation>Detaliile sunt scrise în %1.</translation>
    </message>
    <message>
        <source>Please send the details to whoever looks after Etap.</source>
        <translation>Trimiteți detaliile persoanei care se ocupă de Etap.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiază detaliile</translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Fă o copie acum</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>&amp;Copii de siguranță…</translation>
    </message>
    <message>
        <source>E&amp;xport all data…</source>
        <translation>E&amp;xportă toate datele…</translation>
    </message>
    <message>
        <source>&amp;Move database…</source>
        <translation>&amp;Mută baza de date…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Copie de siguranță</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Copia de siguranță a fost salvată: %1</translation>
    </message>
    <message>
        <source>A backup or check is already running.</source>
        <translation>O copie de siguranță sau o verificare este deja în curs.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Se face copia de siguranță…</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Bază de date deteriorată</translation>
    </message>
    <message>
        <source>The weekly check found damage in the database:
%1

Close Etap and start it again to restore the newest good backup.</source>
        <translation>Verificarea săptămânală a găsit deteriorări în baza de date:
%1

Închideți Etap și porniți-l din nou pentru a restaura cea mai recentă copie de siguranță bună.</translation>
    </message>
    <message>
        <source>Move database</source>
        <translation>Mutarea bazei de date</translation>
    </message>
    <message>
        <source>Etap database (*.db)</source>
        <translation>Bază de date Etap (*.db)</translation>
    </message>
    <message>
        <source>The database was copied to %1 and Etap will use it from now on. Etap closes now; start it again. The old file stays where it was until you delete it.</source>
        <translation>Baza de date a fost copiată în %1 și Etap o va folosi de acum înainte. Etap se închide acum; porniți-l din nou. Fișierul vechi rămâne unde era până când îl ștergeți.</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exportul tuturor datelor</translation>
    </message>
    <message>
        <source>Etap data.zip</source>
        <translation>Date Etap.zip</translation>
    </message>
    <message>
        <source>ZIP archive (*.zip)</source>
        <translation>Arhivă ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Exported %1 tables to %2.</source>
        <translation>Au fost exportate tabele (%1) în %2.</translation>
    </message>
    <message>
        <source>The weekly full check found this file damaged.</source>
        <translation>Verificarea completă săptămânală a găsit acest fișier deteriorat.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and there is no good backup to restore. Etap will not open it, so nothing more is lost; keep the file for a specialist.

%2</source>
        <translation>Baza de date %1 este deteriorată și nu există nicio copie de siguranță bună de restaurat. Etap nu o va deschide, ca să nu se mai piardă nimic; păstrați fișierul pentru un specialist.

%2</translation>
    </message>
    <message>
        <source>The database %1 is damaged.

Restore the newest good backup, taken %2 (%3 deals)? The damaged file is kept beside it, untouched. Choose No to quit without opening it.

%4</source>
        <translation>Baza de date %1 este deteriorată.

Restaurați cea mai recentă copie de siguranță bună, din %2 (oportunități: %3)? Fișierul deteriorat este păstrat alături, neatins. Alegeți „Nu” pentru a ieși fără a o deschide.

%4</translation>
    </message>
    <message>
        <source>It is on a network drive.</source>
        <translation>Se află pe o unitate de rețea.</translation>
    </message>
    <message>
        <source>It is in a folder synchronised to the cloud (OneDrive, Dropbox, Google Drive, iCloud).</source>
        <translation>Se află într-un dosar sincronizat cu cloudul (OneDrive, Dropbox, Google Drive, iCloud).</translation>
    </message>
    <message>
        <source>The database %1 may be damaged where it is. %2 Such folders can copy or lock the file half-way through a save. Close Etap, move the file (with its -wal file, if any) to a folder on this computer, and start Etap with that file; teams share a PostgreSQL server instead.</source>
        <translation>Baza de date %1 se poate deteriora acolo unde se află. %2 Astfel de dosare pot copia sau bloca fișierul în timpul unei salvări. Închideți Etap, mutați fișierul (împreună cu fișierul -wal, dacă există) într-un dosar de pe acest calculator și porniți Etap cu acel fișier; echipele folosesc în schimb un server PostgreSQL comun.</translation>
    </message>
    <message>
        <source>Unsafe database folder</source>
        <translation>Locație nesigură a bazei de date</translation>
    </message>
</context>
<context>
    <name>DealField</name>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Sub-stage</source>
        <translation>Subetapă</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Data creării</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Închidere estimată</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Următorul contact</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivul pierderii</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitate</translation>
    </message>
    <message>
        <source>Probability (manual)</source>
        <translation>Probabilitate (manuală)</translation>
    </message>
</context>
<context>
    <name>DealPanel</name>
    <message>
        <source>Unassigned</source>
        <translation>Fără responsabil</translation>
    </message>
    <message>
        <source>Type to search contacts</source>
        <translation>Tastați pentru a căuta un contact</translation>
    </message>
    <message>
        <source>Type to search companies</source>
        <translation>Tastați pentru a căuta o companie</translation>
    </message>
    <message>
        <source>Edit the list of sources</source>
        <translation>Editează lista surselor</translation>
    </message>
    <message>
        <source>Use automatic</source>
        <translation>Folosește automat</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titlu:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valoare:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Cost:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsabil:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Companie:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Sursă:</translation>
    </message>
    <message>
        <source>Sub-stage:</source>
        <translation>Subetapă:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creată:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Închidere estimată:</translation>
    </message>
    <message>
        <source>Next contact:</source>
        <translation>Următorul contact:</translation>
    </message>
    <message>
        <source>Lost reason:</source>
        <translation>Motivul pierderii:</translation>
    </message>
    <message>
        <source>Probability:</source>
        <translation>Probabilitate:</translation>
    </message>
    <message>
        <source>closed stage</source>
        <translation>etapă închisă</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>setată manual</translation>
    </message>
    <message>
        <source>from activities</source>
        <translation>din activități</translation>
    </message>
    <message>
        <source>stage default</source>
        <translation>implicită pentru etapă</translation>
    </message>
    <message>
        <source>automatic after saving</source>
        <translation>automată după salvare</translation>
    </message>
</context>
<context>
    <name>DealSheet</name>
    <message>
        <source>Edit %1</source>
        <translation>Editează %1</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reîncarcă</translation>
    </message>
    <message>
        <source>Show the stored version; your unsaved changes are dropped</source>
        <translation>Afișează versiunea salvată; modificările nesalvate se pierd</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revino</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mai multe</translation>
    </message>
    <message>
        <source>Duplicate…</source>
        <translation>Duplică…</translation>
    </message>
    <message>
        <source>A new deal with the same fields, in the same stage</source>
        <translation>O oportunitate nouă cu aceleași câmpuri, în aceeași etapă</translation>
    </message>
    <message>
        <source>Move to process…</source>
        <translation>Mută în alt proces…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Șterge…</translation>
    </message>
    <message>
        <source>Move the deal to the trash (managers can restore it)</source>
        <translation>Mută oportunitatea în coș (managerii o pot restaura)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activități</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Sarcini</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; attachments</source>
        <translation>Note &amp;&amp; atașamente</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Calculație</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Urmărire</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>altcineva</translation>
    </message>
    <message>
        <source>Changed by %1 — reload?</source>
        <translation>Modificată de %1 — reîncărcați?</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapă</translation>
    </message>
    <message>
        <source>Changed meanwhile: %1</source>
        <translation>Modificat între timp: %1</translation>
    </message>
    <message>
        <source>Load the current version? Your unsaved changes will be lost.</source>
        <translation>Încărcați versiunea actuală? Modificările nesalvate se vor pierde.</translation>
    </message>
    <message>
        <source>Deal changed elsewhere</source>
        <translation>Oportunitate modificată în altă parte</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate deal</source>
        <translation>Duplicarea oportunității</translation>
    </message>
    <message>
        <source>Title of the new deal:</source>
        <translation>Titlul noii oportunități:</translation>
    </message>
    <message>
        <source>Move to process</source>
        <translation>Mutarea în alt proces</translation>
    </message>
    <message>
        <source>There is no other process to move to.</source>
        <translation>Nu există alt proces în care să fie mutată oportunitatea.</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>No stage has the same name. Stage:</source>
        <translation>Nicio etapă nu are același nume. Etapa:</translation>
    </message>
    <message>
        <source>Move “%1” to the trash? Managers can restore it with everything it has.</source>
        <translation>Mutați „%1” în coș? Managerii o pot restaura cu tot ce conține.</translation>
    </message>
    <message>
        <source>Delete deal</source>
        <translation>Ștergerea oportunității</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>Închideți fără a salva modificările?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>An activity needs a name of 1 to {max} characters.</source>
        <translation>O activitate trebuie să aibă un nume de 1 până la {max} caractere.</translation>
    </message>
    <message>
        <source>An activity&apos;s weight must be between 0 and {max}.</source>
        <translation>Ponderea unei activități trebuie să fie între 0 și {max}.</translation>
    </message>
    <message>
        <source>Activity “{name}”: choose at least one user who may perform it.</source>
        <translation>Activitatea „{name}”: alegeți cel puțin un utilizator care o poate efectua.</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>„{text}” nu este un număr.</translation>
    </message>
    <message>
        <source>The value cannot be negative.</source>
        <translation>Valoarea nu poate fi negativă.</translation>
    </message>
    <message>
        <source>The value is too large (at most {max}).</source>
        <translation>Valoarea este prea mare (cel mult {max}).</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>Valoarea trebuie să fie mai mare decât zero.</translation>
    </message>
    <message>
        <source>The text is too long (at most {max} characters).</source>
        <translation>Textul este prea lung (cel mult {max} caractere).</translation>
    </message>
    <message>
        <source>At most {max} additional entries are allowed.</source>
        <translation>Sunt permise cel mult {max} intrări suplimentare.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>„{text}” nu este o dată.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>Înregistrarea aleasă nu mai există.</translation>
    </message>
    <message>
        <source>{value} is not a web address.</source>
        <translation>{value} nu este o adresă web.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Câmp necunoscut „{key}”.</translation>
    </message>
    <message>
        <source>A contact needs a first or a last name.</source>
        <translation>Un contact are nevoie de prenume sau nume.</translation>
    </message>
    <message>
        <source>A company needs a name.</source>
        <translation>O companie trebuie să aibă un nume.</translation>
    </message>
    <message>
        <source>The start of a range is after its end.</source>
        <translation>Începutul intervalului este după sfârșitul lui.</translation>
    </message>
    <message>
        <source>{value} is not a valid NIP (10 digits with a correct check digit).</source>
        <translation>{value} nu este un NIP valid (10 cifre cu cifră de control corectă).</translation>
    </message>
    <message>
        <source>{value} is not a valid REGON (9 or 14 digits with a correct check digit).</source>
        <translation>{value} nu este un REGON valid (9 sau 14 cifre cu cifră de control corectă).</translation>
    </message>
    <message>
        <source>{value} is not a valid KRS number (up to 10 digits).</source>
        <translation>{value} nu este un număr KRS valid (cel mult 10 cifre).</translation>
    </message>
    <message>
        <source>{value} is not a valid CUI/CIF (2 to 10 digits with a correct check digit).</source>
        <translation>{value} nu este un CUI/CIF valid (2–10 cifre cu cifră de control corectă).</translation>
    </message>
    <message>
        <source>{value} is not a valid e-mail address.</source>
        <translation>{value} nu este o adresă de e-mail validă.</translation>
    </message>
    <message>
        <source>{value} is not a valid phone number (give the country prefix, e.g. +48, for foreign ones).</source>
        <translation>{value} nu este un număr de telefon valid (pentru numere din străinătate dați prefixul țării, de ex. +40).</translation>
    </message>
    <message>
        <source>The mapping file cannot be used: {detail}</source>
        <translation>Fișierul de corespondență a coloanelor nu poate fi folosit: {detail}</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Suma este prea mare.</translation>
    </message>
    <message>
        <source>“{text}” is not an amount.</source>
        <translation>„{text}” nu este o sumă.</translation>
    </message>
    <message>
        <source>The column mixes day-first and month-first dates.</source>
        <translation>Coloana amestecă date care încep cu ziua și date care încep cu luna.</translation>
    </message>
    <message>
        <source>“{text}”: choose whether the column&apos;s dates are day or month first.</source>
        <translation>„{text}”: alegeți dacă datele din coloană încep cu ziua sau cu luna.</translation>
    </message>
    <message>
        <source>The text contains characters that cannot be stored (control characters).</source>
        <translation>Textul conține caractere care nu pot fi salvate (caractere de control).</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>„{text}” nu este un număr întreg.</translation>
    </message>
    <message>
        <source>The number must be between {low} and {high}.</source>
        <translation>Numărul trebuie să fie între {low} și {high}.</translation>
    </message>
    <message>
        <source>This field needs text.</source>
        <translation>Acest câmp necesită text.</translation>
    </message>
    <message>
        <source>This field cannot be empty.</source>
        <translation>Acest câmp nu poate fi gol.</translation>
    </message>
    <message>
        <source>Unknown or malformed placeholders: {names}.</source>
        <translation>Substituenți necunoscuți sau greșiți: {names}.</translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation>Subiectul este gol.</translation>
    </message>
    <message>
        <source>The subject must be a single line.</source>
        <translation>Subiectul trebuie să fie pe un singur rând.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>Mesajul nu are text.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address.</source>
        <translation>„{address}” nu este o adresă de e-mail validă.</translation>
    </message>
    <message>
        <source>A name must not contain line breaks.</source>
        <translation>Un nume nu poate conține treceri la rând nou.</translation>
    </message>
    <message>
        <source>“{code}” is not a currency code (three letters, e.g. PLN).</source>
        <translation>„{code}” nu este un cod de monedă (trei litere, de ex. RON).</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>O sumă nu poate fi negativă.</translation>
    </message>
    <message>
        <source>The number format must have 1 to 40 characters.</source>
        <translation>Formatul numărului trebuie să aibă între 1 și 40 de caractere.</translation>
    </message>
    <message>
        <source>The number format has an unbalanced brace.</source>
        <translation>Formatul numărului are o acoladă fără pereche.</translation>
    </message>
    <message>
        <source>“{{{name}}}” is not allowed in a number format; use {{year}}, {{month}}, {{seq}}.</source>
        <translation>„{{{name}}}” nu este permis într-un format de număr; folosiți {{year}}, {{month}}, {{seq}}.</translation>
    </message>
    <message>
        <source>A number in the format can be padded to at most {max} digits.</source>
        <translation>Un număr din format poate fi completat cu zerouri până la cel mult {max} cifre.</translation>
    </message>
    <message>
        <source>The number format must contain {{seq}}.</source>
        <translation>Formatul numărului trebuie să conțină {{seq}}.</translation>
    </message>
    <message>
        <source>A password needs at least {min} characters.</source>
        <translation>Parola trebuie să aibă cel puțin {min} caractere.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Parola este prea lungă.</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>O etapă trebuie să aibă un nume.</translation>
    </message>
    <message>
        <source>A stage name can have at most {max} characters.</source>
        <translation>Numele unei etape poate avea cel mult {max} caractere.</translation>
    </message>
    <message>
        <source>A process can have at most {max} open stages.</source>
        <translation>Un proces poate avea cel mult {max} etape deschise.</translation>
    </message>
    <message>
        <source>A process can have at most {max} closed stages.</source>
        <translation>Un proces poate avea cel mult {max} etape închise.</translation>
    </message>
    <message>
        <source>A process can have only one Won stage.</source>
        <translation>Un proces poate avea o singură etapă Câștigată.</translation>
    </message>
    <message>
        <source>Closed stages must come after all open stages.</source>
        <translation>Etapele închise trebuie să urmeze după toate etapele deschise.</translation>
    </message>
    <message>
        <source>Two stages are named “{name}”; stage names must be different.</source>
        <translation>Două etape se numesc „{name}”; numele etapelor trebuie să fie diferite.</translation>
    </message>
    <message>
        <source>Stage “{name}” requires a sub-stage but has none defined.</source>
        <translation>Etapa „{name}” cere o subetapă, dar nu are niciuna definită.</translation>
    </message>
    <message>
        <source>Probability must be a whole number from 0 to 100.</source>
        <translation>Probabilitatea trebuie să fie un număr întreg între 0 și 100.</translation>
    </message>
    <message>
        <source>Rotting days must be empty or a number from 1 to 3650.</source>
        <translation>Zilele de stagnare trebuie să lipsească sau să fie un număr între 1 și 3650.</translation>
    </message>
    <message>
        <source>That stage is not in this process.</source>
        <translation>Etapa nu face parte din acest proces.</translation>
    </message>
    <message>
        <source>Closed stages cannot be reordered.</source>
        <translation>Etapele închise nu pot fi reordonate.</translation>
    </message>
    <message>
        <source>Open stages must stay before the closed stages.</source>
        <translation>Etapele deschise trebuie să rămână înaintea celor închise.</translation>
    </message>
    <message>
        <source>A process needs at least one open stage.</source>
        <translation>Un proces are nevoie de cel puțin o etapă deschisă.</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Această activitate nu mai există.</translation>
    </message>
    <message>
        <source>You may not perform “{name}”.</source>
        <translation>Nu aveți voie să efectuați „{name}”.</translation>
    </message>
    <message>
        <source>“{name}” needs a note.</source>
        <translation>„{name}” necesită o notă.</translation>
    </message>
    <message>
        <source>“{name}” needs a file.</source>
        <translation>„{name}” necesită un fișier.</translation>
    </message>
    <message>
        <source>Files can be at most {max} MB.</source>
        <translation>Fișierele pot avea cel mult {max} MB.</translation>
    </message>
    <message>
        <source>The activity belongs to another process.</source>
        <translation>Activitatea aparține altui proces.</translation>
    </message>
    <message>
        <source>“{name}” is already done.</source>
        <translation>„{name}” este deja efectuată.</translation>
    </message>
    <message>
        <source>The deal cannot be won before these mandatory activities are done: {names}.</source>
        <translation>Oportunitatea nu poate fi câștigată înainte de efectuarea acestor activități obligatorii: {names}.</translation>
    </message>
    <message>
        <source>The backup could not be made: {reason}</source>
        <translation>Copia de siguranță nu a putut fi făcută: {reason}</translation>
    </message>
    <message>
        <source>This backup is damaged and cannot be restored: {reason}</source>
        <translation>Această copie de siguranță este deteriorată și nu poate fi restaurată: {reason}</translation>
    </message>
    <message>
        <source>The backup could not be restored: {reason}</source>
        <translation>Copia de siguranță nu a putut fi restaurată: {reason}</translation>
    </message>
    <message>
        <source>{path} already exists; choose a new file.</source>
        <translation>{path} există deja; alegeți un fișier nou.</translation>
    </message>
    <message>
        <source>Only a database file on this computer can be moved.</source>
        <translation>Se poate muta doar un fișier de bază de date de pe acest calculator.</translation>
    </message>
    <message>
        <source>The database is already there.</source>
        <translation>Baza de date se află deja acolo.</translation>
    </message>
    <message>
        <source>The database could not be moved: {reason}</source>
        <translation>Baza de date nu a putut fi mutată: {reason}</translation>
    </message>
    <message>
        <source>Calculations are switched off (deals without calculation).</source>
        <translation>Calculațiile sunt dezactivate (oportunități fără calculație).</translation>
    </message>
    <message>
        <source>This calculation no longer exists.</source>
        <translation>Această calculație nu mai există.</translation>
    </message>
    <message>
        <source>A variant needs a name of 1 to 120 characters.</source>
        <translation>O variantă trebuie să aibă un nume de 1 până la 120 de caractere.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Textul este prea lung.</translation>
    </message>
    <message>
        <source>A line needs a description of 1 to 300 characters.</source>
        <translation>Un rând trebuie să aibă o descriere de 1 până la 300 de caractere.</translation>
    </message>
    <message>
        <source>This line no longer exists.</source>
        <translation>Acest rând nu mai există.</translation>
    </message>
    <message>
        <source>This task no longer exists or is not visible to you.</source>
        <translation>Această sarcină nu mai există sau nu vă este vizibilă.</translation>
    </message>
    <message>
        <source>A campaign needs a name of 1 to 120 characters.</source>
        <translation>O campanie trebuie să aibă un nume de 1 până la 120 de caractere.</translation>
    </message>
    <message>
        <source>A campaign named “{name}” already exists.</source>
        <translation>Există deja o campanie numită „{name}”.</translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Această campanie nu mai există.</translation>
    </message>
    <message>
        <source>Only managers and administrators can change the catalogue.</source>
        <translation>Doar managerii și administratorii pot modifica catalogul.</translation>
    </message>
    <message>
        <source>This text must have 1 to {max} characters.</source>
        <translation>Acest text trebuie să aibă între 1 și {max} caractere.</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Acest produs nu mai există.</translation>
    </message>
    <message>
        <source>A product with code “{code}” already exists.</source>
        <translation>Există deja un produs cu codul „{code}”.</translation>
    </message>
    <message>
        <source>A price list named “{name}” already exists.</source>
        <translation>Există deja o listă de prețuri numită „{name}”.</translation>
    </message>
    <message>
        <source>This price list no longer exists.</source>
        <translation>Această listă de prețuri nu mai există.</translation>
    </message>
    <message>
        <source>Someone else saved this company in the meantime. Review their changes and save again.</source>
        <translation>Între timp altcineva a salvat această companie. Verificați modificările și salvați din nou.</translation>
    </message>
    <message>
        <source>This company no longer exists.</source>
        <translation>Această companie nu mai există.</translation>
    </message>
    <message>
        <source>Only managers and administrators can delete companies.</source>
        <translation>Doar managerii și administratorii pot șterge companii.</translation>
    </message>
    <message>
        <source>{name} is the company of {count} deal(s); give them another company or merge first.</source>
        <translation>{name} este compania a {count} oportunități; atribuiți-le altă companie sau combinați mai întâi.</translation>
    </message>
    <message>
        <source>Stage “{name}”: sub-stage names must be different.</source>
        <translation>Etapa „{name}”: numele subetapelor trebuie să fie diferite.</translation>
    </message>
    <message>
        <source>The process was changed elsewhere; open it again.</source>
        <translation>Procesul a fost modificat în altă parte; deschideți-l din nou.</translation>
    </message>
    <message>
        <source>Choose another stage of the same process.</source>
        <translation>Alegeți altă etapă a aceluiași proces.</translation>
    </message>
    <message>
        <source>Stage “{name}” has {count} deals: choose the stage that receives them.</source>
        <translation>Etapa „{name}” are {count} oportunități: alegeți etapa care le preia.</translation>
    </message>
    <message>
        <source>Someone else saved this contact in the meantime. Review their changes and save again.</source>
        <translation>Între timp altcineva a salvat acest contact. Verificați modificările și salvați din nou.</translation>
    </message>
    <message>
        <source>This contact no longer exists.</source>
        <translation>Acest contact nu mai există.</translation>
    </message>
    <message>
        <source>An anonymised contact cannot be edited.</source>
        <translation>Un contact anonimizat nu poate fi editat.</translation>
    </message>
    <message>
        <source>Only managers and administrators can delete contacts.</source>
        <translation>Doar managerii și administratorii pot șterge contacte.</translation>
    </message>
    <message>
        <source>{name} is the contact of {count} deal(s); give them another contact or merge first.</source>
        <translation>{name} este contactul a {count} oportunități; atribuiți-le alt contact sau combinați mai întâi.</translation>
    </message>
    <message>
        <source>Only managers and administrators can change processes.</source>
        <translation>Doar managerii și administratorii pot modifica procesele.</translation>
    </message>
    <message>
        <source>Only administrators can do this.</source>
        <translation>Doar administratorii pot face acest lucru.</translation>
    </message>
    <message>
        <source>This deal no longer exists or is not visible to you.</source>
        <translation>Această oportunitate nu mai există sau nu vă este vizibilă.</translation>
    </message>
    <message>
        <source>Only the owner or a manager can change this deal.</source>
        <translation>Doar responsabilul sau un manager poate modifica această oportunitate.</translation>
    </message>
    <message>
        <source>A deal needs a title of 1 to {max} characters.</source>
        <translation>O oportunitate trebuie să aibă un titlu de 1 până la {max} caractere.</translation>
    </message>
    <message>
        <source>{amount} cannot be written in {currency} without rounding; change it first.</source>
        <translation>{amount} nu poate fi scris în {currency} fără rotunjire; modificați-l mai întâi.</translation>
    </message>
    <message>
        <source>Stage “{stage}” needs more information before the deal can enter it.</source>
        <translation>Etapa „{stage}” are nevoie de mai multe informații înainte ca oportunitatea să intre în ea.</translation>
    </message>
    <message>
        <source>This process has no open stage.</source>
        <translation>Acest proces nu are nicio etapă deschisă.</translation>
    </message>
    <message>
        <source>Only managers can create deals for someone else.</source>
        <translation>Doar managerii pot crea oportunități pentru altcineva.</translation>
    </message>
    <message>
        <source>The stage belongs to another process.</source>
        <translation>Etapa aparține altui proces.</translation>
    </message>
    <message>
        <source>Someone else saved this deal in the meantime. Review their changes and save again.</source>
        <translation>Altcineva a salvat între timp această oportunitate. Verificați modificările și salvați din nou.</translation>
    </message>
    <message>
        <source>Only managers can hand a deal to someone else.</source>
        <translation>Doar managerii pot preda o oportunitate altcuiva.</translation>
    </message>
    <message>
        <source>“{name}” is not a sub-stage of “{stage}”.</source>
        <translation>„{name}” nu este o subetapă a etapei „{stage}”.</translation>
    </message>
    <message>
        <source>Someone else changed this deal in the meantime.</source>
        <translation>Altcineva a modificat între timp această oportunitate.</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>O notă nu poate fi goală.</translation>
    </message>
    <message>
        <source>A note can have at most {max} characters.</source>
        <translation>O notă poate avea cel mult {max} caractere.</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Această notă nu mai există.</translation>
    </message>
    <message>
        <source>“{name}” is {size} MB; files can be at most {max} MB.</source>
        <translation>„{name}” are {size} MB; fișierele pot avea cel mult {max} MB.</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>Fișierul trebuie să aibă un nume.</translation>
    </message>
    <message>
        <source>This file no longer exists.</source>
        <translation>Acest fișier nu mai există.</translation>
    </message>
    <message>
        <source>The stored file “{name}” is damaged.</source>
        <translation>Fișierul stocat „{name}” este deteriorat.</translation>
    </message>
    <message>
        <source>Only managers can change the list of sources.</source>
        <translation>Doar managerii pot modifica lista surselor.</translation>
    </message>
    <message>
        <source>A source can have at most {max} characters.</source>
        <translation>O sursă poate avea cel mult {max} caractere.</translation>
    </message>
    <message>
        <source>This e-mail template no longer exists.</source>
        <translation>Acest șablon de e-mail nu mai există.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Șablonul trebuie să aibă un nume.</translation>
    </message>
    <message>
        <source>A template named “{name}” already exists.</source>
        <translation>Există deja un șablon numit „{name}”.</translation>
    </message>
    <message>
        <source>No deal with number “{number}”.</source>
        <translation>Nu există nicio oportunitate cu numărul „{number}”.</translation>
    </message>
    <message>
        <source>This contact is already anonymised.</source>
        <translation>Acest contact este deja anonimizat.</translation>
    </message>
    <message>
        <source>Enter the mail server&apos;s host name.</source>
        <translation>Introduceți numele serverului de e-mail.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Portul trebuie să fie între 1 și 65535.</translation>
    </message>
    <message>
        <source>Choose STARTTLS or SSL/TLS.</source>
        <translation>Alegeți STARTTLS sau SSL/TLS.</translation>
    </message>
    <message>
        <source>Enter the mailbox&apos;s user name.</source>
        <translation>Introduceți numele de utilizator al căsuței poștale.</translation>
    </message>
    <message>
        <source>Check for new mail every {min} to {max} minutes.</source>
        <translation>Verificarea e-mailurilor noi se poate face la {min} până la {max} minute.</translation>
    </message>
    <message>
        <source>The system keyring is not available: {detail}</source>
        <translation>Depozitul de parole al sistemului nu este disponibil: {detail}</translation>
    </message>
    <message>
        <source>The incoming mail server is not set up (Tools → Mail settings).</source>
        <translation>Serverul de e-mail de intrare nu este configurat (Instrumente → Setări e-mail).</translation>
    </message>
    <message>
        <source>No password is stored for the incoming mail server (Tools → Mail settings).</source>
        <translation>Nu este salvată nicio parolă pentru serverul de e-mail de intrare (Instrumente → Setări e-mail).</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate could not be verified: {detail}</source>
        <translation>Certificatul serverului de e-mail nu a putut fi verificat: {detail}</translation>
    </message>
    <message>
        <source>The mail server refused the login: {detail}</source>
        <translation>Serverul de e-mail a refuzat autentificarea: {detail}</translation>
    </message>
    <message>
        <source>Cannot connect to the mail server: {detail}</source>
        <translation>Nu se poate realiza conexiunea cu serverul de e-mail: {detail}</translation>
    </message>
    <message>
        <source>Column “{column}” has dates whose day and month cannot be told apart. Choose the order.</source>
        <translation>În coloana „{column}” ziua și luna din date nu pot fi deosebite. Alegeți ordinea.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing changed.</source>
        <translation>Importul a fost anulat; nu s-a modificat nimic.</translation>
    </message>
    <message>
        <source>Only managers and administrators can import this.</source>
        <translation>Doar managerii și administratorii pot importa aceste date.</translation>
    </message>
    <message>
        <source>Choose the process the deals go to.</source>
        <translation>Alegeți procesul în care intră oportunitățile.</translation>
    </message>
    <message>
        <source>The same record appears earlier in the file.</source>
        <translation>Aceeași înregistrare apare mai devreme în fișier.</translation>
    </message>
    <message>
        <source>Someone else changed a record the import updates.</source>
        <translation>Altcineva a modificat o înregistrare pe care o actualizează importul.</translation>
    </message>
    <message>
        <source>Someone else changed deal {number} during the import.</source>
        <translation>Altcineva a modificat oportunitatea {number} în timpul importului.</translation>
    </message>
    <message>
        <source>The row has {count} cells; the header has {expected}.</source>
        <translation>Celule în rând: {count}; în antet: {expected}.</translation>
    </message>
    <message>
        <source>Left out by the user.</source>
        <translation>Omis de utilizator.</translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>„{text}” nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid NIP or CUI (its check digit does not match).</source>
        <translation>„{text}” nu este un NIP sau CUI valid (cifra de control nu se potrivește).</translation>
    </message>
    <message>
        <source>“{text}” is not in the catalogue; the catalogue has “{near}”.</source>
        <translation>„{text}” nu este în catalog; în catalog există „{near}”.</translation>
    </message>
    <message>
        <source>“{text}” is not in the catalogue.</source>
        <translation>„{text}” nu este în catalog.</translation>
    </message>
    <message>
        <source>The row has no name and no e-mail.</source>
        <translation>Rândul nu are nici nume, nici e-mail.</translation>
    </message>
    <message>
        <source>The row has no company name.</source>
        <translation>Rândul nu are numele companiei.</translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation>Rândul nu are nume.</translation>
    </message>
    <message>
        <source>The row has no product name.</source>
        <translation>Rândul nu are numele produsului.</translation>
    </message>
    <message>
        <source>“{text}” is not a stage of the process.</source>
        <translation>„{text}” nu este o etapă a procesului.</translation>
    </message>
    <message>
        <source>“{text}” is not a status (open, won, lost).</source>
        <translation>„{text}” nu este o stare (deschisă, câștigată, pierdută).</translation>
    </message>
    <message>
        <source>The row has no stage.</source>
        <translation>Rândul nu are etapă.</translation>
    </message>
    <message>
        <source>No user “{text}”; the deal will have no owner.</source>
        <translation>Nu există utilizatorul „{text}”; oportunitatea nu va avea responsabil.</translation>
    </message>
    <message>
        <source>The row has no title, company or contact to name it.</source>
        <translation>Rândul nu are titlu, companie sau contact după care să fie denumită oportunitatea.</translation>
    </message>
    <message>
        <source>The closing date is before the creation date.</source>
        <translation>Data închiderii este anterioară datei creării.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>„{text}” nu este un număr de telefon.</translation>
    </message>
    <message>
        <source>The file cannot be opened: {detail}</source>
        <translation>Fișierul nu poate fi deschis: {detail}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fișierul este gol.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls). Save it as .xlsx or CSV and import that.</source>
        <translation>Acesta este un fișier Excel vechi (.xls). Salvați-l ca .xlsx sau CSV și importați fișierul salvat.</translation>
    </message>
    <message>
        <source>This is not a text or spreadsheet file Etap can import.</source>
        <translation>Acesta nu este un fișier text sau o foaie de calcul pe care Etap o poate importa.</translation>
    </message>
    <message>
        <source>Line {line} is not valid {encoding} text. Choose the file&apos;s encoding and try again.</source>
        <translation>Rândul {line} nu este text {encoding} valid. Alegeți codificarea fișierului și încercați din nou.</translation>
    </message>
    <message>
        <source>Line {line} cannot be read: {detail}</source>
        <translation>Rândul {line} nu poate fi citit: {detail}</translation>
    </message>
    <message>
        <source>The sheet “{sheet}” is empty.</source>
        <translation>Foaia „{sheet}” este goală.</translation>
    </message>
    <message>
        <source>The spreadsheet cannot be read: {detail}</source>
        <translation>Foaia de calcul nu poate fi citită: {detail}</translation>
    </message>
    <message>
        <source>Only managers and administrators can revert an import.</source>
        <translation>Doar managerii și administratorii pot revoca un import.</translation>
    </message>
    <message>
        <source>This import no longer exists.</source>
        <translation>Acest import nu mai există.</translation>
    </message>
    <message>
        <source>This import was already reverted.</source>
        <translation>Acest import a fost deja revocat.</translation>
    </message>
    <message>
        <source>The connection to the database is lost.</source>
        <translation>Conexiunea cu baza de date s-a pierdut.</translation>
    </message>
    <message>
        <source>The certificate file “{path}” cannot be read: {detail}</source>
        <translation>Fișierul de certificat „{path}” nu poate fi citit: {detail}</translation>
    </message>
    <message>
        <source>The mail server is not set up (Tools → Mail settings).</source>
        <translation>Serverul de e-mail nu este configurat (Instrumente → Setări e-mail).</translation>
    </message>
    <message>
        <source>The mail server refused the message: {detail}</source>
        <translation>Serverul de e-mail a refuzat mesajul: {detail}</translation>
    </message>
    <message>
        <source>The connection to the mail server was lost: {detail}</source>
        <translation>Conexiunea cu serverul de e-mail s-a pierdut: {detail}</translation>
    </message>
    <message>
        <source>Only managers and administrators can merge records.</source>
        <translation>Doar managerii și administratorii pot combina înregistrări.</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>O înregistrare nu poate fi combinată cu ea însăși.</translation>
    </message>
    <message>
        <source>Choose accepted or rejected.</source>
        <translation>Alegeți acceptată sau respinsă.</translation>
    </message>
    <message>
        <source>This offer no longer exists.</source>
        <translation>Această ofertă nu mai există.</translation>
    </message>
    <message>
        <source>Someone else changed this offer meanwhile; it shows now.</source>
        <translation>Între timp, altcineva a modificat această ofertă; acum se vede.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Sigla trebuie să fie o imagine PNG sau JPEG.</translation>
    </message>
    <message>
        <source>The logo is too large (at most {limit} KB).</source>
        <translation>Sigla este prea mare (cel mult {limit} KB).</translation>
    </message>
    <message>
        <source>Only managers and administrators can change offer templates and the letterhead.</source>
        <translation>Doar managerii și administratorii pot modifica șabloanele de ofertă și antetul.</translation>
    </message>
    <message>
        <source>The template is too long.</source>
        <translation>Șablonul este prea lung.</translation>
    </message>
    <message>
        <source>The offer template is not valid: {reason}</source>
        <translation>Șablonul ofertei nu este valid: {reason}</translation>
    </message>
    <message>
        <source>The offer document is not a PDF.</source>
        <translation>Documentul ofertei nu este un PDF.</translation>
    </message>
    <message>
        <source>A header must not contain line breaks.</source>
        <translation>Un antet nu poate conține treceri la rând nou.</translation>
    </message>
    <message>
        <source>This process no longer exists.</source>
        <translation>Acest proces nu mai există.</translation>
    </message>
    <message>
        <source>This stage no longer exists.</source>
        <translation>Această etapă nu mai există.</translation>
    </message>
    <message>
        <source>A process needs a name of 1 to 120 characters.</source>
        <translation>Un proces trebuie să aibă un nume de 1 până la 120 de caractere.</translation>
    </message>
    <message>
        <source>A process named “{name}” already exists.</source>
        <translation>Există deja un proces numit „{name}”.</translation>
    </message>
    <message>
        <source>Deals still in “{name}”: {count}. Move them to another process first.</source>
        <translation>Oportunități încă în „{name}”: {count}. Mutați-le mai întâi în alt proces.</translation>
    </message>
    <message>
        <source>Sub-stage names must be different.</source>
        <translation>Numele subetapelor trebuie să fie diferite.</translation>
    </message>
    <message>
        <source>Deals in this stage: {count}. Choose the stage that receives them.</source>
        <translation>Oportunități în această etapă: {count}. Alegeți etapa care le preia.</translation>
    </message>
    <message>
        <source>The receiving stage must be another stage of this process.</source>
        <translation>Etapa care le preia trebuie să fie altă etapă a acestui proces.</translation>
    </message>
    <message>
        <source>Stage “{stage}” needs more information before the deals can enter it.</source>
        <translation>Etapa „{stage}” necesită mai multe informații înainte ca oportunitățile să poată intra în ea.</translation>
    </message>
    <message>
        <source>{count} deal(s) cannot be won before these mandatory activities are done: {names}.</source>
        <translation>{count} oportunități nu pot fi câștigate înainte de efectuarea acestor activități obligatorii: {names}.</translation>
    </message>
    <message>
        <source>This message no longer exists or is not visible to you.</source>
        <translation>Acest mesaj nu mai există sau nu vă este vizibil.</translation>
    </message>
    <message>
        <source>Someone else filed this message meanwhile; the list shows it now.</source>
        <translation>Între timp, altcineva a atribuit acest mesaj; lista arată acum acest lucru.</translation>
    </message>
    <message>
        <source>There is no report called “{name}”.</source>
        <translation>Nu există un raport numit „{name}”.</translation>
    </message>
    <message>
        <source>Choose a process for this report.</source>
        <translation>Alegeți un proces pentru acest raport.</translation>
    </message>
    <message>
        <source>This segment no longer exists.</source>
        <translation>Acest segment nu mai există.</translation>
    </message>
    <message>
        <source>A segment needs a name of 1 to 120 characters.</source>
        <translation>Un segment trebuie să aibă un nume de 1 până la 120 de caractere.</translation>
    </message>
    <message>
        <source>A task needs a title of 1 to 200 characters.</source>
        <translation>O sarcină trebuie să aibă un titlu de 1 până la 200 de caractere.</translation>
    </message>
    <message>
        <source>Only managers can give tasks to someone else.</source>
        <translation>Doar managerii pot da sarcini altcuiva.</translation>
    </message>
    <message>
        <source>This task no longer exists.</source>
        <translation>Această sarcină nu mai există.</translation>
    </message>
    <message>
        <source>Only the task&apos;s owner or a manager can do this.</source>
        <translation>Doar responsabilul sarcinii sau un manager poate face acest lucru.</translation>
    </message>
    <message>
        <source>The deal is already in this process.</source>
        <translation>Oportunitatea este deja în acest proces.</translation>
    </message>
    <message>
        <source>This deal is not in the trash.</source>
        <translation>Această oportunitate nu este în coș.</translation>
    </message>
    <message>
        <source>Only managers can restore deals from the trash.</source>
        <translation>Doar managerii pot restaura oportunități din coș.</translation>
    </message>
    <message>
        <source>“{name}” is not a known time zone.</source>
        <translation>„{name}” nu este un fus orar cunoscut.</translation>
    </message>
    <message>
        <source>The period must be between 1 and {max} days.</source>
        <translation>Perioada trebuie să fie între 1 și {max} zile.</translation>
    </message>
    <message>
        <source>Unknown trigger action.</source>
        <translation>Acțiune de declanșator necunoscută.</translation>
    </message>
    <message>
        <source>Choose the campaign.</source>
        <translation>Alegeți campania.</translation>
    </message>
    <message>
        <source>Choose the e-mail template.</source>
        <translation>Alegeți șablonul de e-mail.</translation>
    </message>
    <message>
        <source>The task needs a title.</source>
        <translation>Sarcina trebuie să aibă un titlu.</translation>
    </message>
    <message>
        <source>This trigger no longer exists.</source>
        <translation>Acest declanșator nu mai există.</translation>
    </message>
    <message>
        <source>The deal has no contact to add to the campaign.</source>
        <translation>Oportunitatea nu are un contact care să poată fi adăugat în campanie.</translation>
    </message>
    <message>
        <source>The deal&apos;s contact has no valid e-mail address.</source>
        <translation>Contactul oportunității nu are o adresă de e-mail validă.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nume de utilizator sau parolă greșite.</translation>
    </message>
    <message>
        <source>This user no longer exists.</source>
        <translation>Acest utilizator nu mai există.</translation>
    </message>
    <message>
        <source>There is no user “{name}”.</source>
        <translation>Nu există utilizatorul „{name}”.</translation>
    </message>
    <message>
        <source>This database already has an administrator. Sign in instead.</source>
        <translation>Această bază de date are deja un administrator. Autentificați-vă.</translation>
    </message>
    <message>
        <source>The user name “{name}” is taken.</source>
        <translation>Numele de utilizator „{name}” este deja folosit.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Nu vă puteți dezactiva propriul cont.</translation>
    </message>
    <message>
        <source>Choose an active user to hand the deals to.</source>
        <translation>Alegeți un utilizator activ căruia să îi predați oportunitățile.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Parola actuală este greșită.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Try again in {seconds} s.</source>
        <translation>Prea multe autentificări eșuate. Încercați din nou peste {seconds} s.</translation>
    </message>
    <message>
        <source>Someone else changed this user in the meantime. Look again and repeat.</source>
        <translation>Altcineva a modificat între timp acest utilizator. Verificați din nou și repetați.</translation>
    </message>
    <message>
        <source>There must be at least one active administrator.</source>
        <translation>Trebuie să existe cel puțin un administrator activ.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Cele două parole diferă.</translation>
    </message>
    <message>
        <source>A user name needs 1 to 80 characters without spaces.</source>
        <translation>Numele de utilizator trebuie să aibă între 1 și 80 de caractere, fără spații.</translation>
    </message>
    <message>
        <source>A name needs 1 to 120 characters.</source>
        <translation>Numele trebuie să aibă între 1 și 120 de caractere.</translation>
    </message>
    <message>
        <source>The signature is too long.</source>
        <translation>Semnătura este prea lungă.</translation>
    </message>
    <message>
        <source>Unknown role “{role}”.</source>
        <translation>Rol necunoscut „{role}”.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
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
        <translation>Numărul oportunității</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Data estimată de închidere</translation>
    </message>
    <message>
        <source>Sub-stage</source>
        <translation>Subetapă</translation>
    </message>
    <message>
        <source>Next contact date</source>
        <translation>Data următorului contact</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivul pierderii</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>CSV, TSV, Excel (.xlsx) or vCard. Nothing is saved until the last step.</source>
        <translation>CSV, TSV, Excel (.xlsx) sau vCard. Nu se salvează nimic până la ultimul pas.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Alege fișierul…</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>virgulă</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>punct și virgulă</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>A name that is not a process yet creates one from the file&apos;s stages.</source>
        <translation>Un nume care nu este încă un proces creează un proces nou din etapele din fișier.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fișier:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Codificare:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Foaie:</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>Rândurile sunt:</translation>
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
        <translation>tabel text (CSV)</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>registru Excel</translation>
    </message>
    <message>
        <source>{format}, {columns} columns, header in row {line}</source>
        <translation>{format}, coloane: {columns}, antet pe rândul {line}</translation>
    </message>
    <message>
        <source>the mapping used last time for files like this one is restored</source>
        <translation>s-a restabilit corespondența coloanelor folosită ultima dată pentru fișiere ca acesta</translation>
    </message>
    <message>
        <source>Choose the process the deals go to.</source>
        <translation>Alegeți procesul în care intră oportunitățile.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Set up the team database</source>
        <translation>Configurarea bazei de date a echipei</translation>
    </message>
    <message>
        <source>This database %1 has no administrator yet. Create the first one: the administrator adds the rest of the team in Tools ▸ Users.</source>
        <translation>Baza de date %1 nu are încă un administrator. Creați-l pe primul: administratorul adaugă restul echipei din Instrumente ▸ Utilizatori.</translation>
    </message>
    <message>
        <source>you sign in with this e-mail</source>
        <translation>vă autentificați cu această adresă de e-mail</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a sentence you remember is best.</source>
        <translation>
            <numerusform>Cel puțin %n caracter; cel mai bine, o propoziție pe care o țineți minte.</numerusform>
            <numerusform>Cel puțin %n caractere; cel mai bine, o propoziție pe care o țineți minte.</numerusform>
            <numerusform>Cel puțin %n de caractere; cel mai bine, o propoziție pe care o țineți minte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Creează administratorul</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nume complet:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parolă:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Repetați parola:</translation>
    </message>
</context>
<context>
    <name>FollowUpTaskDialog</name>
    <message>
        <source>Follow-up task</source>
        <translation>Sarcina următoare</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Sarcină:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Termen:</translation>
    </message>
</context>
<context>
    <name>FollowUpWidget</name>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>Ask for a read receipt</source>
        <translation>Cere confirmare de citire</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail program may confirm that the message was opened (it may also not).</source>
        <translation>Programul de e-mail al destinatarului poate confirma că mesajul a fost deschis (dar poate și să nu o facă).</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Șablon:</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversații</translation>
    </message>
    <message>
        <source>Sent by Etap</source>
        <translation>Trimise din Etap</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptată</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinsă</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nedecisă</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Oferte</translation>
    </message>
    <message>
        <source>No e-mail sent for this deal yet.</source>
        <translation>Încă nu s-a trimis niciun e-mail pentru această oportunitate.</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Anulează trimiterea</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reîncearcă cele eșuate</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Retrimite</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marchează ca trimis</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Conversații (%1)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Urmărire</translation>
    </message>
    <message>
        <source>“%1” is now among the deal&apos;s files.</source>
        <translation>„%1” se află acum printre fișierele oportunității.</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Salvează atașamentul</translation>
    </message>
    <message>
        <source>Send this message again? Do it only if it did not arrive (check the Sent folder).</source>
        <translation>Trimiteți din nou acest mesaj? Faceți-o doar dacă nu a ajuns (verificați dosarul Trimise).</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Atașamente: %1</translation>
    </message>
    <message>
        <source>Empty placeholders: %1</source>
        <translation>Substituenți goi: %1</translation>
    </message>
    <message>
        <source>The deal&apos;s contact has no valid e-mail address; nothing was sent.</source>
        <translation>Contactul oportunității nu are o adresă de e-mail validă; nu s-a trimis nimic.</translation>
    </message>
</context>
<context>
    <name>FunnelColumn</name>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Sub-stage</source>
        <translation>Subetapă</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Data creării</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Închidere estimată</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Companie</translation>
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
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilitate</translation>
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
        <translation>Căutați număr, subiect, contact, companie, e-mail…</translation>
    </message>
    <message>
        <source>Created: any time</source>
        <translation>Creată: oricând</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creată: %1</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Toți responsabilii</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Fără responsabil</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Șterge filtrele</translation>
    </message>
    <message>
        <source>New deal…</source>
        <translation>Oportunitate nouă…</translation>
    </message>
    <message>
        <source>Advanced search…</source>
        <translation>Căutare avansată…</translation>
    </message>
    <message>
        <source>Row height: </source>
        <translation>Înălțimea rândului: </translation>
    </message>
    <message>
        <source>Change owner…</source>
        <translation>Schimbă responsabilul…</translation>
    </message>
    <message>
        <source>Move to stage…</source>
        <translation>Mută în etapa…</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>Marchează ca spam</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportă…</translation>
    </message>
    <message>
        <source>Filter “%1”…</source>
        <translation>Filtrează „%1”…</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Resetează coloanele</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filtrează coloana</translation>
    </message>
    <message>
        <source>Show rows whose “%1” contains:</source>
        <translation>Arată rândurile în care „%1” conține:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de la %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>până la %1</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Etape: %1</translation>
    </message>
    <message>
        <source>Owners: %1</source>
        <translation>Responsabili: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Surse: %1</translation>
    </message>
    <message>
        <source>Expected close: %1</source>
        <translation>Închidere estimată: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Închidere: %1</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Valoare: %1</translation>
    </message>
    <message>
        <source>Lost reason: %1</source>
        <translation>Motivul pierderii: %1</translation>
    </message>
    <message>
        <source>Products: %1</source>
        <translation>Produse: %1</translation>
    </message>
    <message>
        <source>Went through in order: %1</source>
        <translation>A trecut în ordine prin: %1</translation>
    </message>
    <message>
        <source>Went through: %1</source>
        <translation>A trecut prin: %1</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Elimină acest filtru</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurează</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Selectate: %1</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Schimbă responsabilul</translation>
    </message>
    <message>
        <source>New owner of the selected deals:</source>
        <translation>Noul responsabil al oportunităților selectate:</translation>
    </message>
    <message>
        <source>Move to stage</source>
        <translation>Mută în etapa</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapă:</translation>
    </message>
    <message numerus="yes">
        <source>%n selected deal(s)</source>
        <translation>
            <numerusform>%n oportunitate selectată</numerusform>
            <numerusform>%n oportunități selectate</numerusform>
            <numerusform>%n de oportunități selectate</numerusform>
        </translation>
    </message>
    <message>
        <source>Export deals</source>
        <translation>Exportă oportunitățile</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Registru Excel (*.xlsx);;CSV, separat prin punct și virgulă (*.csv)</translation>
    </message>
    <message>
        <source>Exported deals: %1</source>
        <translation>Oportunități exportate: %1</translation>
    </message>
    <message>
        <source>Save current view as segment…</source>
        <translation>Salvează vizualizarea curentă ca segment…</translation>
    </message>
    <message>
        <source>Save segment</source>
        <translation>Salvează segmentul</translation>
    </message>
    <message>
        <source>Name of the segment:</source>
        <translation>Numele segmentului:</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Field changes</source>
        <translation>Modificări de câmpuri</translation>
    </message>
    <message>
        <source>Stage moves</source>
        <translation>Mutări între etape</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activități</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Sarcini</translation>
    </message>
    <message>
        <source>Notes and files</source>
        <translation>Note și fișiere</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>E-mailuri</translation>
    </message>
    <message>
        <source>Calculations and offers</source>
        <translation>Calculații și oferte</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Declanșatoare</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Completed the activity %1</source>
        <translation>Activitatea %1 a fost efectuată</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>notă: %1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>fișier: %1</translation>
    </message>
    <message>
        <source>Trigger ran: %1</source>
        <translation>Declanșatorul a rulat: %1</translation>
    </message>
    <message>
        <source>Trigger ran</source>
        <translation>Declanșatorul a rulat</translation>
    </message>
    <message>
        <source>Trigger failed: %1</source>
        <translation>Declanșatorul a eșuat: %1</translation>
    </message>
    <message>
        <source>Trigger failed</source>
        <translation>Declanșatorul a eșuat</translation>
    </message>
    <message>
        <source>Created the deal %1 in the stage %2</source>
        <translation>Oportunitatea %1 a fost creată în etapa %2</translation>
    </message>
    <message>
        <source>Created the deal %1</source>
        <translation>Oportunitatea %1 a fost creată</translation>
    </message>
    <message>
        <source>Moved from %1 to %2</source>
        <translation>Mutată din etapa %1 în %2</translation>
    </message>
    <message>
        <source>Changed the order in the stage %1</source>
        <translation>Ordinea a fost schimbată în etapa %1</translation>
    </message>
    <message>
        <source>Undid the activity %1</source>
        <translation>Activitatea %1 a fost anulată</translation>
    </message>
    <message>
        <source>Added the calculation %1</source>
        <translation>Calculația %1 a fost adăugată</translation>
    </message>
    <message>
        <source>Copied a calculation as %1</source>
        <translation>O calculație a fost copiată ca %1</translation>
    </message>
    <message>
        <source>Deleted the calculation %1</source>
        <translation>Calculația %1 a fost ștearsă</translation>
    </message>
    <message>
        <source>Created the offer %1</source>
        <translation>Oferta %1 a fost creată</translation>
    </message>
    <message>
        <source>Added the task %1, due %2</source>
        <translation>Sarcina %1 a fost adăugată, termen %2</translation>
    </message>
    <message>
        <source>Added the task %1</source>
        <translation>Sarcina %1 a fost adăugată</translation>
    </message>
    <message>
        <source>Completed the task %1</source>
        <translation>Sarcina %1 a fost finalizată</translation>
    </message>
    <message>
        <source>Reopened the task %1</source>
        <translation>Sarcina %1 a fost redeschisă</translation>
    </message>
    <message>
        <source>Added a note: %1</source>
        <translation>Notă adăugată: %1</translation>
    </message>
    <message>
        <source>Deleted a note: %1</source>
        <translation>Notă ștearsă: %1</translation>
    </message>
    <message>
        <source>Attached the file %1</source>
        <translation>Fișierul %1 a fost atașat</translation>
    </message>
    <message>
        <source>Deleted the file %1</source>
        <translation>Fișierul %1 a fost șters</translation>
    </message>
    <message>
        <source>Queued an e-mail to %1: %2</source>
        <translation>E-mail pregătit pentru %1: %2</translation>
    </message>
    <message>
        <source>Sent an e-mail to %1: %2</source>
        <translation>E-mail trimis către %1: %2</translation>
    </message>
    <message>
        <source>Could not send the e-mail to %1: %2</source>
        <translation>E-mailul către %1 nu a putut fi trimis: %2</translation>
    </message>
    <message>
        <source>Unknown whether the e-mail to %1 was delivered (the connection broke): %2</source>
        <translation>Nu se știe dacă e-mailul către %1 a fost livrat (conexiunea s-a întrerupt): %2</translation>
    </message>
    <message>
        <source>Marked the e-mail to %1 as sent: %2</source>
        <translation>E-mailul către %1 a fost marcat ca trimis: %2</translation>
    </message>
    <message>
        <source>Queued the e-mail to %1 again: %2</source>
        <translation>E-mailul către %1 a fost pregătit din nou: %2</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Marcată ca spam</translation>
    </message>
    <message>
        <source>Restored from spam</source>
        <translation>Restaurată din spam</translation>
    </message>
    <message>
        <source>Moved the deal to the trash</source>
        <translation>Oportunitatea a fost mutată în coș</translation>
    </message>
    <message>
        <source>Restored the deal from the trash</source>
        <translation>Oportunitatea a fost restaurată din coș</translation>
    </message>
    <message>
        <source>Duplicated from %1</source>
        <translation>Duplicată din %1</translation>
    </message>
    <message>
        <source>Updated by an import: %1</source>
        <translation>Actualizat printr-un import: %1</translation>
    </message>
    <message>
        <source>Moved from the process %1 to %2</source>
        <translation>Mutată din procesul %1 în %2</translation>
    </message>
    <message>
        <source>Offer accepted: %1</source>
        <translation>Ofertă acceptată: %1</translation>
    </message>
    <message>
        <source>Offer rejected: %1</source>
        <translation>Ofertă respinsă: %1</translation>
    </message>
    <message>
        <source>Offer not decided any more: %1</source>
        <translation>Oferta nu mai are o decizie: %1</translation>
    </message>
    <message>
        <source>E-mail received from %1: %2</source>
        <translation>E-mail primit de la %1: %2</translation>
    </message>
    <message>
        <source>E-mail sent from another program to %1: %2</source>
        <translation>E-mail trimis din alt program către %1: %2</translation>
    </message>
    <message>
        <source>E-mail from %1 filed to this deal: %2</source>
        <translation>E-mail de la %1 atribuit acestei oportunități: %2</translation>
    </message>
    <message>
        <source>Read receipt from %1: %2</source>
        <translation>Confirmare de citire de la %1: %2</translation>
    </message>
    <message>
        <source>E-mail to %1 found in the Sent folder, so it was sent: %2</source>
        <translation>E-mailul către %1 a fost găsit în dosarul Trimise, deci a fost trimis: %2</translation>
    </message>
    <message>
        <source>Other change (%1)</source>
        <translation>Altă modificare (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s)</source>
        <translation>
            <numerusform>%n fișier atașat</numerusform>
            <numerusform>%n fișiere atașate</numerusform>
            <numerusform>%n de fișiere atașate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n task(s)</source>
        <translation>
            <numerusform>%n sarcină adăugată</numerusform>
            <numerusform>%n sarcini adăugate</numerusform>
            <numerusform>%n de sarcini adăugate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n note(s)</source>
        <translation>
            <numerusform>%n notă adăugată</numerusform>
            <numerusform>%n note adăugate</numerusform>
            <numerusform>%n de note adăugate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n e-mail(s)</source>
        <translation>
            <numerusform>%n e-mail pregătit</numerusform>
            <numerusform>%n e-mailuri pregătite</numerusform>
            <numerusform>%n de e-mailuri pregătite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Completed %n activities</source>
        <translation>
            <numerusform>%n activitate efectuată</numerusform>
            <numerusform>%n activități efectuate</numerusform>
            <numerusform>%n de activități efectuate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Everything</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Arată:</translation>
    </message>
</context>
<context>
    <name>ImapSettingsPage</name>
    <message>
        <source>Fetch received mail and file it to deals</source>
        <translation>Preia e-mailurile primite și atribuie-le oportunităților</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>salvată în depozitul de parole al sistemului</translation>
    </message>
    <message>
        <source>found automatically</source>
        <translation>găsit automat</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>certificatele sistemului</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Răsfoiește…</translation>
    </message>
    <message>
        <source>IMAP server:</source>
        <translation>Server IMAP:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Securitate:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nume de utilizator:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parolă:</translation>
    </message>
    <message>
        <source>Sent folder:</source>
        <translation>Dosarul Trimise:</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Verifică la fiecare:</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Fișier certificat CA:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testează conexiunea</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fișier certificat CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>%1

Keep the password for this session only? Etap will ask for it again after a restart.</source>
        <translation>%1

Păstrați parola doar pentru această sesiune? Etap o va cere din nou după repornire.</translation>
    </message>
    <message>
        <source>No system keyring</source>
        <translation>Lipsește depozitul de parole al sistemului</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectare la %1…</translation>
    </message>
    <message>
        <source>The incoming mail server accepted the login.</source>
        <translation>Serverul de e-mail de intrare a acceptat autentificarea.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Deals (with their contacts and companies)</source>
        <translation>Oportunități (cu contactele și companiile lor)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacte</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companii</translation>
    </message>
    <message>
        <source>Users (salespeople)</source>
        <translation>Utilizatori (agenți de vânzări)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produse</translation>
    </message>
    <message>
        <source>Deal number (id)</source>
        <translation>Numărul oportunității (id)</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Titlul oportunității</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Status (open, won, lost)</source>
        <translation>Stare (deschisă, câștigată, pierdută)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Data creării</translation>
    </message>
    <message>
        <source>In the stage since</source>
        <translation>În etapă din</translation>
    </message>
    <message>
        <source>Closed on (won or lost)</source>
        <translation>Data închiderii (câștigată sau pierdută)</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>Data estimată de închidere</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivul pierderii</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Numele companiei</translation>
    </message>
    <message>
        <source>Tax id (NIP, CUI)</source>
        <translation>Cod fiscal (NIP, CUI)</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <source>Contact (full name)</source>
        <translation>Contact (nume complet)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prenume</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nume</translation>
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
        <translation>Telefon companie</translation>
    </message>
    <message>
        <source>Company e-mail</source>
        <translation>E-mail companie</translation>
    </message>
    <message>
        <source>User&apos;s name</source>
        <translation>Numele utilizatorului</translation>
    </message>
    <message>
        <source>Product code</source>
        <translation>Cod produs</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Preț net</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Omite rândul</translation>
    </message>
    <message>
        <source>Update the existing record</source>
        <translation>Actualizează înregistrarea existentă</translation>
    </message>
    <message>
        <source>Create another record</source>
        <translation>Creează o altă înregistrare</translation>
    </message>
    <message>
        <source>created</source>
        <translation>create</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizate</translation>
    </message>
    <message>
        <source>skipped (already there)</source>
        <translation>omise (existau deja)</translation>
    </message>
    <message>
        <source>not imported (errors)</source>
        <translation>neimportate (erori)</translation>
    </message>
    <message>
        <source>imported with warnings</source>
        <translation>importate cu avertismente</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>changed since the import</source>
        <translation>modificat după import</translation>
    </message>
    <message>
        <source>used by other records since the import</source>
        <translation>folosit de alte înregistrări după import</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>Istoricul importurilor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rânduri</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Revert import…</source>
        <translation>Revocă importul…</translation>
    </message>
    <message>
        <source>reverted {when}</source>
        <translation>revocat la {when}</translation>
    </message>
    <message>
        <source>Remove what the import of “{file}” created and restore what it updated?</source>
        <translation>Eliminați ce a creat importul fișierului „{file}” și restaurați ce a actualizat?</translation>
    </message>
    <message>
        <source>{count} deals were changed since and will be kept.</source>
        <translation>Oportunitățile modificate între timp ({count}) vor fi păstrate.</translation>
    </message>
    <message>
        <source>Revert import</source>
        <translation>Revocarea importului</translation>
    </message>
    <message>
        <source>Removed: {removed}. Restored: {restored}.</source>
        <translation>Eliminate: {removed}. Restaurate: {restored}.</translation>
    </message>
    <message>
        <source>Kept because they changed since:</source>
        <translation>Păstrate pentru că s-au modificat între timp:</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… și încă {count}.</translation>
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
        <translation>Salvează raportul de erori</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Offer letterhead</source>
        <translation>Antetul ofertei</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Alegeți sigla…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Elimină sigla</translation>
    </message>
    <message>
        <source>Company name:</source>
        <translation>Numele companiei:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresă:</translation>
    </message>
    <message>
        <source>Tax ID (NIP):</source>
        <translation>Cod fiscal (CUI):</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>Cont bancar:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Siglă:</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(fără siglă)</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Alegeți sigla</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagini (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LineModel</name>
    <message>
        <source>Item</source>
        <translation>Articol</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>U.M.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Preț unitar</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Reducere %</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Cost unitar</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marjă</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Etap</source>
        <translation>Autentificare în Etap</translation>
    </message>
    <message>
        <source>Remember me on this computer (kept in the system keyring)</source>
        <translation>Ține-mă minte pe acest calculator (în depozitul de parole al sistemului)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Bază de date:</translation>
    </message>
    <message>
        <source>User name or e-mail:</source>
        <translation>Nume de utilizator sau e-mail:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parolă:</translation>
    </message>
    <message>
        <source>The system keyring is not available: nothing was remembered.</source>
        <translation>Depozitul de parole al sistemului nu este disponibil: nu s-a memorat nimic.</translation>
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
        <translation>Setări e-mail</translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation>salvată în depozitul de parole al sistemului</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>certificatele sistemului</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Răsfoiește…</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Server SMTP:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Securitate:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nume de utilizator:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parolă:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adresa expeditorului:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Numele expeditorului:</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Fișier certificat CA:</translation>
    </message>
    <message>
        <source>Send test message</source>
        <translation>Trimite mesaj de test</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Trimitere (SMTP)</translation>
    </message>
    <message>
        <source>Receiving (IMAP)</source>
        <translation>Primire (IMAP)</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Fișier certificat CA</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation>Se trimite un mesaj de test către %1…</translation>
    </message>
    <message>
        <source>Etap test message</source>
        <translation>Mesaj de test Etap</translation>
    </message>
    <message>
        <source>The mail settings work.</source>
        <translation>Setările de e-mail funcționează.</translation>
    </message>
    <message>
        <source>The test message was accepted by the server.</source>
        <translation>Mesajul de test a fost acceptat de server.</translation>
    </message>
</context>
<context>
    <name>MailStateLabel</name>
    <message>
        <source>Mail: no password on this computer</source>
        <translation>E-mail: nicio parolă pe acest calculator</translation>
    </message>
    <message>
        <source>This computer has no password for the mailbox, so it does not fetch mail itself; copies of Etap that have it do. Enter it in Tools → Mail settings to fetch mail here too.</source>
        <translation>Acest calculator nu are parola căsuței de e-mail, deci nu preia singur mesajele; o fac copiile Etap care o au. Introduceți-o în Instrumente → Setări e-mail pentru a prelua mesajele și aici.</translation>
    </message>
    <message>
        <source>Mail: being checked on another computer</source>
        <translation>E-mail: se verifică pe alt calculator</translation>
    </message>
    <message>
        <source>Another copy of Etap was checking the mailbox, so this one skipped its check.</source>
        <translation>O altă copie Etap verifica deja căsuța de e-mail, așa că aceasta și-a omis verificarea.</translation>
    </message>
    <message>
        <source>Mail: checked %1</source>
        <translation>E-mail: verificat %1</translation>
    </message>
    <message>
        <source>Mail: the last check failed</source>
        <translation>E-mail: ultima verificare a eșuat</translation>
    </message>
    <message>
        <source>No copy of Etap has checked the mailbox yet.</source>
        <translation>Nicio copie Etap nu a verificat încă căsuța de e-mail.</translation>
    </message>
    <message>
        <source>Last check: %1 on %2 for %3</source>
        <translation>Ultima verificare: %1 pe calculatorul %2 pentru %3</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>A eșuat: %1</translation>
    </message>
</context>
<context>
    <name>MailStatus</name>
    <message>
        <source>Etap stopped while handing this message to the mail server, so it may or may not have been sent. Check the Sent folder or ask the recipient, then choose Resend or Mark as sent.</source>
        <translation>Etap s-a oprit în timp ce preda acest mesaj serverului de e-mail, deci este posibil să fi fost trimis sau nu. Verificați dosarul Trimise sau întrebați destinatarul, apoi alegeți „Retrimite” sau „Marchează ca trimis”.</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>În coadă</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Se trimite</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimisă</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Eșuat</translation>
    </message>
    <message>
        <source>Unknown — check</source>
        <translation>Necunoscut — verificați</translation>
    </message>
</context>
<context>
    <name>MailView</name>
    <message>
        <source>Choose a message to read it.</source>
        <translation>Alegeți un mesaj pentru a-l citi.</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(fără subiect)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De la:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Către:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Atașamente:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvează…</translation>
    </message>
    <message>
        <source>Add to the deal&apos;s files</source>
        <translation>Adaugă la fișierele oportunității</translation>
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
        <source>&amp;Board (stages)</source>
        <translation>&amp;Panou (etape)</translation>
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
        <source>&amp;Contacts</source>
        <translation>&amp;Contacte</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>C&amp;ompanii</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapoarte</translation>
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
        <source>&amp;Tools</source>
        <translation>&amp;Instrumente</translation>
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
<context>
    <name>MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Coloane</translation>
    </message>
    <message>
        <source>What each column of the file holds. Columns left at “(not imported)” are ignored.</source>
        <translation>Ce conține fiecare coloană a fișierului. Coloanele lăsate pe „(nu se importă)” sunt ignorate.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coloana din fișier</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primele valori</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>When a record is already in Etap:</source>
        <translation>Când o înregistrare există deja în Etap:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nu se importă)</translation>
    </message>
    <message>
        <source>Deals (same number):</source>
        <translation>Oportunități (același număr):</translation>
    </message>
    <message>
        <source>Contacts (same e-mail, or name and company):</source>
        <translation>Contacte (același e-mail sau același nume și aceeași companie):</translation>
    </message>
    <message>
        <source>Companies (same NIP/CUI or name):</source>
        <translation>Companii (același NIP/CUI sau același nume):</translation>
    </message>
    <message>
        <source>Products (same code):</source>
        <translation>Produse (același cod):</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose what at least one column holds.</source>
        <translation>Alegeți ce conține cel puțin o coloană.</translation>
    </message>
</context>
<context>
    <name>MessagesModel</name>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Către</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Queued / sent</source>
        <translation>Pus în coadă / trimis</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Răspunsul serverului</translation>
    </message>
</context>
<context>
    <name>MyTasksModel</name>
    <message>
        <source>Overdue</source>
        <translation>Întârziată</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Următoare</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Fără termen</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
</context>
<context>
    <name>MyTasksView</name>
    <message>
        <source>Mark done</source>
        <translation>Marchează ca efectuată</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Adaugă în calendar</translation>
    </message>
    <message>
        <source>Open the task in your calendar application (.ics)</source>
        <translation>Deschide sarcina în aplicația de calendar (.ics)</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Sarcinile mele</translation>
    </message>
</context>
<context>
    <name>NewCompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>Companie nouă</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Contact nou</translation>
    </message>
    <message>
        <source>Type to search companies</source>
        <translation>Tastați pentru a căuta o companie</translation>
    </message>
    <message>
        <source>First name:</source>
        <translation>Prenume:</translation>
    </message>
    <message>
        <source>Last name:</source>
        <translation>Nume:</translation>
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
        <translation>Companie:</translation>
    </message>
</context>
<context>
    <name>NewDealDialog</name>
    <message>
        <source>New deal</source>
        <translation>Oportunitate nouă</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Fără responsabil</translation>
    </message>
    <message>
        <source>Type to search contacts</source>
        <translation>Tastați pentru a căuta un contact</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Contact nou…</translation>
    </message>
    <message>
        <source>Type to search companies</source>
        <translation>Tastați pentru a căuta o companie</translation>
    </message>
    <message>
        <source>New company…</source>
        <translation>Companie nouă…</translation>
    </message>
    <message>
        <source>Open the deal after creating it</source>
        <translation>Deschide oportunitatea după creare</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapă:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titlu:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valoare:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Închidere estimată:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsabil:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Sursă:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Companie:</translation>
    </message>
    <message>
        <source>Sub-stage:</source>
        <translation>Subetapă:</translation>
    </message>
    <message>
        <source>Next contact:</source>
        <translation>Următorul contact:</translation>
    </message>
    <message>
        <source>Lost reason:</source>
        <translation>Motivul pierderii:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Creează</translation>
    </message>
    <message>
        <source>Create a sales process first (Process → New process…).</source>
        <translation>Creați mai întâi un proces de vânzare (Proces → Proces nou…).</translation>
    </message>
    <message>
        <source>Required in this stage.</source>
        <translation>Obligatoriu în această etapă.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Write a note about this deal…</source>
        <translation>Scrieți o notă despre această oportunitate…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Adaugă notă</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Mărime</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adăugat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Atașează fișier…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschide</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salvează ca…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Files (up to %1 MB each)</source>
        <translation>Fișiere (până la %1 MB fiecare)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Încă nu există note.</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Atașează fișier</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Fișierul nu a putut fi citit: %1</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Salvează fișierul</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Fișierul nu a putut fi scris: %1</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Șterge fișierul</translation>
    </message>
    <message>
        <source>Delete “%1” from this deal?</source>
        <translation>Ștergeți „%1” din această oportunitate?</translation>
    </message>
</context>
<context>
    <name>NotificationBell</name>
    <message>
        <source>Notifications</source>
        <translation>Notificări</translation>
    </message>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notificare necitită</numerusform>
            <numerusform>%n notificări necitite</numerusform>
            <numerusform>%n de notificări necitite</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationsDialog</name>
    <message>
        <source>Notifications</source>
        <translation>Notificări</translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation>Nimic nou.</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Marchează toate ca citite</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <source>Task due</source>
        <translation>Sarcină scadentă</translation>
    </message>
    <message>
        <source>Activity done</source>
        <translation>Activitate efectuată</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Declanșator</translation>
    </message>
    <message numerus="yes">
        <source>Trigger in “%1”: %n deal(s)</source>
        <translation>
            <numerusform>Declanșator în „%1”: %n oportunitate</numerusform>
            <numerusform>Declanșator în „%1”: %n oportunități</numerusform>
            <numerusform>Declanșator în „%1”: %n de oportunități</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfferBar</name>
    <message>
        <source>Preview offer</source>
        <translation>Previzualizare ofertă</translation>
    </message>
    <message>
        <source>Open in web browser</source>
        <translation>Deschide în browser</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportă PDF…</translation>
    </message>
    <message>
        <source>Edit template…</source>
        <translation>Editează șablonul…</translation>
    </message>
    <message>
        <source>Letterhead…</source>
        <translation>Antet…</translation>
    </message>
    <message>
        <source>Offer language:</source>
        <translation>Limba ofertei:</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ofertă</translation>
    </message>
    <message>
        <source>Save offer as PDF</source>
        <translation>Salvează oferta ca PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fișiere PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OfferPreview</name>
    <message>
        <source>Offer preview</source>
        <translation>Previzualizarea ofertei</translation>
    </message>
</context>
<context>
    <name>OfferStatus</name>
    <message>
        <source>Not sent</source>
        <translation>Netrimisă</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimisă</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Deschisă</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Cu răspuns</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptată</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinsă</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>Offer</source>
        <translation>Ofertă</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creată</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Trimisă</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Deschisă</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Cu răspuns</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Fără dată</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Schimbarea parolei mele</translation>
    </message>
    <message>
        <source>Set password for %1</source>
        <translation>Setarea parolei pentru %1</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a sentence you remember is best.</source>
        <translation>
            <numerusform>Cel puțin %n caracter; cel mai bine, o propoziție pe care o țineți minte.</numerusform>
            <numerusform>Cel puțin %n caractere; cel mai bine, o propoziție pe care o țineți minte.</numerusform>
            <numerusform>Cel puțin %n de caractere; cel mai bine, o propoziție pe care o țineți minte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Parola actuală:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Parola nouă:</translation>
    </message>
    <message>
        <source>Repeat the new password:</source>
        <translation>Repetați parola nouă:</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>Show suggestions</source>
        <translation>Afișează sugestiile</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>Contact&apos;s full name</source>
        <translation>Numele complet al contactului</translation>
    </message>
    <message>
        <source>Contact&apos;s first name</source>
        <translation>Prenumele contactului</translation>
    </message>
    <message>
        <source>Contact&apos;s last name</source>
        <translation>Numele de familie al contactului</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail address</source>
        <translation>Adresa de e-mail a contactului</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Numele companiei</translation>
    </message>
    <message>
        <source>Deal number</source>
        <translation>Numărul oportunității</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>Titlul oportunității</translation>
    </message>
    <message>
        <source>Deal value with currency</source>
        <translation>Valoarea oportunității cu moneda</translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation>Numele responsabilului</translation>
    </message>
    <message>
        <source>Owner&apos;s e-mail address</source>
        <translation>Adresa de e-mail a responsabilului</translation>
    </message>
    <message>
        <source>Owner&apos;s signature</source>
        <translation>Semnătura responsabilului</translation>
    </message>
    <message>
        <source>Offer valid until</source>
        <translation>Ofertă valabilă până la</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>The first 200 rows as they will be stored. Red cells keep their row out; yellow ones are warnings.</source>
        <translation>Primele 200 de rânduri, așa cum vor fi salvate. Celulele roșii exclud rândul; cele galbene sunt avertismente.</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>Salvează raportul de erori…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rând</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>se importă</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>omis</translation>
    </message>
    <message>
        <source>Rows in the file: {rows}. Of the first {shown}: {errors} left out, {warnings} with warnings.</source>
        <translation>Rânduri în fișier: {rows}. Dintre primele {shown}: omise: {errors}, cu avertismente: {warnings}.</translation>
    </message>
    <message>
        <source>{name} (new user)</source>
        <translation>{name} (utilizator nou)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(fără responsabil)</translation>
    </message>
</context>
<context>
    <name>PriceListsTab</name>
    <message>
        <source>New price list…</source>
        <translation>Listă de prețuri nouă…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preț</translation>
    </message>
    <message>
        <source>Price in the list&apos;s currency</source>
        <translation>Preț în moneda listei</translation>
    </message>
    <message>
        <source>Add or change product…</source>
        <translation>Adaugă sau modifică produsul…</translation>
    </message>
    <message>
        <source>Remove product</source>
        <translation>Elimină produsul</translation>
    </message>
    <message>
        <source>Price list:</source>
        <translation>Listă de prețuri:</translation>
    </message>
    <message>
        <source>New price list</source>
        <translation>Listă de prețuri nouă</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Monedă:</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Choose a product</source>
        <translation>Alegeți un produs</translation>
    </message>
    <message>
        <source>Search by code or name…</source>
        <translation>Căutați după cod sau denumire…</translation>
    </message>
</context>
<context>
    <name>ProductsTab</name>
    <message>
        <source>Search by code or name…</source>
        <translation>Căutați după cod sau denumire…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>U.M.</translation>
    </message>
    <message>
        <source>Net price</source>
        <translation>Preț net</translation>
    </message>
    <message>
        <source>Purchase cost</source>
        <translation>Cost de achiziție</translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source>Active (offered in pickers)</source>
        <translation>Activ (oferit la alegere)</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Cod:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>U.M.:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Monedă:</translation>
    </message>
    <message>
        <source>Net price:</source>
        <translation>Preț net:</translation>
    </message>
    <message>
        <source>Purchase cost:</source>
        <translation>Cost de achiziție:</translation>
    </message>
    <message>
        <source>VAT %:</source>
        <translation>TVA %:</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Produs nou</translation>
    </message>
    <message>
        <source>Save product</source>
        <translation>Salvează produsul</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>pcs</source>
        <translation>buc.</translation>
    </message>
</context>
<context>
    <name>QuickRange</name>
    <message>
        <source>Today</source>
        <translation>Astăzi</translation>
    </message>
    <message>
        <source>Since yesterday</source>
        <translation>De ieri</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimele 7 zile</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
</context>
<context>
    <name>RatesTab</name>
    <message>
        <source>1 unit of</source>
        <translation>1 unitate de</translation>
    </message>
    <message>
        <source>costs</source>
        <translation>costă</translation>
    </message>
    <message>
        <source>in</source>
        <translation>în</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizat</translation>
    </message>
    <message>
        <source>Save rate</source>
        <translation>Salvează cursul</translation>
    </message>
    <message>
        <source>Delete rate</source>
        <translation>Șterge cursul</translation>
    </message>
    <message>
        <source>Calculations freeze the rate they use: changing a rate here never alters an offer.</source>
        <translation>Calculațiile își fixează cursul folosit: modificarea unui curs aici nu schimbă niciodată o ofertă.</translation>
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
        <translation>Activitate</translation>
    </message>
    <message>
        <source>Work done (and tasks due) in the period</source>
        <translation>Activitate efectuată (și sarcini scadente) în perioadă</translation>
    </message>
    <message>
        <source>Tasks done</source>
        <translation>Sarcini efectuate</translation>
    </message>
    <message>
        <source>Tasks planned</source>
        <translation>Sarcini planificate</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Sarcini întârziate</translation>
    </message>
    <message>
        <source>Activities done</source>
        <translation>Activități efectuate</translation>
    </message>
    <message>
        <source>E-mails sent</source>
        <translation>E-mailuri trimise</translation>
    </message>
    <message>
        <source>Deals created</source>
        <translation>Oportunități create</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigate</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdute</translation>
    </message>
    <message>
        <source>Salesperson</source>
        <translation>Agent de vânzări</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Rata de câștig</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Sarcini</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Activitate efectuată</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunități</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Tot timpul</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Luna aceasta</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Luna trecută</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Trimestrul acesta</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Trimestrul trecut</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Anul acesta</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Anul trecut</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Ultimele 12 luni</translation>
    </message>
    <message>
        <source>Next 6 months</source>
        <translation>Următoarele 6 luni</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversie</translation>
    </message>
    <message>
        <source>Deals created in the period</source>
        <translation>Oportunități create în perioadă</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
    </message>
    <message>
        <source>Reached at any point</source>
        <translation>Au atins etapa vreodată</translation>
    </message>
    <message>
        <source>Conversion from previous stage</source>
        <translation>Conversie din etapa anterioară</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Pierdere</translation>
    </message>
    <message>
        <source>Through every stage in order</source>
        <translation>Prin toate etapele în ordine</translation>
    </message>
    <message>
        <source>Conversion in order</source>
        <translation>Conversie în ordine</translation>
    </message>
    <message>
        <source>Drop-off in order</source>
        <translation>Pierdere în ordine</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Ciclul de vânzare</translation>
    </message>
    <message>
        <source>Deals closed (and stays begun) in the period</source>
        <translation>Oportunități închise (și treceri prin etape începute) în perioadă</translation>
    </message>
    <message>
        <source>Average days in stage</source>
        <translation>Zile în medie în etapă</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Treceri prin etapă</translation>
    </message>
    <message>
        <source>Deals there now</source>
        <translation>Oportunități acum în etapă</translation>
    </message>
    <message>
        <source>Rotting days</source>
        <translation>Zile de stagnare</translation>
    </message>
    <message>
        <source>Stuck past rotting days</source>
        <translation>Blocate peste zilele de stagnare</translation>
    </message>
    <message>
        <source>Median days to close</source>
        <translation>Mediana zilelor până la închidere</translation>
    </message>
    <message>
        <source>Average days to close</source>
        <translation>Zile în medie până la închidere</translation>
    </message>
    <message>
        <source>Median days to win</source>
        <translation>Mediana zilelor până la câștig</translation>
    </message>
    <message>
        <source>Average days to win</source>
        <translation>Zile în medie până la câștig</translation>
    </message>
    <message>
        <source>Median days to lose</source>
        <translation>Mediana zilelor până la pierdere</translation>
    </message>
    <message>
        <source>Stuck deals</source>
        <translation>Oportunități blocate</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognoză</translation>
    </message>
    <message>
        <source>Months of expected close</source>
        <translation>Lunile închiderii estimate</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Luna</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Oportunități deschise</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Valoare ponderată</translation>
    </message>
    <message>
        <source>Value won</source>
        <translation>Valoare câștigată</translation>
    </message>
    <message>
        <source>Forecast at month start</source>
        <translation>Prognoza la începutul lunii</translation>
    </message>
    <message>
        <source>Forecast accuracy</source>
        <translation>Acuratețea prognozei</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Open pipeline</source>
        <translation>Pipeline deschis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produs</translation>
    </message>
    <message>
        <source>Won and lost</source>
        <translation>Câștigate și pierdute</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>Motivul pierderii</translation>
    </message>
    <message>
        <source>Deals closed in the period</source>
        <translation>Oportunități închise în perioadă</translation>
    </message>
    <message>
        <source>Value lost</source>
        <translation>Valoare pierdută</translation>
    </message>
    <message>
        <source>Share of lost</source>
        <translation>Pondere în pierdute</translation>
    </message>
    <message>
        <source>Other closed</source>
        <translation>Alte închise</translation>
    </message>
    <message>
        <source>Double-click to open these deals in the funnel view</source>
        <translation>Dublu clic pentru a deschide aceste oportunități în vizualizarea pâlnie</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Custom…</source>
        <translation>Interval personalizat…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Chart and table as PNG…</source>
        <translation>Grafic și tabel ca PNG…</translation>
    </message>
    <message>
        <source>Chart and table as PDF…</source>
        <translation>Grafic și tabel ca PDF…</translation>
    </message>
    <message>
        <source>Table as CSV…</source>
        <translation>Tabel ca CSV…</translation>
    </message>
    <message>
        <source>Table as XLSX…</source>
        <translation>Tabel ca XLSX…</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Bare</translation>
    </message>
    <message>
        <source>Show the pie&apos;s numbers as bars</source>
        <translation>Arată cifrele din diagrama circulară ca bare</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grupare după</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafic</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proces</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioadă</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
    <message>
        <source>All processes</source>
        <translation>Toate procesele</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toate sursele</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Toți responsabilii</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Fără responsabil</translation>
    </message>
    <message>
        <source>Owners: %1</source>
        <translation>Responsabili: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Se calculează…</translation>
    </message>
    <message>
        <source>Nothing to draw: every number in this chart is zero.</source>
        <translation>Nimic de desenat: toate valorile din acest grafic sunt zero.</translation>
    </message>
    <message>
        <source>No deals match these filters.</source>
        <translation>Nicio oportunitate nu corespunde acestor filtre.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagine PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Fișier CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Registru Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportă raportul</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Fișierul nu a putut fi scris: %1</translation>
    </message>
</context>
<context>
    <name>RequiredFieldsDialog</name>
    <message>
        <source>Move to “%1”</source>
        <translation>Mută în „%1”</translation>
    </message>
    <message>
        <source>Stage “%1” needs this information for “%2”:</source>
        <translation>Etapa „%1” are nevoie de aceste informații pentru „%2”:</translation>
    </message>
    <message>
        <source>Type to search contacts</source>
        <translation>Tastați pentru a căuta un contact</translation>
    </message>
    <message>
        <source>Why was the deal lost?</source>
        <translation>De ce a fost pierdută oportunitatea?</translation>
    </message>
    <message>
        <source>Amount in %1</source>
        <translation>Suma în %1</translation>
    </message>
    <message>
        <source>Choose a contact from the list.</source>
        <translation>Alegeți un contact din listă.</translation>
    </message>
    <message>
        <source>%1 must be greater than zero.</source>
        <translation>%1 trebuie să fie mai mare decât zero.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 este obligatoriu.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Salesperson</source>
        <translation>Agent de vânzări</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
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
        <translation>Toate rândurile se salvează într-un singur pas: anularea sau o eroare lasă Etap neschimbat.</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Anulează importul</translation>
    </message>
    <message>
        <source>Save error report…</source>
        <translation>Salvează raportul de erori…</translation>
    </message>
    <message>
        <source>Ready to import {rows} rows.</source>
        <translation>Rânduri pregătite pentru import: {rows}.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Se importă…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Advanced search</source>
        <translation>Căutare avansată</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Fără responsabil</translation>
    </message>
    <message>
        <source>Optional: save as a segment with this name</source>
        <translation>Opțional: salvați ca segment cu acest nume</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Caută</translation>
    </message>
    <message>
        <source>Process:</source>
        <translation>Proces:</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Etape:</translation>
    </message>
    <message>
        <source>Owners:</source>
        <translation>Responsabili:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Surse:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Creată:</translation>
    </message>
    <message>
        <source>Expected close:</source>
        <translation>Închidere estimată:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valoare:</translation>
    </message>
    <message>
        <source>Text contains:</source>
        <translation>Textul conține:</translation>
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
        <translation>Doar un administrator poate modifica această setare.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Deals without calculation</source>
        <translation>Oportunități fără calculație</translation>
    </message>
    <message>
        <source>For teams that price offers elsewhere: the Calculation tab is hidden for everyone and deals keep only value and cost. Calculations made earlier are hidden, not deleted, and come back when this is switched off.</source>
        <translation>Pentru echipele care calculează ofertele în altă parte: fila Calculație este ascunsă pentru toți, iar oportunitățile păstrează doar valoarea și costul. Calculațiile făcute anterior sunt ascunse, nu șterse, și revin când această opțiune este dezactivată.</translation>
    </message>
    <message>
        <source>System time zone (%1)</source>
        <translation>Fusul orar al sistemului (%1)</translation>
    </message>
    <message>
        <source>Business time zone:</source>
        <translation>Fusul orar al firmei:</translation>
    </message>
    <message>
        <source>Time-in-stage triggers count calendar days and keep the clock time in this zone.</source>
        <translation>Declanșatoarele de timp în etapă numără zilele calendaristice și păstrează ora din acest fus orar.</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>Direct visit</source>
        <translation>Vizită directă</translation>
    </message>
    <message>
        <source>Contact form</source>
        <translation>Formular de contact</translation>
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
        <translation>Apel direct</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Rețele sociale</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partener</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Deal sources</source>
        <translation>Sursele oportunităților</translation>
    </message>
    <message>
        <source>One source per line. Deals keep their source when it is removed from the list.</source>
        <translation>O sursă pe rând. Oportunitățile își păstrează sursa când aceasta este eliminată din listă.</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>Stage actions</source>
        <translation>Acțiuni pentru etapă</translation>
    </message>
    <message>
        <source>New deal in this stage</source>
        <translation>Oportunitate nouă în această etapă</translation>
    </message>
    <message>
        <source>No deals in this stage.
Drag a card here or click +.</source>
        <translation>Nicio oportunitate în această etapă.
Trageți aici un card sau faceți clic pe +.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n oportunitate</numerusform>
            <numerusform>%n oportunități</numerusform>
            <numerusform>%n de oportunități</numerusform>
        </translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Fără valoare</translation>
    </message>
    <message>
        <source>%1, weighted by probability %2</source>
        <translation>%1, ponderat cu probabilitatea %2</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <source>One sub-stage per line</source>
        <translation>O subetapă pe rând</translation>
    </message>
    <message>
        <source>off</source>
        <translation>dezactivat</translation>
    </message>
    <message>
        <source> days</source>
        <translation> zile</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Adaugă activitate</translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation>Șterge activitatea</translation>
    </message>
    <message>
        <source>Stage name:</source>
        <translation>Numele etapei:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tip:</translation>
    </message>
    <message>
        <source>Sub-stages:</source>
        <translation>Subetape:</translation>
    </message>
    <message>
        <source>Required on entry:</source>
        <translation>Obligatoriu la intrare:</translation>
    </message>
    <message>
        <source>Default probability:</source>
        <translation>Probabilitate implicită:</translation>
    </message>
    <message>
        <source>Rotting after:</source>
        <translation>Stagnare după:</translation>
    </message>
    <message>
        <source>Activities (drag to reorder; weights give the win probability):</source>
        <translation>Activități (trageți pentru a reordona; ponderile dau probabilitatea de câștig):</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(fără nume)</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>pondere %1</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Activitate nouă</translation>
    </message>
</context>
<context>
    <name>StageKind</name>
    <message>
        <source>Open</source>
        <translation>Deschisă</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigată</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdută</translation>
    </message>
    <message>
        <source>Closed (other)</source>
        <translation>Închisă (altfel)</translation>
    </message>
</context>
<context>
    <name>StageName</name>
    <message>
        <source>New</source>
        <translation>Nouă</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Prezentare</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociere</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Câștigată</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Pierdută</translation>
    </message>
    <message>
        <source>New leads</source>
        <translation>Clienți potențiali noi</translation>
    </message>
    <message>
        <source>In acquisition</source>
        <translation>În achiziție</translation>
    </message>
    <message>
        <source>Call scheduled</source>
        <translation>Apel programat</translation>
    </message>
    <message>
        <source>After call – meeting</source>
        <translation>După apel – întâlnire</translation>
    </message>
    <message>
        <source>To be offered</source>
        <translation>De ofertat</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofertată</translation>
    </message>
    <message>
        <source>Negotiating</source>
        <translation>În negociere</translation>
    </message>
    <message>
        <source>Contract sent</source>
        <translation>Contract trimis</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Renunțat</translation>
    </message>
    <message>
        <source>Data gathering</source>
        <translation>Colectarea datelor</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Needs analysis</source>
        <translation>Analiza nevoilor</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Ofertare</translation>
    </message>
</context>
<context>
    <name>StageTriggersWidget</name>
    <message>
        <source>Every</source>
        <translation>La fiecare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activ</translation>
    </message>
    <message>
        <source> day(s) in the stage</source>
        <translation> zile în etapă</translation>
    </message>
    <message>
        <source>Task title, e.g. Call the client again</source>
        <translation>Titlul sarcinii, de ex. Sunați din nou clientul</translation>
    </message>
    <message>
        <source>The owner and all managers get a notification.</source>
        <translation>Responsabilul și toți managerii primesc o notificare.</translation>
    </message>
    <message>
        <source>Add trigger</source>
        <translation>Adaugă declanșator</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvează modificările</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Apariție</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>După:</translation>
    </message>
    <message>
        <source>Do:</source>
        <translation>Fă:</translation>
    </message>
    <message>
        <source>Triggers of “%1”</source>
        <translation>Declanșatoarele etapei „%1”</translation>
    </message>
    <message>
        <source>Recent firings:</source>
        <translation>Rulări recente:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete trigger</source>
        <translation>Șterge declanșatorul</translation>
    </message>
    <message>
        <source>Delete this trigger?</source>
        <translation>Ștergeți acest declanșator?</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Task</source>
        <translation>Sarcină</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Efectuată</translation>
    </message>
    <message>
        <source>New task, e.g. Call back about the offer</source>
        <translation>Sarcină nouă, de ex. Sunați înapoi despre ofertă</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Adaugă sarcină</translation>
    </message>
    <message>
        <source>Done / reopen</source>
        <translation>Efectuată / redeschide</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Întârziată</translation>
    </message>
    <message>
        <source>No tasks yet. Add the next step below.</source>
        <translation>Încă nu există sarcini. Adăugați pasul următor mai jos.</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>Empty (3 open stages, Won, Lost)</source>
        <translation>Gol (3 etape deschise, Câștigată, Pierdută)</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>Pâlnie de vânzări</translation>
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
        <translation>Șablonul ofertei (%1)</translation>
    </message>
    <message>
        <source>HTML with Jinja2 placeholders, e.g. {{ deal.number }}, {{ totals.gross }}.</source>
        <translation>HTML cu substituenți Jinja2, de ex. {{ deal.number }}, {{ totals.gross }}.</translation>
    </message>
</context>
<context>
    <name>TemplateEditorDialog</name>
    <message>
        <source>E-mail templates</source>
        <translation>Șabloane de e-mail</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Șterge</translation>
    </message>
    <message>
        <source>Optional: the same message as simple HTML</source>
        <translation>Opțional: același mesaj în HTML simplu</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Text simplu</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>deal number for the preview, e.g. SPR/2026/0001</source>
        <translation>numărul oportunității pentru previzualizare, de ex. SPR/2026/0001</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nume:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subiect:</translation>
    </message>
    <message>
        <source>Preview with deal:</source>
        <translation>Previzualizare cu oportunitatea:</translation>
    </message>
    <message>
        <source>Double-click to insert</source>
        <translation>Dublu clic pentru inserare</translation>
    </message>
    <message>
        <source>Only managers and administrators can change the shared templates.</source>
        <translation>Doar managerii și administratorii pot modifica șabloanele comune.</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Ștergeți șablonul „%1”?</translation>
    </message>
</context>
<context>
    <name>TermsPanel</name>
    <message>
        <source>From rates table</source>
        <translation>Din tabelul de cursuri</translation>
    </message>
    <message>
        <source>Take today&apos;s rate from the exchange-rate table and freeze it here</source>
        <translation>Ia cursul de azi din tabelul de cursuri de schimb și fixează-l aici</translation>
    </message>
    <message>
        <source>e.g. bank transfer, 14 days</source>
        <translation>de ex. transfer bancar, 14 zile</translation>
    </message>
    <message>
        <source>e.g. delivery within 3 weeks</source>
        <translation>de ex. livrare în 3 săptămâni</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valabilă până la</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Monedă:</translation>
    </message>
    <message>
        <source>Rate to deal currency:</source>
        <translation>Curs față de moneda oportunității:</translation>
    </message>
    <message>
        <source>Price list:</source>
        <translation>Listă de prețuri:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Condiții de plată:</translation>
    </message>
    <message>
        <source>Delivery terms:</source>
        <translation>Condiții de livrare:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Valabilitate:</translation>
    </message>
    <message>
        <source>(none — catalogue prices)</source>
        <translation>(niciuna — prețuri din catalog)</translation>
    </message>
    <message>
        <source>The rates table has no rate for this pair of currencies.</source>
        <translation>Tabelul de cursuri nu are un curs pentru această pereche de monede.</translation>
    </message>
</context>
<context>
    <name>ThreadsModel</name>
    <message>
        <source>Conversation</source>
        <translation>Conversație</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dată</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(fără subiect)</translation>
    </message>
    <message numerus="yes">
        <source> · %n attachment(s)</source>
        <translation>
            <numerusform> · %n atașament</numerusform>
            <numerusform> · %n atașamente</numerusform>
            <numerusform> · %n de atașamente</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De la %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Către %1</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primit</translation>
    </message>
    <message>
        <source>Sent from another program</source>
        <translation>Trimis din alt program</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Coș</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <source>Process › stage</source>
        <translation>Proces › etapă</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Ștearsă</translation>
    </message>
    <message>
        <source>By</source>
        <translation>De către</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Coșul este gol.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurează</translation>
    </message>
    <message>
        <source>Managers put deals back where they were, with everything they had.</source>
        <translation>Managerii pun oportunitățile înapoi unde erau, cu tot ce aveau.</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Șterge definitiv…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deal(s) for good, with their history, tasks and files? This cannot be undone.</source>
        <translation>
            <numerusform>Ștergeți definitiv %n oportunitate, cu istoricul, sarcinile și fișierele ei? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți definitiv %n oportunități, cu istoricul, sarcinile și fișierele lor? Acțiunea nu poate fi anulată.</numerusform>
            <numerusform>Ștergeți definitiv %n de oportunități, cu istoricul, sarcinile și fișierele lor? Acțiunea nu poate fi anulată.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Șterge definitiv</translation>
    </message>
</context>
<context>
    <name>Trigger</name>
    <message>
        <source>Add the contact to a campaign</source>
        <translation>Adaugă contactul într-o campanie</translation>
    </message>
    <message>
        <source>Create a task for the owner</source>
        <translation>Creează o sarcină pentru responsabil</translation>
    </message>
    <message>
        <source>Send an e-mail template</source>
        <translation>Trimite un șablon de e-mail</translation>
    </message>
    <message>
        <source>Notify the owner and managers</source>
        <translation>Anunță responsabilul și managerii</translation>
    </message>
    <message>
        <source>Move the deal to another stage</source>
        <translation>Mută oportunitatea în altă etapă</translation>
    </message>
</context>
<context>
    <name>TriggerLog</name>
    <message>
        <source>%1 added to the campaign “%2”</source>
        <translation>%1 a fost adăugat în campania „%2”</translation>
    </message>
    <message>
        <source>%1 is already in the campaign “%2”</source>
        <translation>%1 este deja în campania „%2”</translation>
    </message>
    <message>
        <source>%1 was not added to the campaign “%2”: no marketing consent</source>
        <translation>%1 nu a fost adăugat în campania „%2”: fără consimțământ de marketing</translation>
    </message>
    <message>
        <source>Task created: %1</source>
        <translation>Sarcină creată: %1</translation>
    </message>
    <message numerus="yes">
        <source>Notified %n person(s)</source>
        <translation>
            <numerusform>%n persoană notificată</numerusform>
            <numerusform>%n persoane notificate</numerusform>
            <numerusform>%n de persoane notificate</numerusform>
        </translation>
    </message>
    <message>
        <source>Moved to the stage “%1”</source>
        <translation>Mutată în etapa „%1”</translation>
    </message>
    <message>
        <source>E-mail queued: %1</source>
        <translation>E-mail pregătit: %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Eroare neașteptată: %1</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>rulat</translation>
    </message>
    <message>
        <source>skipped (app was closed)</source>
        <translation>omis (aplicația era închisă)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>eșuat</translation>
    </message>
</context>
<context>
    <name>TriggerLogWindow</name>
    <message>
        <source>Trigger log</source>
        <translation>Jurnalul declanșatoarelor</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Reîmprospătează</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termen</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunitate</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Declanșator</translation>
    </message>
    <message>
        <source>Occurrence</source>
        <translation>Apariție</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Arată:</translation>
    </message>
    <message>
        <source>Nothing has fired yet.</source>
        <translation>Încă nu a rulat nimic.</translation>
    </message>
</context>
<context>
    <name>TriggersDialog</name>
    <message>
        <source>Triggers</source>
        <translation>Declanșatoare</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapă:</translation>
    </message>
</context>
<context>
    <name>UnfiledMailDialog</name>
    <message>
        <source>Unfiled mail</source>
        <translation>E-mailuri neatribuite</translation>
    </message>
    <message>
        <source>Find a deal by number or title…</source>
        <translation>Găsiți o oportunitate după număr sau titlu…</translation>
    </message>
    <message>
        <source>File to this deal</source>
        <translation>Atribuie acestei oportunități</translation>
    </message>
    <message>
        <source>Remember the sender for this deal</source>
        <translation>Reține expeditorul pentru această oportunitate</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait to be filed.</source>
        <translation>
            <numerusform>%n mesaj așteaptă să fie atribuit.</numerusform>
            <numerusform>%n mesaje așteaptă să fie atribuite.</numerusform>
            <numerusform>%n de mesaje așteaptă să fie atribuite.</numerusform>
        </translation>
    </message>
    <message>
        <source>All mail is filed.</source>
        <translation>Toate e-mailurile sunt atribuite.</translation>
    </message>
    <message>
        <source>File to:</source>
        <translation>Atribuie la:</translation>
    </message>
</context>
<context>
    <name>UnfiledModel</name>
    <message>
        <source>Received</source>
        <translation>Primit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fișiere</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>către %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(fără subiect)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Utilizatori</translation>
    </message>
    <message>
        <source>My profile</source>
        <translation>Profilul meu</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>Utilizator &amp;nou</translation>
    </message>
    <message>
        <source>Added under your e-mails, e.g. name, position, phone</source>
        <translation>Adăugată sub e-mailurile dumneavoastră, de ex. nume, funcție, telefon</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>Cel puțin %n caracter.</numerusform>
            <numerusform>Cel puțin %n caractere.</numerusform>
            <numerusform>Cel puțin %n de caractere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nume complet:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nume de utilizator:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Semnătură:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parolă:</translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation>Repetați parola:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stare:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Setează &amp;parola…</translation>
    </message>
    <message>
        <source>(inactive)</source>
        <translation>(inactiv)</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Dezactivează…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activează</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Schimbă-mi &amp;parola…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activ</translation>
    </message>
    <message>
        <source>inactive: cannot sign in</source>
        <translation>inactiv: nu se poate autentifica</translation>
    </message>
    <message>
        <source>active, no password yet (cannot sign in to a team database)</source>
        <translation>activ, încă fără parolă (nu se poate autentifica într-o bază de date a echipei)</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Cele două parole diferă.</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Parola a fost schimbată.</translation>
    </message>
    <message>
        <source>Deactivate %1? They will no longer be able to sign in.</source>
        <translation>Dezactivați %1? Nu se va mai putea autentifica.</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>Dezactivarea utilizatorului</translation>
    </message>
    <message>
        <source>Keep them with %1</source>
        <translation>Rămân la %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n deal(s). Hand them to:</source>
        <translation>
            <numerusform>%1 este responsabil pentru %n oportunitate. Predați-o către:</numerusform>
            <numerusform>%1 este responsabil pentru %n oportunități. Predați-le către:</numerusform>
            <numerusform>%1 este responsabil pentru %n de oportunități. Predați-le către:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Values</source>
        <translation>Valori</translation>
    </message>
    <message>
        <source>How the file&apos;s values match Etap&apos;s. Proposed by name; change what is wrong.</source>
        <translation>Cum corespund valorile din fișier celor din Etap. Propuse după nume; corectați ce este greșit.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>În fișier</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rânduri</translation>
    </message>
    <message>
        <source>In Etap</source>
        <translation>În Etap</translation>
    </message>
    <message>
        <source>{rows} rows in the file.</source>
        <translation>Rânduri în fișier: {rows}.</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>alegeți…</translation>
    </message>
    <message>
        <source>day first (31.12.2026)</source>
        <translation>întâi ziua (31.12.2026)</translation>
    </message>
    <message>
        <source>month first (12/31/2026)</source>
        <translation>întâi luna (12/31/2026)</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Ordinea zilei și a lunii</translation>
    </message>
    <message>
        <source>Process “{name}” will be created with the file&apos;s stages.</source>
        <translation>Procesul „{name}” va fi creat cu etapele din fișier.</translation>
    </message>
    <message>
        <source>(leave these rows out)</source>
        <translation>(omite aceste rânduri)</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(fără responsabil)</translation>
    </message>
    <message>
        <source>(a new user with this name)</source>
        <translation>(un utilizator nou cu acest nume)</translation>
    </message>
    <message>
        <source>Nothing to match: every value is taken as it is.</source>
        <translation>Nimic de potrivit: fiecare valoare este preluată așa cum este.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose the order of day and month for each date column.</source>
        <translation>Alegeți ordinea zilei și a lunii pentru fiecare coloană cu date.</translation>
    </message>
</context>
</TS>
