/**
 * @module extract/text
 * Plain-text articles by the project's convention: a title line, header lines
 * (byline, outlet, date) up to the first blank line, body paragraphs, and an
 * optional footer of related headlines with dates. Numeric footer dates are
 * read in the day/month order of the article's own date line. Also raw mode,
 * where the file is the body verbatim and offsets index the file.
 */
import type { RelatedLink, Span } from '../doc/types.js'
import { assembleBody, cleanByline, collapseSpace, makeArticle, outletRef } from './article.js'
import { findDate, isPlausibleDate } from './dates.js'
import type { DayOrder } from './dates.js'
import { detectLanguage } from '../util/language.js'
import { RELATED_HEADING_RE } from './html/related.js'
import type { ExtractedArticle } from './types.js'

/** Header lines longer than this (or ending a sentence with many words) are the body starting early. */
const MAX_HEADER_CHARS = 90
const BYLINE_RE = /^(?:by|por|written by)\s+\S/i
const OUTLET_PREFIX_RE = /^(?:source|outlet|publisher|fuente|medio)\s*:\s*/i
/** A line that is a date with little else ("Updated: 3 January 2026 14:20"). */
const DATE_LABEL_RE = /^(?:published|updated|posted|date|publicado|actualizado|fecha)\s*:?\s*/i
/** Share of a header line the date must cover to be the date line. */
const MIN_DATE_SHARE = 0.6

/** Spans of blank-line separated blocks, each trimmed of surrounding whitespace. */
export function blockSpans(text: string, from = 0, to = text.length): Span[] {
  const spans: Span[] = []
  const re = /\S(?:[^\n]|\n(?![ \t\r]*\n))*/g
  re.lastIndex = from
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let end = Math.min(m.index + m[0].length, to)
    while (end > m.index && /\s/.test(text[end - 1]!)) end--
    spans.push({ start: m.index, end })
  }
  return spans
}

/** Raw mode: the body is the text verbatim, paragraphs point into it. */
export function extractRaw(text: string, source: string, published: string | null): ExtractedArticle {
  return makeArticle(
    source,
    { published, language: detectLanguage(text) },
    { text, paragraphs: blockSpans(text) },
    'text.raw',
  )
}

interface HeaderInfo {
  byline: string | null
  outlet: string | null
  published: string | null
  order: DayOrder | null
}

/** The date of a header line when the line is mostly that date. */
function dateLine(line: string, fetchedAt: string): { iso: string; order: DayOrder | null } | null {
  const bare = line.replace(DATE_LABEL_RE, '')
  const d = findDate(bare, 'dmy')
  if (!d || d.length < bare.trim().length * MIN_DATE_SHARE) return null
  return isPlausibleDate(d.iso, fetchedAt) ? { iso: d.iso, order: d.order } : null
}

function isProse(line: string): boolean {
  return line.length > MAX_HEADER_CHARS || (/[.!?]["”’]?$/.test(line) && line.split(/\s+/).length > 8)
}

/** A footer line "Headline (04/02/2026)" or "- Headline — 2 Feb 2026" as a related link. */
function footerLink(line: string, order: DayOrder): RelatedLink | null {
  const bare = line.replace(/^\s*(?:[-*•·–—]|\d+[.)])\s+/, '')
  const d = findDate(bare, order)
  let title = bare
  let date: string | null = null
  if (d) {
    date = d.iso.slice(0, 10)
    title = bare.slice(0, d.index) + bare.slice(d.index + d.length)
  }
  const url = /https?:\/\/\S+/.exec(title)?.[0] ?? null
  if (url) title = title.replace(url, '')
  title = collapseSpace(title.replace(/\(\s*\)|\[\s*\]/g, '')).replace(/^[\s\-–—|:,(]+|[\s\-–—|:,(]+$/g, '')
  return title ? { title, url, date } : null
}

/**
 * Reads a plain-text article. The header ends at the first blank line; a
 * header line that reads like prose starts the body instead.
 */
export function extractText(text: string, source: string, fetchedAt: string, published: string | null): ExtractedArticle | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  let i = 0
  while (i < lines.length && !lines[i]!.trim()) i++
  const title = collapseSpace(lines[i] ?? '') || null
  i++
  const header: HeaderInfo = { byline: null, outlet: null, published: null, order: null }
  for (; i < lines.length && lines[i]!.trim(); i++) {
    const line = collapseSpace(lines[i]!)
    if (isProse(line)) break
    if (BYLINE_RE.test(line) && !header.byline) {
      header.byline = cleanByline(line)
      continue
    }
    const d = header.published ? null : dateLine(line, fetchedAt)
    if (d) {
      header.published = d.iso
      header.order = d.order
      continue
    }
    if (!header.outlet) header.outlet = line.replace(OUTLET_PREFIX_RE, '')
  }

  const order: DayOrder = header.order ?? 'dmy'
  const bodyLines: string[] = []
  const related: RelatedLink[] = []
  let inFooter = false
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (!inFooter && line.length <= 40 && RELATED_HEADING_RE.test(line)) {
      inFooter = true
      continue
    }
    if (!inFooter) bodyLines.push(lines[i]!)
    else if (line) {
      const link = footerLink(line, order)
      if (link) related.push(link)
    }
  }
  const paragraphs = bodyLines
    .join('\n')
    .split(/\n[ \t]*\n/)
    .map(collapseSpace)
  const body = assembleBody(paragraphs)
  if (!body.text) return null
  return makeArticle(
    source,
    {
      title,
      byline: header.byline,
      outlet: outletRef(header.outlet),
      published: header.published ?? published,
      language: detectLanguage(body.text),
      related,
    },
    body,
    'text.lines',
  )
}
