<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DescribeCommand</name>
    <message numerus="yes">
        <source>%n flow log(s) found; page %1 shows %2.</source>
        <translation>
            <numerusform>%n flow log found; page %1 shows %2.</numerusform>
            <numerusform>%n flow logs found; page %1 shows %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
