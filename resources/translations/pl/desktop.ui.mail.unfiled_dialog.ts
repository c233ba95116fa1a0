<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>UnfiledMailDialog</name>
    <message>
        <source>Unfiled mail</source>
        <translation>Nieprzypisana poczta</translation>
    </message>
    <message>
        <source>Find a deal by number or title…</source>
        <translation>Znajdź szansę po numerze lub tytule…</translation>
    </message>
    <message>
        <source>File to this deal</source>
        <translation>Przypisz do tej szansy</translation>
    </message>
    <message>
        <source>Remember the sender for this deal</source>
        <translation>Zapamiętaj nadawcę dla tej szansy</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait to be filed.</source>
        <translation>
            <numerusform>%n wiadomość czeka na przypisanie.</numerusform>
            <numerusform>%n wiadomości czekają na przypisanie.</numerusform>
            <numerusform>%n wiadomości czeka na przypisanie.</numerusform>
        </translation>
    </message>
    <message>
        <source>All mail is filed.</source>
        <translation>Cała poczta jest przypisana.</translation>
    </message>
    <message>
        <source>File to:</source>
        <translation>Przypisz do:</translation>
    </message>
</context>
<context>
    <name>UnfiledModel</name>
    <message>
        <source>Received</source>
        <translation>Odebrana</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>do %1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
</context>
</TS>
