<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
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
        <source>Moved the deal to the trash</source>
        <translation>Oportunitatea a fost mutată în coș</translation>
    </message>
    <message>
        <source>Restored the deal from the trash</source>
        <translation>Oportunitatea a fost restaurată din coș</translation>
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
    <message>
        <source>Marked as spam</source>
        <translation>Marcată ca spam</translation>
    </message>
    <message>
        <source>Restored from spam</source>
        <translation>Restaurată din spam</translation>
    </message>
    <message>
        <source>Duplicated from %1</source>
        <translation>Duplicată din %1</translation>
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
</TS>
