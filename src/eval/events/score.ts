/**
 * @module eval/events/score
 * Event triggers against MEANTIME's event mentions. A trigger is right when it
 * overlaps a gold mention (one trigger per mention, as for time expressions);
 * MEANTIME marks every event a sentence states — occurrences, states, speech
 * and cognition, grammatical "be"/"take" — while the events stage looks only
 * for the happenings a story timeline wants, so recall is read per gold class
 * and precision is the figure the stage is tuned for. On matched pairs the
 * stage's modality and polarity are set against the gold's: a gold mention is
 * tentative when it lies in the future, is only possible or probable, or sits
 * in a conditional.
 */
import type { Span } from '../../doc/types.js'
import type { GoldEventMention } from '../times/naf.js'
import { align } from '../times/score.js'

export interface SystemTrigger extends Span {
  readonly type: string
  readonly modality: string
  readonly negated: boolean
}

export interface Tally {
  total: number
  hit: number
}

export interface EventCounts {
  gold: number
  system: number
  matched: number
  /** Gold mentions and those found, per MEANTIME class ('' = no instance). */
  readonly byClass: Map<string, Tally>
  /** Our triggers and those right, per event type. */
  readonly byType: Map<string, Tally>
  /** Matched pairs: [gold tentative][ours tentative] counts, as "gold/ours" keys. */
  readonly modality: Map<string, number>
  /** Matched pairs whose polarity agrees, of those where either side is negative. */
  readonly negation: Tally
}

export interface DocAlignment {
  readonly pairs: readonly (readonly [GoldEventMention, SystemTrigger])[]
  readonly missed: readonly GoldEventMention[]
  readonly spurious: readonly SystemTrigger[]
}

export function emptyEventCounts(): EventCounts {
  return { gold: 0, system: 0, matched: 0, byClass: new Map(), byType: new Map(), modality: new Map(), negation: { total: 0, hit: 0 } }
}

export function goldTentative(g: GoldEventMention): boolean {
  return g.time === 'FUTURE' || g.certainty === 'POSSIBLE' || g.certainty === 'PROBABLE' || g.special.startsWith('COND')
}

function bump(map: Map<string, Tally>, key: string, hit: boolean): void {
  const t = map.get(key) ?? { total: 0, hit: 0 }
  t.total++
  if (hit) t.hit++
  map.set(key, t)
}

/** Aligns one document's triggers with its gold mentions and adds the outcome to `into`. */
export function scoreEvents(gold: readonly GoldEventMention[], system: readonly SystemTrigger[], into: EventCounts): DocAlignment {
  const a = align(
    gold.map((g) => ({ ...g, value: g.class })),
    system.map((s) => ({ ...s, value: s.type })),
  )
  const pairs = a.pairs.map(([g, s]) => [g, s] as const)
  into.gold += gold.length
  into.system += system.length
  into.matched += pairs.length
  const found = new Set(pairs.map(([g]) => g.id))
  for (const g of gold) bump(into.byClass, g.class, found.has(g.id))
  const right = new Set(pairs.map(([, s]) => s.start))
  for (const s of system) bump(into.byType, s.type, right.has(s.start))
  for (const [g, s] of pairs) {
    const key = `${goldTentative(g) ? 'tentative' : 'factual'}/${s.modality === 'asserted' ? 'factual' : 'tentative'}`
    into.modality.set(key, (into.modality.get(key) ?? 0) + 1)
    if (g.polarity === 'NEG' || s.negated) {
      into.negation.total++
      if ((g.polarity === 'NEG') === s.negated) into.negation.hit++
    }
  }
  return { pairs, missed: a.missed, spurious: a.spurious }
}
