/**
 * @module extract/html/meta
 * Page metadata from every place publishers put it: JSON-LD, Open Graph and
 * other meta tags, itemprops, <time> elements, the URL and the visible text.
 * Each field takes the first candidate, in order of trust, that passes its
 * checks (dates must be plausible and not after the fetch time).
 */
import { cleanByline, collapseSpace } from '../article.js'
import { findDate, isPlausibleDate, parseDate } from '../dates.js'
import type { DayOrder } from '../dates.js'
import { normaliseLanguageTag } from '../../util/language.js'
import { chooseTitle, decodeEntities, sharedWords } from './title.js'
import { resolveUrl } from './url.js'
import type { WalkResult } from './walk.js'

type Json = Record<string, unknown>

const ARTICLE_TYPES = /(?:^|:)(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/

const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'article.published',
  'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued',
  'dcterms.date', 'dcterms.created', 'dcterms.issued', 'sailthru.date', 'parsely-pub-date', 'article_date_original',
  'cxenseparse:recs:publishtime', 'original-publish-date', 'release_date', 'displaydate', 'dc.date.created',
]
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified', 'dc.date.modified']
const AUTHOR_KEYS = ['author', 'article:author', 'byl', 'dc.creator', 'sailthru.author', 'parsely-author', 'twitter:creator']

export interface PageMeta {
  readonly url: string | null
  readonly title: string | null
  readonly byline: string | null
  readonly outlet: string | null
  readonly published: string | null
  readonly modified: string | null
  readonly language: string | null
  readonly image: string | null
  /** Day/month order the page's own visible dates use, for numeric dates in related boxes. */
  readonly order: DayOrder
}

function flattenLd(value: unknown, out: Json[]): void {
  if (Array.isArray(value)) for (const v of value) flattenLd(v, out)
  else if (value && typeof value === 'object') {
    const obj = value as Json
    out.push(obj)
    if (obj['@graph']) flattenLd(obj['@graph'], out)
  }
}

/** A CDATA wrapper (bare or behind "//"), which XHTML-minded templates put around script text. */
const CDATA_WRAP_RE = /^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g

function ldObjects(walk: WalkResult): Json[] {
  const all: Json[] = []
  for (const text of walk.jsonLd) {
    try {
      flattenLd(JSON.parse(text.replace(CDATA_WRAP_RE, '')), all)
    } catch {
      // Broken JSON-LD is common; the other sources still apply.
    }
  }
  return all
}

function typesOf(o: Json): string[] {
  const t = o['@type']
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string')
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)

/** Names from a JSON-LD person/organisation value: "X", {name}, or a list of them. */
function names(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(names)
  if (typeof v === 'string') return v.trim() ? [v] : []
  if (v && typeof v === 'object') {
    const n = (v as Json)['name']
    return typeof n === 'string' && n.trim() ? [n] : []
  }
  return []
}

function urlOf(v: unknown): string | null {
  if (Array.isArray(v)) return urlOf(v[0])
  if (typeof v === 'string') return str(v)
  if (v && typeof v === 'object') return str((v as Json)['url']) ?? str((v as Json)['@id'])
  return null
}

/**
 * An article's JSON-LD headline; some sites put a description there and the
 * title in `name`: the one that overlaps the <title> more is the title.
 */
function ldHeadline(article: Json | null, docTitle: string | null): string | null {
  if (!article) return null
  const headline = str(article['headline'])
  const name = str(article['name'])
  if (!headline || !name || headline === name || !docTitle) return headline ?? null
  // Overlap both ways: how much of the <title> each covers, and how much of each the <title> holds.
  const overlap = (t: string): number => sharedWords(docTitle, t) + sharedWords(t, docTitle)
  return overlap(name) > overlap(headline) ? name : headline
}

function hostName(url: string | null): string | null {
  if (!url) return null
  try {
    const host = new URL(url).hostname.replace(/^www\d?\./, '')
    return host || null
  } catch {
    return null
  }
}

const MASTHEAD_HINT_RE = /(?:^|[\s_-])(?:logo|masthead|brand|site-?name|site-?title|wordmark)(?:$|[\s_-])/
/** Longer link texts are headlines or slogans, not an outlet name. */
const MAX_OUTLET_CHARS = 40

/** The outlet name the page shows in its masthead or logo link. */
function mastheadName(walk: WalkResult): string | null {
  for (const a of walk.anchors) {
    const text = collapseSpace(a.text)
    if (!text || text.length > MAX_OUTLET_CHARS) continue
    for (let f: typeof a.frame | null = a.frame; f && f !== walk.root && f.depth >= a.frame.depth - 2; f = f.parent) {
      if (MASTHEAD_HINT_RE.test(f.hint)) return text
    }
  }
  return null
}

const URL_DATE_RE = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2]|[1-9])[/-](0[1-9]|[12]\d|3[01]|[1-9])(?=[/-_.]|$)/

function dateFromUrl(url: string | null): string | null {
  const m = url ? URL_DATE_RE.exec(url) : null
  if (!m) return null
  return parseDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`)
}

const NOT_A_PICTURE_RE = /(?:^|[\s_-])(?:logo|avatar|icon|sprite|emoji|badge)(?:$|[\s_-])|\.svg(?:$|\?)/

/**
 * Without a declared image, the first picture after the headline and outside
 * navigation, ads and related boxes leads the story; logos, avatars and icons do not count.
 */
function leadPicture(walk: WalkResult): string | null {
  const h1 = walk.segments.find((s) => s.kind === 'h1' && s.owner.boilerDepth < 0)?.owner.pre ?? -1
  const img = walk.images.find((i) => i.frame.pre > h1 && i.frame.boilerDepth < 0 && !NOT_A_PICTURE_RE.test(`${i.frame.hint} ${i.src.toLowerCase()}`))
  return img?.src ?? null
}

/** Reads every metadata field; `topText` is the first visible lines near the headline, for a dateline. */
export function pageMeta(walk: WalkResult, fetchedAt: string, baseUrl: string | null, topText: readonly string[]): PageMeta {
  // Values are decoded once more: templates often escape them twice ("&amp;#8217;").
  const metaOf = (key: string): string | null => str(decodeEntities(walk.metas.find((m) => m.key === key)?.content ?? ''))
  const firstMeta = (keys: readonly string[]): string[] =>
    keys.flatMap((k) => walk.metas.filter((m) => m.key === k).map((m) => m.content))
  const ld = ldObjects(walk)
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? ld.find((o) => o['headline']) ?? null
  const ldOrg = ld.find((o) => typesOf(o).some((t) => /Organization|NewsMediaOrganization|WebSite/.test(t)))
  const itemprop = (prop: string): string | null => str(walk.itemprops.find((p) => p.prop === prop)?.text)

  const canonical = walk.links.find((l) => l.rel.split(/\s+/).includes('canonical'))?.href ?? null
  const rawUrl = canonical ?? metaOf('og:url') ?? (article ? urlOf(article['url']) ?? urlOf(article['mainEntityOfPage']) : null) ?? baseUrl
  const url = rawUrl ? resolveUrl(rawUrl, baseUrl) : null

  const outlet =
    metaOf('og:site_name') ??
    (article ? names(article['publisher'])[0] ?? null : null) ??
    (ldOrg ? str(ldOrg['name']) : null) ??
    metaOf('application-name') ??
    mastheadName(walk) ??
    hostName(url ?? baseUrl)

  const h1s = walk.segments.filter((s) => s.kind === 'h1' && s.owner.boilerDepth < 0).map((s) => s.text)
  if (!h1s.length) h1s.push(...walk.segments.filter((s) => s.kind === 'h1').map((s) => s.text))
  const title = chooseTitle({
    declared: [
      ldHeadline(article, walk.title), metaOf('dc:title'), metaOf('dc.title'), metaOf('dcterms.title'), metaOf('og:title'),
      metaOf('twitter:title'), itemprop('headline'),
    ],
    h1s,
    docTitle: walk.title,
    site: outlet,
  })

  const ldAuthors = article ? names(article['author']).concat(names(article['creator'])) : []
  const metaAuthors = firstMeta(AUTHOR_KEYS).filter((a) => !/^@|^https?:/.test(a.trim()) && a.trim().toLowerCase() !== outlet?.toLowerCase())
  const propAuthors = walk.itemprops.filter((p) => p.prop === 'author' || p.prop === 'creator').map((p) => p.text)
  const byline =
    cleanByline(ldAuthors) ??
    cleanByline(propAuthors.filter((a) => a.length < 100)) ??
    cleanByline(walk.bylines.filter((b) => b.length < 100)) ??
    cleanByline(metaAuthors)

  const plausible = (v: string | null | undefined, order: DayOrder = 'dmy'): string | null => {
    const iso = v ? parseDate(v, order) : null
    return iso && isPlausibleDate(iso, fetchedAt) ? iso : null
  }
  const firstPlausible = (vals: readonly (string | null | undefined)[], order?: DayOrder): string | null => {
    for (const v of vals) {
      const iso = plausible(v, order)
      if (iso) return iso
    }
    return null
  }

  // A visible dateline near the headline decides the page's day/month order too.
  let order: DayOrder = 'dmy'
  let visible: string | null = null
  for (const line of topText) {
    const d = findDate(line, 'dmy')
    if (!d) continue
    if (d.order) order = d.order
    if (isPlausibleDate(d.iso, fetchedAt)) {
      visible = d.iso
      break
    }
  }

  const times = walk.times
  const published = firstPlausible([
    article ? str(article['datePublished']) ?? str(article['dateCreated']) : null,
    ...firstMeta(PUBLISHED_KEYS),
    itemprop('datepublished'),
    ...times.filter((t) => t.pubdate || t.itemprop?.toLowerCase() === 'datepublished').map((t) => t.datetime ?? t.text),
    ...times.filter((t) => t.frame.boilerDepth < 0 || /date|time|publish/.test(t.frame.hint)).map((t) => t.datetime),
  ]) ?? dateFromUrl(url) ?? visible
  const modified = firstPlausible([
    article ? str(article['dateModified']) : null,
    ...firstMeta(MODIFIED_KEYS),
    itemprop('datemodified'),
    ...times.filter((t) => t.itemprop?.toLowerCase() === 'datemodified').map((t) => t.datetime ?? t.text),
  ])

  const language =
    normaliseLanguageTag(walk.lang) ??
    normaliseLanguageTag(metaOf('content-language')) ??
    normaliseLanguageTag(article ? str(article['inLanguage']) : null) ??
    normaliseLanguageTag(metaOf('og:locale')) ??
    normaliseLanguageTag(metaOf('dc.language'))

  const declaredImage = metaOf('og:image') ?? metaOf('twitter:image') ?? metaOf('twitter:image:src') ?? (article ? urlOf(article['image']) : null)
  const rawImage = declaredImage ?? leadPicture(walk)
  const image = rawImage ? resolveUrl(rawImage, url ?? baseUrl) : null

  return { url, title, byline, outlet, published, modified, language, image, order }
}
