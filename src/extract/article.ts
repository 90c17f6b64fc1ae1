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

const BY_RE = /^(?:written\s+)?(?:by|por|par|von|di)[:\s]\s*/i
// Conjunctions need space on both sides: a "\b" would see "e" in "Ayşe" as a word.
const AUTHOR_SPLIT_RE = /\s*(?:,|;|&|\|)\s+|\s+(?:and|und|et|y|e)\s+/i
/** Job titles that follow a name in bylines: "Ana Ruiz, Senior Reporter", "Tom Bell Games Editor". */
const ROLE_RE =
  /\b(?:editor|correspondent|reporter|contributor|writer|columnist|producer|staff|author|technologist|critic|photographer|professor|analyst|journalist|redactor|redactora|periodista)s?\b/i
/** Words that qualify a job title and are not part of the name before it: "Tom Bell Senior Editor". */
const ROLE_QUALIFIER_RE =
  /(?:(?:^|\s+)(?:senior|contributing|staff|chief|deputy|executive|managing|special|political|business|games|science|foreign|national|associate|assistant|freelance|guest|digital|news|sports|tech|technology|health))+$/i
/** Lower-case words inside names: "Ana de la Cruz", "Jan van der Berg". */
const NAME_PARTICLES = new Set(['de', 'la', 'del', 'da', 'das', 'do', 'dos', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'bin', 'al', 'el', 'ten', 'ter', 'y', 'e'])
/** Widget words glued to names by profile cards: "Ana RuizProfileFollowUnfollow". */
const WIDGET_RE = /(?:Profile|Follow|Unfollow|Feed|Twitter|Email|Contact)+$/
/** Parts that are a widget label, a dateline word or a photo credit ("Getty/Reuters"), not a name. */
const NOT_NAME_RE = /^(?:email|follow|twitter|contact|share|last updated|updated|published|posted|photo|photograph|image|credit|source)\b|\//i
/** More words than this is a sentence about the author, not a name. */
const MAX_NAME_WORDS = 5

/** "By Ana Ruiz | 6 December 2025", "Ana Ruiz - Apr 16, 2015 8:02 pm": the date and what follows are not the name. */
function withoutDate(s: string): string {
  const date = findDate(s)
  return date ? s.slice(0, date.index).replace(/[\s,;:|\-–—]+$/, '') : s
}

/** One byline part made a name, or null: dates, handles, job titles and widget text cut off or refused. */
function namePart(part: string): string | null {
  let name = part.replace(BY_RE, '').replace(/^[\s,.;:|-]+|[\s,;:|-]+$/g, '')
  name = withoutDate(name).replace(/\s*@\w+.*$/, '').replace(/:.*$/, '').replace(WIDGET_RE, '').trim()
  if (!name || NOT_NAME_RE.test(name) || /[\d*#?!=<>{}[\]]/.test(name)) return null
  // "Joshua Sokol Contributing Correspondent" → "Joshua Sokol"; a bare "Games Editor" is no name.
  const role = ROLE_RE.exec(name)
  if (role) name = name.slice(0, role.index).trim().replace(ROLE_QUALIFIER_RE, '')
  // "on Deadspin", "About the": a lower-case word other than a particle makes a phrase, not a name.
  const words = name.split(/\s+/)
  if (!name || words.length > MAX_NAME_WORDS || /^\p{Ll}/u.test(words[words.length - 1]!)) return null
  if (words.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w))) return null
  return name
}

/**
 * "By Ana Ruiz and Tom Bell" → "Ana Ruiz, Tom Bell": strips the "By", splits
 * on commas and conjunctions, drops duplicates, URL-like values, dates, job
 * titles, and a longer variant of a name already given ("Ana Ruiz Reporter").
 */
export function cleanByline(raw: string | readonly string[] | null | undefined): string | null {
  if (!raw) return null
  const list = typeof raw === 'string' ? [raw] : raw
  const names: string[] = []
  for (const item of list) {
    for (const part of withoutDate(collapseSpace(item).replace(BY_RE, '')).split(AUTHOR_SPLIT_RE)) {
      const name = namePart(part)
      if (name && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name)
    }
  }
  const kept = names.filter((n) => !names.some((m) => m !== n && n.toLowerCase().startsWith(m.toLowerCase())))
  return kept.length ? kept.join(', ') : null
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
