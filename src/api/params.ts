/**
 * @module api/params — validation of query parameters shared by the API and
 * the web pages. Bad values are E_BAD_REQUEST (400), never silently clamped.
 */
import type { EntityType } from '../doc/types.js'
import { StorytraceError } from '../errors.js'

/** Largest page a client may ask for. */
export const MAX_LIMIT = 500
/** Page size when the client does not say. */
export const DEFAULT_LIMIT = 50

const INTEGER_RE = /^\d+$/
const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'OUTLET', 'OTHER']

function integer(name: string, raw: string, min: number, max: number): number {
  const n = INTEGER_RE.test(raw) ? Number(raw) : NaN
  if (!(n >= min && n <= max)) {
    throw new StorytraceError('E_BAD_REQUEST', `${name} must be an integer from ${min} to ${max}, got "${raw}"`, { [name]: raw })
  }
  return n
}

/** `limit`: 1..500, `fallback` when absent. */
export function parseLimit(raw: string | undefined, fallback = DEFAULT_LIMIT): number {
  return raw === undefined || raw === '' ? fallback : integer('limit', raw, 1, MAX_LIMIT)
}

/** `offset`: 0 or more, 0 when absent. */
export function parseOffset(raw: string | undefined): number {
  return raw === undefined || raw === '' ? 0 : integer('offset', raw, 0, Number.MAX_SAFE_INTEGER)
}

/** An entity type in any case ("place" → "PLACE"); null when absent. */
export function parseEntityType(raw: string | undefined): EntityType | null {
  if (raw === undefined || raw === '') return null
  const t = raw.toUpperCase() as EntityType
  if (!ENTITY_TYPES.includes(t)) {
    throw new StorytraceError('E_BAD_REQUEST', `type must be one of ${ENTITY_TYPES.join(', ')}, got "${raw}"`, { type: raw })
  }
  return t
}

/** A non-empty search query (trimmed). */
export function parseQuery(raw: string | undefined): string {
  const q = raw?.trim() ?? ''
  if (!q) throw new StorytraceError('E_BAD_REQUEST', 'q (the search query) is required', {})
  return q
}
