/**
 * @module story/timeline-core — which timeline entries carry the story. A
 * storyline's reports recall history, muse about what could happen and
 * mention other countries' affairs in passing; a reader wants first the
 * events this story is made of. An entry is core when all of these hold:
 *
 * - it happened or is due: asserted, expected or reported as not having
 *   happened, not only speculated about, made conditional or asked;
 * - it is on the record: dated, or told as having happened by two or more
 *   independent articles (copies do not count); an undated plan or
 *   condition ("is preparing for talks", "if the talks fail") is not;
 * - it is news, not background: a dated event reported once that ended more
 *   than BACKGROUND_DAYS before the storyline's first article is history the
 *   article recalls ("who was awarded the Nobel Peace Prize in October");
 * - it is about this story: one of its actors, targets or place is among the
 *   storyline's key entities, or it names no participant at all (an
 *   aftershock) — an event about another place or actor only is not.
 *
 * The rest stay in the timeline with `core: false`, for "N more".
 */
import { dayNumber } from './articles.js'

/** Key entities (most salient first) whose presence makes an event part of the story. */
export const KEY_ENTITIES = 8
/** An event reported once that ended this long before the storyline began is background. */
export const BACKGROUND_DAYS = 30

const ON_RECORD_MODALITIES: ReadonlySet<string> = new Set(['asserted', 'expected', 'negated'])

export interface CoreFacts {
  readonly modality: string
  /** Last day of the event's interval, null when undated. */
  readonly endDay: number | null
  /** Articles reporting it, copies left out. */
  readonly independentArticles: number
  readonly participants: readonly string[]
}

export interface StoryFrame {
  /** Ids of the storyline's key entities. */
  readonly key: ReadonlySet<string>
  /** Publication day of its first article, null when unknown. */
  readonly firstDay: number | null
}

export function isCore(f: CoreFacts, story: StoryFrame): boolean {
  if (!ON_RECORD_MODALITIES.has(f.modality)) return false
  if (f.endDay === null && (f.independentArticles < 2 || f.modality !== 'asserted')) return false
  if (f.independentArticles < 2 && f.endDay !== null && story.firstDay !== null && f.endDay < story.firstDay - BACKGROUND_DAYS) return false
  return f.participants.length === 0 || f.participants.some((p) => story.key.has(p))
}

/** The frame of a storyline: its key entity ids and its first publication day. */
export function storyFrame(keyEntities: readonly string[], firstPublished: string | null): StoryFrame {
  return { key: new Set(keyEntities.slice(0, KEY_ENTITIES)), firstDay: dayNumber(firstPublished) }
}

/**
 * A timeline split for display, each part in event-time order: the core
 * entries first, the rest behind "N more". Storylines stored before entries
 * carried the flag read as all core, as they were shown then.
 */
export function splitTimeline<T extends { readonly core?: boolean }>(entries: readonly T[]): { core: T[]; more: T[] } {
  const core: T[] = []
  const more: T[] = []
  for (const e of entries) (e.core === false ? more : core).push(e)
  return { core, more }
}
