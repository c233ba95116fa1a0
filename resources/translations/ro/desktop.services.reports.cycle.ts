<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Reports</name>
    <message>
        <source>Sales cycle</source>
        <translation>Ciclul de vânzare</translation>
    </message>
    <message>
        <source>Deals closed (and stays begun) in the period</source>
        <translation>Oportunități închise (și treceri prin etape începute) în perioadă</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapă</translation>
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
</context>
</TS>
