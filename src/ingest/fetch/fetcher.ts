/**
 * @module ingest/fetch/fetcher
 * The polite fetcher: robots.txt (cached per host for a day, Crawl-delay honoured), at
 * least one second between requests to one host, conditional requests from
 * the validators stored for a URL (a 304 means "unchanged": nothing is
 * re-extracted), capped redirects with every hop checked again (scheme,
 * address, robots.txt), timeouts and a size cap. Every refusal is a
 * StorytraceError with its own code. One fetcher lives as long as its
 * caller's session (a whole `watch`, not one poll), so robots.txt is not
 * re-read and a host's pacing does not start over with every poll.
 */
import robotsParserModule from 'robots-parser'
import { StorytraceError } from '../../errors.js'
import type { InputItem } from '../types.js'
import { HostPacer } from './host-pacer.js'
import { httpGet, type HttpResponse } from './http.js'

export const USER_AGENT = 'storytrace/0.1 (self-hosted news reader; +https://github.com/storytrace/storytrace)'
/** The product token robots.txt groups are matched against. */
const ROBOTS_AGENT = 'storytrace'

/** What is remembered about a URL between fetches, for conditional requests. */
export interface FetchState {
  readonly url: string
  readonly etag: string | null
  readonly lastModified: string | null
  readonly fetchedAt: string
}

/** Where the fetcher keeps validators (the store, or a Map in a test). */
export interface FetchStateStore {
  getFetchState(url: string): Promise<FetchState | null>
  putFetchState(state: FetchState): Promise<void>
}

export interface FetcherOptions {
  /** Connect to private, loopback, link-local and unspecified addresses too. */
  readonly allowPrivate?: boolean
  readonly userAgent?: string
  /** Least gap between two requests to one host; robots.txt Crawl-delay may raise it. */
  readonly minDelayMs?: number
  readonly connectTimeoutMs?: number
  readonly timeoutMs?: number
  readonly maxBytes?: number
  readonly maxRedirects?: number
  /** How long a host's robots.txt is trusted before it is read again. */
  readonly robotsMaxAgeMs?: number
  readonly state?: FetchStateStore
}

export type FetchOutcome =
  | { readonly status: 'fetched'; readonly item: InputItem; readonly state: FetchState }
  | { readonly status: 'unchanged'; readonly url: string }

interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined
  getCrawlDelay(ua?: string): number | undefined
  /** Set when robots.txt answered a server error: nothing on the host is fetched. */
  readonly unavailable?: number
}

/** robots-parser is CommonJS exporting one function; its typings describe an ES default export. */
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => Robots

/** Robots rules for a host whose robots.txt could not be read because it is absent: everything allowed. */
const ALLOW_ALL: Robots = { isAllowed: () => true, getCrawlDelay: () => undefined }

const DEFAULTS = {
  minDelayMs: 1000,
  connectTimeoutMs: 10_000,
  timeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  // What the major crawlers use: robots.txt rarely changes within a day.
  robotsMaxAgeMs: 24 * 3_600_000,
}

function formatOf(contentType: string | null): InputItem['format'] {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html'
  if (type === 'text/plain') return 'text'
  if (type === 'application/feed+json' || type === 'application/json') return 'json'
  if (/^application\/(?:rss|atom)\+xml$/.test(type)) return 'feed'
  return null
}

function header(res: HttpResponse, name: string): string | null {
  const v = res.headers[name]
  return (Array.isArray(v) ? v[0] : v) ?? null
}

export class Fetcher {
  private readonly pacer = new HostPacer()
  /** robots.txt per origin, with when it was asked for. */
  private readonly robots = new Map<string, { readonly rules: Promise<Robots>; readonly at: number }>()
  private readonly opts: Required<Omit<FetcherOptions, 'state'>> & { state?: FetchStateStore }

  constructor(options: FetcherOptions = {}) {
    this.opts = {
      allowPrivate: options.allowPrivate ?? false,
      userAgent: options.userAgent ?? USER_AGENT,
      minDelayMs: options.minDelayMs ?? DEFAULTS.minDelayMs,
      connectTimeoutMs: options.connectTimeoutMs ?? DEFAULTS.connectTimeoutMs,
      timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
      maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
      maxRedirects: options.maxRedirects ?? DEFAULTS.maxRedirects,
      robotsMaxAgeMs: options.robotsMaxAgeMs ?? DEFAULTS.robotsMaxAgeMs,
      ...(options.state ? { state: options.state } : {}),
    }
  }

  /** Fetches a page, feed or sitemap; throws a StorytraceError when it cannot or may not. */
  async fetch(url: string): Promise<FetchOutcome> {
    let target: URL
    try {
      target = new URL(url)
    } catch {
      throw new StorytraceError('E_FETCH', `not a URL: ${url}`, { url })
    }
    // Validators are kept under the URL as asked for (normalised), whatever it redirects to.
    const key = target.href
    const known = (await this.opts.state?.getFetchState(key)) ?? null
    const conditional: Record<string, string> = {}
    if (known?.etag) conditional['if-none-match'] = known.etag
    if (known?.lastModified) conditional['if-modified-since'] = known.lastModified

    for (let hop = 0; hop <= this.opts.maxRedirects; hop++) {
      const res = await this.request(target, hop === 0 ? conditional : {})
      if (res.status === 304) return { status: 'unchanged', url: target.href }
      const location = res.status >= 300 && res.status < 400 ? header(res, 'location') : null
      if (location) {
        target = new URL(location, target)
        continue
      }
      if (res.status < 200 || res.status >= 300) {
        throw new StorytraceError('E_FETCH', `${target.href} answered HTTP ${res.status}`, { url: target.href, status: res.status })
      }
      if (res.bytes.length === 0) throw new StorytraceError('E_INPUT_EMPTY', `${target.href} returned an empty body`, { url: target.href })
      const fetchedAt = new Date().toISOString()
      const contentType = header(res, 'content-type')
      const item: InputItem = { source: url, bytes: res.bytes, format: formatOf(contentType), contentType, fetchedAt }
      const state: FetchState = { url: key, etag: header(res, 'etag'), lastModified: header(res, 'last-modified'), fetchedAt }
      return { status: 'fetched', item, state }
    }
    throw new StorytraceError('E_FETCH', `${url} redirects more than ${this.opts.maxRedirects} times`, { url })
  }

  /** One hop: robots.txt check, the host's turn, then the request. */
  private async request(url: URL, extra: Record<string, string>): Promise<HttpResponse> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new StorytraceError('E_FETCH', `only http and https URLs are fetched, not ${url.href}`, { url: url.href })
    }
    const robots = await this.robotsFor(url)
    if (robots.unavailable) {
      throw new StorytraceError('E_ROBOTS', `${url.origin}/robots.txt answered HTTP ${robots.unavailable}; nothing on the site is fetched until it can be read`, { url: url.href })
    }
    if (robots.isAllowed(url.href, ROBOTS_AGENT) === false) {
      throw new StorytraceError('E_ROBOTS', `${url.origin}/robots.txt disallows ${url.href}`, { url: url.href })
    }
    return this.pacer.turn(url.host, this.intervalFor(robots), () => this.get(url, extra))
  }

  private intervalFor(robots: Robots): number {
    const crawlDelay = robots.getCrawlDelay(ROBOTS_AGENT)
    return Math.max(this.opts.minDelayMs, crawlDelay ? crawlDelay * 1000 : 0)
  }

  private get(url: URL, extra: Record<string, string>): Promise<HttpResponse> {
    return httpGet(url, {
      headers: { 'user-agent': this.opts.userAgent, ...extra },
      allowPrivate: this.opts.allowPrivate,
      connectTimeoutMs: this.opts.connectTimeoutMs,
      totalTimeoutMs: this.opts.timeoutMs,
      maxBytes: this.opts.maxBytes,
    })
  }

  private robotsFor(url: URL): Promise<Robots> {
    const cached = this.robots.get(url.origin)
    if (cached && Date.now() - cached.at < this.opts.robotsMaxAgeMs) return cached.rules
    const entry = { rules: this.loadRobots(url), at: Date.now() }
    this.robots.set(url.origin, entry)
    // A robots.txt that could not be fetched at all (timeout, refused) is asked for again next time.
    entry.rules.catch(() => {
      if (this.robots.get(url.origin) === entry) this.robots.delete(url.origin)
    })
    return entry.rules
  }

  /**
   * robots.txt as the major crawlers read it: absent (4xx, or a redirect we do
   * not follow) means everything is allowed; a server error means nothing is,
   * since the site may be down or overloaded.
   */
  private async loadRobots(url: URL): Promise<Robots> {
    const robotsUrl = new URL('/robots.txt', url.origin)
    const res = await this.pacer.turn(url.host, this.opts.minDelayMs, () => this.get(robotsUrl, {}))
    if (res.status >= 500) {
      return { ...ALLOW_ALL, unavailable: res.status }
    }
    if (res.status !== 200) return ALLOW_ALL
    return robotsParser(robotsUrl.href, Buffer.from(res.bytes).toString('utf8'))
  }
}
