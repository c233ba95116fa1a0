<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The row has {count} cells; the header has {expected}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out by the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>O sumă nu poate fi negativă.</translation>
    </message>
    <message>
        <source>The column mixes day-first and month-first dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not an e-mail address.</source>
        <translation>„{text}” nu este o adresă de e-mail.</translation>
    </message>
    <message>
        <source>“{text}” is not a valid NIP or CUI (its check digit does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not in the catalogue; the catalogue has “{near}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no name and no e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no company name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no product name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a stage of the process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a status (open, won, lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user “{text}”; the deal will have no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no title, company or contact to name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing date is before the creation date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a phone number.</source>
        <translation>„{text}” nu este un număr de telefon.</translation>
    </message>
</context>
</TS>
