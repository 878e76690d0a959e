/**
 * Stylesheet of the hosted partner portal, served at /affiliate-portal/styles.css.
 * Plain CSS in a TypeScript string so `medusa plugin:build` ships it with the
 * compiled routes (no loose asset files to copy).
 */
export const PORTAL_CSS = String.raw`
:root {
  --bg: #f5f6f8;
  --card: #ffffff;
  --text: #1b1f24;
  --muted: #5b6470;
  --border: #e2e5ea;
  --accent: #2f5bea;
  --accent-strong: #2148c9;
  --accent-soft: #eef2fe;
  --ok: #1d7a46;
  --ok-soft: #e7f6ed;
  --warn: #8a5a00;
  --warn-soft: #fff5dc;
  --bad: #b42318;
  --bad-soft: #fdecea;
  --info: #1f5fa8;
  --info-soft: #e8f1fb;
  --neutral-soft: #eef0f3;
  --radius: 12px;
  --shadow: 0 1px 2px rgba(16, 24, 40, 0.05), 0 1px 3px rgba(16, 24, 40, 0.06);
  color-scheme: light;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--bg);
  color: var(--text);
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
a { color: var(--accent); }
a:hover { color: var(--accent-strong); }
h1, h2, h3 { line-height: 1.25; margin: 0 0 0.5rem; }
h1 { font-size: 1.55rem; }
h2 { font-size: 1.15rem; }
h3 { font-size: 1rem; }
p { margin: 0 0 0.75rem; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
[tabindex="-1"]:focus { outline: none; }
:focus-visible { outline: 3px solid rgba(47, 91, 234, 0.45); outline-offset: 2px; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}

/* Frame */
.topbar { background: var(--card); border-bottom: 1px solid var(--border); }
.topbar-inner {
  max-width: 1040px; margin: 0 auto; padding: 0.8rem 1.25rem;
  display: flex; align-items: center; justify-content: space-between; gap: 1rem; flex-wrap: wrap;
}
.brand { display: flex; align-items: center; gap: 0.6rem; min-width: 0; }
.brand-mark {
  width: 32px; height: 32px; border-radius: 8px; background: var(--accent); color: #fff;
  display: grid; place-items: center; font-weight: 700; flex: none;
}
.brand-name { font-weight: 650; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.brand-sub { color: var(--muted); font-size: 0.85rem; }
.session { display: flex; align-items: center; gap: 0.75rem; color: var(--muted); font-size: 0.9rem; flex-wrap: wrap; }
.container { max-width: 1040px; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
.footer { color: var(--muted); font-size: 0.8rem; text-align: center; padding: 0 1rem 2rem; }

/* Cards and grids */
.card {
  background: var(--card); border: 1px solid var(--border); border-radius: var(--radius);
  box-shadow: var(--shadow); padding: 1.25rem 1.4rem; margin-bottom: 1.25rem;
}
.card > :last-child { margin-bottom: 0; }
.card-head { display: flex; align-items: flex-start; justify-content: space-between; gap: 0.75rem; flex-wrap: wrap; margin-bottom: 0.6rem; }
.card-head h2, .card-head h3 { margin: 0; }
.grid-2 { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.25rem; align-items: start; }
.grid-2 > .card { margin-bottom: 0; }
.stack > * + * { margin-top: 1.25rem; }
.tiles { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 1rem; margin-bottom: 1.25rem; }
.tile { background: var(--card); border: 1px solid var(--border); border-radius: var(--radius); padding: 1rem 1.1rem; box-shadow: var(--shadow); }
.tile-value { font-size: 1.6rem; font-weight: 650; }
.tile-label { color: var(--muted); font-size: 0.85rem; }
.muted { color: var(--muted); }
.small { font-size: 0.85rem; }
.lead { font-size: 1.05rem; color: var(--muted); }
.hero { margin-bottom: 1.25rem; }
.hero h1 { font-size: 1.7rem; }

/* Badges */
.badge {
  display: inline-flex; align-items: center; gap: 0.3rem; padding: 0.12rem 0.55rem; border-radius: 999px;
  font-size: 0.78rem; font-weight: 600; line-height: 1.5; white-space: nowrap;
  background: var(--neutral-soft); color: var(--muted); border: 1px solid transparent;
}
.badge::before { content: ""; width: 6px; height: 6px; border-radius: 50%; background: currentColor; opacity: 0.8; }
.badge-ok { background: var(--ok-soft); color: var(--ok); }
.badge-warn { background: var(--warn-soft); color: var(--warn); }
.badge-bad { background: var(--bad-soft); color: var(--bad); }
.badge-info { background: var(--info-soft); color: var(--info); }
.badge-outline { background: transparent; border-color: var(--border); }

/* Status banner */
.banner {
  border-radius: var(--radius); padding: 1rem 1.25rem; margin-bottom: 1.25rem; border: 1px solid;
  display: flex; gap: 0.9rem; align-items: flex-start;
}
.banner h2 { margin-bottom: 0.2rem; }
.banner p { margin: 0; }
.banner-icon {
  width: 28px; height: 28px; border-radius: 50%; display: grid; place-items: center; flex: none;
  font-weight: 700; font-size: 0.95rem; color: #fff; margin-top: 0.05rem;
}
.banner-ok .banner-icon { background: var(--ok); }
.banner-warn .banner-icon { background: #c98a00; }
.banner-bad .banner-icon { background: var(--bad); }
.banner-info .banner-icon { background: var(--info); }
.banner-ok { background: var(--ok-soft); border-color: #b7e2c7; color: #124d2c; }
.banner-warn { background: var(--warn-soft); border-color: #f1d48a; color: #5c3c00; }
.banner-bad { background: var(--bad-soft); border-color: #f3b8b2; color: #7a1a12; }
.banner-info { background: var(--info-soft); border-color: #b9d3f0; color: #173f6e; }

/* Alerts */
.alert { border-radius: 10px; padding: 0.7rem 0.9rem; margin-bottom: 1rem; border: 1px solid; }
.alert:empty { display: none; }
.alert-error { background: var(--bad-soft); border-color: #f3b8b2; color: #7a1a12; }
.alert-ok { background: var(--ok-soft); border-color: #b7e2c7; color: #124d2c; }
.alert-info { background: var(--info-soft); border-color: #b9d3f0; color: #173f6e; }
.alert-warn { background: var(--warn-soft); border-color: #f1d48a; color: #5c3c00; }

/* Tabs */
.tabs { display: flex; gap: 0.25rem; border-bottom: 1px solid var(--border); margin-bottom: 1.25rem; overflow-x: auto; scrollbar-width: thin; }
.tabs a {
  padding: 0.6rem 0.85rem; text-decoration: none; color: var(--muted); font-weight: 550; white-space: nowrap;
  border-bottom: 2px solid transparent; margin-bottom: -1px;
}
.tabs a:hover { color: var(--text); }
.tabs a[aria-current="page"] { color: var(--accent); border-bottom-color: var(--accent); }
.segmented { display: flex; background: var(--neutral-soft); border-radius: 10px; padding: 3px; margin-bottom: 1rem; }
.segmented a {
  flex: 1; text-align: center; padding: 0.45rem 0.5rem; border-radius: 8px; text-decoration: none;
  color: var(--muted); font-weight: 600;
}
.segmented a[aria-current="page"] { background: var(--card); color: var(--text); box-shadow: var(--shadow); }

/* Forms */
form { margin: 0; }
.field { margin-bottom: 0.9rem; }
.field label, .label { display: block; font-weight: 600; font-size: 0.9rem; margin-bottom: 0.3rem; }
.field .hint { color: var(--muted); font-size: 0.82rem; margin-top: 0.25rem; }
.optional { color: var(--muted); font-weight: 400; }
input[type="text"], input[type="email"], input[type="password"], input[type="url"], input[type="tel"], select, textarea {
  width: 100%; padding: 0.55rem 0.7rem; border: 1px solid #cfd4dc; border-radius: 8px; background: #fff;
  font: inherit; color: inherit;
}
input:focus, select:focus, textarea:focus { border-color: var(--accent); outline: 3px solid rgba(47, 91, 234, 0.2); outline-offset: 0; }
input[readonly] { background: var(--neutral-soft); color: var(--muted); }
textarea { min-height: 96px; resize: vertical; }
.row { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 0 1rem; }
.check { display: flex; gap: 0.6rem; align-items: flex-start; margin: 0.5rem 0 1rem; }
.check input { margin-top: 0.25rem; width: 18px; height: 18px; flex: none; }
.check label { font-weight: 500; }
fieldset { border: 0; padding: 0; margin: 0 0 0.5rem; }
legend { font-weight: 650; margin-bottom: 0.6rem; padding: 0; font-size: 1rem; }
.form-actions { display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; margin-top: 0.5rem; }

/* Buttons */
.btn {
  display: inline-flex; align-items: center; justify-content: center; gap: 0.4rem;
  padding: 0.55rem 1rem; border-radius: 8px; border: 1px solid var(--accent); background: var(--accent); color: #fff;
  font: inherit; font-weight: 600; cursor: pointer; text-decoration: none; line-height: 1.3;
}
.btn:hover { background: var(--accent-strong); border-color: var(--accent-strong); color: #fff; }
.btn:disabled { opacity: 0.6; cursor: progress; }
.btn-secondary { background: #fff; color: var(--text); border-color: #cfd4dc; }
.btn-secondary:hover { background: var(--neutral-soft); color: var(--text); border-color: #cfd4dc; }
.btn-small { padding: 0.3rem 0.65rem; font-size: 0.85rem; }
.btn-link { background: none; border: 0; color: var(--accent); padding: 0; font: inherit; cursor: pointer; text-decoration: underline; }
.btn-block { width: 100%; }

/* Lists */
.checklist { list-style: none; margin: 0; padding: 0; }
.checklist li { display: flex; gap: 0.75rem; padding: 0.7rem 0; border-top: 1px solid var(--border); align-items: flex-start; }
.checklist li:first-child { border-top: 0; padding-top: 0.2rem; }
.checklist .icon {
  width: 24px; height: 24px; border-radius: 50%; display: grid; place-items: center; font-size: 0.8rem; font-weight: 700; flex: none;
}
.checklist .todo .icon { background: var(--warn-soft); color: var(--warn); }
.checklist .done .icon { background: var(--ok-soft); color: var(--ok); }
.checklist .info .icon { background: var(--info-soft); color: var(--info); }
.checklist .body { flex: 1; min-width: 0; }
.checklist .title { font-weight: 600; }
.checklist .body p { margin: 0.1rem 0 0; color: var(--muted); font-size: 0.9rem; }
.checklist .item-action { flex: none; }
.list { list-style: none; margin: 0; padding: 0; }
.list > li { padding: 0.9rem 0; border-top: 1px solid var(--border); display: flex; gap: 1rem; align-items: center; justify-content: space-between; flex-wrap: wrap; }
.list > li:first-child { border-top: 0; padding-top: 0.2rem; }
.list .meta { color: var(--muted); font-size: 0.88rem; }
.list .side { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; }
dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 0.4rem 1.25rem; margin: 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; font-weight: 550; overflow-wrap: anywhere; }
.agreement {
  max-height: 220px; overflow: auto; white-space: pre-wrap; background: #fafbfc; border: 1px solid var(--border);
  border-radius: 8px; padding: 0.75rem 0.9rem; font-size: 0.9rem; margin-bottom: 0.5rem;
}
.linkbox { display: flex; gap: 0.5rem; align-items: stretch; margin: 0.35rem 0 0.6rem; }
.linkbox-value {
  flex: 1; min-width: 0; display: block; padding: 0.5rem 0.7rem; border: 1px solid #cfd4dc; border-radius: 8px;
  background: #fafbfc; overflow-wrap: anywhere; word-break: break-all; user-select: all; font-size: 0.85rem;
}
.linkbox .btn { flex: none; }
.quote { margin: 0.75rem 0 0; padding: 0.6rem 0.9rem; border-left: 3px solid var(--accent); background: var(--accent-soft); border-radius: 0 8px 8px 0; font-style: italic; }
.chips { display: flex; gap: 0.4rem; flex-wrap: wrap; }
.chip { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85rem; background: var(--neutral-soft); border-radius: 6px; padding: 0.1rem 0.5rem; }
.chip-primary { background: var(--accent-soft); color: var(--accent-strong); font-weight: 600; }
.chip-off { text-decoration: line-through; color: var(--muted); }
.subcard { border: 1px solid var(--border); border-radius: 10px; padding: 0.9rem 1rem; margin-top: 0.75rem; }
.placeholder { border: 1px dashed #c9ced6; border-radius: 10px; padding: 1rem; background: #fafbfc; color: var(--muted); }
.placeholder strong { color: var(--text); }
details.faq { border-top: 1px solid var(--border); padding: 0.7rem 0; }
details.faq:first-of-type { border-top: 0; padding-top: 0.2rem; }
details.faq summary { cursor: pointer; font-weight: 600; }
details.faq div { margin-top: 0.5rem; color: var(--muted); white-space: pre-wrap; }
.center { max-width: 560px; margin: 2rem auto; text-align: center; }
.spinner {
  width: 28px; height: 28px; border: 3px solid var(--border); border-top-color: var(--accent); border-radius: 50%;
  margin: 3rem auto 1rem; animation: spin 0.8s linear infinite;
}
@keyframes spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }

/* Reporting */
input[type="date"] {
  width: 100%; padding: 0.5rem 0.7rem; border: 1px solid #cfd4dc; border-radius: 8px; background: #fff;
  font: inherit; color: inherit;
}
.report-form { display: grid; grid-template-columns: repeat(2, minmax(0, 10rem)) minmax(0, 16rem) auto; gap: 0 1rem; align-items: end; }
.tiles-report .tile-value { font-size: 1.35rem; overflow-wrap: anywhere; }
.is-updating { opacity: 0.6; transition: opacity 0.2s; }
.chart { margin: 0.25rem 0 1rem; }
.chart-legend { display: flex; gap: 1rem; flex-wrap: wrap; align-items: center; margin-bottom: 0.5rem; }
.chart-legend > span { display: inline-flex; align-items: center; gap: 0.35rem; }
.chart-peak { margin-left: auto; }
.swatch { width: 10px; height: 10px; border-radius: 2px; display: inline-block; }
.swatch-clicks, .bar-clicks { background: #b9c9f8; }
.swatch-unique, .bar-unique { background: var(--accent); }
.chart-bars { display: flex; align-items: flex-end; gap: 1px; height: 150px; border-bottom: 1px solid var(--border); }
.chart-day { flex: 1; min-width: 0; height: 100%; display: flex; align-items: flex-end; justify-content: center; gap: 1px; border-radius: 3px 3px 0 0; }
.chart-day:hover { background: var(--neutral-soft); }
.bar { width: 45%; max-width: 12px; border-radius: 2px 2px 0 0; }
.chart-labels { display: flex; gap: 1px; color: var(--muted); font-size: 0.75rem; margin-top: 0.3rem; }
.chart-labels > div { flex: 1; min-width: 0; white-space: nowrap; overflow: visible; text-align: center; }
.table-wrap { overflow-x: auto; margin: 0 -0.2rem; }
table.data { width: 100%; border-collapse: collapse; font-size: 0.9rem; }
table.data th, table.data td { padding: 0.5rem 0.6rem; text-align: left; border-top: 1px solid var(--border); vertical-align: top; }
table.data th { color: var(--muted); font-weight: 600; font-size: 0.8rem; border-top: 0; white-space: nowrap; }
table.data .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.data .block { display: block; }
table.data td:first-child { white-space: nowrap; }
.conversions > li { align-items: flex-start; flex-wrap: nowrap; }
.conv-main { flex: 1; min-width: 0; }
.conv-head { display: flex; gap: 0.6rem; align-items: center; flex-wrap: wrap; }
.conv-summary { margin: 0.3rem 0 0.3rem; color: var(--text); }
.conv-amount { font-weight: 650; white-space: nowrap; font-variant-numeric: tabular-nums; }
.chip-off-reason { background: var(--bad-soft); color: var(--bad); font-family: inherit; font-size: 0.8rem; }

/* Earnings and payouts */
.subhead { margin: 1.1rem 0 0.5rem; font-size: 1rem; }
.block { display: block; }
.tiles-4 { grid-template-columns: repeat(4, minmax(0, 1fr)); }
.tiles-money { margin-bottom: 0.75rem; }
.tiles-money .tile-value { font-size: 1.35rem; overflow-wrap: anywhere; font-variant-numeric: tabular-nums; }
.tiles-money .tile { box-shadow: none; }
.tiles-money .tile-label { color: var(--text); font-weight: 600; }
.tile-hint { color: var(--muted); font-size: 0.8rem; line-height: 1.35; margin-top: 0.15rem; }
.tile-accent { border-color: #b9c9f8; background: var(--accent-soft); }
.balance + .balance { margin-top: 1.25rem; padding-top: 1rem; border-top: 1px solid var(--border); }
.minimum p { margin: 0; }
.meter { height: 8px; border-radius: 999px; background: var(--neutral-soft); overflow: hidden; margin: 0 0 0.4rem; }
.meter > span { display: block; height: 100%; background: var(--accent); border-radius: 999px; }
.loading-line { display: flex; gap: 0.6rem; align-items: center; padding: 0.5rem 0; }
.spinner-inline { width: 18px; height: 18px; border-width: 2px; margin: 0; flex: none; }
.field-inline { display: flex; align-items: center; gap: 0.5rem; margin: 0; }
.field-inline label { margin: 0; white-space: nowrap; }
.field-inline select { width: auto; min-width: 11rem; padding: 0.35rem 0.6rem; }
.pager { display: flex; gap: 0.75rem; align-items: center; justify-content: space-between; margin-top: 0.75rem; }
.btn[aria-disabled="true"] { opacity: 0.45; cursor: default; }
.btn-secondary[aria-disabled="true"]:hover { background: #fff; }
.amount { font-weight: 650; font-variant-numeric: tabular-nums; white-space: nowrap; }
.is-negative { color: var(--bad); }
.entry-kind { font-weight: 600; }
table.ledger tbody.entry-group + tbody.entry-group tr.entry td { border-top: 1px solid var(--border); }
table.ledger tr.entry td { padding-bottom: 0.3rem; }
table.ledger tr.note td { border-top: 0; padding-top: 0; color: var(--muted); font-size: 0.84rem; white-space: normal; }
table.ledger tbody.negative-line tr.entry td:first-child, table.ledger tbody.negative-line tr.note td { box-shadow: inset 3px 0 0 #f3b8b2; }
table.ledger td.c-customer, table.ledger td.c-status { white-space: nowrap; }
table.data .block { display: block; }
table.payouts td { vertical-align: middle; }
.earnings-summary dl.facts { margin-bottom: 0.6rem; }
.earnings-summary dd { font-variant-numeric: tabular-nums; }
.links-inline { display: flex; gap: 1.25rem; flex-wrap: wrap; margin: 0; }

@media (max-width: 760px) {
  body { font-size: 15px; }
  .grid-2, .row { grid-template-columns: minmax(0, 1fr); }
  .tiles { gap: 0.5rem; }
  .tile { padding: 0.7rem 0.75rem; }
  .tile-value { font-size: 1.2rem; }
  .tile-label { font-size: 0.78rem; line-height: 1.3; }
  .container { padding: 1rem 0.85rem 2.5rem; }
  .card { padding: 1rem; }
  .hero h1 { font-size: 1.4rem; }
  dl.facts { grid-template-columns: minmax(0, 1fr); gap: 0.1rem; }
  dl.facts dd { margin-bottom: 0.5rem; }
  .linkbox { flex-direction: column; align-items: stretch; }
  .hide-sm { display: none; }
  .auth-first { order: -1; }
  .session-who { max-width: 52vw; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .topbar-inner { padding: 0.6rem 0.85rem; }
  .session { gap: 0.5rem; font-size: 0.85rem; }
  .tabs { flex-wrap: wrap; gap: 0.4rem; border-bottom: 0; overflow: visible; }
  .tabs a { border: 1px solid var(--border); border-radius: 999px; padding: 0.35rem 0.8rem; margin: 0; background: var(--card); font-size: 0.9rem; }
  .tabs a[aria-current="page"] { background: var(--accent); border-color: var(--accent); color: #fff; }
  .checklist li { flex-wrap: wrap; }
  .checklist .item-action { margin-left: 2.25rem; }
  .report-form { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
  .report-form .field:nth-child(3) { grid-column: 1 / -1; }
  .tiles-report { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .tiles-report .tile-value { font-size: 1.1rem; }
  .chart-peak { margin-left: 0; }
  .tiles-4 { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .tiles-money .tile-value { font-size: 1.1rem; }
  .tile-hint { font-size: 0.74rem; }
  .card-head .field-inline { width: 100%; }
  .field-inline select { flex: 1; min-width: 0; }
  /* Ledger and payouts: one block per line instead of a wide table. */
  .table-wrap:has(table.stack) { overflow: visible; margin: 0; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  table.stack tr.entry {
    display: grid; grid-template-columns: minmax(0, 1fr) auto; column-gap: 0.75rem;
    padding: 0.75rem 0 0.2rem; border-top: 1px solid var(--border);
  }
  table.stack tbody:first-of-type tr.entry, table.stack tbody tr.entry:first-child { border-top: 0; }
  table.stack tbody.entry-group + tbody.entry-group tr.entry { border-top: 1px solid var(--border); }
  table.stack td, table.stack tr.entry td, table.ledger tbody.entry-group + tbody.entry-group tr.entry td { border: 0; padding: 0.1rem 0; white-space: normal; box-shadow: none; }
  table.stack td.num { text-align: left; }
  table.stack td.is-empty { display: none; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: 0.8rem; }
  table.ledger td.c-customer, table.ledger td.c-status { white-space: normal; }
  table.ledger td.c-event { grid-column: 1; grid-row: 1; }
  table.ledger td.c-amount { grid-column: 2; grid-row: 1; text-align: right; font-size: 1.05rem; }
  table.ledger td.c-date { grid-column: 1 / -1; grid-row: 2; font-size: 0.85rem; }
  table.ledger td.c-source { grid-column: 1 / -1; grid-row: 3; }
  table.ledger td.c-customer { grid-column: 1 / -1; grid-row: 4; }
  table.ledger td.c-basis { grid-column: 1; grid-row: 5; }
  table.ledger td.c-rate { grid-column: 2; grid-row: 5; text-align: right; }
  table.ledger td.c-status { grid-column: 1 / -1; grid-row: 6; padding-top: 0.3rem; }
  table.ledger td.c-status .block { display: inline; margin-left: 0.4rem; }
  table.ledger td.c-event::before, table.ledger td.c-amount::before, table.ledger td.c-date::before, table.ledger td.c-status::before { content: none; }
  table.ledger td.c-source, table.ledger td.c-customer, table.ledger td.c-basis, table.ledger td.c-rate { font-size: 0.85rem; }
  table.ledger td.c-source .block { display: inline; }
  table.ledger td.c-source .block + .block::before { content: " \00B7  "; font-family: system-ui, sans-serif; }
  table.ledger tbody.negative-line tr.entry td:first-child, table.ledger tbody.negative-line tr.note td { box-shadow: none; }
  table.ledger tbody.negative-line tr.entry { box-shadow: inset 3px 0 0 #f3b8b2; padding-left: 0.6rem; }
  table.ledger tbody.negative-line tr.note { padding-left: 0.6rem; box-shadow: inset 3px 0 0 #f3b8b2; }
  table.ledger tr.note td { padding: 0.1rem 0 0.6rem; }
  table.payouts td.c-date { grid-column: 1; grid-row: 1; }
  table.payouts td.c-amount { grid-column: 2; grid-row: 1; text-align: right; }
  table.payouts td.c-status { grid-column: 2; grid-row: 2; text-align: right; }
  table.payouts td.c-reference, table.payouts td.c-items { grid-column: 1; font-size: 0.9rem; }
  table.payouts td.c-date::before, table.payouts td.c-amount::before, table.payouts td.c-status::before, table.payouts td.c-items::before { content: none; }
  table.payouts tr.entry { padding-bottom: 0.6rem; }
}
`
