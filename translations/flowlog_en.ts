<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdvancedSection</name>
    <message numerus="yes">
        <source>sampling every %n minute(s)</source>
        <translation>
            <numerusform>sampling every %n minute</numerusform>
            <numerusform>sampling every %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) of at most 20</source>
        <translation>
            <numerusform>%n tag of at most 20</numerusform>
            <numerusform>%n tags of at most 20</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttemptResolver</name>
    <message numerus="yes">
        <source>%n flow log(s) match it: which one it created cannot be told.</source>
        <translation>
            <numerusform>%n flow log matches it: which one it created cannot be told.</numerusform>
            <numerusform>%n flow logs match it: which one it created cannot be told.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message numerus="yes">
        <source>Interrupted: %n row(s) not sent. Run the same command again with --if-absent to finish without creating any flow log twice.</source>
        <translation>
            <numerusform>Interrupted: %n row not sent. Run the same command again with --if-absent to finish without creating any flow log twice.</numerusform>
            <numerusform>Interrupted: %n rows not sent. Run the same command again with --if-absent to finish without creating any flow log twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not sent. Once the cause is fixed, run the same command with --if-absent to finish without creating any flow log twice.</source>
        <translation>
            <numerusform>%n row not sent. Once the cause is fixed, run the same command with --if-absent to finish without creating any flow log twice.</numerusform>
            <numerusform>%n rows not sent. Once the cause is fixed, run the same command with --if-absent to finish without creating any flow log twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service throttled %n answer(s); the batch slowed down and sent them again.</source>
        <translation>
            <numerusform>The service throttled %n answer; the batch slowed down and sent it again.</numerusform>
            <numerusform>The service throttled %n answers; the batch slowed down and sent them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n error: %1</numerusform>
            <numerusform>%n errors: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready (%n warning(s))</source>
        <translation>
            <numerusform>Ready (%n warning)</numerusform>
            <numerusform>Ready (%n warnings)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) from %1.</source>
        <translation>
            <numerusform>Read %n row from %1.</numerusform>
            <numerusform>Read %n rows from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n pasted row(s).</source>
        <translation>
            <numerusform>Added %n pasted row.</numerusform>
            <numerusform>Added %n pasted rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for the %n selected row(s):</source>
        <translation>
            <numerusform>%1 for the selected row:</numerusform>
            <numerusform>%1 for the %n selected rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: fix them (each red cell says how) or tick Skip rows with errors.</source>
        <translation>
            <numerusform>%n row has errors: fix them (each red cell says how) or tick Skip rows with errors.</numerusform>
            <numerusform>%n rows have errors: fix them (each red cell says how) or tick Skip rows with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n flow log(s) in Alibaba Cloud?</source>
        <translation>
            <numerusform>Create %n flow log in Alibaba Cloud?</numerusform>
            <numerusform>Create %n flow logs in Alibaba Cloud?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s) to %2</source>
        <translation>
            <numerusform>%1: %n call to %2</numerusform>
            <numerusform>%1: %n calls to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n ready</numerusform>
            <numerusform>%n ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform>
            <numerusform>%n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 · %3 calls/s · %4 elapsed · %5 left · %n throttled</source>
        <translation>
            <numerusform>%1 of %2 · %3 calls/s · %4 elapsed · %5 left · %n throttled</numerusform>
            <numerusform>%1 of %2 · %3 calls/s · %4 elapsed · %5 left · %n throttled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resume the batch (%n row(s))</source>
        <translation>
            <numerusform>&amp;Resume the batch (%n row)</numerusform>
            <numerusform>&amp;Resume the batch (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C&amp;reate %n flow log(s)</source>
        <translation>
            <numerusform>C&amp;reate %n flow log</numerusform>
            <numerusform>C&amp;reate %n flow logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create %n flow log(s) in the local emulator at %1?</source>
        <translation>
            <numerusform>Create %n flow log in the local emulator at %1?</numerusform>
            <numerusform>Create %n flow logs in the local emulator at %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account already has %n flow log(s) in these regions, and an account may hold %1 unless its quota was raised (vpc_quota_flowlog_inst_nums_per_user): these %2 may not all fit, and the batch pauses at the quota. Raise the quota first at %3 if need be.</source>
        <translation>
            <numerusform>The account already has %n flow log in these regions, and an account may hold %1 unless its quota was raised (vpc_quota_flowlog_inst_nums_per_user): these %2 may not all fit, and the batch pauses at the quota. Raise the quota first at %3 if need be.</numerusform>
            <numerusform>The account already has %n flow logs in these regions, and an account may hold %1 unless its quota was raised (vpc_quota_flowlog_inst_nums_per_user): these %2 may not all fit, and the batch pauses at the quota. Raise the quota first at %3 if need be.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageCommand</name>
    <message numerus="yes">
        <source>%n VPC(s)</source>
        <translation>
            <numerusform>%n VPC</numerusform>
            <numerusform>%n VPCs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message numerus="yes">
        <source>%n VPC(s)</source>
        <translation>
            <numerusform>%n VPC</numerusform>
            <numerusform>%n VPCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covered</source>
        <translation>
            <numerusform>%n covered</numerusform>
            <numerusform>%n covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial</source>
        <translation>
            <numerusform>%n partial</numerusform>
            <numerusform>%n partial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncovered</source>
        <translation>
            <numerusform>%n uncovered</numerusform>
            <numerusform>%n uncovered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing VPCs and flow logs: %1 of %n region(s) to go…</source>
        <translation>
            <numerusform>Listing VPCs and flow logs: %1 of %n region to go…</numerusform>
            <numerusform>Listing VPCs and flow logs: %1 of %n regions to go…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) could not be listed; %1: %2</source>
        <translation>
            <numerusform>%n region could not be listed; %1: %2</numerusform>
            <numerusform>%n regions could not be listed; %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Create flow logs for the %n selected VPC(s)…</source>
        <translation>
            <numerusform>Create a flow log for the %n selected VPC…</numerusform>
            <numerusform>Create flow logs for the %n selected VPCs…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DescribeCommand</name>
    <message numerus="yes">
        <source>%n flow log(s) found; page %1 shows %2.</source>
        <translation>
            <numerusform>%n flow log found; page %1 shows %2.</numerusform>
            <numerusform>%n flow logs found; page %1 shows %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) found; pages %1 to %2 show %3.</source>
        <translation>
            <numerusform>%n flow log found; pages %1 to %2 show %3.</numerusform>
            <numerusform>%n flow logs found; pages %1 to %2 show %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>interval %n min</source>
        <translation>
            <numerusform>interval %n min</numerusform>
            <numerusform>interval %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExternalProcessProvider</name>
    <message numerus="yes">
        <source>it did not finish within %n second(s)</source>
        <translation>
            <numerusform>it did not finish within %n second</numerusform>
            <numerusform>it did not finish within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowLogEditDialog</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowLogTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowLogsView</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n flow log(s)?</source>
        <translation>
            <numerusform>Delete %n flow log?</numerusform>
            <numerusform>Delete %n flow logs?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n flow log(s) did not succeed: see their rows.</source>
        <translation>
            <numerusform>%1 of %n flow log did not succeed: see its row.</numerusform>
            <numerusform>%1 of %n flow logs did not succeed: see their rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n flow log(s).</source>
        <translation>
            <numerusform>Done: %n flow log.</numerusform>
            <numerusform>Done: %n flow logs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s)</source>
        <translation>
            <numerusform>%n flow log</numerusform>
            <numerusform>%n flow logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing to deliver</source>
        <translation>
            <numerusform>%n failing to deliver</numerusform>
            <numerusform>%n failing to deliver</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changing</source>
        <translation>
            <numerusform>%n changing</numerusform>
            <numerusform>%n changing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 of %n flow log(s) done</source>
        <translation>
            <numerusform>%1 %2 of %n flow log done</numerusform>
            <numerusform>%1 %2 of %n flow logs done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(s) from the history? Flow logs in the cloud are not affected.</source>
        <translation>
            <numerusform>Delete %n entry from the history? Flow logs in the cloud are not affected.</numerusform>
            <numerusform>Delete %n entries from the history? Flow logs in the cloud are not affected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>The form is filled for %1; after it is created, the next of %n more VPC(s) follows.</source>
        <translation>
            <numerusform>The form is filled for %1; after it is created, %n more VPC follows.</numerusform>
            <numerusform>The form is filled for %1; after it is created, the next of %n more VPCs follows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestPreviewDialog</name>
    <message numerus="yes">
        <source>Not sendable: correct the %n error(s) below in the form first.</source>
        <translation>
            <numerusform>Not sendable: correct the %n error below in the form first.</numerusform>
            <numerusform>Not sendable: correct the %n errors below in the form first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message numerus="yes">
        <source>Too short: %n character(s); at least %1 are needed.</source>
        <translation>
            <numerusform>Too short: %n character; at least %1 are needed.</numerusform>
            <numerusform>Too short: %n characters; at least %1 are needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: %1 of at most %n character(s). Shorten the name.</source>
        <translation>
            <numerusform>Too long: %1 of at most %n character. Shorten the name.</numerusform>
            <numerusform>Too long: %1 of at most %n characters. Shorten the name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: %1 of at most %n character(s). Shorten the description.</source>
        <translation>
            <numerusform>Too long: %1 of at most %n character. Shorten the description.</numerusform>
            <numerusform>Too long: %1 of at most %n characters. Shorten the description.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most 20 tags can be given; there are %n: remove the extra ones.</source>
        <translation>
            <numerusform>At most 20 tags can be given; there is %n: remove the extra ones.</numerusform>
            <numerusform>At most 20 tags can be given; there are %n: remove the extra ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourcePicker</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VPC(s)</source>
        <translation>
            <numerusform>%n VPC</numerusform>
            <numerusform>%n VPCs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vSwitch(es)</source>
        <translation>
            <numerusform>%n vSwitch</numerusform>
            <numerusform>%n vSwitches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ENI(s)</source>
        <translation>
            <numerusform>%n ENI</numerusform>
            <numerusform>%n ENIs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourcesCommand</name>
    <message numerus="yes">
        <source>%n resource(s) of type %1 in %2.</source>
        <translation>
            <numerusform>%n resource of type %1 in %2.</numerusform>
            <numerusform>%n resources of type %1 in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnresolvedAttemptsBar</name>
    <message numerus="yes">
        <source>%n attempt(s) of an earlier run ended with an unknown outcome: each may or may not have created its flow log.</source>
        <translation>
            <numerusform>%n attempt of an earlier run ended with an unknown outcome: it may or may not have created its flow log.</numerusform>
            <numerusform>%n attempts of an earlier run ended with an unknown outcome: each may or may not have created its flow log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
</context>
</TS>
