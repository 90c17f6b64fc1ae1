/**
 * @module store/entity-queries — what an entity page shows beyond its counts,
 * read from stored annotations only (no NLP runs here):
 *
 * - the timeline: mentions and articles per publication day, counted from
 *   article_entities over every current article; and, for the most recent
 *   articles only, the sentences holding the mentions, read from each
 *   article's stored entities and sentences layers (reading every layer of
 *   a much-mentioned entity would cost a full scan per page view);
 * - co-occurring entities: those mentioned in the same current articles,
 *   ranked by shared articles, then by their mentions there.
 */
import type { Kysely } from 'kysely'
import type { Layers } from '../doc/types.js'
import { parseJson } from './rows.js'
import type { Database } from './schema.js'
import type { CoEntity, EntityDay, EntitySentence } from './types.js'

/** Articles whose sentences are read for the timeline, most recent first. */
export const SENTENCE_ARTICLES = 50
/** Sentences kept per day. */
export const SENTENCES_PER_DAY = 20
export const COOCCURRING_LIMIT = 20

/** Current articles mentioning the entity, as rows of article_entities. */
function mentioning(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('article_entities')
    .innerJoin('articles', (join) => join.onRef('articles.id', '=', 'article_entities.article_id').on('articles.superseded_by', 'is', null))
    .where('article_entities.entity_id', '=', id)
}

const dayOf = (published: string | null): string | null => (published ? published.slice(0, 10) : null)

/** The sentences of one stored article that hold a mention of `id`, each once. */
function sentencesOf(id: string, article: { id: string; title: string | null; text: string; layers: string }): EntitySentence[] {
  const layers = parseJson<Partial<Layers>>(article.layers)
  const mentions = layers.entities?.find((e) => e.id === id)?.mentions ?? []
  const sentences = layers.sentences ?? []
  const out: EntitySentence[] = []
  for (const m of mentions) {
    const s = sentences.find((x) => x.start <= m.start && m.end <= x.end) ?? { start: m.start, end: m.end }
    if (out.at(-1)?.start === s.start) continue
    out.push({ article: article.id, title: article.title, start: s.start, end: s.end, text: article.text.slice(s.start, s.end) })
  }
  return out
}

export async function entityTimeline(db: Kysely<Database>, id: string): Promise<EntityDay[]> {
  const rows = await mentioning(db, id).select(['articles.id', 'articles.published', 'article_entities.mentions']).execute()
  const days = new Map<string | null, { mentions: number; articles: number; sentences: EntitySentence[] }>()
  for (const r of rows) {
    const key = dayOf(r.published)
    const d = days.get(key) ?? { mentions: 0, articles: 0, sentences: [] }
    d.mentions += Number(r.mentions)
    d.articles++
    days.set(key, d)
  }
  const recent = await mentioning(db, id)
    .select(['articles.id', 'articles.title', 'articles.published', 'articles.text', 'articles.layers'])
    .orderBy('articles.published', 'desc')
    .orderBy('articles.id')
    .limit(SENTENCE_ARTICLES)
    .execute()
  for (const a of recent) {
    const d = days.get(dayOf(a.published))!
    d.sentences.push(...sentencesOf(id, a).slice(0, SENTENCES_PER_DAY - d.sentences.length))
  }
  return [...days]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([day, d]) => ({ day, ...d }))
}

export async function cooccurring(db: Kysely<Database>, id: string, limit = COOCCURRING_LIMIT): Promise<CoEntity[]> {
  const rows = await mentioning(db, id)
    .innerJoin('article_entities as other', (join) =>
      join.onRef('other.article_id', '=', 'article_entities.article_id').on('other.entity_id', '!=', id),
    )
    .innerJoin('entities', 'entities.id', 'other.entity_id')
    .select(['entities.id', 'entities.name', 'entities.type'])
    .select((eb) => [eb.fn.count<number>('other.article_id').as('articles'), eb.fn.sum<number>('other.mentions').as('mentions')])
    .groupBy(['entities.id', 'entities.name', 'entities.type'])
    .orderBy('articles', 'desc')
    .orderBy('mentions', 'desc')
    .orderBy('entities.id')
    .limit(limit)
    .execute()
  return rows.map((r) => ({ id: r.id, name: r.name, type: r.type, articles: Number(r.articles), mentions: Number(r.mentions) }))
}
