<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong. What you were doing may not have been saved.</source>
        <translation>Ceva nu a mers bine. Ce făceați s-ar putea să nu fi fost salvat.</translation>
    </message>
    <message>
        <source>The details are written to %1.</source>
        <translation>Detaliile sunt scrise în %1.</translation>
    </message>
    <message>
        <source>Please send the details to whoever looks after Etap.</source>
        <translation>Trimiteți detaliile persoanei care se ocupă de Etap.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiază detaliile</translation>
    </message>
</context>
</TS>
