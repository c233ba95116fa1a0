<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This message no longer exists or is not visible to you.</source>
        <translation>Acest mesaj nu mai există sau nu vă este vizibil.</translation>
    </message>
    <message>
        <source>This deal no longer exists or is not visible to you.</source>
        <translation>Această oportunitate nu mai există sau nu vă este vizibilă.</translation>
    </message>
    <message>
        <source>Someone else filed this message meanwhile; the list shows it now.</source>
        <translation>Între timp, altcineva a atribuit acest mesaj; lista arată acum acest lucru.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address.</source>
        <translation>„{address}” nu este o adresă de e-mail validă.</translation>
    </message>
</context>
</TS>
