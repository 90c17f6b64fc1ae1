/**
 * @module web/format — small formatting helpers every page shares: dates and
 * intervals, link targets, and the class names that keep entity-type and
 * claim-status colours the same on every page.
 */
import type { AttributionAct } from '../doc/types.js'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/

/** "2026-01-03" or "2026-01-03T10:00Z" → "3 Jan 2026"; anything else is shown as given. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated'
  const m = ISO_DATE_RE.exec(iso)
  if (!m) return iso
  const month = MONTHS[Number(m[2]) - 1]
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso
}

/** A closed interval of ISO dates as a reader would write it: "3 Jan 2026", "3 Jan 2026 – 5 Jan 2026". */
export function formatInterval(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return 'undated'
  if (!from || !to) return from ? `from ${formatDate(from)}` : `until ${formatDate(to)}`
  const a = from.slice(0, 10)
  const b = to.slice(0, 10)
  return a === b ? formatDate(a) : `${formatDate(a)} – ${formatDate(b)}`
}

export function articleHref(id: string, sentenceStart?: number): string {
  return `/articles/${encodeURIComponent(id)}${sentenceStart === undefined ? '' : `#s-${sentenceStart}`}`
}

export function storylineHref(id: string): string {
  return `/storylines/${encodeURIComponent(id)}`
}

export function entityHref(id: string): string {
  return `/entities/${encodeURIComponent(id)}`
}

const ENTITY_TYPES = new Set(['PERSON', 'ORG', 'PLACE', 'OUTLET'])

/** CSS class for an entity type; unknown types share the OTHER colour. */
export function entityClass(type: string): string {
  const t = type.toUpperCase()
  return `t-${ENTITY_TYPES.has(t) ? t.toLowerCase() : 'other'}`
}

/** How a quote's source holds its content, beside the quote: a belief, an intention or a stance is not something said. */
export const ACT_LABELS: Record<AttributionAct, string> = { says: 'says', believes: 'belief', intends: 'intention', stance: 'stance' }

/** Human label for an entity type. */
export function entityTypeLabel(type: string): string {
  switch (type.toUpperCase()) {
    case 'PERSON':
      return 'person'
    case 'ORG':
      return 'organisation'
    case 'PLACE':
      return 'place'
    case 'OUTLET':
      return 'outlet'
    default:
      return 'other'
  }
}

/** CSS class for a claim status ("single-source" → "st-single-source"). */
export function statusClass(status: string): string {
  return `st-${status.replace(/[^a-z-]/g, '')}`
}

/** "1 article", "3 articles". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
