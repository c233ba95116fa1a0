<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
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
</TS>
