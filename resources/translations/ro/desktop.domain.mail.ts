<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
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
</TS>
