/**
 * @module ingest/feed-links
 * The link of every item of a feed, in the order extraction numbers them
 * (`feed#item-N`). Extraction reports an item without content as a failure;
 * the ingest batch fetches that item's page instead, whether the feed was
 * fetched or read from a file, and needs its link for that - or, when there
 * is none it can fetch, the reason to report.
 */
import { Parser } from 'htmlparser2'

/** Item links of an RSS, RDF or Atom feed (null where an item has none). */
function xmlFeedLinks(xml: string): (string | null)[] {
  const links: (string | null)[] = []
  let inItem = false
  let link: string | null = null
  let guid: string | null = null
  let field: 'link' | 'guid' | null = null
  let text = ''
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = name.toLowerCase()
        if (tag === 'item' || tag === 'entry') {
          inItem = true
          link = guid = null
        } else if (inItem && tag === 'link') {
          // Atom: <link rel="alternate" href="…"/>; RSS: <link>…</link>.
          const rel = attrs['rel'] ?? 'alternate'
          if (attrs['href'] && rel === 'alternate' && !link) link = attrs['href']
          else if (!attrs['href']) field = 'link'
          text = ''
        } else if (inItem && tag === 'guid' && attrs['ispermalink'] !== 'false' && attrs['isPermaLink'] !== 'false') {
          field = 'guid'
          text = ''
        }
      },
      ontext(t) {
        if (field) text += t
      },
      onclosetag(name) {
        const tag = name.toLowerCase()
        if (field && tag === field) {
          if (field === 'link' && !link) link = text.trim() || null
          if (field === 'guid') guid = text.trim() || null
          field = null
        } else if (tag === 'item' || tag === 'entry') {
          inItem = false
          links.push(link ?? (guid && /^https?:\/\//i.test(guid) ? guid : null))
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  )
  parser.end(xml)
  return links
}

/** Item URLs of a JSON Feed. */
function jsonFeedLinks(text: string): (string | null)[] {
  try {
    const feed = JSON.parse(text) as { items?: unknown }
    if (!Array.isArray(feed.items)) return []
    return feed.items.map((item: { url?: unknown; external_url?: unknown } | null) => {
      const url = item?.url ?? item?.external_url
      return typeof url === 'string' && url.trim() ? url.trim() : null
    })
  } catch {
    return []
  }
}

/** Where an item's page is, or why it cannot be fetched (completing "feed item N has no content and …"). */
export type FeedItemLink = { readonly url: string } | { readonly unfetchable: string }

/**
 * Links of every item, resolved against the feed's own URL; a feed read from
 * a file (feedUrl null) has none, so only its absolute links can be fetched.
 */
export function feedItemLinks(text: string, feedUrl: string | null): FeedItemLink[] {
  const raw = text.trimStart().startsWith('{') ? jsonFeedLinks(text) : xmlFeedLinks(text)
  return raw.map((link) => {
    if (!link) return { unfetchable: 'no link to its page' }
    let url: URL
    try {
      url = feedUrl === null ? new URL(link) : new URL(link, feedUrl)
    } catch {
      const why = feedUrl === null && !/^[a-z][a-z0-9+.-]*:/i.test(link) ? 'is relative, and a feed read from a file has no address to resolve it against' : 'is not a URL'
      return { unfetchable: `its link "${link}" ${why}` }
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return { unfetchable: `its link ${url.href} is not an http(s) URL` }
    }
    return { url: url.href }
  })
}
