<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>Errors</name>
    <message>
        <source>This deal no longer exists or is not visible to you.</source>
        <translation>Ta szansa już nie istnieje albo nie masz do niej dostępu.</translation>
    </message>
    <message>
        <source>Only the owner or a manager can change this deal.</source>
        <translation>Tę szansę może zmienić tylko jej opiekun albo menedżer.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Nieznane pole „{key}”.</translation>
    </message>
    <message>
        <source>A deal needs a title of 1 to {max} characters.</source>
        <translation>Tytuł szansy musi mieć od 1 do {max} znaków.</translation>
    </message>
    <message>
        <source>“{text}” is not a date.</source>
        <translation>„{text}” nie jest datą.</translation>
    </message>
    <message>
        <source>Probability must be a whole number from 0 to 100.</source>
        <translation>Prawdopodobieństwo musi być liczbą całkowitą od 0 do 100.</translation>
    </message>
    <message>
        <source>{amount} cannot be written in {currency} without rounding; change it first.</source>
        <translation>Kwoty {amount} nie da się zapisać w {currency} bez zaokrąglenia; najpierw ją zmień.</translation>
    </message>
    <message>
        <source>The chosen record no longer exists.</source>
        <translation>Wybrany rekord już nie istnieje.</translation>
    </message>
    <message>
        <source>Stage “{stage}” needs more information before the deal can enter it.</source>
        <translation>Etap „{stage}” wymaga uzupełnienia danych, zanim szansa do niego trafi.</translation>
    </message>
    <message>
        <source>This process has no open stage.</source>
        <translation>Ten proces nie ma etapu otwartego.</translation>
    </message>
    <message>
        <source>Only managers can create deals for someone else.</source>
        <translation>Tylko menedżerowie mogą tworzyć szanse dla innych osób.</translation>
    </message>
    <message>
        <source>The stage belongs to another process.</source>
        <translation>Ten etap należy do innego procesu.</translation>
    </message>
    <message>
        <source>Someone else saved this deal in the meantime. Review their changes and save again.</source>
        <translation>W międzyczasie ktoś inny zapisał tę szansę. Sprawdź jego zmiany i zapisz ponownie.</translation>
    </message>
    <message>
        <source>Only managers can hand a deal to someone else.</source>
        <translation>Tylko menedżerowie mogą przekazać szansę innej osobie.</translation>
    </message>
    <message>
        <source>“{name}” is not a sub-stage of “{stage}”.</source>
        <translation>„{name}” nie jest podetapem etapu „{stage}”.</translation>
    </message>
    <message>
        <source>Someone else changed this deal in the meantime.</source>
        <translation>W międzyczasie ktoś inny zmienił tę szansę.</translation>
    </message>
</context>
</TS>
