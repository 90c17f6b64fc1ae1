/**
 * @module web/pages/parts — fragments several pages share: entity chips,
 * storyline cards and article list rows.
 */
import type { ArticleSummary, StorylineSummary } from '../../store/types.js'
import { type SafeHtml, html } from '../html.js'
import { articleHref, entityClass, entityHref, entityTypeLabel, formatDate, formatInterval, plural, storylineHref } from '../format.js'

/** Key entities shown on a storyline card. */
const CARD_ENTITY_CHIPS = 8

export interface ChipEntity {
  readonly id: string
  readonly name: string
  readonly type: string
}

export function entityChip(e: ChipEntity, count?: number): SafeHtml {
  return html`<a class="chip ${entityClass(e.type)}" href="${entityHref(e.id)}" title="${entityTypeLabel(e.type)}">${e.name}${
    count === undefined ? null : html`<small>${count}</small>`
  }</a>`
}

export function storylineCards(storylines: readonly StorylineSummary[]): SafeHtml {
  if (storylines.length === 0) {
    return html`<p class="empty">No storylines yet. Ingest articles and run the story stage to build them.</p>`
  }
  return html`<ul class="cards">${storylines.map(
    (s) => html`<li class="card storyline">
<h3><a href="${storylineHref(s.id)}">${s.title}</a></h3>
<div class="meta"><span>${formatInterval(s.first, s.last)}</span><span>${plural(s.articles, 'article')}</span><span>${plural(s.claims, 'claim')}</span></div>
<div class="chips">${s.entities.slice(0, CARD_ENTITY_CHIPS).map((e) => entityChip(e))}</div>
</li>`,
  )}</ul>`
}

export function articleRows(articles: readonly ArticleSummary[]): SafeHtml {
  if (articles.length === 0) return html`<p class="empty">No articles.</p>`
  return html`<ul class="articles">${articles.map(
    (a) => html`<li><span class="when">${formatDate(a.published)}</span><span class="outlet">${a.outlet?.name ?? 'Unknown outlet'}</span>
<a href="${articleHref(a.id)}">${a.title ?? a.source}</a>${a.versionOf ? html` <span class="badge version">updated version</span>` : null}</li>`,
  )}</ul>`
}
