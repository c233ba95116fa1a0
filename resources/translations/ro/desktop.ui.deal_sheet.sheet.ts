<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>DealSheet</name>
    <message>
        <source>Edit %1</source>
        <translation>Editează %1</translation>
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
        <source>Unsaved changes</source>
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>Închideți fără a salva modificările?</translation>
    </message>
</context>
</TS>
