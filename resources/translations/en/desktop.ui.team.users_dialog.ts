<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>UsersDialog</name>
    <message numerus="yes">
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n character.</numerusform>
            <numerusform>At least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n deal(s). Hand them to:</source>
        <translation>
            <numerusform>%1 owns %n deal. Hand it to:</numerusform>
            <numerusform>%1 owns %n deals. Hand them to:</numerusform>
        </translation>
    </message>
</context>
</TS>
