/**
 * @module web/pages/home — the storyline list (front page) and the plain
 * article list.
 */
import type { ArticleSummary, StorylineSummary } from '../../store/types.js'
import { html } from '../html.js'
import { page } from '../layout.js'
import { articleRows, storylineCards } from './parts.js'

export function renderHome(storylines: readonly StorylineSummary[], articleCount: number): string {
  const body = html`<h1>Storylines</h1>
<p class="muted">${storylines.length} storylines from ${articleCount} articles. Every claim and event links to the sentence it came from.</p>
<form class="search big-search" action="/search" method="get" role="search">
<input type="search" name="q" placeholder="Search titles and article text" aria-label="Search titles and article text">
<button type="submit">Search</button>
</form>
${storylineCards(storylines)}`
  return page({ title: 'Storylines', body })
}

export interface ArticleListPage {
  readonly articles: readonly ArticleSummary[]
  readonly offset: number
  readonly limit: number
  readonly total: number
}

export function renderArticleList(p: ArticleListPage): string {
  const prev = p.offset > 0 ? Math.max(0, p.offset - p.limit) : null
  const next = p.offset + p.articles.length < p.total ? p.offset + p.limit : null
  const body = html`<h1>Articles</h1>
<p class="muted">${p.total} articles stored${p.total ? html`, showing ${p.offset + 1}–${p.offset + p.articles.length}` : null}.</p>
${articleRows(p.articles)}
<p class="meta">${prev === null ? null : html`<a href="/articles?offset=${prev}&amp;limit=${p.limit}">← Newer</a>`}${
    next === null ? null : html`<a href="/articles?offset=${next}&amp;limit=${p.limit}">Older →</a>`
  }</p>`
  return page({ title: 'Articles', body })
}
