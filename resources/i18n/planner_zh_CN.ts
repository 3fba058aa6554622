<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the whole plan to another file (the plan itself is always saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;hosts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update hosts from a CSV or XLSX roster (达人资源表); preview first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sessions to the selected campaign from a CSV or XLSX schedule (直播排期表)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the schedule as an Excel workbook, CSV or calendar (ICS), in English or Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export host &amp;roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the host roster as an Excel workbook or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the planner; every edit is already saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sessions, hosts or campaign (undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate as scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected campaign and its sessions as a scenario to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected campaign&apos;s name, dates, budget and margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a livestream session in this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a host (KOL, KOC or store account) to the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why this projection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the selected session&apos;s projected figures step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display &amp;time zone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the zone shown beside China time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the schedule problems: conflicts, dates outside the campaign, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the current table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language of the planner and how figures are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, where the plan file lives, data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or an SVG vector file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Live-commerce planner {version}&lt;/h3&gt;&lt;p&gt;Plans livestream-commerce campaigns in China: hosts, sessions, projections with P10–P90 ranges.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Plan file:&lt;/b&gt;&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Every edit is written to it at once; there is no Save. File ▸ Save a copy as… writes a copy.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources:&lt;/b&gt; the benchmark library ships with the planner (Benchmarks tab): {sourced} of {total} figures are published figures (platform filings, CNNIC, QuestMobile and others, each named in its Source column); the rest are estimates derived from them or the planner&apos;s assumptions, marked as such. Festival dates come from the shipped calendar. Change any figure to your own; yours are kept when the library is updated.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are planned in China time; show them also in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record actual results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — actual result (复盘); type a figure, 1.2万 works; empty clears it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures read on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>数据日期 — when the figures were read: platform GMV keeps changing for days after a show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit benchmark {metric}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by you (kept when the shipped library is updated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✎ = changed by you. Figures you changed are kept when the shipped library is updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourced = published figure; estimate = derived from sources; assumption = the planner&apos;s judgement, check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier / band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host tier, an hour band such as 19-23 (China time), or a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library key: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (P50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The median figure used by projections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low end: 1 in 10 outcomes is below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High end: 1 in 10 outcomes is above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns and scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{start} – {end} (China dates)
Budget {budget}
1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{start} – {end} (China dates)
Budget {budget}
{n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Scenario: a copy to compare against its campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier} · from followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (from followers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达人昵称 — nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达人ID / 平台账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>层级 — 头部 / 腰部 / 尾部 / KOC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>粉丝数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>场均观看 — the host&apos;s own unique viewers per session, from a data tool (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>坑位费 — slot fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>佣金比例 — share of net GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机构 (MCN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合作状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类目 / 标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other costs (campaign, 其他成本)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (合计)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s totals, as on the cards above: reach is de-duplicated across platforms, and cost includes the campaign&apos;s other costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median {mid}; P10–P90: {low} – {high}; average outcome {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule problems</source>
        <extracomment>From this many sessions a campaign&apos;s rows are read off the UI thread. Edits of up to this many sessions are applied to the rows in place; bigger ones re-read the campaign.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (China time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>开播时间 — start in China time (UTC+8); edit in China time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start in your display time zone (View ▸ Display time zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>直播时长</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>主播 — the host of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>平台 — the host&apos;s platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>场次类型 — what the brand bought: a dedicated show (专场 / 店播) or one slot (坑位) in a multi-brand show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>讲解时长 — minutes the host presents the brand in a slot; empty = the library&apos;s figure for the host&apos;s tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>坑位费 — fixed fee for the slot, paid whatever is sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>佣金比例 — share of net GMV paid to the host; &apos;·host&apos; = the host&apos;s own rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投流 — paid promotion bringing viewers into the live room (e.g. Qianchuan 千川)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>直播主题</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule problems: ✖ host double-booked or brand overlap, ⚠ outside the campaign dates, ℹ off prime time or on a public holiday (see View ▸ Problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — double-click for how it is worked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand viewers (trace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>品牌曝光人数 — show viewers present while the brand is on air, every figure at its median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV (trace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预估 GMV — gross sales, every figure at its median (the trace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (trace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>预估成本 — slot fee + commission + paid traffic (the trace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI (trace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>投产比 — net GMV ÷ cost (the trace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About the planner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActualsImportDialog</name>
    <message>
        <source>Import actual results (复盘)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record rows that match no planned session as unplanned sessions of their hosts (store streams often are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (China time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and warnings (row, column, value, rule):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session {id}: {host} {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — updates recorded figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new unplanned session of {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} → {campaign}: {summary}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problem(s): nothing can be imported until the file is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarkChart</name>
    <message>
        <source>Viewers per session (views, PV)</source>
        <extracomment>Metrics whose ranges span orders of magnitude: shown on a log scale unless the user turns it off.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid traffic CPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform universe (users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning-viewer share (老粉占比)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform fee rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host commission (all platforms, by tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot fee (all platforms, by tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rate (all platforms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Festival viewer multiplier (by tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AOV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views (PV) per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers per unique viewer (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY per 1,000 paid impressions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of a session&apos;s viewers (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of net GMV (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNY per session slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of GMV refunded (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× viewers during a festival window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One metric, by platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare metrics (normalised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logarithmic axis keeps small bars readable when the P10–P90 ranges span orders of magnitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median with P10–P90 range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures for this metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sourced figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate or assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10–P90 range (bar = median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each metric as a share of the highest platform median (100% = top platform); viewers for tier {tier}; hatched = estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10–P90: {low} – {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assumption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (all-platform default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: {basis} · Year: {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited in this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of the top platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BenchmarksView</name>
    <message>
        <source>Filter figures: platform, metric, basis, source…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fff6d6&apos;&gt;&amp;nbsp;≈ estimate&amp;nbsp;&lt;/span&gt; derived from sources · &lt;span style=&apos;background:#ffe6cc&apos;&gt;&amp;nbsp;? assumption&amp;nbsp;&lt;/span&gt; the planner&apos;s judgement, check it · ✔ sourced = published figure · &lt;b&gt;bold ✎&lt;/b&gt; = changed by you. Double-click a figure to edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <source>Select a campaign to see how reach and net GMV respond to paid traffic.</source>
        <extracomment>A denser grid than the default so the curve reads smooth.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecting {n} budget levels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned paid traffic (1×): {spend}. Expected values at benchmark medians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot project: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra unique reach from paid traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached (vs no paid traffic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{v} people (total {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra net GMV and extra cost from paid traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cur} (vs no paid traffic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{v} net GMV (total {t})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra net GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra cost (paid traffic, commission, fees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current plan (1×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid traffic (投流) as a multiple of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current plan: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid traffic ({spend})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net GMV: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: {v} · ROI {roi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marginal: {r} people and {g} net GMV per extra {cur} 1,000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildupChart</name>
    <message>
        <source>Select a campaign to see its reach build-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecting the build-up of {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: cumulative reach and GMV by China date (band: P10–P90 of {d} draws)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot project: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative unique reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected (benchmark medians)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10–P90 range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Festival window (lighter: presale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China date (Asia/Shanghai)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(China date, cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach: {v}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV: {v}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <source>presale from {0}, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}
{2}{3} – {4} (China dates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} China time · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holiday: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add a session here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} China time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a shopping festival of the shown year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to festival ({0})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid in China time · your zone: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prime time {0}:00–{1}:00 China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a campaign first: new sessions are added to the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand (品牌)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category (类目)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date (China)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date (China)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross margin on net GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other costs (samples, production, retainer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order value (客单价), CNY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion (看播转化率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return rate (退货率)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK converts the budget, other costs, slot fees and paid traffic from {old} at the plan&apos;s exchange rate (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Platform benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach build-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChinaDateTimeEdit</name>
    <message>
        <source>China time (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= {local}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Host double-booked</source>
        <extracomment>The problem kinds of planner.domain.schedule.KIND_LABELS, for the translation tools (the domain has no Qt).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand overlaps itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside campaign dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside prime time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (China time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CumulativeChart</name>
    <message>
        <source>Plan P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By {day}: actual {actual}; plan P50 {mid} (P10–P90 {lo} – {hi})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded shows yet: the band is the plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this projection? — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trace: how each figure is worked out, step by step, with every input at its median (the Overview&apos;s ranges come from drawing the inputs across their P10–P90). Basis: sourced = published figure, estimate = derived, assumption = the planner&apos;s judgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanations are not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (opens in Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (ICS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export host roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headers and labels in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column headers and labels in Chinese (中文表头)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole plan (every campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected campaign (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China time only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in China time; this zone&apos;s times are added beside them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10–P90 columns for each session&apos;s projected viewers and GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the agency: leave out projections, budget, costs, margins and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the hosts&apos; contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each event carries its time zone; calendar apps show it in the reader&apos;s own time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China time (UTC+8), and the zone chosen above beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported (unexpected error): {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Select a campaign to import sessions into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported — {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; choose File ▸ Open plan to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no recent plans)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterableTable</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{time} China time</source>
        <extracomment>The UI language figures follow (&quot;en&quot;, &quot;zh_CN&quot;, &quot;it_IT&quot;); set by :func:`planner.ui.i18n.install`. In Chinese, large figures as 万 (10^4) and 亿 (10^8), as Chinese dashboards show them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <source>Add host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (达人昵称)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform (平台)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle (账号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier (层级)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (from followers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followers (粉丝数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole number, e.g. 1200000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg viewers per session (场均观看)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, from a KOL data tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot fee (坑位费)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission (佣金比例)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency (MCN 机构)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (合作状态)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories (类目)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostsView</name>
    <message>
        <source>Filter hosts: name, platform, agency, status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add host…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster is shared by every campaign. Deleting a host deletes its sessions too (Undo brings them back).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;CSV (*.csv *.txt);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the path of a CSV or XLSX file and press Enter, or choose one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them (keep the plan&apos;s values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts already in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions already planned (same host and start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China time (unless a column&apos;s header names its zone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone of the file&apos;s dates and times; a time this zone&apos;s clocks pass twice or skip (daylight saving) is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions are added to &lt;b&gt;{name}&lt;/b&gt;; their hosts must already be in the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the full list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every problem and warning to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no campaign selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: {cols}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, closest field: {f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (detected: {enc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} data rows; headers on row {h}. The first {k} rows are shown as they will be read (grey columns are not imported; tinted cells have a problem — hover for details). Change what a column is read as in the first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required columns missing: {fields}. Choose the column that holds each in the “Read as” row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the column “{h}” is read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {n} rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} problem(s) in {name}: nothing was imported. Fix the file (or what a column is read as) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} cell(s) of {name} were read in a way worth checking (below). Nothing is imported yet: press “Import anyway” to import, or fix the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({n} warning(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import 1 host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {n} hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import 1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LazyView</name>
    <message>
        <source>This view is not available yet: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (复盘)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>How long a busy worker thread may hold the interpreter lock before the UI thread gets it (Python&apos;s default is 5 ms). Each Python call a repaint makes (a table&apos;s data()) waits up to this long while a worker runs pure Python: a Sessions repaint of 25 ms took 125 ms at 5 ms and 63 ms at 1 ms. Modules the first opening of a tab would otherwise import on the UI thread (the charts&apos; pyqtgraph: ~0.3 s; the holiday calendars: ~0.15 s). Imported on a worker once start-up has settled; importing takes the interpreter lock in 1 ms turns, so the UI stays responsive meanwhile.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
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
        <source>{name} — Live-commerce planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan holds the sample campaign (DEMO). Start your own with &lt;b&gt;Campaign ▸ New campaign&lt;/b&gt; ({new}), or duplicate the sample as a scenario ({duplicate}) and change it. &lt;b&gt;File ▸ New plan&lt;/b&gt; starts an empty plan file. Edits are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} view unavailable: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: {path} · last written {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change currency of {name} to {cur} at {rate:.4g} {cur} per {old}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate as scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add host {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {n} hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {n} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to delete here: select sessions, hosts, or a campaign in the list first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session (here or in the Calendar), then Campaign ▸ Why this projection? or its “Why?” button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when you reopen the planner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>P10–P90: {low} – {high} · average outcome {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trace (every figure at its median); range: calculating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>By platform (hover a figure for its P10–P90 range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start one with Campaign ▸ New campaign (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · {start} – {end} (China dates) · budget {budget} · margin {margin} · objective {objective}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large figures are the median (P50) of {n:,} simulated outcomes, with P10–P90 and the average outcome (the mean: the figure to add across campaigns). Viewers are brand viewers: the show&apos;s viewers who are present while the brand is on air. Most inputs are estimates — see the Benchmarks tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the trace (every figure at its median) while the ranges are calculated…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV resting on slots (坑位) in multi-brand shows: {share} (median){rng}; the rest comes from dedicated shows (专场 / 店播).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, P10–P90 {low} – {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected cost {cost} is {x:.1f}× the budget {budget}. Committed spend (slot fees, paid traffic, other costs) is {committed}{over}; the rest is commission and platform fees, which grow with sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, itself over budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Chinese, show large figures in 万 and 亿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when you reopen the planner; your plan is saved as you work, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>(column {n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file: {raw}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(warning) {message}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Show notes (prime time, holidays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule could not be checked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: {0} error(s) · {1} warning(s) · {2} note(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money, at the median of the projection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {n} sessions the last {cur} of paid traffic loses money; the worst: {worst}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
… and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectionRunner</name>
    <message>
        <source>Projections are not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Show viewers (场观)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV (成交金额)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV ({currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show viewers (persons)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>By session</source>
        <extracomment>Tables of the results: key, English and Chinese name of the choice.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English headers</source>
        <extracomment>Changes to these tables can change the results.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese headers 中文表头</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export 复盘 workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import platform results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A platform&apos;s result export (CSV or XLSX, e.g. 抖音罗盘, 淘宝直播): rows are matched to this campaign&apos;s sessions by host and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual vs range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative plan vs actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backtest: how honest were the ranges? (§7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign to see its results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — results (复盘): {n} of {total} sessions recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded shows yet: record actual results (in the Sessions table, or Import platform results above) and the backtest shows how often the actual fell inside its P10–P90 range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results (复盘)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show viewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: plan P50 {p50} (P10–P90 {p10} – {p90}) · &lt;b&gt;actual so far {a}&lt;/b&gt; · still to come P50 {t50} · outlook P50 {o50} (P10–P90 {o10} – {o90})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import platform results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export 复盘 workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioChart</name>
    <message>
        <source>Unique reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewers (UV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GMV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net GMV (after returns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI (net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per reached person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net GMV ÷ cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cur} per 1,000 views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cur} per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick two to four campaigns or scenarios. The first ticked (A) is the baseline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-platform breakdown of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick two to four campaigns or scenarios to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projecting {n} scenarios × {d} draws…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} paired draws, seed {seed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick a second campaign to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot project: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P({b} better) = {p}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{b} vs A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10–P90: {lo} – {hi}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{b} beats A on net GMV with probability {p1}, on reach with {p2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} by platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add session to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host (主播)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (China, 日期)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (China time, 开播时间)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (直播时长)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type (场次类型)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand minutes on air (讲解时长)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library figure for the tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slot (坑位): minutes the host presents the brand. A dedicated show (专场) sells the brand the whole time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot fee (坑位费)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission (佣金比例)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid traffic (投流)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme (直播主题)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (host quotes in {cur}; enter the fee in {camp})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default from the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a host to the roster first (Campaign ▸ Add host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host in the roster is called “{0}”: pick one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (China)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (China time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand minutes (讲解时长)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a host first (Hosts tab), then schedule it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Filter sessions: host, platform, theme, date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? (explain projection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session · times in China time (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sessions · times in China time (UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this projection?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhiskerChart</name>
    <message>
        <source>Recorded shows, in start order (China date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recorded shows yet: record actual results in the Sessions table or import a platform export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} shows inside their P10–P90 range (▲ projected median, ● actual: green inside, red outside). Hover a show for its figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{host} · {when}: actual {actual}, projected {mid} (P10–P90 {lo} – {hi}), {diff:+.0%}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
