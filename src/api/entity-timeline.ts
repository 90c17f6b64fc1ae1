/**
 * @module api/entity-timeline
 * An entity's timeline, read from what is stored: the timelines of the
 * storylines the entity appears in, keeping the events it takes part in.
 * "Takes part" is read from each report's stored annotations: the entity is
 * an actor or target of an event mention in the reporting sentence, or is
 * mentioned in that sentence. Nothing is re-analysed here.
 */
import type { Doc } from '../doc/types.js'
import type { Store } from '../store/types.js'
import type { Evidence, TimelineEntry } from '../story/types.js'

export interface EntityTimelineEntry extends TimelineEntry {
  readonly storyline: { readonly id: string; readonly title: string }
}

function involved(doc: Doc, entity: string, ev: Evidence): boolean {
  const inside = (s: { start: number; end: number }): boolean => s.start >= ev.start && s.end <= ev.end
  if ((doc.layers.events ?? []).some((e) => inside(e.trigger) && (e.actors.includes(entity) || e.targets.includes(entity)))) return true
  return (doc.layers.entities ?? []).some((e) => e.id === entity && e.mentions.some(inside))
}

/** The entity's events across its storylines, by event time (undated last); null when no such entity. */
export async function entityEvents(store: Store, entityId: string): Promise<EntityTimelineEntry[] | null> {
  const entity = await store.getEntity(entityId)
  if (!entity) return null
  const docs = new Map<string, Promise<Doc | null>>()
  const docOf = (id: string): Promise<Doc | null> => {
    let d = docs.get(id)
    if (!d) {
      d = store.getArticle(id).then((a) => a?.doc ?? null)
      docs.set(id, d)
    }
    return d
  }
  const out: EntityTimelineEntry[] = []
  for (const summary of entity.storylines) {
    const storyline = await store.getStoryline(summary.id)
    if (!storyline) continue
    for (const entry of storyline.timeline) {
      const checks = await Promise.all(entry.evidence.map(async (ev) => {
        const doc = await docOf(ev.article)
        return doc !== null && involved(doc, entityId, ev)
      }))
      if (checks.some(Boolean)) out.push({ ...entry, storyline: { id: storyline.id, title: storyline.title } })
    }
  }
  // Stable: events of one day keep their storyline's order.
  return out.sort((a, b) => (a.from === b.from ? 0 : a.from === null ? 1 : b.from === null ? -1 : a.from < b.from ? -1 : 1))
}
