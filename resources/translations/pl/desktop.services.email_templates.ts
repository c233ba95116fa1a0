<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This e-mail template no longer exists.</source>
        <translation>Ten szablon e-mail już nie istnieje.</translation>
    </message>
    <message>
        <source>The template needs a name.</source>
        <translation>Szablon musi mieć nazwę.</translation>
    </message>
    <message>
        <source>A template named “{name}” already exists.</source>
        <translation>Szablon o nazwie „{name}” już istnieje.</translation>
    </message>
    <message>
        <source>This deal no longer exists or is not visible to you.</source>
        <translation>Ta szansa już nie istnieje albo nie masz do niej dostępu.</translation>
    </message>
    <message>
        <source>No deal with number “{number}”.</source>
        <translation>Brak szansy o numerze „{number}”.</translation>
    </message>
</context>
</TS>
