/**
 * @module eval/times/naf
 * Reading the NewsReader CAT XML that MEANTIME and the SemEval-2015 Task 4
 * corpora share: tokens with sentence numbers, TIMEX3 and EVENT_MENTION
 * markables anchored on token ids. The texts come only as tokens, so the body
 * is rebuilt with ordinary spacing (no space before ", . ; : ' %", none after
 * "( $") and every token keeps its character span, which is what lets gold
 * markables and our stand-off annotations meet on offsets.
 */
import { readFileSync } from 'node:fs'
import type { Span } from '../../doc/types.js'
import { StorytraceError } from '../../errors.js'

export interface NafToken extends Span {
  readonly id: string
  readonly sentence: number
}

export interface GoldTimex extends Span {
  readonly type: string
  readonly value: string
  /** The document-creation time (the dateline under the title). */
  readonly dct: boolean
}

export interface GoldEventMention extends Span {
  readonly id: string
  /**
   * The class of the event instance the mention refers to (OTHER,
   * SPEECH_COGNITIVE, GRAMMATICAL, MIX), '' when it refers to none.
   */
  readonly class: string
  /** VERB, NOUN, OTHER or ''. */
  readonly pos: string
  /** CERTAIN, PROBABLE, POSSIBLE, UNDERSPECIFIED or ''. */
  readonly certainty: string
  /** FUTURE or NON_FUTURE (or ''): whether the event lies after the time of speaking. */
  readonly time: string
  /** POS, NEG or UNDERSPECIFIED (or ''). */
  readonly polarity: string
  /** NONE, GEN (generic), COND_IF_CLAUSE, COND_MAIN_CLAUSE or ''. */
  readonly special: string
}

export interface NafDoc {
  readonly id: string
  readonly name: string
  readonly text: string
  readonly tokens: readonly NafToken[]
  /** One span per annotated sentence. */
  readonly sentences: readonly Span[]
  /** The document-creation date "YYYY-MM-DD", when the file states one. */
  readonly dct: string | null
  readonly timexes: readonly GoldTimex[]
  readonly events: readonly GoldEventMention[]
}

const TOKEN = /<token\b([^>]*)>([^<]*)<\/token>/g
const MARKABLE = /<(TIMEX3|EVENT_MENTION)\b([^>]*)>([\s\S]*?)<\/\1>/g
/** Event instances carry the class; REFERS_TO links each mention (source) to its instance (target). */
const EVENT_INSTANCE = /<EVENT\b([^>]*?)\/?>/g
const REFERS_TO = /<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g
const SOURCE = /<source m_id="([^"]+)"/g
const TARGET = /<target m_id="([^"]+)"/
const ANCHOR = /t_id="([^"]+)"/g
const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m)$/i
const NO_SPACE_AFTER = /^[($[{]$/

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs)
  return m ? unescape(m[1]!) : null
}

function unescape(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
}

/** Parses one CAT XML document; `name` labels it in errors and reports. */
export function parseNaf(xml: string, name: string): NafDoc {
  const head = /<Document\b([^>]*)>/.exec(xml)
  if (!head) throw new StorytraceError('E_INPUT_FORMAT', `${name}: no <Document> element`, { file: name })
  const tokens: NafToken[] = []
  const sentences: Span[] = []
  let text = ''
  let previous = ''
  for (const m of xml.matchAll(TOKEN)) {
    const word = unescape(m[2]!)
    const sentence = Number(attr(m[1]!, 'sentence'))
    const last = tokens[tokens.length - 1]
    if (last && last.sentence !== sentence) {
      // The title and the dateline are sentences without a full stop: a paragraph break keeps them apart.
      text += /[.!?"']$/.test(previous) ? ' ' : '\n\n'
    } else if (last && !NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(previous)) text += ' '
    const start = text.length
    text += word
    tokens.push({ id: attr(m[1]!, 't_id')!, sentence, start, end: text.length })
    if (!last || last.sentence !== sentence) sentences.push({ start, end: text.length })
    else sentences[sentences.length - 1] = { start: sentences[sentences.length - 1]!.start, end: text.length }
    previous = word
  }
  const byId = new Map(tokens.map((t) => [t.id, t]))
  const spanOf = (body: string): Span | null => {
    const anchored = [...body.matchAll(ANCHOR)].map((a) => byId.get(a[1]!)).filter((t) => t !== undefined)
    if (anchored.length === 0) return null
    return { start: Math.min(...anchored.map((t) => t.start)), end: Math.max(...anchored.map((t) => t.end)) }
  }
  const classOf = new Map<string, string>()
  for (const m of xml.matchAll(EVENT_INSTANCE)) classOf.set(attr(m[1]!, 'm_id') ?? '', attr(m[1]!, 'class') ?? '')
  const instanceOf = new Map<string, string>()
  for (const m of xml.matchAll(REFERS_TO)) {
    const target = TARGET.exec(m[1]!)?.[1]
    if (target) for (const src of m[1]!.matchAll(SOURCE)) instanceOf.set(src[1]!, target)
  }
  const timexes: GoldTimex[] = []
  const events: GoldEventMention[] = []
  let dct: string | null = null
  for (const m of xml.matchAll(MARKABLE)) {
    const attrs = m[2]!
    const span = spanOf(m[3]!)
    if (m[1] === 'TIMEX3') {
      const isDct = attr(attrs, 'functionInDocument') === 'CREATION_TIME'
      const value = attr(attrs, 'value') ?? ''
      if (isDct && /^\d{4}-\d{2}-\d{2}/.test(value)) dct = value.slice(0, 10)
      if (span) timexes.push({ ...span, type: attr(attrs, 'type') ?? '', value, dct: isDct })
    } else if (span) {
      const id = attr(attrs, 'm_id') ?? ''
      const field = (name: string): string => attr(attrs, name) ?? ''
      events.push({
        ...span,
        id,
        class: classOf.get(instanceOf.get(id) ?? '') ?? '',
        pos: field('pos'),
        certainty: field('certainty'),
        time: field('time'),
        polarity: field('polarity'),
        special: field('special_cases'),
      })
    }
  }
  // Two MEANTIME files leave the creation time unmarked; their dateline (sentence 1) states it.
  if (dct === null) {
    const line = sentences[1]
    const i = line ? timexes.findIndex((t) => t.start >= line.start && t.end <= line.end && /^\d{4}-\d{2}-\d{2}/.test(t.value)) : -1
    if (i >= 0) {
      dct = timexes[i]!.value.slice(0, 10)
      timexes[i] = { ...timexes[i]!, dct: true }
    }
  }
  const id = attr(head[1]!, 'doc_id') ?? name
  return { id, name: attr(head[1]!, 'doc_name') ?? name, text, tokens, sentences, dct, timexes, events }
}

export function readNaf(file: string): NafDoc {
  let xml: string
  try {
    xml = readFileSync(file, 'utf8')
  } catch (err) {
    throw new StorytraceError('E_INPUT_READ', `cannot read ${file}`, { file, cause: String(err) })
  }
  return parseNaf(xml, file)
}
