/**
 * @module web/pages/entity — one entity with its counts and storylines, and
 * the entity index.
 */
import type { EntitySummary, StorylineSummary } from '../../store/types.js'
import { html } from '../html.js'
import { entityClass, entityHref, entityTypeLabel, plural } from '../format.js'
import { page } from '../layout.js'
import { storylineCards } from './parts.js'
import { timelineView, type TimelineViewEntry } from '../timeline-view.js'

export function renderEntity(e: EntitySummary & { readonly storylines: readonly StorylineSummary[]; readonly timeline?: readonly TimelineViewEntry[] }): string {
  const body = html`<p class="muted small"><a href="/entities">Entities</a> / ${entityTypeLabel(e.type)}</p>
<h1><span class="chip ${entityClass(e.type)}">${entityTypeLabel(e.type)}</span> ${e.name}</h1>
<div class="stats"><div><b>${e.articles}</b>articles</div><div><b>${e.mentions}</b>mentions</div><div><b>${e.storylines.length}</b>storylines</div></div>
<h2>Storylines</h2>
${storylineCards(e.storylines)}
${e.timeline ? html`<h2 id="timeline">Timeline</h2>${timelineView(e.timeline)}` : null}`
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
