/**
 * @module store/search-terms
 * Turns a user's search string into plain words both engines can use safely.
 * Only letters, digits and combining marks survive, so nothing a user types
 * ("foo AND (", quotes, NEAR(), column filters, NUL bytes) can reach a query
 * parser as syntax.
 */

/** Words beyond this many are ignored: longer queries add cost, not precision. */
export const MAX_QUERY_TERMS = 32

// A word starts with a letter or digit: a lone combining mark would be an empty
// token to both engines' tokenisers.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu

/** "Erdoğan AND (Türkiye" → ["Erdoğan", "AND", "Türkiye"]; "" or "(*)" → []. */
export function searchTerms(query: string): string[] {
  const terms: string[] = []
  const seen = new Set<string>()
  for (const m of query.normalize('NFC').matchAll(WORD)) {
    const key = m[0].toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    terms.push(m[0])
    if (terms.length === MAX_QUERY_TERMS) break
  }
  return terms
}
