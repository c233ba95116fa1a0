<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Process › stage</source>
        <translation>Proces › etap</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Przez</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Kosz jest pusty.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Managers put deals back where they were, with everything they had.</source>
        <translation>Menedżerowie przywracają szanse tam, gdzie były, ze wszystkim, co miały.</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Usuń na zawsze…</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n deal(s) for good, with their history, tasks and files? This cannot be undone.</source>
        <translation>
            <numerusform>Usunąć na zawsze %n szansę wraz z historią, zadaniami i plikami? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć na zawsze %n szanse wraz z historią, zadaniami i plikami? Tego nie można cofnąć.</numerusform>
            <numerusform>Usunąć na zawsze %n szans wraz z historią, zadaniami i plikami? Tego nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Usuń na zawsze</translation>
    </message>
</context>
</TS>
