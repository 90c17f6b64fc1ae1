/**
 * @module extract/article
 * Building the uniform ExtractedArticle every extractor returns: paragraphs
 * joined by a blank line with their spans, the outlet reference, and the
 * whitespace and name clean-up they all share.
 */
import { emptyMeta } from '../doc/doc.js'
import type { ArticleMeta, OutletRef, Span } from '../doc/types.js'
import { entityId } from '../util/text.js'
import { findDate } from './dates.js'
import type { ExtractedArticle } from './types.js'

/** Separator between paragraphs in an article's text. */
export const PARAGRAPH_SEPARATOR = '\n\n'

const SPACE_RE = /\s+/g

/** Collapses every whitespace run to one space and trims; NBSP and zero-width spaces count as space. */
export function collapseSpace(s: string): string {
  return s.replace(/[\u200b\u200c\u200d\ufeff]/g, '').replace(SPACE_RE, ' ').trim()
}

/** Whether a UTF-16 unit is one that the regex class \s matches. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** Length of the text without its whitespace, counted without building the stripped string. */
export function nonSpaceLength(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) if (!isSpaceCode(s.charCodeAt(i))) n++
  return n
}

/** Number of whitespace-separated words, counted without splitting the text. */
export function countWords(s: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < s.length; i++) {
    const space = isSpaceCode(s.charCodeAt(i))
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

/** Joins cleaned paragraphs (empty ones dropped) into text plus spans. */
export function assembleBody(paragraphs: readonly string[]): { text: string; paragraphs: Span[] } {
  const spans: Span[] = []
  const parts: string[] = []
  let offset = 0
  for (const p of paragraphs) {
    if (!p) continue
    if (parts.length) offset += PARAGRAPH_SEPARATOR.length
    spans.push({ start: offset, end: offset + p.length })
    parts.push(p)
    offset += p.length
  }
  return { text: parts.join(PARAGRAPH_SEPARATOR), paragraphs: spans }
}

/** The outlet as the page names it; the knowledge base canonicalises it later. */
export function outletRef(name: string | null | undefined): OutletRef | null {
  const clean = name ? collapseSpace(name) : ''
  if (!clean) return null
  const id = entityId('OUTLET', clean)
  return id === 'outlet:' ? null : { id, name: clean }
}

const BY_RE = /^(?:written\s+)?by[:\s]\s*/i
const AUTHOR_SPLIT_RE = /\s*(?:,|;|&|\||\band\b|\bund\b|\bet\b)\s+/i

/**
 * "By Ana Ruiz and Tom Bell" → "Ana Ruiz, Tom Bell": strips the "By", splits
 * on commas and conjunctions, drops duplicates and URL-like values.
 */
export function cleanByline(raw: string | readonly string[] | null | undefined): string | null {
  if (!raw) return null
  const list = typeof raw === 'string' ? [raw] : raw
  const names: string[] = []
  for (const item of list) {
    const s = collapseSpace(item).replace(BY_RE, '')
    for (const part of s.split(AUTHOR_SPLIT_RE)) {
      const name = part.replace(BY_RE, '').replace(/^[\s,.;:|-]+|[\s,;:|-]+$/g, '')
      if (!name || /^https?:|\/\//i.test(name) || name.length > 80) continue
      // "By Ana Ruiz | 6 December 2025": the date is not a name.
      const date = findDate(name)
      if (date && date.length >= name.length * 0.6) continue
      if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name)
    }
  }
  return names.length ? names.join(', ') : null
}

/** An ExtractedArticle from finished parts; meta fields not given stay unknown. */
export function makeArticle(
  source: string,
  meta: Partial<ArticleMeta>,
  body: { text: string; paragraphs: Span[] },
  method: string,
): ExtractedArticle {
  return { meta: { ...emptyMeta(source), ...meta, source }, text: body.text, paragraphs: body.paragraphs, method }
}
