/**
 * @module web/style — the one stylesheet of the web UI, served at /static/style.css.
 * Calm newsroom look: system fonts, muted colours, generous spacing. Entity-type
 * colours (t-person, t-org, t-place, t-outlet, t-other) and claim-status colours
 * (st-*) are defined once here and used by every page.
 */

export const STYLESHEET = `
:root {
  --bg: #f7f6f3; --paper: #fff; --ink: #1f2328; --muted: #656d76; --line: #e3e1dc; --accent: #1d4e89;
  --person: #2f5fa7; --person-bg: #e6eef9;
  --org: #7a4aa0; --org-bg: #f1e9f7;
  --place: #2d7a4f; --place-bg: #e4f3ea;
  --outlet: #a35a12; --outlet-bg: #fbeedd;
  --other: #5c6670; --other-bg: #eceef0;
  --radius: 6px;
}
* { box-sizing: border-box; }
html { background: var(--bg); }
body { margin: 0; color: var(--ink); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
h1, h2, h3 { line-height: 1.25; font-weight: 650; }
h1 { font-size: 1.7rem; margin: 0 0 .4rem; }
h2 { font-size: 1.15rem; margin: 2.2rem 0 .8rem; padding-bottom: .35rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.2rem 0 .5rem; }
.top { background: var(--paper); border-bottom: 1px solid var(--line); }
.top .wrap { display: flex; align-items: center; gap: 1.5rem; padding-top: .7rem; padding-bottom: .7rem; }
.brand { font-weight: 700; letter-spacing: .01em; color: var(--ink); }
.brand span { color: var(--accent); }
.top nav { display: flex; gap: 1rem; font-size: .95rem; }
.top form { margin-left: auto; }
.wrap { max-width: 1120px; margin: 0 auto; padding: 0 1.25rem; }
main.wrap { padding-top: 1.6rem; padding-bottom: 3rem; }
.search input[type=search] { width: 18rem; max-width: 50vw; padding: .4rem .65rem; border: 1px solid var(--line); border-radius: var(--radius); font: inherit; font-size: .95rem; background: var(--bg); }
.search button { padding: .4rem .8rem; border: 1px solid var(--accent); background: var(--accent); color: #fff; border-radius: var(--radius); font: inherit; font-size: .95rem; cursor: pointer; }
.big-search { display: flex; gap: .5rem; margin: .5rem 0 1.5rem; }
.big-search input[type=search] { flex: 1; width: auto; max-width: none; padding: .6rem .8rem; font-size: 1rem; background: var(--paper); }
.muted { color: var(--muted); }
.small { font-size: .87rem; }
.meta { color: var(--muted); font-size: .93rem; display: flex; flex-wrap: wrap; gap: .3rem 1.1rem; margin-bottom: .6rem; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.2rem; }
.cards { list-style: none; padding: 0; margin: 0; display: grid; gap: .8rem; }
.cards h3 { margin: 0 0 .3rem; font-size: 1.08rem; }
.chips { display: flex; flex-wrap: wrap; gap: .35rem; margin-top: .5rem; }
.chip { display: inline-block; padding: .08rem .55rem; border-radius: 999px; font-size: .82rem; border: 1px solid transparent; }
.chip small { opacity: .75; margin-left: .25rem; }
.t-person { --c: var(--person); --cb: var(--person-bg); }
.t-org { --c: var(--org); --cb: var(--org-bg); }
.t-place { --c: var(--place); --cb: var(--place-bg); }
.t-outlet { --c: var(--outlet); --cb: var(--outlet-bg); }
.t-other { --c: var(--other); --cb: var(--other-bg); }
.chip[class*="t-"] { color: var(--c); background: var(--cb); }
.badge { display: inline-block; padding: .05rem .5rem; border-radius: 4px; font-size: .78rem; font-weight: 600; white-space: nowrap; background: var(--other-bg); color: var(--other); }
.badge.copy { background: #eef0f2; color: #57606a; }
.badge.relay { background: var(--outlet-bg); color: var(--outlet); }
.badge.version { background: #e8f0fb; color: var(--accent); }
.st-single-source { background: #f3efe3; color: #7a6213; }
.st-corroborated { background: #e1f0f5; color: #1b6379; }
.st-contested { background: #fbe9dc; color: #a1480c; }
.st-confirmed { background: #e2f2e6; color: #22703a; }
.st-refuted { background: #f9e1e1; color: #a42929; }
.grid2 { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 2rem; align-items: start; }
@media (max-width: 900px) { .grid2 { grid-template-columns: 1fr; } .top form { display: none; } }
table { width: 100%; border-collapse: collapse; background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); font-size: .93rem; }
th, td { text-align: left; vertical-align: top; padding: .55rem .7rem; border-bottom: 1px solid var(--line); }
th { font-size: .8rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 600; background: #fbfaf8; }
tr:last-child td { border-bottom: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.chain { font-size: .86rem; margin: .15rem 0; }
.chain a { color: inherit; }
.chain .hop + .hop::before { content: " → "; color: var(--muted); }
.articles { list-style: none; padding: 0; margin: 0; border-left: 2px solid var(--line); }
.articles li { padding: .45rem 0 .45rem 1rem; position: relative; }
.articles li::before { content: ""; position: absolute; left: -5px; top: .95rem; width: 8px; height: 8px; border-radius: 50%; background: var(--muted); }
.articles .when { display: inline-block; min-width: 7.5rem; color: var(--muted); font-size: .88rem; font-variant-numeric: tabular-nums; }
.articles .outlet { font-weight: 600; font-size: .9rem; margin-right: .4rem; }
.timeline { list-style: none; padding: 0; margin: 0; }
.timeline > li { display: grid; grid-template-columns: 11rem 1.4rem minmax(0, 1fr); }
.timeline .date { text-align: right; padding: .55rem .7rem .55rem 0; color: var(--muted); font-size: .86rem; font-variant-numeric: tabular-nums; }
.timeline .rail { position: relative; }
.timeline .rail::before { content: ""; position: absolute; left: 50%; top: 0; bottom: 0; width: 2px; margin-left: -1px; background: var(--line); }
.timeline .rail::after { content: ""; position: absolute; left: 50%; top: .9rem; width: 10px; height: 10px; margin-left: -5px; border-radius: 50%; background: var(--accent); border: 2px solid var(--bg); }
.timeline > li.tentative .rail::after { background: var(--paper); border-color: var(--accent); }
.timeline .what { padding: .45rem 0 .9rem .7rem; }
.timeline .type { font-weight: 600; text-transform: capitalize; margin-right: .4rem; }
.mention-list { margin: .3rem 0 0; padding-left: 1.1rem; }
.mention-list li { margin: .3rem 0; }
.coverage td, .coverage th { padding: .35rem .5rem; text-align: center; }
.coverage td:first-child, .coverage th:first-child { text-align: left; white-space: nowrap; }
.coverage .cell { display: inline-block; min-width: 1.6rem; padding: .05rem .2rem; border-radius: 3px; font-size: .78rem; color: #fff; background: var(--accent); }
.scroll { overflow-x: auto; }
.body { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: 1.4rem 1.8rem; font-family: Charter, "Iowan Old Style", Georgia, Cambria, serif; font-size: 1.08rem; line-height: 1.7; }
.body p { margin: 0 0 1.05rem; white-space: pre-line; }
.body .s:target { background: #fff6c8; box-shadow: 0 0 0 3px #fff6c8; border-radius: 2px; }
.ent { color: var(--c); background: var(--cb); border-radius: 3px; padding: 0 .12em; }
.ent:hover { text-decoration: none; outline: 1px solid var(--c); }
.tx { text-decoration: underline dotted #8a6d00 2px; text-underline-offset: 3px; cursor: help; }
.qt { background: #f0f1f3; box-shadow: 0 2px 0 #f0f1f3, 0 -2px 0 #f0f1f3; }
.qt-direct { background: #eceff6; box-shadow: 0 2px 0 #eceff6, 0 -2px 0 #eceff6; }
.cue { font-style: italic; }
mark.cl { background: none; color: inherit; border-bottom: 2px solid #c9a227; }
mark.cl.m-speculative, mark.cl.m-expected, mark.cl.m-conditional, mark.cl.m-question { border-bottom-style: dashed; }
mark.cl.m-denied { border-bottom-color: #b33; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem .9rem; font-size: .82rem; color: var(--muted); margin: .5rem 0 .8rem; }
.panel { font-size: .9rem; }
.panel section { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: .8rem 1rem; margin-bottom: 1rem; }
.panel h2 { margin: 0 0 .5rem; font-size: .82rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); border: 0; padding: 0; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { padding: .35rem 0; border-top: 1px solid #f0eeea; }
.panel li:first-child { border-top: 0; }
.related { list-style: none; padding: 0; }
.related li { padding: .25rem 0; }
.diff { list-style: none; padding: 0; margin: .4rem 0 0; font-size: .92rem; }
.diff li { padding: .35rem .6rem; border-left: 3px solid transparent; margin-bottom: .25rem; }
.diff .added { background: #e8f5ec; border-color: #3a8a55; }
.diff .removed { background: #fbeaea; border-color: #b84040; text-decoration: line-through; text-decoration-color: #b8404080; }
.stats { display: flex; gap: 1.5rem; margin: .8rem 0 0; }
.stats div { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: .6rem 1rem; }
.stats b { display: block; font-size: 1.4rem; }
.hits { list-style: none; padding: 0; }
.hits li { padding: .8rem 0; border-bottom: 1px solid var(--line); }
.hits mark { background: #fff1a8; color: inherit; }
.empty { padding: 1.5rem; text-align: center; color: var(--muted); background: var(--paper); border: 1px dashed var(--line); border-radius: var(--radius); }
footer { color: var(--muted); font-size: .82rem; padding: 2rem 0; }
.tl-axis { display: block; width: 100%; min-width: 640px; height: auto; background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); margin-bottom: 1rem; font-size: 11px; }
.tl-grid { stroke: var(--line); stroke-width: 1; }
.tl-tick { fill: var(--muted); text-anchor: middle; }
.tl-label { fill: var(--ink); text-anchor: end; text-transform: capitalize; }
.tl-bar { fill: var(--accent); fill-opacity: .75; stroke: var(--accent); stroke-width: 1.5; }
.tl-more { margin-top: 1rem; }
.tl-more > summary { cursor: pointer; color: var(--muted); }
.tl-bar.tl-tentative { fill: var(--paper); stroke-dasharray: 4 3; }
.tl-axis a:hover .tl-bar { fill-opacity: 1; }
.tl-reports { list-style: none; display: flex; flex-wrap: wrap; gap: .2rem .8rem; padding: 0; margin: .2rem 0 0; font-size: .82rem; }
.tl-more-sentence { font-size: .75rem; color: var(--muted); }
`
