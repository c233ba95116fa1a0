<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>Unknown or malformed placeholders: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{address}” is not a valid e-mail address.</source>
        <translation>„{address}” nu este o adresă de e-mail validă.</translation>
    </message>
    <message>
        <source>A name must not contain line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>Contact&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal value with currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer valid until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
