<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This activity no longer exists.</source>
        <translation>Această activitate nu mai există.</translation>
    </message>
    <message>
        <source>You may not perform “{name}”.</source>
        <translation>Nu aveți voie să efectuați „{name}”.</translation>
    </message>
    <message>
        <source>“{name}” needs a note.</source>
        <translation>„{name}” necesită o notă.</translation>
    </message>
    <message>
        <source>“{name}” needs a file.</source>
        <translation>„{name}” necesită un fișier.</translation>
    </message>
    <message>
        <source>Files can be at most {max} MB.</source>
        <translation>Fișierele pot avea cel mult {max} MB.</translation>
    </message>
    <message>
        <source>The activity belongs to another process.</source>
        <translation>Activitatea aparține altui proces.</translation>
    </message>
    <message>
        <source>“{name}” is already done.</source>
        <translation>„{name}” este deja efectuată.</translation>
    </message>
    <message>
        <source>The deal cannot be won before these mandatory activities are done: {names}.</source>
        <translation>Oportunitatea nu poate fi câștigată înainte de efectuarea acestor activități obligatorii: {names}.</translation>
    </message>
</context>
</TS>
