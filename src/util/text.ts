/**
 * @module util/text
 * Small text helpers every stage shares: diacritic folding, slugs, entity ids
 * and short content hashes.
 */
import { createHash } from 'node:crypto'
import type { EntityType } from '../doc/types.js'

const ASCII = /^[\x00-\x7f]*$/

/** "Erdoğan" → "Erdogan", "Türkiye" → "Turkiye"; also folds ı, ß, ø, æ, œ, đ, ł. */
export function foldDiacritics(s: string): string {
  // Plain ASCII has nothing to fold; most words are, and normalize() is the costly part.
  if (ASCII.test(s)) return s
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıİ]/g, (c) => (c === 'ı' ? 'i' : 'I'))
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE'))
    .replace(/[œŒ]/g, (c) => (c === 'œ' ? 'oe' : 'OE'))
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
}

/** Lower-case, diacritic-free, hyphen-separated: "The New York Times" → "the-new-york-times". */
export function slugify(s: string): string {
  return foldDiacritics(s)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

const TYPE_PREFIX: Record<EntityType, string> = {
  PERSON: 'person',
  ORG: 'org',
  PLACE: 'place',
  OUTLET: 'outlet',
  OTHER: 'other',
}

/** The cross-article id of an entity: "place:turkey", "outlet:the-washington-post". */
export function entityId(type: EntityType, canonicalName: string): string {
  return `${TYPE_PREFIX[type]}:${slugify(canonicalName)}`
}

/** Hex SHA-256 of the parts joined by a NUL, cut to `length` characters. */
export function contentHash(parts: readonly string[], length = 16): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, length)
}
