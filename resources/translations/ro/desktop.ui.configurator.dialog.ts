<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>ConfiguratorDialog</name>
    <message>
        <source>Configure process “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal number format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add open stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add closed stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages (drag open stages to reorder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed stages stay after the open ones, in their order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process can have at most %1 open stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process can have at most %1 closed stages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process can have only one Won stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has %2 deal(s). Which stage receives them?</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
