<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
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
</context>
</TS>
