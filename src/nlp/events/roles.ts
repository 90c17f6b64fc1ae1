/**
 * @module nlp/events/roles
 * Who and where: entity mentions before the trigger are actors (the subject
 * side), after it, up to the end of the trigger's clause, targets. A place name after a locative preposition ("in
 * Hatay") is where the event happened, not a participant; a bare country name
 * ("Turkey offered") acts for its government. For natural events every place
 * is a location.
 */
import { spansWithin } from '../../doc/spans.js'
import type { Entity, Mention, Span } from '../../doc/types.js'
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

/** "ANKARA — …", "CARACAS, 27 dic (EO) — …": a place that opens the sentence before a dash. */
const DATELINE_TAIL = /^\s*(?:,[^—–\n]{0,40})?\s*[—–-]\s/u
/** Where the trigger's clause ends: targets after it belong to another clause ("…, the spokesman said"). */
const CLAUSE_END = /[,;:—–(]/u
/** A complementiser opening the trigger's clause: who said it ("X said that Y refused") is not who did it. */
const CLAUSE_OPENER = /(?<![\p{L}\p{N}])(?:that|que)(?![\p{L}\p{N}])/giu

/**
 * Where the trigger's own clause begins: after the last complementiser before
 * it when that clause names a party before the trigger ("The administration
 * said on Tuesday that Maduro's refusal…": Maduro refused, not the
 * administration, and not on Tuesday), else the sentence start ("Erdoğan said
 * he would visit": the clause has no named subject of its own).
 */
export function ownClauseStart(text: string, parties: readonly PartyMention[], sentence: Span, trigger: Span): number {
  let opener = sentence.start
  for (const m of text.slice(sentence.start, trigger.start).matchAll(CLAUSE_OPENER)) opener = sentence.start + m.index + m[0].length
  if (opener === sentence.start) return opener
  const named = spansWithin(parties, opener, trigger.start).some((m) => PARTY_TYPES.has(m.entity.type))
  return named ? opener : sentence.start
}

/** A mention with its entity, as `partyMentions` lists them. */
export interface PartyMention {
  readonly start: number
  readonly end: number
  readonly entity: Entity
  readonly mention: Mention
}

/** Every mention with its entity, sorted by start: built once per document, looked up per trigger. */
export function partyMentions(entities: readonly Entity[]): PartyMention[] {
  return entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ start: mention.start, end: mention.end, entity, mention })))
    .sort((a, b) => a.start - b.start)
}

export function rolesOf(text: string, parties: readonly PartyMention[], sentence: Span, trigger: Span, natural: boolean): Roles {
  const actors: string[] = []
  const targets: string[] = []
  let place: string | null = null
  let placeDistance = Infinity
  let dateline: string | null = null
  const clauseBreak = text.slice(trigger.end, sentence.end).search(CLAUSE_END)
  const clauseEnd = clauseBreak < 0 ? sentence.end : trigger.end + clauseBreak
  const mentions = spansWithin(parties, sentence.start, sentence.end).filter((m) => m.end <= trigger.start || m.start >= trigger.end)
  const actorFrom = ownClauseStart(text, parties, sentence, trigger)
  for (const { entity, mention } of mentions) {
    if (!PARTY_TYPES.has(entity.type)) continue
    if (entity.type === 'PLACE' && mention.start === sentence.start && DATELINE_TAIL.test(text.slice(mention.end, sentence.end))) {
      dateline = entity.id
      continue
    }
    if (entity.type === 'PLACE' && !mention.government && (natural || LOCATIVE.has(wordBefore(text, mention.start)))) {
      const distance = Math.min(Math.abs(mention.start - trigger.end), Math.abs(trigger.start - mention.end))
      if (distance < placeDistance) {
        place = entity.id
        placeDistance = distance
      }
      continue
    }
    if (mention.start >= clauseEnd || mention.start < actorFrom) continue
    const side = mention.end <= trigger.start ? actors : targets
    if (!actors.includes(entity.id) && !side.includes(entity.id)) side.push(entity.id)
  }
  // The dateline says where the report comes from: the place only when the sentence names none.
  return { actors, targets: targets.filter((t) => !actors.includes(t)), place: place ?? (natural ? dateline : null) }
}
