/**
 * @module extract/html/extract
 * HTML page → ExtractedArticle: walk the parse events once, then
 * read metadata, related boxes and the body from the walk.
 */
import { StorytraceError } from '../../errors.js'
import { assembleBody, countWords, makeArticle, nonSpaceLength, outletRef } from '../article.js'
import { detectLanguage } from '../../util/language.js'
import type { ExtractedArticle } from '../types.js'
import { allParagraphs, bodyParagraphs } from './body.js'
import { pageMeta } from './meta.js'
import { relatedBoxes, relatedLinks } from './related.js'
import { walkHtml } from './walk.js'
import type { WalkResult } from './walk.js'

/** Lines after the headline searched for a visible dateline. */
const DATELINE_WINDOW = 12
/** Lines longer than this are prose, not a dateline. */
const MAX_DATELINE_CHARS = 120

export interface HtmlOptions {
  /** When the page was read; no date may be later. Defaults to now. */
  readonly fetchedAt?: string
  /** The address the page came from, for relative links and when it declares none. */
  readonly url?: string | null
}

function topLines(walk: WalkResult): string[] {
  const segs = walk.segments
  const h1 = segs.findIndex((s) => s.kind === 'h1')
  const from = Math.max(0, h1 - 2)
  return segs
    .slice(from, from + DATELINE_WINDOW)
    .map((s) => s.text)
    .filter((t) => t.length <= MAX_DATELINE_CHARS)
}

/**
 * Fewer words than this is a truncated page, an error stub or a bare link, not
 * an article: reporting it keeps such fragments out of storylines.
 */
const MIN_BODY_WORDS = 5
/** Chinese and Japanese write without spaces: a body of one "word" is an article when it is this long. */
const MIN_BODY_CHARS = 25

/** Extracts one article from a full page; throws E_EXTRACT_NO_BODY when no body text remains. */
export function extractHtml(html: string, source: string, options: HtmlOptions = {}): ExtractedArticle {
  const fetchedAt = options.fetchedAt ?? new Date().toISOString()
  const baseUrl = options.url ?? (/^https?:\/\//i.test(source) ? source : null)
  const walk = walkHtml(html)
  const meta = pageMeta(walk, fetchedAt, baseUrl, topLines(walk))
  const boxes = relatedBoxes(walk)
  const related = relatedLinks(walk, boxes, meta.url ?? baseUrl, meta.order)
  const body = assembleBody(bodyParagraphs(walk, boxes))
  const words = countWords(body.text)
  if (words < MIN_BODY_WORDS && nonSpaceLength(body.text) < MIN_BODY_CHARS) {
    const found = words ? ` (only ${words} word${words === 1 ? '' : 's'}: a fragment, not an article)` : ''
    throw new StorytraceError('E_EXTRACT_NO_BODY', `no article text found in ${source}${found}`, { source, words })
  }
  return makeArticle(
    source,
    {
      url: meta.url,
      title: meta.title,
      byline: meta.byline,
      outlet: outletRef(meta.outlet),
      published: meta.published,
      modified: meta.modified,
      language: meta.language ?? detectLanguage(body.text),
      related,
      image: meta.image,
    },
    body,
    'html.main',
  )
}

/** Paragraphs of an HTML fragment that holds only article text (a feed item's content, a JSON body). */
export function fragmentParagraphs(html: string): string[] {
  return allParagraphs(walkHtml(html))
}
