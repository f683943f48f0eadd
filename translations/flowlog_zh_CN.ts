<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AliyunCliConfig</name>
    <message>
        <source>%1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliyunCliCredentialSource</name>
    <message>
        <source>aliyun CLI (current profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliyun CLI profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server&apos;s answer is larger than %1 bytes, the most this client reads; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing flow logs could not be told apart from the one requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Checking whether the flow log exists failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after the request was sent; it may have acted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiResponseParser</name>
    <message>
        <source>The server answered with HTTP status %1 and an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer (HTTP status %1, %2 bytes) is not an API answer: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>The attempts are not recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid CSV file. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the header of %2. The header names API parameters: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of %1 lacks the column(s) %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 fields; the header names %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint is known for region &quot;%1&quot;: pass --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes are not recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Run &quot;flowlog-cli help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArgumentParser</name>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region ID, e.g. cn-hangzhou.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NetworkInterface, VSwitch or VPC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID of the resource whose traffic is captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, Allow or Drop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Service project that stores the flow log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGSTORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logstore that stores the flow log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log name (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log description (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint to call instead of the region&apos;s (plain http only on loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature version: v3 (default) or v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method: POST (default) or GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile of ~/.aliyun/config.json to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for an answer (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries after a failure that certainly did not act (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the signed request instead of sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not record the attempts in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in flight at once, 1 to 64 (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many calls started per second (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PER_SECOND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log ID to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page of results, 50 per page (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest N entries (default 20; 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default), json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json, one line per row (the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for --%2: expected %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;flowlog-cli help&quot; to see the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: zh or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file whose header row names the API parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch needs a CSV file: flowlog-cli batch FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of calls per second above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  flowlog-cli create   --region R --resource-type NetworkInterface|VSwitch|VPC --resource-id ID
                       --traffic-type All|Allow|Drop --project P --logstore L [--name N]
                       [--description D] [connection options] [--dry-run] [--output text|json]
                       [--no-history]
  flowlog-cli validate &lt;the same field options&gt; [--output text|json]
  flowlog-cli batch    FILE.csv [--concurrency N] [--rate PER_SECOND] [connection options]
  flowlog-cli describe --region R [--flow-log-id ID] [--resource-id ID] [--name N]
                       [connection options] [--output text|json]
  flowlog-cli history  [--limit N] [--output text|json|csv]

Connection options: [--endpoint URL] [--signature v3|v1] [--method POST|GET] [--profile NAME]
                    [--timeout SECONDS] [--retries N]
Every command takes --lang zh|en. &quot;flowlog-cli COMMAND --help&quot; lists a command&apos;s options.

Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and optionally
ALIBABA_CLOUD_SECURITY_TOKEN; else --profile or the current profile of ~/.aliyun/config.json.
History: $FLOWLOG_HISTORY when set, else the history shared with FlowLog Studio.
Exit status: 0 success, 1 API or network failure, 2 invalid input or usage.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>Invalid --endpoint &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable credentials: %1
Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS), or pass --profile NAME, or configure the current profile of ~/.aliyun/config.json (aliyun configure).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>The request is not valid and was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 [%3]: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log %1 already existed (created by an earlier attempt whose answer was lost); adopted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log %1 created; it is activating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1; attempts: %2; %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow log may have been created: look for it with &quot;flowlog-cli describe&quot; before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose AccessKey signs the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any part of the region&apos;s name or id to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>The request is not valid and was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint is known for region &quot;%1&quot;: pass --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials were found, so this request is signed with a placeholder AccessKey; the server would reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt is not recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 in %2 ms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome is not recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialProblem</name>
    <message>
        <source>The environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set. Set both (and ALIBABA_CLOUD_SECURITY_TOKEN for STS credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no aliyun CLI configuration at %1. Create one with &quot;aliyun configure&quot;, or use environment variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials found. Set the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (plus ALIBABA_CLOUD_SECURITY_TOKEN for STS), or pass --profile &lt;name&gt; to use a profile of %1, or set a current profile in %1 with &quot;aliyun configure&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials have been entered. Enter an AccessKey ID and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 is not set. ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET must be set together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; in %2 has no %3. Run &quot;aliyun configure --profile %1&quot; to complete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both an AccessKey ID and its secret are needed. Enter the missing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; in %2. Choose an existing profile, or create it with &quot;aliyun configure --profile %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses the %2 mode, which is not supported. Use a profile in AK or StsToken mode (&quot;aliyun configure --mode AK&quot;), or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Repair the file, or run &quot;aliyun configure&quot; to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quote inside an unquoted field (quote the whole field and double the quote).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescribeCommand</name>
    <message>
        <source>describe needs --region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint is known for region &quot;%1&quot;: pass --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) found; page %1 shows %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 %5  %6  %7/%8  %9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>This is not a valid endpoint. Enter a host name such as vpc.cn-hangzhou.aliyuncs.com, or a URL such as http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only https:// endpoints (and http:// on this computer) are supported. Change the address to start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for an endpoint on this computer (127.0.0.1, ::1 or localhost). Use https:// for any other host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint is only a scheme, host and port. Remove the path, query or fragment, e.g. https://vpc.cn-hangzhou.aliyuncs.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An endpoint must not contain a user name or password. Remove the part before &quot;@&quot;; credentials are configured separately.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentCredentialSource</name>
    <message>
        <source>Environment variables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>A required parameter was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every required field (region, resource, project, Logstore) and send again. The server&apos;s message names the missing parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the value the server&apos;s message names and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server computed a different signature for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the AccessKey secret. If it is right, compare the server&apos;s string to sign shown below with the one this request signed: a difference there is an encoding problem, not a wrong secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request lacked some of the signature fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure a complete AccessKey pair is configured. If a proxy sits between you and the endpoint, check that it passes all headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey ID does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the AccessKey ID of the selected profile, or create a new AccessKey in the RAM console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the AccessKey in the RAM console, or use another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the server&apos;s by more than 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the system clock right (enable network time synchronisation) and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request&apos;s time stamp was not understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system clock and time zone settings and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request reused a nonce the server had already seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request again: every attempt is signed with a fresh nonce. If this repeats, something is replaying requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STS security token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtain new STS credentials (AssumeRole) and update the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The STS security token does not belong to this AccessKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the AccessKey ID, secret and token issued together by the same AssumeRole call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RAM user is not allowed to call this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to grant vpc:CreateFlowLog (and vpc:DescribeFlowLogs) to this RAM user or role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region from the list, or refresh the list of regions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow logs are not supported in this region or for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region that supports flow logs, or check that the flow log feature is activated for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPC, vSwitch or network interface does not exist in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the resource ID, its type and the selected region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow-log quota is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete flow logs that are no longer needed, or request a higher quota in the Quota Center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting the request rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and send again; lower the rate of batch runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account sent more requests than its rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a moment and send again; lower the rate of batch runs or of other tools using the same account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is being called more often than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another operation on the same resource is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the other operation ends, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conflicting task is running on the resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the other task ends, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is in a state that does not allow this now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the resource is available (for example, no longer being created or changed), then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous request is still being processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a few seconds, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while handling the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again later. If it keeps failing, open a ticket quoting the request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed with an unspecified error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again in a little while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint refused the connection; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint address and port, and that no firewall blocks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be resolved; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint address, the region and the DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection could not be set up; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system clock, the certificate store and any proxy that intercepts HTTPS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the endpoint could be made in time; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, proxy and firewall, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent but no answer came in time. The server may have carried it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before sending again, look for the flow log (Describe, or the console) so as not to create it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke after the request was sent. The server may have carried it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was larger than allowed and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the endpoint really is an Alibaba Cloud API endpoint; for long lists, ask for smaller pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was not in a form the API uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint address: a proxy or captive portal may have answered instead of the API. The start of the answer is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection and the endpoint, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with error code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up the code %1 in the Alibaba Cloud error center.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the server&apos;s diagnosis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the flow log was created could not be checked. Look for it (Describe, or the console) before sending again, so as not to create it twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingLabel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowLogForm</name>
    <message>
        <source>Resource &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;raffic type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logstore:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Service project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logstore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Service project that stores the flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logstore in that project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, 2–128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, 2–256 characters, one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>label (API value)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>placeholder of the resource ID: the ID prefix of the chosen type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>characters used/maximum</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>The history is empty (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4  %5 %6 %7  %8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the history file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 cannot use write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of FlowLog Studio (schema %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History entry %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logstore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (check before retrying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The history could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: correct the errors marked in the form first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FlowLog Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlowLog Studio %1
Creates Alibaba Cloud VPC flow logs (CreateFlowLog, API version 2016-04-28).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FlowLog Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FlowLog Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be sent, and copy it as an aliyun CLI command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every attempt to create a flow log is listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox — nothing is created in the cloud.&lt;/b&gt; Requests go to the local emulator built into this app, signed with the sandbox AccessKey. Choose another profile to create real flow logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox — nothing is created in the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create yet — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request is being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the flow log (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom endpoint in the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region to see where the request goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint for the region “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create flow log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create this flow log in Alibaba Cloud?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1
Region: %2
Endpoint: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s before attempt %2 of %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the flow log… attempt %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the flow log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPreviewDialog</name>
    <message>
        <source>Request preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — profile: %3. The AccessKey secret is never shown: only the string it signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;String to sign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request (security token masked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as aliyun CLI command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceType</name>
    <message>
        <source>Elastic network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vSwitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual private cloud</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>FlowLogId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RequestId:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the flow log ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow log created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after an earlier attempt, but that attempt had created the flow log. It was found and is shown here instead of creating a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow log starts as Activating and becomes Active shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome unknown: the flow log may have been created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow log was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>The local sandbox could not listen on a loopback port.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>The history is not available: this attempt is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt could not be recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome could not be recorded in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrafficType</name>
    <message>
        <source>All traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic allowed by access control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic denied by access control</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransportError</name>
    <message>
        <source>The endpoint refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the endpoint failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the endpoint timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent but no answer came in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was larger than the allowed size and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was neither a success nor an error in a known form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network request failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>The request is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
