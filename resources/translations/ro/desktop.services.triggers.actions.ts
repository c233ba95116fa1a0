<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>The deal has no contact to add to the campaign.</source>
        <translation>Oportunitatea nu are un contact care să poată fi adăugat în campanie.</translation>
    </message>
    <message>
        <source>The deal&apos;s contact has no valid e-mail address.</source>
        <translation>Contactul oportunității nu are o adresă de e-mail validă.</translation>
    </message>
</context>
</TS>
