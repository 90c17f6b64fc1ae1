/**
 * @module story/coverage — how many articles each outlet published about a
 * storyline per day: the shape of its coverage over time. Undated articles
 * have no day to count on and are left out; an article with no known outlet
 * counts under "unknown".
 */
import type { Article } from './articles.js'
import { compareStrings } from './articles.js'
import type { CoveragePoint } from './types.js'

const UNKNOWN_OUTLET = 'unknown'
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/

export function coverage(articles: readonly Article[]): CoveragePoint[] {
  const counts = new Map<string, CoveragePoint>()
  for (const a of articles) {
    const date = ISO_DAY.exec(a.doc.meta.published ?? '')?.[0]
    if (date === undefined) continue
    const outlet = a.outlet ?? UNKNOWN_OUTLET
    const key = `${date}\u0000${outlet}`
    counts.set(key, { date, outlet, articles: (counts.get(key)?.articles ?? 0) + 1 })
  }
  return [...counts.values()].sort((a, b) => compareStrings(a.date, b.date) || compareStrings(a.outlet, b.outlet))
}
