/**
 * @module story/claim-predicate — what the words around an event trigger say
 * about its place in the clause. Mainly: which of the events inside a claim's
 * span its main proposition reports (isPredicate, activeDeed). The timeline
 * shares two more readings: a definite mention of a known happening ("the
 * refusal", refersBack) and what an offer holds out ("an offer of exile",
 * offeredContent).
 *
 * "Estonia would contribute a survey vessel to help map the damage" holds a
 * damage event, but what it says is that Estonia would send a ship: a later
 * report of the damage settles nothing about it. Without a parser, the clause
 * structure is read from words:
 *
 * - an event inside a subordinate clause (after "which", "whether", "if",
 *   "after"…) or a purpose clause ("to help", "in order to", Spanish "para")
 *   is not the claim's proposition;
 * - a verb trigger ("offered", "rechazó", "will visit") heads its clause, so
 *   it is the proposition, unless a determiner makes it an adjective ("the
 *   damaged cable");
 * - a noun trigger is the proposition only when the clause predicates its
 *   happening: it is the object of a light verb ("delivered the ultimatum",
 *   "held an emergency meeting", "It was a formal offer") or the subject of a
 *   verb of happening ("The offer was conveyed", "The quake struck"). As the
 *   object of any other verb ("consider the proposal", "take part in the
 *   investigation") or the subject of one ("The proposal would guarantee…",
 *   "the refusal would not end its push") the claim says something else about
 *   it.
 */
import type { EventMention, Span } from '../doc/types.js'
import { isVerbal } from '../nlp/events/dating.js'
import { foldDiacritics } from '../util/text.js'

/** Words and the clause punctuation between them. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:—–(]/gu

/** Where a new clause begins: what comes before it does not govern what follows. */
const CLAUSE_START: ReadonlySet<string> = new Set([',', ';', ':', '—', '–', '(', 'and', 'but', 'or', 'that', 'y', 'pero', 'o', 'que'])
/** Words opening a subordinate clause: what it holds is not what the claim asserts. */
const SUBORDINATORS: ReadonlySet<string> = new Set([
  'which', 'who', 'whom', 'whose', 'whether', 'where', 'how', 'because', 'if', 'unless', 'when', 'while', 'after', 'before', 'although', 'though', 'until',
  'cuyo', 'cuya', 'cuyos', 'cuyas', 'donde', 'porque', 'cuando', 'aunque', 'mientras', 'tras', 'para',
])
/** Purpose clauses opened by two words: "to help map the damage", "in order to", "so as to", "a fin de". */
const PURPOSE = /(?:^| )(?:to help|to assist|in order|so as|a fin)(?= |$)/u
/** Verbs that predicate the happening of the noun they govern: to deliver an ultimatum is to issue it. */
const LIGHT_VERBS: readonly string[] = [
  'make', 'makes', 'made', 'making', 'give', 'gives', 'gave', 'given', 'deliver', 'delivers', 'delivered', 'convey', 'conveys', 'conveyed',
  'receive', 'receives', 'received', 'hold', 'holds', 'held', 'open', 'opens', 'opened', 'issue', 'issues', 'issued', 'extend', 'extends', 'extended',
  'send', 'sends', 'sent', 'conduct', 'conducted', 'stage', 'staged', 'record', 'records', 'recorded', 'register', 'registered', 'order', 'orders', 'ordered',
  'hizo', 'hicieron', 'hace', 'hacer', 'dio', 'dieron', 'recibio', 'recibieron', 'presento', 'presentaron', 'celebro', 'celebraron', 'abrio', 'abrieron',
  'transmitio', 'ordeno',
]
/** A copula before a noun predicates it too: "It was a formal offer". */
const COPULAS: readonly string[] = ['is', 'was', 'are', 'were', 'be', 'been', 'being', 'es', 'fue', 'fueron', 'era']
/**
 * Verbs saying their subject happened: "the quake struck", "an aftershock was
 * felt". A light verb says so only in the passive ("the offer was conveyed";
 * "the arrest sent a signal" is about what the arrest did).
 */
const HAPPENINGS: ReadonlySet<string> = new Set([
  'hit', 'hits', 'strike', 'struck', 'strikes', 'shook', 'shakes', 'rocked', 'jolted', 'occur', 'occurs', 'occurred', 'happen', 'happens', 'happened',
  'begin', 'begins', 'began', 'start', 'starts', 'started', 'felt', 'signed', 'presented', 'ocurrio', 'celebrada', 'hecha', 'presentada',
])
/** "take place": the verb of happening in two words. */
const TAKE: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taken', 'taking'])
const LIGHT: ReadonlySet<string> = new Set(LIGHT_VERBS)
const BE: ReadonlySet<string> = new Set(COPULAS)
/** Auxiliaries and adverbs between a subject and its verb. */
const AUXILIARIES: ReadonlySet<string> = new Set([
  ...COPULAS, 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'did', 'does', 'do',
  'not', 'never', 'also', 'already', 'ha', 'han', 'habia', 'se', 'no',
])
/**
 * Prepositions: a noun after one is not the object of the verb before it
 * ("take part in the investigation"), and a participle after one is an
 * adjective ("under collapsed buildings"). Not Spanish "a", the English article.
 */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'in', 'into', 'over', 'under', 'from', 'to', 'at', 'on', 'for', 'with', 'about', 'near', 'by', 'against',
  'de', 'del', 'en', 'al', 'sobre', 'con', 'por', 'contra',
])
/** Before a verb form, these make it an adjective: "the damaged cable", "every collapsed building". */
const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', 'every', 'each', 'any', 'some', 'all', 'several', 'many',
  'el', 'la', 'los', 'las', 'un', 'una', 'su', 'sus',
])
/** A count before "of" keeps the noun the verb's object: "recorded dozens of aftershocks". */
const QUANTITY = /^(?:\d[\d,.]*|dozens|hundreds|thousands|scores|millions|decenas|cientos|miles)$/u
/** How many words a light verb may stand before its noun ("held an emergency meeting"). */
const LIGHT_REACH = 4
/** How far after a subject noun its verb is looked for. */
const VERB_REACH = 8

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => foldDiacritics(w).toLowerCase().replace(/’/g, "'"))
}

/** The words of the trigger's own clause before it. */
function clauseBefore(words: readonly string[]): string[] {
  let from = 0
  words.forEach((w, i) => {
    if (CLAUSE_START.has(w)) from = i + 1
  })
  return words.slice(from)
}

/** A verb form the word before makes an adjective: "the damaged cable", "11 damaged buildings", "under collapsed roofs"; not "to visit". */
function adjectival(previous: string): boolean {
  return DETERMINERS.has(previous) || (PREPOSITIONS.has(previous) && previous !== 'to') || QUANTITY.test(previous)
}

/** A light verb or copula governs the noun: within reach before it, with no preposition between. */
function lightObject(before: readonly string[]): boolean {
  for (let i = before.length - 1; i >= 0 && i >= before.length - LIGHT_REACH; i--) {
    const w = before[i]!
    if (LIGHT.has(w) || BE.has(w)) return true
    if (PREPOSITIONS.has(w) && !(w === 'of' && QUANTITY.test(before[i - 1] ?? ''))) return false
  }
  return false
}

/** The noun opens its clause (no verb before it) and its verb says it happened. */
function happeningSubject(before: readonly string[], after: readonly string[]): boolean {
  if (before.some((w) => AUXILIARIES.has(w) || LIGHT.has(w) || /ed$/.test(w))) return false
  let passive = false
  let auxiliary = false
  for (const [i, w] of after.slice(0, VERB_REACH).entries()) {
    if (CLAUSE_START.has(w)) return false
    if (HAPPENINGS.has(w) || (TAKE.has(w) && after[i + 1] === 'place') || (passive && LIGHT.has(w))) return true
    if (AUXILIARIES.has(w)) {
      auxiliary = true
      passive ||= BE.has(w)
    } else if (auxiliary || /ed$/.test(w)) return false
  }
  return false
}

/** Whether the event is what the claim spanning `claim` asserts, read from the claim's words around its trigger. */
export function isPredicate(text: string, claim: Span, e: EventMention, language: 'en' | 'es'): boolean {
  const all = wordsOf(text.slice(claim.start, e.trigger.start))
  const before = clauseBefore(all)
  if (before.some((w) => SUBORDINATORS.has(w)) || PURPOSE.test(before.join(' '))) return false
  const previous = before[before.length - 1] ?? ''
  const trigger = text.slice(e.trigger.start, e.trigger.end)
  if (isVerbal(trigger, previous, language) && !adjectival(previous)) return true
  return lightObject(before) || happeningSubject(before, wordsOf(text.slice(e.trigger.end, claim.end)))
}

/**
 * Whether the event is a deed its agent does in the active voice ("Turkey
 * offered", "the Aurora Pearl had damaged"), not a passive ("the cable was
 * damaged") or a noun: its actors are then who the claim says did it.
 */
export function activeDeed(text: string, e: EventMention, language: 'en' | 'es'): boolean {
  const before = wordsOf(text.slice(Math.max(0, e.trigger.start - 40), e.trigger.start))
  const previous = before[before.length - 1] ?? ''
  const trigger = text.slice(e.trigger.start, e.trigger.end)
  if (!isVerbal(trigger, previous, language) || adjectival(previous)) return false
  return !/^(?:is|was|are|were|be|been|being|fue|fueron|sido|se)$/.test(previous)
}

/** Words that make the noun after them refer to something already known: "the refusal", "his offer", "su rechazo". Not "that", mostly a conjunction. */
const DEFINITE: ReadonlySet<string> = new Set([
  'the', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'el', 'la', 'los', 'las', 'este', 'esta', 'ese', 'esa', 'su', 'sus',
])

/**
 * Whether the event is named by a definite noun phrase ("the refusal",
 * "Maduro's offer", "the Finnish investigation", "the damaged cable", "el
 * rechazo"): a mention of a happening the reader is taken to know already,
 * rather than a report of a new one.
 */
export function refersBack(text: string, e: EventMention): boolean {
  const before = text.slice(Math.max(0, e.trigger.start - 60), e.trigger.start).match(WORD) ?? []
  const definite = (w: string | undefined): boolean => w !== undefined && DEFINITE.has(foldDiacritics(w).toLowerCase())
  const previous = before[before.length - 1]
  // One capitalised modifier may stand between: "the Turkish offer".
  return definite(previous) || /['’]s$/.test(previous ?? '') || (definite(before[before.length - 2]) && /^\p{Lu}/u.test(previous ?? ''))
}

/** How many words apart two triggers of one sentence may be for one to name what the other offers or refuses. */
const CONTENT_REACH = 6

/**
 * Whether the event is what a proposal or refusal in its sentence offers or
 * turns down ("refused an offer of exile", "a Turkish exile offer", "la
 * oferta … para acogerlo en el exilio"), not a happening of its own: `types`
 * are the kinds that can be offered so, `governing` the proposal and refusal
 * types that offer them.
 */
export function offeredContent(text: string, e: EventMention, sentence: readonly EventMention[], types: ReadonlySet<string>, governing: ReadonlySet<string>): boolean {
  if (!types.has(e.type)) return false
  return sentence.some((x) => {
    if (x === e || !governing.has(x.type)) return false
    const [a, b] = x.trigger.start < e.trigger.start ? [x.trigger, e.trigger] : [e.trigger, x.trigger]
    const between = wordsOf(text.slice(a.end, b.start))
    return between.length <= CONTENT_REACH && !between.some((w) => CLAUSE_START.has(w))
  })
}
