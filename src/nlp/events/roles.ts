/**
 * @module nlp/events/roles
 * Who and where: entity mentions before the trigger are actors (the subject
 * side), after it targets. A place name after a locative preposition ("in
 * Hatay") is where the event happened, not a participant; a bare country name
 * ("Turkey offered") acts for its government. For natural events every place
 * is a location.
 */
import type { Entity, Span } from '../../doc/types.js'
import { foldDiacritics } from '../../util/text.js'

const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'throughout', 'outside', 'inside', 'off', 'around', 'en', 'cerca', 'junto', 'dentro'])
/** Outlets report events; they are not parties to them. */
const PARTY_TYPES = new Set(['PERSON', 'ORG', 'PLACE'])

export interface Roles {
  readonly actors: string[]
  readonly targets: string[]
  readonly place: string | null
}

/** The word right before `start` in the text, folded and lower-cased. */
function wordBefore(text: string, start: number): string {
  const m = /([\p{L}]+)[^\p{L}\n]{0,3}$/u.exec(text.slice(Math.max(0, start - 24), start))
  return m ? foldDiacritics(m[1]!).toLowerCase() : ''
}

export function rolesOf(text: string, entities: readonly Entity[], sentence: Span, trigger: Span, natural: boolean): Roles {
  const actors: string[] = []
  const targets: string[] = []
  let place: string | null = null
  let placeDistance = Infinity
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ entity: e, mention: m })))
    .filter(({ mention: m }) => m.start >= sentence.start && m.end <= sentence.end && (m.end <= trigger.start || m.start >= trigger.end))
    .sort((a, b) => a.mention.start - b.mention.start)
  for (const { entity, mention } of mentions) {
    if (!PARTY_TYPES.has(entity.type)) continue
    if (entity.type === 'PLACE' && !mention.government && (natural || LOCATIVE.has(wordBefore(text, mention.start)))) {
      const distance = Math.min(Math.abs(mention.start - trigger.end), Math.abs(trigger.start - mention.end))
      if (distance < placeDistance) {
        place = entity.id
        placeDistance = distance
      }
      continue
    }
    const side = mention.end <= trigger.start ? actors : targets
    if (!actors.includes(entity.id) && !side.includes(entity.id)) side.push(entity.id)
  }
  return { actors, targets: targets.filter((t) => !actors.includes(t)), place }
}
