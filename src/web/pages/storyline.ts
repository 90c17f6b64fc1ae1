/**
 * @module web/pages/storyline — one storyline: key entities, its articles in
 * publication order with copy/relay badges, the event timeline (event time,
 * not publication time), the claims table with statuses and source chains
 * linked to their sentences, and coverage by outlet over time.
 */
import type { Hop, Modality } from '../../doc/types.js'
import { isOutletHop, outletIdOf } from '../../story/articles.js'
import type { ClaimSource, Storyline, StoryArticleRef, TrackedClaim } from '../../story/types.js'
import { type SafeHtml, html } from '../html.js'
import { articleHref, formatDate, formatInterval, plural, statusClass } from '../format.js'
import { page } from '../layout.js'
import { reportLabels, storyTimelineView } from '../timeline-view.js'
import { entityChip } from './parts.js'

/** Key entities listed at the top of a storyline. */
const KEY_ENTITIES = 16
/** Lightest shade of a coverage cell, so a single article is still visible. */
const COVERAGE_MIN_OPACITY = 0.3

/**
 * Display names for outlet ids: article outlets, the storyline's key entities,
 * and the hops of its claims' chains (a relayed outlet such as "The Times" may
 * be cited too rarely to be a key entity, but every relay comes from a hop).
 */
function outletNames(s: Storyline): Map<string, string> {
  const names = new Map<string, string>()
  for (const a of s.articles) if (a.outlet) names.set(a.outlet.id, a.outlet.name)
  for (const e of s.entities) if (!names.has(e.id)) names.set(e.id, e.name)
  for (const c of s.claims) {
    for (const source of c.sources) {
      for (const hop of source.chain) if (isOutletHop(hop) && !names.has(outletIdOf(hop))) names.set(outletIdOf(hop), hop.name)
    }
  }
  return names
}

function byDate<T>(items: readonly T[], date: (t: T) => string | null): T[] {
  // Undated items go last; the sort is stable, so ties keep the stage's order.
  return [...items].sort((a, b) => {
    const x = date(a)
    const y = date(b)
    return x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1
  })
}

function articleList(s: Storyline, names: Map<string, string>): SafeHtml {
  const byId = new Map(s.articles.map((a) => [a.id, a]))
  const label = (a: StoryArticleRef): string => `${a.outlet?.name ?? 'unknown outlet'}${a.title ? `: ${a.title}` : ''}`
  return html`<ul class="articles">${byDate(s.articles, (a) => a.published).map((a) => {
    const original = a.copyOf ? byId.get(a.copyOf) : undefined
    return html`<li><span class="when">${formatDate(a.published)}</span><span class="outlet">${a.outlet?.name ?? 'Unknown outlet'}</span>
<a href="${articleHref(a.id)}">${a.title ?? a.source}</a>
${a.copyOf ? html` <span class="badge copy">copy of <a href="${articleHref(a.copyOf)}">${original ? label(original) : a.copyOf}</a></span>` : null}
${a.relays.map((r) => html` <span class="badge relay">relays ${names.get(r) ?? r}</span>`)}</li>`
  })}</ul>`
}

/**
 * One source's chain, "Outlet → The New York Times → a senior US official",
 * linked to the sentence in the article; the source's modality is shown where
 * it differs from the claim's ("denied" in a row of "asserted").
 */
export function chainLink(source: ClaimSource, names: Map<string, string>, claimModality: Modality): SafeHtml {
  const hops: readonly Pick<Hop, 'name'>[] = source.chain.length
    ? source.chain
    : [{ name: (source.outlet && names.get(source.outlet)) ?? source.outlet ?? 'unknown outlet' }]
  return html`<div class="chain"><a href="${articleHref(source.evidence.article, source.evidence.start)}" title="Open the sentence">${hops.map(
    (h) => html`<span class="hop">${h.name}</span>`,
  )}</a>${source.copyOf ? html` <span class="badge copy">copy</span>` : null}${
    source.modality !== claimModality ? html` <span class="muted small">(${source.modality})</span>` : null
  }</div>`
}

function claimsTable(claims: readonly TrackedClaim[], names: Map<string, string>): SafeHtml {
  if (claims.length === 0) return html`<p class="empty">No claims found in these articles.</p>`
  return html`<table class="claims"><thead><tr><th>Claim</th><th>Modality</th><th>Status</th><th class="num">Independent sources</th><th>Sources</th></tr></thead><tbody>${claims.map(
    (c) => html`<tr id="claim-${c.id}"><td>${c.text}${
      c.history.length > 1
        ? html`<details class="small muted"><summary>status history</summary><ul>${c.history.map(
            (h) => html`<li><span class="badge ${statusClass(h.status)}">${h.status}</span> ${formatDate(h.at)} — <a href="${articleHref(h.evidence.article, h.evidence.start)}">${h.reason}</a></li>`,
          )}</ul></details>`
        : null
    }</td><td>${c.modality}</td><td><span class="badge ${statusClass(c.status)}">${c.status}</span></td>
<td class="num">${c.independentSources}</td><td>${c.sources.map((src) => chainLink(src, names, c.modality))}</td></tr>`,
  )}</tbody></table>`
}

function coverage(s: Storyline, names: Map<string, string>): SafeHtml {
  if (s.coverage.length === 0) return html`<p class="empty">No dated coverage.</p>`
  const dates = [...new Set(s.coverage.map((p) => p.date))].sort()
  const totals = new Map<string, number>()
  const cells = new Map<string, number>()
  let max = 1
  for (const p of s.coverage) {
    totals.set(p.outlet, (totals.get(p.outlet) ?? 0) + p.articles)
    const key = `${p.outlet}\u0000${p.date}`
    const n = (cells.get(key) ?? 0) + p.articles
    cells.set(key, n)
    max = Math.max(max, n)
  }
  const outlets = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || a.localeCompare(b))
  return html`<div class="scroll"><table class="coverage"><thead><tr><th>Outlet</th>${dates.map((d) => html`<th>${formatDate(d)}</th>`)}<th>Total</th></tr></thead>
<tbody>${outlets.map(
    (o) => html`<tr><td>${names.get(o) ?? o}</td>${dates.map((d) => {
      const n = cells.get(`${o}\u0000${d}`) ?? 0
      const opacity = (COVERAGE_MIN_OPACITY + (1 - COVERAGE_MIN_OPACITY) * (n / max)).toFixed(2)
      return html`<td>${n ? html`<span class="cell" style="opacity:${opacity}">${n}</span>` : null}</td>`
    })}<td class="num">${totals.get(o)!}</td></tr>`,
  )}</tbody></table></div>`
}

export function renderStoryline(s: Storyline): string {
  const names = outletNames(s)
  const dated = s.articles.map((a) => a.published).filter((d): d is string => d !== null).sort()
  const keyEntities = [...s.entities].sort((a, b) => b.articles - a.articles || b.mentions - a.mentions).slice(0, KEY_ENTITIES)
  const body = html`<p class="muted small"><a href="/">Storylines</a></p>
<h1>${s.title}</h1>
<div class="meta"><span>${formatInterval(dated[0] ?? null, dated[dated.length - 1] ?? null)}</span><span>${plural(s.articles.length, 'article')}</span>
<span>${plural(s.timeline.length, 'event')}</span><span>${plural(s.claims.length, 'claim')}</span></div>
<div class="chips">${keyEntities.map((e) => entityChip(e, e.mentions))}</div>
<h2 id="articles">Articles</h2>
${articleList(s, names)}
<h2 id="timeline">Timeline</h2>
<p class="muted small">Events in the order they happened (or are expected), not the order they were reported. Bars span each event's possible dates; hollow ones are expected, speculative or negated.</p>
${storyTimelineView(s.timeline, { articleLabels: reportLabels(s) })}
<h2 id="claims">Claims</h2>
${claimsTable(s.claims, names)}
<h2 id="coverage">Coverage by outlet</h2>
${coverage(s, names)}`
  return page({ title: s.title, body })
}
