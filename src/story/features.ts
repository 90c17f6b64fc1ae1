/**
 * @module story/features — what clustering compares: a TF-IDF vector of body
 * terms, an entity vector weighted by specificity, the article's event types
 * and the days it is active on. Document frequencies are running counts over
 * the originals processed so far (copies left out).
 */
import type { EntityType } from '../doc/types.js'
import type { Article } from './articles.js'
import { compareStrings, dayNumber, normalWords } from './articles.js'
import {
  FREQUENCY_MEMORY_DAYS,
  LEAD_SENTENCES,
  LEAD_TERM_WEIGHT,
  MAX_ACTIVITY_INTERVAL_DAYS,
  TERM_KEYS,
  TERMS_PER_ARTICLE,
} from './options.js'
import { STOP_WORDS } from './stopwords.js'

/** Event type left out of storyline similarity and the timeline: everybody "says" things. */
export const STATEMENT_TYPE = 'statement'

/**
 * How much one shared entity of a type says about two articles being one
 * story, before rarity: a person or organisation is specific, a place less so
 * (many stories happen in one country), other names in between.
 */
const TYPE_SPECIFICITY: Record<EntityType, number> = {
  PERSON: 1,
  ORG: 0.8,
  OTHER: 0.6,
  PLACE: 0.5,
  OUTLET: 0,
}

/** Shortest term kept: two-letter tokens are mostly abbreviations and noise. */
const MIN_TERM_LENGTH = 3

export type Vector = ReadonlyMap<string, number>

export interface Features {
  /** L2-normalised TF-IDF of body terms (top TERMS_PER_ARTICLE), lead terms weighted up: what joining compares. */
  readonly terms: Vector
  /** The same without the lead weighting: what comparing two storylines as wholes uses (cluster.ts). */
  readonly bodyTerms: Vector
  /** L2-normalised specificity-weighted entity vector. */
  readonly entities: Vector
  readonly eventTypes: ReadonlySet<string>
  /** Sorted day numbers the article is active on (see activityDays). */
  readonly days: readonly number[]
  /** Inverted-index keys: entity ids and the top terms. */
  readonly keys: readonly string[]
}

/**
 * Words of three or more characters that are not stop words. Numbers count:
 * a year, a death toll or a sum ("2013", "160") tells two events of one kind
 * apart as well as a rare word does.
 */
function contentTerms(article: Article): string[] {
  return article.words.filter(isContentTerm)
}

/** True for a normalised word that term vectors keep. */
export function isContentTerm(word: string): boolean {
  return word.length >= MIN_TERM_LENGTH && !STOP_WORDS.has(word)
}

/** End offset of the article's lead, its first LEAD_SENTENCES sentences: what the report is about, before background (0 without a sentences layer). */
export function leadEnd(article: Article): number {
  const sentences = article.doc.layers.sentences ?? []
  return sentences[Math.min(LEAD_SENTENCES, sentences.length) - 1]?.end ?? 0
}

/** Words of the article's lead. */
function leadWords(article: Article): Set<string> {
  return new Set(normalWords(article.doc.text.slice(0, leadEnd(article))))
}

function entityIds(article: Article): { id: string; type: EntityType; mentions: number }[] {
  const out: { id: string; type: EntityType; mentions: number }[] = []
  for (const e of article.doc.layers.entities ?? []) {
    if (TYPE_SPECIFICITY[e.type] > 0) out.push({ id: e.id, type: e.type, mentions: Math.max(1, e.mentions.length) })
  }
  return out
}

/**
 * Running document frequencies of terms and entity ids over the articles seen
 * so far, in processing order. Each article is counted before its features are
 * built, so weights never depend on articles that come later: the batch and
 * the incremental path see the same numbers.
 */
export class DocumentFrequencies {
  private total: number
  private readonly counts: Map<string, number>
  /** Publication day each key was last seen on (dated articles only). */
  private readonly lastSeen: Map<string, number>
  private day: number | null

  constructor(state?: DocumentFrequencyState) {
    this.total = state?.articles ?? 0
    this.day = state?.day ?? null
    this.counts = new Map()
    this.lastSeen = new Map()
    for (const [k, n, seen] of state?.counts ?? []) {
      this.counts.set(k, n)
      if (seen !== null) this.lastSeen.set(k, seen)
    }
  }

  get articles(): number {
    return this.total
  }

  observe(article: Article): void {
    if (article.day !== null && (this.day === null || article.day > this.day)) this.forget(article.day)
    const keys = new Set<string>(contentTerms(article))
    for (const e of entityIds(article)) keys.add(e.id)
    for (const k of keys) {
      this.counts.set(k, (this.counts.get(k) ?? 0) + 1)
      if (article.day !== null) this.lastSeen.set(k, Math.max(article.day, this.lastSeen.get(k) ?? article.day))
    }
    this.total++
  }

  idf(key: string): number {
    return Math.log(1 + this.total / (this.counts.get(key) ?? 1))
  }

  state(): DocumentFrequencyState {
    return { articles: this.total, day: this.day, counts: [...this.counts].map(([k, n]) => [k, n, this.lastSeen.get(k) ?? null]) }
  }

  /**
   * Moves the clock to a newer day and drops keys no article has used for
   * FREQUENCY_MEMORY_DAYS: names of stories long over. Without this the
   * table grows with every new name the stream ever carried; a name that
   * comes back is simply rare again.
   */
  private forget(day: number): void {
    this.day = day
    for (const [k, seen] of this.lastSeen) {
      if (day - seen <= FREQUENCY_MEMORY_DAYS) continue
      this.lastSeen.delete(k)
      this.counts.delete(k)
    }
  }
}

export interface DocumentFrequencyState {
  readonly articles: number
  readonly day: number | null
  /** Key, document frequency, last day seen (null: only undated articles used it). */
  readonly counts: readonly (readonly [string, number, number | null])[]
}

function normalise(v: Map<string, number>): Map<string, number> {
  let n2 = 0
  for (const x of v.values()) n2 += x * x
  if (n2 === 0) return v
  const n = Math.sqrt(n2)
  for (const [k, x] of v) v.set(k, x / n)
  return v
}

/**
 * The days an article is active on: its publication day. Only an undated
 * article falls back to the short intervals it reports, because dates a
 * report mentions reach back to earlier, different happenings ("four months
 * after the February quake") and would pull it into their storyline.
 */
function activityDays(article: Article): number[] {
  if (article.day !== null) return [article.day]
  const days = new Set<number>()
  const addInterval = (from: string | null, to: string | null): void => {
    const f = dayNumber(from)
    const t = dayNumber(to) ?? f
    if (f === null || t === null || t < f || t - f > MAX_ACTIVITY_INTERVAL_DAYS) return
    days.add(f)
    days.add(t)
  }
  for (const t of article.doc.layers.times ?? []) addInterval(t.from, t.to)
  for (const e of article.doc.layers.events ?? []) if (e.type !== STATEMENT_TYPE) addInterval(e.from, e.to)
  return [...days].sort((a, b) => a - b)
}

/** Builds an article's features against the document frequencies seen so far. */
export function articleFeatures(article: Article, df: DocumentFrequencies): Features {
  const idf = (k: string): number => df.idf(k)

  const tf = new Map<string, number>()
  for (const w of contentTerms(article)) tf.set(w, (tf.get(w) ?? 0) + 1)
  const lead = leadWords(article)
  const top = topTerms(tf, (w, n) => (1 + Math.log(n)) * idf(w) * (lead.has(w) ? LEAD_TERM_WEIGHT : 1))
  const terms = normalise(new Map(top))
  const bodyTerms = normalise(new Map(topTerms(tf, (w, n) => (1 + Math.log(n)) * idf(w))))

  const entities = new Map<string, number>()
  for (const e of entityIds(article)) {
    const w = TYPE_SPECIFICITY[e.type] * idf(e.id) * (1 + Math.log(e.mentions))
    entities.set(e.id, (entities.get(e.id) ?? 0) + w)
  }
  normalise(entities)

  const eventTypes = new Set<string>()
  for (const e of article.doc.layers.events ?? []) if (e.type !== STATEMENT_TYPE) eventTypes.add(e.type)

  const keys = [...[...entities.keys()].sort(compareStrings), ...top.slice(0, TERM_KEYS).map(([w]) => `t:${w}`)]
  return { terms, bodyTerms, entities, eventTypes, days: activityDays(article), keys }
}

/** The TERMS_PER_ARTICLE highest-weighted terms, heaviest first (ties by term). */
function topTerms(tf: ReadonlyMap<string, number>, weight: (term: string, count: number) => number): (readonly [string, number])[] {
  const scored = [...tf].map(([w, n]) => [w, weight(w, n)] as const)
  scored.sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))
  return scored.slice(0, TERMS_PER_ARTICLE)
}

/** Dot product of a sparse vector with another (iterating the smaller). */
export function dot(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let s = 0
  for (const [k, x] of small) {
    const y = large.get(k)
    if (y !== undefined) s += x * y
  }
  return s
}
