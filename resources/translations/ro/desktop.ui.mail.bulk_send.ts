<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
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
</TS>
