/**
 * @module extract/feed
 * RSS 2.0, Atom and JSON Feed files: one article per item, sourced
 * "path#item-N" (1-based). An item's full content (content:encoded, Atom
 * content, content_html) is preferred to its summary; the feed's title is
 * the outlet and its language the default language.
 */
import { DOMParser } from 'linkedom'
import type { ArticleMeta } from '../doc/types.js'
import { StorytraceError } from '../errors.js'
import type { InputFailure } from '../ingest/types.js'
import { cleanByline, collapseSpace, makeArticle, outletRef } from './article.js'
import { bodyFromContent } from './content.js'
import { isPlausibleDate, parseDate } from './dates.js'
import { detectLanguage, normaliseLanguageTag } from '../util/language.js'
import type { ExtractedArticle } from './types.js'

export interface ItemsResult {
  articles: ExtractedArticle[]
  failures: InputFailure[]
}

/** One feed entry before it becomes an article. */
interface Entry {
  readonly title: string | null
  readonly url: string | null
  readonly content: string
  readonly published: string | null
  readonly modified: string | null
  readonly authors: readonly string[]
  readonly language: string | null
  readonly image: string | null
}

interface Channel {
  readonly outlet: string | null
  readonly language: string | null
}

/** Minimal element view over linkedom's XML nodes. */
interface El {
  readonly tagName: string
  readonly textContent: string | null
  readonly innerHTML: string
  readonly children: ArrayLike<El>
  getAttribute(name: string): string | null
}

const kids = (el: El, name: string): El[] => Array.from(el.children).filter((c) => c.tagName.toLowerCase() === name)
const kid = (el: El, name: string): El | undefined => kids(el, name)[0]
const textOf = (el: El | undefined): string | null => {
  const t = el?.textContent?.trim()
  return t ? t : null
}
/** Atom xhtml content keeps its markup; everything else is text (possibly escaped HTML). */
const contentOf = (el: El | undefined): string => (!el ? '' : el.children.length ? el.innerHTML : (el.textContent ?? ''))

/** "editor@example.com (Ana Ruiz)" → "Ana Ruiz". */
function rssAuthor(s: string | null): string | null {
  if (!s) return null
  const m = /\(([^)]+)\)/.exec(s)
  if (m) return m[1]!
  return /@/.test(s) ? null : s
}

function longest(...values: string[]): string {
  return values.reduce((a, b) => (b.trim().length > a.trim().length ? b : a), '')
}

function rssEntries(channel: El): Entry[] {
  return kids(channel, 'item').map((item) => ({
    title: textOf(kid(item, 'title')),
    url: textOf(kid(item, 'link')) ?? (kid(item, 'guid')?.getAttribute('ispermalink') !== 'false' ? textOf(kid(item, 'guid')) : null),
    content: longest(contentOf(kid(item, 'content:encoded')), contentOf(kid(item, 'description'))),
    published: textOf(kid(item, 'pubdate')) ?? textOf(kid(item, 'dc:date')),
    modified: null,
    authors: [rssAuthor(textOf(kid(item, 'dc:creator'))), rssAuthor(textOf(kid(item, 'author')))].filter((a): a is string => !!a),
    language: null,
    image: kid(item, 'enclosure')?.getAttribute('url') ?? kid(item, 'media:content')?.getAttribute('url') ?? null,
  }))
}

function atomLink(entry: El): string | null {
  const links = kids(entry, 'link')
  const alt = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0]
  return alt?.getAttribute('href') ?? null
}

function atomEntries(feed: El): Entry[] {
  return kids(feed, 'entry').map((entry) => ({
    title: textOf(kid(entry, 'title')),
    url: atomLink(entry),
    content: longest(contentOf(kid(entry, 'content')), contentOf(kid(entry, 'summary'))),
    published: textOf(kid(entry, 'published')) ?? textOf(kid(entry, 'updated')),
    modified: textOf(kid(entry, 'updated')),
    authors: kids(entry, 'author').map((a) => textOf(kid(a, 'name'))).filter((a): a is string => !!a),
    language: entry.getAttribute('xml:lang'),
    image: null,
  }))
}

type Json = Record<string, unknown>
const jstr = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null)

export function isJsonFeed(value: unknown): value is Json {
  return !!value && typeof value === 'object' && /jsonfeed\.org/.test(String((value as Json)['version'] ?? '')) && Array.isArray((value as Json)['items'])
}

function jsonFeedEntries(feed: Json): Entry[] {
  const feedAuthors = (feed['authors'] ?? (feed['author'] ? [feed['author']] : [])) as unknown[]
  return (feed['items'] as unknown[]).map((raw) => {
    const item = (raw && typeof raw === 'object' ? raw : {}) as Json
    const authors = (item['authors'] ?? (item['author'] ? [item['author']] : feedAuthors)) as unknown[]
    return {
      title: jstr(item['title']),
      url: jstr(item['url']) ?? jstr(item['external_url']),
      content: jstr(item['content_html']) ?? jstr(item['content_text']) ?? jstr(item['summary']) ?? '',
      published: jstr(item['date_published']),
      modified: jstr(item['date_modified']),
      authors: (Array.isArray(authors) ? authors : []).map((a) => jstr((a as Json | null)?.['name'])).filter((a): a is string => !!a),
      language: jstr(item['language']),
      image: jstr(item['image']) ?? jstr(item['banner_image']),
    }
  })
}

function toArticles(entries: Entry[], channel: Channel, source: string, fetchedAt: string, method: string, fallbackDate: string | null): ItemsResult {
  const result: ItemsResult = { articles: [], failures: [] }
  const date = (v: string | null): string | null => {
    const iso = v ? parseDate(v) : null
    return iso && isPlausibleDate(iso, fetchedAt) ? iso : null
  }
  entries.forEach((e, i) => {
    const itemSource = `${source}#item-${i + 1}`
    const body = bodyFromContent(e.content)
    if (!body.text) {
      const error = new StorytraceError('E_EXTRACT_NO_BODY', `feed item ${i + 1} has no content`, { source: itemSource })
      result.failures.push({ source: itemSource, error })
      return
    }
    const meta: Partial<ArticleMeta> = {
      url: e.url,
      title: e.title ? collapseSpace(e.title) : null,
      byline: cleanByline(e.authors),
      outlet: outletRef(channel.outlet),
      published: date(e.published) ?? fallbackDate,
      modified: date(e.modified),
      language: normaliseLanguageTag(e.language) ?? channel.language ?? detectLanguage(body.text),
      image: e.image,
    }
    result.articles.push(makeArticle(itemSource, meta, body, method))
  })
  return result
}

/** RSS or Atom XML; throws E_INPUT_FORMAT when the document is neither. */
export function extractXmlFeed(xml: string, source: string, fetchedAt: string, fallbackDate: string | null): ItemsResult {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: El | null }
  const root = doc.documentElement
  const tag = root?.tagName.toLowerCase()
  if (root && (tag === 'rss' || tag === 'rdf:rdf')) {
    const channel = kid(root, 'channel') ?? root
    const info = { outlet: textOf(kid(channel, 'title')), language: normaliseLanguageTag(textOf(kid(channel, 'language'))) }
    // RSS 1.0 (RDF) puts items beside the channel, not inside it.
    const entries = rssEntries(channel).concat(tag === 'rdf:rdf' ? rssEntries(root) : [])
    return toArticles(entries, info, source, fetchedAt, 'feed.rss', fallbackDate)
  }
  if (root && tag === 'feed') {
    const info = { outlet: textOf(kid(root, 'title')), language: normaliseLanguageTag(root.getAttribute('xml:lang')) }
    return toArticles(atomEntries(root), info, source, fetchedAt, 'feed.atom', fallbackDate)
  }
  throw new StorytraceError('E_INPUT_FORMAT', `not an RSS or Atom feed (root element <${tag ?? 'none'}>)`, { source })
}

export function extractJsonFeed(feed: Json, source: string, fetchedAt: string, fallbackDate: string | null): ItemsResult {
  const info = { outlet: jstr(feed['title']), language: normaliseLanguageTag(jstr(feed['language'])) }
  return toArticles(jsonFeedEntries(feed), info, source, fetchedAt, 'feed.json', fallbackDate)
}
