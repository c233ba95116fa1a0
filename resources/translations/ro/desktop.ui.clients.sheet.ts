<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
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
</TS>
