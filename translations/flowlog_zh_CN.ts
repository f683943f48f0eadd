<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdvancedSection</name>
    <message>
        <source>&amp;Advanced settings</source>
        <translation>高级设置(&amp;A)</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>高级设置</translation>
    </message>
    <message>
        <source>Sampling interval, traffic path, IP version, resource group and tags</source>
        <translation>采样间隔、流量路径、IP 版本、资源组和标签</translation>
    </message>
    <message>
        <source>&amp;Sampling interval (minutes):</source>
        <translation>采样间隔（分钟）(&amp;S)：</translation>
    </message>
    <message>
        <source>Traffi&amp;c path:</source>
        <translation>流量路径(&amp;C)：</translation>
    </message>
    <message>
        <source>IP v&amp;ersion:</source>
        <translation>IP 版本(&amp;E)：</translation>
    </message>
    <message>
        <source>Resource gro&amp;up:</source>
        <translation>资源组(&amp;U)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>10 (default)</source>
        <translation>10（默认）</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <source>Sampling interval in minutes</source>
        <translation>采样间隔（分钟）</translation>
    </message>
    <message>
        <source>All traffic (all)</source>
        <translation>全部流量 (all)</translation>
    </message>
    <message>
        <source>Internet traffic (internetGateway)</source>
        <translation>公网流量 (internetGateway)</translation>
    </message>
    <message>
        <source>Traffic path: all traffic</source>
        <translation>流量路径：全部流量</translation>
    </message>
    <message>
        <source>Traffic path: Internet traffic</source>
        <translation>流量路径：公网流量</translation>
    </message>
    <message>
        <source>Leave both unchecked for the default, all traffic. Traffic paths are off for accounts until Alibaba Cloud enables them on request (a ticket).</source>
        <translation>都不勾选即为默认的全部流量。流量路径功能默认不开放，需提交工单申请阿里云开通。</translation>
    </message>
    <message>
        <source>Default (IPv4)</source>
        <translation>默认（IPv4）</translation>
    </message>
    <message>
        <source>IPv4 only (IPV4)</source>
        <translation>仅 IPv4 (IPV4)</translation>
    </message>
    <message>
        <source>IPv4 and IPv6 (DualStack)</source>
        <translation>IPv4 和 IPv6 (DualStack)</translation>
    </message>
    <message>
        <source>IP version</source>
        <translation>IP 版本</translation>
    </message>
    <message>
        <source>Optional: rg-…; the account&apos;s default group otherwise</source>
        <translation>可选：rg-…；不填则使用账号的默认资源组</translation>
    </message>
    <message>
        <source>Resource group ID</source>
        <translation>资源组 ID</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>标签值</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Ne&amp;w tag</source>
        <translation>添加标签(&amp;W)</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>删除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected tags</source>
        <translation>删除选中的标签</translation>
    </message>
    <message numerus="yes">
        <source>sampling every %n minute(s)</source>
        <translation>
            <numerusform>每 %n 分钟采样</numerusform>
        </translation>
    </message>
    <message>
        <source>traffic path %1</source>
        <translation>流量路径 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>all at the service&apos;s defaults</source>
        <translation>全部使用服务默认值</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) of at most 20</source>
        <translation>
            <numerusform>%n 个标签（最多 20 个）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AliyunCliConfig</name>
    <message>
        <source>%1 at character %2</source>
        <translation>%1（第 %2 个字符处）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>AliyunCliCredentialSource</name>
    <message>
        <source>aliyun CLI (current profile)</source>
        <translation>aliyun CLI（当前凭证配置）</translation>
    </message>
    <message>
        <source>aliyun CLI profile &quot;%1&quot;</source>
        <translation>aliyun CLI 凭证配置「%1」</translation>
    </message>
</context>
<context>
    <name>AliyunProfileProviders</name>
    <message>
        <source>a quote or a backslash at its end is not closed.</source>
        <translation>其中的引号未闭合，或末尾有多余的反斜杠。</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server&apos;s answer is larger than %1 bytes, the most this client reads; it was not read.</source>
        <translation>服务端的应答超过 %1 字节（本客户端读取的上限），未读取。</translation>
    </message>
    <message>
        <source>The existing flow logs could not be told apart from the one requested.</source>
        <translation>无法将已有的流日志与本次请求的流日志区分开。</translation>
    </message>
    <message>
        <source>%1 Checking whether the flow log exists failed: %2</source>
        <translation>%1 检查流日志是否已存在时失败：%2</translation>
    </message>
    <message>
        <source>Cancelled after the request was sent; it may have acted.</source>
        <translation>请求发出后已取消，服务端可能已经执行。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>A flow log with these parameters may already exist.</source>
        <translation>可能已经存在使用这些参数的流日志。</translation>
    </message>
    <message>
        <source>A request header (the security token?) holds a line break; the request was not sent.</source>
        <translation>某个请求头（安全令牌？）含有换行符；请求未发送。</translation>
    </message>
</context>
<context>
    <name>ApiResponseParser</name>
    <message>
        <source>The server answered with HTTP status %1 and an empty body.</source>
        <translation>服务端返回 HTTP 状态码 %1，应答内容为空。</translation>
    </message>
    <message>
        <source>The server&apos;s answer (HTTP status %1, %2 bytes) is not an API answer: %3</source>
        <translation>服务端的应答（HTTP 状态码 %1，%2 字节）不是 API 应答：%3</translation>
    </message>
</context>
<context>
    <name>AssumeRoleParameters</name>
    <message>
        <source>&quot;%1&quot; is not a region ID; use one such as cn-hangzhou, or leave sts_region empty.</source>
        <translation>「%1」不是地域 ID；请使用 cn-hangzhou 这样的地域 ID，或将 sts_region 留空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role ARN. It has the form acs:ram::&lt;account ID&gt;:role/&lt;role name&gt;, as the RAM console shows it on the role&apos;s page.</source>
        <translation>「%1」不是 RAM 角色 ARN。其格式为 acs:ram::&lt;账号 ID&gt;:role/&lt;角色名&gt;，可在 RAM 控制台该角色的详情页复制。</translation>
    </message>
    <message>
        <source>The session name &quot;%1&quot; must be 2 to 64 letters, digits or . @ - _.</source>
        <translation>会话名称「%1」须为 2 到 64 个字母、数字或 . @ - _。</translation>
    </message>
    <message>
        <source>%1 seconds is too short: temporary credentials last at least 900 seconds.</source>
        <translation>%1 秒太短：临时凭证的有效期至少为 900 秒。</translation>
    </message>
</context>
<context>
    <name>AssumeRoleProvider</name>
    <message>
        <source>The STS endpoint %1 answered AssumeRole without credentials. Check sts_endpoint of profile &quot;%2&quot;.</source>
        <translation>STS 服务接入点 %1 对 AssumeRole 的应答中没有凭证。请检查凭证配置「%2」的 sts_endpoint。</translation>
    </message>
    <message>
        <source>The role %1 cannot be assumed (%2: %3). Check in the RAM console that the role exists and that its trust policy allows the account of profile &quot;%4&quot; to assume it, and that this account may call sts:AssumeRole.</source>
        <translation>无法扮演角色 %1（%2：%3）。请在 RAM 控制台确认该角色存在、其信任策略允许凭证配置「%4」的账号扮演它，并且该账号有权调用 sts:AssumeRole。</translation>
    </message>
    <message>
        <source>STS rejects the role ARN %1 (%2). Correct ram_role_arn of profile &quot;%3&quot;: it has the form acs:ram::&lt;account ID&gt;:role/&lt;role name&gt;.</source>
        <translation>STS 不接受角色 ARN %1（%2）。请改正凭证配置「%3」的 ram_role_arn，其格式为 acs:ram::&lt;账号 ID&gt;:role/&lt;角色名&gt;。</translation>
    </message>
    <message>
        <source>The STS token that profile &quot;%1&quot; assumes its role with has expired. Get a new token and update the source profile (sts_token), or use an AccessKey that does not expire.</source>
        <translation>凭证配置「%1」用来扮演角色的 STS 安全令牌已过期。请获取新的令牌并更新源凭证配置（sts_token），或改用不会过期的 AccessKey。</translation>
    </message>
    <message>
        <source>Assuming the role %1 for profile &quot;%2&quot; failed at %3: %4 %5</source>
        <translation>凭证配置「%2」在 %3 扮演角色 %1 失败：%4 %5</translation>
    </message>
</context>
<context>
    <name>AttemptResolver</name>
    <message>
        <source>The lookup failed (%1): %2</source>
        <translation>查找失败（%1）：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) match it: which one it created cannot be told.</source>
        <translation>
            <numerusform>有 %n 个流日志与它匹配，无法判断它创建的是哪一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>More flow logs match it than one answer lists: whether it created one cannot be told.</source>
        <translation>与它匹配的流日志多于一次应答能列出的数量，无法判断它是否创建了流日志。</translation>
    </message>
    <message>
        <source>Its call may still be running (it started moments ago). Try again in a few minutes.</source>
        <translation>它的请求可能仍在进行中（刚开始不久）。请几分钟后再试。</translation>
    </message>
</context>
<context>
    <name>BatchColumns</name>
    <message>
        <source>Row %1 (line %2), column %3: %4</source>
        <translation>第 %1 行（文件第 %2 行），%3 列：%4</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the header of %2. The header names API parameters: %3.</source>
        <translation>%2 的表头中有未知的列「%1」。表头应写 API 参数名：%3。</translation>
    </message>
    <message>
        <source>The column %1 appears more than once in the header of %2: keep one.</source>
        <translation>%2 的表头中列 %1 出现了不止一次：请只保留一列。</translation>
    </message>
    <message>
        <source>The header of %1 lacks the column(s) %2.</source>
        <translation>%1 的表头缺少列：%2。</translation>
    </message>
</context>
<context>
    <name>BatchCommand</name>
    <message>
        <source>The attempts are not recorded in the history: %1</source>
        <translation>这些尝试未记入历史记录：%1</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header names %2.</source>
        <translation>该行有 %1 个字段，而表头有 %2 列。</translation>
    </message>
    <message>
        <source>No endpoint is known for region &quot;%1&quot;: pass --endpoint.</source>
        <translation>不知道地域「%1」的服务接入点，请用 --endpoint 指定。</translation>
    </message>
    <message numerus="yes">
        <source>Interrupted: %n row(s) not sent. Run the same command again with --if-absent to finish without creating any flow log twice.</source>
        <translation>
            <numerusform>已中断：%n 行未发送。加上 --if-absent 再次运行同一命令即可完成剩余部分，不会重复创建流日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch stops: %1</source>
        <translation>批量任务停止：%1</translation>
    </message>
    <message>
        <source>No row of %1 can be sent.</source>
        <translation>%1 中没有可以发送的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not sent. Once the cause is fixed, run the same command with --if-absent to finish without creating any flow log twice.</source>
        <translation>
            <numerusform>%n 行未发送。原因解决后，用 --if-absent 再运行同一命令即可完成，且不会重复创建任何流日志。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The service throttled %n answer(s); the batch slowed down and sent them again.</source>
        <translation>
            <numerusform>服务限流了 %n 次应答；批量已放慢速度并重新发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch stops: %1 %2 The rows not sent are reported as cancelled.</source>
        <translation>批量停止：%1%2未发送的行记为已取消。</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>The batch could not be stored in the history, so nothing was sent: %1</source>
        <translation>无法把这一批写入历史记录，因此什么也没有发送：%1</translation>
    </message>
    <message>
        <source>The history could not record the next rows, so the batch is paused: %1</source>
        <translation>历史记录无法记下接下来的行，批量已暂停：%1</translation>
    </message>
    <message>
        <source>Outcomes could not be recorded in the history: %1</source>
        <translation>结果未能记入历史记录：%1</translation>
    </message>
    <message>
        <source>Not sent: the batch was cancelled.</source>
        <translation>未发送：批量已取消。</translation>
    </message>
</context>
<context>
    <name>BatchTableModel</name>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header names %2.</source>
        <translation>该行有 %1 个字段，而表头只有 %2 列。</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>已创建 %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Unknown: may have been created</source>
        <translation>未知：可能已创建</translation>
    </message>
    <message>
        <source>Cancelled: not sent</source>
        <translation>已取消：未发送</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n 个错误：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready (%n warning(s))</source>
        <translation>
            <numerusform>就绪（%n 个警告）</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Batch create</source>
        <translation>批量创建</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Read a batch file: the columns of flowlog-cli batch, a header row first</source>
        <translation>读取批量文件：列与 flowlog-cli batch 相同，第一行为表头</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>粘贴行(&amp;P)</translation>
    </message>
    <message>
        <source>Add rows copied from a spreadsheet (tab-separated). Without a header row the columns are read in this order: %1</source>
        <translation>添加从电子表格复制的行（制表符分隔）。没有表头行时按以下顺序读取各列：%1</translation>
    </message>
    <message>
        <source>Set &amp;column…</source>
        <translation>设置整列(&amp;C)…</translation>
    </message>
    <message>
        <source>Give one value to the current column in every selected row</source>
        <translation>为所有选中行的当前列设置同一个值</translation>
    </message>
    <message>
        <source>&amp;Remove rows</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Skip rows with errors</source>
        <translation>跳过有错误的行(&amp;S)</translation>
    </message>
    <message>
        <source>At most (calls/s):</source>
        <translation>最多（次/秒）：</translation>
    </message>
    <message>
        <source>the service&apos;s limit</source>
        <translation>服务的限流值</translation>
    </message>
    <message>
        <source>The batch starts at %1 calls/s and finds the service&apos;s limit by itself; a value here is a ceiling it never exceeds.</source>
        <translation>批量从每秒 %1 次开始，自行找到服务的限流值；此处填写的值是它绝不会超过的上限。</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>继续(&amp;M)</translation>
    </message>
    <message>
        <source>P&amp;ause</source>
        <translation>暂停(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry the &amp;failed</source>
        <translation>重试失败的行(&amp;F)</translation>
    </message>
    <message>
        <source>Resolve the &amp;unknown</source>
        <translation>查明未知的行(&amp;U)</translation>
    </message>
    <message>
        <source>Look for each flow log whose creation is unknown; adopt it when it exists, create it when it does not</source>
        <translation>逐个查找创建结果未知的流日志：已存在则采用，不存在则创建</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message numerus="yes">
        <source>Read %n row(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 读取 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message numerus="yes">
        <source>Added %n pasted row(s).</source>
        <translation>
            <numerusform>已添加粘贴的 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>the selected VPCs</source>
        <translation>选中的专有网络</translation>
    </message>
    <message>
        <source>This batch was cut short: %1 row(s) not sent, %2 whose creation is unknown. Resume sends the rows not sent and looks for each unknown one before creating it again.</source>
        <translation>这一批被中断了：%1 行未发送，%2 行创建结果未知。继续时会发送未发送的行，并在重新创建每个结果未知的行之前先查找它。</translation>
    </message>
    <message>
        <source>Import a batch file</source>
        <translation>导入批量文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy rows from a spreadsheet first.</source>
        <translation>剪贴板中没有文本。请先从电子表格复制行。</translation>
    </message>
    <message>
        <source>Select the rows, with a cell of the column to set as the current cell.</source>
        <translation>请选中要设置的行，并让要设置的那一列的单元格成为当前单元格。</translation>
    </message>
    <message>
        <source>Set column</source>
        <translation>设置整列</translation>
    </message>
    <message numerus="yes">
        <source>%1 for the %n selected row(s):</source>
        <translation>
            <numerusform>选中的 %n 行的 %1：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors: fix them (each red cell says how) or tick Skip rows with errors.</source>
        <translation>
            <numerusform>%n 行有错误：请修正（每个红色单元格都说明了如何修正），或勾选“跳过有错误的行”。</numerusform>
        </translation>
    </message>
    <message>
        <source>No row is ready to create. Import a batch file or paste rows first.</source>
        <translation>没有可以创建的行。请先导入批量文件或粘贴行。</translation>
    </message>
    <message numerus="yes">
        <source>Create %n flow log(s) in Alibaba Cloud?</source>
        <translation>
            <numerusform>在阿里云中创建 %n 个流日志？</numerusform>
        </translation>
    </message>
    <message>
        <source>Role assumed: %1</source>
        <translation>扮演的角色：%1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n call(s) to %2</source>
        <translation>
            <numerusform>%1：%n 次调用，发往 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Pace: from %1 calls/s, at most %2 calls/s.</source>
        <translation>速率：从每秒 %1 次开始，最多每秒 %2 次。</translation>
    </message>
    <message>
        <source>Pace: from %1 calls/s, up to the service&apos;s limit.</source>
        <translation>速率：从每秒 %1 次开始，最高到服务的限流值。</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置：%1</translation>
    </message>
    <message>
        <source>Estimated time: at most %1.</source>
        <translation>预计用时：最多 %1。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The batch stopped: %1</source>
        <translation>批量已停止：%1</translation>
    </message>
    <message>
        <source>Done: %1 created, %2 failed, %3 unknown, %4 cancelled.</source>
        <translation>完成：已创建 %1，失败 %2，未知 %3，已取消 %4。</translation>
    </message>
    <message>
        <source>Every row of this batch is settled: nothing is left to send.</source>
        <translation>这一批的每一行都已有结果：没有要发送的了。</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation>
            <numerusform>%n 行就绪</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n 行有错误</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 · %3 calls/s · %4 elapsed · %5 left · %n throttled</source>
        <translation>
            <numerusform>%1 / %2 · 每秒 %3 次 · 已用 %4 · 剩余 %5 · 被限流 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Resume the batch (%n row(s))</source>
        <translation>
            <numerusform>继续这一批（%n 行）(&amp;R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C&amp;reate %n flow log(s)</source>
        <translation>
            <numerusform>创建 %n 个流日志(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch is still running. Cancel it? Rows not sent yet are recorded as cancelled; calls on their way finish and are recorded.</source>
        <translation>批量仍在运行。要取消吗？尚未发送的行记为已取消；已发出的调用会完成并被记录。</translation>
    </message>
    <message>
        <source>Counting the account&apos;s flow logs…</source>
        <translation>正在统计账号已有的流日志…</translation>
    </message>
    <message numerus="yes">
        <source>Create %n flow log(s) in the local emulator at %1?</source>
        <translation>
            <numerusform>在 %1 的本地模拟器中创建 %n 个流日志？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The account already has %n flow log(s) in these regions, and an account may hold %1 unless its quota was raised (vpc_quota_flowlog_inst_nums_per_user): these %2 may not all fit, and the batch pauses at the quota. Raise the quota first at %3 if need be.</source>
        <translation>
            <numerusform>账号在这些地域已有 %n 个流日志，而未提升配额的账号最多只能有 %1 个（vpc_quota_flowlog_inst_nums_per_user）：这 %2 个可能放不下，批量会在达到配额时暂停。如有需要，请先在 %3 提升配额。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: %1 %2 Cancel ends the batch (the rows not sent are recorded as cancelled).</source>
        <translation>已暂停：%1%2“取消”会结束这一批（未发送的行记为已取消）。</translation>
    </message>
    <message>
        <source>Its rows were sent to %1; this profile now sends to %2.</source>
        <translation>它的行曾发往 %1；这个配置现在发往 %2。</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is not a regular file but a directory, a pipe or a device; give the path of a file</source>
        <translation>它不是普通文件，而是目录、管道或设备；请给出一个文件的路径</translation>
    </message>
    <message>
        <source>it is %1, more than the %2 read at most</source>
        <translation>文件大小为 %1，超过了最多读取的 %2</translation>
    </message>
    <message>
        <source>it is larger than the %1 read at most</source>
        <translation>文件大于最多读取的 %1</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Run &quot;flowlog-cli help&quot; for usage.</source>
        <translation>运行「flowlog-cli help」查看用法。</translation>
    </message>
</context>
<context>
    <name>CliArgumentParser</name>
    <message>
        <source>REGION</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Region ID, e.g. cn-hangzhou.</source>
        <translation>地域 ID，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>NetworkInterface, VSwitch or VPC.</source>
        <translation>NetworkInterface（弹性网卡）、VSwitch（交换机）或 VPC（专有网络）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ID of the resource whose traffic is captured.</source>
        <translation>要采集流量的资源的 ID。</translation>
    </message>
    <message>
        <source>All, Allow or Drop.</source>
        <translation>All（全部流量）、Allow（访问控制允许的流量）或 Drop（访问控制拒绝的流量）。</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Log Service project that stores the flow log.</source>
        <translation>存放流日志的日志服务项目 (Project)。</translation>
    </message>
    <message>
        <source>LOGSTORE</source>
        <translation>日志库</translation>
    </message>
    <message>
        <source>Logstore that stores the flow log.</source>
        <translation>存放流日志的日志库 (Logstore)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Flow log name (optional).</source>
        <translation>流日志名称（可选）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Flow log description (optional).</source>
        <translation>流日志描述（可选）。</translation>
    </message>
    <message>
        <source>Endpoint to call instead of the region&apos;s (plain http only on loopback).</source>
        <translation>代替地域默认服务接入点调用的地址（仅本机回环地址可用明文 http）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Signature version: v3 (default) or v1.</source>
        <translation>签名版本：v3（默认）或 v1。</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>HTTP method: POST (default) or GET.</source>
        <translation>HTTP 方法：POST（默认）或 GET。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Retries after a failure that certainly did not act (default 2).</source>
        <translation>对确定未执行的失败请求重试的次数（默认 2）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the signed request instead of sending it.</source>
        <translation>只打印签名后的请求，不发送。</translation>
    </message>
    <message>
        <source>Do not record the attempts in the history.</source>
        <translation>不把这些尝试记入历史记录。</translation>
    </message>
    <message>
        <source>Calls in flight at once, 1 to 64 (default 4).</source>
        <translation>同时进行的调用数，1 到 64（默认 4）。</translation>
    </message>
    <message>
        <source>At most this many calls started per second (default: no limit).</source>
        <translation>每秒最多发起的调用数（默认不限）。</translation>
    </message>
    <message>
        <source>PER_SECOND</source>
        <translation>每秒次数</translation>
    </message>
    <message>
        <source>Flow log ID to look for.</source>
        <translation>要查找的流日志 ID。</translation>
    </message>
    <message>
        <source>Page of results, 50 per page (default 1).</source>
        <translation>结果的页码，每页 50 条（默认第 1 页）。</translation>
    </message>
    <message>
        <source>Newest N entries (default 20; 0 for all).</source>
        <translation>最新的 N 条记录（默认 20；0 表示全部）。</translation>
    </message>
    <message>
        <source>Output format: text (default), json or csv.</source>
        <translation>输出格式：text（默认）、json 或 csv。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Output format: json, one line per row (the only one).</source>
        <translation>输出格式：json，每行输入对应一行输出（唯一可选的格式）。</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>输出格式：text（默认）或 json。</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for --%2: expected %3.</source>
        <translation>--%2 的值「%1」无效，应为：%3。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;flowlog-cli help&quot; to see the commands.</source>
        <translation>未知命令「%1」。运行「flowlog-cli help」查看可用的命令。</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>显示本命令的选项。</translation>
    </message>
    <message>
        <source>Language of messages: zh or en.</source>
        <translation>消息语言：zh（中文）或 en（英文）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>CSV file whose header row names the API parameters.</source>
        <translation>CSV 文件，表头行写 API 参数名。</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>文件.csv</translation>
    </message>
    <message>
        <source>batch needs a CSV file: flowlog-cli batch FILE.csv</source>
        <translation>batch 需要一个 CSV 文件：flowlog-cli batch 文件.csv</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数「%1」。</translation>
    </message>
    <message>
        <source>a number of calls per second above 0</source>
        <translation>大于 0 的每秒调用次数</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>%1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>Create only when no flow log with the same parameters exists; adopt the one that does. Safe for running again after an interruption.</source>
        <translation>仅当不存在参数相同的流日志时才创建；已存在则沿用它。中断后可放心重新运行。</translation>
    </message>
    <message>
        <source>Idle timeout: an attempt ends when no byte has moved for this many seconds (default 10).</source>
        <translation>空闲超时：连续这么多秒没有任何字节收发时结束本次尝试（默认 10）。</translation>
    </message>
    <message>
        <source>An attempt ends after this many seconds in all, however slowly the answer comes (default 30).</source>
        <translation>总超时：本次尝试总共经过这么多秒即结束，无论应答来得多慢（默认 30）。</translation>
    </message>
    <message>
        <source>Every page of results, from --page on.</source>
        <translation>读取全部结果页（从 --page 指定的页起）。</translation>
    </message>
    <message>
        <source>Profile to use: NAME or aliyun:NAME of ~/.aliyun/config.json, own:NAME added in FlowLog Studio, env (the ALIBABA_CLOUD_* variables) or sandbox (with --endpoint of the app&apos;s sandbox).</source>
        <translation>要使用的凭证配置：~/.aliyun/config.json 中的 NAME 或 aliyun:NAME，在 FlowLog Studio 中添加的 own:NAME，env（ALIBABA_CLOUD_* 环境变量），或 sandbox（需配合应用沙箱的 --endpoint）。</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration file to read profiles from, instead of the one chosen in FlowLog Studio&apos;s settings (default ~/.aliyun/config.json).</source>
        <translation>读取凭证配置的 aliyun CLI 配置文件，代替 FlowLog Studio 设置中选择的文件（默认 ~/.aliyun/config.json）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <source>Sampling interval in minutes: 1, 5 or 10 (optional; the service&apos;s default is 10).</source>
        <translation>采样间隔（分钟）：1、5 或 10（可选；服务默认 10）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Traffic path to capture: all or internetGateway (optional, repeatable; the service&apos;s default is all).</source>
        <translation>采集的流量路径：all 或 internetGateway（可选，可重复；服务默认 all）。</translation>
    </message>
    <message>
        <source>IP version of the captured traffic: IPV4 or DualStack (optional; the service&apos;s default is IPV4).</source>
        <translation>采集流量的 IP 版本：IPV4 或 DualStack（可选；服务默认 IPV4）。</translation>
    </message>
    <message>
        <source>Resource group of the flow log, rg-... (optional).</source>
        <translation>流日志所属的资源组，rg-...（可选）。</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>键=值</translation>
    </message>
    <message>
        <source>A tag of the flow log (optional, repeatable, up to 20). KEY= gives an empty value; write \= \; and \\ for a literal =, ; and backslash.</source>
        <translation>流日志的一个标签（可选，可重复，最多 20 个）。「键=」表示空值；字面的 =、; 和反斜杠分别写作 \=、\; 和 \\。</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for --%2: %3</source>
        <translation>--%2 的值“%1”无效：%3</translation>
    </message>
    <message>
        <source>Only the vSwitches or network interfaces of this VPC.</source>
        <translation>只列出该专有网络中的交换机或弹性网卡。</translation>
    </message>
    <message>
        <source>Every region the account can use (DescribeRegions; the built-in list when that fails).</source>
        <translation>账号可用的所有地域（通过 DescribeRegions 获取；调用失败时使用内置列表）。</translation>
    </message>
    <message>
        <source>Flow log to act on (repeatable: several are handled a few at a time).</source>
        <translation>要操作的流日志（可重复：多个时每次并行处理几个）。</translation>
    </message>
    <message>
        <source>Follow each flow log until it rests (Active, Inactive, or gone) and print it.</source>
        <translation>跟踪每个流日志直到状态稳定（已激活、未激活或已删除）并输出。</translation>
    </message>
    <message>
        <source>With --wait, give up after this many seconds; the outcome is then unknown (default 300).</source>
        <translation>与 --wait 一起使用：超过此秒数即放弃，结果记为未知（默认 300）。</translation>
    </message>
    <message>
        <source>Do not record the actions in the history.</source>
        <translation>不在历史记录中记录这些操作。</translation>
    </message>
    <message>
        <source>Confirm the deletion, which cannot be undone (required).</source>
        <translation>确认删除（不可撤销，必填）。</translation>
    </message>
    <message>
        <source>Remove the tag with this key (repeatable).</source>
        <translation>删除该键的标签（可重复）。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Only flow logs in this status: Active, Inactive, Activating, ...</source>
        <translation>只列出该状态的流日志：Active、Inactive、Activating……</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Only the flow logs of this VPC, its vSwitches and its network interfaces.</source>
        <translation>只列出该专有网络及其交换机、弹性网卡上的流日志。</translation>
    </message>
    <message>
        <source>Starts (activates) flow logs: ActiveFlowLog. Also: flowlog-cli activate.</source>
        <translation>启动（激活）流日志：ActiveFlowLog。也可写作 flowlog-cli activate。</translation>
    </message>
    <message>
        <source>Stops (deactivates) flow logs: DeactiveFlowLog. Also: flowlog-cli deactivate.</source>
        <translation>停止流日志：DeactiveFlowLog。也可写作 flowlog-cli deactivate。</translation>
    </message>
    <message>
        <source>Changes the name, description, interval, IP version, tags or resource group of flow logs.</source>
        <translation>修改流日志的名称、描述、采样间隔、IP 版本、标签或资源组。</translation>
    </message>
    <message>
        <source>Deletes flow logs for good: DeleteFlowLog. Needs --yes; a flow log already gone counts as deleted.</source>
        <translation>永久删除流日志：DeleteFlowLog。需要 --yes；已不存在的流日志视为已删除。</translation>
    </message>
    <message>
        <source>This command needs --flow-log-id ID (repeatable).</source>
        <translation>此命令需要 --flow-log-id ID（可重复）。</translation>
    </message>
    <message>
        <source>delete removes the flow log for good: confirm with --yes (standard input is never read).</source>
        <translation>delete 会永久删除流日志：请加 --yes 确认（不会读取标准输入）。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <source>a tag key</source>
        <translation>标签键</translation>
    </message>
    <message>
        <source>modify has nothing to change: give --name, --description, --aggregation-interval, --ip-version, --tag, --untag or --resource-group-id.</source>
        <translation>modify 没有要修改的内容：请给出 --name、--description、--aggregation-interval、--ip-version、--tag、--untag 或 --resource-group-id。</translation>
    </message>
    <message>
        <source>Usage:
  flowlog-cli create   --region R --resource-type NetworkInterface|VSwitch|VPC --resource-id ID
                       --traffic-type All|Allow|Drop --project P --logstore L [--name N]
                       [--description D] [today&apos;s options] [connection options] [--dry-run]
                       [--output text|json] [--no-history] [--if-absent]
  flowlog-cli validate &lt;the same field options&gt; [--output text|json]
  flowlog-cli batch    FILE.csv [--concurrency N] [--rate PER_SECOND] [today&apos;s options]
                       [connection options] [--no-history] [--if-absent]
  flowlog-cli describe --region R [--flow-log-id ID] [--resource-id ID] [--resource-type TYPE]
                       [--traffic-type All|Allow|Drop] [--status STATUS] [--vpc-id ID] [--name N]
                       [--project P] [--logstore L] [--page N] [--all-pages]
                       [connection options] [--output text|json]
  flowlog-cli start|stop --region R --flow-log-id ID... [--wait] [--wait-timeout SECONDS]
                       [connection options] [--output text|json] [--no-history]
                       (activate and deactivate are the same commands)
  flowlog-cli modify   --region R --flow-log-id ID... [--name N] [--description D]
                       [--aggregation-interval 1|5|10] [--ip-version IPV4|DualStack]
                       [--tag KEY=VALUE]... [--untag KEY]... [--resource-group-id ID]
                       [--wait] [connection options] [--output text|json] [--no-history]
  flowlog-cli delete   --region R --flow-log-id ID... --yes [--wait] [--wait-timeout SECONDS]
                       [connection options] [--output text|json] [--no-history]
  flowlog-cli history  [--limit N] [--output text|json|csv]
  flowlog-cli resources --region R --resource-type VPC|VSwitch|NetworkInterface [--vpc-id ID]
                       [connection options] [--output text|json]
  flowlog-cli coverage (--region R | --all-regions) [connection options] [--output text|json]

Today&apos;s options: [--aggregation-interval 1|5|10] [--traffic-path all|internetGateway]...
                 [--ip-version IPV4|DualStack] [--resource-group-id ID] [--tag KEY=VALUE]...
                 (in batch: for the rows that leave the column empty)
Connection options: [--endpoint URL] [--signature v3|v1] [--method POST|GET] [--profile NAME]
                    [--timeout SECONDS] [--total-timeout SECONDS] [--retries N]
Every command takes --lang zh|en. &quot;flowlog-cli COMMAND --help&quot; lists a command&apos;s options.

Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and optionally
ALIBABA_CLOUD_SECURITY_TOKEN; else --profile or the current profile of ~/.aliyun/config.json.
History: $FLOWLOG_HISTORY when set, else the history shared with FlowLog Studio.
Exit status: 0 success, 1 API or network failure (or an outcome unknown), 2 invalid input or usage,
3 (coverage) something is not covered, 130 interrupted.
</source>
        <translation>用法：
  flowlog-cli create   --region 地域 --resource-type NetworkInterface|VSwitch|VPC --resource-id ID
                       --traffic-type All|Allow|Drop --project 项目 --logstore 日志库 [--name 名称]
                       [--description 描述] [新增参数选项] [连接选项] [--dry-run]
                       [--output text|json] [--no-history] [--if-absent]
  flowlog-cli validate &lt;与 create 相同的字段选项&gt; [--output text|json]
  flowlog-cli batch    文件.csv [--concurrency N] [--rate 每秒次数] [新增参数选项]
                       [连接选项] [--no-history] [--if-absent]
  flowlog-cli describe --region 地域 [--flow-log-id ID] [--resource-id ID] [--resource-type 类型]
                       [--traffic-type All|Allow|Drop] [--status 状态] [--vpc-id ID] [--name 名称]
                       [--project 项目] [--logstore 日志库] [--page N] [--all-pages]
                       [连接选项] [--output text|json]
  flowlog-cli start|stop --region 地域 --flow-log-id ID... [--wait] [--wait-timeout 秒数]
                       [连接选项] [--output text|json] [--no-history]
                       （activate 与 deactivate 是同样的命令）
  flowlog-cli modify   --region 地域 --flow-log-id ID... [--name 名称] [--description 描述]
                       [--aggregation-interval 1|5|10] [--ip-version IPV4|DualStack]
                       [--tag 键=值]... [--untag 键]... [--resource-group-id ID]
                       [--wait] [连接选项] [--output text|json] [--no-history]
  flowlog-cli delete   --region 地域 --flow-log-id ID... --yes [--wait] [--wait-timeout 秒数]
                       [连接选项] [--output text|json] [--no-history]
  flowlog-cli history  [--limit N] [--output text|json|csv]
  flowlog-cli resources --region 地域 --resource-type VPC|VSwitch|NetworkInterface [--vpc-id ID]
                       [连接选项] [--output text|json]
  flowlog-cli coverage (--region 地域 | --all-regions) [连接选项] [--output text|json]

新增参数选项：[--aggregation-interval 1|5|10] [--traffic-path all|internetGateway]...
              [--ip-version IPV4|DualStack] [--resource-group-id ID] [--tag 键=值]...
              （batch 中用于该列为空的行）
连接选项：[--endpoint URL] [--signature v3|v1] [--method POST|GET] [--profile 凭证配置名]
          [--timeout 秒数] [--total-timeout 秒数] [--retries N]
所有命令都接受 --lang zh|en。「flowlog-cli 命令 --help」列出该命令的选项。

凭证：环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID、ALIBABA_CLOUD_ACCESS_KEY_SECRET，以及可选的
ALIBABA_CLOUD_SECURITY_TOKEN；未设置时使用 --profile 或 ~/.aliyun/config.json 的当前凭证配置。
历史记录：设置了 $FLOWLOG_HISTORY 时用它，否则与 FlowLog Studio 共用同一份历史记录。
退出码：0 成功，1 API 或网络失败（或结果未知），2 输入或用法无效，3（仅 coverage）有专有网络未完全覆盖，
130 已中断。
</translation>
    </message>
    <message>
        <source>--status must be one of %1, not &quot;%2&quot;.</source>
        <translation>--status 只能是 %1 之一，而不是“%2”。</translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>Invalid --endpoint &quot;%1&quot;: %2</source>
        <translation>--endpoint「%1」无效：%2</translation>
    </message>
    <message>
        <source>No usable credentials: %1
Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS), or pass --profile NAME, or configure the current profile of ~/.aliyun/config.json (aliyun configure).</source>
        <translation>没有可用的凭证：%1
请设置环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET（使用 STS 时再加 ALIBABA_CLOUD_SECURITY_TOKEN），或用 --profile 凭证配置名 指定凭证配置，或配置 ~/.aliyun/config.json 的当前凭证配置（aliyun configure）。</translation>
    </message>
    <message>
        <source>No usable credentials: %1</source>
        <translation>没有可用的凭证：%1</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <source>The request is not valid and was not sent.</source>
        <translation>请求无效，未发送。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1: %2 [%3]: %4</source>
        <translation>%1：%2 [%3]：%4</translation>
    </message>
    <message>
        <source>Flow log %1 already existed (created by an earlier attempt whose answer was lost); adopted it.</source>
        <translation>流日志 %1 已经存在（由之前一次丢失了应答的尝试创建），已直接采用。</translation>
    </message>
    <message>
        <source>Flow log %1 created; it is activating.</source>
        <translation>流日志 %1 已创建，正在激活。</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>Failed: %1 %2</source>
        <translation>失败：%1 %2</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Diagnosis: %1</source>
        <translation>诊断：%1</translation>
    </message>
    <message>
        <source>The flow log may have been created: look for it with &quot;flowlog-cli describe&quot; before trying again.</source>
        <translation>流日志可能已经创建：重试前请先用「flowlog-cli describe」查找。</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态码：%1</translation>
    </message>
    <message>
        <source>Attempts: %1 in %2 ms</source>
        <translation>尝试次数：%1，耗时 %2 毫秒</translation>
    </message>
    <message>
        <source>%1  %2  %3 %4  %5  %6/%7</source>
        <translation>%1  %2  %3 %4  %5  %6/%7</translation>
    </message>
</context>
<context>
    <name>ConnectionBar</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>凭证配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>地域(&amp;G)：</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>服务接入点：</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>凭证配置</translation>
    </message>
    <message>
        <source>Whose AccessKey signs the request</source>
        <translation>用哪个 AccessKey 为请求签名</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Type any part of the region&apos;s name or id to search</source>
        <translation>输入地域名称或地域 ID 的任意部分进行搜索</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>服务接入点</translation>
    </message>
    <message>
        <source>Each profile&apos;s endpoints are set in Tools → Profiles.</source>
        <translation>每个凭证配置的接入地址在工具 → 凭证配置管理中设置。</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分覆盖</translation>
    </message>
    <message>
        <source>uncovered</source>
        <translation>未覆盖</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Flow log %1 captures all traffic of the VPC.</source>
        <translation>流日志 %1 采集该专有网络的全部流量。</translation>
    </message>
    <message>
        <source>Only some of its vSwitches or network interfaces have flow logs (%1); the VPC itself has none.</source>
        <translation>只有其部分交换机或弹性网卡有流日志（%1）；专有网络本身没有流日志。</translation>
    </message>
    <message>
        <source>The VPC&apos;s flow log %1 captures only allowed or only dropped traffic, not all.</source>
        <translation>专有网络的流日志 %1 只采集访问控制允许的流量或访问控制拒绝的流量，而不是全部流量。</translation>
    </message>
    <message>
        <source>The VPC&apos;s flow log %1 is stopped (Inactive).</source>
        <translation>专有网络的流日志 %1 已停止 (Inactive)。</translation>
    </message>
    <message>
        <source>The VPC&apos;s flow log %1 is not active yet.</source>
        <translation>专有网络的流日志 %1 尚未激活。</translation>
    </message>
    <message>
        <source>The VPC&apos;s flow log %1 fails to deliver to Log Service.</source>
        <translation>专有网络的流日志 %1 无法投递到日志服务。</translation>
    </message>
    <message>
        <source>The VPC&apos;s flow log %1 captures only some traffic paths, not all.</source>
        <translation>专有网络的流日志 %1 只采集部分流量路径，而不是全部流量路径。</translation>
    </message>
    <message>
        <source>No flow log on the VPC, its vSwitches or its network interfaces.</source>
        <translation>该专有网络及其交换机、弹性网卡上都没有流日志。</translation>
    </message>
    <message>
        <source>The region&apos;s resources or flow logs could not be listed.</source>
        <translation>无法列出该地域的资源或流日志。</translation>
    </message>
    <message>
        <source>The region&apos;s resources or flow logs could not be listed (%1).</source>
        <translation>无法列出该地域的资源或流日志（%1）。</translation>
    </message>
</context>
<context>
    <name>CoverageCommand</name>
    <message>
        <source>coverage needs either --region R or --all-regions.</source>
        <translation>coverage 需要 --region 地域 或 --all-regions（二者选一）。</translation>
    </message>
    <message>
        <source>No endpoint is known for region &quot;%1&quot;: pass --endpoint.</source>
        <translation>不知道地域「%1」的服务接入点，请用 --endpoint 指定。</translation>
    </message>
    <message>
        <source>warning: DescribeRegions failed (%1); checking the built-in list of regions.</source>
        <translation>警告：DescribeRegions 失败（%1）；改为检查内置列表中的地域。</translation>
    </message>
    <message>
        <source>no regions</source>
        <translation>未返回任何地域</translation>
    </message>
    <message>
        <source>%1: could not be listed (%2 %3).</source>
        <translation>%1：无法列出（%2 %3）。</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>警告：%1：%2</translation>
    </message>
    <message>
        <source>warning: %1: %2 failed (%3); the flow logs of its VPCs were asked VPC by VPC.</source>
        <translation>警告：%1：%2 失败（%3）；已逐个查询其中各专有网络的流日志。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>专有网络 VPC</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n VPC(s)</source>
        <translation>
            <numerusform>%n 个专有网络</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 covered</source>
        <translation>已覆盖 %1 个</translation>
    </message>
    <message>
        <source>%1 partial</source>
        <translation>部分覆盖 %1 个</translation>
    </message>
    <message>
        <source>%1 uncovered</source>
        <translation>未覆盖 %1 个</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>未知 %1 个</translation>
    </message>
</context>
<context>
    <name>CoverageTableModel</name>
    <message>
        <source>Coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>VPC name</source>
        <translation>专有网络名称</translation>
    </message>
    <message>
        <source>VPC ID</source>
        <translation>专有网络 ID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Flow logs</source>
        <translation>流日志</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message numerus="yes">
        <source>%n VPC(s)</source>
        <translation>
            <numerusform>%n 个专有网络</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n covered</source>
        <translation>
            <numerusform>已覆盖 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial</source>
        <translation>
            <numerusform>部分覆盖 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uncovered</source>
        <translation>
            <numerusform>未覆盖 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>未知 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a region in the top bar.</source>
        <translation>请在顶部栏中选择地域。</translation>
    </message>
    <message numerus="yes">
        <source>Listing VPCs and flow logs: %1 of %n region(s) to go…</source>
        <translation>
            <numerusform>正在列出专有网络和流日志：还剩 %1 个地域（共 %n 个）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing VPCs and flow logs in %1…</source>
        <translation>正在列出 %1 中的专有网络和流日志…</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) could not be listed; %1: %2</source>
        <translation>
            <numerusform>%n 个地域无法列出；%1：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Listed at %1.</source>
        <translation>列出于 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Create flow logs for the %n selected VPC(s)…</source>
        <translation>
            <numerusform>为选中的 %n 个专有网络创建流日志…</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a flow log for the selected VPC…</source>
        <translation>为选中的专有网络创建流日志…</translation>
    </message>
    <message>
        <source>&amp;All regions</source>
        <translation>全部地域(&amp;A)</translation>
    </message>
    <message>
        <source>Every region of the built-in list, not only the one in the top bar</source>
        <translation>内置列表中的所有地域，而不只是顶部栏中选择的地域</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>List the VPCs, vSwitches, ENIs and flow logs again</source>
        <translation>重新列出专有网络、交换机、弹性网卡和流日志</translation>
    </message>
    <message>
        <source>Filter by VPC name, ID, region, reason or flow log ID</source>
        <translation>按专有网络名称、ID、地域、原因或流日志 ID 筛选</translation>
    </message>
    <message>
        <source>Filter the VPCs</source>
        <translation>筛选专有网络</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Show only VPCs in this state</source>
        <translation>只显示处于此状态的专有网络</translation>
    </message>
    <message>
        <source>VPCs and their flow-log coverage</source>
        <translation>专有网络及其流日志覆盖情况</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop listing; what was listed stays</source>
        <translation>停止列出；已列出的内容保留</translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>The request is not valid and was not sent.</source>
        <translation>请求无效，未发送。</translation>
    </message>
    <message>
        <source>No endpoint is known for region &quot;%1&quot;: pass --endpoint.</source>
        <translation>不知道地域「%1」的服务接入点，请用 --endpoint 指定。</translation>
    </message>
    <message>
        <source>The attempt is not recorded in the history: %1</source>
        <translation>本次尝试未记入历史记录：%1</translation>
    </message>
    <message>
        <source>Attempt %1 in %2 ms…</source>
        <translation>%2 毫秒后进行第 %1 次尝试…</translation>
    </message>
    <message>
        <source>The outcome is not recorded in the history: %1</source>
        <translation>结果未记入历史记录：%1</translation>
    </message>
    <message>
        <source>%1
This request is therefore signed with a placeholder AccessKey; the server would reject it.</source>
        <translation>%1
因此这个请求用占位 AccessKey 签名，服务端会拒绝它。</translation>
    </message>
</context>
<context>
    <name>CredentialProblem</name>
    <message>
        <source>The environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set. Set both (and ALIBABA_CLOUD_SECURITY_TOKEN for STS credentials).</source>
        <translation>未设置环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。请同时设置这两个变量（使用 STS 凭证时再设置 ALIBABA_CLOUD_SECURITY_TOKEN）。</translation>
    </message>
    <message>
        <source>There is no aliyun CLI configuration at %1. Create one with &quot;aliyun configure&quot;, or use environment variables.</source>
        <translation>%1 处没有 aliyun CLI 配置文件。请用「aliyun configure」创建，或改用环境变量。</translation>
    </message>
    <message>
        <source>No credentials found. Set the environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (plus ALIBABA_CLOUD_SECURITY_TOKEN for STS), or pass --profile &lt;name&gt; to use a profile of %1, or set a current profile in %1 with &quot;aliyun configure&quot;.</source>
        <translation>没有找到凭证。请设置环境变量 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET（使用 STS 时再加 ALIBABA_CLOUD_SECURITY_TOKEN），或用 --profile &lt;名称&gt; 使用 %1 中的凭证配置，或用「aliyun configure」在 %1 中设置当前凭证配置。</translation>
    </message>
    <message>
        <source>No credentials have been entered. Enter an AccessKey ID and secret.</source>
        <translation>尚未填写凭证。请填写 AccessKey ID 和 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set. ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET must be set together.</source>
        <translation>未设置环境变量 %1。ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET 必须同时设置。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; in %2 has no %3. Run &quot;aliyun configure --profile %1&quot; to complete it.</source>
        <translation>%2 中的凭证配置「%1」缺少 %3。请运行「aliyun configure --profile %1」补全。</translation>
    </message>
    <message>
        <source>Both an AccessKey ID and its secret are needed. Enter the missing one.</source>
        <translation>AccessKey ID 和 AccessKey Secret 都需要填写。请补上缺少的那一项。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot; in %2. Choose an existing profile, or create it with &quot;aliyun configure --profile %1&quot;.</source>
        <translation>%2 中没有凭证配置「%1」。请选择已有的凭证配置，或用「aliyun configure --profile %1」创建。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). Repair the file, or run &quot;aliyun configure&quot; to write it again.</source>
        <translation>无法读取 %1（%2）。请修复该文件，或运行「aliyun configure」重新生成。</translation>
    </message>
    <message>
        <source>The keychain holds no secret for profile &quot;%1&quot;. Open FlowLog Studio, edit the profile and enter its secret again.</source>
        <translation>系统钥匙串中没有凭证配置「%1」的 AccessKey Secret。请打开 FlowLog Studio，编辑该凭证配置并重新填写 Secret。</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; cannot be read from the keychain (%2). Unlock the keychain, or open FlowLog Studio and enter it again.</source>
        <translation>无法从系统钥匙串读取凭证配置「%1」的 Secret（%2）。请解锁钥匙串，或打开 FlowLog Studio 重新填写。</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>此版本不支持系统钥匙串</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>钥匙串没有响应</translation>
    </message>
    <message>
        <source>FlowLog Studio has no profile &quot;%1&quot; of its own. Add it in the app (Tools → Add profile…), or name a profile of the aliyun CLI.</source>
        <translation>FlowLog Studio 中没有自建的凭证配置「%1」。请在应用中添加（工具 → 添加凭证配置…），或改用 aliyun CLI 的凭证配置。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; uses the %2 mode, which FlowLog Studio does not support. Use a profile in AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, CredentialsURI or External mode (&quot;aliyun configure --mode RamRoleArn&quot;), or set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.</source>
        <translation>凭证配置「%1」使用 %2 模式，FlowLog Studio 不支持该模式。请使用 AK、StsToken、RamRoleArn、ChainableRamRoleArn、EcsRamRole、CredentialsURI 或 External 模式的凭证配置（「aliyun configure --mode RamRoleArn」），或设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; in %2 has an unusable %3: %4 Correct it with &quot;aliyun configure --profile %1&quot; or in the file.</source>
        <translation>%2 中凭证配置「%1」的 %3 无法使用：%4 请用「aliyun configure --profile %1」或直接在文件中改正。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be used: its mode is switched off by the environment variable %2. Unset it, or choose another profile.</source>
        <translation>无法使用凭证配置「%1」：环境变量 %2 关闭了它的模式。请取消该变量，或选择其他凭证配置。</translation>
    </message>
    <message>
        <source>The source_profile of profile &quot;%1&quot; leads back to itself (%2). Make the chain end at a profile with an AccessKey.</source>
        <translation>凭证配置「%1」的 source_profile 绕回了自身（%2）。请让这条链止于一个带 AccessKey 的凭证配置。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; gets temporary credentials when a call needs them.</source>
        <translation>凭证配置「%1」在调用需要时才获取临时凭证。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot assume its role: %2 Correct it in Tools → Profiles.</source>
        <translation>凭证配置「%1」无法扮演其角色：%2 请在工具 → 凭证配置管理中更正。</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
</context>
<context>
    <name>CredentialsUriProvider</name>
    <message>
        <source>&quot;%1&quot; is not a URL. Write it as https://host/path.</source>
        <translation>「%1」不是 URL。请写成 https://主机/路径 的形式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https:// URL. Credentials travel only over HTTPS (plain http:// only to this computer, 127.0.0.1 or localhost).</source>
        <translation>「%1」不是 https:// URL。凭证只通过 HTTPS 传输（仅本机 127.0.0.1 或 localhost 可用明文 http://）。</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>The credentials URI %1 of profile &quot;%2&quot; did not answer with credentials (%3). Check that the service behind it runs and that credentials_uri is right.</source>
        <translation>凭证配置「%2」的凭证 URI %1 没有返回凭证（%3）。请确认其背后的服务正在运行，且 credentials_uri 正确。</translation>
    </message>
    <message>
        <source>The credentials URI %1 of profile &quot;%2&quot; answered something that is not credentials (no %3). It must answer {&quot;Code&quot;:&quot;Success&quot;,&quot;AccessKeyId&quot;:…,&quot;AccessKeySecret&quot;:…,&quot;SecurityToken&quot;:…,&quot;Expiration&quot;:…}; check credentials_uri.</source>
        <translation>凭证配置「%2」的凭证 URI %1 返回的内容不是凭证（缺少 %3）。它必须返回 {&quot;Code&quot;:&quot;Success&quot;,&quot;AccessKeyId&quot;:…,&quot;AccessKeySecret&quot;:…,&quot;SecurityToken&quot;:…,&quot;Expiration&quot;:…}；请检查 credentials_uri。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quote inside an unquoted field (quote the whole field and double the quote).</source>
        <translation>第 %1 行：未加引号的字段中出现了引号（请给整个字段加上引号，并把字段内的引号写两遍）。</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote.</source>
        <translation>第 %1 行：右引号之后还有文字。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：带引号的字段缺少右引号。</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation>该文件不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid CSV file. %2</source>
        <translation>%1 不是有效的 CSV 文件。%2</translation>
    </message>
</context>
<context>
    <name>DescribeCommand</name>
    <message>
        <source>No endpoint is known for region &quot;%1&quot;: pass --endpoint.</source>
        <translation>不知道地域「%1」的服务接入点，请用 --endpoint 指定。</translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) found; page %1 shows %2.</source>
        <translation>
            <numerusform>找到 %n 个流日志；第 %1 页显示 %2 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s) found; pages %1 to %2 show %3.</source>
        <translation>
            <numerusform>找到 %n 个流日志；第 %1 至 %2 页显示 %3 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>describe needs --region (or a profile with a region_id).</source>
        <translation>describe 需要 --region（或一个设置了 region_id 的凭证配置）。</translation>
    </message>
    <message numerus="yes">
        <source>interval %n min</source>
        <translation>
            <numerusform>间隔 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>interval not given</source>
        <translation>未给出间隔</translation>
    </message>
    <message>
        <source>traffic path %1</source>
        <translation>流量路径 %1</translation>
    </message>
    <message>
        <source>IP version %1</source>
        <translation>IP 版本 %1</translation>
    </message>
    <message>
        <source>resource group %1</source>
        <translation>资源组 %1</translation>
    </message>
    <message>
        <source>tags %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>business status %1</source>
        <translation>业务状态 %1</translation>
    </message>
    <message>
        <source>delivery %1</source>
        <translation>投递 %1</translation>
    </message>
    <message>
        <source>delivery %1 (%2)</source>
        <translation>投递 %1（%2）</translation>
    </message>
    <message>
        <source>created by %1</source>
        <translation>创建方 %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>RESOURCE</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>TRAFFIC</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>PROJECT/LOGSTORE</source>
        <translation>项目/日志库</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>EcsRamRoleProvider</name>
    <message>
        <source>This ECS instance has no RAM role attached. Attach one in the ECS console (Instance → Instance settings → Attach/Detach RAM role), or name it in ram_role_name of profile &quot;%1&quot;.</source>
        <translation>此 ECS 实例未授予 RAM 角色。请在 ECS 控制台授予（实例 → 实例设置 → 授予/收回 RAM 角色），或在凭证配置「%1」的 ram_role_name 中写明角色名。</translation>
    </message>
    <message>
        <source>The ECS instance has no RAM role &quot;%1&quot;. Correct ram_role_name of profile &quot;%2&quot; or attach the role to the instance.</source>
        <translation>此 ECS 实例没有 RAM 角色「%1」。请改正凭证配置「%2」的 ram_role_name，或将该角色授予实例。</translation>
    </message>
    <message>
        <source>The instance metadata service did not give credentials for the role &quot;%1&quot; (no %2). Try again in a moment; if it persists, detach and attach the role again.</source>
        <translation>实例元数据服务没有给出角色「%1」的凭证（缺少 %2）。请稍后重试；若一直如此，请收回并重新授予该角色。</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态码 %1</translation>
    </message>
    <message>
        <source>The ECS instance metadata service (%1) cannot be reached: %2. Profile &quot;%3&quot; (EcsRamRole) works only on an ECS instance with a RAM role attached; elsewhere, choose another profile.</source>
        <translation>无法连接 ECS 实例元数据服务（%1）：%2。凭证配置「%3」（EcsRamRole）只能在授予了 RAM 角色的 ECS 实例上使用；在其他地方请选择别的凭证配置。</translation>
    </message>
</context>
<context>
    <name>Endpoints</name>
    <message>
        <source>This is not a valid endpoint. Enter a host name such as vpc.cn-hangzhou.aliyuncs.com, or a URL such as http://127.0.0.1:8080.</source>
        <translation>这不是有效的服务接入点。请填写主机名（如 vpc.cn-hangzhou.aliyuncs.com）或 URL（如 http://127.0.0.1:8080）。</translation>
    </message>
    <message>
        <source>Only https:// endpoints (and http:// on this computer) are supported. Change the address to start with https://.</source>
        <translation>只支持 https:// 服务接入点（本机上的地址也可用 http://）。请把地址改为以 https:// 开头。</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for an endpoint on this computer (127.0.0.1, ::1 or localhost). Use https:// for any other host.</source>
        <translation>只有本机上的服务接入点（127.0.0.1、::1 或 localhost）才能使用明文 http://。其他主机请使用 https://。</translation>
    </message>
    <message>
        <source>An endpoint is only a scheme, host and port. Remove the path, query or fragment, e.g. https://vpc.cn-hangzhou.aliyuncs.com.</source>
        <translation>服务接入点只包含协议、主机和端口。请删去路径、查询参数或片段，例如 https://vpc.cn-hangzhou.aliyuncs.com。</translation>
    </message>
    <message>
        <source>An endpoint must not contain a user name or password. Remove the part before &quot;@&quot;; credentials are configured separately.</source>
        <translation>服务接入点中不能包含用户名或密码。请删去「@」之前的部分；凭证在别处单独配置。</translation>
    </message>
</context>
<context>
    <name>EnvironmentCredentialSource</name>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
</context>
<context>
    <name>ErrorCatalog</name>
    <message>
        <source>A required parameter was not sent.</source>
        <translation>缺少必填参数。</translation>
    </message>
    <message>
        <source>Fill in every required field (region, resource, project, Logstore) and send again. The server&apos;s message names the missing parameter.</source>
        <translation>请填写所有必填项（地域、资源、项目、日志库）后重新发送。服务端消息中写明了缺少的参数。</translation>
    </message>
    <message>
        <source>A parameter value is not valid.</source>
        <translation>参数值无效。</translation>
    </message>
    <message>
        <source>Correct the value the server&apos;s message names and send again.</source>
        <translation>请改正服务端消息中指出的参数值，然后重新发送。</translation>
    </message>
    <message>
        <source>The server computed a different signature for this request.</source>
        <translation>服务端为这个请求算出的签名与本请求的签名不一致。</translation>
    </message>
    <message>
        <source>Check the AccessKey secret. If it is right, compare the server&apos;s string to sign shown below with the one this request signed: a difference there is an encoding problem, not a wrong secret.</source>
        <translation>请检查 AccessKey Secret。如果 Secret 无误，请把下方显示的服务端待签名字符串与本请求签名用的待签名字符串对比：两者不同说明是编码问题，而不是 Secret 错误。</translation>
    </message>
    <message>
        <source>The request lacked some of the signature fields.</source>
        <translation>请求缺少部分签名字段。</translation>
    </message>
    <message>
        <source>Make sure a complete AccessKey pair is configured. If a proxy sits between you and the endpoint, check that it passes all headers.</source>
        <translation>请确认已配置完整的 AccessKey（ID 和 Secret）。如果与服务接入点之间有代理，请检查它是否转发了所有请求头。</translation>
    </message>
    <message>
        <source>The AccessKey ID does not exist.</source>
        <translation>AccessKey ID 不存在。</translation>
    </message>
    <message>
        <source>Check the AccessKey ID of the selected profile, or create a new AccessKey in the RAM console.</source>
        <translation>请检查所选凭证配置的 AccessKey ID，或在 RAM 控制台创建新的 AccessKey。</translation>
    </message>
    <message>
        <source>The AccessKey is disabled.</source>
        <translation>该 AccessKey 已被禁用。</translation>
    </message>
    <message>
        <source>Enable the AccessKey in the RAM console, or use another one.</source>
        <translation>请在 RAM 控制台启用该 AccessKey，或改用其他 AccessKey。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock differs from the server&apos;s by more than 15 minutes.</source>
        <translation>本机时钟与服务端相差超过 15 分钟。</translation>
    </message>
    <message>
        <source>Set the system clock right (enable network time synchronisation) and send again.</source>
        <translation>请校准系统时钟（开启网络时间同步）后重新发送。</translation>
    </message>
    <message>
        <source>The request&apos;s time stamp was not understood.</source>
        <translation>服务端无法识别请求的时间戳。</translation>
    </message>
    <message>
        <source>Check the system clock and time zone settings and send again.</source>
        <translation>请检查系统时钟和时区设置后重新发送。</translation>
    </message>
    <message>
        <source>The STS security token has expired.</source>
        <translation>STS 安全令牌已过期。</translation>
    </message>
    <message>
        <source>Obtain new STS credentials (AssumeRole) and update the profile.</source>
        <translation>请重新获取 STS 凭证（AssumeRole），并更新凭证配置。</translation>
    </message>
    <message>
        <source>The STS security token does not belong to this AccessKey.</source>
        <translation>STS 安全令牌与该 AccessKey 不匹配。</translation>
    </message>
    <message>
        <source>Use the AccessKey ID, secret and token issued together by the same AssumeRole call.</source>
        <translation>请使用同一次 AssumeRole 调用一起返回的 AccessKey ID、AccessKey Secret 和安全令牌。</translation>
    </message>
    <message>
        <source>The RAM user is not allowed to call this action.</source>
        <translation>该 RAM 用户无权调用此操作。</translation>
    </message>
    <message>
        <source>Ask an administrator to grant vpc:CreateFlowLog (and vpc:DescribeFlowLogs) to this RAM user or role.</source>
        <translation>请让管理员为该 RAM 用户或 RAM 角色授予 vpc:CreateFlowLog（以及 vpc:DescribeFlowLogs）权限。</translation>
    </message>
    <message>
        <source>The region does not exist.</source>
        <translation>该地域不存在。</translation>
    </message>
    <message>
        <source>Choose a region from the list, or check the spelling of the region ID, such as cn-hangzhou.</source>
        <translation>请从列表中选择地域，或检查地域 ID 的拼写，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>Flow logs are not supported in this region or for this account.</source>
        <translation>该地域或该账号不支持流日志。</translation>
    </message>
    <message>
        <source>Choose a region that supports flow logs, or check that the flow log feature is activated for the account.</source>
        <translation>请选择支持流日志的地域，或确认该账号已开通流日志功能。</translation>
    </message>
    <message>
        <source>The VPC, vSwitch or network interface does not exist in this region.</source>
        <translation>该地域中不存在这个专有网络、交换机或弹性网卡。</translation>
    </message>
    <message>
        <source>Check the resource ID, its type and the selected region.</source>
        <translation>请检查资源 ID、资源类型和所选地域。</translation>
    </message>
    <message>
        <source>The flow-log quota is reached.</source>
        <translation>流日志数量已达配额上限。</translation>
    </message>
    <message>
        <source>Delete flow logs that are no longer needed, or request a higher quota in the Quota Center.</source>
        <translation>请删除不再需要的流日志，或在配额中心申请提高配额。</translation>
    </message>
    <message>
        <source>The server is limiting the request rate.</source>
        <translation>服务端正在限流。</translation>
    </message>
    <message>
        <source>Wait a moment and send again; lower the rate of batch runs.</source>
        <translation>请稍候再发送；批量创建时请降低调用频率。</translation>
    </message>
    <message>
        <source>This account sent more requests than its rate limit.</source>
        <translation>该账号的请求超过了限流阈值。</translation>
    </message>
    <message>
        <source>Wait a moment and send again; lower the rate of batch runs or of other tools using the same account.</source>
        <translation>请稍候再发送；请降低批量创建或同一账号下其他工具的调用频率。</translation>
    </message>
    <message>
        <source>This action is being called more often than allowed.</source>
        <translation>该操作的调用频率超过了允许的上限。</translation>
    </message>
    <message>
        <source>Another operation on the same resource is in progress.</source>
        <translation>同一资源上有其他操作正在进行。</translation>
    </message>
    <message>
        <source>Wait until the other operation ends, then send again.</source>
        <translation>请等其他操作结束后再发送。</translation>
    </message>
    <message>
        <source>A conflicting task is running on the resource.</source>
        <translation>该资源上正在运行有冲突的任务。</translation>
    </message>
    <message>
        <source>Wait until the other task ends, then send again.</source>
        <translation>请等该任务结束后再发送。</translation>
    </message>
    <message>
        <source>The resource is in a state that does not allow this now.</source>
        <translation>资源当前所处的状态不允许此操作。</translation>
    </message>
    <message>
        <source>Wait until the resource is available (for example, no longer being created or changed), then send again.</source>
        <translation>请等资源可用后（例如已创建或修改完成）再发送。</translation>
    </message>
    <message>
        <source>The previous request is still being processed.</source>
        <translation>上一个请求仍在处理中。</translation>
    </message>
    <message>
        <source>Wait a few seconds, then send again.</source>
        <translation>请等几秒后再发送。</translation>
    </message>
    <message>
        <source>The service is busy.</source>
        <translation>服务繁忙。</translation>
    </message>
    <message>
        <source>The server failed while handling the request.</source>
        <translation>服务端处理请求时出错。</translation>
    </message>
    <message>
        <source>Send again later. If it keeps failing, open a ticket quoting the request ID.</source>
        <translation>请稍后重新发送。如果一直失败，请提交工单并附上请求 ID。</translation>
    </message>
    <message>
        <source>The server failed with an unspecified error.</source>
        <translation>服务端发生未知错误。</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>服务暂时不可用。</translation>
    </message>
    <message>
        <source>Send again in a little while.</source>
        <translation>请过一会儿再发送。</translation>
    </message>
    <message>
        <source>The endpoint refused the connection; nothing was sent.</source>
        <translation>服务接入点拒绝了连接，请求未发出。</translation>
    </message>
    <message>
        <source>Check the endpoint address and port, and that no firewall blocks it.</source>
        <translation>请检查服务接入点的地址和端口，并确认没有被防火墙拦截。</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be resolved; nothing was sent.</source>
        <translation>无法解析服务接入点的主机名，请求未发出。</translation>
    </message>
    <message>
        <source>Check the endpoint address, the region and the DNS settings.</source>
        <translation>请检查服务接入点地址、地域和 DNS 设置。</translation>
    </message>
    <message>
        <source>The secure connection could not be set up; nothing was sent.</source>
        <translation>无法建立安全连接，请求未发出。</translation>
    </message>
    <message>
        <source>Check the system clock, the certificate store and any proxy that intercepts HTTPS.</source>
        <translation>请检查系统时钟、证书库，以及是否有代理拦截了 HTTPS。</translation>
    </message>
    <message>
        <source>No connection to the endpoint could be made in time; nothing was sent.</source>
        <translation>未能及时连上服务接入点，请求未发出。</translation>
    </message>
    <message>
        <source>Check the network connection, proxy and firewall, then send again.</source>
        <translation>请检查网络连接、代理和防火墙后重新发送。</translation>
    </message>
    <message>
        <source>The request was sent but no answer came in time. The server may have carried it out.</source>
        <translation>请求已发出，但没有及时收到应答。服务端可能已经执行了该请求。</translation>
    </message>
    <message>
        <source>Before sending again, look for the flow log (Describe, or the console) so as not to create it twice.</source>
        <translation>重新发送前，请先查找该流日志（用 Describe 或在控制台查看），以免重复创建。</translation>
    </message>
    <message>
        <source>The connection broke after the request was sent. The server may have carried it out.</source>
        <translation>请求发出后连接中断。服务端可能已经执行了该请求。</translation>
    </message>
    <message>
        <source>The answer was larger than allowed and was not read.</source>
        <translation>应答超过允许的大小，未读取。</translation>
    </message>
    <message>
        <source>Check that the endpoint really is an Alibaba Cloud API endpoint; for long lists, ask for smaller pages.</source>
        <translation>请确认服务接入点确实是阿里云 API 的服务接入点；查询较长的列表时，请减小每页条数。</translation>
    </message>
    <message>
        <source>The answer was not in a form the API uses.</source>
        <translation>应答的格式不是 API 使用的格式。</translation>
    </message>
    <message>
        <source>Check the endpoint address: a proxy or captive portal may have answered instead of the API. The start of the answer is shown below.</source>
        <translation>请检查服务接入点地址：可能是代理或网络认证页面代替 API 作了应答。下方显示应答的开头部分。</translation>
    </message>
    <message>
        <source>The network request failed.</source>
        <translation>网络请求失败。</translation>
    </message>
    <message>
        <source>Check the network connection and the endpoint, then send again.</source>
        <translation>请检查网络连接和服务接入点后重新发送。</translation>
    </message>
    <message>
        <source>The call was cancelled.</source>
        <translation>调用已取消。</translation>
    </message>
    <message>
        <source>Send again when ready.</source>
        <translation>准备好后请重新发送。</translation>
    </message>
    <message>
        <source>The server answered with error code %1.</source>
        <translation>服务端返回错误码 %1。</translation>
    </message>
    <message>
        <source>Look up the code %1 in the Alibaba Cloud error center.</source>
        <translation>请在阿里云错误中心查询错误码 %1。</translation>
    </message>
    <message>
        <source>See the server&apos;s diagnosis: %1</source>
        <translation>请查看服务端的诊断：%1</translation>
    </message>
    <message>
        <source>Whether the flow log was created could not be checked. Look for it (Describe, or the console) before sending again, so as not to create it twice.</source>
        <translation>无法确认流日志是否已创建。重新发送前请先查找（用 Describe 或在控制台查看），以免重复创建。</translation>
    </message>
    <message>
        <source>The server had already received this very request (same nonce). Every attempt is signed with a fresh nonce, so the request arrived twice, and the first copy may have been carried out.</source>
        <translation>服务端已经收到过完全相同的请求（随机数 (Nonce) 相同）。每次尝试都会用新的随机数签名，所以这是同一个请求到达了两次，第一次可能已经执行。</translation>
    </message>
    <message>
        <source>Look for the flow log (Describe, or the console) before sending again. If this repeats, something between you and the endpoint replays requests.</source>
        <translation>重新发送前请先查找该流日志（用 Describe 或在控制台查看）。如果反复出现，说明你与服务接入点之间有程序在重放请求。</translation>
    </message>
    <message>
        <source>Nothing was sent with these credentials. Correct the profile (Tools → Profiles, or the aliyun configuration) or choose another one, then create again.</source>
        <translation>未使用这些凭证发送任何请求。请更正该凭证配置（工具 → 凭证配置管理，或 aliyun 配置文件）或选择其他凭证配置，然后重新创建。</translation>
    </message>
    <message>
        <source>Traffic paths are not enabled for this account.</source>
        <translation>此账号未开通流量路径功能。</translation>
    </message>
    <message>
        <source>Leave the traffic path at its default, or ask Alibaba Cloud by ticket to enable the feature.</source>
        <translation>流量路径保持默认，或提交工单申请阿里云开通此功能。</translation>
    </message>
    <message>
        <source>A flow log on this resource, project and logstore exists with other settings; nothing was created.</source>
        <translation>此资源、项目和日志库上已有一个设置不同的流日志；未创建任何流日志。</translation>
    </message>
    <message>
        <source>Compare it with the request (flowlog-cli describe, or the console), then delete it or change the request and send again.</source>
        <translation>将它与请求对比（flowlog-cli describe 或控制台），然后删除它或修改请求，再重新发送。</translation>
    </message>
    <message>
        <source>The flow log %1 on this resource, project and logstore has other settings (%2): nothing was created. Delete it or change the request, then send again.</source>
        <translation>此资源、项目和日志库上的流日志 %1 设置不同（%2）：未创建任何流日志。请删除它或修改请求，然后重新发送。</translation>
    </message>
    <message>
        <source>The vSwitch is not in this account and region.</source>
        <translation>该账号在此地域中没有这个交换机。</translation>
    </message>
    <message>
        <source>Check the ID and the region; pick the vSwitch from the list of the region.</source>
        <translation>请检查 ID 和地域；可从该地域的列表中选择交换机。</translation>
    </message>
    <message>
        <source>The network interface is not in this account and region.</source>
        <translation>该账号在此地域中没有这个弹性网卡。</translation>
    </message>
    <message>
        <source>Check the ID and the region; pick the network interface from the list of the region.</source>
        <translation>请检查 ID 和地域；可从该地域的列表中选择弹性网卡。</translation>
    </message>
    <message>
        <source>Not permitted to list (%1): typed IDs still work. To see the list, ask an administrator to grant %2:%1 to this RAM user or role.</source>
        <translation>无权列出（%1）：手动输入的 ID 仍然可用。如需查看列表，请让管理员为该 RAM 用户或 RAM 角色授予 %2:%1 权限。</translation>
    </message>
    <message>
        <source>The flow log is busy with an earlier change (start, stop or delete) that has not finished yet.</source>
        <translation>该流日志正在执行之前的变更（启动、停止或删除），尚未完成。</translation>
    </message>
    <message>
        <source>Wait until its status stops changing, then try again in a minute.</source>
        <translation>请等它的状态稳定后，过一分钟再试。</translation>
    </message>
    <message>
        <source>The previous request on this flow log is still being processed.</source>
        <translation>对该流日志的上一个请求仍在处理中。</translation>
    </message>
    <message>
        <source>The flow log does not exist in this region: it may have been deleted.</source>
        <translation>该地域中不存在这个流日志：它可能已被删除。</translation>
    </message>
    <message>
        <source>Check the flow log ID and the selected region, and list the region&apos;s flow logs to find it.</source>
        <translation>请检查流日志 ID 和所选地域，并列出该地域的流日志来查找它。</translation>
    </message>
    <message>
        <source>The Log Service project is gone.</source>
        <translation>日志服务的项目（Project）已不存在。</translation>
    </message>
    <message>
        <source>Recreate it (same name, same region), or delete this flow log.</source>
        <translation>请重新创建它（同名、同地域），或删除这个流日志。</translation>
    </message>
    <message>
        <source>The logstore is unavailable.</source>
        <translation>日志库（Logstore）不可用。</translation>
    </message>
    <message>
        <source>Check that it exists and has not been deleted in Log Service.</source>
        <translation>请在日志服务中确认它存在且未被删除。</translation>
    </message>
    <message>
        <source>Delivery failed inside the service.</source>
        <translation>投递在服务内部失败。</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>请稍后再试。</translation>
    </message>
    <message>
        <source>Created from Log Service; start, stop, edit and delete it in the Log Service console.</source>
        <translation>该流日志是在日志服务中创建的；请在日志服务控制台中启动、停止、修改或删除它。</translation>
    </message>
    <message>
        <source>The account&apos;s flow-log quota is reached (vpc_quota_flowlog_inst_nums_per_user, 10 flow logs unless it was raised): every further create would be refused the same way.</source>
        <translation>账号的流日志配额已用完（vpc_quota_flowlog_inst_nums_per_user，未提升时为 10 个流日志）：之后的每次创建都会以同样的原因被拒绝。</translation>
    </message>
    <message>
        <source>Delete flow logs that are no longer needed, or raise the quota in the Quota Center (%1), then go on with the rows not created.</source>
        <translation>删除不再需要的流日志，或在配额中心（%1）提升配额，然后继续创建其余未创建的行。</translation>
    </message>
</context>
<context>
    <name>ExternalProcessProvider</name>
    <message>
        <source>it cannot be started</source>
        <translation>无法启动</translation>
    </message>
    <message numerus="yes">
        <source>it did not finish within %n second(s)</source>
        <translation>
            <numerusform>未在 %n 秒内结束</numerusform>
        </translation>
    </message>
    <message>
        <source>it exited with status %1</source>
        <translation>退出码为 %1</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The credential process of profile &quot;%1&quot; failed: %2. Its error output: %3
Run process_command (%4) in a terminal to see why, and correct it in the profile.</source>
        <translation>凭证配置「%1」的凭证进程失败：%2。其错误输出：%3
请在终端中运行 process_command（%4）查看原因，并在凭证配置中改正。</translation>
    </message>
    <message>
        <source>The credential process of profile &quot;%1&quot; printed no usable credentials. It must print {&quot;mode&quot;:&quot;AK&quot;,&quot;access_key_id&quot;:…,&quot;access_key_secret&quot;:…} or {&quot;mode&quot;:&quot;StsToken&quot;,…,&quot;sts_token&quot;:…} on its standard output; correct process_command.</source>
        <translation>凭证配置「%1」的凭证进程没有输出可用的凭证。它必须在标准输出中打印 {&quot;mode&quot;:&quot;AK&quot;,&quot;access_key_id&quot;:…,&quot;access_key_secret&quot;:…} 或 {&quot;mode&quot;:&quot;StsToken&quot;,…,&quot;sts_token&quot;:…}；请改正 process_command。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>资源 ID</translation>
    </message>
    <message>
        <source>Traffic type</source>
        <translation>采集流量类型</translation>
    </message>
    <message>
        <source>Log Service project</source>
        <translation>日志服务项目</translation>
    </message>
    <message>
        <source>Logstore</source>
        <translation>日志库</translation>
    </message>
    <message>
        <source>Flow log name</source>
        <translation>流日志名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Sampling interval (minutes)</source>
        <translation>采样间隔（分钟）</translation>
    </message>
    <message>
        <source>Traffic path</source>
        <translation>流量路径</translation>
    </message>
    <message>
        <source>IP version</source>
        <translation>IP 版本</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>资源组</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>FindingLabel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FlowLogActionCommand</name>
    <message>
        <source>This command needs --region (or a profile with a region_id).</source>
        <translation>此命令需要 --region（或带有 region_id 的凭证配置）。</translation>
    </message>
    <message>
        <source>No endpoint is known for region &quot;%1&quot;: pass --endpoint.</source>
        <translation>不知道地域“%1”的接入地址：请用 --endpoint 指定。</translation>
    </message>
    <message>
        <source>The actions are not recorded in the history: %1</source>
        <translation>这些操作未记录到历史记录：%1</translation>
    </message>
    <message>
        <source>The action is not recorded in the history: %1</source>
        <translation>该操作未记录到历史记录：%1</translation>
    </message>
    <message>
        <source>%1: busy with another change (%2); trying again in %3 ms…</source>
        <translation>%1：正在执行另一项变更（%2）；%3 毫秒后重试……</translation>
    </message>
    <message>
        <source>%1: the answer was lost; reading the flow log&apos;s status before sending again…</source>
        <translation>%1：应答丢失；重新发送前先查询流日志的状态……</translation>
    </message>
    <message>
        <source>The outcome is not recorded in the history: %1</source>
        <translation>结果未记录到历史记录：%1</translation>
    </message>
    <message>
        <source>%1: already gone.</source>
        <translation>%1：已不存在。</translation>
    </message>
    <message>
        <source>%1: deleted.</source>
        <translation>%1：已删除。</translation>
    </message>
    <message>
        <source>%1: already %2.</source>
        <translation>%1：已是%2。</translation>
    </message>
    <message>
        <source>%1: modified.</source>
        <translation>%1：已修改。</translation>
    </message>
    <message>
        <source>%1: started (%2).</source>
        <translation>%1：已启动（%2）。</translation>
    </message>
    <message>
        <source>%1: stopped (%2).</source>
        <translation>%1：已停止（%2）。</translation>
    </message>
    <message>
        <source>%1: cancelled, nothing was sent.</source>
        <translation>%1：已取消，未发送任何请求。</translation>
    </message>
    <message>
        <source>%1: sent, but it did not settle before the wait ended (last status %2): the outcome is unknown.</source>
        <translation>%1：已发送，但等待结束时状态仍未稳定（最后状态 %2）：结果未知。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>FlowLogActionRunner</name>
    <message>
        <source>The history is not available: this action is not recorded.</source>
        <translation>历史记录不可用：此操作不会被记录。</translation>
    </message>
    <message>
        <source>This action could not be recorded in the history: %1</source>
        <translation>此操作无法记录到历史记录：%1</translation>
    </message>
    <message>
        <source>The outcome could not be recorded in the history: %1</source>
        <translation>结果无法记录到历史记录：%1</translation>
    </message>
</context>
<context>
    <name>FlowLogActions</name>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Modify</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>FlowLogEditDialog</name>
    <message>
        <source>Edit flow log %1</source>
        <translation>修改流日志 %1</translation>
    </message>
    <message>
        <source>The resource, traffic type, project and logstore of a flow log cannot be changed: create a new flow log for those.</source>
        <translation>流日志的资源、流量类型、项目和日志库不能修改：如需更改，请新建一个流日志。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>KEY=VALUE; KEY2=VALUE2</source>
        <translation>键=值; 键2=值2</translation>
    </message>
    <message>
        <source>Tags separated by &apos;;&apos;. A tag taken out of this list is removed from the flow log.</source>
        <translation>标签之间用“;”分隔。从列表中去掉的标签会从流日志上删除。</translation>
    </message>
    <message>
        <source>rg-… (leave as it is to keep the group)</source>
        <translation>rg-…（保持不变则不移动资源组）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>FlowLogForm</name>
    <message>
        <source>Resource &amp;type:</source>
        <translation>资源类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Resource &amp;ID:</source>
        <translation>资源 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>T&amp;raffic type:</source>
        <translation>采集流量类型(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Logstore:</source>
        <translation>日志库(&amp;L)：</translation>
    </message>
    <message>
        <source>Flow log &amp;name:</source>
        <translation>流日志名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>资源 ID</translation>
    </message>
    <message>
        <source>Traffic type</source>
        <translation>采集流量类型</translation>
    </message>
    <message>
        <source>Log Service project</source>
        <translation>日志服务项目</translation>
    </message>
    <message>
        <source>Logstore</source>
        <translation>日志库</translation>
    </message>
    <message>
        <source>Flow log name</source>
        <translation>流日志名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Log Service project that stores the flow log</source>
        <translation>存放流日志的日志服务项目 (Project)</translation>
    </message>
    <message>
        <source>Logstore in that project</source>
        <translation>该项目中的日志库 (Logstore)</translation>
    </message>
    <message>
        <source>Optional, 2–128 characters</source>
        <translation>可选，2–128 个字符</translation>
    </message>
    <message>
        <source>Optional, 2–256 characters, one line</source>
        <translation>可选，2–256 个字符，单行</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>label (API value)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>characters used/maximum</comment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 of at most %2 characters</source>
        <translation>已用 %1 个字符，最多 %2 个</translation>
    </message>
</context>
<context>
    <name>FlowLogOperation</name>
    <message>
        <source>A flow log is created with CreateFlowLog, not as an operation on an existing one.</source>
        <translation>流日志通过 CreateFlowLog 创建，而不是对已有流日志的操作。</translation>
    </message>
</context>
<context>
    <name>FlowLogStatuses</name>
    <message>
        <source>Active</source>
        <translation>已激活 (Active)</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>未激活 (Inactive)</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>激活中 (Activating)</translation>
    </message>
    <message>
        <source>Deactivating</source>
        <translation>停止中 (Deactivating)</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中 (Deleting)</translation>
    </message>
</context>
<context>
    <name>FlowLogTableModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Delivering</source>
        <translation>投递正常</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Flow log ID</source>
        <translation>流日志 ID</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>Project / logstore</source>
        <translation>项目 / 日志库</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>采样间隔</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>IP version</source>
        <translation>IP 版本</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>资源组</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>FlowLogsView</name>
    <message>
        <source>Starting…</source>
        <translation>正在启动……</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止……</translation>
    </message>
    <message>
        <source>Saving changes…</source>
        <translation>正在保存修改……</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>正在删除……</translation>
    </message>
    <message>
        <source>was already active</source>
        <translation>原本就已激活</translation>
    </message>
    <message>
        <source>started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>was already stopped</source>
        <translation>原本就已停止</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>changes saved</source>
        <translation>修改已保存</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>cancelled before it was sent</source>
        <translation>发送前已取消</translation>
    </message>
    <message>
        <source>sent, but still %1 when the wait ended: Refresh shows where it is now</source>
        <translation>已发送，但等待结束时仍为%1：点“刷新”查看当前状态</translation>
    </message>
    <message>
        <source>outcome unknown: %1</source>
        <translation>结果未知：%1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — on %2 %3, writing to %4 / %5</source>
        <translation>%1 —— 位于 %2 %3，写入 %4 / %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n flow log(s)?</source>
        <translation>
            <numerusform>删除 %n 个流日志？</numerusform>
        </translation>
    </message>
    <message>
        <source>Traffic stops being recorded, and the flow log cannot be restored. The logstore keeps the records written so far, and Log Service keeps charging for them until the logstore is deleted there.</source>
        <translation>流量将不再被记录，流日志删除后无法恢复。日志库会保留已写入的记录，日志服务会继续为这些数据计费，直到在日志服务中删除该日志库。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n flow log(s) did not succeed: see their rows.</source>
        <translation>
            <numerusform>%n 个流日志中有 %1 个未成功：请查看它们所在的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n flow log(s).</source>
        <translation>
            <numerusform>完成：%n 个流日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sandbox&apos;s projects exist only in the local emulator</source>
        <translation>沙箱的项目只存在于本地模拟器中</translation>
    </message>
    <message>
        <source>The logstore&apos;s page in the Log Service console, in your browser</source>
        <translation>在浏览器中打开日志服务控制台中该日志库的页面</translation>
    </message>
    <message numerus="yes">
        <source>%n flow log(s)</source>
        <translation>
            <numerusform>%n 个流日志</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing to deliver</source>
        <translation>
            <numerusform>%n 个投递失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changing</source>
        <translation>
            <numerusform>%n 个状态变更中</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a region in the top bar.</source>
        <translation>请在顶栏中选择地域。</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 of %n flow log(s) done</source>
        <translation>
            <numerusform>%1 已完成 %2 / %n 个流日志</numerusform>
        </translation>
    </message>
    <message>
        <source>Listing the flow logs of %1…</source>
        <translation>正在列出 %1 的流日志……</translation>
    </message>
    <message>
        <source>The flow logs could not be listed: %1</source>
        <translation>无法列出流日志：%1</translation>
    </message>
    <message>
        <source>Listed at %1.</source>
        <translation>列出于 %1。</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Stop listing</source>
        <translation>停止列出</translation>
    </message>
    <message>
        <source>List the region&apos;s flow logs again</source>
        <translation>重新列出该地域的流日志</translation>
    </message>
    <message>
        <source>Delivery failed.</source>
        <translation>投递失败。</translation>
    </message>
    <message>
        <source>Filter by name, ID, resource, project, logstore, status or tag</source>
        <translation>按名称、ID、资源、项目、日志库、状态或标签筛选</translation>
    </message>
    <message>
        <source>Filter the flow logs</source>
        <translation>筛选流日志</translation>
    </message>
    <message>
        <source>Every flow log</source>
        <translation>全部流日志</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Changing</source>
        <translation>状态变更中</translation>
    </message>
    <message>
        <source>Failing to deliver</source>
        <translation>投递失败</translation>
    </message>
    <message>
        <source>Show only these flow logs</source>
        <translation>只显示这些流日志</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>启动(&amp;T)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>Copy flow log ID</source>
        <translation>复制流日志 ID</translation>
    </message>
    <message>
        <source>Show in history</source>
        <translation>在历史记录中显示</translation>
    </message>
    <message>
        <source>Open in Log Service console</source>
        <translation>在日志服务控制台中打开</translation>
    </message>
    <message>
        <source>The region&apos;s flow logs</source>
        <translation>该地域的流日志</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>The history is empty (%1).</source>
        <translation>历史记录为空（%1）。</translation>
    </message>
    <message>
        <source>#%1  %2  %3  %4  %5 %6 %7  %8</source>
        <translation>#%1  %2  %3  %4  %5 %6 %7  %8</translation>
    </message>
</context>
<context>
    <name>HistoryDetailsDialog</name>
    <message>
        <source>History entry %1</source>
        <translation>历史记录 %1</translation>
    </message>
    <message>
        <source>Re&amp;sponse of the last attempt:</source>
        <translation>最后一次尝试的应答(&amp;S)：</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>No response was received.</source>
        <translation>未收到应答。</translation>
    </message>
    <message>
        <source>&amp;Request as signed and sent (the AccessKey secret is never recorded; a security token is masked):</source>
        <translation>签名并发出的请求（从不记录 AccessKey Secret；安全令牌已遮盖）(&amp;R)：</translation>
    </message>
    <message>
        <source>This retry settled the unknown outcome of %1.</source>
        <translation>这次重试确认了 %1 的未知结果。</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>结果确认</translation>
    </message>
</context>
<context>
    <name>HistoryEntry</name>
    <message>
        <source>Created: retry #%1 found the flow log %2 that this attempt had created (%3).</source>
        <translation>已创建：重试 #%1 找到了这次请求创建的流日志 %2（%3）。</translation>
    </message>
    <message>
        <source>Created: a lookup found the flow log %1 that this attempt had created (%2).</source>
        <translation>已创建：查找发现了这次请求创建的流日志 %1（%2）。</translation>
    </message>
    <message>
        <source>Not created: retry #%1 found no such flow log before it sent anything (%2).</source>
        <translation>未创建：重试 #%1 在发送之前没有找到这样的流日志（%2）。</translation>
    </message>
    <message>
        <source>Not created: a lookup found no flow log that this attempt could have created (%1).</source>
        <translation>未创建：查找没有发现这次请求可能创建的流日志（%1）。</translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>HistoryFields</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>凭证配置</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Resource type</source>
        <translation>资源类型</translation>
    </message>
    <message>
        <source>Resource ID</source>
        <translation>资源 ID</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>采集流量类型</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Logstore</source>
        <translation>日志库</translation>
    </message>
    <message>
        <source>Flow log name</source>
        <translation>流日志名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Flow log ID</source>
        <translation>流日志 ID</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>错误信息</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <source>Flow log status</source>
        <translation>流日志状态</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>服务接入点</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Signature version</source>
        <translation>签名版本</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>确认来源</translation>
    </message>
    <message>
        <source>Resolved at</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Sampling interval (min)</source>
        <translation>采样间隔（分钟）</translation>
    </message>
    <message>
        <source>Traffic path</source>
        <translation>流量路径</translation>
    </message>
    <message>
        <source>IP version</source>
        <translation>IP 版本</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>资源组</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
</context>
<context>
    <name>HistoryMessageLine</name>
    <message>
        <source>Check &amp;with:</source>
        <translation>改用(&amp;W)：</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Ask DescribeFlowLogs with this profile&apos;s credentials; the row keeps the profile that wrote it</source>
        <translation>用这个凭证配置的凭证调用 DescribeFlowLogs；这一行仍记录写入它的凭证配置</translation>
    </message>
    <message>
        <source>Profile to check with</source>
        <translation>用于查询的凭证配置</translation>
    </message>
</context>
<context>
    <name>HistoryRows</name>
    <message>
        <source>10 (default)</source>
        <translation>10（默认）</translation>
    </message>
    <message>
        <source>all (default)</source>
        <translation>all（默认）</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot create the folder %1 for the history.</source>
        <translation>无法创建存放历史记录的文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the history file %1: %2</source>
        <translation>无法打开历史记录文件 %1：%2</translation>
    </message>
    <message>
        <source>The history file %1 cannot use write-ahead logging.</source>
        <translation>历史记录文件 %1 无法使用预写日志 (WAL) 模式。</translation>
    </message>
    <message>
        <source>The history file %1 was written by a newer version of FlowLog Studio (schema %2; this version reads up to %3).</source>
        <translation>历史记录文件 %1 由更新版本的 FlowLog Studio 写入（结构版本 %2；本版本最高只能读取 %3）。</translation>
    </message>
    <message>
        <source>History entry %1 does not exist.</source>
        <translation>历史记录 %1 不存在。</translation>
    </message>
    <message>
        <source>The history is not open.</source>
        <translation>历史记录未打开。</translation>
    </message>
    <message>
        <source>The history file %1 cannot be used: %2</source>
        <translation>历史记录文件 %1 无法使用：%2</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown (check before retrying)</source>
        <translation>未知（重试前请先查找）</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>When the attempt started, in this computer&apos;s local time (now UTC%1). Exports write the same time in ISO 8601 with its UTC offset.</source>
        <translation>请求开始的时间，按本机的本地时间显示（当前为 UTC%1）。导出时写入同一时间，采用带 UTC 偏移的 ISO 8601 格式。</translation>
    </message>
    <message>
        <source>Succeeded (found later)</source>
        <translation>成功（事后确认）</translation>
    </message>
    <message>
        <source>Not created (checked later)</source>
        <translation>未创建（事后确认）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not sent yet (batch interrupted)</source>
        <translation>尚未发送（批次被中断）</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete history entries</source>
        <translation>删除历史记录</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(s) from the history? Flow logs in the cloud are not affected.</source>
        <translation>
            <numerusform>要从历史记录中删除这 %n 条记录吗？云上的流日志不受影响。</numerusform>
        </translation>
    </message>
    <message>
        <source>This entry is no longer in the history.</source>
        <translation>历史记录中已没有这条记录。</translation>
    </message>
    <message>
        <source>Search every column (words separated by spaces)</source>
        <translation>在所有列中搜索（多个词用空格分隔）</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>搜索历史记录</translation>
    </message>
    <message>
        <source>Copy flow log ID</source>
        <translation>复制流日志 ID</translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <source>Fill form</source>
        <translation>填入表单</translation>
    </message>
    <message>
        <source>Put this entry&apos;s parameters into the form</source>
        <translation>把这条记录的参数填入表单</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Check status</source>
        <translation>查询状态</translation>
    </message>
    <message>
        <source>Ask DescribeFlowLogs for the flow log&apos;s status now</source>
        <translation>立即用 DescribeFlowLogs 查询流日志的状态</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>Export selected rows…</source>
        <translation>导出所选行…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export every row shown to CSV or JSON</source>
        <translation>把显示的所有行导出为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>History of attempts</source>
        <translation>尝试历史记录</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 行（共 %2 行）</translation>
    </message>
    <message>
        <source>%1 (loading older rows…)</source>
        <translation>%1（正在加载更早的记录…）</translation>
    </message>
    <message>
        <source>This attempt created no flow log, so it has no status to check.</source>
        <translation>这次尝试没有创建流日志，因此没有状态可查。</translation>
    </message>
    <message>
        <source>Checking the status of %1…</source>
        <translation>正在查询 %1 的状态…</translation>
    </message>
    <message>
        <source>CSV for Excel and other tools (*.csv)</source>
        <translation>CSV，供 Excel 等工具使用 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>Flow log %1 is now %2.</source>
        <translation>流日志 %1 现在的状态是 %2。</translation>
    </message>
    <message>
        <source>Send this entry&apos;s request again. If its outcome is unknown, the flow log it may have created is looked for first.</source>
        <translation>重新发送这条记录的请求。结果未知时，会先查找它可能已创建的流日志。</translation>
    </message>
    <message>
        <source>Whether this attempt created a flow log is unknown. Retry looks for it first and creates one only if there is none.</source>
        <translation>无法确定这次请求是否创建了流日志。「重试」会先查找它，只有找不到时才会创建。</translation>
    </message>
    <message>
        <source>The status cannot be checked: the history is not open.</source>
        <translation>无法查询状态：历史记录未打开。</translation>
    </message>
    <message>
        <source>Flow log %1 is now %2 (checked %3).</source>
        <translation>流日志 %1 现在的状态是 %2（查询于 %3）。</translation>
    </message>
    <message>
        <source>Flow log %1 is still %2 (checked %3).</source>
        <translation>流日志 %1 的状态仍是 %2（查询于 %3）。</translation>
    </message>
    <message>
        <source>The status of %1 cannot be checked as “%2”: %3 Choose a profile to check it with.</source>
        <translation>无法以“%2”查询 %1 的状态：%3请选择用于查询的凭证配置。</translation>
    </message>
    <message>
        <source>The status of %1 cannot be checked as “%2”: %3 Add a profile (Tools › Add profile…) to check it with.</source>
        <translation>无法以“%2”查询 %1 的状态：%3请先添加一个凭证配置（工具 › 添加凭证配置…）再查询。</translation>
    </message>
    <message>
        <source>Checking the status of %1 as “%2”…</source>
        <translation>正在以“%2”查询 %1 的状态…</translation>
    </message>
    <message>
        <source>Show in Flow logs</source>
        <translation>在“流日志”中显示</translation>
    </message>
    <message>
        <source>Select this flow log in the Flow logs tab</source>
        <translation>在“流日志”标签页中选中这个流日志</translation>
    </message>
</context>
<context>
    <name>JobBuilder</name>
    <message>
        <source>The local sandbox is not running.</source>
        <translation>本地沙箱未运行。</translation>
    </message>
    <message>
        <source>Choose a region to see where the request goes.</source>
        <translation>请选择地域，以查看请求将发往何处。</translation>
    </message>
    <message>
        <source>No endpoint for the region “%1”.</source>
        <translation>地域「%1」没有服务接入点。</translation>
    </message>
    <message>
        <source>Endpoint of this profile (Tools → Profiles): %1</source>
        <translation>此凭证配置的服务接入点（工具 → 凭证配置）：%1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The history could not be opened: %1</source>
        <translation>无法打开历史记录：%1</translation>
    </message>
    <message>
        <source>Not sent: correct the errors marked in the form first.</source>
        <translation>未发送：请先改正表单中标出的错误。</translation>
    </message>
    <message>
        <source>About FlowLog Studio</source>
        <translation>关于 FlowLog Studio</translation>
    </message>
    <message>
        <source>FlowLog Studio %1
Creates Alibaba Cloud VPC flow logs (CreateFlowLog, API version 2016-04-28).</source>
        <translation>FlowLog Studio（流日志工作台）%1
创建阿里云专有网络 VPC 的流日志（CreateFlowLog，API 版本 2016-04-28）。</translation>
    </message>
    <message>
        <source>FlowLog Studio</source>
        <translation>FlowLog Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Create flow log</source>
        <translation>创建流日志(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Preview request…</source>
        <translation>预览请求(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About FlowLog Studio</source>
        <translation>关于 FlowLog Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Pre&amp;view request…</source>
        <translation>预览请求(&amp;V)…</translation>
    </message>
    <message>
        <source>C&amp;reate flow log</source>
        <translation>创建流日志(&amp;R)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox — nothing is created in the cloud.&lt;/b&gt; Requests go to the local emulator built into this app, signed with the sandbox AccessKey. Choose another profile to create real flow logs.</source>
        <translation>&lt;b&gt;沙箱——不会在云上创建任何资源。&lt;/b&gt;请求发往本应用内置的本地模拟器，并用沙箱 AccessKey 签名。要创建真实的流日志，请选择其他凭证配置。</translation>
    </message>
    <message>
        <source>Sandbox — nothing is created in the cloud</source>
        <translation>沙箱——不会在云上创建任何资源</translation>
    </message>
    <message>
        <source>A request is being sent</source>
        <translation>正在发送请求</translation>
    </message>
    <message>
        <source>Create the flow log (Ctrl+Enter)</source>
        <translation>创建流日志 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Create flow log</source>
        <translation>创建流日志</translation>
    </message>
    <message>
        <source>Profile: %1
Region: %2
Endpoint: %3</source>
        <translation>凭证配置：%1
地域：%2
服务接入点：%3</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Choose a profile first.</source>
        <translation>请先选择凭证配置。</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Add &amp;profile…</source>
        <translation>添加凭证配置(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>The history could not be opened.</source>
        <translation>无法打开历史记录。</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>系统钥匙串不可用</translation>
    </message>
    <message>
        <source>Secrets of your own profiles are kept for this run only.</source>
        <translation>自建凭证配置的 AccessKey Secret 只在本次运行期间有效。</translation>
    </message>
    <message>
        <source>No keychain: secrets are kept for this run only.</source>
        <translation>没有系统钥匙串：AccessKey Secret 只在本次运行期间有效。</translation>
    </message>
    <message>
        <source>New flow log</source>
        <translation>新建流日志</translation>
    </message>
    <message>
        <source>This attempt already created flow log %1.</source>
        <translation>这次请求已经创建了流日志 %1。</translation>
    </message>
    <message>
        <source>Create another flow log with the same parameters?</source>
        <translation>要用相同的参数再创建一个流日志吗？</translation>
    </message>
    <message>
        <source>Create another</source>
        <translation>再创建一个</translation>
    </message>
    <message>
        <source>Cannot create yet:</source>
        <translation>暂时无法创建：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Create this flow log in the local emulator at %1?</source>
        <translation>在本机模拟器（%1）中创建此流日志？</translation>
    </message>
    <message>
        <source>Create this flow log in Alibaba Cloud (%1)?</source>
        <translation>在阿里云（%1）中创建此流日志？</translation>
    </message>
    <message>
        <source>Show what would be sent, and copy it as an aliyun CLI or a flowlog-cli command</source>
        <translation>显示将要发送的内容，并可复制为 aliyun CLI 或 flowlog-cli 命令</translation>
    </message>
    <message>
        <source>P&amp;rofiles…</source>
        <translation>凭证配置管理(&amp;R)…</translation>
    </message>
    <message>
        <source>Role assumed: %1</source>
        <translation>扮演的角色：%1</translation>
    </message>
    <message>
        <source>Not sent: the chosen profile cannot be used. Choose another one.</source>
        <translation>未发送：所选凭证配置无法使用。请选择其他凭证配置。</translation>
    </message>
    <message>
        <source>The resources of %1 could not be listed: %2</source>
        <translation>无法列出 %1 的资源：%2</translation>
    </message>
    <message numerus="yes">
        <source>The form is filled for %1; after it is created, the next of %n more VPC(s) follows.</source>
        <translation>
            <numerusform>已为 %1 填好表单；创建之后，将接着填写剩余 %n 个专有网络中的下一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The form is filled for %1: check the project and logstore, then create.</source>
        <translation>已为 %1 填好表单：请检查项目和日志库，然后创建。</translation>
    </message>
    <message>
        <source>Create a flow log</source>
        <translation>创建流日志</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Which VPCs have an active VPC-level flow log of all traffic</source>
        <translation>哪些专有网络有已激活、采集全部流量的专有网络级流日志</translation>
    </message>
    <message>
        <source>Flow logs</source>
        <translation>流日志</translation>
    </message>
    <message>
        <source>The region&apos;s flow logs: start, stop, edit and delete them</source>
        <translation>该地域的流日志：启动、停止、修改和删除</translation>
    </message>
    <message>
        <source>&amp;Batch create…</source>
        <translation>批量创建(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>继续(&amp;R)…</translation>
    </message>
    <message>
        <source>A batch was cut short before every row was sent (%1). Resume it: rows not sent are sent, and each unknown one is looked for before it is created again.</source>
        <translation>有一批在全部行发送之前被中断了（%1）。继续它：未发送的行会被发送，每个结果未知的行会在重新创建之前先被查找。</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>尚未发送</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>Flow log %1 found: an earlier attempt had created it</source>
        <translation>已找到流日志 %1：之前的一次尝试已创建了它</translation>
    </message>
    <message>
        <source>Flow log %1 created</source>
        <translation>已创建流日志 %1</translation>
    </message>
    <message>
        <source>Outcome unknown: the flow log may have been created</source>
        <translation>结果未知：流日志可能已经创建</translation>
    </message>
    <message>
        <source>Cancelled before anything was created</source>
        <translation>已取消，未创建任何流日志</translation>
    </message>
    <message>
        <source>The flow log was not created</source>
        <translation>流日志未创建</translation>
    </message>
    <message>
        <source>The flow log was not created: %1</source>
        <translation>流日志未创建：%1</translation>
    </message>
    <message>
        <source>Not sent: the profile&apos;s credentials could not be had</source>
        <translation>未发送：无法获取该凭证配置的凭证</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Sandbox (local emulator)</source>
        <translation>沙箱（本地模拟器）</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>aliyun CLI: %1</source>
        <translation>aliyun CLI：%1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Enter the AccessKey ID.</source>
        <translation>请填写 AccessKey ID。</translation>
    </message>
    <message>
        <source>Enter the AccessKey secret.</source>
        <translation>请填写 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>添加凭证配置</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;ID:</source>
        <translation>AccessKey ID(&amp;I)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;secret:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>默认地域(&amp;R)：</translation>
    </message>
    <message>
        <source>No keychain is available: the secret is kept in memory until FlowLog Studio closes.</source>
        <translation>没有可用的系统钥匙串：AccessKey Secret 只在 FlowLog Studio 关闭前保存在内存中。</translation>
    </message>
    <message>
        <source>The secret is stored in the system keychain, never in a file of FlowLog Studio.</source>
        <translation>AccessKey Secret 保存在系统钥匙串中，绝不会写入 FlowLog Studio 的任何文件。</translation>
    </message>
    <message>
        <source>Enter the security token (STS token) that came with the temporary AccessKey.</source>
        <translation>请输入与临时 AccessKey 一起获得的安全令牌（STS Token）。</translation>
    </message>
    <message>
        <source>Enter the ARN of the RAM role to assume, e.g. acs:ram::123456789012****:role/flowlog-operator.</source>
        <translation>请输入要扮演的 RAM 角色的 ARN，例如 acs:ram::123456789012****:role/flowlog-operator。</translation>
    </message>
    <message>
        <source>A role ARN reads acs:ram::&lt;account ID&gt;:role/&lt;role name&gt;: copy it from the role&apos;s page in the RAM console.</source>
        <translation>角色 ARN 的格式为 acs:ram::&lt;账号ID&gt;:role/&lt;角色名称&gt;：请从 RAM 控制台的角色详情页复制。</translation>
    </message>
    <message>
        <source>The session name needs 2 to 64 letters, digits or the characters . @ _ -; it shows in the ActionTrail records of the calls made with the role.</source>
        <translation>会话名称须为 2–64 个字母、数字或字符 . @ _ -；它会出现在以该角色发起的调用的操作审计（ActionTrail）记录中。</translation>
    </message>
    <message>
        <source>The external ID needs 2 to 1224 letters, digits or the characters + = , . @ : / - _ as the role&apos;s trust policy names it; leave it empty when the policy asks for none.</source>
        <translation>外部 ID 须为 2–1224 个字母、数字或字符 + = , . @ : / - _，与角色信任策略中的一致；信任策略未要求时请留空。</translation>
    </message>
    <message>
        <source>All products</source>
        <translation>所有产品</translation>
    </message>
    <message>
        <source>VPC</source>
        <translation>专有网络 VPC</translation>
    </message>
    <message>
        <source>ECS</source>
        <translation>云服务器 ECS</translation>
    </message>
    <message>
        <source>STS</source>
        <translation>STS</translation>
    </message>
    <message>
        <source>Log Service</source>
        <translation>日志服务</translation>
    </message>
    <message>
        <source>Endpoint for %1: %2</source>
        <comment>product name, what is wrong</comment>
        <translation>%1 的服务接入点：%2</translation>
    </message>
    <message>
        <source>Edit profile %1</source>
        <translation>编辑凭证配置 %1</translation>
    </message>
    <message>
        <source>Duplicate profile %1</source>
        <translation>复制凭证配置 %1</translation>
    </message>
    <message>
        <source>Endpoints of %1</source>
        <translation>%1 的服务接入点</translation>
    </message>
    <message>
        <source>AccessKey (AK)</source>
        <translation>AccessKey（AK）</translation>
    </message>
    <message>
        <source>Temporary AccessKey with STS token (StsToken)</source>
        <translation>临时 AccessKey 与 STS Token（StsToken）</translation>
    </message>
    <message>
        <source>Assume a RAM role (RamRoleArn)</source>
        <translation>扮演 RAM 角色（RamRoleArn）</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation>安全令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Role &amp;ARN:</source>
        <translation>角色 ARN(&amp;A)：</translation>
    </message>
    <message>
        <source>Session na&amp;me:</source>
        <translation>会话名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>有效期(&amp;D)：</translation>
    </message>
    <message>
        <source>E&amp;xternal ID:</source>
        <translation>外部 ID(&amp;X)：</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How long the role&apos;s temporary credentials last (900 s to the role&apos;s maximum session duration); they are renewed before they expire.</source>
        <translation>角色临时凭证的有效期（900 秒至角色的最大会话时间）；凭证会在过期前自动续期。</translation>
    </message>
    <message>
        <source>Only when the role&apos;s trust policy requires one</source>
        <translation>仅当角色的信任策略要求时填写</translation>
    </message>
    <message>
        <source>acs:ram::&lt;account ID&gt;:role/&lt;role name&gt;</source>
        <translation>acs:ram::&lt;账号ID&gt;:role/&lt;角色名称&gt;</translation>
    </message>
    <message>
        <source>Saved — leave empty to keep it</source>
        <translation>已保存——留空则保持不变</translation>
    </message>
    <message>
        <source>The credentials of this profile are read from where they are kept (the aliyun CLI&apos;s configuration or the environment) and are not changed here. FlowLog Studio keeps only where the profile&apos;s calls go.</source>
        <translation>此凭证配置的凭证从其保存位置（aliyun CLI 的配置或环境变量）读取，不在此处修改。流日志工作台只保存该凭证配置的调用发往何处。</translation>
    </message>
    <message>
        <source>Endpoints (optional)</source>
        <translation>服务接入点（可选）</translation>
    </message>
    <message>
        <source>All products:</source>
        <translation>所有产品：</translation>
    </message>
    <message>
        <source>VPC:</source>
        <translation>专有网络 VPC：</translation>
    </message>
    <message>
        <source>ECS:</source>
        <translation>云服务器 ECS：</translation>
    </message>
    <message>
        <source>STS:</source>
        <translation>STS：</translation>
    </message>
    <message>
        <source>Log Service:</source>
        <translation>日志服务：</translation>
    </message>
    <message>
        <source>Endpoint for %1</source>
        <comment>product name</comment>
        <translation>%1 的服务接入点</translation>
    </message>
    <message>
        <source>An emulator or gateway that serves every product, e.g. http://127.0.0.1:8080</source>
        <translation>服务所有产品的模拟器或网关，例如 http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>Empty: https://vpc.&lt;region&gt;.aliyuncs.com</source>
        <translation>留空：https://vpc.&lt;地域&gt;.aliyuncs.com</translation>
    </message>
    <message>
        <source>Empty: https://ecs.&lt;region&gt;.aliyuncs.com</source>
        <translation>留空：https://ecs.&lt;地域&gt;.aliyuncs.com</translation>
    </message>
    <message>
        <source>Empty: https://sts.&lt;region&gt;.aliyuncs.com</source>
        <translation>留空：https://sts.&lt;地域&gt;.aliyuncs.com</translation>
    </message>
    <message>
        <source>Empty: https://&lt;region&gt;.log.aliyuncs.com</source>
        <translation>留空：https://&lt;地域&gt;.log.aliyuncs.com</translation>
    </message>
    <message>
        <source>Plain http:// is accepted only for this computer (127.0.0.1, ::1, localhost), where an emulator runs.</source>
        <translation>仅本机（127.0.0.1、::1、localhost，即模拟器运行之处）可使用不加密的 http://。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The profile is saved, but the system keychain could not take its secret: it is kept in memory until FlowLog Studio closes, and the profile is marked &quot;secret for this run only&quot;. Install or unlock a keychain (a Secret Service such as GNOME Keyring or KWallet) and edit the profile to store it for good.</source>
        <translation>凭证配置已保存，但系统钥匙串无法保存其密钥：密钥仅保存在内存中，直到流日志工作台关闭，该凭证配置标记为“密钥仅限本次运行”。请安装或解锁钥匙串（GNOME Keyring、KWallet 等 Secret Service），再编辑该凭证配置以永久保存密钥。</translation>
    </message>
</context>
<context>
    <name>ProfileManager</name>
    <message>
        <source>The profile &quot;%1&quot; no longer exists. Choose another one.</source>
        <translation>凭证配置「%1」已不存在，请另选一个。</translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation>请填写凭证配置名称。</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter or digit.</source>
        <translation>名称最多 64 个字符，只能使用字母、数字、「.」「_」「-」，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>已有名为「%1」的凭证配置。</translation>
    </message>
    <message>
        <source>this build has no keychain support</source>
        <translation>此版本不支持系统钥匙串</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; was kept in memory only and is gone. Edit the profile and enter it again.</source>
        <translation>凭证配置「%1」的 AccessKey Secret 此前只保存在内存中，现已丢失。请编辑该凭证配置并重新填写。</translation>
    </message>
    <message>
        <source>The keychain holds no secret for profile &quot;%1&quot;. Edit the profile and enter it again.</source>
        <translation>系统钥匙串中没有凭证配置「%1」的 AccessKey Secret。请编辑该凭证配置并重新填写。</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; cannot be read from the keychain (%2). Edit the profile and enter it again; it will be kept for this run only.</source>
        <translation>无法从系统钥匙串读取凭证配置「%1」的 AccessKey Secret（%2）。请编辑该凭证配置并重新填写；它只在本次运行期间保留。</translation>
    </message>
    <message>
        <source>No keychain can be used (%1). Secrets of your own profiles are kept in memory until FlowLog Studio closes and must be entered again next time.</source>
        <translation>无法使用系统钥匙串（%1）。自建凭证配置的 AccessKey Secret 只在 FlowLog Studio 关闭前保存在内存中，下次启动需重新填写。</translation>
    </message>
    <message>
        <source>The security token of profile &quot;%1&quot; is gone. Edit the profile and enter it again.</source>
        <translation>凭证配置“%1”的安全令牌已不存在。请编辑该凭证配置并重新输入。</translation>
    </message>
    <message>
        <source>The keychain holds no security token for profile &quot;%1&quot;. Edit the profile and enter it again.</source>
        <translation>钥匙串中没有凭证配置“%1”的安全令牌。请编辑该凭证配置并重新输入。</translation>
    </message>
    <message>
        <source>FlowLog Studio is closing.</source>
        <translation>FlowLog Studio 正在关闭。</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>凭证配置</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>凭证配置</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>AccessKey ID</source>
        <translation>AccessKey ID</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>默认地域</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>服务接入点</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>复制(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Profiles of the aliyun CLI are changed with &quot;aliyun configure&quot;; here you can set where their calls go. Secrets of your own profiles are kept in the system keychain.</source>
        <translation>aliyun CLI 的凭证配置请用“aliyun configure”修改；此处可设置其调用发往何处。您自己的凭证配置的密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>the local emulator</source>
        <translation>本地模拟器</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>aliyun CLI (read-only)</source>
        <translation>aliyun CLI（只读）</translation>
    </message>
    <message>
        <source>FlowLog Studio</source>
        <translation>流日志工作台</translation>
    </message>
    <message>
        <source>assumes %1</source>
        <translation>扮演 %1</translation>
    </message>
    <message>
        <source>secret for this run only</source>
        <translation>密钥仅限本次运行</translation>
    </message>
    <message>
        <source>&amp;Endpoints…</source>
        <translation>服务接入点(&amp;E)…</translation>
    </message>
    <message>
        <source>The sandbox always uses the emulator built into FlowLog Studio.</source>
        <translation>沙箱始终使用流日志工作台内置的模拟器。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除凭证配置</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;?</source>
        <translation>删除凭证配置“%1”？</translation>
    </message>
    <message>
        <source>Its secret is removed from the system keychain. The history keeps the attempts made with it.</source>
        <translation>其密钥将从系统钥匙串中删除。历史记录中保留用它发起的尝试。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RequestPreviewDialog</name>
    <message>
        <source>Request preview</source>
        <translation>请求预览</translation>
    </message>
    <message>
        <source>%1 %2 — profile: %3. The AccessKey secret is never shown: only the string it signs.</source>
        <translation>%1 %2——凭证配置：%3。AccessKey Secret 永远不会显示，只显示用它签名的待签名字符串。</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>&amp;String to sign:</source>
        <translation>待签名字符串(&amp;S)：</translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation>待签名字符串</translation>
    </message>
    <message>
        <source>&amp;Request (security token masked):</source>
        <translation>请求（安全令牌已隐去）(&amp;R)：</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Copy as aliyun CLI command</source>
        <translation>复制为 aliyun CLI 命令</translation>
    </message>
    <message>
        <source>FlowLog Studio&apos;s sandbox: this command works only while the app is open.</source>
        <translation>FlowLog Studio 的沙箱：仅在应用打开期间此命令才可用。</translation>
    </message>
    <message numerus="yes">
        <source>Not sendable: correct the %n error(s) below in the form first.</source>
        <translation>
            <numerusform>无法发送：请先在表单中改正下面的 %n 处错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2 (the local sandbox) — profile: %3. The AccessKey secret is never shown: only the string it signs.</source>
        <translation>%1 %2（本机沙箱）——凭证配置：%3。AccessKey Secret 永远不会显示，只显示用它签名的待签名字符串。</translation>
    </message>
    <message>
        <source>Copy as flowlog-cli command</source>
        <translation>复制为 flowlog-cli 命令</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <source>Choose a region, or enter a region ID such as cn-hangzhou.</source>
        <translation>请选择地域，或填写地域 ID，例如 cn-hangzhou。</translation>
    </message>
    <message>
        <source>“%1” is not a region ID: use lower-case letters, digits and hyphens, such as cn-hangzhou or ap-southeast-1.</source>
        <translation>「%1」不是有效的地域 ID：地域 ID 只含小写字母、数字和连字符「-」，例如 cn-hangzhou 或 ap-southeast-1。</translation>
    </message>
    <message>
        <source>Choose a resource type: NetworkInterface, VSwitch or VPC.</source>
        <translation>请选择资源类型：弹性网卡 (NetworkInterface)、交换机 (VSwitch) 或专有网络 (VPC)。</translation>
    </message>
    <message>
        <source>“%1” is not a resource type: use NetworkInterface, VSwitch or VPC, spelled exactly so.</source>
        <translation>「%1」不是有效的资源类型：请填写 NetworkInterface、VSwitch 或 VPC，拼写和大小写须完全一致。</translation>
    </message>
    <message>
        <source>Enter the ID of the resource whose traffic is captured, such as eni-bp1234567890abcdefg.</source>
        <translation>请填写要采集流量的资源 ID，例如 eni-bp1234567890abcdefg。</translation>
    </message>
    <message>
        <source>A resource ID contains no spaces or line breaks (found %1): delete it.</source>
        <translation>资源 ID 中不能有空格或换行（发现 %1）：请删除。</translation>
    </message>
    <message>
        <source>The resource ID contains the invisible character %1, probably copied along with it: delete it.</source>
        <translation>资源 ID 中含有不可见字符 %1，可能是复制时一起带进来的：请删除。</translation>
    </message>
    <message>
        <source>IDs starting with “%1” are %2 IDs, but the resource type is %3: choose the type %2, or enter an ID of the type %3.</source>
        <translation>以「%1」开头的是%2的 ID，但资源类型选的是%3：请把资源类型改为%2，或填写%3的 ID。</translation>
    </message>
    <message>
        <source>%2 IDs usually start with “%1”: check the ID and the resource type.</source>
        <translation>%2的 ID 通常以「%1」开头：请检查资源 ID 和资源类型。</translation>
    </message>
    <message>
        <source>Choose the traffic to capture: All, Allow or Drop.</source>
        <translation>请选择采集流量类型：全部流量 (All)、访问控制允许的流量 (Allow) 或访问控制拒绝的流量 (Drop)。</translation>
    </message>
    <message>
        <source>“%1” is not a traffic type: use All, Allow or Drop.</source>
        <translation>「%1」不是有效的采集流量类型：请填写 All、Allow 或 Drop。</translation>
    </message>
    <message>
        <source>Enter the Log Service project that stores the captured traffic.</source>
        <translation>请填写存放采集流量的日志服务项目 (Project)。</translation>
    </message>
    <message>
        <source>Log Service project names have 3 to 63 characters: lower-case letters, digits and hyphens, starting and ending with a letter or digit. Check that this project exists.</source>
        <translation>日志服务的项目名称为 3–63 个字符，只含小写字母、数字和连字符「-」，且以小写字母或数字开头和结尾。请确认该项目存在。</translation>
    </message>
    <message>
        <source>Enter the Logstore that stores the captured traffic.</source>
        <translation>请填写存放采集流量的日志库 (Logstore)。</translation>
    </message>
    <message>
        <source>Logstore names have 3 to 63 characters: lower-case letters, digits, hyphens and underscores, starting and ending with a letter or digit. Check that this Logstore exists.</source>
        <translation>日志库名称为 3–63 个字符，只含小写字母、数字、连字符「-」和下划线「_」，且以小写字母或数字开头和结尾。请确认该日志库存在。</translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n character(s); at least %1 are needed.</source>
        <translation>
            <numerusform>太短：只有 %n 个字符，至少需要 %1 个。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too long: %1 of at most %n character(s). Shorten the name.</source>
        <translation>
            <numerusform>太长：共 %1 个字符，最多只能 %n 个。请缩短名称。</numerusform>
        </translation>
    </message>
    <message>
        <source>A name must not start with “%1” (http:// or https://).</source>
        <translation>名称不能以「%1」开头：请删去开头的「%1」。</translation>
    </message>
    <message>
        <source>A name cannot start with “%1” (%2): start with a letter A–Z, a–z or a Chinese character.</source>
        <translation>名称不能以「%1」（%2）开头：请以字母 A–Z、a–z 或汉字开头。</translation>
    </message>
    <message>
        <source>“%1” (%2) is a full-width letter, which is not allowed: use “%3”.</source>
        <translation>不能使用全角字母「%1」（%2），请改用半角字母「%3」。</translation>
    </message>
    <message>
        <source>“%1” (%2) is a full-width digit, which is not allowed: use “%3”.</source>
        <translation>不能使用全角数字「%1」（%2），请改用半角数字「%3」。</translation>
    </message>
    <message>
        <source>The Chinese or full-width punctuation “%1” (%2) is not allowed in a name; allowed are . _ -</source>
        <translation>名称中不能使用中文或全角标点「%1」（%2）；只能使用半角的「.」「_」「-」。</translation>
    </message>
    <message>
        <source>Spaces are not allowed in a name (found %1): use _ or - instead.</source>
        <translation>名称中不能有空格（发现 %1）：请改用「_」或「-」。</translation>
    </message>
    <message>
        <source>“%1” (%2) is Japanese kana or Korean Hangul, not a Chinese character: it is not allowed in a name.</source>
        <translation>「%1」（%2）是日文假名或韩文字母，不是汉字：名称中不能使用。</translation>
    </message>
    <message>
        <source>“%1” (%2) is a radical, not a Chinese character: type the whole character instead.</source>
        <translation>「%1」（%2）是部首，不是汉字：请改为输入完整的汉字。</translation>
    </message>
    <message>
        <source>The name contains the invisible character %1, probably copied along with the text: delete it.</source>
        <translation>名称中含有不可见字符 %1，可能是复制文字时一起带进来的：请删除。</translation>
    </message>
    <message>
        <source>The name contains the control character %1 (a tab or line break, for example): delete it.</source>
        <translation>名称中含有控制字符 %1（例如制表符或换行）：请删除。</translation>
    </message>
    <message>
        <source>Emoji and symbols such as “%1” (%2) are not allowed in a name.</source>
        <translation>名称中不能使用表情符号或「%1」（%2）之类的符号：请删除。</translation>
    </message>
    <message>
        <source>“%1” (%2) is not allowed in a name: use letters A–Z, a–z, Chinese characters, digits and . _ -</source>
        <translation>名称中不能使用「%1」（%2）：只能使用字母 A–Z、a–z、汉字、数字和「.」「_」「-」。</translation>
    </message>
    <message numerus="yes">
        <source>Too long: %1 of at most %n character(s). Shorten the description.</source>
        <translation>
            <numerusform>太长：共 %1 个字符，最多只能 %n 个。请缩短描述。</numerusform>
        </translation>
    </message>
    <message>
        <source>A description must not start with “%1” (http:// or https://).</source>
        <translation>描述不能以「%1」开头：请删去开头的「%1」。</translation>
    </message>
    <message>
        <source>A description cannot start with “%1” (%2): start with a letter A–Z, a–z or a Chinese character.</source>
        <translation>描述不能以「%1」（%2）开头：请以字母 A–Z、a–z 或汉字开头。</translation>
    </message>
    <message>
        <source>A description cannot start with the full-width letter “%1” (%2): use “%3”.</source>
        <translation>描述不能以全角字母「%1」（%2）开头，请改用半角字母「%3」。</translation>
    </message>
    <message>
        <source>The description must be a single line: delete the control character %1 (a tab or line break, for example).</source>
        <translation>描述只能有一行：请删除控制字符 %1（例如制表符或换行）。</translation>
    </message>
    <message>
        <source>The description contains the invisible character %1 (a zero-width or text-direction character, probably copied along with the text): delete it.</source>
        <translation>描述中含有不可见字符 %1（零宽字符或文字方向控制字符，可能是复制文字时一起带进来的）：请删除。</translation>
    </message>
    <message>
        <source>The description contains %1, which is not a character (unassigned, private use or a broken surrogate): delete it.</source>
        <translation>描述中含有 %1，它不是有效的字符（未分配的码位、私用区字符或残缺的代理对）：请删除。</translation>
    </message>
    <message>
        <source>Leading and trailing spaces are removed before sending.</source>
        <translation>发送前会去掉开头和结尾的空格。</translation>
    </message>
    <message>
        <source>Invalid value (%1).</source>
        <translation>值无效（%1）。</translation>
    </message>
    <message>
        <source>“%1” is not a sampling interval: use 1, 5 or 10 (minutes; 10 is the default).</source>
        <translation>“%1”不是采样间隔：请使用 1、5 或 10（分钟；默认 10）。</translation>
    </message>
    <message>
        <source>“%1” is not a traffic path: use all or internetGateway, spelled exactly so.</source>
        <translation>“%1”不是流量路径：请使用 all 或 internetGateway，拼写须完全一致。</translation>
    </message>
    <message>
        <source>The traffic path %1 is given twice: give each path once.</source>
        <translation>流量路径 %1 给出了两次：每个路径只需给出一次。</translation>
    </message>
    <message>
        <source>“%1” is not an IP version: use IPV4 or DualStack, spelled exactly so.</source>
        <translation>“%1”不是 IP 版本：请使用 IPV4 或 DualStack，拼写须完全一致。</translation>
    </message>
    <message>
        <source>Dual-stack flow logs are offered only in %2; in %1 the service may refuse DualStack. Choose IPV4 unless the console offers dual stack in this region.</source>
        <translation>双栈流日志仅在 %2 提供；在 %1 服务可能拒绝 DualStack。除非控制台在此地域提供双栈，否则请选择 IPV4。</translation>
    </message>
    <message>
        <source>Resource group IDs are “rg-” followed by lower-case letters and digits, such as rg-acfmxazdjdhd: check the ID in Resource Management.</source>
        <translation>资源组 ID 为“rg-”加小写字母和数字，例如 rg-acfmxazdjdhd：请在资源管理中核对该 ID。</translation>
    </message>
    <message numerus="yes">
        <source>At most 20 tags can be given; there are %n: remove the extra ones.</source>
        <translation>
            <numerusform>最多可给出 20 个标签，现有 %n 个：请删除多余的标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag %1 has no key: enter one, or remove the tag.</source>
        <translation>标签 %1 没有键：请输入键，或删除该标签。</translation>
    </message>
    <message>
        <source>Tag %1 (“%2”): the key has %3 characters, at most 128 are allowed. Shorten it.</source>
        <translation>标签 %1（“%2”）：键有 %3 个字符，最多允许 128 个。请缩短。</translation>
    </message>
    <message>
        <source>Tag %1 (“%2”): the value has %3 characters, at most 128 are allowed. Shorten it.</source>
        <translation>标签 %1（“%2”）：值有 %3 个字符，最多允许 128 个。请缩短。</translation>
    </message>
    <message>
        <source>Tag %1 (“%2”): a key must not start with “%3”, which Alibaba Cloud reserves (aliyun, acs:).</source>
        <translation>标签 %1（“%2”）：键不能以“%3”开头，这是阿里云保留的前缀（aliyun、acs:）。</translation>
    </message>
    <message>
        <source>Tag %1 (“%2”): a value must not start with “%3”, which Alibaba Cloud reserves (aliyun, acs:).</source>
        <translation>标签 %1（“%2”）：值不能以“%3”开头，这是阿里云保留的前缀（aliyun、acs:）。</translation>
    </message>
    <message>
        <source>Tag %1 (“%2”): a key must not contain “%3”. Remove the address.</source>
        <translation>标签 %1（“%2”）：键不能包含“%3”。请删除该地址。</translation>
    </message>
    <message>
        <source>Tag %1 (“%2”): a value must not contain “%3”. Remove the address.</source>
        <translation>标签 %1（“%2”）：值不能包含“%3”。请删除该地址。</translation>
    </message>
    <message>
        <source>Tag %1 (“%2”): tag %3 has the same key. Keys must be unique: change or remove one.</source>
        <translation>标签 %1（“%2”）：标签 %3 的键与它相同。键必须唯一：请修改或删除其中一个。</translation>
    </message>
    <message>
        <source>No %2 with the ID “%1” was found in %3 for this profile: check the ID, and the region in the top bar.</source>
        <translation>此凭证配置在 %3 中找不到 ID 为「%1」的 %2：请检查资源 ID，以及顶部栏中的地域。</translation>
    </message>
    <message>
        <source>No %2 with the ID “%1” was found in %3 for this profile. Did you mean %4?</source>
        <translation>此凭证配置在 %3 中找不到 ID 为「%1」的 %2。是否应为 %4？</translation>
    </message>
    <message>
        <source>“%1” cannot be checked against the account: this profile is not permitted to list %2 IDs in %3 (%4). Typed IDs still work.</source>
        <translation>无法将「%1」与账号中的资源核对：此凭证配置无权列出 %3 的%2 ID（%4）。手动输入的 ID 仍可使用。</translation>
    </message>
    <message>
        <source>“%1” cannot be checked against the account: the %2 IDs in %3 could not be listed (%4). Typed IDs still work; reload to try again.</source>
        <translation>无法将「%1」与账号中的资源核对：无法列出 %3 的%2 ID（%4）。手动输入的 ID 仍可使用；请重新加载再试。</translation>
    </message>
</context>
<context>
    <name>ResourcePicker</name>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n VPC(s)</source>
        <translation>
            <numerusform>%n 个专有网络</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vSwitch(es)</source>
        <translation>
            <numerusform>%n 个交换机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ENI(s)</source>
        <translation>
            <numerusform>%n 个弹性网卡</numerusform>
        </translation>
    </message>
    <message>
        <source>All VPCs</source>
        <translation>全部专有网络</translation>
    </message>
    <message>
        <source>Listing resources… %1 of %2 — or type an ID (%3…)</source>
        <translation>正在列出资源… %1/%2——也可直接输入 ID（%3…）</translation>
    </message>
    <message>
        <source>Listing resources… — or type an ID (%1…)</source>
        <translation>正在列出资源…——也可直接输入 ID（%1…）</translation>
    </message>
    <message>
        <source>%1…</source>
        <comment>placeholder of the resource ID: the ID prefix of the chosen type</comment>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Search %1 by name, ID or address — or type an ID (%2…)</source>
        <translation>按名称、ID 或地址搜索 %1——也可直接输入 ID（%2…）</translation>
    </message>
    <message>
        <source>Reload the list of resources</source>
        <translation>重新加载资源列表</translation>
    </message>
    <message>
        <source>Reload the list of resources (listed %1)</source>
        <translation>重新加载资源列表（%1列出）</translation>
    </message>
    <message>
        <source>List the resources of this region</source>
        <translation>列出此地域的资源</translation>
    </message>
    <message>
        <source>Show the list of resources (Alt+Down)</source>
        <translation>显示资源列表 (Alt+Down)</translation>
    </message>
    <message>
        <source>Only resources in this VPC</source>
        <translation>只显示此专有网络中的资源</translation>
    </message>
    <message>
        <source>Stop listing the resources</source>
        <translation>停止列出资源</translation>
    </message>
</context>
<context>
    <name>ResourceType</name>
    <message>
        <source>Elastic network interface</source>
        <translation>弹性网卡</translation>
    </message>
    <message>
        <source>vSwitch</source>
        <translation>交换机</translation>
    </message>
    <message>
        <source>Virtual private cloud</source>
        <translation>专有网络</translation>
    </message>
</context>
<context>
    <name>ResourcesCommand</name>
    <message>
        <source>resources needs --region (or a profile with a region_id).</source>
        <translation>resources 需要 --region（或一个设置了 region_id 的凭证配置）。</translation>
    </message>
    <message>
        <source>resources needs --resource-type VPC, VSwitch or NetworkInterface.</source>
        <translation>resources 需要 --resource-type VPC、VSwitch 或 NetworkInterface。</translation>
    </message>
    <message>
        <source>Invalid value &quot;%1&quot; for --resource-type: expected VPC, VSwitch or NetworkInterface.</source>
        <translation>--resource-type 的值「%1」无效，应为：VPC、VSwitch 或 NetworkInterface。</translation>
    </message>
    <message>
        <source>No endpoint is known for region &quot;%1&quot;: pass --endpoint.</source>
        <translation>不知道地域「%1」的服务接入点，请用 --endpoint 指定。</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s) of type %1 in %2.</source>
        <translation>
            <numerusform>%2 中有 %n 个 %1 类型的资源。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3  %4</source>
        <translation>%1  %2  %3  %4</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5  %6</source>
        <translation>%1  %2  %3  %4  %5  %6</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4  %5  %6  %7</source>
        <translation>%1  %2  %3  %4  %5  %6  %7</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>FlowLogId:</source>
        <translation>流日志 ID (FlowLogId)：</translation>
    </message>
    <message>
        <source>RequestId:</source>
        <translation>请求 ID (RequestId)：</translation>
    </message>
    <message>
        <source>Error code:</source>
        <translation>错误码：</translation>
    </message>
    <message>
        <source>Server message:</source>
        <translation>服务端消息：</translation>
    </message>
    <message>
        <source>Diagnosis:</source>
        <translation>诊断：</translation>
    </message>
    <message>
        <source>Flow log ID</source>
        <translation>流日志 ID</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the flow log ID</source>
        <translation>复制流日志 ID</translation>
    </message>
    <message>
        <source>Copy the request ID</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <source>The connection was lost after an earlier attempt, but that attempt had created the flow log. It was found and is shown here instead of creating a second one.</source>
        <translation>之前的一次尝试在连接中断前已经创建了流日志。已找到该流日志并显示在这里，没有重复创建。</translation>
    </message>
    <message>
        <source>The flow log starts as Activating and becomes Active shortly.</source>
        <translation>流日志创建后处于 Activating（激活中）状态，稍后变为 Active（已激活）。</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>详情：</translation>
    </message>
    <message>
        <source>Look for it and retry</source>
        <translation>查找并重试</translation>
    </message>
    <message>
        <source>Ask the service whether the flow log exists, and create it only if it does not</source>
        <translation>先向服务查询该流日志是否存在，不存在时才创建</translation>
    </message>
    <message>
        <source>The flow log is Active: it captures traffic now.</source>
        <translation>流日志已激活 (Active)：现在正在采集流量。</translation>
    </message>
    <message>
        <source>“Look for it and retry” asks the service for this flow log first and creates it only if no earlier attempt did.</source>
        <translation>「查找并重试」会先向服务查询这条流日志，只有之前的尝试都没有创建它时才会创建。</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>The local sandbox could not listen on a loopback port.</source>
        <translation>本地沙箱无法在本机回环地址上监听端口。</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>The history is not available: this attempt is not recorded.</source>
        <translation>历史记录不可用：本次尝试不会被记录。</translation>
    </message>
    <message>
        <source>This attempt could not be recorded in the history: %1</source>
        <translation>本次尝试无法记入历史记录：%1</translation>
    </message>
    <message>
        <source>The outcome could not be recorded in the history: %1</source>
        <translation>结果无法记入历史记录：%1</translation>
    </message>
    <message>
        <source>No profile is known for this attempt.</source>
        <translation>不知道这次尝试使用的是哪个凭证配置。</translation>
    </message>
</context>
<context>
    <name>SendProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>取消发送</translation>
    </message>
    <message>
        <source>Creating the flow log…</source>
        <translation>正在创建流日志…</translation>
    </message>
    <message>
        <source>Waiting %1 s before attempt %2 of %3…</source>
        <translation>等待 %1 秒后进行第 %2 次尝试（共 %3 次）…</translation>
    </message>
    <message>
        <source>Attempt %1 of %2: sent, waiting for the answer — %3 s of at most %4 s</source>
        <translation>第 %1 次尝试（共 %2 次）：已发送，正在等待应答——%3 秒，最多 %4 秒</translation>
    </message>
    <message>
        <source>Attempt %1 of %2: sent, waiting for the answer — %3 s</source>
        <translation>第 %1 次尝试（共 %2 次）：已发送，正在等待应答——%3 秒</translation>
    </message>
    <message>
        <source>Checking whether an earlier attempt created the flow log — %1 s</source>
        <translation>正在检查之前的尝试是否已创建流日志——%1 秒</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Attempts:</source>
        <translation>尝试次数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>签名版本(&amp;S)：</translation>
    </message>
    <message>
        <source>HTTP &amp;method:</source>
        <translation>HTTP 方法(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;History file:</source>
        <translation>历史记录文件(&amp;H)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Attempts in all, the first included. Only failures where the server certainly did not act are retried.</source>
        <translation>总尝试次数，包括第一次。只有确定服务端未执行的失败才会重试。</translation>
    </message>
    <message>
        <source>V3 (ACS3-HMAC-SHA256, recommended)</source>
        <translation>V3（ACS3-HMAC-SHA256，推荐）</translation>
    </message>
    <message>
        <source>v1 (HMAC-SHA1, older RPC signature)</source>
        <translation>v1（HMAC-SHA1，较早的 RPC 签名）</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Empty: the default file shown above, shared with flowlog-cli. A change takes effect at the next start.</source>
        <translation>留空则使用上面显示的默认文件，与 flowlog-cli 共用。修改在下次启动时生效。</translation>
    </message>
    <message>
        <source>History file</source>
        <translation>历史记录文件</translation>
    </message>
    <message>
        <source>History (*.sqlite);;All files (*)</source>
        <translation>历史记录 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Idle timeout:</source>
        <translation>空闲超时(&amp;I)：</translation>
    </message>
    <message>
        <source>T&amp;otal timeout:</source>
        <translation>总超时(&amp;O)：</translation>
    </message>
    <message>
        <source>An attempt ends when no byte has moved for this long.</source>
        <translation>连续这么久没有任何字节收发时，结束本次尝试。</translation>
    </message>
    <message>
        <source>An attempt ends after this long in all, however slowly the answer comes.</source>
        <translation>本次尝试总共经过这么久即结束，无论应答来得多慢。</translation>
    </message>
    <message>
        <source>&amp;Batches start at:</source>
        <translation>批量起始速率(&amp;B)：</translation>
    </message>
    <message>
        <source> calls/s</source>
        <translation> 次/秒</translation>
    </message>
    <message>
        <source>A batch (File → Batch create…, flowlog-cli batch) starts at this pace and finds the service&apos;s rate limit by itself, faster or slower.</source>
        <translation>批量创建（文件 → 批量创建…，以及 flowlog-cli 的批量命令）从这个速率开始，自行找到服务的限流值，或快或慢。</translation>
    </message>
</context>
<context>
    <name>StatusPoller</name>
    <message>
        <source>Stopped checking after %1 s: the flow log is still &quot;%2&quot;. Check its status again later.</source>
        <translation>已查询 %1 秒，不再继续：流日志仍处于「%2」状态。请稍后再查看它的状态。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Stopped checking after %1 s. Last problem: %2</source>
        <translation>已查询 %1 秒，不再继续。最后一次遇到的问题：%2</translation>
    </message>
    <message>
        <source>This entry is no longer in the history.</source>
        <translation>历史记录中已没有这条记录。</translation>
    </message>
    <message>
        <source>DescribeFlowLogs does not list %1 in %2: it may have been deleted.</source>
        <translation>DescribeFlowLogs 在 %2 中没有列出 %1：它可能已被删除。</translation>
    </message>
    <message>
        <source>The status of %1 could not be checked: %2</source>
        <translation>无法查询 %1 的状态：%2</translation>
    </message>
    <message>
        <source>The status of %1 could not be checked (%2): %3</source>
        <translation>无法查询 %1 的状态（%2）：%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>An explained problem (%1), then what to do about it (%2)</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>TagSyntax</name>
    <message>
        <source>&quot;%1&quot; in the tag &quot;%2&quot; is not an escape: only \; \= and \\ are (for a literal &apos;;&apos;, &apos;=&apos; and backslash). Write &quot;\\&quot; for a backslash.</source>
        <translation>标签“%2”中的“%1”不是转义：只有 \;、\= 和 \\ 是（分别表示字面的 ;、= 和反斜杠）。反斜杠请写作“\\”。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; ends in a lone backslash: write &quot;\\&quot; for a backslash.</source>
        <translation>标签“%1”以单个反斜杠结尾：反斜杠请写作“\\”。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; has no &apos;=&apos;: write KEY=VALUE, or KEY= for an empty value (\= for a literal &apos;=&apos; in the key).</source>
        <translation>标签“%1”没有“=”：请写作 键=值，空值写作 键=（键中字面的 = 写作 \=）。</translation>
    </message>
</context>
<context>
    <name>TrafficType</name>
    <message>
        <source>All traffic</source>
        <translation>全部流量</translation>
    </message>
    <message>
        <source>Traffic allowed by access control</source>
        <translation>访问控制允许的流量</translation>
    </message>
    <message>
        <source>Traffic denied by access control</source>
        <translation>访问控制拒绝的流量</translation>
    </message>
</context>
<context>
    <name>TransportError</name>
    <message>
        <source>The endpoint refused the connection.</source>
        <translation>服务接入点拒绝了连接。</translation>
    </message>
    <message>
        <source>The endpoint&apos;s host name could not be resolved.</source>
        <translation>无法解析服务接入点的主机名。</translation>
    </message>
    <message>
        <source>The secure connection to the endpoint failed.</source>
        <translation>与服务接入点的安全连接失败。</translation>
    </message>
    <message>
        <source>Connecting to the endpoint timed out.</source>
        <translation>连接服务接入点超时。</translation>
    </message>
    <message>
        <source>The request was sent but no answer came in time.</source>
        <translation>请求已发出，但没有及时收到应答。</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent.</source>
        <translation>请求发出后连接中断。</translation>
    </message>
    <message>
        <source>The answer was larger than the allowed size and was not read.</source>
        <translation>应答超过允许的大小，未读取。</translation>
    </message>
    <message>
        <source>The answer was neither a success nor an error in a known form.</source>
        <translation>应答既不是成功应答，也不是已知格式的错误应答。</translation>
    </message>
    <message>
        <source>The network request failed.</source>
        <translation>网络请求失败。</translation>
    </message>
</context>
<context>
    <name>UnresolvedAttemptsBar</name>
    <message>
        <source>Dismiss</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Hide this until the next start; the rows stay as they are</source>
        <translation>下次启动前不再显示；这些行保持原样</translation>
    </message>
    <message>
        <source>Ask DescribeFlowLogs about each: a flow log found is adopted, one proven absent is marked as not created, nothing is created</source>
        <translation>用 DescribeFlowLogs 逐条查找：找到的流日志会被采用，确认不存在的标记为未创建，不会创建任何流日志</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>确认结果</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) of an earlier run ended with an unknown outcome: each may or may not have created its flow log.</source>
        <translation>
            <numerusform>之前运行时有 %n 次请求的结果未知：每一次都可能创建了流日志，也可能没有。</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking up attempt %1 of %2…</source>
        <translation>正在查找第 %1 次请求（共 %2 次）…</translation>
    </message>
    <message>
        <source>Looked up: %1 created (found and adopted), %2 not created, %3 still unknown.</source>
        <translation>查找完成：%1 次已创建（已找到并采用），%2 次未创建，%3 次仍未知。</translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>另有 %n 次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <source>The request is valid.</source>
        <translation>请求有效。</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>请求无效。</translation>
    </message>
</context>
</TS>
