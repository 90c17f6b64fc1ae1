/**
 * @module web/pages/search — search results with highlighted snippets.
 */
import type { SearchHit } from '../../store/types.js'
import { type SafeHtml, escapeHtml, html, raw } from '../html.js'
import { articleHref, formatDate } from '../format.js'
import { page } from '../layout.js'

const WORD_RE = /[\p{L}\p{N}]+/gu
const REGEX_SPECIAL_RE = /[.*+?^${}()|[\]\\]/g
/** Words shorter than this are not highlighted (they would mark half the snippet). */
const MIN_HIGHLIGHT_LENGTH = 2

/** Escapes the snippet and wraps occurrences of the query's words in <mark>. */
export function highlight(snippet: string, query: string): SafeHtml {
  const words = (query.match(WORD_RE) ?? []).filter((w) => w.length >= MIN_HIGHLIGHT_LENGTH)
  if (words.length === 0) return html`${snippet}`
  const re = new RegExp(words.map((w) => w.replace(REGEX_SPECIAL_RE, '\\$&')).join('|'), 'giu')
  let out = ''
  let last = 0
  for (const m of snippet.matchAll(re)) {
    out += `${escapeHtml(snippet.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`
    last = m.index + m[0].length
  }
  return raw(out + escapeHtml(snippet.slice(last)))
}

export function renderSearch(query: string, hits: readonly SearchHit[]): string {
  const form = html`<form class="search big-search" action="/search" method="get" role="search">
<input type="search" name="q" value="${query}" aria-label="Search titles and article text"><button type="submit">Search</button></form>`
  const results = !query
    ? html`<p class="empty">Type words to search titles and article text.</p>`
    : hits.length === 0
      ? html`<p class="empty">No articles match “${query}”.</p>`
      : html`<ul class="hits">${hits.map(
          (h) => html`<li><a href="${articleHref(h.id)}"><b>${h.title ?? h.id}</b></a>
<div class="meta"><span>${h.outlet?.name ?? 'Unknown outlet'}</span><span>${formatDate(h.published)}</span></div>
<div class="small">${highlight(h.snippet, query)}</div></li>`,
        )}</ul>`
  const body = html`<h1>Search</h1>${form}${query ? html`<p class="muted">${hits.length} results for “${query}”</p>` : null}${results}`
  return page({ title: query ? `Search: ${query}` : 'Search', body, query })
}
