/**
 * @module store/story-state
 * The story stage's persistence beyond the whole-graph save: the tracker
 * state between batches, the current articles no storyline holds yet,
 * replacing only the storylines a batch touched, and where merged storylines
 * went. Queries are written once
 * against Kysely for both engines, like the rest of the store.
 */
import type { Kysely } from 'kysely'
import { StorytraceError } from '../errors.js'
import type { StorylineMerge } from '../story/cluster.js'
import type { Storyline } from '../story/types.js'
import { TRACKER_STATE_VERSION, type TrackerState } from '../story/tracker.js'
import { chunks, parseJson, STORED_COLUMNS, storylineRow, toStoredArticle } from './rows.js'
import type { Database } from './schema.js'
import type { StoredArticle } from './types.js'

/** The one story_state row the tracker uses. */
const TRACKER = 'tracker'
/**
 * The saved tracker state; null when there is none, or when it is unreadable
 * or of another version: the caller then recomputes the storylines from the
 * articles, which is always possible, instead of failing the ingest.
 */
export async function readTrackerState(db: Kysely<Database>): Promise<TrackerState | null> {
  const row = await db.selectFrom('story_state').select('state').where('name', '=', TRACKER).executeTakeFirst()
  if (!row) return null
  try {
    const state = parseJson<TrackerState>(row.state)
    return state.version === TRACKER_STATE_VERSION ? state : null
  } catch {
    return null
  }
}

/** Saves the tracker state, or forgets it (null) when the storylines were saved without one. */
export async function writeTrackerState(trx: Kysely<Database>, state: TrackerState | null): Promise<void> {
  await trx.deleteFrom('story_state').where('name', '=', TRACKER).execute()
  if (state !== null) {
    await trx.insertInto('story_state').values({ name: TRACKER, state: JSON.stringify(state), saved_at: new Date().toISOString() }).execute()
  }
}

/** Inserts storylines with their article and entity rows; an id given twice is E_STORE. */
export async function insertStorylines(trx: Kysely<Database>, storylines: readonly Storyline[]): Promise<void> {
  const ids = new Set<string>()
  for (const s of storylines) {
    if (ids.has(s.id)) throw new StorytraceError('E_STORE', `storyline id ${s.id} appears twice in the graph`, { storyline: s.id })
    ids.add(s.id)
  }
  const articleRows: Database['storyline_articles'][] = []
  const entityRows: Database['storyline_entities'][] = []
  for (const s of storylines) {
    const articles = new Set<string>()
    s.articles.forEach((a, position) => {
      if (articles.has(a.id)) return
      articles.add(a.id)
      articleRows.push({ storyline_id: s.id, article_id: a.id, position })
    })
    const entities = new Set<string>()
    s.entities.forEach((e, position) => {
      if (entities.has(e.id)) return
      entities.add(e.id)
      entityRows.push({ storyline_id: s.id, entity_id: e.id, name: e.name, type: e.type, mentions: e.mentions, position })
    })
  }
  for (const part of chunks(storylines.map(storylineRow))) await trx.insertInto('storylines').values(part).execute()
  for (const part of chunks(articleRows)) await trx.insertInto('storyline_articles').values(part).execute()
  for (const part of chunks(entityRows)) await trx.insertInto('storyline_entities').values(part).execute()
}

/** Replaces the given storylines (same ids, new content); the others stay as they are. */
export async function replaceStorylines(trx: Kysely<Database>, storylines: readonly Storyline[]): Promise<void> {
  for (const part of chunks(storylines.map((s) => s.id))) {
    await trx.deleteFrom('storyline_entities').where('storyline_id', 'in', part).execute()
    await trx.deleteFrom('storyline_articles').where('storyline_id', 'in', part).execute()
    await trx.deleteFrom('storylines').where('id', 'in', part).execute()
  }
  await insertStorylines(trx, storylines)
}

/** Current articles that no storyline holds yet: what the next incremental update places. */
export async function unplacedArticles(db: Kysely<Database>): Promise<StoredArticle[]> {
  const rows = await db
    .selectFrom('articles')
    .select(STORED_COLUMNS)
    .where('superseded_by', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('storyline_articles').select('storyline_articles.article_id').whereRef('storyline_articles.article_id', '=', 'articles.id'))),
    )
    .orderBy('id')
    .execute()
  return rows.map(toStoredArticle)
}

/** Number of storyline members that a newer version has superseded: the placements they made are stale. */
export async function supersededMembers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('storyline_articles')
    .innerJoin('articles', 'articles.id', 'storyline_articles.article_id')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('articles.superseded_by', 'is not', null)
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/**
 * Removes storylines merged into others and records where each went. A merge
 * into a storyline that was itself merged earlier cannot happen (the older id
 * survives), but an earlier record pointing at an id merged now is moved on,
 * so every record names a storyline that exists.
 */
export async function recordMerges(trx: Kysely<Database>, merges: readonly StorylineMerge[]): Promise<void> {
  if (merges.length === 0) return
  const ids = merges.map((m) => m.from)
  for (const part of chunks(ids)) {
    await trx.deleteFrom('storyline_entities').where('storyline_id', 'in', part).execute()
    await trx.deleteFrom('storyline_articles').where('storyline_id', 'in', part).execute()
    await trx.deleteFrom('storylines').where('id', 'in', part).execute()
    await trx.deleteFrom('storyline_merges').where('id', 'in', part).execute()
  }
  const at = new Date().toISOString()
  for (const m of merges) {
    await trx.updateTable('storyline_merges').set({ merged_into: m.into }).where('merged_into', '=', m.from).execute()
  }
  for (const part of chunks(merges.map((m) => ({ id: m.from, merged_into: m.into, merged_at: at })))) {
    await trx.insertInto('storyline_merges').values(part).execute()
  }
}

/**
 * Each stored storyline id with its articles' ids, read before a whole graph
 * replaces them. An article a newer version superseded (the reason for most
 * full recomputes) counts as its current version, which the new graph holds.
 */
export async function storylineMembers(db: Kysely<Database>): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('storyline_articles').select(['storyline_id', 'article_id']).orderBy('storyline_id').orderBy('position').execute()
  const newer = new Map(
    (await db.selectFrom('articles').select(['id', 'superseded_by']).where('superseded_by', 'is not', null).execute()).map((r) => [r.id, r.superseded_by!]),
  )
  const current = (id: string): string => {
    for (let hops = 0; newer.has(id) && hops < newer.size; hops++) id = newer.get(id)!
    return id
  }
  const members = new Map<string, string[]>()
  for (const r of rows) {
    const list = members.get(r.storyline_id)
    if (list) list.push(current(r.article_id))
    else members.set(r.storyline_id, [current(r.article_id)])
  }
  return members
}

/**
 * Where the storylines of a replaced graph went in the one replacing it: an
 * id the new graph no longer has redirects to the new storyline holding most
 * of its articles (ties: the one listed first), so bookmarked links keep
 * resolving after a full recompute. An id none of whose articles is placed
 * any more has nowhere to go and is left out.
 */
export function recomputedRedirects(previous: ReadonlyMap<string, readonly string[]>, storylines: readonly Storyline[]): StorylineMerge[] {
  const home = new Map<string, number>()
  storylines.forEach((s, i) => {
    for (const a of s.articles) home.set(a.id, i)
  })
  const merges: StorylineMerge[] = []
  for (const [id, articles] of previous) {
    if (storylines.some((s) => s.id === id)) continue
    const votes = new Map<number, number>()
    for (const a of articles) {
      const i = home.get(a)
      if (i !== undefined) votes.set(i, (votes.get(i) ?? 0) + 1)
    }
    let best: number | null = null
    for (const [i, n] of votes) if (best === null || n > votes.get(best)! || (n === votes.get(best)! && i < best)) best = i
    if (best !== null) merges.push({ from: id, into: storylines[best]!.id })
  }
  return merges
}

/** The storyline a merged storyline id now lives on as; null for an id never merged. */
export async function mergedInto(db: Kysely<Database>, id: string): Promise<string | null> {
  const row = await db.selectFrom('storyline_merges').select('merged_into').where('id', '=', id).executeTakeFirst()
  return row?.merged_into ?? null
}
