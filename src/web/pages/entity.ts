/**
 * @module web/pages/entity — one entity: its counts, mentions over time (per
 * publication day, each day with links to the sentences that mention it),
 * the entities it appears with, and its storylines; and the entity index.
 * Everything comes from the store's EntityDetail, itself read from stored
 * annotations.
 */
import type { EntityDay, EntityDetail, EntitySummary } from '../../store/types.js'
import { type SafeHtml, html } from '../html.js'
import { articleHref, entityClass, entityHref, entityTypeLabel, formatDate, plural } from '../format.js'
import { page } from '../layout.js'
import { entityChip, storylineCards } from './parts.js'
import { storyTimelineView, type TimelineViewEntry } from '../timeline-view.js'

/** Longest sentence excerpt shown under a day. */
const EXCERPT_CHARS = 220

function excerpt(s: string): string {
  return s.length <= EXCERPT_CHARS ? s : `${s.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`
}

function timeline(days: readonly EntityDay[]): SafeHtml {
  if (days.length === 0) return html`<p class="empty">No mentions in current articles.</p>`
  return html`<ol class="timeline">${days.map(
    (d) => html`<li><span class="date">${formatDate(d.day)}</span><span class="rail"></span><div class="what">
<b>${plural(d.mentions, 'mention')}</b> <span class="muted">in ${plural(d.articles, 'article')}</span>
${d.sentences.length ? html`<ul class="small mention-list">${d.sentences.map(
      (s) => html`<li><a href="${articleHref(s.article, s.start)}">${excerpt(s.text)}</a>${s.title ? html` <span class="muted">— ${s.title}</span>` : null}</li>`,
    )}</ul>` : null}
</div></li>`,
  )}</ol>`
}

/** `events` is the entity's event timeline across its storylines (api/entity-timeline). */
export function renderEntity(e: EntityDetail, events: readonly TimelineViewEntry[] = []): string {
  const body = html`<p class="muted small"><a href="/entities">Entities</a> / ${entityTypeLabel(e.type)}</p>
<h1><span class="chip ${entityClass(e.type)}">${entityTypeLabel(e.type)}</span> ${e.name}</h1>
<div class="stats"><div><b>${e.articles}</b>articles</div><div><b>${e.mentions}</b>mentions</div><div><b>${e.storylines.length}</b>storylines</div></div>
<h2 id="mentions">Mentions over time</h2>
${timeline(e.timeline)}
<h2>Mentioned with</h2>
${e.cooccurring.length
    ? html`<p class="muted small">Entities in the same articles, by number of shared articles.</p><div class="chips">${e.cooccurring.map((c) => entityChip(c, c.articles))}</div>`
    : html`<p class="empty">No other entity shares an article with this one.</p>`}
<h2>Storylines</h2>
${storylineCards(e.storylines)}
${events.length ? html`<h2 id="events">Events</h2>${storyTimelineView(events)}` : null}`
  return page({ title: e.name, body })
}

export function renderEntityList(entities: readonly EntitySummary[], type: string | null): string {
  const filters = ['PERSON', 'ORG', 'PLACE', 'OUTLET', 'OTHER'].map(
    (t) => html`<a class="chip ${entityClass(t)}" href="/entities?type=${t}"${t === type ? html` aria-current="page"` : null}>${entityTypeLabel(t)}</a>`,
  )
  const rows = entities.map(
    (e) => html`<tr><td><a class="chip ${entityClass(e.type)}" href="${entityHref(e.id)}">${e.name}</a></td><td>${entityTypeLabel(e.type)}</td>
<td class="num">${e.articles}</td><td class="num">${e.mentions}</td></tr>`,
  )
  const body = html`<h1>Entities${type ? html` · ${entityTypeLabel(type)}` : null}</h1>
<div class="chips"><a class="chip t-other" href="/entities">all</a>${filters}</div>
<p class="muted">${plural(entities.length, 'entity', 'entities')} by number of articles.</p>
${entities.length ? html`<table><thead><tr><th>Entity</th><th>Type</th><th class="num">Articles</th><th class="num">Mentions</th></tr></thead><tbody>${rows}</tbody></table>` : html`<p class="empty">No entities.</p>`}`
  return page({ title: 'Entities', body })
}
