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
        <source>Duplicate…</source>
        <translation>Duplică…</translation>
    </message>
    <message>
        <source>A new deal with the same fields, in the same stage</source>
        <translation>O oportunitate nouă cu aceleași câmpuri, în aceeași etapă</translation>
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
        <source>Move to process…</source>
        <translation>Mută în alt proces…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mai multe</translation>
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
</TS>
