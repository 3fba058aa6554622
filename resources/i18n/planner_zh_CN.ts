<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>&amp;New plan…</source>
        <translation>新建方案(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an empty plan file</source>
        <translation>新建一个空的方案文件</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>打开方案(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another plan file</source>
        <translation>打开另一个方案文件</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Write a copy of the whole plan to another file (the plan itself is always saved)</source>
        <translation>把整个方案的副本写入另一个文件（方案本身始终自动保存）</translation>
    </message>
    <message>
        <source>Import &amp;hosts…</source>
        <translation>导入达人(&amp;H)…</translation>
    </message>
    <message>
        <source>Add or update hosts from a CSV or XLSX roster (达人资源表); preview first</source>
        <translation>从 CSV 或 XLSX 达人资源表添加或更新达人；先预览</translation>
    </message>
    <message>
        <source>Import &amp;sessions…</source>
        <translation>导入场次(&amp;S)…</translation>
    </message>
    <message>
        <source>Add sessions to the selected campaign from a CSV or XLSX schedule (直播排期表)</source>
        <translation>从 CSV 或 XLSX 直播排期表向所选活动添加场次</translation>
    </message>
    <message>
        <source>&amp;Export schedule…</source>
        <translation>导出排期(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the schedule as an Excel workbook, CSV or calendar (ICS), in English or Chinese</source>
        <translation>将排期导出为 Excel 工作簿、CSV 或日历 (ICS)，中文或英文</translation>
    </message>
    <message>
        <source>Export host &amp;roster…</source>
        <translation>导出达人资源表(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the host roster as an Excel workbook or CSV</source>
        <translation>将达人资源表导出为 Excel 工作簿或 CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the planner; every edit is already saved</source>
        <translation>关闭规划工具；每次修改都已保存</translation>
    </message>
    <message>
        <source>&amp;Delete rows…</source>
        <translation>删除行(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected sessions, hosts or campaign, saying first what goes with them (Undo brings them back). Del clears just the cell</source>
        <translation>删除所选场次、达人或活动,并先说明会一并删除哪些内容(可撤销恢复)。Del 键只清空单元格</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>Start a new campaign</source>
        <translation>开始一个新活动</translation>
    </message>
    <message>
        <source>&amp;Duplicate as scenario</source>
        <translation>复制为方案对比(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the selected campaign and its sessions as a scenario to compare</source>
        <translation>复制所选活动及其场次，作为对比方案</translation>
    </message>
    <message>
        <source>&amp;Edit campaign…</source>
        <translation>编辑活动(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the selected campaign&apos;s name, dates, budget and margins</source>
        <translation>修改所选活动的名称、日期、预算和利润率</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>添加场次(&amp;S)…</translation>
    </message>
    <message>
        <source>Schedule a livestream session in this campaign</source>
        <translation>在此活动中排一场直播</translation>
    </message>
    <message>
        <source>Add &amp;host…</source>
        <translation>添加达人(&amp;H)…</translation>
    </message>
    <message>
        <source>Add a host (KOL, KOC or store account) to the roster</source>
        <translation>向达人资源表添加达人（达人、KOC 或店播账号）</translation>
    </message>
    <message>
        <source>&amp;Why this projection?</source>
        <translation>为什么是这个预估？(&amp;W)</translation>
    </message>
    <message>
        <source>Explain the selected session&apos;s projected figures step by step</source>
        <translation>逐步解释所选场次的预估数据</translation>
    </message>
    <message>
        <source>Display &amp;time zone…</source>
        <translation>显示时区(&amp;T)…</translation>
    </message>
    <message>
        <source>Choose the zone shown beside China time</source>
        <translation>选择在北京时间旁显示的时区</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <source>Show or hide the schedule problems: conflicts, dates outside the campaign, notes</source>
        <translation>显示或隐藏排期问题：冲突、超出活动日期、提示</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>Show every change to this plan, newest first; restore what a change deleted or replaced</source>
        <translation>显示此计划的每一次更改(最新在前);可恢复某次更改删除或替换的内容</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Put the plan back as an automatic backup has it (the current state is backed up first)</source>
        <translation>将计划恢复为某个自动备份的状态(会先备份当前状态)</translation>
    </message>
    <message>
        <source>&amp;Filter table</source>
        <translation>筛选表格(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the current table</source>
        <translation>筛选当前表格</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose the language of the planner and how figures are shown</source>
        <translation>选择规划工具的语言和数字显示方式</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Version, where the plan file lives, data sources</source>
        <translation>版本、方案文件位置、数据来源</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>将图表导出为 PNG…</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>将图表导出为 SVG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or an SVG vector file</source>
        <translation>将此图表保存为 PNG 图片或 SVG 矢量文件</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Live-commerce planner {version}&lt;/h3&gt;&lt;p&gt;Plans livestream-commerce campaigns in China: hosts, sessions, projections with P10–P90 ranges.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Plan file:&lt;/b&gt;&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Every edit is written to it at once; there is no Save. File ▸ Save a copy as… writes a copy.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources:&lt;/b&gt; the benchmark library ships with the planner (Benchmarks tab): {sourced} of {total} figures are published figures (platform filings, CNNIC, QuestMobile and others, each named in its Source column); the rest are estimates derived from them or the planner&apos;s assumptions, marked as such. Festival dates come from the shipped calendar. Change any figure to your own; yours are kept when the library is updated.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;直播带货规划工具 {version}&lt;/h3&gt;&lt;p&gt;规划中国的直播电商活动：达人、场次、带 P10–P90 区间的预估。&lt;/p&gt;&lt;p&gt;&lt;b&gt;方案文件：&lt;/b&gt;&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;每次修改都会立即写入；没有&quot;保存&quot;按钮。文件 ▸ 另存副本… 可写入一份副本。&lt;/p&gt;&lt;p&gt;&lt;b&gt;数据来源：&lt;/b&gt;基准库随工具提供（&quot;基准&quot;标签页）：{total} 个数据中有 {sourced} 个为公开数据（平台财报、CNNIC、QuestMobile 等，来源列中逐一注明）；其余是据此推算的估计值或本工具的假设，均已标明。节日日期来自随附的日历。任何数据都可改成您自己的；基准库更新时会保留您的修改。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>{suffix} 文件</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>打开方案</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Display time zone</source>
        <translation>显示时区</translation>
    </message>
    <message>
        <source>Times are planned in China time; show them also in:</source>
        <translation>排期以北京时间计划；同时显示：</translation>
    </message>
    <message>
        <source>Record actual results</source>
        <translation>录入实际结果</translation>
    </message>
    <message>
        <source> — actual result (复盘); type a figure, 1.2万 works; empty clears it</source>
        <translation> — 实际结果（复盘）；输入数字，可写 1.2万；留空则清除</translation>
    </message>
    <message>
        <source>Figures read on</source>
        <translation>数据日期</translation>
    </message>
    <message>
        <source>数据日期 — when the figures were read: platform GMV keeps changing for days after a show</source>
        <translation>数据日期 — 读取数据的日期：直播结束后数天内平台 GMV 仍会变化</translation>
    </message>
    <message>
        <source>✔ sourced</source>
        <translation>✔ 公开数据</translation>
    </message>
    <message>
        <source>≈ estimate</source>
        <translation>≈ 估计</translation>
    </message>
    <message>
        <source>? assumption</source>
        <translation>? 假设</translation>
    </message>
    <message>
        <source>convention</source>
        <translation>惯例</translation>
    </message>
    <message>
        <source>✎ yours</source>
        <translation>✎ 自定义</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>Edit benchmark {metric}</source>
        <translation>编辑基准 {metric}</translation>
    </message>
    <message>
        <source>Changed by you (kept when the shipped library is updated)</source>
        <translation>已由您修改（基准库更新时保留）</translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation>原始数据</translation>
    </message>
    <message>
        <source>✎ = changed by you. Figures you changed are kept when the shipped library is updated</source>
        <translation>✎ = 已由您修改。您修改的数据在基准库更新时会保留</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>sourced = published figure; estimate = derived from sources; assumption = the planner&apos;s judgement, check it</source>
        <translation>sourced = 公开数据；estimate = 据来源推算；assumption = 本工具的判断，请核对</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Tier / band</source>
        <translation>层级 / 时段</translation>
    </message>
    <message>
        <source>A host tier, an hour band such as 19-23 (China time), or a category</source>
        <translation>达人层级、时段如 19-23（北京时间）或类目</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Library key: {key}</source>
        <translation>库键名：{key}</translation>
    </message>
    <message>
        <source>Value (P50)</source>
        <translation>数值 (P50)</translation>
    </message>
    <message>
        <source>The median figure used by projections</source>
        <translation>预估使用的中位数</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>Low end: 1 in 10 outcomes is below</source>
        <translation>低值：十分之一的结果低于此值</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>High end: 1 in 10 outcomes is above</source>
        <translation>高值：十分之一的结果高于此值</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Campaigns and scenarios</source>
        <translation>活动与方案</translation>
    </message>
    <message>
        <source>{name}
{start} – {end} (China dates)
Budget {budget}
1 session</source>
        <translation>{name}
{start} – {end}（中国日期）
预算 {budget}
1 场</translation>
    </message>
    <message>
        <source>{name}
{start} – {end} (China dates)
Budget {budget}
{n} sessions</source>
        <translation>{name}
{start} – {end}（中国日期）
预算 {budget}
{n} 场</translation>
    </message>
    <message>
        <source>
Scenario: a copy to compare against its campaign</source>
        <translation>
对比方案：活动的副本，用于与原活动比较</translation>
    </message>
    <message>
        <source>{tier} · from followers</source>
        <translation>{tier} · 按粉丝数</translation>
    </message>
    <message>
        <source>auto (from followers)</source>
        <translation>自动（按粉丝数）</translation>
    </message>
    <message>
        <source>Edit host</source>
        <translation>编辑达人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>达人昵称 — nickname</source>
        <translation>达人昵称</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>达人ID / 平台账号</source>
        <translation>达人ID / 平台账号</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>层级 — 头部 / 腰部 / 尾部 / KOC</source>
        <translation>层级 — 头部 / 腰部 / 尾部 / KOC</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>粉丝数</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Avg viewers</source>
        <translation>场均观看</translation>
    </message>
    <message>
        <source>场均观看 — the host&apos;s own unique viewers per session, from a data tool (optional)</source>
        <translation>场均观看 — 达人自己每场的去重观看人数，来自数据工具（可选）</translation>
    </message>
    <message>
        <source>Slot fee</source>
        <translation>坑位费</translation>
    </message>
    <message>
        <source>坑位费 — slot fee</source>
        <translation>坑位费</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>佣金比例 — share of net GMV</source>
        <translation>佣金比例 — 占净成交的比例</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>机构 (MCN)</source>
        <translation>机构 (MCN)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>合作状态</source>
        <translation>合作状态</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>类目 / 标签</source>
        <translation>类目 / 标签</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Other costs (campaign, 其他成本)</source>
        <translation>其他成本（活动）</translation>
    </message>
    <message>
        <source>Total (合计)</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The campaign&apos;s totals, as on the cards above: reach is de-duplicated across platforms, and cost includes the campaign&apos;s other costs.</source>
        <translation>活动合计，与上方卡片一致：触达人数跨平台去重，成本含活动的其他成本。</translation>
    </message>
    <message>
        <source>Median {mid}; P10–P90: {low} – {high}; average outcome {mean}</source>
        <translation>中位数 {mid}；P10–P90：{low} – {high}；平均结果 {mean}</translation>
    </message>
    <message>
        <source>No schedule problems</source>
        <extracomment>From this many sessions a campaign&apos;s rows are read off the UI thread. Edits of up to this many sessions are applied to the rows in place; bigger ones re-read the campaign.</extracomment>
        <translation>没有排期问题</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>编辑场次</translation>
    </message>
    <message>
        <source>whole show</source>
        <translation>整场</translation>
    </message>
    <message>
        <source>library</source>
        <translation>基准库</translation>
    </message>
    <message>
        <source>Start (China time)</source>
        <translation>开播时间（北京时间）</translation>
    </message>
    <message>
        <source>开播时间 — start in China time (UTC+8); edit in China time</source>
        <translation>开播时间 — 北京时间 (UTC+8)；按北京时间编辑</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>您的时间</translation>
    </message>
    <message>
        <source>The start in your display time zone (View ▸ Display time zone)</source>
        <translation>按您的显示时区的开播时间（视图 ▸ 显示时区）</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>直播时长</translation>
    </message>
    <message>
        <source>直播时长</source>
        <translation>直播时长</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <source>主播 — the host of the session</source>
        <translation>主播 — 本场主播</translation>
    </message>
    <message>
        <source>平台 — the host&apos;s platform</source>
        <translation>平台 — 主播所在平台</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>场次类型 — what the brand bought: a dedicated show (专场 / 店播) or one slot (坑位) in a multi-brand show</source>
        <translation>场次类型 — 品牌购买的内容：专场（专场 / 店播）或混场中的一个坑位</translation>
    </message>
    <message>
        <source>Brand minutes</source>
        <translation>讲解时长</translation>
    </message>
    <message>
        <source>讲解时长 — minutes the host presents the brand in a slot; empty = the library&apos;s figure for the host&apos;s tier</source>
        <translation>讲解时长 — 达人在坑位中讲解品牌的分钟数；留空 = 基准库中该达人层级的数值</translation>
    </message>
    <message>
        <source>坑位费 — fixed fee for the slot, paid whatever is sold</source>
        <translation>坑位费 — 坑位的固定费用，无论卖出多少都需支付</translation>
    </message>
    <message>
        <source>佣金比例 — share of net GMV paid to the host; &apos;·host&apos; = the host&apos;s own rate</source>
        <translation>佣金比例 — 按净成交支付给达人的比例；&quot;·host&quot; = 达人自己的比例</translation>
    </message>
    <message>
        <source>Paid traffic</source>
        <translation>投流</translation>
    </message>
    <message>
        <source>投流 — paid promotion bringing viewers into the live room (e.g. Qianchuan 千川)</source>
        <translation>投流 — 为直播间引流的付费推广（如千川）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>直播主题</translation>
    </message>
    <message>
        <source>直播主题</source>
        <translation>直播主题</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Schedule problems: ✖ host double-booked or brand overlap, ⚠ outside the campaign dates, ℹ off prime time or on a public holiday (see View ▸ Problems)</source>
        <translation>排期问题：✖ 达人撞档或品牌自身重叠，⚠ 超出活动日期，ℹ 非黄金时段或遇公共假日（见 视图 ▸ 问题）</translation>
    </message>
    <message>
        <source> — double-click for how it is worked out</source>
        <translation> — 双击查看计算过程</translation>
    </message>
    <message>
        <source>Brand viewers (trace)</source>
        <translation>品牌曝光人数（推算）</translation>
    </message>
    <message>
        <source>品牌曝光人数 — show viewers present while the brand is on air, every figure at its median</source>
        <translation>品牌曝光人数 — 品牌讲解期间在场的观众，各项取中位数</translation>
    </message>
    <message>
        <source>GMV (trace)</source>
        <translation>GMV（推算）</translation>
    </message>
    <message>
        <source>预估 GMV — gross sales, every figure at its median (the trace)</source>
        <translation>预估 GMV — 成交金额，各项取中位数（推算）</translation>
    </message>
    <message>
        <source>Cost (trace)</source>
        <translation>成本（推算）</translation>
    </message>
    <message>
        <source>预估成本 — slot fee + commission + paid traffic (the trace)</source>
        <translation>预估成本 — 坑位费 + 佣金 + 投流（推算）</translation>
    </message>
    <message>
        <source>ROI (trace)</source>
        <translation>ROI（推算）</translation>
    </message>
    <message>
        <source>投产比 — net GMV ÷ cost (the trace)</source>
        <translation>投产比 — 净成交 ÷ 成本（推算）</translation>
    </message>
    <message>
        <source>Your time ({zone})</source>
        <translation>您的时间（{zone}）</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>另外 {n} 个</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 个场次</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} 个场次</translation>
    </message>
    <message>
        <source>{scenario} (scenario of {campaign})</source>
        <translation>{scenario}({campaign} 的方案)</translation>
    </message>
    <message>
        <source>{n} hosts ({names})</source>
        <translation>{n} 位达人({names})</translation>
    </message>
    <message>
        <source>{n} in {campaign}</source>
        <translation>{campaign} 中 {n} 场</translation>
    </message>
    <message>
        <source>Delete {who} and the {sessions} {booked}: {where}?</source>
        <translation>删除 {who} 以及 {sessions}{booked}:{where}?</translation>
    </message>
    <message>
        <source>Delete host {name}</source>
        <translation>删除达人 {name}</translation>
    </message>
    <message>
        <source>Delete {n} hosts</source>
        <translation>删除 {n} 位达人</translation>
    </message>
    <message>
        <source>booked with this host</source>
        <translation>(该达人的已排场次)</translation>
    </message>
    <message>
        <source>booked with them</source>
        <translation>(这些达人的已排场次)</translation>
    </message>
    <message>
        <source>Delete {who} and the {sessions} {booked}, in {where}?</source>
        <translation>删除 {who} 以及 {where} 中的 {sessions}{booked}?</translation>
    </message>
    <message>
        <source>Delete campaign {name}</source>
        <translation>删除活动 {name}</translation>
    </message>
    <message>
        <source>Delete the campaign {name} and its {sessions}?</source>
        <translation>删除活动 {name} 及其 {sessions}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back; the History panel keeps them after a restart.</source>
        <translation>编辑 ▸ 撤销可恢复;重启后历史记录面板中仍保留。</translation>
    </message>
    <message>
        <source>{title} is worked out by the planner: there is nothing to clear</source>
        <translation>{title} 由计划工具计算得出:无可清空的内容</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>{title} cannot be empty ({why}): type a value instead</source>
        <translation>{title} 不能为空({why}):请改为输入一个值</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About the planner</source>
        <translation>关于规划工具</translation>
    </message>
</context>
<context>
    <name>ActualsImportDialog</name>
    <message>
        <source>Import actual results (复盘)</source>
        <translation>导入实际结果（复盘）</translation>
    </message>
    <message>
        <source>Record rows that match no planned session as unplanned sessions of their hosts (store streams often are)</source>
        <translation>将未匹配任何计划场次的行记录为对应达人的计划外场次（店播常常如此）</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <source>Start (China time)</source>
        <translation>开播时间（北京时间）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Session or reason</source>
        <translation>场次或原因</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Problems and warnings (row, column, value, rule):</source>
        <translation>问题和警告（行、列、值、规则）：</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>已匹配</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>不明确</translation>
    </message>
    <message>
        <source>session {id}: {host} {when}</source>
        <translation>场次 {id}：{host} {when}</translation>
    </message>
    <message>
        <source> — updates recorded figures</source>
        <translation> — 更新已录入的数据</translation>
    </message>
    <message>
        <source>new unplanned session of {host}</source>
        <translation>{host} 的新计划外场次</translation>
    </message>
    <message>
        <source>{file} → {campaign}: {summary}.</source>
        <translation>{file} → {campaign}：{summary}。</translation>
    </message>
    <message>
        <source>{n} problem(s): nothing can be imported until the file is corrected.</source>
        <translation>{n} 个问题：文件修正前无法导入任何内容。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups of this plan, made automatically (on opening, at most daily; the last 10 are kept) in {folder}. Restoring first backs up the plan as it is now, so you can come back to it.</source>
        <translation>此计划的自动备份(打开时创建,每天最多一次;保留最近 10 份),位于 {folder}。恢复前会先备份当前计划,以便随时回退。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>There is no backup of this plan yet.</source>
        <translation>此计划尚无备份。</translation>
    </message>
</context>
<context>
    <name>BenchmarkChart</name>
    <message>
        <source>Viewers per session (views, PV)</source>
        <extracomment>Metrics whose ranges span orders of magnitude: shown on a log scale unless the user turns it off.</extracomment>
        <translation>每场观看（人次，PV）</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>看播转化率</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Paid traffic CPM</source>
        <translation>投流千次曝光成本</translation>
    </message>
    <message>
        <source>Platform universe (users)</source>
        <translation>平台用户规模</translation>
    </message>
    <message>
        <source>Returning-viewer share (老粉占比)</source>
        <translation>老粉占比</translation>
    </message>
    <message>
        <source>Platform fee rate</source>
        <translation>技术服务费率</translation>
    </message>
    <message>
        <source>Host commission (all platforms, by tier)</source>
        <translation>达人佣金（所有平台，按层级）</translation>
    </message>
    <message>
        <source>Slot fee (all platforms, by tier)</source>
        <translation>坑位费（所有平台，按层级）</translation>
    </message>
    <message>
        <source>Return rate (all platforms)</source>
        <translation>退货率（所有平台）</translation>
    </message>
    <message>
        <source>Festival viewer multiplier (by tier)</source>
        <translation>大促流量系数（按层级）</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观看</translation>
    </message>
    <message>
        <source>CVR</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>AOV</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Return.</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Views (PV) per session</source>
        <translation>每场观看人次 (PV)</translation>
    </message>
    <message>
        <source>Buyers per unique viewer (%)</source>
        <translation>每位去重观众的成交人数 (%)</translation>
    </message>
    <message>
        <source>CNY per order</source>
        <translation>元/单</translation>
    </message>
    <message>
        <source>CNY per 1,000 paid impressions</source>
        <translation>元/千次付费曝光</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Share of a session&apos;s viewers (%)</source>
        <translation>占场观的比例 (%)</translation>
    </message>
    <message>
        <source>Share of net GMV (%)</source>
        <translation>占净成交的比例 (%)</translation>
    </message>
    <message>
        <source>CNY per session slot</source>
        <translation>元/坑位</translation>
    </message>
    <message>
        <source>Share of GMV refunded (%)</source>
        <translation>退款占 GMV 比例 (%)</translation>
    </message>
    <message>
        <source>× viewers during a festival window</source>
        <translation>大促期间观看人数倍数</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <source>One metric, by platform</source>
        <translation>单一指标，按平台</translation>
    </message>
    <message>
        <source>Compare metrics (normalised)</source>
        <translation>对比多项指标（归一化）</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>A logarithmic axis keeps small bars readable when the P10–P90 ranges span orders of magnitude</source>
        <translation>当 P10–P90 区间跨越多个数量级时，对数坐标让小柱子仍然清晰可读</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标：</translation>
    </message>
    <message>
        <source>Host tier:</source>
        <translation>达人层级：</translation>
    </message>
    <message>
        <source>median with P10–P90 range</source>
        <translation>中位数及 P10–P90 区间</translation>
    </message>
    <message>
        <source>No figures for this metric</source>
        <translation>该指标没有数据</translation>
    </message>
    <message>
        <source>Sourced figure</source>
        <translation>公开数据</translation>
    </message>
    <message>
        <source>Estimate or assumption</source>
        <translation>估计或假设</translation>
    </message>
    <message>
        <source>P10–P90 range (bar = median)</source>
        <translation>P10–P90 区间（柱 = 中位数）</translation>
    </message>
    <message>
        <source>Each metric as a share of the highest platform median (100% = top platform); viewers for tier {tier}; hatched = estimate</source>
        <translation>每项指标占最高平台中位数的比例（100% = 最高平台）；观看按 {tier} 层级；斜线 = 估计值</translation>
    </message>
    <message>
        <source>P10–P90: {low} – {high}</source>
        <translation>P10–P90：{low} – {high}</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>公开数据</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>convention</source>
        <translation>惯例</translation>
    </message>
    <message>
        <source> (all-platform default)</source>
        <translation>（全平台默认值）</translation>
    </message>
    <message>
        <source>Basis: {basis} · Year: {year}</source>
        <translation>依据：{basis} · 年份：{year}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>来源：{source}</translation>
    </message>
    <message>
        <source>Edited in this plan</source>
        <translation>已在本方案中修改</translation>
    </message>
    <message>
        <source>{share} of the top platform</source>
        <translation>最高平台的 {share}</translation>
    </message>
</context>
<context>
    <name>BenchmarksView</name>
    <message>
        <source>Filter figures: platform, metric, basis, source…</source>
        <translation>筛选数据：平台、指标、依据、来源…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fff6d6&apos;&gt;&amp;nbsp;≈ estimate&amp;nbsp;&lt;/span&gt; derived from sources · &lt;span style=&apos;background:#ffe6cc&apos;&gt;&amp;nbsp;? assumption&amp;nbsp;&lt;/span&gt; the planner&apos;s judgement, check it · ✔ sourced = published figure · &lt;b&gt;bold ✎&lt;/b&gt; = changed by you. Double-click a figure to edit.</source>
        <translation>&lt;span style=&apos;background:#fff6d6&apos;&gt;&amp;nbsp;≈ 估计&amp;nbsp;&lt;/span&gt; 据来源推算 · &lt;span style=&apos;background:#ffe6cc&apos;&gt;&amp;nbsp;? 假设&amp;nbsp;&lt;/span&gt; 本工具的判断，请核对 · ✔ 公开数据 = 已发布的数据 · &lt;b&gt;粗体 ✎&lt;/b&gt; = 已由您修改。双击数据可编辑。</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <source>Select a campaign to see how reach and net GMV respond to paid traffic.</source>
        <extracomment>A denser grid than the default so the curve reads smooth.</extracomment>
        <translation>选择一个活动，查看触达人数和净成交如何随投流变化。</translation>
    </message>
    <message>
        <source>Projecting {n} budget levels…</source>
        <translation>正在预估 {n} 个预算档位…</translation>
    </message>
    <message>
        <source>Planned paid traffic (1×): {spend}. Expected values at benchmark medians.</source>
        <translation>计划投流 (1×)：{spend}。按基准中位数计算的期望值。</translation>
    </message>
    <message>
        <source>Cannot project: {error}</source>
        <translation>无法预估：{error}</translation>
    </message>
    <message>
        <source>Extra unique reach from paid traffic</source>
        <translation>投流带来的新增去重触达</translation>
    </message>
    <message>
        <source>People reached (vs no paid traffic)</source>
        <translation>触达人数（相对无投流）</translation>
    </message>
    <message>
        <source>+{v} people (total {t})</source>
        <translation>+{v} 人（合计 {t}）</translation>
    </message>
    <message>
        <source>Extra net GMV and extra cost from paid traffic</source>
        <translation>投流带来的新增净成交与新增成本</translation>
    </message>
    <message>
        <source>{cur} (vs no paid traffic)</source>
        <translation>{cur}（相对无投流）</translation>
    </message>
    <message>
        <source>+{v} net GMV (total {t})</source>
        <translation>+{v} 净成交（合计 {t}）</translation>
    </message>
    <message>
        <source>Extra reach</source>
        <translation>新增触达</translation>
    </message>
    <message>
        <source>Extra net GMV</source>
        <translation>新增净成交</translation>
    </message>
    <message>
        <source>Extra cost (paid traffic, commission, fees)</source>
        <translation>新增成本（投流、佣金、费用）</translation>
    </message>
    <message>
        <source>Current plan (1×)</source>
        <translation>当前方案 (1×)</translation>
    </message>
    <message>
        <source>Paid traffic (投流) as a multiple of the plan</source>
        <translation>投流相对计划的倍数</translation>
    </message>
    <message>
        <source>Current plan: {v}</source>
        <translation>当前方案：{v}</translation>
    </message>
    <message>
        <source>paid traffic ({spend})</source>
        <translation>投流（{spend}）</translation>
    </message>
    <message>
        <source>Reach: {v}</source>
        <translation>触达人数：{v}</translation>
    </message>
    <message>
        <source>Net GMV: {v}</source>
        <translation>净成交：{v}</translation>
    </message>
    <message>
        <source>Cost: {v} · ROI {roi}</source>
        <translation>成本：{v} · ROI {roi}</translation>
    </message>
    <message>
        <source>Marginal: {r} people and {g} net GMV per extra {cur} 1,000</source>
        <translation>边际：每多投 {cur} 1,000 增加 {r} 人和 {g} 净成交</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <source>Item</source>
        <translation>分配项</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Marginal return</source>
        <translation>边际回报</translation>
    </message>
    <message>
        <source>Marginal ROI</source>
        <translation>边际 ROI</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>At least this much (e.g. 50,000, or 20% of a fixed budget). Type to change.</source>
        <translation>至少这么多（如 50,000，或固定预算的 20%）。输入即可修改。</translation>
    </message>
    <message>
        <source>At most this much (e.g. 200,000, or 40% of a fixed budget). Type to change.</source>
        <translation>至多这么多（如 200,000，或固定预算的 40%）。输入即可修改。</translation>
    </message>
    <message>
        <source>What the next unit of money on this item adds to the objective, at the recommendation (profit: net of that unit)</source>
        <translation>在推荐金额处，此项再多投一单位资金对目标的增量（利润：扣除该单位后的净值）</translation>
    </message>
    <message>
        <source>Net GMV the next unit of paid traffic adds, at the recommendation</source>
        <translation>在推荐金额处，再多一单位投流带来的净成交</translation>
    </message>
    <message>
        <source>{n} people / {cur} 1,000</source>
        <translation>{n} 人 / {cur} 1,000</translation>
    </message>
    <message>
        <source>{m} {cur} / {cur}</source>
        <translation>{m} {cur} / {cur}</translation>
    </message>
    <message>
        <source>The curve was fitted on {lo}–{hi} {cur}; the recommendation is {side} that range, where the curve is extrapolated.</source>
        <translation>曲线拟合于 {lo}–{hi} {cur}；推荐金额在该范围{side}，此处曲线为外推。</translation>
    </message>
    <message>
        <source>above</source>
        <translation>之上</translation>
    </message>
    <message>
        <source>below</source>
        <translation>之下</translation>
    </message>
    <message>
        <source>Paid traffic is spread over this item&apos;s sessions in proportion to today&apos;s</source>
        <translation>投流按今天的比例分配到此项的各场次</translation>
    </message>
    <message>
        <source>No paid traffic here today: it is spread evenly over this item&apos;s sessions</source>
        <translation>此项今天没有投流：平均分配到此项的各场次</translation>
    </message>
    <message>
        <source>at its minimum</source>
        <translation>处于最小值</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>处于最大值</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>未分配资金</translation>
    </message>
    <message>
        <source>extrapolated</source>
        <translation>外推</translation>
    </message>
    <message>
        <source>spread evenly</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>{what} of {item}: {text!r} {err}</source>
        <translation>{item} 的{what}：{text!r} {err}</translation>
    </message>
    <message>
        <source>is not an amount or a share such as 20%</source>
        <translation>不是金额或比例（如 20%）</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>The scenario gets each item&apos;s recommended paid traffic spread over the item&apos;s sessions in proportion to today&apos;s paid traffic, or evenly where the item has none today.</source>
        <translation>对比方案中，每项的推荐投流按今天的投流比例分配到该项的各场次；今天没有投流的项则平均分配。</translation>
    </message>
    <message>
        <source>net GMV</source>
        <extracomment>planner.domain.recommend.OBJECTIVES, for the translation tools (the domain has no Qt).</extracomment>
        <translation>净成交</translation>
    </message>
    <message>
        <source>unique reach</source>
        <translation>去重触达</translation>
    </message>
    <message>
        <source>profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Net GMV</source>
        <translation>净成交</translation>
    </message>
    <message>
        <source>Unique reach</source>
        <translation>去重触达</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Fixed budget: split an amount</source>
        <translation>固定预算：分配一笔金额</translation>
    </message>
    <message>
        <source>Flexible budget: how much is worth buying</source>
        <translation>弹性预算：值得投多少</translation>
    </message>
    <message>
        <source>Fixed: split the amount below across the items. Flexible: fund each item up to where its last unit of money stops paying (marginal profit 0), or stops returning the target ROI.</source>
        <translation>固定：把下方金额分配到各项。弹性：每项投到最后一单位资金不再盈利（边际利润为 0）或达不到目标 ROI 为止。</translation>
    </message>
    <message>
        <source>today&apos;s paid traffic</source>
        <translation>今天的投流</translation>
    </message>
    <message>
        <source>The paid-traffic budget to split; leave at its lowest for today&apos;s total</source>
        <translation>要分配的投流预算；保持最低值即为今天的总额</translation>
    </message>
    <message>
        <source>none: stop at marginal profit 0</source>
        <translation>无：边际利润为 0 时停止</translation>
    </message>
    <message>
        <source>Fund each item while an extra unit of paid traffic returns at least this much net GMV (marginal ROI)</source>
        <translation>每多一单位投流至少带来这么多净成交（边际 ROI）时，继续为该项投入</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>达人</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Clear bounds</source>
        <translation>清除上下限</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>预算：</translation>
    </message>
    <message>
        <source>Amount to split:</source>
        <translation>分配金额：</translation>
    </message>
    <message>
        <source>Target marginal ROI:</source>
        <translation>目标边际 ROI：</translation>
    </message>
    <message>
        <source>Line items:</source>
        <translation>分配项：</translation>
    </message>
    <message>
        <source>Create scenario from recommendation</source>
        <translation>根据推荐创建对比方案</translation>
    </message>
    <message>
        <source>Per item (type a Min or Max, e.g. 50,000 or 20%, then Recommend again):</source>
        <translation>各项（输入最小值或最大值，如 50,000 或 20%，然后再次点击&quot;推荐&quot;）：</translation>
    </message>
    <message>
        <source>Line items changed: press Recommend.</source>
        <translation>分配项已更改：请点击&quot;推荐&quot;。</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>请先选择一个活动。</translation>
    </message>
    <message>
        <source>Cannot recommend: {err}</source>
        <translation>无法推荐：{err}</translation>
    </message>
    <message>
        <source>{v} people</source>
        <translation>{v} 人</translation>
    </message>
    <message>
        <source>Worth buying: &lt;b&gt;{cur} {b}&lt;/b&gt; of paid traffic (today {cur} {t}).</source>
        <translation>值得投入：&lt;b&gt;{cur} {b}&lt;/b&gt; 投流（今天 {cur} {t}）。</translation>
    </message>
    <message>
        <source>Split of &lt;b&gt;{cur} {b}&lt;/b&gt; of paid traffic (today {cur} {t}).</source>
        <translation>分配 &lt;b&gt;{cur} {b}&lt;/b&gt; 投流（今天 {cur} {t}）。</translation>
    </message>
    <message>
        <source>Projected {what} at benchmark medians: today {a} → recommended &lt;b&gt;{b}&lt;/b&gt; ({g}).</source>
        <translation>按基准中位数预估的{what}：今天 {a} → 推荐 &lt;b&gt;{b}&lt;/b&gt;（{g}）。</translation>
    </message>
    <message>
        <source>Beats today in &lt;b&gt;{p}&lt;/b&gt; of {n} paired draws; gain P10–P90 {lo} to {hi}.</source>
        <translation>在 {n} 次配对模拟中有 &lt;b&gt;{p}&lt;/b&gt; 优于今天；增量 P10–P90 {lo} 至 {hi}。</translation>
    </message>
    <message>
        <source>Choose an objective and a budget, then press Recommend.</source>
        <translation>选择目标和预算，然后点击&quot;推荐&quot;。</translation>
    </message>
    <message>
        <source>Select a campaign to get a budget recommendation.</source>
        <translation>选择一个活动以获取预算推荐。</translation>
    </message>
    <message>
        <source>The plan changed since this recommendation: press Recommend again.</source>
        <translation>方案在此推荐之后已更改：请再次点击&quot;推荐&quot;。</translation>
    </message>
</context>
<context>
    <name>BuildupChart</name>
    <message>
        <source>Select a campaign to see its reach build-up.</source>
        <translation>选择一个活动，查看其触达累积。</translation>
    </message>
    <message>
        <source>Projecting the build-up of {name}…</source>
        <translation>正在预估 {name} 的累积…</translation>
    </message>
    <message>
        <source>{name}: cumulative reach and GMV by China date (band: P10–P90 of {d} draws)</source>
        <translation>{name}：按中国日期的累计触达和 GMV（区间：{d} 次模拟的 P10–P90）</translation>
    </message>
    <message>
        <source>Cannot project: {error}</source>
        <translation>无法预估：{error}</translation>
    </message>
    <message>
        <source>Cumulative unique reach</source>
        <translation>累计去重触达</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>触达人数</translation>
    </message>
    <message>
        <source>Cumulative GMV</source>
        <translation>累计 GMV</translation>
    </message>
    <message>
        <source>Expected (benchmark medians)</source>
        <translation>期望值（基准中位数）</translation>
    </message>
    <message>
        <source>P10–P90 range</source>
        <translation>P10–P90 区间</translation>
    </message>
    <message>
        <source>Festival window (lighter: presale)</source>
        <translation>节日窗口（浅色：预售）</translation>
    </message>
    <message>
        <source>China date (Asia/Shanghai)</source>
        <translation>中国日期 (Asia/Shanghai)</translation>
    </message>
    <message>
        <source>(China date, cumulative)</source>
        <translation>（中国日期，累计）</translation>
    </message>
    <message>
        <source>Reach: {v}</source>
        <translation>触达人数：{v}</translation>
    </message>
    <message>
        <source>GMV: {v}</source>
        <translation>GMV：{v}</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <source>presale from {0}, </source>
        <translation>预售自 {0}，</translation>
    </message>
    <message>
        <source>{0} {1}
{2}{3} – {4} (China dates)</source>
        <translation>{0} {1}
{2}{3} – {4}（中国日期）</translation>
    </message>
    <message>
        <source>{0} China time · {1}</source>
        <translation>北京时间 {0} · {1}</translation>
    </message>
    <message>
        <source>Public holiday: {0}</source>
        <translation>公共假日：{0}</translation>
    </message>
    <message>
        <source>Click to add a session here</source>
        <translation>点击在此添加场次</translation>
    </message>
    <message>
        <source>{0} China time</source>
        <translation>北京时间 {0}</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>还有 {0} 场</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Jump to a shopping festival of the shown year</source>
        <translation>跳转到所示年份的购物节</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Jump to festival ({0})…</source>
        <translation>跳转到节日（{0}）…</translation>
    </message>
    <message>
        <source>Grid in China time · your zone: {0}</source>
        <translation>网格为北京时间 · 您的时区：{0}</translation>
    </message>
    <message>
        <source>prime time {0}:00–{1}:00 China</source>
        <translation>黄金时段 {0}:00–{1}:00（北京时间）</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>公共假日</translation>
    </message>
    <message>
        <source>Change session length</source>
        <translation>修改场次时长</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>移动场次</translation>
    </message>
    <message>
        <source>Choose a campaign first: new sessions are added to the selected one.</source>
        <translation>请先选择一个活动：新场次会添加到所选活动中。</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>添加场次</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>编辑场次</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Brand (品牌)</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Category (类目)</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Start date (China)</source>
        <translation>开始日期（中国）</translation>
    </message>
    <message>
        <source>End date (China)</source>
        <translation>结束日期（中国）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Gross margin on net GMV</source>
        <translation>净成交毛利率</translation>
    </message>
    <message>
        <source>Other costs (samples, production, retainer)</source>
        <translation>其他成本（寄样、制作、服务费）</translation>
    </message>
    <message>
        <source>Order value (客单价), CNY</source>
        <translation>客单价 (CNY)</translation>
    </message>
    <message>
        <source>library figure</source>
        <translation>基准库数据</translation>
    </message>
    <message>
        <source>Conversion (看播转化率)</source>
        <translation>看播转化率</translation>
    </message>
    <message>
        <source>Return rate (退货率)</source>
        <translation>退货率</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>OK converts the budget, other costs, slot fees and paid traffic from {old} at the plan&apos;s exchange rate (undoable)</source>
        <translation>确定后将按方案汇率把预算、其他成本、坑位费和投流从 {old} 换算（可撤销）</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Platform benchmarks</source>
        <translation>平台基准</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Reach build-up</source>
        <translation>触达累积</translation>
    </message>
    <message>
        <source>Budget curve</source>
        <translation>预算曲线</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
</context>
<context>
    <name>ChinaDateTimeEdit</name>
    <message>
        <source>China time (UTC+8)</source>
        <translation>北京时间 (UTC+8)</translation>
    </message>
    <message>
        <source>= {local}</source>
        <translation>= {local}</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Host double-booked</source>
        <extracomment>The problem kinds of planner.domain.schedule.KIND_LABELS, for the translation tools (the domain has no Qt).</extracomment>
        <translation>达人撞档</translation>
    </message>
    <message>
        <source>Brand overlaps itself</source>
        <translation>品牌自身场次重叠</translation>
    </message>
    <message>
        <source>Outside campaign dates</source>
        <translation>超出活动日期</translation>
    </message>
    <message>
        <source>Outside prime time</source>
        <translation>非黄金时段</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>公共假日</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>When (China time)</source>
        <translation>时间（北京时间）</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>CumulativeChart</name>
    <message>
        <source>Plan P50</source>
        <translation>计划 P50</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Cumulative </source>
        <translation>累计</translation>
    </message>
    <message>
        <source>By {day}: actual {actual}; plan P50 {mid} (P10–P90 {lo} – {hi})</source>
        <translation>截至 {day}：实际 {actual}；计划 P50 {mid}（P10–P90 {lo} – {hi}）</translation>
    </message>
    <message>
        <source>No recorded shows yet: the band is the plan.</source>
        <translation>尚无已录入的直播：区间即为计划。</translation>
    </message>
</context>
<context>
    <name>Days</name>
    <message>
        <source>{date} Mon{rest}</source>
        <extracomment>Prime time in China start hours ``[start, end)`` when the benchmark library does not say. A host cannot be in two rooms; a brand&apos;s two rooms on one platform split its own viewers and paid traffic; a session outside the campaign is accepted by validation but shown; the rest is advice. &quot;2027-06-07 Mon …&quot; for the translation tools: the weekday in the UI&apos;s language (see :func:`day_text`).</extracomment>
        <translation>{date} 周一{rest}</translation>
    </message>
    <message>
        <source>{date} Tue{rest}</source>
        <translation>{date} 周二{rest}</translation>
    </message>
    <message>
        <source>{date} Wed{rest}</source>
        <translation>{date} 周三{rest}</translation>
    </message>
    <message>
        <source>{date} Thu{rest}</source>
        <translation>{date} 周四{rest}</translation>
    </message>
    <message>
        <source>{date} Fri{rest}</source>
        <translation>{date} 周五{rest}</translation>
    </message>
    <message>
        <source>{date} Sat{rest}</source>
        <translation>{date} 周六{rest}</translation>
    </message>
    <message>
        <source>{date} Sun{rest}</source>
        <translation>{date} 周日{rest}</translation>
    </message>
    <message>
        <source>{time} (+{n} day)</source>
        <translation>{time}（+{n} 天）</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Tail (尾部)</source>
        <extracomment>Languages the UI is translated into: code -&gt; name in that language (how the Preferences list shows it). The pseudo-localisation a developer can start in (``PLANNER_LANG=pseudo``); not offered in Preferences. Labels the domain defines (planner.domain.models, no Qt there), listed for the translation tools.</extracomment>
        <translation>尾部</translation>
    </message>
    <message>
        <source>Waist (腰部)</source>
        <translation>腰部</translation>
    </message>
    <message>
        <source>Head (头部)</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Dedicated show (专场)</source>
        <translation>专场</translation>
    </message>
    <message>
        <source>Slot in a multi-brand show (坑位)</source>
        <translation>混场坑位</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>新品上市</translation>
    </message>
    <message>
        <source>clearance</source>
        <translation>清仓</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>待开发</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>已触达</translation>
    </message>
    <message>
        <source>negotiating</source>
        <translation>沟通中</translation>
    </message>
    <message>
        <source>sample_sent</source>
        <translation>已寄样</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>live</source>
        <translation>直播中</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已复盘</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>sourced</source>
        <extracomment>A step&apos;s basis (planner.domain.explain) as the column shows it.</extracomment>
        <translation>公开数据</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估计</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>convention</source>
        <translation>惯例</translation>
    </message>
    <message>
        <source>your figures</source>
        <translation>您的数据</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>host record</source>
        <translation>达人资料</translation>
    </message>
    <message>
        <source>session record</source>
        <translation>场次资料</translation>
    </message>
    <message>
        <source>Why this projection? — {title}</source>
        <translation>为什么是这个预估？— {title}</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>The trace: how each figure is worked out, step by step, with every input at its median (the Overview&apos;s ranges come from drawing the inputs across their P10–P90). Basis: sourced = published figure, estimate = derived, assumption = the planner&apos;s judgement.</source>
        <translation>推算过程：每个数据如何逐步算出，所有输入均取中位数（概览中的区间来自在 P10–P90 范围内抽取输入）。依据：公开数据 = 已发布的数据，估计 = 推算所得，假设 = 本工具的判断。</translation>
    </message>
    <message>
        <source>Explanations are not available in this build yet.</source>
        <translation>此版本尚不提供解释。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel 工作簿 (XLSX)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (opens in Excel)</source>
        <translation>CSV，带 BOM 的 UTF-8（可用 Excel 打开）</translation>
    </message>
    <message>
        <source>Calendar (ICS)</source>
        <translation>日历 (ICS)</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>导出排期</translation>
    </message>
    <message>
        <source>Export host roster</source>
        <translation>导出达人资源表</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Column headers and labels in English</source>
        <translation>英文列标题和标签</translation>
    </message>
    <message>
        <source>Column headers and labels in Chinese (中文表头)</source>
        <translation>中文列标题和标签（中文表头）</translation>
    </message>
    <message>
        <source>The whole plan (every campaign)</source>
        <translation>整个方案（所有活动）</translation>
    </message>
    <message>
        <source>Campaign “{name}”</source>
        <translation>活动&quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Selected campaign (none selected)</source>
        <translation>所选活动（未选择）</translation>
    </message>
    <message>
        <source>Sessions of</source>
        <translation>场次范围</translation>
    </message>
    <message>
        <source>China time only</source>
        <translation>仅北京时间</translation>
    </message>
    <message>
        <source>Times are in China time; this zone&apos;s times are added beside them</source>
        <translation>时间为北京时间；旁边附上此时区的时间</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>P10–P90 columns for each session&apos;s projected viewers and GMV</source>
        <translation>每场预估观看和 GMV 的 P10–P90 列</translation>
    </message>
    <message>
        <source>For the agency: leave out projections, budget, costs, margins and contacts</source>
        <translation>给机构的版本：不含预估、预算、成本、利润率和联系方式</translation>
    </message>
    <message>
        <source>Include the hosts&apos; contacts</source>
        <translation>包含达人联系方式</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Each event carries its time zone; calendar apps show it in the reader&apos;s own time.</source>
        <translation>每个事件都带有时区；日历应用会按读者自己的时间显示。</translation>
    </message>
    <message>
        <source>China time (UTC+8), and the zone chosen above beside it.</source>
        <translation>北京时间 (UTC+8)，旁边附上方所选时区。</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} 已存在。要替换吗？</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出；没有写入任何文件。</translation>
    </message>
    <message>
        <source>Not exported: {err}</source>
        <translation>未导出：{err}</translation>
    </message>
    <message>
        <source>Not exported (unexpected error): {err}</source>
        <translation>未导出（意外错误）：{err}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <extracomment>How a record&apos;s fields are called on screen (a refused edit names the field the way the table does).</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Typical viewers</source>
        <translation>常规场观</translation>
    </message>
    <message>
        <source>Slot fee</source>
        <translation>坑位费</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>其他费用</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开播时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>直播时长</translation>
    </message>
    <message>
        <source>Paid traffic</source>
        <translation>投流</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>P10 (low)</source>
        <translation>P10（低）</translation>
    </message>
    <message>
        <source>P90 (high)</source>
        <translation>P90（高）</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Brand minutes</source>
        <translation>讲解时长</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <source>{field} = {value}</source>
        <translation>{field} = {value}</translation>
    </message>
    <message>
        <source>{where}, {problem}</source>
        <translation>{where}，{problem}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Select a campaign to import sessions into</source>
        <translation>请选择要导入场次的活动</translation>
    </message>
    <message>
        <source>Imported — {summary}</source>
        <translation>已导入 — {summary}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>无法打开方案</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>{path} already exists; choose File ▸ Open plan to open it.</source>
        <translation>{path} 已存在；请用 文件 ▸ 打开方案 打开它。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>Copy written to {path}</source>
        <translation>副本已写入 {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restored the backup of {made}; the plan as it was is in the backup {name}</source>
        <translation>已恢复 {made} 的备份;恢复前的计划保存在备份 {name} 中</translation>
    </message>
    <message>
        <source>(no recent plans)</source>
        <translation>（没有最近的方案）</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <source>{path} cannot be read: {why}</source>
        <translation>无法读取 {path}：{why}</translation>
    </message>
    <message>
        <source>{path} is empty: there are no rows to import</source>
        <translation>{path} 是空文件：没有可导入的行</translation>
    </message>
    <message>
        <source>{path} is {mb:.0f} MB; the import limit is {most} MB. Split it into smaller files.</source>
        <translation>{path} 大小为 {mb:.0f} MB；导入上限为 {most} MB。请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>{path} is {what}, not a spreadsheet; choose a CSV or XLSX file</source>
        <translation>{path} 是{what}，不是表格；请选择 CSV 或 XLSX 文件</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx files are zip containers and this one is not); re-save it from Excel, or export it as CSV</source>
        <translation>{path} 不是 Excel 工作簿（.xlsx 文件是 zip 容器，而此文件不是）；请在 Excel 中重新保存，或导出为 CSV</translation>
    </message>
    <message>
        <source>{path} is password-protected (encrypted). Open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook), save, and import it again.</source>
        <translation>{path} 设有密码（已加密）。请在 Excel 中打开，取消密码（文件 ▸ 信息 ▸ 保护工作簿），保存后再导入。</translation>
    </message>
    <message>
        <source>{path} is an old Excel 97–2003 (.xls) workbook. Open it in Excel or WPS and save it as .xlsx or CSV, then import that.</source>
        <translation>{path} 是旧版 Excel 97–2003（.xls）工作簿。请在 Excel 或 WPS 中打开并另存为 .xlsx 或 CSV，再导入。</translation>
    </message>
    <message>
        <source>The file {why}</source>
        <translation>该文件{why}</translation>
    </message>
    <message>
        <source>a NUL byte (binary zero) at byte {byte:,} (line {line}, character {col})</source>
        <translation>第 {byte:,} 个字节处的 NUL 字节（二进制零）（第 {line} 行第 {col} 个字符）</translation>
    </message>
    <message>
        <source>{path} is a binary file, not a CSV table: {where}</source>
        <translation>{path} 是二进制文件，不是 CSV 表格：{where}</translation>
    </message>
    <message>
        <source>{path} has {where}; a text table has none. It was damaged or is not a CSV file; remove that character and import again</source>
        <translation>{path} 含有{where}；文本表格不应含有。文件已损坏或不是 CSV 文件；请删除该字符后再导入</translation>
    </message>
    <message>
        <source>Unknown text encoding {encoding}; use one of {known}</source>
        <translation>未知的文本编码 {encoding}；请使用以下之一：{known}</translation>
    </message>
    <message>
        <source>{path} is not valid {encoding} text: row {row} (byte {byte:,}) cannot be read; choose another encoding, e.g. utf-8 or gb18030</source>
        <translation>{path} 不是有效的 {encoding} 文本：第 {row} 行（第 {byte:,} 个字节）无法读取；请选择其他编码，如 utf-8 或 gb18030</translation>
    </message>
    <message>
        <source>{path} has no rows: the file is empty</source>
        <translation>{path} 没有任何行：文件是空的</translation>
    </message>
    <message>
        <source>{path} has a NUL character (binary zero) at character {at:,}, row {row}; a text table has none</source>
        <translation>{path} 第 {row} 行第 {at:,} 个字符是 NUL（二进制零）；文本表格不应含有</translation>
    </message>
    <message>
        <source>{path} has a line {n:,} characters long; a CSV table&apos;s rows are far shorter. This is not a CSV table (or its line breaks were lost).</source>
        <translation>{path} 有一行长达 {n:,} 个字符；CSV 表格的行远比这短。这不是 CSV 表格（或换行符已丢失）。</translation>
    </message>
    <message>
        <source>{path} row {n} has {columns:,} columns; the limit is {most}</source>
        <translation>{path} 第 {n} 行有 {columns:,} 列；上限为 {most}</translation>
    </message>
    <message>
        <source>{path} has more than {most:,} rows; split it into smaller files</source>
        <translation>{path} 超过 {most:,} 行；请拆分成较小的文件</translation>
    </message>
    <message>
        <source>{path} has more than {most:,} cells (reached at row {n}); split it into smaller files</source>
        <translation>{path} 超过 {most:,} 个单元格（在第 {n} 行达到）；请拆分成较小的文件</translation>
    </message>
    <message>
        <source>{path} row {n}, column {column} holds {chars:,} characters; a cell holds at most {most:,} (Excel&apos;s own limit)</source>
        <translation>{path} 第 {n} 行 {column} 列有 {chars:,} 个字符；一个单元格最多 {most:,} 个（Excel 自身的上限）</translation>
    </message>
    <message>
        <source>{path} row {n} cannot be read as CSV: {why}</source>
        <translation>{path} 第 {n} 行无法按 CSV 读取：{why}</translation>
    </message>
    <message>
        <source>{path} is damaged: it looks like a workbook but cannot be opened</source>
        <translation>{path} 已损坏：看起来是工作簿，但无法打开</translation>
    </message>
    <message>
        <source>{path} is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>{path} 是 zip 文件，但不是 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>{path} expands to {gb:.1f} GB; it is too large to import</source>
        <translation>{path} 解压后达 {gb:.1f} GB；太大，无法导入</translation>
    </message>
    <message>
        <source>{path}: {why}</source>
        <translation>{path}：{why}</translation>
    </message>
    <message>
        <source>{path} is damaged: it looks like a workbook but cannot be unzipped ({why})</source>
        <translation>{path} 已损坏：看起来是工作簿，但无法解压（{why}）</translation>
    </message>
    <message>
        <source>{path} has no sheets</source>
        <translation>{path} 没有工作表</translation>
    </message>
    <message>
        <source>{path} has no sheet {sheet}; its sheets are {sheets}</source>
        <translation>{path} 没有工作表 {sheet}；现有工作表：{sheets}</translation>
    </message>
    <message>
        <source>{path} sheet {sheet} has {rows:,} rows; the limit is {most:,}. Split it into smaller files.</source>
        <translation>{path} 的工作表 {sheet} 有 {rows:,} 行；上限为 {most:,}。请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>{path} sheet {sheet} has {columns:,} columns; the limit is {most}</source>
        <translation>{path} 的工作表 {sheet} 有 {columns:,} 列；上限为 {most}</translation>
    </message>
    <message>
        <source>{path} is password-protected; remove the password in Excel and try again</source>
        <translation>{path} 设有密码；请在 Excel 中取消密码后重试</translation>
    </message>
    <message>
        <source>{path} is damaged or not a workbook Excel wrote: {why}</source>
        <translation>{path} 已损坏，或不是 Excel 生成的工作簿：{why}</translation>
    </message>
    <message>
        <source>mixes text encodings: most rows are UTF-8 but row {row} is in another encoding (GBK?), so it would read as garbled characters. Save the whole file in one encoding (UTF-8) and import it again</source>
        <translation>混用了多种文本编码：大部分行是 UTF-8，但第 {row} 行是其他编码（GBK？），读出来会是乱码。请将整个文件存为同一种编码（UTF-8）后再导入</translation>
    </message>
    <message>
        <source>mixes text encodings: most rows are GBK/GB18030 but row {row} is in UTF-8, so it would read as garbled characters. Save the whole file in one encoding (UTF-8) and import it again</source>
        <translation>混用了多种文本编码：大部分行是 GBK/GB18030，但第 {row} 行是 UTF-8，读出来会是乱码。请将整个文件存为同一种编码（UTF-8）后再导入</translation>
    </message>
    <message>
        <source>is not UTF-8, and reads neither as clean GB18030/GBK nor as Big5 (row {row} is garbled in each); save it as UTF-8, or choose the encoding it was saved in</source>
        <translation>不是 UTF-8，按 GB18030/GBK 或 Big5 读取也都不完整（第 {row} 行在两种编码下都是乱码）；请存为 UTF-8，或选择保存时所用的编码</translation>
    </message>
</context>
<context>
    <name>FilterableTable</name>
    <message>
        <source>Filter…</source>
        <translation>筛选…</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{time} China time</source>
        <extracomment>The UI language figures follow (&quot;en&quot;, &quot;zh_CN&quot;, &quot;it_IT&quot;); set by :func:`planner.ui.i18n.install`. In Chinese, large figures as 万 (10^4) and 亿 (10^8), as Chinese dashboards show them.</extracomment>
        <translation>北京时间 {time}</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Restore what this change replaced</source>
        <translation>恢复此更改替换的内容</translation>
    </message>
    <message>
        <source>A deleted host or campaign comes back with its sessions; a changed field gets its old value back (only if it still holds what the change wrote). Undo takes the restore back.</source>
        <translation>被删除的达人或活动会连同其场次一起恢复;被修改的字段恢复为旧值(仅当该字段仍是此更改写入的值时)。撤销可取消此次恢复。</translation>
    </message>
    <message>
        <source>Every change to this plan, newest first; kept in the plan file.</source>
        <translation>此计划的每一次更改,最新在前;保存在计划文件中。</translation>
    </message>
    <message>
        <source>Restored: {label}</source>
        <translation>已恢复:{label}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>By</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>this app</source>
        <translation>本应用</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <extracomment>The names the ``holidays`` package gives China&apos;s days off, and the holiday windows of the festival library shipped in ``data/festivals.csv``, for the translation tools (:func:`holiday_text` finds them by name).</extracomment>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Chinese New Year&apos;s Eve</source>
        <translation>除夕</translation>
    </message>
    <message>
        <source>Chinese New Year (Spring Festival)</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Chinese New Year Extended Holiday</source>
        <translation>春节延长假期</translation>
    </message>
    <message>
        <source>Tomb-Sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>National Day Golden Week</source>
        <translation>国庆节 / 黄金周</translation>
    </message>
    <message>
        <source>Spring Festival (Chinese New Year)</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>{holiday} (observed)</source>
        <translation>{holiday}（补休）</translation>
    </message>
    <message>
        <source>Day off (substituted from {day})</source>
        <translation>调休（{day} 上班）</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}；{second}</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <source>Add host</source>
        <translation>添加达人</translation>
    </message>
    <message>
        <source>Name (达人昵称)</source>
        <translation>名称（达人昵称）</translation>
    </message>
    <message>
        <source>Platform (平台)</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Handle (账号)</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Tier (层级)</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>auto (from followers)</source>
        <translation>自动（按粉丝数）</translation>
    </message>
    <message>
        <source>Followers (粉丝数)</source>
        <translation>粉丝数</translation>
    </message>
    <message>
        <source>Whole number, e.g. 1200000</source>
        <translation>整数，例如 1200000</translation>
    </message>
    <message>
        <source>Avg viewers per session (场均观看)</source>
        <translation>场均观看</translation>
    </message>
    <message>
        <source>Optional, from a KOL data tool</source>
        <translation>可选，来自达人数据工具</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Slot fee (坑位费)</source>
        <translation>坑位费</translation>
    </message>
    <message>
        <source>Commission (佣金比例)</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>Agency (MCN 机构)</source>
        <translation>机构 (MCN)</translation>
    </message>
    <message>
        <source>Status (合作状态)</source>
        <translation>合作状态</translation>
    </message>
    <message>
        <source>Categories (类目)</source>
        <translation>类目</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>必须是数字</translation>
    </message>
</context>
<context>
    <name>HostsView</name>
    <message>
        <source>Filter hosts: name, platform, agency, status…</source>
        <translation>筛选达人：名称、平台、机构、状态…</translation>
    </message>
    <message>
        <source>Add host…</source>
        <translation>添加达人…</translation>
    </message>
    <message>
        <source>Delete rows…</source>
        <translation>删除行…</translation>
    </message>
    <message>
        <source>The roster is shared by every campaign. Del clears a cell; deleting a host deletes its sessions too (you are asked first; Undo brings them back).</source>
        <translation>达人名单由所有活动共享。Del 键清空单元格;删除达人也会删除其场次(会先询问;可撤销恢复)。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>no host {host} in the plan</source>
        <translation>计划中没有达人 {host}</translation>
    </message>
    <message>
        <source>{n} sessions of this host start within {minutes} min</source>
        <translation>该达人有 {n} 个场次在 {minutes} 分钟内开播</translation>
    </message>
    <message>
        <source>{n} hosts are called {host} and none has a session within {minutes} min</source>
        <translation>有 {n} 位达人叫 {host}，但都没有 {minutes} 分钟内的场次</translation>
    </message>
    <message>
        <source>no session of {host} starts within {minutes} min of {when}</source>
        <translation>{host} 没有在 {when} 前后 {minutes} 分钟内开播的场次</translation>
    </message>
    <message>
        <source>{n} matched session(s)</source>
        <extracomment>Header texts per field, as platform data tools and teams write them (compared without spaces, case or a bracketed unit). Chinese first: it is what the exports say. Columns exports have that the plan does not keep: recognised so they are not reported as unknown. Field names in both languages, for problem messages and the preview&apos;s column list.</extracomment>
        <translation>匹配到 {n} 个场次</translation>
    </message>
    <message>
        <source>{n} unplanned session(s) added</source>
        <translation>新增 {n} 个计划外场次</translation>
    </message>
    <message>
        <source>{n} row(s) not matched, left out</source>
        <translation>{n} 行未匹配，已略过</translation>
    </message>
    <message>
        <source>{n} ambiguous</source>
        <translation>{n} 行有歧义</translation>
    </message>
    <message>
        <source>is a range; read as its midpoint {mid:,.0f}</source>
        <translation>是一个区间；按中间值 {mid:,.0f} 读取</translation>
    </message>
    <message>
        <source>is empty; a row names its host (主播) so it can be matched</source>
        <translation>为空；每行须写明主播才能匹配</translation>
    </message>
    <message>
        <source>is empty; a row needs the show&apos;s start time to be matched</source>
        <translation>为空；每行须有开播时间才能匹配</translation>
    </message>
    <message>
        <source>rows {first} and {second} are the same show ({what}); keep one</source>
        <translation>第 {first} 行和第 {second} 行是同一场直播（{what}）；请只保留一行</translation>
    </message>
    <message>
        <source>{reason} ({starts}); correct the start time so one session is meant</source>
        <translation>{reason}（{starts}）；请修正开播时间，使其只对应一个场次</translation>
    </message>
    <message>
        <source>{reason}: an unplanned session needs a host of the plan (add the host to the roster first)</source>
        <translation>{reason}：计划外场次需要计划中的达人（请先把达人加入达人库）</translation>
    </message>
    <message>
        <source>no row matches a session of {campaign} (hosts in the file: {hosts}; a show matches a session of the same host starting within {minutes} min); nothing was changed</source>
        <translation>没有一行能匹配 {campaign} 的场次（文件中的达人：{hosts}；同一达人、开播时间相差 {minutes} 分钟以内才算匹配）；未做任何更改</translation>
    </message>
    <message>
        <source>is not a date (expected e.g. 2027-06-17 or 6月17日)</source>
        <translation>不是日期（应为 2027-06-17 或 6月17日 这样的格式）</translation>
    </message>
    <message>
        <source>has no year; write the full date, e.g. 2027-06-17</source>
        <translation>没有年份；请写完整日期，如 2027-06-17</translation>
    </message>
    <message>
        <source>is not a real calendar date</source>
        <translation>不是真实存在的日期</translation>
    </message>
    <message>
        <source>is not a time (expected e.g. 20:00)</source>
        <translation>不是时间（应为 20:00 这样的格式）</translation>
    </message>
    <message>
        <source>is not a time of day (hours 0–23, minutes 0–59)</source>
        <translation>不是有效的时刻（小时 0–23，分钟 0–59）</translation>
    </message>
    <message>
        <source>is a date without a time of day</source>
        <translation>只有日期，没有时间</translation>
    </message>
    <message>
        <source>is not a date and time (expected e.g. 2027-06-17 20:00)</source>
        <translation>不是日期时间（应为 2027-06-17 20:00 这样的格式）</translation>
    </message>
    <message>
        <source>is not a time (expected e.g. 20:00 or 20:00-23:00)</source>
        <translation>不是时间（应为 20:00 或 20:00-23:00 这样的格式）</translation>
    </message>
    <message>
        <source>is a span; the end column takes one time</source>
        <translation>是一个时间段；结束时间列只能填一个时间</translation>
    </message>
    <message>
        <source>is not a platform of this plan (known: {known})</source>
        <translation>不是本计划中的平台（已有：{known}）</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <source>is not a tier (KOC, tail / 尾部, waist / 腰部, head / 头部)</source>
        <translation>不是层级（KOC、尾部、腰部、头部）</translation>
    </message>
    <message>
        <source>is not a host status (prospect / 待开发, contacted / 已触达, negotiating / 沟通中, sample_sent / 已寄样, scheduled / 已排期, live / 直播中, reviewed / 已复盘)</source>
        <translation>不是合作状态（待开发、已触达、沟通中、已寄样、已排期、直播中、已复盘）</translation>
    </message>
    <message>
        <source>is not a session status (planned / 计划中, confirmed / 已确认, done / 已完成, cancelled / 已取消)</source>
        <translation>不是场次状态（计划中、已确认、已完成、已取消）</translation>
    </message>
    <message>
        <source>is not a session type (dedicated / 专场 / 店播, slot / 坑位 / 达播)</source>
        <translation>不是场次类型（专场 / 店播，坑位 / 达播）</translation>
    </message>
    <message>
        <source>is a formula saved without its value (the program that wrote the file does not calculate), so it would read as empty; open and save the file in Excel or WPS, or type the value</source>
        <translation>是未保存计算结果的公式（生成该文件的程序不做计算），会被读成空值；请用 Excel 或 WPS 打开并保存文件，或直接填入数值</translation>
    </message>
    <message>
        <source>holds a NUL character (binary zero) at character {at:,}; a text cell has none — remove it</source>
        <translation>第 {at:,} 个字符是 NUL（二进制零）；文本单元格不应包含它，请删除</translation>
    </message>
    <message>
        <source>holds {n:,} characters; a cell holds at most {most:,}</source>
        <translation>有 {n:,} 个字符；一个单元格最多 {most:,} 个</translation>
    </message>
    <message>
        <source>is not a currency code (e.g. CNY, USD, EUR)</source>
        <translation>不是币种代码（如 CNY、USD、EUR）</translation>
    </message>
    <message>
        <source>is not a whole number of followers</source>
        <translation>粉丝数不是整数</translation>
    </message>
    <message>
        <source>is empty; every session needs a start time</source>
        <translation>为空；每个场次都需要开播时间</translation>
    </message>
    <message>
        <source>is empty; the start {time} needs a date</source>
        <translation>为空；开播时间 {time} 需要日期</translation>
    </message>
    <message>
        <source>is before the start {start}</source>
        <translation>早于开播时间 {start}</translation>
    </message>
    <message>
        <source>is before the start {start} (read as past midnight, the session would last {hours:.0f} h, over the {most} h maximum)</source>
        <translation>早于开播时间 {start}（若按跨过午夜计算，场次将持续 {hours:.0f} 小时，超过 {most} 小时上限）</translation>
    </message>
    <message>
        <source>does not match the start and end times ({minutes} minutes)</source>
        <translation>与开始、结束时间不符（{minutes} 分钟）</translation>
    </message>
    <message>
        <source>is empty; give an end time or a duration</source>
        <translation>为空；请填写结束时间或时长</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks jump from {gap} straight to {after} that night; give a time outside the gap, or the time in China time</source>
        <translation>{time} 在 {zone} 不存在：当晚时钟从 {gap} 直接跳到 {after}；请填写跳过时段以外的时间，或改用北京时间</translation>
    </message>
    <message>
        <source>{time} {abbr} (UTC{offset}, {china} China time)</source>
        <translation>{time} {abbr}（UTC{offset}，北京时间 {china}）</translation>
    </message>
    <message>
        <source>{time} happens twice in {zone} (the clocks go back that night): it could be {first} or {second}; give the time in China time or UTC to say which</source>
        <translation>{time} 在 {zone} 出现两次（当晚时钟回拨）：可能是 {first}，也可能是 {second}；请用北京时间或 UTC 说明是哪一个</translation>
    </message>
    <message>
        <source>no column for {words} (headers found: {found})</source>
        <translation>没有 {words} 列（找到的表头：{found}）</translation>
    </message>
    <message>
        <source>header row {n}</source>
        <translation>第 {n} 行（表头）</translation>
    </message>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation>文件只有表头，没有数据行</translation>
    </message>
    <message>
        <source>duplicates row {n} (same platform and handle)</source>
        <translation>与第 {n} 行重复（平台和账号相同）</translation>
    </message>
    <message>
        <source>duplicates row {n} (same platform and name)</source>
        <translation>与第 {n} 行重复（平台和名称相同）</translation>
    </message>
    <message>
        <source>matches {n} hosts on this platform; add a handle column to tell them apart</source>
        <translation>匹配到该平台上 {n} 位达人；请添加账号列以区分</translation>
    </message>
    <message>
        <source>is not a host on this platform in the plan ({who}); did you mean {near}? Write the name as in the roster, or the host&apos;s handle</source>
        <translation>不是计划中该平台的达人（{who}）；您是不是指 {near}？请按达人库中的名称填写，或填写达人账号</translation>
    </message>
    <message>
        <source>is not a host on this platform in the plan ({who}); import the host roster first</source>
        <translation>不是计划中该平台的达人（{who}）；请先导入达人资源表</translation>
    </message>
    <message>
        <source>is empty; say which platform</source>
        <translation>为空；请写明平台</translation>
    </message>
    <message>
        <source>duplicates row {n} (same host and start)</source>
        <translation>与第 {n} 行重复（达人和开播时间相同）</translation>
    </message>
    <message>
        <source>is not a number (expected e.g. 12000, 1.2万, 3.5w or ¥8,000)</source>
        <translation>不是数字（应为 12000、1.2万、3.5w 或 ¥8,000 这样的格式）</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>is a true/false value, not a number</source>
        <translation>是真/假值，不是数字</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>不是有限数值</translation>
    </message>
    <message>
        <source>is a range; give a single number</source>
        <translation>是一个区间；请填写单个数字</translation>
    </message>
    <message>
        <source>is a range whose low end is above its high end</source>
        <translation>是下限高于上限的区间</translation>
    </message>
    <message>
        <source>is a true/false value, not a percentage</source>
        <translation>是真/假值，不是百分比</translation>
    </message>
    <message>
        <source>is not a percentage (expected e.g. 20% or 0.2)</source>
        <translation>不是百分比（应为 20% 或 0.2 这样的格式）</translation>
    </message>
    <message>
        <source>is a true/false value, not a duration</source>
        <translation>是真/假值，不是时长</translation>
    </message>
    <message>
        <source>is not a duration (expected minutes, e.g. 180, 3小时, 2.5h or 3:00)</source>
        <translation>不是时长（应为分钟数，如 180、3小时、2.5h 或 3:00）</translation>
    </message>
    <message>
        <source>is not a whole number of minutes</source>
        <translation>不是整数分钟</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>带 BOM 的 UTF-8</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;CSV (*.csv *.txt);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx *.txt);;CSV (*.csv *.txt);;Excel 工作簿 (*.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation>导入达人</translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation>导入场次</translation>
    </message>
    <message>
        <source>Type or paste the path of a CSV or XLSX file and press Enter, or choose one…</source>
        <translation>输入或粘贴 CSV 或 XLSX 文件的路径并按回车，或选择文件…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>用文件中的值更新</translation>
    </message>
    <message>
        <source>Skip them (keep the plan&apos;s values)</source>
        <translation>跳过（保留方案中的值）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Hosts already in the plan</source>
        <translation>方案中已有的达人</translation>
    </message>
    <message>
        <source>Sessions already planned (same host and start)</source>
        <translation>已排的场次（同一达人、同一开播时间）</translation>
    </message>
    <message>
        <source>China time (unless a column&apos;s header names its zone)</source>
        <translation>北京时间（除非列标题注明了时区）</translation>
    </message>
    <message>
        <source>The time zone of the file&apos;s dates and times; a time this zone&apos;s clocks pass twice or skip (daylight saving) is refused</source>
        <translation>文件中日期和时间所用的时区；该时区时钟重复或跳过的时间（夏令时）会被拒绝</translation>
    </message>
    <message>
        <source>Times in the file</source>
        <translation>文件中的时间</translation>
    </message>
    <message>
        <source>Sessions are added to &lt;b&gt;{name}&lt;/b&gt;; their hosts must already be in the roster.</source>
        <translation>场次将添加到 &lt;b&gt;{name}&lt;/b&gt;；其达人必须已在达人资源表中。</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Save the full list…</source>
        <translation>保存完整列表…</translation>
    </message>
    <message>
        <source>Write every problem and warning to a CSV file</source>
        <translation>将所有问题和警告写入 CSV 文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>(no campaign selected)</source>
        <translation>（未选择活动）</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
    <message>
        <source>Not imported: {cols}</source>
        <translation>不导入：{cols}</translation>
    </message>
    <message>
        <source>, closest field: {f}</source>
        <translation>，最接近的字段：{f}</translation>
    </message>
    <message>
        <source>Auto (detected: {enc})</source>
        <translation>自动（检测到：{enc}）</translation>
    </message>
    <message>
        <source>{n} data rows; headers on row {h}. The first {k} rows are shown as they will be read (grey columns are not imported; tinted cells have a problem — hover for details). Change what a column is read as in the first row.</source>
        <translation>{n} 行数据；标题在第 {h} 行。下面按读取方式显示前 {k} 行（灰色列不导入；带底色的单元格有问题——悬停查看详情）。在第一行中更改列的读取方式。</translation>
    </message>
    <message>
        <source>Required columns missing: {fields}. Choose the column that holds each in the “Read as” row.</source>
        <translation>缺少必需的列：{fields}。请在&quot;读取为&quot;行中为每项选择对应的列。</translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation>— 跳过 —</translation>
    </message>
    <message>
        <source>What the column “{h}” is read as</source>
        <translation>列&quot;{h}&quot;的读取方式</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>保存问题列表</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Checking {n} rows…</source>
        <translation>正在检查 {n} 行…</translation>
    </message>
    <message>
        <source>{n} problem(s) in {name}: nothing was imported. Fix the file (or what a column is read as) and import again.</source>
        <translation>{name} 中有 {n} 个问题：没有导入任何内容。请修正文件（或列的读取方式）后重新导入。</translation>
    </message>
    <message>
        <source>{n} cell(s) of {name} were read in a way worth checking (below). Nothing is imported yet: press “Import anyway” to import, or fix the file.</source>
        <translation>{name} 中有 {n} 个单元格的读取方式值得核对（见下）。尚未导入：按&quot;仍然导入&quot;进行导入，或修正文件。</translation>
    </message>
    <message>
        <source> ({n} warning(s))</source>
        <translation>（{n} 个警告）</translation>
    </message>
    <message>
        <source>Nothing was imported: {err}</source>
        <translation>未导入任何内容：{err}</translation>
    </message>
    <message>
        <source>Writing to the plan…</source>
        <translation>正在写入方案…</translation>
    </message>
    <message>
        <source>Import 1 host</source>
        <translation>导入 1 位达人</translation>
    </message>
    <message>
        <source>Import {n} hosts</source>
        <translation>导入 {n} 位达人</translation>
    </message>
    <message>
        <source>Import 1 session</source>
        <translation>导入 1 个场次</translation>
    </message>
    <message>
        <source>Import {n} sessions</source>
        <translation>导入 {n} 个场次</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>已取消：没有导入任何内容。</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
    <message>
        <source>Unexpected error: {err}</source>
        <translation>意外错误：{err}</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>仍然导入</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>LazyView</name>
    <message>
        <source>This view is not available yet: {err}</source>
        <translation>此视图暂不可用：{err}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Results (复盘)</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Modules the first opening of a tab would otherwise import on the UI thread (the charts&apos; pyqtgraph: ~0.3 s; the holiday calendars: ~0.15 s). Imported on a worker once start-up has settled; importing takes the interpreter lock in 1 ms turns, so the UI stays responsive meanwhile.</extracomment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>活动(&amp;C)</translation>
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
        <source>{name} — Live-commerce planner</source>
        <translation>{name} — 直播带货规划工具</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>达人</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>This plan holds the sample campaign (DEMO). Start your own with &lt;b&gt;Campaign ▸ New campaign&lt;/b&gt; ({new}), or duplicate the sample as a scenario ({duplicate}) and change it. &lt;b&gt;File ▸ New plan&lt;/b&gt; starts an empty plan file. Edits are saved as you make them.</source>
        <translation>此方案包含示例活动 (DEMO)。用 &lt;b&gt;活动 ▸ 新建活动&lt;/b&gt;（{new}）开始您自己的活动，或将示例复制为对比方案（{duplicate}）后修改。&lt;b&gt;文件 ▸ 新建方案&lt;/b&gt; 会新建一个空的方案文件。修改会随时保存。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; {why}, so this plan can be viewed, charted and exported but not changed. To edit it, use File ▸ Save a copy as… into a folder you can write to, and open the copy.</source>
        <translation>&lt;b&gt;只读:&lt;/b&gt;{why},因此此计划只能查看、制图和导出,不能修改。如需编辑,请用 文件 ▸ 另存副本… 保存到可写入的文件夹,然后打开该副本。</translation>
    </message>
    <message>
        <source>{title} view unavailable: {err}</source>
        <translation>{title} 视图不可用：{err}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Plan: {path} · last written {when}</source>
        <translation>方案：{path} · 最后写入 {when}</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Change currency of {name} to {cur} at {rate:.4g} {cur} per {old}</source>
        <translation>将 {name} 的币种改为 {cur}，汇率 {rate:.4g} {cur} / {old}</translation>
    </message>
    <message>
        <source>Edit campaign {name}</source>
        <translation>编辑活动 {name}</translation>
    </message>
    <message>
        <source>Duplicate as scenario</source>
        <translation>复制为对比方案</translation>
    </message>
    <message>
        <source>Add host {name}</source>
        <translation>添加达人 {name}</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>添加场次</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除场次</translation>
    </message>
    <message>
        <source>Delete {n} sessions</source>
        <translation>删除 {n} 个场次</translation>
    </message>
    <message>
        <source>Nothing to delete here: select sessions, hosts, or a campaign in the list first</source>
        <translation>这里没有可删除的内容：请先在列表中选择场次、达人或活动</translation>
    </message>
    <message>
        <source>Select a session (here or in the Calendar), then Campaign ▸ Why this projection? or its “Why?” button</source>
        <translation>选择一个场次（此处或日历中），然后点 活动 ▸ 为什么是这个预估？或其&quot;为什么？&quot;按钮</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language takes effect when you reopen the planner.</source>
        <translation>新语言将在重新打开规划工具后生效。</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Reach</source>
        <translation>触达人数</translation>
    </message>
    <message>
        <source>Unique people who watch at least one session (viewers across sessions, de-duplicated).</source>
        <translation>至少观看一场直播的去重人数（跨场次观众去重）。</translation>
    </message>
    <message>
        <source>Brand viewers</source>
        <translation>品牌曝光人数</translation>
    </message>
    <message>
        <source>Sum over sessions of show viewers (场观) × brand exposure: a slot (坑位) reaches the viewers present while the brand is on air.</source>
        <translation>各场次场观 × 品牌曝光系数之和：坑位只触达品牌讲解期间在线的观众。</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Gross sales = buyers × average order value.</source>
        <translation>成交金额 = 成交人数 × 客单价。</translation>
    </message>
    <message>
        <source>Net GMV</source>
        <translation>净成交</translation>
    </message>
    <message>
        <source>Net sales = GMV × (1 − return rate 退货率).</source>
        <translation>净成交 = GMV × (1 − 退货率)。</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Slot fees (坑位费) + commission (佣金) + platform fees (平台技术服务费) + paid traffic (投流) + other costs.</source>
        <translation>坑位费 + 佣金 + 平台技术服务费 + 投流 + 其他成本。</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>ROI = net GMV ÷ cost (net of returns).</source>
        <translation>投产比 = 净成交 ÷ 成本（扣除退货）。</translation>
    </message>
    <message>
        <source>Cost per reach</source>
        <translation>触达成本</translation>
    </message>
    <message>
        <source>Cost ÷ reach (cost of one unique person reached).</source>
        <translation>成本 ÷ 触达人数（触达一位去重用户的成本）。</translation>
    </message>
    <message>
        <source>Sum of the platform&apos;s session show viewers × brand exposure (slots reach only the viewers present while the brand is on air).</source>
        <translation>该平台各场次场观 × 品牌曝光系数之和（坑位只触达品牌讲解期间在线的观众）。</translation>
    </message>
    <message>
        <source>Unique people reached on this platform.</source>
        <translation>在该平台触达的去重人数。</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <source>Viewers × conversion rate (看播转化率).</source>
        <translation>观看人数 × 看播转化率。</translation>
    </message>
    <message>
        <source>Gross sales on this platform.</source>
        <translation>该平台的成交金额。</translation>
    </message>
    <message>
        <source>GMV × (1 − return rate).</source>
        <translation>GMV × (1 − 退货率)。</translation>
    </message>
    <message>
        <source>Slot fees + commission + platform fees + paid traffic on this platform (the campaign&apos;s other costs are in their own row).</source>
        <translation>该平台的坑位费 + 佣金 + 平台技术服务费 + 投流（活动的其他成本单列一行）。</translation>
    </message>
    <message>
        <source>Net GMV ÷ cost.</source>
        <translation>净成交 ÷ 成本。</translation>
    </message>
    <message>
        <source>Average order value · 客单价</source>
        <extracomment>What each benchmark-library metric is, in the words of the glossary (the library keeps the short keys).</extracomment>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Average watch time · 人均观看时长</source>
        <translation>人均观看时长</translation>
    </message>
    <message>
        <source>Brand minutes on air in a slot · 讲解时长</source>
        <translation>坑位讲解时长</translation>
    </message>
    <message>
        <source>Host commission · 佣金比例</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>Conversion rate · 看播转化率</source>
        <translation>看播转化率</translation>
    </message>
    <message>
        <source>Paid traffic CPM · 投流千次曝光成本</source>
        <translation>投流千次曝光成本</translation>
    </message>
    <message>
        <source>Viewers vs session length (elasticity)</source>
        <translation>场观随直播时长的变化（弹性）</translation>
    </message>
    <message>
        <source>Interaction rate · 互动率</source>
        <translation>互动率</translation>
    </message>
    <message>
        <source>Festival conversion multiplier · 大促转化系数</source>
        <translation>大促转化系数</translation>
    </message>
    <message>
        <source>Festival viewer multiplier · 大促流量系数</source>
        <translation>大促流量系数</translation>
    </message>
    <message>
        <source>New-follower rate · 涨粉率</source>
        <translation>涨粉率</translation>
    </message>
    <message>
        <source>Live-commerce users in China · 直播电商用户</source>
        <translation>直播电商用户规模</translation>
    </message>
    <message>
        <source>Online population of China · 网民规模</source>
        <translation>网民规模</translation>
    </message>
    <message>
        <source>Share of a major festival&apos;s uplift a minor one brings</source>
        <translation>小型节日带来的增幅占大促增幅的比例</translation>
    </message>
    <message>
        <source>Paid traffic cap (× organic viewers)</source>
        <translation>投流上限（× 自然流量观众）</translation>
    </message>
    <message>
        <source>Paid ad click-through to the room</source>
        <translation>投流广告进房点击率</translation>
    </message>
    <message>
        <source>Paid room entries any room can buy · 投流流量池</source>
        <translation>投流流量池（任一直播间可买到的进房人次）</translation>
    </message>
    <message>
        <source>Platform fee rate · 技术服务费率</source>
        <translation>技术服务费率</translation>
    </message>
    <message>
        <source>Reference session length (minutes)</source>
        <translation>参考直播时长（分钟）</translation>
    </message>
    <message>
        <source>Return rate · 退货率</source>
        <translation>退货率</translation>
    </message>
    <message>
        <source>Returning-viewer share · 老粉占比</source>
        <translation>老粉占比</translation>
    </message>
    <message>
        <source>Room entry rate · 进房率</source>
        <translation>进房率</translation>
    </message>
    <message>
        <source>Views per session (PV) · 场观</source>
        <translation>场观（观看人次 PV）</translation>
    </message>
    <message>
        <source>Slot fee · 坑位费</source>
        <translation>坑位费</translation>
    </message>
    <message>
        <source>Slot fee multiplier (time slot)</source>
        <translation>坑位费系数（时段）</translation>
    </message>
    <message>
        <source>Viewer multiplier (time slot)</source>
        <translation>场观系数（时段）</translation>
    </message>
    <message>
        <source>Followers from which a tier starts · 层级粉丝门槛</source>
        <translation>层级粉丝门槛</translation>
    </message>
    <message>
        <source>Platform users · 平台用户规模</source>
        <translation>平台用户规模</translation>
    </message>
    <message>
        <source>Views per unique viewer (PV ÷ UV)</source>
        <translation>人均观看次数（PV ÷ UV）</translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>P10–P90: {low} – {high} · average outcome {mean}</source>
        <translation>P10–P90：{low} – {high} · 平均结果 {mean}</translation>
    </message>
    <message>
        <source>trace (every figure at its median); range: calculating…</source>
        <translation>推算（各项取中位数）；区间：计算中…</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>By platform (hover a figure for its P10–P90 range)</source>
        <translation>按平台（悬停数字查看 P10–P90 区间）</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>还没有活动</translation>
    </message>
    <message>
        <source>Start one with Campaign ▸ New campaign (Ctrl+N).</source>
        <translation>用 活动 ▸ 新建活动 (Ctrl+N) 开始一个活动。</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>对比方案</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>{kind} · {start} – {end} (China dates) · budget {budget} · margin {margin} · objective {objective}</source>
        <translation>{kind} · {start} – {end}（中国日期）· 预算 {budget} · 利润率 {margin} · 目标 {objective}</translation>
    </message>
    <message>
        <source>Projecting…</source>
        <translation>正在预估…</translation>
    </message>
    <message>
        <source>Large figures are the median (P50) of {n} simulated outcomes, with P10–P90 and the average outcome (the mean: the figure to add across campaigns). Viewers are brand viewers: the show&apos;s viewers who are present while the brand is on air. Most inputs are estimates — see the Benchmarks tab.</source>
        <translation>大数字是 {n} 次模拟结果的中位数 (P50)，附 P10–P90 和平均结果（均值：跨活动相加时使用的数字）。观看指品牌曝光人数：品牌讲解期间在场的场观观众。多数输入为估计值——见&quot;基准&quot;标签页。</translation>
    </message>
    <message>
        <source>Showing the trace (every figure at its median) while the ranges are calculated…</source>
        <translation>正在计算区间，先显示推算值（各项取中位数）…</translation>
    </message>
    <message>
        <source>GMV resting on slots (坑位) in multi-brand shows: {share} (median){rng}; the rest comes from dedicated shows (专场 / 店播).</source>
        <translation>来自混场坑位的 GMV：{share}（中位数）{rng}；其余来自专场（专场 / 店播）。</translation>
    </message>
    <message>
        <source>, P10–P90 {low} – {high}</source>
        <translation>，P10–P90 {low} – {high}</translation>
    </message>
    <message>
        <source>Projected cost {cost} is {x} the budget {budget}. Committed spend (slot fees, paid traffic, other costs) is {committed}{over}; the rest is commission and platform fees, which grow with sales.</source>
        <translation>预估成本 {cost} 是预算 {budget} 的 {x}。已承诺支出（坑位费、投流、其他成本）为 {committed}{over}；其余为佣金和平台费用，随销售额增长。</translation>
    </message>
    <message>
        <source>, itself over budget</source>
        <translation>，本身已超预算</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>In Chinese, show large figures in 万 and 亿</source>
        <translation>中文界面中，大数字以万和亿显示</translation>
    </message>
    <message>
        <source>A new language takes effect when you reopen the planner; your plan is saved as you work, so nothing is lost.</source>
        <translation>新语言将在重新打开规划工具后生效；方案会随时保存，不会丢失任何内容。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>(column {n})</source>
        <translation>（第 {n} 列）</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取为</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <source>In the file: {raw}</source>
        <translation>文件中：{raw}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>This column is not imported.</source>
        <translation>此列不导入。</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>问题所在</translation>
    </message>
    <message>
        <source>(warning) {message}</source>
        <translation>（警告）{message}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{host} on {span} China time</source>
        <translation>{host}（北京时间 {span}）</translation>
    </message>
    <message>
        <source>{who}: the last {cur} of paid traffic returns {returns:.2f} {cur} before its own cost (marginal profit {margin:+.2f} per {cur} at the median): spend less on it</source>
        <translation>{who}：投流的最后 1 {cur} 只带来 {returns:.2f} {cur}（未扣其自身成本；按中位数，每 {cur} 边际利润 {margin:+.2f}）：请减少投流</translation>
    </message>
    <message>
        <source>Campaign {name}: projected cost {cost:,.0f} {cur} (median) exceeds the budget {budget:,.0f} {cur} by {over:,.0f}</source>
        <translation>活动 {name}：预计成本 {cost:,.0f} {cur}（中位数）超出预算 {budget:,.0f} {cur}，超出 {over:,.0f}</translation>
    </message>
    <message>
        <source>{host} is booked twice at once: {first} and {second} China time</source>
        <extracomment>The problems&apos; messages, marked for translation. A ConflictList keeps a message as its template&apos;s position and its fields (``_say``), and rebuilds the :class:`Text` when a conflict is read: the column stays plain strings (nothing for the garbage collector to walk) and the UI can show the message in its language.</extracomment>
        <translation>{host} 撞档：北京时间 {first} 与 {second}</translation>
    </message>
    <message>
        <source>{host} is booked twice at once: {first} and {second} China time ({campaigns})</source>
        <translation>{host} 撞档：北京时间 {first} 与 {second}（{campaigns}）</translation>
    </message>
    <message>
        <source>{brand} is live twice on {platform} at once: {host} {first} and {other_host} {second} China time</source>
        <translation>{brand} 在{platform}同时有两场直播：{host} {first} 与 {other_host} {second}（北京时间）</translation>
    </message>
    <message>
        <source>{host} on {span} China time is outside the campaign dates {start} – {end}</source>
        <translation>{host} 北京时间 {span} 不在活动日期 {start} – {end} 之内</translation>
    </message>
    <message>
        <source>{host} starts at {time} China time on {day}, outside prime time {prime}: expect fewer viewers</source>
        <translation>{host} 于北京时间 {day} {time} 开播，不在黄金时段 {prime} 内：场观会偏低</translation>
    </message>
    <message>
        <source>{host} on {day} falls on a public holiday in China ({holiday}): audiences travel and couriers slow down</source>
        <translation>{host} 的 {day} 场次在中国法定假日（{holiday}）：观众出行，快递变慢</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Show notes (prime time, holidays)</source>
        <translation>显示提示（黄金时段、假日）</translation>
    </message>
    <message>
        <source>Checking the schedule…</source>
        <translation>正在检查排期…</translation>
    </message>
    <message>
        <source>The schedule could not be checked: {0}</source>
        <translation>无法检查排期：{0}</translation>
    </message>
    <message>
        <source>No schedule problems.</source>
        <translation>没有排期问题。</translation>
    </message>
    <message>
        <source>Schedule: {0} error(s) · {1} warning(s) · {2} note(s)</source>
        <translation>排期：{0} 个错误 · {1} 个警告 · {2} 条提示</translation>
    </message>
    <message>
        <source>Money, at the median of the projection:</source>
        <translation>资金（按预估中位数）：</translation>
    </message>
    <message>
        <source>In {n} sessions the last {cur} of paid traffic loses money; the worst: {worst}</source>
        <translation>在 {n} 个场次中，最后一笔 {cur} 投流是亏损的；最严重的：{worst}</translation>
    </message>
    <message>
        <source>
… and {n} more</source>
        <translation>
… 还有 {n} 个</translation>
    </message>
</context>
<context>
    <name>ProjectionRunner</name>
    <message>
        <source>Projections are not available in this build yet.</source>
        <translation>此版本尚不提供预估。</translation>
    </message>
</context>
<context>
    <name>ResponseChart</name>
    <message>
        <source>&lt;span style=&apos;color:{c}&apos;&gt;━━&lt;/span&gt; fitted range &amp;nbsp; &lt;span style=&apos;color:{c}&apos;&gt;╍╍&lt;/span&gt; extrapolated &amp;nbsp; &lt;span style=&apos;color:{p}&apos;&gt;○&lt;/span&gt; the model&apos;s points &amp;nbsp; &lt;span style=&apos;color:{t}&apos;&gt;●&lt;/span&gt; today &amp;nbsp; &lt;span style=&apos;color:{r}&apos;&gt;■&lt;/span&gt; recommended</source>
        <translation>&lt;span style=&apos;color:{c}&apos;&gt;━━&lt;/span&gt; 拟合范围 &amp;nbsp; &lt;span style=&apos;color:{c}&apos;&gt;╍╍&lt;/span&gt; 外推 &amp;nbsp; &lt;span style=&apos;color:{p}&apos;&gt;○&lt;/span&gt; 模型的点 &amp;nbsp; &lt;span style=&apos;color:{t}&apos;&gt;●&lt;/span&gt; 今天 &amp;nbsp; &lt;span style=&apos;color:{r}&apos;&gt;■&lt;/span&gt; 推荐</translation>
    </message>
    <message>
        <source>Net GMV gained ({cur})</source>
        <translation>新增净成交（{cur}）</translation>
    </message>
    <message>
        <source>People reached (gained)</source>
        <translation>新增触达人数</translation>
    </message>
    <message>
        <source>Profit gained ({cur})</source>
        <translation>新增利润（{cur}）</translation>
    </message>
    <message>
        <source>{what} against paid traffic (投流) on each item, over no paid traffic on it.</source>
        <translation>各项投流与{what}的关系，相对该项无投流。</translation>
    </message>
    <message>
        <source>Paid traffic ({cur})</source>
        <translation>投流（{cur}）</translation>
    </message>
    <message>
        <source>extrapolated</source>
        <translation>外推</translation>
    </message>
    <message>
        <source>fitted range</source>
        <translation>拟合范围</translation>
    </message>
    <message>
        <source>{n} people per {cur} 1,000</source>
        <translation>每 {cur} 1,000 带来 {n} 人</translation>
    </message>
    <message>
        <source>{v} per {cur}</source>
        <translation>每 {cur} {v}</translation>
    </message>
    <message>
        <source>at {spend}: {value} gained; marginal return {m} ({where})</source>
        <translation>投入 {spend} 时：新增 {value}；边际回报 {m}（{where}）</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Show viewers (场观)</source>
        <translation>场观</translation>
    </message>
    <message>
        <source>GMV (成交金额)</source>
        <translation>成交金额 (GMV)</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <source>GMV ({currency})</source>
        <translation>GMV（{currency}）</translation>
    </message>
    <message>
        <source>Show viewers (persons)</source>
        <translation>场观（人数）</translation>
    </message>
</context>
<context>
    <name>ResultsHeaders</name>
    <message>
        <source>Start (China time)</source>
        <extracomment>Changes to these tables can change the results. The English headers of planner.exchange.results (the table&apos;s headers in an Italian UI), for the translation tools.</extracomment>
        <translation>开播时间（北京时间）</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recorded shows</source>
        <translation>已复盘场次</translation>
    </message>
    <message>
        <source>Viewers P10</source>
        <translation>场观 P10</translation>
    </message>
    <message>
        <source>Viewers P50 (projected)</source>
        <translation>预估场观 P50</translation>
    </message>
    <message>
        <source>Viewers P90</source>
        <translation>场观 P90</translation>
    </message>
    <message>
        <source>Viewers (actual)</source>
        <translation>实际场观</translation>
    </message>
    <message>
        <source>Viewers vs P50</source>
        <translation>场观偏差</translation>
    </message>
    <message>
        <source>Viewers inside P10–P90</source>
        <translation>场观在区间内</translation>
    </message>
    <message>
        <source>GMV P10</source>
        <translation>GMV P10</translation>
    </message>
    <message>
        <source>GMV P50 (projected)</source>
        <translation>预估GMV P50</translation>
    </message>
    <message>
        <source>GMV P90</source>
        <translation>GMV P90</translation>
    </message>
    <message>
        <source>GMV (actual)</source>
        <translation>实际GMV</translation>
    </message>
    <message>
        <source>GMV vs P50</source>
        <translation>GMV偏差</translation>
    </message>
    <message>
        <source>GMV inside P10–P90</source>
        <translation>GMV在区间内</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Plan P50</source>
        <translation>计划 P50</translation>
    </message>
    <message>
        <source>Plan P10–P90</source>
        <translation>计划 P10–P90</translation>
    </message>
    <message>
        <source>Actual so far</source>
        <translation>已实现</translation>
    </message>
    <message>
        <source>Still to come P50</source>
        <translation>待完成 P50</translation>
    </message>
    <message>
        <source>Outlook P50 (actual + to come)</source>
        <translation>预计总计 P50</translation>
    </message>
    <message>
        <source>Outlook P10–P90</source>
        <translation>预计总计 P10–P90</translation>
    </message>
</context>
<context>
    <name>ResultsValues</name>
    <message>
        <source>inside</source>
        <extracomment>The English values of planner.exchange.results.YES_NO, for the translation tools.</extracomment>
        <translation>区间内</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>区间外</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>By session</source>
        <extracomment>Tables of the results: key, English and Chinese name of the choice.</extracomment>
        <translation>按场次</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>按达人</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>按平台</translation>
    </message>
    <message>
        <source>English headers</source>
        <translation>英文表头</translation>
    </message>
    <message>
        <source>Chinese headers 中文表头</source>
        <translation>中文表头</translation>
    </message>
    <message>
        <source>Export 复盘 workbook…</source>
        <translation>导出复盘工作簿…</translation>
    </message>
    <message>
        <source>Import platform results…</source>
        <translation>导入平台数据…</translation>
    </message>
    <message>
        <source>A platform&apos;s result export (CSV or XLSX, e.g. 抖音罗盘, 淘宝直播): rows are matched to this campaign&apos;s sessions by host and start</source>
        <translation>平台导出的结果（CSV 或 XLSX，如抖音罗盘、淘宝直播）：按达人和开播时间与本活动的场次匹配</translation>
    </message>
    <message>
        <source>Actual vs range</source>
        <translation>实际与区间对比</translation>
    </message>
    <message>
        <source>Cumulative plan vs actual</source>
        <translation>累计计划与实际对比</translation>
    </message>
    <message>
        <source>Backtest: how honest were the ranges? (§7)</source>
        <translation>回测：区间有多可靠？(§7)</translation>
    </message>
    <message>
        <source>Select a campaign to see its results.</source>
        <translation>选择一个活动查看其结果。</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>对比中…</translation>
    </message>
    <message>
        <source>{name} — results (复盘): {n} of {total} sessions recorded</source>
        <translation>{name} — 复盘：已录入 {n}/{total} 场</translation>
    </message>
    <message>
        <source>this campaign</source>
        <translation>本活动</translation>
    </message>
    <message>
        <source>No recorded shows yet: record actual results (in the Sessions table, or Import platform results above) and the backtest shows how often the actual fell inside its P10–P90 range.</source>
        <translation>尚无已录入的直播：录入实际结果（在场次表中，或用上方的&quot;导入平台数据&quot;），回测会显示实际值落在 P10–P90 区间内的频率。</translation>
    </message>
    <message>
        <source>Results (复盘)</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Show viewers</source>
        <translation>场观</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: plan P50 {p50} (P10–P90 {p10} – {p90}) · &lt;b&gt;actual so far {a}&lt;/b&gt; · still to come P50 {t50} · outlook P50 {o50} (P10–P90 {o10} – {o90})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;：计划 P50 {p50}（P10–P90 {p10} – {p90}）· &lt;b&gt;目前实际 {a}&lt;/b&gt; · 剩余 P50 {t50} · 展望 P50 {o50}（P10–P90 {o10} – {o90}）</translation>
    </message>
    <message>
        <source>Import platform results</source>
        <translation>导入平台数据</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>表格文件 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Export 复盘 workbook</source>
        <translation>导出复盘工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>exporting…</source>
        <translation>导出中…</translation>
    </message>
    <message>
        <source>exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
</context>
<context>
    <name>ScenarioChart</name>
    <message>
        <source>Unique reach</source>
        <translation>去重触达</translation>
    </message>
    <message>
        <source>Viewers (UV)</source>
        <translation>观看人数 (UV)</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Net GMV (after returns)</source>
        <translation>净成交（扣除退货）</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>ROI (net)</source>
        <translation>ROI（净）</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Cost per reached person</source>
        <translation>触达成本</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>net GMV ÷ cost</source>
        <translation>净成交 ÷ 成本</translation>
    </message>
    <message>
        <source>{cur} per 1,000 views</source>
        <translation>{cur}/千次观看</translation>
    </message>
    <message>
        <source>{cur} per person</source>
        <translation>{cur}/人</translation>
    </message>
    <message>
        <source>Tick two to four campaigns or scenarios. The first ticked (A) is the baseline.</source>
        <translation>勾选二至四个活动或方案。第一个勾选的 (A) 为基准。</translation>
    </message>
    <message>
        <source>Per-platform breakdown of:</source>
        <translation>分平台明细：</translation>
    </message>
    <message>
        <source>Tick two to four campaigns or scenarios to compare them.</source>
        <translation>勾选二至四个活动或方案进行对比。</translation>
    </message>
    <message>
        <source>Projecting {n} scenarios × {d} draws…</source>
        <translation>正在预估 {n} 个方案 × {d} 次模拟…</translation>
    </message>
    <message>
        <source>{d} paired draws, seed {seed}</source>
        <translation>{d} 次配对模拟，随机种子 {seed}</translation>
    </message>
    <message>
        <source>tick a second campaign to compare</source>
        <translation>再勾选一个活动进行对比</translation>
    </message>
    <message>
        <source>Cannot project: {error}</source>
        <translation>无法预估：{error}</translation>
    </message>
    <message>
        <source>P({b} better) = {p}</source>
        <translation>P({b} 更好) = {p}</translation>
    </message>
    <message>
        <source>{b} vs A</source>
        <translation>{b} 对比 A</translation>
    </message>
    <message>
        <source>P10–P90: {lo} – {hi}</source>
        <translation>P10–P90：{lo} – {hi}</translation>
    </message>
    <message>
        <source>{b} beats A on net GMV with probability {p1}, on reach with {p2}</source>
        <translation>{b} 的净成交优于 A 的概率为 {p1}，触达人数为 {p2}</translation>
    </message>
    <message>
        <source>{what} by platform</source>
        <translation>{what}（按平台）</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add session to {name}</source>
        <translation>向 {name} 添加场次</translation>
    </message>
    <message>
        <source>Host (主播)</source>
        <translation>主播</translation>
    </message>
    <message>
        <source>Date (China, 日期)</source>
        <translation>日期（中国）</translation>
    </message>
    <message>
        <source>Start (China time, 开播时间)</source>
        <translation>开播时间（北京时间）</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>您的时间</translation>
    </message>
    <message>
        <source>Duration (直播时长)</source>
        <translation>直播时长</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Type (场次类型)</source>
        <translation>场次类型</translation>
    </message>
    <message>
        <source>Brand minutes on air (讲解时长)</source>
        <translation>讲解时长</translation>
    </message>
    <message>
        <source>library figure for the tier</source>
        <translation>该层级的基准库数据</translation>
    </message>
    <message>
        <source>A slot (坑位): minutes the host presents the brand. A dedicated show (专场) sells the brand the whole time.</source>
        <translation>坑位：达人讲解品牌的分钟数。专场全程只卖这一个品牌。</translation>
    </message>
    <message>
        <source>Slot fee (坑位费)</source>
        <translation>坑位费</translation>
    </message>
    <message>
        <source>Commission (佣金比例)</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>Paid traffic (投流)</source>
        <translation>投流</translation>
    </message>
    <message>
        <source>Theme (直播主题)</source>
        <translation>直播主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (the host quotes {fee:,.0f} {cur}; converted at the plan&apos;s rate)</source>
        <translation>(达人报价 {fee:,.0f} {cur};已按计划汇率换算)</translation>
    </message>
    <message>
        <source>Default from the host</source>
        <translation>默认取自达人</translation>
    </message>
    <message>
        <source>add a host to the roster first (Campaign ▸ Add host)</source>
        <translation>请先把达人添加到达人资源表（活动 ▸ 添加达人）</translation>
    </message>
    <message>
        <source>no host in the roster is called “{0}”: pick one from the list</source>
        <translation>达人资源表中没有名为&quot;{0}&quot;的达人：请从列表中选择</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>编辑场次</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Filter sessions: host, platform, theme, date…</source>
        <translation>筛选场次：达人、平台、主题、日期…</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>添加场次…</translation>
    </message>
    <message>
        <source>Why? (explain projection)</source>
        <translation>为什么？（解释预估）</translation>
    </message>
    <message>
        <source>Delete rows…</source>
        <translation>删除行…</translation>
    </message>
    <message>
        <source>Reading sessions…</source>
        <translation>正在读取场次…</translation>
    </message>
    <message>
        <source>1 session · times in China time (UTC+8)</source>
        <translation>1 个场次 · 时间为北京时间 (UTC+8)</translation>
    </message>
    <message>
        <source>{n} sessions · times in China time (UTC+8)</source>
        <translation>{n} 个场次 · 时间为北京时间 (UTC+8)</translation>
    </message>
    <message>
        <source>Why this projection?</source>
        <translation>为什么是这个预估？</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>show viewers</source>
        <extracomment>The figures a session&apos;s actual results hold, in the order tables show them.</extracomment>
        <translation>场观</translation>
    </message>
    <message>
        <source>peak concurrent viewers</source>
        <translation>最高在线人数</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>date read</source>
        <translation>读取日期</translation>
    </message>
    <message>
        <source>must be a number</source>
        <extracomment>How far a show&apos;s reported start may be from the planned start and still be that session.</extracomment>
        <translation>必须是数字</translation>
    </message>
    <message>
        <source>{figure} must be 0 or more</source>
        <translation>{figure}必须大于或等于 0</translation>
    </message>
    <message>
        <source>refunds cannot be above the show&apos;s GMV ({gmv:,.0f})</source>
        <translation>退款不能高于本场 GMV（{gmv:,.0f}）</translation>
    </message>
    <message>
        <source>orders without GMV: the order value cannot be learnt from this show</source>
        <translation>有订单但无 GMV：无法从本场学习客单价</translation>
    </message>
    <message>
        <source>refunds without GMV: the return rate cannot be learnt from this show</source>
        <translation>有退款但无 GMV：无法从本场学习退货率</translation>
    </message>
    <message>
        <source>is above the show&apos;s viewers ({viewers:,.0f}); check the columns</source>
        <translation>高于本场场观（{viewers:,.0f}）；请检查各列</translation>
    </message>
    <message>
        <source>the session has not started yet: actual results can be recorded once it has</source>
        <translation>场次尚未开始：开播后才能录入实际数据</translation>
    </message>
    <message>
        <source>figures cannot be read before the show ({day})</source>
        <translation>数据不能早于直播（{day}）读取</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>是未来的日期</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>必须大于或等于 0</translation>
    </message>
    <message>
        <source>must be between 0% and 100%</source>
        <translation>必须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>must be a known ISO 4217 currency code such as CNY, EUR or USD</source>
        <translation>必须是有效的 ISO 4217 币种代码，如 CNY、EUR 或 USD</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>必须是以下之一：{allowed}</translation>
    </message>
    <message>
        <source>is {n:,} characters long; at most {most} are allowed</source>
        <translation>长度为 {n:,} 个字符，最多允许 {most} 个</translation>
    </message>
    <message>
        <source>is not a platform of this plan</source>
        <translation>不是本计划中的平台</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须是整数</translation>
    </message>
    <message>
        <source>give followers or a tier, so the host&apos;s audience size is known</source>
        <translation>请填写粉丝数或层级，以便了解达人的受众规模</translation>
    </message>
    <message>
        <source>must be a number above 0 (or left empty)</source>
        <translation>必须是大于 0 的数字（或留空）</translation>
    </message>
    <message>
        <source>commission must be between 0% and 100%</source>
        <translation>佣金必须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>must not be before the start date {start}</source>
        <translation>不能早于开始日期 {start}</translation>
    </message>
    <message>
        <source>margin must be between 0% and 100%</source>
        <translation>毛利率必须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>the campaign&apos;s order value must be above 0</source>
        <translation>活动客单价必须大于 0</translation>
    </message>
    <message>
        <source>conversion must be between 0% and 100%</source>
        <translation>转化率必须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>the return rate must be between 0% and 100%</source>
        <translation>退货率必须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>must carry a time zone (China time or UTC)</source>
        <translation>必须带时区（北京时间或 UTC）</translation>
    </message>
    <message>
        <source>must be a whole number of minutes</source>
        <translation>必须是整数分钟</translation>
    </message>
    <message>
        <source>the end must be after the start</source>
        <translation>结束时间必须晚于开始时间</translation>
    </message>
    <message>
        <source>must be between {low} minutes and {high} hours</source>
        <translation>必须在 {low} 分钟到 {high} 小时之间</translation>
    </message>
    <message>
        <source>brand minutes on air must be a number of minutes above 0</source>
        <translation>讲解时长必须是大于 0 的分钟数</translation>
    </message>
    <message>
        <source>{bm:g} brand minutes on air cannot exceed the session&apos;s duration ({minutes} min)</source>
        <translation>讲解时长 {bm:g} 分钟不能超过场次时长（{minutes} 分钟）</translation>
    </message>
    <message>
        <source>is outside the campaign dates {start} – {end} (China time)</source>
        <translation>不在活动日期 {start} – {end} 之内（北京时间）</translation>
    </message>
    <message>
        <source>must be a number, 0 or more (or left empty)</source>
        <translation>必须是大于或等于 0 的数字（或留空）</translation>
    </message>
    <message>
        <source>must not be below the low end, P10 ({low:,g})</source>
        <translation>不能低于下限 P10（{low:,g}）</translation>
    </message>
    <message>
        <source>the median must not be below the low end, P10 ({low:,g})</source>
        <translation>中位数不能低于下限 P10（{low:,g}）</translation>
    </message>
    <message>
        <source>the median must not be above the high end, P90 ({high:,g})</source>
        <translation>中位数不能高于上限 P90（{high:,g}）</translation>
    </message>
    <message>
        <source>a rate must be between 0 and 1 (write 20% as 0.2)</source>
        <translation>比率必须在 0 到 1 之间（20% 写作 0.2）</translation>
    </message>
    <message>
        <source>the host quotes in {cur} and the plan has no exchange rate for {cur} (CNY per {cur}): enter the fee in {campaign_cur}, or add the rate under Settings ▸ Exchange rates</source>
        <translation>达人以 {cur} 报价，但计划中没有 {cur} 的汇率（每 {cur} 合多少 CNY）：请以 {campaign_cur} 填写费用，或在 设置 ▸ 汇率 中添加汇率</translation>
    </message>
</context>
<context>
    <name>WhiskerChart</name>
    <message>
        <source>Recorded shows, in start order (China date)</source>
        <translation>已录入的直播，按开播顺序（中国日期）</translation>
    </message>
    <message>
        <source> — log scale</source>
        <translation> — 对数刻度</translation>
    </message>
    <message>
        <source>No recorded shows yet: record actual results in the Sessions table or import a platform export.</source>
        <translation>尚无已录入的直播：在场次表中录入实际结果，或导入平台导出的数据。</translation>
    </message>
    <message>
        <source>{n} of {total} shows inside their P10–P90 range (▲ projected median, ● actual: green inside, red outside). Hover a show for its figures.</source>
        <translation>{total} 场中有 {n} 场落在 P10–P90 区间内（▲ 预估中位数，● 实际：绿色在区间内，红色在区间外）。悬停查看每场数据。</translation>
    </message>
    <message>
        <source>{host} · {when}: actual {actual}, projected {mid} (P10–P90 {lo} – {hi}), {diff:+.0%}</source>
        <translation>{host} · {when}：实际 {actual}，预估 {mid}（P10–P90 {lo} – {hi}），{diff:+.0%}</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <source>host record</source>
        <extracomment>Sources and units the steps name, in one place (the UI translates them through the catalogue).</extracomment>
        <translation>达人资料</translation>
    </message>
    <message>
        <source>session</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>session record</source>
        <translation>场次资料</translation>
    </message>
    <message>
        <source>recorded actuals (复盘)</source>
        <translation>已录入的实际数据（复盘）</translation>
    </message>
    <message>
        <source>viewers</source>
        <translation>人</translation>
    </message>
    <message>
        <source>benchmark {metric} [{where}]{range}</source>
        <translation>基准 {metric} [{where}]{range}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主播</translation>
    </message>
    <message>
        <source>{host} on {platform}</source>
        <translation>{host}（{platform}）</translation>
    </message>
    <message>
        <source>host record (explicit tier)</source>
        <translation>达人资料（指定层级）</translation>
    </message>
    <message>
        <source>largest tier whose tier_followers_min {followers:,} followers reach</source>
        <translation>{followers:,} 粉丝可达到的最高层级（按 tier_followers_min）</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Agency tier conventions (editable)</source>
        <translation>机构层级惯例（可编辑）</translation>
    </message>
    <message>
        <source>Start (China time)</source>
        <translation>开播（北京时间）</translation>
    </message>
    <message>
        <source>Benchmark views per session</source>
        <translation>基准单场观看人次</translation>
    </message>
    <message>
        <source>Views per viewer</source>
        <translation>人均观看次数</translation>
    </message>
    <message>
        <source>Tier viewers per session (UV)</source>
        <translation>层级单场观看人数（UV）</translation>
    </message>
    <message>
        <source>session views / views per viewer</source>
        <translation>单场观看人次 / 人均观看次数</translation>
    </message>
    <message>
        <source>Follower factor</source>
        <translation>粉丝系数</translation>
    </message>
    <message>
        <source>followers unknown: 1</source>
        <translation>粉丝数未知：1</translation>
    </message>
    <message>
        <source>Benchmark base B_bench</source>
        <translation>基准基数 B_bench</translation>
    </message>
    <message>
        <source>tier viewers × follower factor</source>
        <translation>层级观看人数 × 粉丝系数</translation>
    </message>
    <message>
        <source>Host base B_h</source>
        <translation>达人基数 B_h</translation>
    </message>
    <message>
        <source>host&apos;s own typical viewers per session</source>
        <translation>达人自己的常规单场观看人数</translation>
    </message>
    <message>
        <source>log-shrinkage of {n} actual session(s) (geometric mean {own:,.0f} per unit multiplier) toward B_bench with n0 = {n0:g}</source>
        <translation>{n} 场实际数据（几何平均每单位系数 {own:,.0f}）按对数收缩向 B_bench，n0 = {n0:g}</translation>
    </message>
    <message>
        <source>= B_bench (no own figure, no actuals)</source>
        <translation>= B_bench（无自有数据，无实际数据）</translation>
    </message>
    <message>
        <source>Time-slot multiplier (festival peak hours count as prime time)</source>
        <translation>时段系数（大促高峰时段按黄金时段计）</translation>
    </message>
    <message>
        <source>{hour}:00 China time is inside {festival}&apos;s peak hours</source>
        <translation>北京时间 {hour}:00 在{festival}的高峰时段内</translation>
    </message>
    <message>
        <source>festival calendar</source>
        <translation>大促日历</translation>
    </message>
    <message>
        <source>Time-slot multiplier ({hours} h China time)</source>
        <translation>时段系数（北京时间 {hours} 点）</translation>
    </message>
    <message>
        <source>Time-slot multiplier</source>
        <translation>时段系数</translation>
    </message>
    <message>
        <source>no hour band covers this start hour</source>
        <translation>没有时段覆盖该开播时间</translation>
    </message>
    <message>
        <source>Festival viewer multiplier ({festival}, major festival)</source>
        <translation>大促观看系数（{festival}，大型大促）</translation>
    </message>
    <message>
        <source>Minor festival share</source>
        <translation>小型大促占比</translation>
    </message>
    <message>
        <source>Festival viewer multiplier ({festival}, minor festival)</source>
        <translation>大促观看系数（{festival}，小型大促）</translation>
    </message>
    <message>
        <source>1 + share × (major multiplier − 1)</source>
        <translation>1 + 占比 × (大型大促系数 − 1)</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>大促</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no festival that runs on {platform} covers {day} (holidays and other platforms&apos; festivals do not lift)</source>
        <translation>{day} 没有{platform}的大促（节假日和其他平台的大促不提升）</translation>
    </message>
    <message>
        <source>Duration multiplier</source>
        <translation>时长系数</translation>
    </message>
    <message>
        <source>Organic viewers V_org</source>
        <translation>自然流量观看人数 V_org</translation>
    </message>
    <message>
        <source>B_h × slot × festival × duration</source>
        <translation>B_h × 时段 × 大促 × 时长</translation>
    </message>
    <message>
        <source>Paid traffic budget</source>
        <translation>投流预算</translation>
    </message>
    <message>
        <source>{amount:,.0f} {currency} in CNY</source>
        <translation>{amount:,.0f} {currency} 折合人民币</translation>
    </message>
    <message>
        <source>Paid CPM</source>
        <translation>投流千次曝光成本（CPM）</translation>
    </message>
    <message>
        <source>Paid room entry rate</source>
        <translation>投流进房率</translation>
    </message>
    <message>
        <source>Paid cap multiplier</source>
        <translation>投流上限系数</translation>
    </message>
    <message>
        <source>Paid pool (entries any room can buy)</source>
        <translation>投流池（任一直播间可买到的进房量）</translation>
    </message>
    <message>
        <source>Cost per paid entry c0</source>
        <translation>单次付费进房成本 c0</translation>
    </message>
    <message>
        <source>CPM / (1000 × room entry rate)</source>
        <translation>CPM / (1000 × 进房率)</translation>
    </message>
    <message>
        <source>Paid viewers V_paid</source>
        <translation>投流观看人数 V_paid</translation>
    </message>
    <message>
        <source>Show viewers V</source>
        <translation>场观 V</translation>
    </message>
    <message>
        <source>V_org + V_paid (场观: the whole show)</source>
        <translation>V_org + V_paid（场观：整场）</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>观看人次</translation>
    </message>
    <message>
        <source>show viewers × views per viewer</source>
        <translation>场观 × 人均观看次数</translation>
    </message>
    <message>
        <source>views</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Average watch time</source>
        <translation>平均观看时长</translation>
    </message>
    <message>
        <source>Brand minutes on air</source>
        <translation>讲解时长</translation>
    </message>
    <message>
        <source>Brand minutes on air (library default)</source>
        <translation>讲解时长（基准库默认值）</translation>
    </message>
    <message>
        <source>Brand exposure e</source>
        <translation>品牌曝光 e</translation>
    </message>
    <message>
        <source>min(1, ({watch:g} + {bm:g}) / {minutes} min): a slot (坑位) in a multi-brand show</source>
        <translation>min(1, ({watch:g} + {bm:g}) / {minutes} 分钟)：多品牌场次中的一个坑位</translation>
    </message>
    <message>
        <source>dedicated show (专场 / 店播): the whole show sells the brand</source>
        <translation>专场 / 店播：整场都在卖本品牌</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>观看人数</translation>
    </message>
    <message>
        <source>brand viewers E = show viewers × e</source>
        <translation>品牌观看人数 E = 场观 × e</translation>
    </message>
    <message>
        <source>Benchmark conversion rate</source>
        <translation>基准转化率</translation>
    </message>
    <message>
        <source>Conversion prior from your brand&apos;s shows</source>
        <translation>来自本品牌场次的转化先验</translation>
    </message>
    <message>
        <source>benchmark × brand&apos;s mean ratio to the trace in this platform × tier, weighted n/(n + 5)</source>
        <translation>基准 × 本品牌在该平台 × 层级的平均实际/推算比，权重 n/(n + 5)</translation>
    </message>
    <message>
        <source>Host conversion rate (calibrated)</source>
        <translation>达人转化率（校准）</translation>
    </message>
    <message>
        <source>({orders:,.0f} orders + 5000 × benchmark) / ({viewers:,.0f} brand viewers + 5000)</source>
        <translation>({orders:,.0f} 单 + 5000 × 基准) / ({viewers:,.0f} 品牌观看人数 + 5000)</translation>
    </message>
    <message>
        <source>Festival conversion multiplier</source>
        <translation>大促转化系数</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>成交人数</translation>
    </message>
    <message>
        <source>viewers × conversion {rate:.4%}</source>
        <translation>观看人数 × 转化率 {rate:.4%}</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Host order value (calibrated)</source>
        <translation>达人客单价（校准）</translation>
    </message>
    <message>
        <source>log-shrinkage toward the benchmark, weight {weight:.2f}</source>
        <translation>按对数收缩向基准，权重 {weight:.2f}</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>buyers × order value</source>
        <translation>成交人数 × 客单价</translation>
    </message>
    <message>
        <source>buyers × order value / {rate:g} CNY per {currency}</source>
        <translation>成交人数 × 客单价 / 每 {currency} {rate:g} 元</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>退货率</translation>
    </message>
    <message>
        <source>Host return rate (calibrated)</source>
        <translation>达人退货率（校准）</translation>
    </message>
    <message>
        <source>shrunk toward the benchmark, weight {weight:.2f}</source>
        <translation>向基准收缩，权重 {weight:.2f}</translation>
    </message>
    <message>
        <source>Net GMV</source>
        <translation>净成交</translation>
    </message>
    <message>
        <source>GMV × (1 − return rate)</source>
        <translation>GMV × (1 − 退货率)</translation>
    </message>
    <message>
        <source>Commission rate</source>
        <translation>佣金比例</translation>
    </message>
    <message>
        <source>Platform fee rate</source>
        <translation>平台扣点</translation>
    </message>
    <message>
        <source>Slot fee</source>
        <translation>坑位费</translation>
    </message>
    <message>
        <source>Session cost</source>
        <translation>场次成本</translation>
    </message>
    <message>
        <source>slot fee + paid traffic + (commission + platform fee) × net GMV</source>
        <translation>坑位费 + 投流 + (佣金 + 平台扣点) × 净成交</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>net GMV / session cost</source>
        <translation>净成交 / 场次成本</translation>
    </message>
    <message>
        <source>National universe used for reach</source>
        <translation>用于触达的全国人群规模</translation>
    </message>
    <message>
        <source>max(national universe {national:,.0f}, largest platform universe {largest:,.0f}): the nation can never be smaller than one of its platforms</source>
        <translation>max(全国人群 {national:,.0f}, 最大平台人群 {largest:,.0f})：全国人群不可能小于其中任一平台</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>Calibrated from actuals</source>
        <translation>由实际数据校准</translation>
    </message>
</context>
</TS>
