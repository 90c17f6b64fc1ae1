/**
 * @module nlp/events
 * The events annotator: trigger words found through the lexicon become event
 * mentions with CAMEO roots, actors and targets from the entities around the
 * trigger, a place, the interval of the time expression dating it (dating.ts), polarity and
 * modality. One event per type per sentence: "talks … the meeting" in one
 * sentence report one happening.
 */
import { defineAnnotator } from '../../doc/pipeline.js'
import { firstStartingAt, spansWithin } from '../../doc/spans.js'
import type { Doc, EventMention, Span } from '../../doc/types.js'
import { detectLanguage, normaliseLanguageTag } from '../../util/language.js'
import { parseIsoDay, isoDate } from '../times/calendar.js'
import { isVerbal, timeOf, type PlacedTrigger } from './dating.js'
import { CONSEQUENCE_TYPES, DISASTER_TYPES, inShockSentence, NATURAL_TYPES, triggerOf } from './lexicon.js'
import { isNegated, modalityOf } from './modality.js'
import { ownClauseStart, partyMentions, rolesOf } from './roles.js'
import { isSubordinate } from './subordinate.js'

export { triggerOf } from './lexicon.js'

/**
 * The lexicon to read the article with: Spanish, else English when the
 * article is English or its language unknown. Any other language has no
 * lexicon, and English words matched in it would be chance ("die", "sale").
 */
export function eventLanguage(doc: Doc): 'en' | 'es' | null {
  const code = normaliseLanguageTag(doc.meta.language) ?? detectLanguage(doc.text)
  return code === 'es' ? 'es' : code === null || code === 'en' ? 'en' : null
}

/** Whether the span overlaps a mention; `mentions` sorted by start. Mentions are short, so a few steps back suffice. */
function insideMention(mentions: readonly Span[], span: Span): boolean {
  // lo: first mention starting at or after span.end; look back over those starting before it.
  const lo = firstStartingAt(mentions, span.end)
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) if (mentions[i]!.end > span.start) return true
  return false
}

export function findEvents(doc: Doc): EventMention[] {
  const { sentences = [], tokens = [], entities = [] } = doc.layers
  const times = [...(doc.layers.times ?? [])].sort((a, b) => a.start - b.start)
  const parties = partyMentions(entities)
  const language = eventLanguage(doc)
  if (language === null) return []
  const published = doc.meta.published ? parseIsoDay(doc.meta.published) : null
  const mentions: readonly Span[] = parties
  const out: EventMention[] = []
  let leadDisaster: EventMention | null = null
  let t = 0
  for (const sentence of sentences) {
    while (t < tokens.length && tokens[t]!.start < sentence.start) t++
    const spans: Span[] = []
    for (let i = t; i < tokens.length && tokens[i]!.end <= sentence.end; i++) spans.push(tokens[i]!)
    const found = spans.map((s, i) => {
      const word = doc.text.slice(s.start, s.end)
      // A capitalised trigger inside a sentence is part of a name ("International Rescue Committee").
      if (i > 0 && /^\p{Lu}/u.test(word) && /\p{L}/u.test(doc.text[spans[i - 1]!.end - 1] ?? '')) return null
      if (insideMention(mentions, s)) return null
      const previous = i > 0 ? doc.text.slice(spans[i - 1]!.start, spans[i - 1]!.end) : ''
      const following = spans.slice(i + 1, i + 4).map((f) => doc.text.slice(f.start, f.end))
      return triggerOf(word, language, previous, following)
    })
    const aftershocks = found.some((f) => f?.type === 'aftershock')
    found.forEach((f, i) => {
      if (f) found[i] = inShockSentence(doc.text.slice(spans[i]!.start, spans[i]!.end), f, aftershocks)
    })
    const words = spans.map((s, i) => ({ text: doc.text.slice(s.start, s.end), trigger: found[i] !== null }))
    const sentenceText = doc.text.slice(sentence.start, sentence.end)
    const placed: (PlacedTrigger | null)[] = spans.map((s, i) =>
      found[i] ? { start: s.start, end: s.end, verbal: isVerbal(words[i]!.text, i > 0 ? words[i - 1]!.text : '', language) } : null,
    )
    const triggers = placed.filter((p): p is PlacedTrigger => p !== null)
    const verbs = placed.map((p) => p?.verbal === true)
    const seen = new Set<string>()
    found.forEach((type, i) => {
      if (!type || seen.has(type.type) || isSubordinate(words, verbs, i, type.type)) return
      seen.add(type.type)
      const trigger = spans[i]!
      const roles = rolesOf(doc.text, parties, sentence, trigger, NATURAL_TYPES.has(type.type))
      const clause = { start: ownClauseStart(doc.text, parties, sentence, trigger), end: sentence.end }
      const time = timeOf(doc.text, times, clause, placed[i]!, triggers)
      const future = published !== null && time !== null && time.from! > isoDate(published)
      // Damage or rescues reported without a time of their own date from the article's disaster:
      // the first dated one, the story's lead (later ones are mostly history: "the 2023 quakes").
      const cause = time === null && CONSEQUENCE_TYPES.has(type.type) ? leadDisaster : null
      const from = time?.from ?? cause?.from ?? null
      const to = time?.to ?? cause?.to ?? null
      out.push({
        id: `${type.type}-${trigger.start}`,
        type: type.type,
        cameo: type.cameo,
        start: sentence.start,
        end: sentence.end,
        trigger: { start: trigger.start, end: trigger.end },
        actors: roles.actors,
        targets: roles.targets,
        place: roles.place,
        from,
        to,
        negated: isNegated(words, i),
        modality: modalityOf(words, i, sentenceText, trigger.start - sentence.start, future),
      })
      const event = out[out.length - 1]!
      if (!leadDisaster && DISASTER_TYPES.has(event.type) && event.from !== null && !event.negated) leadDisaster = event
    })
  }
  return out
}

export const eventsAnnotator = defineAnnotator({
  name: 'storytrace.events.v1',
  requires: ['sentences', 'tokens', 'entities', 'times'],
  assigns: ['events'],
  annotate: (doc) => ({ events: findEvents(doc) }),
})
