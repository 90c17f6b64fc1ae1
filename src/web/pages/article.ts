/**
 * @module web/pages/article — one article: metadata, the annotated body, a
 * side panel of everything the pipeline found (each item linked to its
 * sentence), related links kept apart from the body, and earlier versions with
 * a paragraph-level diff.
 */
import { sentenceAt } from '../../doc/doc.js'
import type { Doc, Span } from '../../doc/types.js'
import type { ArticleSummary, StoredArticle, StorylineSummary } from '../../store/types.js'
import { chainLabel, renderAnnotatedBody } from '../annotate.js'
import type { DiffOp } from '../diff.js'
import { type SafeHtml, html } from '../html.js'
import { ACT_LABELS, articleHref, entityClass, entityHref, formatDate, formatInterval, plural, storylineHref } from '../format.js'
import { page } from '../layout.js'

/** Longest excerpt of a quote shown in the side panel. */
const QUOTE_EXCERPT_CHARS = 140
const SAFE_URL_RE = /^https?:\/\//i

export interface VersionDiff {
  readonly from: ArticleSummary
  readonly to: ArticleSummary
  readonly ops: readonly DiffOp[]
}

export interface ArticlePageData {
  readonly article: StoredArticle
  readonly storyline: StorylineSummary | null
  /** Every version at the article's URL, oldest first (may be just this one). */
  readonly versions: readonly ArticleSummary[]
  /** Changes between consecutive versions, oldest first. */
  readonly diffs: readonly VersionDiff[]
}

/** Only web links become hrefs; anything else (javascript:, data:) is shown as text. */
function externalLink(url: string | null, label: string): SafeHtml {
  return url && SAFE_URL_RE.test(url) ? html`<a href="${url}" rel="noopener noreferrer">${label}</a>` : html`${label}`
}

function excerpt(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`
}

/** A link to the sentence holding `span`, wrapping `label`; plain label when sentences are unknown. */
function toSentence(doc: Doc, span: Span, label: SafeHtml | string): SafeHtml {
  const s = sentenceAt(doc, span.start)
  return s ? html`<a href="#s-${s.start}">${label}</a>` : html`${label}`
}

function sidePanel(doc: Doc): SafeHtml {
  const L = doc.layers
  const slice = (s: Span): string => doc.text.slice(s.start, s.end)
  const entities = [...(L.entities ?? [])].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
  const section = (title: string, n: number, items: SafeHtml): SafeHtml =>
    n ? html`<section><h2>${title} <span class="muted">(${n})</span></h2>${items}</section>` : html``
  return html`<aside class="panel">
${section('Entities', entities.length, html`<div class="chips">${entities.map(
    (e) => html`<a class="chip ${entityClass(e.type)}" href="${entityHref(e.id)}">${e.name}<small>${e.mentions.length}</small></a>`,
  )}</div>`)}
${section('Times', L.times?.length ?? 0, html`<ul>${(L.times ?? []).map(
    (t) => html`<li>${toSentence(doc, t, slice(t))} <span class="muted">→ ${t.from || t.to ? formatInterval(t.from, t.to) : (t.unresolved ?? t.value)}</span></li>`,
  )}</ul>`)}
${section('Quotes', L.quotes?.length ?? 0, html`<ul>${(L.quotes ?? []).map(
    (q) => html`<li><b>${q.speaker.name}</b>${q.cue ? html` <i>${q.negated ? 'not ' : ''}${slice(q.cue)}</i>` : null}${q.act !== 'says' ? html` <span class="badge">${ACT_LABELS[q.act]}</span>` : null}${
      q.via.length ? html` <span class="muted">via ${q.via.map((v) => v.name).join(', ')}</span>` : null
    }${q.enclosing.length ? html` <span class="muted">within ${q.enclosing.map((e) => `${e.source.name} ${slice(e.cue)}`).join(' › ')}</span>` : null}<br>${toSentence(doc, q, `${q.direct ? '“' : ''}${excerpt(slice(q), QUOTE_EXCERPT_CHARS)}${q.direct ? '”' : ''}`)}</li>`,
  )}</ul>`)}
${section('Claims', L.claims?.length ?? 0, html`<ul>${(L.claims ?? []).map(
    (c) => html`<li>${toSentence(doc, c, excerpt(slice(c), QUOTE_EXCERPT_CHARS))}<br><span class="badge">${c.modality}</span> <span class="muted small">${chainLabel(c.chain)}</span></li>`,
  )}</ul>`)}
${section('Events', L.events?.length ?? 0, html`<ul>${(L.events ?? []).map(
    (e) => html`<li>${toSentence(doc, e, html`<b>${e.negated ? 'not ' : ''}${e.type}</b>`)} <span class="muted">${formatInterval(e.from, e.to)}</span>${
      e.modality !== 'asserted' ? html` <span class="badge">${e.modality}</span>` : null
    }${e.actors.length ? html`<br><span class="small">${e.actors.join(', ')}${e.targets.length ? ` → ${e.targets.join(', ')}` : ''}${e.place ? ` · ${e.place}` : ''}</span>` : null}</li>`,
  )}</ul>`)}
</aside>`
}

function versionsSection(current: string, versions: readonly ArticleSummary[], diffs: readonly VersionDiff[]): SafeHtml {
  if (versions.length < 2) return html``
  return html`<h2 id="versions">Versions</h2>
<ol class="small">${versions.map(
    (v) => html`<li>${v.id === current ? html`<b>this version</b>` : html`<a href="${articleHref(v.id)}">${v.title ?? v.id}</a>`} <span class="muted">${formatDate(v.published)} · ${v.id}</span></li>`,
  )}</ol>
${diffs.map((d) => {
    const changed = d.ops.filter((o) => o.op !== 'same')
    const added = changed.filter((o) => o.op === 'added').length
    return html`<h3>${formatDate(d.from.published)} → ${formatDate(d.to.published)}: ${plural(added, 'paragraph')} added, ${changed.length - added} removed</h3>
${changed.length ? html`<ul class="diff">${changed.map((o) => html`<li class="${o.op}">${o.op === 'added' ? '+ ' : '− '}${o.text}</li>`)}</ul>` : html`<p class="muted small">Only metadata changed.</p>`}`
  })}`
}

export function renderArticle(data: ArticlePageData): string {
  const { article, storyline } = data
  const doc = article.doc
  const m = doc.meta
  const title = m.title ?? m.source
  const legend = html`<div class="legend"><span><span class="chip t-person">person</span> <span class="chip t-org">organisation</span> <span class="chip t-place">place</span> <span class="chip t-outlet">outlet</span></span>
<span><span class="tx">time</span></span><span><span class="qt">quote</span></span><span><mark class="cl">claim</mark></span></div>`
  const body = html`<p class="muted small">${storyline ? html`<a href="${storylineHref(storyline.id)}">${storyline.title}</a>` : html`<a href="/articles">Articles</a>`}</p>
<h1>${title}</h1>
<div class="meta">${m.byline ? html`<span>${m.byline}</span>` : null}<span>${m.outlet?.name ?? 'Unknown outlet'}</span><span>${formatDate(m.published)}${
    m.modified && m.modified !== m.published ? html` (updated ${formatDate(m.modified)})` : null
  }</span>${m.language ? html`<span>${m.language}</span>` : null}<span>${externalLink(m.url, m.url ? 'original' : m.source)}</span>${
    data.versions.length > 1 ? html`<span><a href="#versions">${plural(data.versions.length, 'version')}</a></span>` : null
  }</div>
<div class="grid2"><div>
${legend}
<article class="body">${renderAnnotatedBody(doc)}</article>
${m.related.length ? html`<h2>Related links <span class="muted small">(shown with the article, not part of it)</span></h2>
<ul class="related">${m.related.map((r) => html`<li>${externalLink(r.url, r.title)}${r.date ? html` <span class="muted small">${formatDate(r.date)}</span>` : null}</li>`)}</ul>` : null}
${versionsSection(article.id, data.versions, data.diffs)}
<p class="muted small">Source: ${m.source} · id ${article.id} · ingested ${formatDate(article.ingestedAt)}</p>
</div>
${sidePanel(doc)}</div>`
  return page({ title, body })
}
