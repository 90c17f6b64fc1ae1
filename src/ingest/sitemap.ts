/**
 * @module ingest/sitemap
 * XML sitemaps (sitemaps.org) and sitemap indexes. A sitemap holds no article
 * text, only the URLs to fetch, so it is read here rather than by
 * extraction. Google News sitemap tags and `lastmod` are kept as hints: the
 * publication date becomes the fallback date of the fetched page, and
 * `lastmod` lets a re-poll skip pages fetched since they last changed.
 */
import { Parser } from 'htmlparser2'

export interface SitemapEntry {
  readonly url: string
  /** `<lastmod>` as written. */
  readonly lastmod: string | null
  /** `<news:publication_date>` as written. */
  readonly published: string | null
  /** `<news:title>`. */
  readonly title: string | null
}

export interface Sitemap {
  readonly kind: 'urlset' | 'sitemapindex'
  /** Pages (urlset) or child sitemaps (sitemapindex), in document order. */
  readonly entries: readonly SitemapEntry[]
}

/** Element names whose text is kept, by local name (any namespace prefix). */
const FIELDS = new Set(['loc', 'lastmod', 'publication_date', 'title'])

function localName(name: string): string {
  return name.slice(name.lastIndexOf(':') + 1).toLowerCase()
}

/** True when the start of a document is a sitemap's root element. */
export function looksLikeSitemap(head: string): boolean {
  return /<(?:[\w-]+:)?(?:urlset|sitemapindex)[\s>]/i.test(head.slice(0, 4096))
}

/** Parses a sitemap or sitemap index; entries without a `<loc>` are left out. */
export function parseSitemap(xml: string): Sitemap {
  let kind: Sitemap['kind'] = 'urlset'
  const entries: SitemapEntry[] = []
  let current: Record<string, string> | null = null
  let field: string | null = null
  const parser = new Parser(
    {
      onopentag(name) {
        const local = localName(name)
        if (local === 'sitemapindex') kind = 'sitemapindex'
        else if (local === 'url' || local === 'sitemap') current = {}
        else if (current && FIELDS.has(local)) field = local
      },
      ontext(text) {
        if (current && field) current[field] = (current[field] ?? '') + text
      },
      onclosetag(name) {
        const local = localName(name)
        if (local === field) field = null
        else if ((local === 'url' || local === 'sitemap') && current) {
          const url = current['loc']?.trim()
          if (url) {
            const text = (k: string): string | null => current?.[k]?.trim() || null
            entries.push({ url, lastmod: text('lastmod'), published: text('publication_date'), title: text('title') })
          }
          current = null
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  )
  parser.end(xml)
  return { kind, entries }
}
