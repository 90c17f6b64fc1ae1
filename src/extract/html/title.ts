/**
 * @module extract/html/title
 * Choosing the headline among what the page declares (JSON-LD headline,
 * og:title, twitter:title), its <title> and its <h1>s, and cutting the site
 * name off it. The declared title is the publisher's own statement and wins
 * when it is worded differently from the <h1>; the <h1> serves to cut
 * decoration ("Headline | Site") off the declared or document title, and to
 * restore a declared headline cut short (JSON-LD headlines are often capped at
 * 110 characters).
 */
import { collapseSpace } from '../article.js'

const TITLE_SEPARATORS_RE = /\s+[|\-–—·:»/\\]\s+|\s+::\s+/
const TRAILING_SEPARATOR_RE = /\s*(?:[|\-–—·:»/\\]|::)\s*$/
/** Titles sharing less than this share of their words are about different things. */
const MIN_SHARED_WORDS = 0.3
/** A headline of fewer words is not worth keeping without the part cut off. */
const MIN_HEADLINE_WORDS = 3

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', hellip: '…', ndash: '–', mdash: '—',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', pound: '£', euro: '€', copy: '©',
}

/**
 * Decodes character references left in attribute values and JSON-LD strings:
 * templates often escape a title twice, so "&amp;#8217;" arrives as "&#8217;".
 */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (whole, dec: string, hex: string, name: string) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole
    const code = dec ? Number(dec) : parseInt(hex, 16)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

const normalise = (s: string): string => collapseSpace(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

function words(s: string): Set<string> {
  return new Set(normalise(s).split(' ').filter(Boolean))
}

/** Share of `a`'s words that also occur in `b`. */
export function sharedWords(a: string, b: string): number {
  const wa = words(a)
  if (!wa.size) return 0
  const wb = words(b)
  let n = 0
  for (const w of wa) if (wb.has(w)) n++
  return n / wa.size
}

/**
 * "Headline | Site" → "Headline". Parts naming the site are always cut; with
 * `guessSite`, an unnamed last part is cut too when a real headline remains
 * (document titles carry the site name more often than not; declared titles rarely do).
 */
export function cleanTitle(title: string, site: string | null, guessSite = true): string {
  const t = collapseSpace(title)
  const parts = t.split(TITLE_SEPARATORS_RE)
  if (parts.length < 2) return t
  const siteKey = site ? normalise(site) : null
  const kept = parts.filter((p) => normalise(p) !== siteKey)
  if (kept.length !== parts.length && kept.length) return kept.join(' - ')
  if (!guessSite) return t
  const head = t.slice(0, t.length - parts[parts.length - 1]!.length).replace(TRAILING_SEPARATOR_RE, '')
  return head.split(/\s+/).length >= MIN_HEADLINE_WORDS ? head : t
}

export interface TitleSources {
  /** Declared titles in order of trust; empty ones are skipped. */
  readonly declared: readonly (string | null)[]
  readonly h1s: readonly string[]
  readonly docTitle: string | null
  readonly site: string | null
}

export function chooseTitle({ declared: candidates, h1s, docTitle, site }: TitleSources): string | null {
  let declared = candidates.find((c) => c)
  declared = declared ? collapseSpace(decodeEntities(declared)) : undefined
  // A site-wide default og:title ("Example News - Latest Headlines") says nothing about this page:
  // it shares no words with a <title> that an <h1> confirms.
  if (declared && docTitle && sharedWords(declared, docTitle) < MIN_SHARED_WORDS) {
    const doc = normalise(docTitle)
    if (h1s.some((h) => normalise(h).length >= 8 && doc.includes(normalise(h)))) declared = undefined
  }
  const base = declared ?? (docTitle ? collapseSpace(decodeEntities(docTitle)) : null)
  const b = base ? normalise(base) : ''
  for (const raw of h1s) {
    const h = collapseSpace(raw)
    const n = normalise(h)
    if (n.length < 8 || !b) continue
    // A declared headline cut short: the <h1> carries it whole.
    if (declared && n.startsWith(b) && n.length > b.length) return h
    // An <h1> that opens the title, or makes up most of it, is the headline without decoration;
    // one holding only the site's name sits at the end and is not.
    if (b.includes(n) && (b.startsWith(n) || n.length * 2 >= b.length)) return h
  }
  if (base) return cleanTitle(base, site, !declared)
  return h1s[0] ? collapseSpace(h1s[0]) : null
}
