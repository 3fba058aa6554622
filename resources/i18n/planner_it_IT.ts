<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nuovo piano…</translation>
    </message>
    <message>
        <source>Create an empty plan file</source>
        <translation>Crea un file di piano vuoto</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Apri piano…</translation>
    </message>
    <message>
        <source>Open another plan file</source>
        <translation>Apri un altro file di piano</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Salva una &amp;copia come…</translation>
    </message>
    <message>
        <source>Write a copy of the whole plan to another file (the plan itself is always saved)</source>
        <translation>Scrive una copia dell&apos;intero piano in un altro file (il piano stesso è sempre salvato)</translation>
    </message>
    <message>
        <source>Import &amp;hosts…</source>
        <translation>Importa &amp;host…</translation>
    </message>
    <message>
        <source>Add or update hosts from a CSV or XLSX roster (达人资源表); preview first</source>
        <translation>Aggiunge o aggiorna gli host da un elenco CSV o XLSX (达人资源表); prima un&apos;anteprima</translation>
    </message>
    <message>
        <source>Import &amp;sessions…</source>
        <translation>Importa &amp;sessioni…</translation>
    </message>
    <message>
        <source>Add sessions to the selected campaign from a CSV or XLSX schedule (直播排期表)</source>
        <translation>Aggiunge sessioni alla campagna selezionata da un palinsesto CSV o XLSX (直播排期表)</translation>
    </message>
    <message>
        <source>&amp;Export schedule…</source>
        <translation>&amp;Esporta palinsesto…</translation>
    </message>
    <message>
        <source>Write the schedule as an Excel workbook, CSV or calendar (ICS), in English or Chinese</source>
        <translation>Scrive il palinsesto come cartella Excel, CSV o calendario (ICS), in inglese o cinese</translation>
    </message>
    <message>
        <source>Export host &amp;roster…</source>
        <translation>Esporta elenco &amp;host…</translation>
    </message>
    <message>
        <source>Write the host roster as an Excel workbook or CSV</source>
        <translation>Scrive l&apos;elenco degli host come cartella Excel o CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Close the planner; every edit is already saved</source>
        <translation>Chiude il planner; ogni modifica è già salvata</translation>
    </message>
    <message>
        <source>&amp;Delete rows…</source>
        <translation>&amp;Elimina righe…</translation>
    </message>
    <message>
        <source>Delete the selected sessions, hosts or campaign, saying first what goes with them (Undo brings them back). Del clears just the cell</source>
        <translation>Elimina le sessioni, gli host o la campagna selezionati, dicendo prima cosa viene eliminato con loro (Annulla li ripristina). Canc svuota solo la cella</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nuova campagna…</translation>
    </message>
    <message>
        <source>Start a new campaign</source>
        <translation>Avvia una nuova campagna</translation>
    </message>
    <message>
        <source>&amp;Duplicate as scenario</source>
        <translation>&amp;Duplica come scenario</translation>
    </message>
    <message>
        <source>Copy the selected campaign and its sessions as a scenario to compare</source>
        <translation>Copia la campagna selezionata e le sue sessioni come scenario da confrontare</translation>
    </message>
    <message>
        <source>&amp;Edit campaign…</source>
        <translation>&amp;Modifica campagna…</translation>
    </message>
    <message>
        <source>Change the selected campaign&apos;s name, dates, budget and margins</source>
        <translation>Modifica nome, date, budget e margini della campagna selezionata</translation>
    </message>
    <message>
        <source>Add &amp;session…</source>
        <translation>Aggiungi &amp;sessione…</translation>
    </message>
    <message>
        <source>Schedule a livestream session in this campaign</source>
        <translation>Programma una sessione live in questa campagna</translation>
    </message>
    <message>
        <source>Add &amp;host…</source>
        <translation>Aggiungi &amp;host…</translation>
    </message>
    <message>
        <source>Add a host (KOL, KOC or store account) to the roster</source>
        <translation>Aggiunge un host (KOL, KOC o account del negozio) all&apos;elenco</translation>
    </message>
    <message>
        <source>&amp;Why this projection?</source>
        <translation>&amp;Perché questa proiezione?</translation>
    </message>
    <message>
        <source>Explain the selected session&apos;s projected figures step by step</source>
        <translation>Spiega passo per passo le cifre previste della sessione selezionata</translation>
    </message>
    <message>
        <source>Display &amp;time zone…</source>
        <translation>&amp;Fuso orario visualizzato…</translation>
    </message>
    <message>
        <source>Choose the zone shown beside China time</source>
        <translation>Sceglie il fuso mostrato accanto all&apos;ora della Cina</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problemi</translation>
    </message>
    <message>
        <source>Show or hide the schedule problems: conflicts, dates outside the campaign, notes</source>
        <translation>Mostra o nasconde i problemi del palinsesto: conflitti, date fuori campagna, note</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Cronologia</translation>
    </message>
    <message>
        <source>Show every change to this plan, newest first; restore what a change deleted or replaced</source>
        <translation>Mostra ogni modifica di questo piano, dalla più recente; ripristina ciò che una modifica ha eliminato o sostituito</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Ripristina da &amp;backup…</translation>
    </message>
    <message>
        <source>Put the plan back as an automatic backup has it (the current state is backed up first)</source>
        <translation>Riporta il piano com&apos;è in un backup automatico (prima viene salvato lo stato attuale)</translation>
    </message>
    <message>
        <source>&amp;Filter table</source>
        <translation>&amp;Filtra tabella</translation>
    </message>
    <message>
        <source>Filter the current table</source>
        <translation>Filtra la tabella corrente</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>Choose the language of the planner and how figures are shown</source>
        <translation>Sceglie la lingua del planner e come sono mostrate le cifre</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Informazioni</translation>
    </message>
    <message>
        <source>Version, where the plan file lives, data sources</source>
        <translation>Versione, posizione del file di piano, fonti dei dati</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>Esporta grafico come PNG…</translation>
    </message>
    <message>
        <source>Export chart as SVG…</source>
        <translation>Esporta grafico come SVG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Esporta grafico</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image or an SVG vector file</source>
        <translation>Salva questo grafico come immagine PNG o file vettoriale SVG</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Live-commerce planner {version}&lt;/h3&gt;&lt;p&gt;Plans livestream-commerce campaigns in China: hosts, sessions, projections with P10–P90 ranges.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Plan file:&lt;/b&gt;&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Every edit is written to it at once; there is no Save. File ▸ Save a copy as… writes a copy.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data sources:&lt;/b&gt; the benchmark library ships with the planner (Benchmarks tab): {sourced} of {total} figures are published figures (platform filings, CNNIC, QuestMobile and others, each named in its Source column); the rest are estimates derived from them or the planner&apos;s assumptions, marked as such. Festival dates come from the shipped calendar. Change any figure to your own; yours are kept when the library is updated.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Planner live-commerce {version}&lt;/h3&gt;&lt;p&gt;Pianifica campagne di live-commerce in Cina: host, sessioni, proiezioni con intervalli P10–P90.&lt;/p&gt;&lt;p&gt;&lt;b&gt;File di piano:&lt;/b&gt;&lt;br&gt;&lt;code&gt;{path}&lt;/code&gt;&lt;br&gt;Ogni modifica vi è scritta subito; non c&apos;è un comando Salva. File ▸ Salva una copia come… ne scrive una copia.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonti dei dati:&lt;/b&gt; la libreria di benchmark è fornita con il planner (scheda Benchmark): {sourced} cifre su {total} sono dati pubblicati (bilanci delle piattaforme, CNNIC, QuestMobile e altri, ciascuno indicato nella colonna Fonte); le altre sono stime ricavate da questi o ipotesi del planner, indicate come tali. Le date delle feste vengono dal calendario fornito. Puoi sostituire qualsiasi cifra con la tua; le tue sono conservate quando la libreria viene aggiornata.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>{suffix} file</source>
        <translation>File {suffix}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Open plan</source>
        <translation>Apri piano</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuovo piano</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Salva una copia come</translation>
    </message>
    <message>
        <source>Display time zone</source>
        <translation>Fuso orario visualizzato</translation>
    </message>
    <message>
        <source>Times are planned in China time; show them also in:</source>
        <translation>Gli orari sono pianificati in ora della Cina; mostrali anche in:</translation>
    </message>
    <message>
        <source>Record actual results</source>
        <translation>Registra risultati effettivi</translation>
    </message>
    <message>
        <source> — actual result (复盘); type a figure, 1.2万 works; empty clears it</source>
        <translation> — risultato effettivo (复盘); scrivi una cifra, 1.2万 va bene; vuoto la cancella</translation>
    </message>
    <message>
        <source>Figures read on</source>
        <translation>Cifre lette il</translation>
    </message>
    <message>
        <source>数据日期 — when the figures were read: platform GMV keeps changing for days after a show</source>
        <translation>数据日期 — quando sono state lette le cifre: il GMV della piattaforma cambia per giorni dopo uno show</translation>
    </message>
    <message>
        <source>✔ sourced</source>
        <translation>✔ con fonte</translation>
    </message>
    <message>
        <source>≈ estimate</source>
        <translation>≈ stima</translation>
    </message>
    <message>
        <source>? assumption</source>
        <translation>? ipotesi</translation>
    </message>
    <message>
        <source>convention</source>
        <translation>convenzione</translation>
    </message>
    <message>
        <source>✎ yours</source>
        <translation>✎ tua</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Tutte le piattaforme</translation>
    </message>
    <message>
        <source>Edit benchmark {metric}</source>
        <translation>Modifica benchmark {metric}</translation>
    </message>
    <message>
        <source>Changed by you (kept when the shipped library is updated)</source>
        <translation>Modificato da te (conservato quando la libreria fornita viene aggiornata)</translation>
    </message>
    <message>
        <source>As shipped</source>
        <translation>Come fornito</translation>
    </message>
    <message>
        <source>✎ = changed by you. Figures you changed are kept when the shipped library is updated</source>
        <translation>✎ = modificato da te. Le cifre che modifichi sono conservate quando la libreria fornita viene aggiornata</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>sourced = published figure; estimate = derived from sources; assumption = the planner&apos;s judgement, check it</source>
        <translation>sourced = cifra pubblicata; estimate = ricavata dalle fonti; assumption = giudizio del planner, da verificare</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Tier / band</source>
        <translation>Livello / fascia</translation>
    </message>
    <message>
        <source>A host tier, an hour band such as 19-23 (China time), or a category</source>
        <translation>Un livello di host, una fascia oraria come 19-23 (ora della Cina) o una categoria</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrica</translation>
    </message>
    <message>
        <source>Library key: {key}</source>
        <translation>Chiave della libreria: {key}</translation>
    </message>
    <message>
        <source>Value (P50)</source>
        <translation>Valore (P50)</translation>
    </message>
    <message>
        <source>The median figure used by projections</source>
        <translation>La cifra mediana usata dalle proiezioni</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>Low end: 1 in 10 outcomes is below</source>
        <translation>Valore basso: 1 esito su 10 è inferiore</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>High end: 1 in 10 outcomes is above</source>
        <translation>Valore alto: 1 esito su 10 è superiore</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Campaigns and scenarios</source>
        <translation>Campagne e scenari</translation>
    </message>
    <message>
        <source>{name}
{start} – {end} (China dates)
Budget {budget}
1 session</source>
        <translation>{name}
{start} – {end} (date cinesi)
Budget {budget}
1 sessione</translation>
    </message>
    <message>
        <source>{name}
{start} – {end} (China dates)
Budget {budget}
{n} sessions</source>
        <translation>{name}
{start} – {end} (date cinesi)
Budget {budget}
{n} sessioni</translation>
    </message>
    <message>
        <source>
Scenario: a copy to compare against its campaign</source>
        <translation>
Scenario: una copia da confrontare con la sua campagna</translation>
    </message>
    <message>
        <source>{tier} · from followers</source>
        <translation>{tier} · dai follower</translation>
    </message>
    <message>
        <source>auto (from followers)</source>
        <translation>automatico (dai follower)</translation>
    </message>
    <message>
        <source>Edit host</source>
        <translation>Modifica host</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>达人昵称 — nickname</source>
        <translation>达人昵称 — nickname</translation>
    </message>
    <message>
        <source>平台</source>
        <translation>平台 — piattaforma</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>达人ID / 平台账号</source>
        <translation>达人ID / 平台账号 — ID dell&apos;host / account</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>层级 — 头部 / 腰部 / 尾部 / KOC</source>
        <translation>层级 — top / medio / coda / KOC</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>粉丝数</source>
        <translation>粉丝数 — follower</translation>
    </message>
    <message>
        <source>Avg viewers</source>
        <translation>Spettatori medi</translation>
    </message>
    <message>
        <source>场均观看 — the host&apos;s own unique viewers per session, from a data tool (optional)</source>
        <translation>场均观看 — spettatori unici dell&apos;host per sessione, da uno strumento dati (facoltativo)</translation>
    </message>
    <message>
        <source>Slot fee</source>
        <translation>Costo slot</translation>
    </message>
    <message>
        <source>坑位费 — slot fee</source>
        <translation>坑位费 — costo dello slot</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commissione</translation>
    </message>
    <message>
        <source>佣金比例 — share of net GMV</source>
        <translation>佣金比例 — quota del GMV netto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agenzia</translation>
    </message>
    <message>
        <source>机构 (MCN)</source>
        <translation>机构 (MCN) — agenzia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>合作状态</source>
        <translation>合作状态 — stato della collaborazione</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>类目 / 标签</source>
        <translation>类目 / 标签 — categorie / tag</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>备注 — note</translation>
    </message>
    <message>
        <source>Other costs (campaign, 其他成本)</source>
        <translation>Altri costi (campagna, 其他成本)</translation>
    </message>
    <message>
        <source>Total (合计)</source>
        <translation>Totale (合计)</translation>
    </message>
    <message>
        <source>The campaign&apos;s totals, as on the cards above: reach is de-duplicated across platforms, and cost includes the campaign&apos;s other costs.</source>
        <translation>I totali della campagna, come nelle schede sopra: la copertura è deduplicata tra piattaforme e il costo include gli altri costi della campagna.</translation>
    </message>
    <message>
        <source>Median {mid}; P10–P90: {low} – {high}; average outcome {mean}</source>
        <translation>Mediana {mid}; P10–P90: {low} – {high}; esito medio {mean}</translation>
    </message>
    <message>
        <source>No schedule problems</source>
        <extracomment>From this many sessions a campaign&apos;s rows are read off the UI thread. Edits of up to this many sessions are applied to the rows in place; bigger ones re-read the campaign.</extracomment>
        <translation>Nessun problema nel palinsesto</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifica sessione</translation>
    </message>
    <message>
        <source>whole show</source>
        <translation>intero show</translation>
    </message>
    <message>
        <source>library</source>
        <translation>libreria</translation>
    </message>
    <message>
        <source>Start (China time)</source>
        <translation>Inizio (ora della Cina)</translation>
    </message>
    <message>
        <source>开播时间 — start in China time (UTC+8); edit in China time</source>
        <translation>开播时间 — inizio in ora della Cina (UTC+8); si modifica in ora della Cina</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>La tua ora</translation>
    </message>
    <message>
        <source>The start in your display time zone (View ▸ Display time zone)</source>
        <translation>L&apos;inizio nel tuo fuso visualizzato (Visualizza ▸ Fuso orario visualizzato)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>直播时长</source>
        <translation>直播时长 — durata</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>主播 — the host of the session</source>
        <translation>主播 — l&apos;host della sessione</translation>
    </message>
    <message>
        <source>平台 — the host&apos;s platform</source>
        <translation>平台 — la piattaforma dell&apos;host</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>场次类型 — what the brand bought: a dedicated show (专场 / 店播) or one slot (坑位) in a multi-brand show</source>
        <translation>场次类型 — cosa ha comprato il brand: uno show dedicato (专场 / 店播) o uno slot (坑位) in uno show multi-brand</translation>
    </message>
    <message>
        <source>Brand minutes</source>
        <translation>Minuti del brand</translation>
    </message>
    <message>
        <source>讲解时长 — minutes the host presents the brand in a slot; empty = the library&apos;s figure for the host&apos;s tier</source>
        <translation>讲解时长 — minuti in cui l&apos;host presenta il brand in uno slot; vuoto = la cifra della libreria per il livello dell&apos;host</translation>
    </message>
    <message>
        <source>坑位费 — fixed fee for the slot, paid whatever is sold</source>
        <translation>坑位费 — costo fisso dello slot, pagato qualunque sia il venduto</translation>
    </message>
    <message>
        <source>佣金比例 — share of net GMV paid to the host; &apos;·host&apos; = the host&apos;s own rate</source>
        <translation>佣金比例 — quota del GMV netto pagata all&apos;host; &apos;·host&apos; = la tariffa dell&apos;host</translation>
    </message>
    <message>
        <source>Paid traffic</source>
        <translation>Traffico a pagamento</translation>
    </message>
    <message>
        <source>投流 — paid promotion bringing viewers into the live room (e.g. Qianchuan 千川)</source>
        <translation>投流 — promozione a pagamento che porta spettatori nella live room (es. Qianchuan 千川)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>直播主题</source>
        <translation>直播主题 — tema</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <source>Schedule problems: ✖ host double-booked or brand overlap, ⚠ outside the campaign dates, ℹ off prime time or on a public holiday (see View ▸ Problems)</source>
        <translation>Problemi del palinsesto: ✖ host con doppia prenotazione o brand sovrapposto, ⚠ fuori dalle date della campagna, ℹ fuori prima serata o in un giorno festivo (vedi Visualizza ▸ Problemi)</translation>
    </message>
    <message>
        <source> — double-click for how it is worked out</source>
        <translation> — doppio clic per vedere come si calcola</translation>
    </message>
    <message>
        <source>Brand viewers (trace)</source>
        <translation>Spettatori del brand (traccia)</translation>
    </message>
    <message>
        <source>品牌曝光人数 — show viewers present while the brand is on air, every figure at its median</source>
        <translation>品牌曝光人数 — spettatori presenti mentre il brand è in onda, ogni cifra alla mediana</translation>
    </message>
    <message>
        <source>GMV (trace)</source>
        <translation>GMV (traccia)</translation>
    </message>
    <message>
        <source>预估 GMV — gross sales, every figure at its median (the trace)</source>
        <translation>预估 GMV — vendite lorde, ogni cifra alla mediana (la traccia)</translation>
    </message>
    <message>
        <source>Cost (trace)</source>
        <translation>Costo (traccia)</translation>
    </message>
    <message>
        <source>预估成本 — slot fee + commission + paid traffic (the trace)</source>
        <translation>预估成本 — costo slot + commissione + traffico a pagamento (la traccia)</translation>
    </message>
    <message>
        <source>ROI (trace)</source>
        <translation>ROI (traccia)</translation>
    </message>
    <message>
        <source>投产比 — net GMV ÷ cost (the trace)</source>
        <translation>投产比 — GMV netto ÷ costo (la traccia)</translation>
    </message>
    <message>
        <source>Your time ({zone})</source>
        <translation>La tua ora ({zone})</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>altri {n}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sessione</translation>
    </message>
    <message>
        <source>{n} sessions</source>
        <translation>{n} sessioni</translation>
    </message>
    <message>
        <source>{scenario} (scenario of {campaign})</source>
        <translation>{scenario} (scenario di {campaign})</translation>
    </message>
    <message>
        <source>{n} hosts ({names})</source>
        <translation>{n} host ({names})</translation>
    </message>
    <message>
        <source>{n} in {campaign}</source>
        <translation>{n} in {campaign}</translation>
    </message>
    <message>
        <source>Delete {who} and the {sessions} {booked}: {where}?</source>
        <translation>Eliminare {who} e le {sessions} {booked}: {where}?</translation>
    </message>
    <message>
        <source>Delete host {name}</source>
        <translation>Elimina host {name}</translation>
    </message>
    <message>
        <source>Delete {n} hosts</source>
        <translation>Elimina {n} host</translation>
    </message>
    <message>
        <source>booked with this host</source>
        <translation>prenotate con questo host</translation>
    </message>
    <message>
        <source>booked with them</source>
        <translation>prenotate con loro</translation>
    </message>
    <message>
        <source>Delete {who} and the {sessions} {booked}, in {where}?</source>
        <translation>Eliminare {who} e le {sessions} {booked}, in {where}?</translation>
    </message>
    <message>
        <source>Delete campaign {name}</source>
        <translation>Elimina campagna {name}</translation>
    </message>
    <message>
        <source>Delete the campaign {name} and its {sessions}?</source>
        <translation>Eliminare la campagna {name} e le sue {sessions}?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings them back; the History panel keeps them after a restart.</source>
        <translation>Modifica ▸ Annulla li ripristina; il pannello Cronologia li conserva anche dopo un riavvio.</translation>
    </message>
    <message>
        <source>{title} is worked out by the planner: there is nothing to clear</source>
        <translation>{title} è calcolato dal planner: non c&apos;è nulla da svuotare</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Svuota</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>{title} cannot be empty ({why}): type a value instead</source>
        <translation>{title} non può essere vuoto ({why}): inserisci un valore</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About the planner</source>
        <translation>Informazioni sul planner</translation>
    </message>
</context>
<context>
    <name>ActualsImportDialog</name>
    <message>
        <source>Import actual results (复盘)</source>
        <translation>Importa risultati effettivi (复盘)</translation>
    </message>
    <message>
        <source>Record rows that match no planned session as unplanned sessions of their hosts (store streams often are)</source>
        <translation>Registra le righe che non corrispondono a nessuna sessione pianificata come sessioni non pianificate dei loro host (capita spesso con le live del negozio)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Start (China time)</source>
        <translation>Inizio (ora della Cina)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Session or reason</source>
        <translation>Sessione o motivo</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Problems and warnings (row, column, value, rule):</source>
        <translation>Problemi e avvisi (riga, colonna, valore, regola):</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lettura di {file}…</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>abbinata</translation>
    </message>
    <message>
        <source>not matched</source>
        <translation>non abbinata</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>ambigua</translation>
    </message>
    <message>
        <source>session {id}: {host} {when}</source>
        <translation>sessione {id}: {host} {when}</translation>
    </message>
    <message>
        <source> — updates recorded figures</source>
        <translation> — aggiorna le cifre registrate</translation>
    </message>
    <message>
        <source>new unplanned session of {host}</source>
        <translation>nuova sessione non pianificata di {host}</translation>
    </message>
    <message>
        <source>{file} → {campaign}: {summary}.</source>
        <translation>{file} → {campaign}: {summary}.</translation>
    </message>
    <message>
        <source>{n} problem(s): nothing can be imported until the file is corrected.</source>
        <translation>{n} problemi: non si può importare nulla finché il file non è corretto.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>Backups of this plan, made automatically (on opening, at most daily; the last 10 are kept) in {folder}. Restoring first backs up the plan as it is now, so you can come back to it.</source>
        <translation>Backup di questo piano, creati automaticamente (all&apos;apertura, al massimo uno al giorno; si tengono gli ultimi 10) in {folder}. Il ripristino salva prima il piano com&apos;è ora, così puoi tornarci.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>There is no backup of this plan yet.</source>
        <translation>Non c&apos;è ancora alcun backup di questo piano.</translation>
    </message>
</context>
<context>
    <name>BenchmarkChart</name>
    <message>
        <source>Viewers per session (views, PV)</source>
        <extracomment>Metrics whose ranges span orders of magnitude: shown on a log scale unless the user turns it off.</extracomment>
        <translation>Spettatori per sessione (visualizzazioni, PV)</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tasso di conversione</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Valore medio dell&apos;ordine</translation>
    </message>
    <message>
        <source>Paid traffic CPM</source>
        <translation>CPM del traffico a pagamento</translation>
    </message>
    <message>
        <source>Platform universe (users)</source>
        <translation>Utenti della piattaforma</translation>
    </message>
    <message>
        <source>Returning-viewer share (老粉占比)</source>
        <translation>Quota di spettatori abituali (老粉占比)</translation>
    </message>
    <message>
        <source>Platform fee rate</source>
        <translation>Commissione della piattaforma</translation>
    </message>
    <message>
        <source>Host commission (all platforms, by tier)</source>
        <translation>Commissione dell&apos;host (tutte le piattaforme, per livello)</translation>
    </message>
    <message>
        <source>Slot fee (all platforms, by tier)</source>
        <translation>Costo slot (tutte le piattaforme, per livello)</translation>
    </message>
    <message>
        <source>Return rate (all platforms)</source>
        <translation>Tasso di reso (tutte le piattaforme)</translation>
    </message>
    <message>
        <source>Festival viewer multiplier (by tier)</source>
        <translation>Moltiplicatore spettatori nelle feste (per livello)</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Spettatori</translation>
    </message>
    <message>
        <source>CVR</source>
        <translation>CVR</translation>
    </message>
    <message>
        <source>AOV</source>
        <translation>AOV</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Return.</source>
        <translation>Resi</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Commissione</translation>
    </message>
    <message>
        <source>Views (PV) per session</source>
        <translation>Visualizzazioni (PV) per sessione</translation>
    </message>
    <message>
        <source>Buyers per unique viewer (%)</source>
        <translation>Acquirenti per spettatore unico (%)</translation>
    </message>
    <message>
        <source>CNY per order</source>
        <translation>CNY per ordine</translation>
    </message>
    <message>
        <source>CNY per 1,000 paid impressions</source>
        <translation>CNY per 1.000 impression a pagamento</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Share of a session&apos;s viewers (%)</source>
        <translation>Quota degli spettatori della sessione (%)</translation>
    </message>
    <message>
        <source>Share of net GMV (%)</source>
        <translation>Quota del GMV netto (%)</translation>
    </message>
    <message>
        <source>CNY per session slot</source>
        <translation>CNY per slot</translation>
    </message>
    <message>
        <source>Share of GMV refunded (%)</source>
        <translation>Quota del GMV rimborsata (%)</translation>
    </message>
    <message>
        <source>× viewers during a festival window</source>
        <translation>× spettatori durante una festa</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>One metric, by platform</source>
        <translation>Una metrica, per piattaforma</translation>
    </message>
    <message>
        <source>Compare metrics (normalised)</source>
        <translation>Confronta metriche (normalizzate)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriche</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Scala logaritmica</translation>
    </message>
    <message>
        <source>A logarithmic axis keeps small bars readable when the P10–P90 ranges span orders of magnitude</source>
        <translation>Un asse logaritmico mantiene leggibili le barre piccole quando gli intervalli P10–P90 coprono ordini di grandezza</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metrica:</translation>
    </message>
    <message>
        <source>Host tier:</source>
        <translation>Livello host:</translation>
    </message>
    <message>
        <source>median with P10–P90 range</source>
        <translation>mediana con intervallo P10–P90</translation>
    </message>
    <message>
        <source>No figures for this metric</source>
        <translation>Nessuna cifra per questa metrica</translation>
    </message>
    <message>
        <source>Sourced figure</source>
        <translation>Cifra con fonte</translation>
    </message>
    <message>
        <source>Estimate or assumption</source>
        <translation>Stima o ipotesi</translation>
    </message>
    <message>
        <source>P10–P90 range (bar = median)</source>
        <translation>Intervallo P10–P90 (barra = mediana)</translation>
    </message>
    <message>
        <source>Each metric as a share of the highest platform median (100% = top platform); viewers for tier {tier}; hatched = estimate</source>
        <translation>Ogni metrica come quota della mediana della piattaforma più alta (100% = piattaforma migliore); spettatori per il livello {tier}; tratteggio = stima</translation>
    </message>
    <message>
        <source>P10–P90: {low} – {high}</source>
        <translation>P10–P90: {low} – {high}</translation>
    </message>
    <message>
        <source>sourced</source>
        <translation>con fonte</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>stima</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>ipotesi</translation>
    </message>
    <message>
        <source>convention</source>
        <translation>convenzione</translation>
    </message>
    <message>
        <source> (all-platform default)</source>
        <translation> (valore predefinito per tutte le piattaforme)</translation>
    </message>
    <message>
        <source>Basis: {basis} · Year: {year}</source>
        <translation>Base: {basis} · Anno: {year}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message>
        <source>Edited in this plan</source>
        <translation>Modificato in questo piano</translation>
    </message>
    <message>
        <source>{share} of the top platform</source>
        <translation>{share} della piattaforma migliore</translation>
    </message>
</context>
<context>
    <name>BenchmarksView</name>
    <message>
        <source>Filter figures: platform, metric, basis, source…</source>
        <translation>Filtra le cifre: piattaforma, metrica, base, fonte…</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#fff6d6&apos;&gt;&amp;nbsp;≈ estimate&amp;nbsp;&lt;/span&gt; derived from sources · &lt;span style=&apos;background:#ffe6cc&apos;&gt;&amp;nbsp;? assumption&amp;nbsp;&lt;/span&gt; the planner&apos;s judgement, check it · ✔ sourced = published figure · &lt;b&gt;bold ✎&lt;/b&gt; = changed by you. Double-click a figure to edit.</source>
        <translation>&lt;span style=&apos;background:#fff6d6&apos;&gt;&amp;nbsp;≈ stima&amp;nbsp;&lt;/span&gt; ricavata dalle fonti · &lt;span style=&apos;background:#ffe6cc&apos;&gt;&amp;nbsp;? ipotesi&amp;nbsp;&lt;/span&gt; giudizio del planner, da verificare · ✔ con fonte = cifra pubblicata · &lt;b&gt;grassetto ✎&lt;/b&gt; = modificata da te. Doppio clic su una cifra per modificarla.</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <source>Select a campaign to see how reach and net GMV respond to paid traffic.</source>
        <extracomment>A denser grid than the default so the curve reads smooth.</extracomment>
        <translation>Seleziona una campagna per vedere come copertura e GMV netto rispondono al traffico a pagamento.</translation>
    </message>
    <message>
        <source>Projecting {n} budget levels…</source>
        <translation>Proiezione di {n} livelli di budget…</translation>
    </message>
    <message>
        <source>Planned paid traffic (1×): {spend}. Expected values at benchmark medians.</source>
        <translation>Traffico a pagamento pianificato (1×): {spend}. Valori attesi alle mediane dei benchmark.</translation>
    </message>
    <message>
        <source>Cannot project: {error}</source>
        <translation>Impossibile proiettare: {error}</translation>
    </message>
    <message>
        <source>Extra unique reach from paid traffic</source>
        <translation>Copertura unica aggiuntiva dal traffico a pagamento</translation>
    </message>
    <message>
        <source>People reached (vs no paid traffic)</source>
        <translation>Persone raggiunte (rispetto a nessun traffico a pagamento)</translation>
    </message>
    <message>
        <source>+{v} people (total {t})</source>
        <translation>+{v} persone (totale {t})</translation>
    </message>
    <message>
        <source>Extra net GMV and extra cost from paid traffic</source>
        <translation>GMV netto e costo aggiuntivi dal traffico a pagamento</translation>
    </message>
    <message>
        <source>{cur} (vs no paid traffic)</source>
        <translation>{cur} (rispetto a nessun traffico a pagamento)</translation>
    </message>
    <message>
        <source>+{v} net GMV (total {t})</source>
        <translation>+{v} GMV netto (totale {t})</translation>
    </message>
    <message>
        <source>Extra reach</source>
        <translation>Copertura aggiuntiva</translation>
    </message>
    <message>
        <source>Extra net GMV</source>
        <translation>GMV netto aggiuntivo</translation>
    </message>
    <message>
        <source>Extra cost (paid traffic, commission, fees)</source>
        <translation>Costo aggiuntivo (traffico a pagamento, commissioni, tariffe)</translation>
    </message>
    <message>
        <source>Current plan (1×)</source>
        <translation>Piano attuale (1×)</translation>
    </message>
    <message>
        <source>Paid traffic (投流) as a multiple of the plan</source>
        <translation>Traffico a pagamento (投流) come multiplo del piano</translation>
    </message>
    <message>
        <source>Current plan: {v}</source>
        <translation>Piano attuale: {v}</translation>
    </message>
    <message>
        <source>paid traffic ({spend})</source>
        <translation>traffico a pagamento ({spend})</translation>
    </message>
    <message>
        <source>Reach: {v}</source>
        <translation>Copertura: {v}</translation>
    </message>
    <message>
        <source>Net GMV: {v}</source>
        <translation>GMV netto: {v}</translation>
    </message>
    <message>
        <source>Cost: {v} · ROI {roi}</source>
        <translation>Costo: {v} · ROI {roi}</translation>
    </message>
    <message>
        <source>Marginal: {r} people and {g} net GMV per extra {cur} 1,000</source>
        <translation>Marginale: {r} persone e {g} di GMV netto per ogni {cur} 1.000 in più</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Raccomandato</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Marginal return</source>
        <translation>Rendimento marginale</translation>
    </message>
    <message>
        <source>Marginal ROI</source>
        <translation>ROI marginale</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>At least this much (e.g. 50,000, or 20% of a fixed budget). Type to change.</source>
        <translation>Almeno questo (es. 50.000, o il 20% di un budget fisso). Scrivi per cambiarlo.</translation>
    </message>
    <message>
        <source>At most this much (e.g. 200,000, or 40% of a fixed budget). Type to change.</source>
        <translation>Al massimo questo (es. 200.000, o il 40% di un budget fisso). Scrivi per cambiarlo.</translation>
    </message>
    <message>
        <source>What the next unit of money on this item adds to the objective, at the recommendation (profit: net of that unit)</source>
        <translation>Quanto aggiunge all&apos;obiettivo la prossima unità di denaro su questa voce, alla raccomandazione (profitto: al netto di quell&apos;unità)</translation>
    </message>
    <message>
        <source>Net GMV the next unit of paid traffic adds, at the recommendation</source>
        <translation>GMV netto che aggiunge la prossima unità di traffico a pagamento, alla raccomandazione</translation>
    </message>
    <message>
        <source>{n} people / {cur} 1,000</source>
        <translation>{n} persone / {cur} 1.000</translation>
    </message>
    <message>
        <source>{m} {cur} / {cur}</source>
        <translation>{m} {cur} / {cur}</translation>
    </message>
    <message>
        <source>The curve was fitted on {lo}–{hi} {cur}; the recommendation is {side} that range, where the curve is extrapolated.</source>
        <translation>La curva è stata stimata su {lo}–{hi} {cur}; la raccomandazione è {side} quell&apos;intervallo, dove la curva è estrapolata.</translation>
    </message>
    <message>
        <source>above</source>
        <translation>sopra</translation>
    </message>
    <message>
        <source>below</source>
        <translation>sotto</translation>
    </message>
    <message>
        <source>Paid traffic is spread over this item&apos;s sessions in proportion to today&apos;s</source>
        <translation>Il traffico a pagamento è ripartito tra le sessioni di questa voce in proporzione a oggi</translation>
    </message>
    <message>
        <source>No paid traffic here today: it is spread evenly over this item&apos;s sessions</source>
        <translation>Qui oggi nessun traffico a pagamento: è ripartito in parti uguali tra le sessioni di questa voce</translation>
    </message>
    <message>
        <source>at its minimum</source>
        <translation>al minimo</translation>
    </message>
    <message>
        <source>at its maximum</source>
        <translation>al massimo</translation>
    </message>
    <message>
        <source>not funded</source>
        <translation>non finanziata</translation>
    </message>
    <message>
        <source>extrapolated</source>
        <translation>estrapolata</translation>
    </message>
    <message>
        <source>spread evenly</source>
        <translation>ripartito in parti uguali</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimo</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Massimo</translation>
    </message>
    <message>
        <source>{what} of {item}: {text!r} {err}</source>
        <translation>{what} di {item}: {text!r} {err}</translation>
    </message>
    <message>
        <source>is not an amount or a share such as 20%</source>
        <translation>non è un importo o una quota come 20%</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>The scenario gets each item&apos;s recommended paid traffic spread over the item&apos;s sessions in proportion to today&apos;s paid traffic, or evenly where the item has none today.</source>
        <translation>Lo scenario riceve il traffico a pagamento raccomandato per ogni voce, ripartito tra le sessioni della voce in proporzione al traffico a pagamento di oggi, o in parti uguali dove la voce oggi non ne ha.</translation>
    </message>
    <message>
        <source>net GMV</source>
        <extracomment>planner.domain.recommend.OBJECTIVES, for the translation tools (the domain has no Qt).</extracomment>
        <translation>GMV netto</translation>
    </message>
    <message>
        <source>unique reach</source>
        <translation>copertura unica</translation>
    </message>
    <message>
        <source>profit</source>
        <translation>profitto</translation>
    </message>
    <message>
        <source>Net GMV</source>
        <translation>GMV netto</translation>
    </message>
    <message>
        <source>Unique reach</source>
        <translation>Copertura unica</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Profitto</translation>
    </message>
    <message>
        <source>Fixed budget: split an amount</source>
        <translation>Fisso: ripartisci un importo</translation>
    </message>
    <message>
        <source>Flexible budget: how much is worth buying</source>
        <translation>Flessibile: quanto conviene spendere</translation>
    </message>
    <message>
        <source>Fixed: split the amount below across the items. Flexible: fund each item up to where its last unit of money stops paying (marginal profit 0), or stops returning the target ROI.</source>
        <translation>Fisso: ripartisci l&apos;importo qui sotto tra le voci. Flessibile: finanzia ogni voce finché l&apos;ultima unità di denaro smette di rendere (profitto marginale 0) o di rendere il ROI obiettivo.</translation>
    </message>
    <message>
        <source>today&apos;s paid traffic</source>
        <translation>traffico a pagamento di oggi</translation>
    </message>
    <message>
        <source>The paid-traffic budget to split; leave at its lowest for today&apos;s total</source>
        <translation>Il budget di traffico a pagamento da ripartire; lascialo al minimo per il totale di oggi</translation>
    </message>
    <message>
        <source>none: stop at marginal profit 0</source>
        <translation>nessuno: fino a profitto marg. 0</translation>
    </message>
    <message>
        <source>Fund each item while an extra unit of paid traffic returns at least this much net GMV (marginal ROI)</source>
        <translation>Finanzia ogni voce finché un&apos;unità in più di traffico a pagamento rende almeno questo GMV netto (ROI marginale)</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Piattaforme</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Raccomanda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Clear bounds</source>
        <translation>Cancella i limiti</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Obiettivo:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Amount to split:</source>
        <translation>Importo da ripartire:</translation>
    </message>
    <message>
        <source>Target marginal ROI:</source>
        <translation>ROI marginale obiettivo:</translation>
    </message>
    <message>
        <source>Line items:</source>
        <translation>Voci:</translation>
    </message>
    <message>
        <source>Create scenario from recommendation</source>
        <translation>Crea uno scenario dalla raccomandazione</translation>
    </message>
    <message>
        <source>Per item (type a Min or Max, e.g. 50,000 or 20%, then Recommend again):</source>
        <translation>Per voce (scrivi un Minimo o un Massimo, es. 50.000 o 20%, poi di nuovo Raccomanda):</translation>
    </message>
    <message>
        <source>Line items changed: press Recommend.</source>
        <translation>Voci cambiate: premi Raccomanda.</translation>
    </message>
    <message>
        <source>Select a campaign first.</source>
        <translation>Seleziona prima una campagna.</translation>
    </message>
    <message>
        <source>Cannot recommend: {err}</source>
        <translation>Impossibile raccomandare: {err}</translation>
    </message>
    <message>
        <source>{v} people</source>
        <translation>{v} persone</translation>
    </message>
    <message>
        <source>Worth buying: &lt;b&gt;{cur} {b}&lt;/b&gt; of paid traffic (today {cur} {t}).</source>
        <translation>Conviene comprare: &lt;b&gt;{cur} {b}&lt;/b&gt; di traffico a pagamento (oggi {cur} {t}).</translation>
    </message>
    <message>
        <source>Split of &lt;b&gt;{cur} {b}&lt;/b&gt; of paid traffic (today {cur} {t}).</source>
        <translation>Ripartizione di &lt;b&gt;{cur} {b}&lt;/b&gt; di traffico a pagamento (oggi {cur} {t}).</translation>
    </message>
    <message>
        <source>Projected {what} at benchmark medians: today {a} → recommended &lt;b&gt;{b}&lt;/b&gt; ({g}).</source>
        <translation>{what} previsto alle mediane dei benchmark: oggi {a} → raccomandato &lt;b&gt;{b}&lt;/b&gt; ({g}).</translation>
    </message>
    <message>
        <source>Beats today in &lt;b&gt;{p}&lt;/b&gt; of {n} paired draws; gain P10–P90 {lo} to {hi}.</source>
        <translation>Batte oggi in &lt;b&gt;{p}&lt;/b&gt; di {n} simulazioni appaiate; guadagno P10–P90 da {lo} a {hi}.</translation>
    </message>
    <message>
        <source>Choose an objective and a budget, then press Recommend.</source>
        <translation>Scegli un obiettivo e un budget, poi premi Raccomanda.</translation>
    </message>
    <message>
        <source>Select a campaign to get a budget recommendation.</source>
        <translation>Seleziona una campagna per avere una raccomandazione di budget.</translation>
    </message>
    <message>
        <source>The plan changed since this recommendation: press Recommend again.</source>
        <translation>Il piano è cambiato dopo questa raccomandazione: premi di nuovo Raccomanda.</translation>
    </message>
</context>
<context>
    <name>BuildupChart</name>
    <message>
        <source>Select a campaign to see its reach build-up.</source>
        <translation>Seleziona una campagna per vedere come si accumula la copertura.</translation>
    </message>
    <message>
        <source>Projecting the build-up of {name}…</source>
        <translation>Proiezione dell&apos;accumulo di {name}…</translation>
    </message>
    <message>
        <source>{name}: cumulative reach and GMV by China date (band: P10–P90 of {d} draws)</source>
        <translation>{name}: copertura e GMV cumulati per data cinese (banda: P10–P90 di {d} simulazioni)</translation>
    </message>
    <message>
        <source>Cannot project: {error}</source>
        <translation>Impossibile proiettare: {error}</translation>
    </message>
    <message>
        <source>Cumulative unique reach</source>
        <translation>Copertura unica cumulata</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Persone raggiunte</translation>
    </message>
    <message>
        <source>Cumulative GMV</source>
        <translation>GMV cumulato</translation>
    </message>
    <message>
        <source>Expected (benchmark medians)</source>
        <translation>Atteso (mediane dei benchmark)</translation>
    </message>
    <message>
        <source>P10–P90 range</source>
        <translation>Intervallo P10–P90</translation>
    </message>
    <message>
        <source>Festival window (lighter: presale)</source>
        <translation>Periodo della festa (più chiaro: prevendita)</translation>
    </message>
    <message>
        <source>China date (Asia/Shanghai)</source>
        <translation>Data cinese (Asia/Shanghai)</translation>
    </message>
    <message>
        <source>(China date, cumulative)</source>
        <translation>(data cinese, cumulato)</translation>
    </message>
    <message>
        <source>Reach: {v}</source>
        <translation>Copertura: {v}</translation>
    </message>
    <message>
        <source>GMV: {v}</source>
        <translation>GMV: {v}</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <source>presale from {0}, </source>
        <translation>prevendita dal {0}, </translation>
    </message>
    <message>
        <source>{0} {1}
{2}{3} – {4} (China dates)</source>
        <translation>{0} {1}
{2}{3} – {4} (date cinesi)</translation>
    </message>
    <message>
        <source>{0} China time · {1}</source>
        <translation>{0} ora della Cina · {1}</translation>
    </message>
    <message>
        <source>Public holiday: {0}</source>
        <translation>Festivo: {0}</translation>
    </message>
    <message>
        <source>Click to add a session here</source>
        <translation>Clic per aggiungere qui una sessione</translation>
    </message>
    <message>
        <source>{0} China time</source>
        <translation>{0} ora della Cina</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Cina</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>+{0} altre</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous</source>
        <translation>Precedente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Successivo</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Settimana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mese</translation>
    </message>
    <message>
        <source>Jump to a shopping festival of the shown year</source>
        <translation>Vai a una festa dello shopping dell&apos;anno mostrato</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Jump to festival ({0})…</source>
        <translation>Vai alla festa ({0})…</translation>
    </message>
    <message>
        <source>Grid in China time · your zone: {0}</source>
        <translation>Griglia in ora della Cina · il tuo fuso: {0}</translation>
    </message>
    <message>
        <source>prime time {0}:00–{1}:00 China</source>
        <translation>prima serata {0}:00–{1}:00 Cina</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflitto</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>public holiday</source>
        <translation>festivo</translation>
    </message>
    <message>
        <source>Change session length</source>
        <translation>Cambia la durata della sessione</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Sposta sessione</translation>
    </message>
    <message>
        <source>Choose a campaign first: new sessions are added to the selected one.</source>
        <translation>Scegli prima una campagna: le nuove sessioni vengono aggiunte a quella selezionata.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Aggiungi sessione</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifica sessione</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nuova campagna</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Modifica campagna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Brand (品牌)</source>
        <translation>Brand (品牌)</translation>
    </message>
    <message>
        <source>Category (类目)</source>
        <translation>Categoria (类目)</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Start date (China)</source>
        <translation>Data di inizio (Cina)</translation>
    </message>
    <message>
        <source>End date (China)</source>
        <translation>Data di fine (Cina)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Gross margin on net GMV</source>
        <translation>Margine lordo sul GMV netto</translation>
    </message>
    <message>
        <source>Other costs (samples, production, retainer)</source>
        <translation>Altri costi (campioni, produzione, retainer)</translation>
    </message>
    <message>
        <source>Order value (客单价), CNY</source>
        <translation>Valore dell&apos;ordine (客单价), CNY</translation>
    </message>
    <message>
        <source>library figure</source>
        <translation>cifra della libreria</translation>
    </message>
    <message>
        <source>Conversion (看播转化率)</source>
        <translation>Conversione (看播转化率)</translation>
    </message>
    <message>
        <source>Return rate (退货率)</source>
        <translation>Tasso di reso (退货率)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>OK converts the budget, other costs, slot fees and paid traffic from {old} at the plan&apos;s exchange rate (undoable)</source>
        <translation>OK converte budget, altri costi, costi slot e traffico a pagamento da {old} al tasso di cambio del piano (annullabile)</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Platform benchmarks</source>
        <translation>Benchmark delle piattaforme</translation>
    </message>
    <message>
        <source>Scenario comparison</source>
        <translation>Confronto scenari</translation>
    </message>
    <message>
        <source>Reach build-up</source>
        <translation>Accumulo della copertura</translation>
    </message>
    <message>
        <source>Budget curve</source>
        <translation>Curva del budget</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Grafico:</translation>
    </message>
</context>
<context>
    <name>ChinaDateTimeEdit</name>
    <message>
        <source>China time (UTC+8)</source>
        <translation>Ora della Cina (UTC+8)</translation>
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
        <translation>Host con doppia prenotazione</translation>
    </message>
    <message>
        <source>Brand overlaps itself</source>
        <translation>Il brand si sovrappone a sé stesso</translation>
    </message>
    <message>
        <source>Outside campaign dates</source>
        <translation>Fuori dalle date della campagna</translation>
    </message>
    <message>
        <source>Outside prime time</source>
        <translation>Fuori prima serata</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Giorno festivo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>When (China time)</source>
        <translation>Quando (ora della Cina)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>CumulativeChart</name>
    <message>
        <source>Plan P50</source>
        <translation>Piano P50</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Effettivo</translation>
    </message>
    <message>
        <source>Cumulative </source>
        <translation>Cumulato </translation>
    </message>
    <message>
        <source>By {day}: actual {actual}; plan P50 {mid} (P10–P90 {lo} – {hi})</source>
        <translation>Al {day}: effettivo {actual}; piano P50 {mid} (P10–P90 {lo} – {hi})</translation>
    </message>
    <message>
        <source>No recorded shows yet: the band is the plan.</source>
        <translation>Nessuno show registrato finora: la banda è il piano.</translation>
    </message>
</context>
<context>
    <name>Days</name>
    <message>
        <source>{date} Mon{rest}</source>
        <extracomment>Prime time in China start hours ``[start, end)`` when the benchmark library does not say. A host cannot be in two rooms; a brand&apos;s two rooms on one platform split its own viewers and paid traffic; a session outside the campaign is accepted by validation but shown; the rest is advice. &quot;2027-06-07 Mon …&quot; for the translation tools: the weekday in the UI&apos;s language (see :func:`day_text`).</extracomment>
        <translation>{date} lun{rest}</translation>
    </message>
    <message>
        <source>{date} Tue{rest}</source>
        <translation>{date} mar{rest}</translation>
    </message>
    <message>
        <source>{date} Wed{rest}</source>
        <translation>{date} mer{rest}</translation>
    </message>
    <message>
        <source>{date} Thu{rest}</source>
        <translation>{date} gio{rest}</translation>
    </message>
    <message>
        <source>{date} Fri{rest}</source>
        <translation>{date} ven{rest}</translation>
    </message>
    <message>
        <source>{date} Sat{rest}</source>
        <translation>{date} sab{rest}</translation>
    </message>
    <message>
        <source>{date} Sun{rest}</source>
        <translation>{date} dom{rest}</translation>
    </message>
    <message>
        <source>{time} (+{n} day)</source>
        <translation>{time} (+{n} giorno)</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Tail (尾部)</source>
        <extracomment>Languages the UI is translated into: code -&gt; name in that language (how the Preferences list shows it). The pseudo-localisation a developer can start in (``PLANNER_LANG=pseudo``); not offered in Preferences. Labels the domain defines (planner.domain.models, no Qt there), listed for the translation tools.</extracomment>
        <translation>Coda (尾部)</translation>
    </message>
    <message>
        <source>Waist (腰部)</source>
        <translation>Medio (腰部)</translation>
    </message>
    <message>
        <source>Head (头部)</source>
        <translation>Top (头部)</translation>
    </message>
    <message>
        <source>Dedicated show (专场)</source>
        <translation>Show dedicato (专场)</translation>
    </message>
    <message>
        <source>Slot in a multi-brand show (坑位)</source>
        <translation>Slot in uno show multi-brand (坑位)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>pianificata</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confermata</translation>
    </message>
    <message>
        <source>done</source>
        <translation>svolta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>vendite</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>copertura</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lancio</translation>
    </message>
    <message>
        <source>clearance</source>
        <translation>svendita</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>potenziale</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>contattato</translation>
    </message>
    <message>
        <source>negotiating</source>
        <translation>in trattativa</translation>
    </message>
    <message>
        <source>sample_sent</source>
        <translation>campione inviato</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>in programma</translation>
    </message>
    <message>
        <source>live</source>
        <translation>in diretta</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>rivisto (复盘)</translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formula</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>sourced</source>
        <extracomment>A step&apos;s basis (planner.domain.explain) as the column shows it.</extracomment>
        <translation>con fonte</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>stima</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>ipotesi</translation>
    </message>
    <message>
        <source>convention</source>
        <translation>convenzione</translation>
    </message>
    <message>
        <source>your figures</source>
        <translation>i tuoi dati</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>calcolato</translation>
    </message>
    <message>
        <source>host record</source>
        <translation>scheda host</translation>
    </message>
    <message>
        <source>session record</source>
        <translation>scheda sessione</translation>
    </message>
    <message>
        <source>Why this projection? — {title}</source>
        <translation>Perché questa proiezione? — {title}</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Calcolo in corso…</translation>
    </message>
    <message>
        <source>The trace: how each figure is worked out, step by step, with every input at its median (the Overview&apos;s ranges come from drawing the inputs across their P10–P90). Basis: sourced = published figure, estimate = derived, assumption = the planner&apos;s judgement.</source>
        <translation>La traccia: come si calcola ogni cifra, passo per passo, con ogni input alla mediana (gli intervalli della Panoramica vengono dall&apos;estrarre gli input lungo i loro P10–P90). Base: con fonte = cifra pubblicata, stima = ricavata, ipotesi = giudizio del planner.</translation>
    </message>
    <message>
        <source>Explanations are not available in this build yet.</source>
        <translation>Le spiegazioni non sono ancora disponibili in questa versione.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Cartella di lavoro Excel (XLSX)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 with BOM (opens in Excel)</source>
        <translation>CSV, UTF-8 con BOM (si apre in Excel)</translation>
    </message>
    <message>
        <source>Calendar (ICS)</source>
        <translation>Calendario (ICS)</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>Esporta palinsesto</translation>
    </message>
    <message>
        <source>Export host roster</source>
        <translation>Esporta elenco host</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Column headers and labels in English</source>
        <translation>Intestazioni ed etichette in inglese</translation>
    </message>
    <message>
        <source>Column headers and labels in Chinese (中文表头)</source>
        <translation>Intestazioni ed etichette in cinese (中文表头)</translation>
    </message>
    <message>
        <source>The whole plan (every campaign)</source>
        <translation>L&apos;intero piano (ogni campagna)</translation>
    </message>
    <message>
        <source>Campaign “{name}”</source>
        <translation>Campagna “{name}”</translation>
    </message>
    <message>
        <source>Selected campaign (none selected)</source>
        <translation>Campagna selezionata (nessuna selezionata)</translation>
    </message>
    <message>
        <source>Sessions of</source>
        <translation>Sessioni di</translation>
    </message>
    <message>
        <source>China time only</source>
        <translation>Solo ora della Cina</translation>
    </message>
    <message>
        <source>Times are in China time; this zone&apos;s times are added beside them</source>
        <translation>Gli orari sono in ora della Cina; accanto si aggiungono quelli di questo fuso</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Orari</translation>
    </message>
    <message>
        <source>P10–P90 columns for each session&apos;s projected viewers and GMV</source>
        <translation>Colonne P10–P90 per spettatori e GMV previsti di ogni sessione</translation>
    </message>
    <message>
        <source>For the agency: leave out projections, budget, costs, margins and contacts</source>
        <translation>Per l&apos;agenzia: senza proiezioni, budget, costi, margini e contatti</translation>
    </message>
    <message>
        <source>Include the hosts&apos; contacts</source>
        <translation>Includi i contatti degli host</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salva come</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>Each event carries its time zone; calendar apps show it in the reader&apos;s own time.</source>
        <translation>Ogni evento porta il suo fuso orario; le app di calendario lo mostrano nell&apos;ora di chi legge.</translation>
    </message>
    <message>
        <source>China time (UTC+8), and the zone chosen above beside it.</source>
        <translation>Ora della Cina (UTC+8), con accanto il fuso scelto sopra.</translation>
    </message>
    <message>
        <source>{path} exists. Replace it?</source>
        <translation>{path} esiste già. Sostituirlo?</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Scrittura di {name}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Esportazione annullata; nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>Not exported: {err}</source>
        <translation>Non esportato: {err}</translation>
    </message>
    <message>
        <source>Not exported (unexpected error): {err}</source>
        <translation>Non esportato (errore imprevisto): {err}</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <extracomment>How a record&apos;s fields are called on screen (a refused edit names the field the way the table does).</extracomment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Typical viewers</source>
        <translation>Spettatori tipici</translation>
    </message>
    <message>
        <source>Slot fee</source>
        <translation>Costo slot</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commissione</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Other costs</source>
        <translation>Altri costi</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Margine</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data di fine</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di inizio</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durata</translation>
    </message>
    <message>
        <source>Paid traffic</source>
        <translation>Traffico a pagamento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>P10 (low)</source>
        <translation>P10 (basso)</translation>
    </message>
    <message>
        <source>P90 (high)</source>
        <translation>P90 (alto)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrica</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Brand minutes</source>
        <translation>Minuti del brand</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Valore dell&apos;ordine</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversione</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Tasso di reso</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>{field} = {value}</source>
        <translation>{field} = {value}</translation>
    </message>
    <message>
        <source>{where}, {problem}</source>
        <translation>{where}, {problem}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Select a campaign to import sessions into</source>
        <translation>Seleziona una campagna in cui importare le sessioni</translation>
    </message>
    <message>
        <source>Imported — {summary}</source>
        <translation>Importato — {summary}</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Esportato in {path}</translation>
    </message>
    <message>
        <source>Cannot open plan</source>
        <translation>Impossibile aprire il piano</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuovo piano</translation>
    </message>
    <message>
        <source>{path} already exists; choose File ▸ Open plan to open it.</source>
        <translation>{path} esiste già; scegli File ▸ Apri piano per aprirlo.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salva una copia</translation>
    </message>
    <message>
        <source>Copy written to {path}</source>
        <translation>Copia scritta in {path}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Ripristina da backup</translation>
    </message>
    <message>
        <source>Restored the backup of {made}; the plan as it was is in the backup {name}</source>
        <translation>Ripristinato il backup del {made}; il piano com&apos;era è nel backup {name}</translation>
    </message>
    <message>
        <source>(no recent plans)</source>
        <translation>(nessun piano recente)</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path}: no such file</source>
        <translation>{path}: file inesistente</translation>
    </message>
    <message>
        <source>{path} cannot be read: {why}</source>
        <translation>impossibile leggere {path}: {why}</translation>
    </message>
    <message>
        <source>{path} is empty: there are no rows to import</source>
        <translation>{path} è vuoto: non ci sono righe da importare</translation>
    </message>
    <message>
        <source>{path} is {mb:.0f} MB; the import limit is {most} MB. Split it into smaller files.</source>
        <translation>{path} pesa {mb:.0f} MB; il limite di importazione è {most} MB. Dividilo in file più piccoli.</translation>
    </message>
    <message>
        <source>{path} is {what}, not a spreadsheet; choose a CSV or XLSX file</source>
        <translation>{path} è {what}, non un foglio di calcolo; scegli un file CSV o XLSX</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook (.xlsx files are zip containers and this one is not); re-save it from Excel, or export it as CSV</source>
        <translation>{path} non è una cartella di lavoro Excel (i file .xlsx sono contenitori zip e questo no); salvalo di nuovo da Excel o esportalo come CSV</translation>
    </message>
    <message>
        <source>{path} is password-protected (encrypted). Open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook), save, and import it again.</source>
        <translation>{path} è protetto da password (cifrato). Aprilo in Excel, rimuovi la password (File ▸ Informazioni ▸ Proteggi cartella di lavoro), salva e importalo di nuovo.</translation>
    </message>
    <message>
        <source>{path} is an old Excel 97–2003 (.xls) workbook. Open it in Excel or WPS and save it as .xlsx or CSV, then import that.</source>
        <translation>{path} è una vecchia cartella di lavoro Excel 97–2003 (.xls). Aprila in Excel o WPS e salvala come .xlsx o CSV, poi importa quella.</translation>
    </message>
    <message>
        <source>The file {why}</source>
        <translation>Il file {why}</translation>
    </message>
    <message>
        <source>a NUL byte (binary zero) at byte {byte:,} (line {line}, character {col})</source>
        <translation>un byte NUL (zero binario) al byte {byte:,} (riga {line}, carattere {col})</translation>
    </message>
    <message>
        <source>{path} is a binary file, not a CSV table: {where}</source>
        <translation>{path} è un file binario, non una tabella CSV: {where}</translation>
    </message>
    <message>
        <source>{path} has {where}; a text table has none. It was damaged or is not a CSV file; remove that character and import again</source>
        <translation>{path} contiene {where}; una tabella di testo non ne ha. È danneggiato o non è un file CSV; rimuovi quel carattere e importa di nuovo</translation>
    </message>
    <message>
        <source>Unknown text encoding {encoding}; use one of {known}</source>
        <translation>Codifica del testo sconosciuta {encoding}; usa una tra {known}</translation>
    </message>
    <message>
        <source>{path} is not valid {encoding} text: row {row} (byte {byte:,}) cannot be read; choose another encoding, e.g. utf-8 or gb18030</source>
        <translation>{path} non è testo {encoding} valido: la riga {row} (byte {byte:,}) non si può leggere; scegli un&apos;altra codifica, ad es. utf-8 o gb18030</translation>
    </message>
    <message>
        <source>{path} has no rows: the file is empty</source>
        <translation>{path} non ha righe: il file è vuoto</translation>
    </message>
    <message>
        <source>{path} has a NUL character (binary zero) at character {at:,}, row {row}; a text table has none</source>
        <translation>{path} ha un carattere NUL (zero binario) al carattere {at:,}, riga {row}; una tabella di testo non ne ha</translation>
    </message>
    <message>
        <source>{path} has a line {n:,} characters long; a CSV table&apos;s rows are far shorter. This is not a CSV table (or its line breaks were lost).</source>
        <translation>{path} ha una riga lunga {n:,} caratteri; le righe di una tabella CSV sono molto più corte. Non è una tabella CSV (o ha perso gli a capo).</translation>
    </message>
    <message>
        <source>{path} row {n} has {columns:,} columns; the limit is {most}</source>
        <translation>{path} riga {n} ha {columns:,} colonne; il limite è {most}</translation>
    </message>
    <message>
        <source>{path} has more than {most:,} rows; split it into smaller files</source>
        <translation>{path} ha più di {most:,} righe; dividilo in file più piccoli</translation>
    </message>
    <message>
        <source>{path} has more than {most:,} cells (reached at row {n}); split it into smaller files</source>
        <translation>{path} ha più di {most:,} celle (raggiunte alla riga {n}); dividilo in file più piccoli</translation>
    </message>
    <message>
        <source>{path} row {n}, column {column} holds {chars:,} characters; a cell holds at most {most:,} (Excel&apos;s own limit)</source>
        <translation>{path} riga {n}, colonna {column} contiene {chars:,} caratteri; una cella ne contiene al massimo {most:,} (il limite di Excel)</translation>
    </message>
    <message>
        <source>{path} row {n} cannot be read as CSV: {why}</source>
        <translation>{path} riga {n} non si può leggere come CSV: {why}</translation>
    </message>
    <message>
        <source>{path} is damaged: it looks like a workbook but cannot be opened</source>
        <translation>{path} è danneggiato: sembra una cartella di lavoro ma non si può aprire</translation>
    </message>
    <message>
        <source>{path} is a zip file but not an Excel workbook (.xlsx)</source>
        <translation>{path} è un file zip ma non una cartella di lavoro Excel (.xlsx)</translation>
    </message>
    <message>
        <source>{path} expands to {gb:.1f} GB; it is too large to import</source>
        <translation>{path} si espande a {gb:.1f} GB; è troppo grande da importare</translation>
    </message>
    <message>
        <source>{path}: {why}</source>
        <translation>{path}: {why}</translation>
    </message>
    <message>
        <source>{path} is damaged: it looks like a workbook but cannot be unzipped ({why})</source>
        <translation>{path} è danneggiato: sembra una cartella di lavoro ma non si può decomprimere ({why})</translation>
    </message>
    <message>
        <source>{path} has no sheets</source>
        <translation>{path} non ha fogli</translation>
    </message>
    <message>
        <source>{path} has no sheet {sheet}; its sheets are {sheets}</source>
        <translation>{path} non ha il foglio {sheet}; i suoi fogli sono {sheets}</translation>
    </message>
    <message>
        <source>{path} sheet {sheet} has {rows:,} rows; the limit is {most:,}. Split it into smaller files.</source>
        <translation>{path} il foglio {sheet} ha {rows:,} righe; il limite è {most:,}. Dividilo in file più piccoli.</translation>
    </message>
    <message>
        <source>{path} sheet {sheet} has {columns:,} columns; the limit is {most}</source>
        <translation>{path} il foglio {sheet} ha {columns:,} colonne; il limite è {most}</translation>
    </message>
    <message>
        <source>{path} is password-protected; remove the password in Excel and try again</source>
        <translation>{path} è protetto da password; rimuovi la password in Excel e riprova</translation>
    </message>
    <message>
        <source>{path} is damaged or not a workbook Excel wrote: {why}</source>
        <translation>{path} è danneggiato o non è una cartella di lavoro scritta da Excel: {why}</translation>
    </message>
    <message>
        <source>mixes text encodings: most rows are UTF-8 but row {row} is in another encoding (GBK?), so it would read as garbled characters. Save the whole file in one encoding (UTF-8) and import it again</source>
        <translation>mescola codifiche del testo: la maggior parte delle righe è UTF-8 ma la riga {row} è in un&apos;altra codifica (GBK?), quindi si leggerebbe come caratteri illeggibili. Salva l&apos;intero file in una sola codifica (UTF-8) e importalo di nuovo</translation>
    </message>
    <message>
        <source>mixes text encodings: most rows are GBK/GB18030 but row {row} is in UTF-8, so it would read as garbled characters. Save the whole file in one encoding (UTF-8) and import it again</source>
        <translation>mescola codifiche del testo: la maggior parte delle righe è GBK/GB18030 ma la riga {row} è in UTF-8, quindi si leggerebbe come caratteri illeggibili. Salva l&apos;intero file in una sola codifica (UTF-8) e importalo di nuovo</translation>
    </message>
    <message>
        <source>is not UTF-8, and reads neither as clean GB18030/GBK nor as Big5 (row {row} is garbled in each); save it as UTF-8, or choose the encoding it was saved in</source>
        <translation>non è UTF-8, e non si legge correttamente né come GB18030/GBK né come Big5 (la riga {row} è illeggibile in entrambe); salvalo come UTF-8, o scegli la codifica con cui è stato salvato</translation>
    </message>
</context>
<context>
    <name>FilterableTable</name>
    <message>
        <source>Filter…</source>
        <translation>Filtra…</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{time} China time</source>
        <extracomment>The UI language figures follow (&quot;en&quot;, &quot;zh_CN&quot;, &quot;it_IT&quot;); set by :func:`planner.ui.i18n.install`. In Chinese, large figures as 万 (10^4) and 亿 (10^8), as Chinese dashboards show them.</extracomment>
        <translation>{time} ora della Cina</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Restore what this change replaced</source>
        <translation>Ripristina ciò che questa modifica ha sostituito</translation>
    </message>
    <message>
        <source>A deleted host or campaign comes back with its sessions; a changed field gets its old value back (only if it still holds what the change wrote). Undo takes the restore back.</source>
        <translation>Un host o una campagna eliminati tornano con le loro sessioni; un campo modificato riprende il valore precedente (solo se contiene ancora ciò che la modifica ha scritto). Annulla revoca il ripristino.</translation>
    </message>
    <message>
        <source>Every change to this plan, newest first; kept in the plan file.</source>
        <translation>Ogni modifica di questo piano, dalla più recente; conservata nel file del piano.</translation>
    </message>
    <message>
        <source>Restored: {label}</source>
        <translation>Ripristinato: {label}</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>this app</source>
        <translation>questa app</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>riga di comando</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importazione</translation>
    </message>
</context>
<context>
    <name>Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <extracomment>The names the ``holidays`` package gives China&apos;s days off, and the holiday windows of the festival library shipped in ``data/festivals.csv``, for the translation tools (:func:`holiday_text` finds them by name).</extracomment>
        <translation>Capodanno</translation>
    </message>
    <message>
        <source>Chinese New Year&apos;s Eve</source>
        <translation>Vigilia del Capodanno cinese</translation>
    </message>
    <message>
        <source>Chinese New Year (Spring Festival)</source>
        <translation>Capodanno cinese (Festa di primavera)</translation>
    </message>
    <message>
        <source>Chinese New Year Extended Holiday</source>
        <translation>Ponte del Capodanno cinese</translation>
    </message>
    <message>
        <source>Tomb-Sweeping Day</source>
        <translation>Festa di Qingming</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Festa dei lavoratori</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>Festa delle barche drago</translation>
    </message>
    <message>
        <source>Mid-Autumn Festival</source>
        <translation>Festa di metà autunno</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>Festa nazionale</translation>
    </message>
    <message>
        <source>National Day Golden Week</source>
        <translation>Settimana d&apos;oro della Festa nazionale</translation>
    </message>
    <message>
        <source>Spring Festival (Chinese New Year)</source>
        <translation>Festa di primavera (Capodanno cinese)</translation>
    </message>
    <message>
        <source>{holiday} (observed)</source>
        <translation>{holiday} (recupero)</translation>
    </message>
    <message>
        <source>Day off (substituted from {day})</source>
        <translation>Giorno libero (recuperato il {day})</translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation>{first}; {second}</translation>
    </message>
</context>
<context>
    <name>HostDialog</name>
    <message>
        <source>Add host</source>
        <translation>Aggiungi host</translation>
    </message>
    <message>
        <source>Name (达人昵称)</source>
        <translation>Nome (达人昵称)</translation>
    </message>
    <message>
        <source>Platform (平台)</source>
        <translation>Piattaforma (平台)</translation>
    </message>
    <message>
        <source>Handle (账号)</source>
        <translation>Account (账号)</translation>
    </message>
    <message>
        <source>Tier (层级)</source>
        <translation>Livello (层级)</translation>
    </message>
    <message>
        <source>auto (from followers)</source>
        <translation>automatico (dai follower)</translation>
    </message>
    <message>
        <source>Followers (粉丝数)</source>
        <translation>Follower (粉丝数)</translation>
    </message>
    <message>
        <source>Whole number, e.g. 1200000</source>
        <translation>Numero intero, es. 1200000</translation>
    </message>
    <message>
        <source>Avg viewers per session (场均观看)</source>
        <translation>Spettatori medi per sessione (场均观看)</translation>
    </message>
    <message>
        <source>Optional, from a KOL data tool</source>
        <translation>Facoltativo, da uno strumento dati sui KOL</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Slot fee (坑位费)</source>
        <translation>Costo slot (坑位费)</translation>
    </message>
    <message>
        <source>Commission (佣金比例)</source>
        <translation>Commissione (佣金比例)</translation>
    </message>
    <message>
        <source>Agency (MCN 机构)</source>
        <translation>Agenzia (MCN 机构)</translation>
    </message>
    <message>
        <source>Status (合作状态)</source>
        <translation>Stato (合作状态)</translation>
    </message>
    <message>
        <source>Categories (类目)</source>
        <translation>Categorie (类目)</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve essere un numero intero</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>deve essere un numero</translation>
    </message>
</context>
<context>
    <name>HostsView</name>
    <message>
        <source>Filter hosts: name, platform, agency, status…</source>
        <translation>Filtra host: nome, piattaforma, agenzia, stato…</translation>
    </message>
    <message>
        <source>Add host…</source>
        <translation>Aggiungi host…</translation>
    </message>
    <message>
        <source>Delete rows…</source>
        <translation>Elimina righe…</translation>
    </message>
    <message>
        <source>The roster is shared by every campaign. Del clears a cell; deleting a host deletes its sessions too (you are asked first; Undo brings them back).</source>
        <translation>L&apos;elenco degli host è condiviso da tutte le campagne. Canc svuota una cella; eliminare un host elimina anche le sue sessioni (ti viene chiesto prima; Annulla le ripristina).</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>no host {host} in the plan</source>
        <translation>nessun host {host} nel piano</translation>
    </message>
    <message>
        <source>{n} sessions of this host start within {minutes} min</source>
        <translation>{n} sessioni di questo host iniziano entro {minutes} min</translation>
    </message>
    <message>
        <source>{n} hosts are called {host} and none has a session within {minutes} min</source>
        <translation>{n} host si chiamano {host} e nessuno ha una sessione entro {minutes} min</translation>
    </message>
    <message>
        <source>no session of {host} starts within {minutes} min of {when}</source>
        <translation>nessuna sessione di {host} inizia entro {minutes} min da {when}</translation>
    </message>
    <message>
        <source>{n} matched session(s)</source>
        <extracomment>Header texts per field, as platform data tools and teams write them (compared without spaces, case or a bracketed unit). Chinese first: it is what the exports say. Columns exports have that the plan does not keep: recognised so they are not reported as unknown. Field names in both languages, for problem messages and the preview&apos;s column list.</extracomment>
        <translation>{n} sessioni abbinate</translation>
    </message>
    <message>
        <source>{n} unplanned session(s) added</source>
        <translation>{n} sessioni non pianificate aggiunte</translation>
    </message>
    <message>
        <source>{n} row(s) not matched, left out</source>
        <translation>{n} righe non abbinate, escluse</translation>
    </message>
    <message>
        <source>{n} ambiguous</source>
        <translation>{n} ambigue</translation>
    </message>
    <message>
        <source>is a range; read as its midpoint {mid:,.0f}</source>
        <translation>è un intervallo; letto come il suo punto medio {mid:,.0f}</translation>
    </message>
    <message>
        <source>is empty; a row names its host (主播) so it can be matched</source>
        <translation>è vuoto; una riga indica il suo host (主播) per essere abbinata</translation>
    </message>
    <message>
        <source>is empty; a row needs the show&apos;s start time to be matched</source>
        <translation>è vuoto; una riga ha bisogno dell&apos;ora di inizio dello show per essere abbinata</translation>
    </message>
    <message>
        <source>rows {first} and {second} are the same show ({what}); keep one</source>
        <translation>le righe {first} e {second} sono lo stesso show ({what}); tienine una</translation>
    </message>
    <message>
        <source>{reason} ({starts}); correct the start time so one session is meant</source>
        <translation>{reason} ({starts}); correggi l&apos;ora di inizio perché indichi una sola sessione</translation>
    </message>
    <message>
        <source>{reason}: an unplanned session needs a host of the plan (add the host to the roster first)</source>
        <translation>{reason}: una sessione non pianificata richiede un host del piano (aggiungi prima l&apos;host all&apos;elenco)</translation>
    </message>
    <message>
        <source>no row matches a session of {campaign} (hosts in the file: {hosts}; a show matches a session of the same host starting within {minutes} min); nothing was changed</source>
        <translation>nessuna riga corrisponde a una sessione di {campaign} (host nel file: {hosts}; uno show corrisponde a una sessione dello stesso host che inizia entro {minutes} min); nulla è stato modificato</translation>
    </message>
    <message>
        <source>is not a date (expected e.g. 2027-06-17 or 6月17日)</source>
        <translation>non è una data (atteso ad es. 2027-06-17 o 6月17日)</translation>
    </message>
    <message>
        <source>has no year; write the full date, e.g. 2027-06-17</source>
        <translation>manca l&apos;anno; scrivi la data completa, ad es. 2027-06-17</translation>
    </message>
    <message>
        <source>is not a real calendar date</source>
        <translation>non è una data di calendario valida</translation>
    </message>
    <message>
        <source>is not a time (expected e.g. 20:00)</source>
        <translation>non è un orario (atteso ad es. 20:00)</translation>
    </message>
    <message>
        <source>is not a time of day (hours 0–23, minutes 0–59)</source>
        <translation>non è un&apos;ora del giorno (ore 0–23, minuti 0–59)</translation>
    </message>
    <message>
        <source>is a date without a time of day</source>
        <translation>è una data senza ora</translation>
    </message>
    <message>
        <source>is not a date and time (expected e.g. 2027-06-17 20:00)</source>
        <translation>non è una data e ora (atteso ad es. 2027-06-17 20:00)</translation>
    </message>
    <message>
        <source>is not a time (expected e.g. 20:00 or 20:00-23:00)</source>
        <translation>non è un orario (atteso ad es. 20:00 o 20:00-23:00)</translation>
    </message>
    <message>
        <source>is a span; the end column takes one time</source>
        <translation>è un intervallo; la colonna di fine accetta un solo orario</translation>
    </message>
    <message>
        <source>is not a platform of this plan (known: {known})</source>
        <translation>non è una piattaforma di questo piano (note: {known})</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>riga {n}</translation>
    </message>
    <message>
        <source>is not a tier (KOC, tail / 尾部, waist / 腰部, head / 头部)</source>
        <translation>non è un livello (KOC, tail / 尾部, waist / 腰部, head / 头部)</translation>
    </message>
    <message>
        <source>is not a host status (prospect / 待开发, contacted / 已触达, negotiating / 沟通中, sample_sent / 已寄样, scheduled / 已排期, live / 直播中, reviewed / 已复盘)</source>
        <translation>non è uno stato dell&apos;host (prospect / 待开发, contacted / 已触达, negotiating / 沟通中, sample_sent / 已寄样, scheduled / 已排期, live / 直播中, reviewed / 已复盘)</translation>
    </message>
    <message>
        <source>is not a session status (planned / 计划中, confirmed / 已确认, done / 已完成, cancelled / 已取消)</source>
        <translation>non è uno stato della sessione (planned / 计划中, confirmed / 已确认, done / 已完成, cancelled / 已取消)</translation>
    </message>
    <message>
        <source>is not a session type (dedicated / 专场 / 店播, slot / 坑位 / 达播)</source>
        <translation>non è un tipo di sessione (dedicated / 专场 / 店播, slot / 坑位 / 达播)</translation>
    </message>
    <message>
        <source>is a formula saved without its value (the program that wrote the file does not calculate), so it would read as empty; open and save the file in Excel or WPS, or type the value</source>
        <translation>è una formula salvata senza il suo valore (il programma che ha scritto il file non calcola), quindi risulterebbe vuota; apri e salva il file in Excel o WPS, o scrivi il valore</translation>
    </message>
    <message>
        <source>holds a NUL character (binary zero) at character {at:,}; a text cell has none — remove it</source>
        <translation>contiene un carattere NUL (zero binario) al carattere {at:,}; una cella di testo non ne ha — rimuovilo</translation>
    </message>
    <message>
        <source>holds {n:,} characters; a cell holds at most {most:,}</source>
        <translation>contiene {n:,} caratteri; una cella ne contiene al massimo {most:,}</translation>
    </message>
    <message>
        <source>is not a currency code (e.g. CNY, USD, EUR)</source>
        <translation>non è un codice valuta (ad es. CNY, USD, EUR)</translation>
    </message>
    <message>
        <source>is not a whole number of followers</source>
        <translation>non è un numero intero di follower</translation>
    </message>
    <message>
        <source>is empty; every session needs a start time</source>
        <translation>è vuoto; ogni sessione ha bisogno di un&apos;ora di inizio</translation>
    </message>
    <message>
        <source>is empty; the start {time} needs a date</source>
        <translation>è vuoto; l&apos;inizio alle {time} ha bisogno di una data</translation>
    </message>
    <message>
        <source>is before the start {start}</source>
        <translation>è prima dell&apos;inizio {start}</translation>
    </message>
    <message>
        <source>is before the start {start} (read as past midnight, the session would last {hours:.0f} h, over the {most} h maximum)</source>
        <translation>è prima dell&apos;inizio {start} (letto come dopo mezzanotte, la sessione durerebbe {hours:.0f} h, oltre il massimo di {most} h)</translation>
    </message>
    <message>
        <source>does not match the start and end times ({minutes} minutes)</source>
        <translation>non corrisponde agli orari di inizio e fine ({minutes} minuti)</translation>
    </message>
    <message>
        <source>is empty; give an end time or a duration</source>
        <translation>è vuoto; indica un orario di fine o una durata</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks jump from {gap} straight to {after} that night; give a time outside the gap, or the time in China time</source>
        <translation>{time} non esiste in {zone}: quella notte gli orologi saltano da {gap} direttamente a {after}; indica un orario fuori dal salto, o l&apos;ora cinese</translation>
    </message>
    <message>
        <source>{time} {abbr} (UTC{offset}, {china} China time)</source>
        <translation>{time} {abbr} (UTC{offset}, {china} ora cinese)</translation>
    </message>
    <message>
        <source>{time} happens twice in {zone} (the clocks go back that night): it could be {first} or {second}; give the time in China time or UTC to say which</source>
        <translation>{time} capita due volte in {zone} (quella notte gli orologi tornano indietro): potrebbe essere {first} o {second}; indica l&apos;ora cinese o UTC per dire quale</translation>
    </message>
    <message>
        <source>no column for {words} (headers found: {found})</source>
        <translation>nessuna colonna per {words} (intestazioni trovate: {found})</translation>
    </message>
    <message>
        <source>header row {n}</source>
        <translation>riga di intestazione {n}</translation>
    </message>
    <message>
        <source>the file has a header row but no data rows</source>
        <translation>il file ha una riga di intestazione ma nessuna riga di dati</translation>
    </message>
    <message>
        <source>duplicates row {n} (same platform and handle)</source>
        <translation>duplica la riga {n} (stessa piattaforma e account)</translation>
    </message>
    <message>
        <source>duplicates row {n} (same platform and name)</source>
        <translation>duplica la riga {n} (stessa piattaforma e nome)</translation>
    </message>
    <message>
        <source>matches {n} hosts on this platform; add a handle column to tell them apart</source>
        <translation>corrisponde a {n} host su questa piattaforma; aggiungi una colonna account per distinguerli</translation>
    </message>
    <message>
        <source>is not a host on this platform in the plan ({who}); did you mean {near}? Write the name as in the roster, or the host&apos;s handle</source>
        <translation>non è un host di questa piattaforma nel piano ({who}); intendevi {near}? Scrivi il nome come nell&apos;elenco, o l&apos;account dell&apos;host</translation>
    </message>
    <message>
        <source>is not a host on this platform in the plan ({who}); import the host roster first</source>
        <translation>non è un host di questa piattaforma nel piano ({who}); importa prima l&apos;elenco degli host</translation>
    </message>
    <message>
        <source>is empty; say which platform</source>
        <translation>è vuoto; indica la piattaforma</translation>
    </message>
    <message>
        <source>duplicates row {n} (same host and start)</source>
        <translation>duplica la riga {n} (stesso host e inizio)</translation>
    </message>
    <message>
        <source>is not a number (expected e.g. 12000, 1.2万, 3.5w or ¥8,000)</source>
        <translation>non è un numero (atteso ad es. 12000, 1.2万, 3.5w o ¥8,000)</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>non è un numero</translation>
    </message>
    <message>
        <source>is a true/false value, not a number</source>
        <translation>è un valore vero/falso, non un numero</translation>
    </message>
    <message>
        <source>is not a finite number</source>
        <translation>non è un numero finito</translation>
    </message>
    <message>
        <source>is a range; give a single number</source>
        <translation>è un intervallo; indica un solo numero</translation>
    </message>
    <message>
        <source>is a range whose low end is above its high end</source>
        <translation>è un intervallo il cui estremo basso supera quello alto</translation>
    </message>
    <message>
        <source>is a true/false value, not a percentage</source>
        <translation>è un valore vero/falso, non una percentuale</translation>
    </message>
    <message>
        <source>is not a percentage (expected e.g. 20% or 0.2)</source>
        <translation>non è una percentuale (atteso ad es. 20% o 0.2)</translation>
    </message>
    <message>
        <source>is a true/false value, not a duration</source>
        <translation>è un valore vero/falso, non una durata</translation>
    </message>
    <message>
        <source>is not a duration (expected minutes, e.g. 180, 3小时, 2.5h or 3:00)</source>
        <translation>non è una durata (attesi minuti, ad es. 180, 3小时, 2.5h o 3:00)</translation>
    </message>
    <message>
        <source>is not a whole number of minutes</source>
        <translation>non è un numero intero di minuti</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Auto</source>
        <translation>Automatica</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5 (cinese tradizionale)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.txt);;CSV (*.csv *.txt);;Excel workbook (*.xlsx);;All files (*)</source>
        <translation>Fogli di calcolo (*.csv *.xlsx *.txt);;CSV (*.csv *.txt);;Cartella di lavoro Excel (*.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Import hosts</source>
        <translation>Importa host</translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation>Importa sessioni</translation>
    </message>
    <message>
        <source>Type or paste the path of a CSV or XLSX file and press Enter, or choose one…</source>
        <translation>Scrivi o incolla il percorso di un file CSV o XLSX e premi Invio, oppure scegline uno…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <source>Update them with the file&apos;s values</source>
        <translation>Aggiornali con i valori del file</translation>
    </message>
    <message>
        <source>Skip them (keep the plan&apos;s values)</source>
        <translation>Saltali (mantieni i valori del piano)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codifica</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <source>Hosts already in the plan</source>
        <translation>Host già nel piano</translation>
    </message>
    <message>
        <source>Sessions already planned (same host and start)</source>
        <translation>Sessioni già pianificate (stesso host e inizio)</translation>
    </message>
    <message>
        <source>China time (unless a column&apos;s header names its zone)</source>
        <translation>Ora della Cina (salvo che l&apos;intestazione di una colonna ne indichi il fuso)</translation>
    </message>
    <message>
        <source>The time zone of the file&apos;s dates and times; a time this zone&apos;s clocks pass twice or skip (daylight saving) is refused</source>
        <translation>Il fuso orario di date e orari del file; un orario che gli orologi di questo fuso passano due volte o saltano (ora legale) è rifiutato</translation>
    </message>
    <message>
        <source>Times in the file</source>
        <translation>Orari nel file</translation>
    </message>
    <message>
        <source>Sessions are added to &lt;b&gt;{name}&lt;/b&gt;; their hosts must already be in the roster.</source>
        <translation>Le sessioni vengono aggiunte a &lt;b&gt;{name}&lt;/b&gt;; i loro host devono essere già nell&apos;elenco.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Save the full list…</source>
        <translation>Salva l&apos;elenco completo…</translation>
    </message>
    <message>
        <source>Write every problem and warning to a CSV file</source>
        <translation>Scrive ogni problema e avviso in un file CSV</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>(no campaign selected)</source>
        <translation>(nessuna campagna selezionata)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lettura di {name}…</translation>
    </message>
    <message>
        <source>Not imported: {cols}</source>
        <translation>Non importate: {cols}</translation>
    </message>
    <message>
        <source>, closest field: {f}</source>
        <translation>, campo più vicino: {f}</translation>
    </message>
    <message>
        <source>Auto (detected: {enc})</source>
        <translation>Automatica (rilevata: {enc})</translation>
    </message>
    <message>
        <source>{n} data rows; headers on row {h}. The first {k} rows are shown as they will be read (grey columns are not imported; tinted cells have a problem — hover for details). Change what a column is read as in the first row.</source>
        <translation>{n} righe di dati; intestazioni alla riga {h}. Le prime {k} righe sono mostrate come saranno lette (le colonne grigie non sono importate; le celle colorate hanno un problema — passa il mouse per i dettagli). Cambia come si legge una colonna nella prima riga.</translation>
    </message>
    <message>
        <source>Required columns missing: {fields}. Choose the column that holds each in the “Read as” row.</source>
        <translation>Mancano colonne obbligatorie: {fields}. Scegli la colonna che contiene ciascuna nella riga “Leggi come”.</translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation>— salta —</translation>
    </message>
    <message>
        <source>What the column “{h}” is read as</source>
        <translation>Come si legge la colonna “{h}”</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Salva i problemi</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Checking {n} rows…</source>
        <translation>Controllo di {n} righe…</translation>
    </message>
    <message>
        <source>{n} problem(s) in {name}: nothing was imported. Fix the file (or what a column is read as) and import again.</source>
        <translation>{n} problemi in {name}: non è stato importato nulla. Correggi il file (o come si legge una colonna) e importa di nuovo.</translation>
    </message>
    <message>
        <source>{n} cell(s) of {name} were read in a way worth checking (below). Nothing is imported yet: press “Import anyway” to import, or fix the file.</source>
        <translation>{n} celle di {name} sono state lette in un modo da verificare (sotto). Non è ancora importato nulla: premi “Importa comunque” per importare, o correggi il file.</translation>
    </message>
    <message>
        <source> ({n} warning(s))</source>
        <translation> ({n} avvisi)</translation>
    </message>
    <message>
        <source>Nothing was imported: {err}</source>
        <translation>Non è stato importato nulla: {err}</translation>
    </message>
    <message>
        <source>Writing to the plan…</source>
        <translation>Scrittura nel piano…</translation>
    </message>
    <message>
        <source>Import 1 host</source>
        <translation>Importa 1 host</translation>
    </message>
    <message>
        <source>Import {n} hosts</source>
        <translation>Importa {n} host</translation>
    </message>
    <message>
        <source>Import 1 session</source>
        <translation>Importa 1 sessione</translation>
    </message>
    <message>
        <source>Import {n} sessions</source>
        <translation>Importa {n} sessioni</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>Annullato: non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Lettura del file annullata.</translation>
    </message>
    <message>
        <source>Unexpected error: {err}</source>
        <translation>Errore imprevisto: {err}</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importa comunque</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
</context>
<context>
    <name>LazyView</name>
    <message>
        <source>This view is not available yet: {err}</source>
        <translation>Questa vista non è ancora disponibile: {err}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>Results (复盘)</source>
        <translation>Risultati (复盘)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>Modules the first opening of a tab would otherwise import on the UI thread (the charts&apos; pyqtgraph: ~0.3 s; the holiday calendars: ~0.15 s). Imported on a worker once start-up has settled; importing takes the interpreter lock in 1 ms turns, so the UI stays responsive meanwhile.</extracomment>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ripeti</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagna</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>{name} — Live-commerce planner</source>
        <translation>{name} — Planner live-commerce</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>This plan holds the sample campaign (DEMO). Start your own with &lt;b&gt;Campaign ▸ New campaign&lt;/b&gt; ({new}), or duplicate the sample as a scenario ({duplicate}) and change it. &lt;b&gt;File ▸ New plan&lt;/b&gt; starts an empty plan file. Edits are saved as you make them.</source>
        <translation>Questo piano contiene la campagna di esempio (DEMO). Inizia la tua con &lt;b&gt;Campagna ▸ Nuova campagna&lt;/b&gt; ({new}), oppure duplica l&apos;esempio come scenario ({duplicate}) e modificalo. &lt;b&gt;File ▸ Nuovo piano&lt;/b&gt; crea un file di piano vuoto. Le modifiche sono salvate mentre le fai.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; {why}, so this plan can be viewed, charted and exported but not changed. To edit it, use File ▸ Save a copy as… into a folder you can write to, and open the copy.</source>
        <translation>&lt;b&gt;Sola lettura:&lt;/b&gt; {why}, quindi questo piano si può consultare, rappresentare in grafici ed esportare, ma non modificare. Per modificarlo usa File ▸ Salva una copia come… in una cartella scrivibile e apri la copia.</translation>
    </message>
    <message>
        <source>{title} view unavailable: {err}</source>
        <translation>Vista {title} non disponibile: {err}</translation>
    </message>
    <message>
        <source>today</source>
        <translation>oggi</translation>
    </message>
    <message>
        <source>Plan: {path} · last written {when}</source>
        <translation>Piano: {path} · ultima scrittura {when}</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modificato</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nuova campagna</translation>
    </message>
    <message>
        <source>Change currency of {name} to {cur} at {rate:.4g} {cur} per {old}</source>
        <translation>Cambia la valuta di {name} in {cur} a {rate:.4g} {cur} per {old}</translation>
    </message>
    <message>
        <source>Edit campaign {name}</source>
        <translation>Modifica campagna {name}</translation>
    </message>
    <message>
        <source>Duplicate as scenario</source>
        <translation>Duplica come scenario</translation>
    </message>
    <message>
        <source>Add host {name}</source>
        <translation>Aggiungi host {name}</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Aggiungi sessione</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Elimina sessione</translation>
    </message>
    <message>
        <source>Delete {n} sessions</source>
        <translation>Elimina {n} sessioni</translation>
    </message>
    <message>
        <source>Nothing to delete here: select sessions, hosts, or a campaign in the list first</source>
        <translation>Niente da eliminare qui: seleziona prima sessioni, host o una campagna nell&apos;elenco</translation>
    </message>
    <message>
        <source>Select a session (here or in the Calendar), then Campaign ▸ Why this projection? or its “Why?” button</source>
        <translation>Seleziona una sessione (qui o nel Calendario), poi Campagna ▸ Perché questa proiezione? o il suo pulsante “Perché?”</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The new language takes effect when you reopen the planner.</source>
        <translation>La nuova lingua avrà effetto quando riapri il planner.</translation>
    </message>
</context>
<context>
    <name>Metric</name>
    <message>
        <source>Reach</source>
        <translation>Copertura</translation>
    </message>
    <message>
        <source>Unique people who watch at least one session (viewers across sessions, de-duplicated).</source>
        <translation>Persone uniche che guardano almeno una sessione (spettatori delle sessioni, senza doppioni).</translation>
    </message>
    <message>
        <source>Brand viewers</source>
        <translation>Spettatori del brand</translation>
    </message>
    <message>
        <source>Sum over sessions of show viewers (场观) × brand exposure: a slot (坑位) reaches the viewers present while the brand is on air.</source>
        <translation>Somma sulle sessioni degli spettatori dello show (场观) × esposizione del brand: uno slot (坑位) raggiunge gli spettatori presenti mentre il brand è in onda.</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Gross sales = buyers × average order value.</source>
        <translation>Vendite lorde = acquirenti × valore medio dell&apos;ordine.</translation>
    </message>
    <message>
        <source>Net GMV</source>
        <translation>GMV netto</translation>
    </message>
    <message>
        <source>Net sales = GMV × (1 − return rate 退货率).</source>
        <translation>Vendite nette = GMV × (1 − tasso di reso 退货率).</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Slot fees (坑位费) + commission (佣金) + platform fees (平台技术服务费) + paid traffic (投流) + other costs.</source>
        <translation>Fee di slot (坑位费) + commissioni (佣金) + fee della piattaforma (平台技术服务费) + traffico a pagamento (投流) + altri costi.</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>ROI = net GMV ÷ cost (net of returns).</source>
        <translation>ROI = GMV netto ÷ costo (al netto dei resi).</translation>
    </message>
    <message>
        <source>Cost per reach</source>
        <translation>Costo per persona raggiunta</translation>
    </message>
    <message>
        <source>Cost ÷ reach (cost of one unique person reached).</source>
        <translation>Costo ÷ copertura (costo di una persona unica raggiunta).</translation>
    </message>
    <message>
        <source>Sum of the platform&apos;s session show viewers × brand exposure (slots reach only the viewers present while the brand is on air).</source>
        <translation>Somma degli spettatori delle sessioni della piattaforma × esposizione del brand (gli slot raggiungono solo gli spettatori presenti mentre il brand è in onda).</translation>
    </message>
    <message>
        <source>Unique people reached on this platform.</source>
        <translation>Persone uniche raggiunte su questa piattaforma.</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Acquirenti</translation>
    </message>
    <message>
        <source>Viewers × conversion rate (看播转化率).</source>
        <translation>Spettatori × tasso di conversione (看播转化率).</translation>
    </message>
    <message>
        <source>Gross sales on this platform.</source>
        <translation>Vendite lorde su questa piattaforma.</translation>
    </message>
    <message>
        <source>GMV × (1 − return rate).</source>
        <translation>GMV × (1 − tasso di reso).</translation>
    </message>
    <message>
        <source>Slot fees + commission + platform fees + paid traffic on this platform (the campaign&apos;s other costs are in their own row).</source>
        <translation>Fee di slot + commissioni + fee della piattaforma + traffico a pagamento su questa piattaforma (gli altri costi della campagna sono in una riga a parte).</translation>
    </message>
    <message>
        <source>Net GMV ÷ cost.</source>
        <translation>GMV netto ÷ costo.</translation>
    </message>
    <message>
        <source>Average order value · 客单价</source>
        <extracomment>What each benchmark-library metric is, in the words of the glossary (the library keeps the short keys).</extracomment>
        <translation>Valore medio dell&apos;ordine · 客单价</translation>
    </message>
    <message>
        <source>Average watch time · 人均观看时长</source>
        <translation>Tempo medio di visione · 人均观看时长</translation>
    </message>
    <message>
        <source>Brand minutes on air in a slot · 讲解时长</source>
        <translation>Minuti del brand in onda in uno slot · 讲解时长</translation>
    </message>
    <message>
        <source>Host commission · 佣金比例</source>
        <translation>Commissione dell&apos;host · 佣金比例</translation>
    </message>
    <message>
        <source>Conversion rate · 看播转化率</source>
        <translation>Tasso di conversione · 看播转化率</translation>
    </message>
    <message>
        <source>Paid traffic CPM · 投流千次曝光成本</source>
        <translation>CPM del traffico a pagamento · 投流千次曝光成本</translation>
    </message>
    <message>
        <source>Viewers vs session length (elasticity)</source>
        <translation>Spettatori rispetto alla durata della sessione (elasticità)</translation>
    </message>
    <message>
        <source>Interaction rate · 互动率</source>
        <translation>Tasso di interazione · 互动率</translation>
    </message>
    <message>
        <source>Festival conversion multiplier · 大促转化系数</source>
        <translation>Moltiplicatore di conversione nei festival · 大促转化系数</translation>
    </message>
    <message>
        <source>Festival viewer multiplier · 大促流量系数</source>
        <translation>Moltiplicatore di spettatori nei festival · 大促流量系数</translation>
    </message>
    <message>
        <source>New-follower rate · 涨粉率</source>
        <translation>Tasso di nuovi follower · 涨粉率</translation>
    </message>
    <message>
        <source>Live-commerce users in China · 直播电商用户</source>
        <translation>Utenti di live commerce in Cina · 直播电商用户</translation>
    </message>
    <message>
        <source>Online population of China · 网民规模</source>
        <translation>Popolazione online della Cina · 网民规模</translation>
    </message>
    <message>
        <source>Share of a major festival&apos;s uplift a minor one brings</source>
        <translation>Quota dell&apos;aumento di un grande festival portata da uno minore</translation>
    </message>
    <message>
        <source>Paid traffic cap (× organic viewers)</source>
        <translation>Tetto del traffico a pagamento (× spettatori organici)</translation>
    </message>
    <message>
        <source>Paid ad click-through to the room</source>
        <translation>Click-through degli annunci a pagamento verso la stanza</translation>
    </message>
    <message>
        <source>Paid room entries any room can buy · 投流流量池</source>
        <translation>Ingressi a pagamento acquistabili da ogni stanza · 投流流量池</translation>
    </message>
    <message>
        <source>Platform fee rate · 技术服务费率</source>
        <translation>Tasso di fee della piattaforma · 技术服务费率</translation>
    </message>
    <message>
        <source>Reference session length (minutes)</source>
        <translation>Durata di riferimento della sessione (minuti)</translation>
    </message>
    <message>
        <source>Return rate · 退货率</source>
        <translation>Tasso di reso · 退货率</translation>
    </message>
    <message>
        <source>Returning-viewer share · 老粉占比</source>
        <translation>Quota di spettatori abituali · 老粉占比</translation>
    </message>
    <message>
        <source>Room entry rate · 进房率</source>
        <translation>Tasso di ingresso nella stanza · 进房率</translation>
    </message>
    <message>
        <source>Views per session (PV) · 场观</source>
        <translation>Visualizzazioni per sessione (PV) · 场观</translation>
    </message>
    <message>
        <source>Slot fee · 坑位费</source>
        <translation>Fee di slot · 坑位费</translation>
    </message>
    <message>
        <source>Slot fee multiplier (time slot)</source>
        <translation>Moltiplicatore della fee di slot (fascia oraria)</translation>
    </message>
    <message>
        <source>Viewer multiplier (time slot)</source>
        <translation>Moltiplicatore di spettatori (fascia oraria)</translation>
    </message>
    <message>
        <source>Followers from which a tier starts · 层级粉丝门槛</source>
        <translation>Follower da cui inizia un livello · 层级粉丝门槛</translation>
    </message>
    <message>
        <source>Platform users · 平台用户规模</source>
        <translation>Utenti della piattaforma · 平台用户规模</translation>
    </message>
    <message>
        <source>Views per unique viewer (PV ÷ UV)</source>
        <translation>Visualizzazioni per spettatore unico (PV ÷ UV)</translation>
    </message>
</context>
<context>
    <name>MetricCard</name>
    <message>
        <source>P10–P90: {low} – {high} · average outcome {mean}</source>
        <translation>P10–P90: {low} – {high} · esito medio {mean}</translation>
    </message>
    <message>
        <source>trace (every figure at its median); range: calculating…</source>
        <translation>traccia (ogni cifra alla mediana); intervallo: calcolo…</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>By platform (hover a figure for its P10–P90 range)</source>
        <translation>Per piattaforma (passa il mouse su una cifra per il suo intervallo P10–P90)</translation>
    </message>
    <message>
        <source>No campaign yet</source>
        <translation>Ancora nessuna campagna</translation>
    </message>
    <message>
        <source>Start one with Campaign ▸ New campaign (Ctrl+N).</source>
        <translation>Creane una con Campagna ▸ Nuova campagna (Ctrl+N).</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>{kind} · {start} – {end} (China dates) · budget {budget} · margin {margin} · objective {objective}</source>
        <translation>{kind} · {start} – {end} (date cinesi) · budget {budget} · margine {margin} · obiettivo {objective}</translation>
    </message>
    <message>
        <source>Projecting…</source>
        <translation>Proiezione in corso…</translation>
    </message>
    <message>
        <source>Large figures are the median (P50) of {n} simulated outcomes, with P10–P90 and the average outcome (the mean: the figure to add across campaigns). Viewers are brand viewers: the show&apos;s viewers who are present while the brand is on air. Most inputs are estimates — see the Benchmarks tab.</source>
        <translation>Le cifre grandi sono la mediana (P50) di {n} esiti simulati, con P10–P90 e l&apos;esito medio (la media: la cifra da sommare tra campagne). Gli spettatori sono spettatori del brand: quelli dello show presenti mentre il brand è in onda. Quasi tutti gli input sono stime — vedi la scheda Benchmark.</translation>
    </message>
    <message>
        <source>Showing the trace (every figure at its median) while the ranges are calculated…</source>
        <translation>Mostro la traccia (ogni cifra alla mediana) mentre si calcolano gli intervalli…</translation>
    </message>
    <message>
        <source>GMV resting on slots (坑位) in multi-brand shows: {share} (median){rng}; the rest comes from dedicated shows (专场 / 店播).</source>
        <translation>GMV che dipende da slot (坑位) in show multi-brand: {share} (mediana){rng}; il resto viene da show dedicati (专场 / 店播).</translation>
    </message>
    <message>
        <source>, P10–P90 {low} – {high}</source>
        <translation>, P10–P90 {low} – {high}</translation>
    </message>
    <message>
        <source>Projected cost {cost} is {x} the budget {budget}. Committed spend (slot fees, paid traffic, other costs) is {committed}{over}; the rest is commission and platform fees, which grow with sales.</source>
        <translation>Il costo previsto {cost} è {x} il budget {budget}. La spesa impegnata (costi slot, traffico a pagamento, altri costi) è {committed}{over}; il resto sono commissioni e tariffe della piattaforma, che crescono con le vendite.</translation>
    </message>
    <message>
        <source>, itself over budget</source>
        <translation>, già di per sé oltre il budget</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>In Chinese, show large figures in 万 and 亿</source>
        <translation>In cinese, mostra le cifre grandi in 万 e 亿</translation>
    </message>
    <message>
        <source>A new language takes effect when you reopen the planner; your plan is saved as you work, so nothing is lost.</source>
        <translation>Una nuova lingua ha effetto quando riapri il planner; il piano è salvato mentre lavori, quindi non si perde nulla.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>(column {n})</source>
        <translation>(colonna {n})</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Leggi come</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>riga {n}</translation>
    </message>
    <message>
        <source>In the file: {raw}</source>
        <translation>Nel file: {raw}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>This column is not imported.</source>
        <translation>Questa colonna non è importata.</translation>
    </message>
</context>
<context>
    <name>ProblemListModel</name>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Cosa non va</translation>
    </message>
    <message>
        <source>(warning) {message}</source>
        <translation>(avviso) {message}</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>{host} on {span} China time</source>
        <translation>{host} il {span} ora cinese</translation>
    </message>
    <message>
        <source>{who}: the last {cur} of paid traffic returns {returns:.2f} {cur} before its own cost (marginal profit {margin:+.2f} per {cur} at the median): spend less on it</source>
        <translation>{who}: l&apos;ultimo {cur} di traffico a pagamento rende {returns:.2f} {cur} prima del suo stesso costo (profitto marginale {margin:+.2f} per {cur} alla mediana): spendi meno</translation>
    </message>
    <message>
        <source>Campaign {name}: projected cost {cost:,.0f} {cur} (median) exceeds the budget {budget:,.0f} {cur} by {over:,.0f}</source>
        <translation>Campagna {name}: il costo previsto di {cost:,.0f} {cur} (mediana) supera il budget di {budget:,.0f} {cur} di {over:,.0f}</translation>
    </message>
    <message>
        <source>{host} is booked twice at once: {first} and {second} China time</source>
        <extracomment>The problems&apos; messages, marked for translation. A ConflictList keeps a message as its template&apos;s position and its fields (``_say``), and rebuilds the :class:`Text` when a conflict is read: the column stays plain strings (nothing for the garbage collector to walk) and the UI can show the message in its language.</extracomment>
        <translation>{host} è prenotato due volte in contemporanea: {first} e {second} ora cinese</translation>
    </message>
    <message>
        <source>{host} is booked twice at once: {first} and {second} China time ({campaigns})</source>
        <translation>{host} è prenotato due volte in contemporanea: {first} e {second} ora cinese ({campaigns})</translation>
    </message>
    <message>
        <source>{brand} is live twice on {platform} at once: {host} {first} and {other_host} {second} China time</source>
        <translation>{brand} è in diretta due volte in contemporanea su {platform}: {host} {first} e {other_host} {second} ora cinese</translation>
    </message>
    <message>
        <source>{host} on {span} China time is outside the campaign dates {start} – {end}</source>
        <translation>{host} il {span} ora cinese è fuori dalle date della campagna {start} – {end}</translation>
    </message>
    <message>
        <source>{host} starts at {time} China time on {day}, outside prime time {prime}: expect fewer viewers</source>
        <translation>{host} inizia alle {time} ora cinese del {day}, fuori dalla fascia di punta {prime}: aspettati meno spettatori</translation>
    </message>
    <message>
        <source>{host} on {day} falls on a public holiday in China ({holiday}): audiences travel and couriers slow down</source>
        <translation>{host} il {day} cade in un giorno festivo in Cina ({holiday}): il pubblico viaggia e i corrieri rallentano</translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Show notes (prime time, holidays)</source>
        <translation>Mostra note (prima serata, festivi)</translation>
    </message>
    <message>
        <source>Checking the schedule…</source>
        <translation>Controllo del palinsesto…</translation>
    </message>
    <message>
        <source>The schedule could not be checked: {0}</source>
        <translation>Impossibile controllare il palinsesto: {0}</translation>
    </message>
    <message>
        <source>No schedule problems.</source>
        <translation>Nessun problema nel palinsesto.</translation>
    </message>
    <message>
        <source>Schedule: {0} error(s) · {1} warning(s) · {2} note(s)</source>
        <translation>Palinsesto: {0} errori · {1} avvisi · {2} note</translation>
    </message>
    <message>
        <source>Money, at the median of the projection:</source>
        <translation>Soldi, alla mediana della proiezione:</translation>
    </message>
    <message>
        <source>In {n} sessions the last {cur} of paid traffic loses money; the worst: {worst}</source>
        <translation>In {n} sessioni l&apos;ultimo {cur} di traffico a pagamento perde soldi; la peggiore: {worst}</translation>
    </message>
    <message>
        <source>
… and {n} more</source>
        <translation>
… e altre {n}</translation>
    </message>
</context>
<context>
    <name>ProjectionRunner</name>
    <message>
        <source>Projections are not available in this build yet.</source>
        <translation>Le proiezioni non sono ancora disponibili in questa versione.</translation>
    </message>
</context>
<context>
    <name>ResponseChart</name>
    <message>
        <source>&lt;span style=&apos;color:{c}&apos;&gt;━━&lt;/span&gt; fitted range &amp;nbsp; &lt;span style=&apos;color:{c}&apos;&gt;╍╍&lt;/span&gt; extrapolated &amp;nbsp; &lt;span style=&apos;color:{p}&apos;&gt;○&lt;/span&gt; the model&apos;s points &amp;nbsp; &lt;span style=&apos;color:{t}&apos;&gt;●&lt;/span&gt; today &amp;nbsp; &lt;span style=&apos;color:{r}&apos;&gt;■&lt;/span&gt; recommended</source>
        <translation>&lt;span style=&apos;color:{c}&apos;&gt;━━&lt;/span&gt; intervallo stimato &amp;nbsp; &lt;span style=&apos;color:{c}&apos;&gt;╍╍&lt;/span&gt; estrapolato &amp;nbsp; &lt;span style=&apos;color:{p}&apos;&gt;○&lt;/span&gt; i punti del modello &amp;nbsp; &lt;span style=&apos;color:{t}&apos;&gt;●&lt;/span&gt; oggi &amp;nbsp; &lt;span style=&apos;color:{r}&apos;&gt;■&lt;/span&gt; raccomandato</translation>
    </message>
    <message>
        <source>Net GMV gained ({cur})</source>
        <translation>GMV netto guadagnato ({cur})</translation>
    </message>
    <message>
        <source>People reached (gained)</source>
        <translation>Persone raggiunte (guadagnate)</translation>
    </message>
    <message>
        <source>Profit gained ({cur})</source>
        <translation>Profitto guadagnato ({cur})</translation>
    </message>
    <message>
        <source>{what} against paid traffic (投流) on each item, over no paid traffic on it.</source>
        <translation>{what} rispetto al traffico a pagamento (投流) su ogni voce, rispetto a nessun traffico a pagamento su di essa.</translation>
    </message>
    <message>
        <source>Paid traffic ({cur})</source>
        <translation>Traffico a pagamento ({cur})</translation>
    </message>
    <message>
        <source>extrapolated</source>
        <translation>estrapolata</translation>
    </message>
    <message>
        <source>fitted range</source>
        <translation>intervallo stimato</translation>
    </message>
    <message>
        <source>{n} people per {cur} 1,000</source>
        <translation>{n} persone per {cur} 1.000</translation>
    </message>
    <message>
        <source>{v} per {cur}</source>
        <translation>{v} per {cur}</translation>
    </message>
    <message>
        <source>at {spend}: {value} gained; marginal return {m} ({where})</source>
        <translation>a {spend}: {value} guadagnato; rendimento marginale {m} ({where})</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Show viewers (场观)</source>
        <translation>Spettatori dello show (场观)</translation>
    </message>
    <message>
        <source>GMV (成交金额)</source>
        <translation>GMV (成交金额)</translation>
    </message>
    <message>
        <source>Figure:</source>
        <translation>Cifra:</translation>
    </message>
    <message>
        <source>GMV ({currency})</source>
        <translation>GMV ({currency})</translation>
    </message>
    <message>
        <source>Show viewers (persons)</source>
        <translation>Spettatori (persone)</translation>
    </message>
</context>
<context>
    <name>ResultsHeaders</name>
    <message>
        <source>Start (China time)</source>
        <extracomment>Changes to these tables can change the results. The English headers of planner.exchange.results (the table&apos;s headers in an Italian UI), for the translation tools.</extracomment>
        <translation>Inizio (ora della Cina)</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Recorded shows</source>
        <translation>Show registrati</translation>
    </message>
    <message>
        <source>Viewers P10</source>
        <translation>Spettatori P10</translation>
    </message>
    <message>
        <source>Viewers P50 (projected)</source>
        <translation>Spettatori P50 (previsti)</translation>
    </message>
    <message>
        <source>Viewers P90</source>
        <translation>Spettatori P90</translation>
    </message>
    <message>
        <source>Viewers (actual)</source>
        <translation>Spettatori (effettivi)</translation>
    </message>
    <message>
        <source>Viewers vs P50</source>
        <translation>Spettatori vs P50</translation>
    </message>
    <message>
        <source>Viewers inside P10–P90</source>
        <translation>Spettatori dentro P10–P90</translation>
    </message>
    <message>
        <source>GMV P10</source>
        <translation>GMV P10</translation>
    </message>
    <message>
        <source>GMV P50 (projected)</source>
        <translation>GMV P50 (previsto)</translation>
    </message>
    <message>
        <source>GMV P90</source>
        <translation>GMV P90</translation>
    </message>
    <message>
        <source>GMV (actual)</source>
        <translation>GMV (effettivo)</translation>
    </message>
    <message>
        <source>GMV vs P50</source>
        <translation>GMV vs P50</translation>
    </message>
    <message>
        <source>GMV inside P10–P90</source>
        <translation>GMV dentro P10–P90</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Plan P50</source>
        <translation>Piano P50</translation>
    </message>
    <message>
        <source>Plan P10–P90</source>
        <translation>Piano P10–P90</translation>
    </message>
    <message>
        <source>Actual so far</source>
        <translation>Effettivo finora</translation>
    </message>
    <message>
        <source>Still to come P50</source>
        <translation>Ancora da venire P50</translation>
    </message>
    <message>
        <source>Outlook P50 (actual + to come)</source>
        <translation>Previsione P50 (effettivo + da venire)</translation>
    </message>
    <message>
        <source>Outlook P10–P90</source>
        <translation>Previsione P10–P90</translation>
    </message>
</context>
<context>
    <name>ResultsValues</name>
    <message>
        <source>inside</source>
        <extracomment>The English values of planner.exchange.results.YES_NO, for the translation tools.</extracomment>
        <translation>dentro</translation>
    </message>
    <message>
        <source>outside</source>
        <translation>fuori</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>By session</source>
        <extracomment>Tables of the results: key, English and Chinese name of the choice.</extracomment>
        <translation>Per sessione</translation>
    </message>
    <message>
        <source>By host</source>
        <translation>Per host</translation>
    </message>
    <message>
        <source>By platform</source>
        <translation>Per piattaforma</translation>
    </message>
    <message>
        <source>English headers</source>
        <translation>Intestazioni in inglese</translation>
    </message>
    <message>
        <source>Chinese headers 中文表头</source>
        <translation>Intestazioni in cinese 中文表头</translation>
    </message>
    <message>
        <source>Export 复盘 workbook…</source>
        <translation>Esporta cartella 复盘…</translation>
    </message>
    <message>
        <source>Import platform results…</source>
        <translation>Importa risultati della piattaforma…</translation>
    </message>
    <message>
        <source>A platform&apos;s result export (CSV or XLSX, e.g. 抖音罗盘, 淘宝直播): rows are matched to this campaign&apos;s sessions by host and start</source>
        <translation>L&apos;esportazione dei risultati di una piattaforma (CSV o XLSX, es. 抖音罗盘, 淘宝直播): le righe sono abbinate alle sessioni di questa campagna per host e inizio</translation>
    </message>
    <message>
        <source>Actual vs range</source>
        <translation>Effettivo vs intervallo</translation>
    </message>
    <message>
        <source>Cumulative plan vs actual</source>
        <translation>Piano cumulato vs effettivo</translation>
    </message>
    <message>
        <source>Backtest: how honest were the ranges? (§7)</source>
        <translation>Backtest: quanto erano onesti gli intervalli? (§7)</translation>
    </message>
    <message>
        <source>Select a campaign to see its results.</source>
        <translation>Seleziona una campagna per vederne i risultati.</translation>
    </message>
    <message>
        <source>comparing…</source>
        <translation>confronto…</translation>
    </message>
    <message>
        <source>{name} — results (复盘): {n} of {total} sessions recorded</source>
        <translation>{name} — risultati (复盘): {n} sessioni registrate su {total}</translation>
    </message>
    <message>
        <source>this campaign</source>
        <translation>questa campagna</translation>
    </message>
    <message>
        <source>No recorded shows yet: record actual results (in the Sessions table, or Import platform results above) and the backtest shows how often the actual fell inside its P10–P90 range.</source>
        <translation>Nessuno show registrato finora: registra i risultati effettivi (nella tabella Sessioni, o con Importa risultati della piattaforma sopra) e il backtest mostra quanto spesso l&apos;effettivo è caduto nel suo intervallo P10–P90.</translation>
    </message>
    <message>
        <source>Results (复盘)</source>
        <translation>Risultati (复盘)</translation>
    </message>
    <message>
        <source>Show viewers</source>
        <translation>Spettatori dello show</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;: plan P50 {p50} (P10–P90 {p10} – {p90}) · &lt;b&gt;actual so far {a}&lt;/b&gt; · still to come P50 {t50} · outlook P50 {o50} (P10–P90 {o10} – {o90})</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: piano P50 {p50} (P10–P90 {p10} – {p90}) · &lt;b&gt;effettivo finora {a}&lt;/b&gt; · ancora da venire P50 {t50} · previsione P50 {o50} (P10–P90 {o10} – {o90})</translation>
    </message>
    <message>
        <source>Import platform results</source>
        <translation>Importa risultati della piattaforma</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Fogli di calcolo (*.csv *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export 复盘 workbook</source>
        <translation>Esporta cartella 复盘</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>exporting…</source>
        <translation>esportazione…</translation>
    </message>
    <message>
        <source>exported to {path}</source>
        <translation>esportato in {path}</translation>
    </message>
</context>
<context>
    <name>ScenarioChart</name>
    <message>
        <source>Unique reach</source>
        <translation>Copertura unica</translation>
    </message>
    <message>
        <source>Viewers (UV)</source>
        <translation>Spettatori (UV)</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>Net GMV (after returns)</source>
        <translation>GMV netto (dopo i resi)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>ROI (net)</source>
        <translation>ROI (netto)</translation>
    </message>
    <message>
        <source>CPM</source>
        <translation>CPM</translation>
    </message>
    <message>
        <source>Cost per reached person</source>
        <translation>Costo per persona raggiunta</translation>
    </message>
    <message>
        <source>people</source>
        <translation>persone</translation>
    </message>
    <message>
        <source>net GMV ÷ cost</source>
        <translation>GMV netto ÷ costo</translation>
    </message>
    <message>
        <source>{cur} per 1,000 views</source>
        <translation>{cur} per 1.000 visualizzazioni</translation>
    </message>
    <message>
        <source>{cur} per person</source>
        <translation>{cur} per persona</translation>
    </message>
    <message>
        <source>Tick two to four campaigns or scenarios. The first ticked (A) is the baseline.</source>
        <translation>Spunta da due a quattro campagne o scenari. Il primo spuntato (A) è il riferimento.</translation>
    </message>
    <message>
        <source>Per-platform breakdown of:</source>
        <translation>Dettaglio per piattaforma di:</translation>
    </message>
    <message>
        <source>Tick two to four campaigns or scenarios to compare them.</source>
        <translation>Spunta da due a quattro campagne o scenari per confrontarli.</translation>
    </message>
    <message>
        <source>Projecting {n} scenarios × {d} draws…</source>
        <translation>Proiezione di {n} scenari × {d} simulazioni…</translation>
    </message>
    <message>
        <source>{d} paired draws, seed {seed}</source>
        <translation>{d} simulazioni appaiate, seme {seed}</translation>
    </message>
    <message>
        <source>tick a second campaign to compare</source>
        <translation>spunta una seconda campagna da confrontare</translation>
    </message>
    <message>
        <source>Cannot project: {error}</source>
        <translation>Impossibile proiettare: {error}</translation>
    </message>
    <message>
        <source>P({b} better) = {p}</source>
        <translation>P({b} migliore) = {p}</translation>
    </message>
    <message>
        <source>{b} vs A</source>
        <translation>{b} vs A</translation>
    </message>
    <message>
        <source>P10–P90: {lo} – {hi}</source>
        <translation>P10–P90: {lo} – {hi}</translation>
    </message>
    <message>
        <source>{b} beats A on net GMV with probability {p1}, on reach with {p2}</source>
        <translation>{b} batte A sul GMV netto con probabilità {p1}, sulla copertura con {p2}</translation>
    </message>
    <message>
        <source>{what} by platform</source>
        <translation>{what} per piattaforma</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Add session to {name}</source>
        <translation>Aggiungi sessione a {name}</translation>
    </message>
    <message>
        <source>Host (主播)</source>
        <translation>Host (主播)</translation>
    </message>
    <message>
        <source>Date (China, 日期)</source>
        <translation>Data (Cina, 日期)</translation>
    </message>
    <message>
        <source>Start (China time, 开播时间)</source>
        <translation>Inizio (ora della Cina, 开播时间)</translation>
    </message>
    <message>
        <source>Your time</source>
        <translation>La tua ora</translation>
    </message>
    <message>
        <source>Duration (直播时长)</source>
        <translation>Durata (直播时长)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Type (场次类型)</source>
        <translation>Tipo (场次类型)</translation>
    </message>
    <message>
        <source>Brand minutes on air (讲解时长)</source>
        <translation>Minuti del brand in onda (讲解时长)</translation>
    </message>
    <message>
        <source>library figure for the tier</source>
        <translation>cifra della libreria per il livello</translation>
    </message>
    <message>
        <source>A slot (坑位): minutes the host presents the brand. A dedicated show (专场) sells the brand the whole time.</source>
        <translation>Uno slot (坑位): minuti in cui l&apos;host presenta il brand. Uno show dedicato (专场) vende il brand per tutto il tempo.</translation>
    </message>
    <message>
        <source>Slot fee (坑位费)</source>
        <translation>Costo slot (坑位费)</translation>
    </message>
    <message>
        <source>Commission (佣金比例)</source>
        <translation>Commissione (佣金比例)</translation>
    </message>
    <message>
        <source>Paid traffic (投流)</source>
        <translation>Traffico a pagamento (投流)</translation>
    </message>
    <message>
        <source>Theme (直播主题)</source>
        <translation>Tema (直播主题)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source> (the host quotes {fee:,.0f} {cur}; converted at the plan&apos;s rate)</source>
        <translation> (l&apos;host quota {fee:,.0f} {cur}; convertito al cambio del piano)</translation>
    </message>
    <message>
        <source>Default from the host</source>
        <translation>Predefinito dall&apos;host</translation>
    </message>
    <message>
        <source>add a host to the roster first (Campaign ▸ Add host)</source>
        <translation>aggiungi prima un host all&apos;elenco (Campagna ▸ Aggiungi host)</translation>
    </message>
    <message>
        <source>no host in the roster is called “{0}”: pick one from the list</source>
        <translation>nessun host nell&apos;elenco si chiama “{0}”: scegline uno dall&apos;elenco</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifica sessione</translation>
    </message>
</context>
<context>
    <name>SessionsView</name>
    <message>
        <source>Filter sessions: host, platform, theme, date…</source>
        <translation>Filtra sessioni: host, piattaforma, tema, data…</translation>
    </message>
    <message>
        <source>Add session…</source>
        <translation>Aggiungi sessione…</translation>
    </message>
    <message>
        <source>Why? (explain projection)</source>
        <translation>Perché? (spiega la proiezione)</translation>
    </message>
    <message>
        <source>Delete rows…</source>
        <translation>Elimina righe…</translation>
    </message>
    <message>
        <source>Reading sessions…</source>
        <translation>Lettura delle sessioni…</translation>
    </message>
    <message>
        <source>1 session · times in China time (UTC+8)</source>
        <translation>1 sessione · orari in ora della Cina (UTC+8)</translation>
    </message>
    <message>
        <source>{n} sessions · times in China time (UTC+8)</source>
        <translation>{n} sessioni · orari in ora della Cina (UTC+8)</translation>
    </message>
    <message>
        <source>Why this projection?</source>
        <translation>Perché questa proiezione?</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must not be empty</source>
        <translation>non può essere vuoto</translation>
    </message>
    <message>
        <source>show viewers</source>
        <extracomment>The figures a session&apos;s actual results hold, in the order tables show them.</extracomment>
        <translation>spettatori dello show</translation>
    </message>
    <message>
        <source>peak concurrent viewers</source>
        <translation>picco di spettatori simultanei</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>ordini</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>refunds</source>
        <translation>rimborsi</translation>
    </message>
    <message>
        <source>date read</source>
        <translation>data di lettura</translation>
    </message>
    <message>
        <source>must be a number</source>
        <extracomment>How far a show&apos;s reported start may be from the planned start and still be that session.</extracomment>
        <translation>deve essere un numero</translation>
    </message>
    <message>
        <source>{figure} must be 0 or more</source>
        <translation>{figure} deve essere 0 o più</translation>
    </message>
    <message>
        <source>refunds cannot be above the show&apos;s GMV ({gmv:,.0f})</source>
        <translation>i rimborsi non possono superare il GMV dello show ({gmv:,.0f})</translation>
    </message>
    <message>
        <source>orders without GMV: the order value cannot be learnt from this show</source>
        <translation>ordini senza GMV: il valore dell&apos;ordine non si può ricavare da questo show</translation>
    </message>
    <message>
        <source>refunds without GMV: the return rate cannot be learnt from this show</source>
        <translation>rimborsi senza GMV: il tasso di reso non si può ricavare da questo show</translation>
    </message>
    <message>
        <source>is above the show&apos;s viewers ({viewers:,.0f}); check the columns</source>
        <translation>supera gli spettatori dello show ({viewers:,.0f}); controlla le colonne</translation>
    </message>
    <message>
        <source>the session has not started yet: actual results can be recorded once it has</source>
        <translation>la sessione non è ancora iniziata: i risultati reali si possono registrare una volta iniziata</translation>
    </message>
    <message>
        <source>figures cannot be read before the show ({day})</source>
        <translation>i dati non possono essere letti prima dello show ({day})</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>è nel futuro</translation>
    </message>
    <message>
        <source>must be 0 or more</source>
        <translation>deve essere 0 o più</translation>
    </message>
    <message>
        <source>must be between 0% and 100%</source>
        <translation>deve essere tra 0% e 100%</translation>
    </message>
    <message>
        <source>must be a known ISO 4217 currency code such as CNY, EUR or USD</source>
        <translation>deve essere un codice valuta ISO 4217 noto, come CNY, EUR o USD</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>deve essere uno tra {allowed}</translation>
    </message>
    <message>
        <source>is {n:,} characters long; at most {most} are allowed</source>
        <translation>è lungo {n:,} caratteri; al massimo ne sono ammessi {most}</translation>
    </message>
    <message>
        <source>is not a platform of this plan</source>
        <translation>non è una piattaforma di questo piano</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>deve essere un numero intero</translation>
    </message>
    <message>
        <source>give followers or a tier, so the host&apos;s audience size is known</source>
        <translation>indica i follower o un livello, così si conosce il pubblico dell&apos;host</translation>
    </message>
    <message>
        <source>must be a number above 0 (or left empty)</source>
        <translation>deve essere un numero maggiore di 0 (o lasciato vuoto)</translation>
    </message>
    <message>
        <source>commission must be between 0% and 100%</source>
        <translation>la commissione deve essere tra 0% e 100%</translation>
    </message>
    <message>
        <source>must not be before the start date {start}</source>
        <translation>non può essere prima della data di inizio {start}</translation>
    </message>
    <message>
        <source>margin must be between 0% and 100%</source>
        <translation>il margine deve essere tra 0% e 100%</translation>
    </message>
    <message>
        <source>the campaign&apos;s order value must be above 0</source>
        <translation>il valore dell&apos;ordine della campagna deve essere maggiore di 0</translation>
    </message>
    <message>
        <source>conversion must be between 0% and 100%</source>
        <translation>la conversione deve essere tra 0% e 100%</translation>
    </message>
    <message>
        <source>the return rate must be between 0% and 100%</source>
        <translation>il tasso di reso deve essere tra 0% e 100%</translation>
    </message>
    <message>
        <source>must carry a time zone (China time or UTC)</source>
        <translation>deve indicare un fuso orario (ora cinese o UTC)</translation>
    </message>
    <message>
        <source>must be a whole number of minutes</source>
        <translation>deve essere un numero intero di minuti</translation>
    </message>
    <message>
        <source>the end must be after the start</source>
        <translation>la fine deve essere dopo l&apos;inizio</translation>
    </message>
    <message>
        <source>must be between {low} minutes and {high} hours</source>
        <translation>deve essere tra {low} minuti e {high} ore</translation>
    </message>
    <message>
        <source>brand minutes on air must be a number of minutes above 0</source>
        <translation>i minuti del brand in onda devono essere un numero di minuti maggiore di 0</translation>
    </message>
    <message>
        <source>{bm:g} brand minutes on air cannot exceed the session&apos;s duration ({minutes} min)</source>
        <translation>{bm:g} minuti del brand in onda non possono superare la durata della sessione ({minutes} min)</translation>
    </message>
    <message>
        <source>is outside the campaign dates {start} – {end} (China time)</source>
        <translation>è fuori dalle date della campagna {start} – {end} (ora cinese)</translation>
    </message>
    <message>
        <source>must be a number, 0 or more (or left empty)</source>
        <translation>deve essere un numero, 0 o più (o lasciato vuoto)</translation>
    </message>
    <message>
        <source>must not be below the low end, P10 ({low:,g})</source>
        <translation>non può essere sotto l&apos;estremo basso, P10 ({low:,g})</translation>
    </message>
    <message>
        <source>the median must not be below the low end, P10 ({low:,g})</source>
        <translation>la mediana non può essere sotto l&apos;estremo basso, P10 ({low:,g})</translation>
    </message>
    <message>
        <source>the median must not be above the high end, P90 ({high:,g})</source>
        <translation>la mediana non può essere sopra l&apos;estremo alto, P90 ({high:,g})</translation>
    </message>
    <message>
        <source>a rate must be between 0 and 1 (write 20% as 0.2)</source>
        <translation>un tasso deve essere tra 0 e 1 (scrivi 20% come 0.2)</translation>
    </message>
    <message>
        <source>the host quotes in {cur} and the plan has no exchange rate for {cur} (CNY per {cur}): enter the fee in {campaign_cur}, or add the rate under Settings ▸ Exchange rates</source>
        <translation>l&apos;host quota in {cur} e il piano non ha un tasso di cambio per {cur} (CNY per {cur}): inserisci il costo in {campaign_cur}, o aggiungi il tasso in Impostazioni ▸ Tassi di cambio</translation>
    </message>
</context>
<context>
    <name>WhiskerChart</name>
    <message>
        <source>Recorded shows, in start order (China date)</source>
        <translation>Show registrati, in ordine di inizio (data cinese)</translation>
    </message>
    <message>
        <source> — log scale</source>
        <translation> — scala log.</translation>
    </message>
    <message>
        <source>No recorded shows yet: record actual results in the Sessions table or import a platform export.</source>
        <translation>Nessuno show registrato finora: registra i risultati effettivi nella tabella Sessioni o importa un&apos;esportazione della piattaforma.</translation>
    </message>
    <message>
        <source>{n} of {total} shows inside their P10–P90 range (▲ projected median, ● actual: green inside, red outside). Hover a show for its figures.</source>
        <translation>{n} show su {total} dentro il loro intervallo P10–P90 (▲ mediana prevista, ● effettivo: verde dentro, rosso fuori). Passa il mouse su uno show per le sue cifre.</translation>
    </message>
    <message>
        <source>{host} · {when}: actual {actual}, projected {mid} (P10–P90 {lo} – {hi}), {diff:+.0%}</source>
        <translation>{host} · {when}: effettivo {actual}, previsto {mid} (P10–P90 {lo} – {hi}), {diff:+.0%}</translation>
    </message>
</context>
<context>
    <name>Why</name>
    <message>
        <source>host record</source>
        <extracomment>Sources and units the steps name, in one place (the UI translates them through the catalogue).</extracomment>
        <translation>scheda host</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sessione</translation>
    </message>
    <message>
        <source>session record</source>
        <translation>scheda sessione</translation>
    </message>
    <message>
        <source>recorded actuals (复盘)</source>
        <translation>risultati registrati (复盘)</translation>
    </message>
    <message>
        <source>viewers</source>
        <translation>spettatori</translation>
    </message>
    <message>
        <source>benchmark {metric} [{where}]{range}</source>
        <translation>benchmark {metric} [{where}]{range}</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>{host} on {platform}</source>
        <translation>{host} su {platform}</translation>
    </message>
    <message>
        <source>host record (explicit tier)</source>
        <translation>scheda host (livello indicato)</translation>
    </message>
    <message>
        <source>largest tier whose tier_followers_min {followers:,} followers reach</source>
        <translation>il livello più alto la cui soglia tier_followers_min è raggiunta da {followers:,} follower</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Agency tier conventions (editable)</source>
        <translation>Convenzioni di livello delle agenzie (modificabili)</translation>
    </message>
    <message>
        <source>Start (China time)</source>
        <translation>Inizio (ora cinese)</translation>
    </message>
    <message>
        <source>Benchmark views per session</source>
        <translation>Visualizzazioni per sessione (benchmark)</translation>
    </message>
    <message>
        <source>Views per viewer</source>
        <translation>Visualizzazioni per spettatore</translation>
    </message>
    <message>
        <source>Tier viewers per session (UV)</source>
        <translation>Spettatori per sessione del livello (UV)</translation>
    </message>
    <message>
        <source>session views / views per viewer</source>
        <translation>visualizzazioni per sessione / visualizzazioni per spettatore</translation>
    </message>
    <message>
        <source>Follower factor</source>
        <translation>Fattore follower</translation>
    </message>
    <message>
        <source>followers unknown: 1</source>
        <translation>follower sconosciuti: 1</translation>
    </message>
    <message>
        <source>Benchmark base B_bench</source>
        <translation>Base del benchmark B_bench</translation>
    </message>
    <message>
        <source>tier viewers × follower factor</source>
        <translation>spettatori del livello × fattore follower</translation>
    </message>
    <message>
        <source>Host base B_h</source>
        <translation>Base dell&apos;host B_h</translation>
    </message>
    <message>
        <source>host&apos;s own typical viewers per session</source>
        <translation>spettatori tipici per sessione indicati per l&apos;host</translation>
    </message>
    <message>
        <source>log-shrinkage of {n} actual session(s) (geometric mean {own:,.0f} per unit multiplier) toward B_bench with n0 = {n0:g}</source>
        <translation>contrazione logaritmica di {n} sessioni reali (media geometrica {own:,.0f} per moltiplicatore unitario) verso B_bench con n0 = {n0:g}</translation>
    </message>
    <message>
        <source>= B_bench (no own figure, no actuals)</source>
        <translation>= B_bench (nessun dato proprio, nessun risultato reale)</translation>
    </message>
    <message>
        <source>Time-slot multiplier (festival peak hours count as prime time)</source>
        <translation>Moltiplicatore di fascia oraria (le ore di punta dei festival valgono come prima serata)</translation>
    </message>
    <message>
        <source>{hour}:00 China time is inside {festival}&apos;s peak hours</source>
        <translation>le {hour}:00 ora cinese sono nelle ore di punta di {festival}</translation>
    </message>
    <message>
        <source>festival calendar</source>
        <translation>calendario dei festival</translation>
    </message>
    <message>
        <source>Time-slot multiplier ({hours} h China time)</source>
        <translation>Moltiplicatore di fascia oraria ({hours} h ora cinese)</translation>
    </message>
    <message>
        <source>Time-slot multiplier</source>
        <translation>Moltiplicatore di fascia oraria</translation>
    </message>
    <message>
        <source>no hour band covers this start hour</source>
        <translation>nessuna fascia oraria copre quest&apos;ora di inizio</translation>
    </message>
    <message>
        <source>Festival viewer multiplier ({festival}, major festival)</source>
        <translation>Moltiplicatore spettatori del festival ({festival}, festival maggiore)</translation>
    </message>
    <message>
        <source>Minor festival share</source>
        <translation>Quota dei festival minori</translation>
    </message>
    <message>
        <source>Festival viewer multiplier ({festival}, minor festival)</source>
        <translation>Moltiplicatore spettatori del festival ({festival}, festival minore)</translation>
    </message>
    <message>
        <source>1 + share × (major multiplier − 1)</source>
        <translation>1 + quota × (moltiplicatore maggiore − 1)</translation>
    </message>
    <message>
        <source>Festival</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>no festival that runs on {platform} covers {day} (holidays and other platforms&apos; festivals do not lift)</source>
        <translation>nessun festival di {platform} copre il {day} (le festività e i festival di altre piattaforme non contano)</translation>
    </message>
    <message>
        <source>Duration multiplier</source>
        <translation>Moltiplicatore di durata</translation>
    </message>
    <message>
        <source>Organic viewers V_org</source>
        <translation>Spettatori organici V_org</translation>
    </message>
    <message>
        <source>B_h × slot × festival × duration</source>
        <translation>B_h × fascia × festival × durata</translation>
    </message>
    <message>
        <source>Paid traffic budget</source>
        <translation>Budget del traffico a pagamento</translation>
    </message>
    <message>
        <source>{amount:,.0f} {currency} in CNY</source>
        <translation>{amount:,.0f} {currency} in CNY</translation>
    </message>
    <message>
        <source>Paid CPM</source>
        <translation>CPM a pagamento</translation>
    </message>
    <message>
        <source>Paid room entry rate</source>
        <translation>Tasso di ingresso in diretta (a pagamento)</translation>
    </message>
    <message>
        <source>Paid cap multiplier</source>
        <translation>Moltiplicatore del tetto a pagamento</translation>
    </message>
    <message>
        <source>Paid pool (entries any room can buy)</source>
        <translation>Bacino a pagamento (ingressi acquistabili da qualsiasi diretta)</translation>
    </message>
    <message>
        <source>Cost per paid entry c0</source>
        <translation>Costo per ingresso a pagamento c0</translation>
    </message>
    <message>
        <source>CPM / (1000 × room entry rate)</source>
        <translation>CPM / (1000 × tasso di ingresso)</translation>
    </message>
    <message>
        <source>Paid viewers V_paid</source>
        <translation>Spettatori a pagamento V_paid</translation>
    </message>
    <message>
        <source>Show viewers V</source>
        <translation>Spettatori dello show V</translation>
    </message>
    <message>
        <source>V_org + V_paid (场观: the whole show)</source>
        <translation>V_org + V_paid (场观: l&apos;intero show)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visualizzazioni</translation>
    </message>
    <message>
        <source>show viewers × views per viewer</source>
        <translation>spettatori dello show × visualizzazioni per spettatore</translation>
    </message>
    <message>
        <source>views</source>
        <translation>visualizzazioni</translation>
    </message>
    <message>
        <source>Average watch time</source>
        <translation>Tempo medio di visione</translation>
    </message>
    <message>
        <source>Brand minutes on air</source>
        <translation>Minuti del brand in onda</translation>
    </message>
    <message>
        <source>Brand minutes on air (library default)</source>
        <translation>Minuti del brand in onda (predefinito della libreria)</translation>
    </message>
    <message>
        <source>Brand exposure e</source>
        <translation>Esposizione del brand e</translation>
    </message>
    <message>
        <source>min(1, ({watch:g} + {bm:g}) / {minutes} min): a slot (坑位) in a multi-brand show</source>
        <translation>min(1, ({watch:g} + {bm:g}) / {minutes} min): uno slot (坑位) in uno show multimarca</translation>
    </message>
    <message>
        <source>dedicated show (专场 / 店播): the whole show sells the brand</source>
        <translation>show dedicato (专场 / 店播): tutto lo show vende il brand</translation>
    </message>
    <message>
        <source>Viewers</source>
        <translation>Spettatori</translation>
    </message>
    <message>
        <source>brand viewers E = show viewers × e</source>
        <translation>spettatori del brand E = spettatori dello show × e</translation>
    </message>
    <message>
        <source>Benchmark conversion rate</source>
        <translation>Tasso di conversione (benchmark)</translation>
    </message>
    <message>
        <source>Conversion prior from your brand&apos;s shows</source>
        <translation>Conversione a priori dai tuoi show</translation>
    </message>
    <message>
        <source>benchmark × brand&apos;s mean ratio to the trace in this platform × tier, weighted n/(n + 5)</source>
        <translation>benchmark × rapporto medio del brand rispetto al calcolo su questa piattaforma × livello, peso n/(n + 5)</translation>
    </message>
    <message>
        <source>Host conversion rate (calibrated)</source>
        <translation>Tasso di conversione dell&apos;host (calibrato)</translation>
    </message>
    <message>
        <source>({orders:,.0f} orders + 5000 × benchmark) / ({viewers:,.0f} brand viewers + 5000)</source>
        <translation>({orders:,.0f} ordini + 5000 × benchmark) / ({viewers:,.0f} spettatori del brand + 5000)</translation>
    </message>
    <message>
        <source>Festival conversion multiplier</source>
        <translation>Moltiplicatore di conversione del festival</translation>
    </message>
    <message>
        <source>Buyers</source>
        <translation>Acquirenti</translation>
    </message>
    <message>
        <source>viewers × conversion {rate:.4%}</source>
        <translation>spettatori × conversione {rate:.4%}</translation>
    </message>
    <message>
        <source>buyers</source>
        <translation>acquirenti</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Valore medio dell&apos;ordine</translation>
    </message>
    <message>
        <source>Host order value (calibrated)</source>
        <translation>Valore dell&apos;ordine dell&apos;host (calibrato)</translation>
    </message>
    <message>
        <source>log-shrinkage toward the benchmark, weight {weight:.2f}</source>
        <translation>contrazione logaritmica verso il benchmark, peso {weight:.2f}</translation>
    </message>
    <message>
        <source>GMV</source>
        <translation>GMV</translation>
    </message>
    <message>
        <source>buyers × order value</source>
        <translation>acquirenti × valore dell&apos;ordine</translation>
    </message>
    <message>
        <source>buyers × order value / {rate:g} CNY per {currency}</source>
        <translation>acquirenti × valore dell&apos;ordine / {rate:g} CNY per {currency}</translation>
    </message>
    <message>
        <source>Return rate</source>
        <translation>Tasso di reso</translation>
    </message>
    <message>
        <source>Host return rate (calibrated)</source>
        <translation>Tasso di reso dell&apos;host (calibrato)</translation>
    </message>
    <message>
        <source>shrunk toward the benchmark, weight {weight:.2f}</source>
        <translation>contratto verso il benchmark, peso {weight:.2f}</translation>
    </message>
    <message>
        <source>Net GMV</source>
        <translation>GMV netto</translation>
    </message>
    <message>
        <source>GMV × (1 − return rate)</source>
        <translation>GMV × (1 − tasso di reso)</translation>
    </message>
    <message>
        <source>Commission rate</source>
        <translation>Tasso di commissione</translation>
    </message>
    <message>
        <source>Platform fee rate</source>
        <translation>Commissione della piattaforma</translation>
    </message>
    <message>
        <source>Slot fee</source>
        <translation>Costo slot</translation>
    </message>
    <message>
        <source>Session cost</source>
        <translation>Costo della sessione</translation>
    </message>
    <message>
        <source>slot fee + paid traffic + (commission + platform fee) × net GMV</source>
        <translation>costo slot + traffico a pagamento + (commissione + commissione della piattaforma) × GMV netto</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>net GMV / session cost</source>
        <translation>GMV netto / costo della sessione</translation>
    </message>
    <message>
        <source>National universe used for reach</source>
        <translation>Universo nazionale usato per la copertura</translation>
    </message>
    <message>
        <source>max(national universe {national:,.0f}, largest platform universe {largest:,.0f}): the nation can never be smaller than one of its platforms</source>
        <translation>max(universo nazionale {national:,.0f}, universo della piattaforma più grande {largest:,.0f}): la nazione non può essere più piccola di una sua piattaforma</translation>
    </message>
    <message>
        <source>people</source>
        <translation>persone</translation>
    </message>
    <message>
        <source>Calibrated from actuals</source>
        <translation>Calibrato sui risultati reali</translation>
    </message>
</context>
</TS>
