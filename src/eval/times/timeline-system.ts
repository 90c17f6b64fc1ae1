/**
 * @module eval/times/timeline-system
 * Timelines for target entities from raw text, the way the pipeline sees the
 * corpus: every article goes through the default pipeline with its creation
 * date as publication date; an event mention belongs to a target's timeline
 * when the target is among its actors or targets or is named in its sentence;
 * the event's interval gives its time anchor. An event stated without a time
 * of its own, asserted, not negated and in the article's lead, is anchored
 * on its article's date (the lead reports what just happened); other events
 * without a time are left unplaced (position 0), as the task does.
 */
import { createDoc, emptyMeta } from '../../doc/doc.js'
import type { Doc, EventMention, Span } from '../../doc/types.js'
import { defaultPipeline } from '../../nlp/index.js'
import { dayOf, daysInMonth, parseIsoDay } from '../../nlp/times/calendar.js'
import type { TimelineEntry } from './awareness.js'
import type { NafDoc, NafToken } from './naf.js'

export interface AnalysedDoc {
  readonly naf: NafDoc
  readonly doc: Doc
}

/** One paragraph per block of the rebuilt text (title, dateline, body). */
function paragraphs(text: string): Span[] {
  const out: Span[] = []
  for (const m of text.matchAll(/[^\n]+/g)) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

export function analyse(naf: NafDoc): AnalysedDoc {
  const meta = { ...emptyMeta(naf.name), published: naf.dct, language: 'en' }
  return { naf, doc: defaultPipeline().run(createDoc(naf.text, meta, { paragraphs: paragraphs(naf.text) })) }
}

/** The task's anchor for an interval: a day, a month "YYYY-MM-XX", a year "YYYY-XX-XX", else unknown. */
export function anchorOf(from: string | null, to: string | null): string {
  if (from === null || to === null) return 'XXXX-XX-XX'
  if (from === to) return from
  const a = parseIsoDay(from)
  const b = parseIsoDay(to)
  const [y, m] = from.split('-').map(Number) as [number, number]
  if (a === dayOf(y, m, 1) && b === dayOf(y, m, daysInMonth(y, m))) return `${from.slice(0, 7)}-XX`
  if (a === dayOf(y, 1, 1) && b === dayOf(y, 12, 31)) return `${y}-XX-XX`
  return 'XXXX-XX-XX'
}

/**
 * Title, dateline and the first two body sentences (CAT numbers them 0–3): what the
 * article reports as the day's news. Chosen on corpus_1, the only corpus with gold
 * timelines: 2 → 25.4, 3 → 26.3, 4 → 26.3 F1; every sentence 24.1, none 14.5.
 */
const LEAD_SENTENCES = 3

const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim()

/** Words that do not name an organisation on their own ("Airlines", "Force"). */
const GENERIC = new Set(['airlines', 'airways', 'force', 'inc', 'group', 'company', 'corporation', 'corp'])

/**
 * The short forms a text uses for the target after naming it once: a model
 * number ("A380", "787"), a surname or last name word ("Gallois",
 * "Dreamliner"), the name without a generic last word ("China Eastern"), the
 * last two words of a long name ("Air Force").
 */
export function targetForms(target: string): string[] {
  const words = target.split(/\s+/)
  const forms = new Set([target])
  for (const w of words.slice(1)) if (/\d/.test(w)) forms.add(w)
  const last = words[words.length - 1]!
  if (words.length >= 2 && !GENERIC.has(last.toLowerCase()) && !/^\d+$/.test(last)) forms.add(last)
  if (words.length === 3 && GENERIC.has(last.toLowerCase())) forms.add(words.slice(0, -1).join(' '))
  if (words.length >= 4) forms.add(words.slice(-2).join(' '))
  return [...forms]
}

/** Entity ids of the doc that name the target ("Airbus" the entity, or a mention written so). */
function targetIds(doc: Doc, target: string): Set<string> {
  const t = fold(target)
  const ids = new Set<string>()
  for (const e of doc.layers.entities ?? []) {
    if (fold(e.name) === t || e.mentions.some((m) => fold(doc.text.slice(m.start, m.end)) === t)) ids.add(e.id)
  }
  return ids
}

/** The target is an actor or target of the event, or named in its sentence (by entity or by one of its forms). */
function involves(doc: Doc, e: EventMention, ids: ReadonlySet<string>, forms: RegExp): boolean {
  if (e.actors.some((a) => ids.has(a)) || e.targets.some((a) => ids.has(a))) return true
  if ((doc.layers.entities ?? []).some((en) => ids.has(en.id) && en.mentions.some((m) => m.start >= e.start && m.end <= e.end))) return true
  forms.lastIndex = 0
  return forms.test(doc.text.slice(e.start, e.end))
}

/** The CAT token an event's trigger starts in. */
function tokenOf(a: AnalysedDoc, e: EventMention): NafToken | undefined {
  return a.naf.tokens.find((t) => t.start <= e.trigger.start && e.trigger.start < t.end)
}

/** The target's timeline over all analysed docs: positions by anchor date, unplaced events at 0. */
export function systemTimeline(docs: readonly AnalysedDoc[], target: string): TimelineEntry[] {
  const placed: { date: string; mention: string }[] = []
  const unplaced: string[] = []
  const escape = (f: string): string => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
  const forms = new RegExp(`(?<![\\p{L}\\p{N}])(?:${targetForms(target).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u')
  for (const a of docs) {
    const ids = targetIds(a.doc, target)
    for (const e of a.doc.layers.events ?? []) {
      if (!involves(a.doc, e, ids, forms)) continue
      const token = tokenOf(a, e)
      if (!token) continue
      // The task's mention id: "docid-sentence-word".
      const id = `${a.naf.id}-${token.sentence}-${a.doc.text.slice(e.trigger.start, e.trigger.end)}`
      const lead = token.sentence <= LEAD_SENTENCES
      const dated = e.from !== null ? anchorOf(e.from, e.to) : lead && e.modality === 'asserted' && !e.negated && a.naf.dct ? a.naf.dct : 'XXXX-XX-XX'
      if (dated.startsWith('XXXX')) unplaced.push(id)
      else placed.push({ date: dated, mention: id })
    }
  }
  // A month ("2005-01-XX") comes before its days, as in the task's files.
  const key = (d: string): string => d.replace(/X/g, '0')
  const dates = [...new Set(placed.map((p) => p.date))].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0))
  const position = new Map(dates.map((d, i) => [d, i + 1]))
  return [
    ...unplaced.map((m) => ({ position: 0, date: 'XXXX-XX-XX', mentions: [m] })),
    ...placed.map((p) => ({ position: position.get(p.date)!, date: p.date, mentions: [p.mention] })),
  ]
}
