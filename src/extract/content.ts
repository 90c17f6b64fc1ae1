/**
 * @module extract/content
 * The body of a feed item or JSON record, which may be HTML markup or plain
 * text: markup is walked as a fragment (all of it is article), plain text is
 * split on blank lines (or on single line breaks when it has no blank line).
 */
import type { Span } from '../doc/types.js'
import { assembleBody, collapseSpace } from './article.js'
import { fragmentParagraphs } from './html/extract.js'

const MARKUP_RE = /<(?:p|div|br|span|a|em|strong|b|i|h[1-6]|ul|ol|li|blockquote|figure|img|section|article|table)\b[^>]*>/i

export function looksLikeMarkup(s: string): boolean {
  return MARKUP_RE.test(s)
}

/** Paragraphs of a text or HTML body, assembled into text and spans. */
export function bodyFromContent(content: string): { text: string; paragraphs: Span[] } {
  if (looksLikeMarkup(content)) return assembleBody(fragmentParagraphs(content))
  const normalised = content.replace(/\r\n?/g, '\n').trim()
  const blocks = /\n[ \t]*\n/.test(normalised) ? normalised.split(/\n[ \t]*\n/) : normalised.split('\n')
  return assembleBody(blocks.map(collapseSpace))
}
