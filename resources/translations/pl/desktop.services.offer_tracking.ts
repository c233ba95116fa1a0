<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This deal no longer exists or is not visible to you.</source>
        <translation>Ta szansa już nie istnieje albo nie masz do niej dostępu.</translation>
    </message>
    <message>
        <source>Choose accepted or rejected.</source>
        <translation>Wybierz: przyjęta albo odrzucona.</translation>
    </message>
    <message>
        <source>This offer no longer exists.</source>
        <translation>Ta oferta już nie istnieje.</translation>
    </message>
    <message>
        <source>Someone else changed this offer meanwhile; it shows now.</source>
        <translation>Ktoś inny w międzyczasie zmienił tę ofertę; widać to teraz.</translation>
    </message>
</context>
<context>
    <name>OfferStatus</name>
    <message>
        <source>Not sent</source>
        <translation>Niewysłana</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłana</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Z odpowiedzią</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucona</translation>
    </message>
</context>
</TS>
