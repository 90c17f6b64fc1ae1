/**
 * @module nlp/events/modality
 * Polarity and modality of an event from the words of its clause. Only the
 * words before the trigger (back to a clause break) are read, plus the
 * trigger's own Spanish future ending, so a "could" in another clause of the
 * sentence does not make this event speculative.
 */
import type { EventModality } from '../../doc/types.js'
import { foldDiacritics } from '../../util/text.js'

const NEGATION = new Set(['not', 'never', 'no', 'without', 'nor', 'nunca', 'sin', 'tampoco', 'ni'])
/** Verbs that, followed by "to"/"a" and the trigger, say it did not happen: "refused to meet". */
const BLOCKED = new Set(['refused', 'refuses', 'refuse', 'declined', 'declines', 'failed', 'fails', 'nego', 'niega', 'negaron', 'rechazo'])
/**
 * Words that call an event off: "the cancelled deal", "stopped selling", "a
 * summit scrapped", "the visit was postponed". The event they touch did
 * not take place (MEANTIME marks such mentions negative too). "Delayed" is
 * left out: a delayed flight still flies, later.
 */
const CALLED_OFF = new Set([
  'cancelled', 'canceled', 'now-cancelled', 'postponed', 'scrapped', 'suspended', 'halted', 'stop', 'stops', 'stopped', 'aborted', 'shelved',
  'cancelado', 'cancelada', 'suspendido', 'suspendida', 'aplazado', 'aplazada', 'pospuesto', 'pospuesta',
])
/** What may stand between the trigger and a calling-off word ("stopped the sale", "the talks were postponed"). */
const BETWEEN = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'been', 'be', 'el', 'la', 'los', 'las', 'fue', 'fueron', 'ha', 'han'])
/** Verbs of ruling out: negated ("no descarta una negociación") they leave the event possible. */
const RULE_OUT = new Set(['rule', 'rules', 'ruled', 'ruling', 'descarta', 'descartan', 'descarto', 'descartaba', 'descartar', 'excluye', 'excluyen'])
const CONDITIONAL = new Set(['if', 'unless', 'si', 'salvo', 'siempre'])
const SPECULATIVE = new Set([
  'could', 'can', 'cannot', "can't", 'may', 'want', 'wants', 'wanted', 'hope', 'hopes', 'hoped', 'might', 'likely', 'unlikely', 'possible', 'possibly', 'perhaps', 'probably', 'maybe', 'allegedly',
  'podria', 'podrian', 'puede', 'pueden', 'posible', 'posiblemente', 'quiza', 'quizas', 'probablemente', 'probable', 'presuntamente',
])
/**
 * Said of what has not happened yet: the future, plans, "would" (the future
 * of reported speech: "said the planes would meet demand") and duty
 * ("should not buy"). Ability and wishes ("can fly", "want tighter
 * sanctions") are speculative: nothing says they will happen.
 */
const EXPECTED = new Set([
  'will', "'ll", 'shall', 'would', 'should', 'must', 'plans', 'plan', 'planned', 'planning', 'expected', 'scheduled', 'upcoming', 'intends', 'intend',
  'planea', 'planean', 'preve', 'previsto', 'prevista', 'proximo', 'proxima', 'va', 'van',
  // Getting ready for an event: "is preparing for talks" has not held them yet.
  'prepare', 'prepares', 'preparing', 'prepara', 'preparan',
])
/** Words where a clause ends: markers beyond them belong to another clause. */
const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '(', ')', 'but', 'while', 'after', 'before', 'pero', 'mientras', 'tras', 'and', 'y'])
/** Words looked at before the trigger. */
const WINDOW = 8

export interface Word {
  readonly text: string
  /** True when the word is itself an event trigger. */
  readonly trigger: boolean
}

function norm(word: string): string {
  return foldDiacritics(word).toLowerCase().replace(/’/g, "'")
}

/** The words of the trigger's clause before it, nearest first. */
function clauseBefore(words: readonly Word[], trigger: number): string[] {
  const out: string[] = []
  for (let i = trigger - 1; i >= 0 && out.length < WINDOW; i--) {
    const w = norm(words[i]!.text)
    if (CLAUSE_BREAK.has(w)) break
    out.push(w)
  }
  return out
}

/** A calling-off word next to the trigger on one side (`step` -1 before, 1 after), across articles and auxiliaries only. */
function calledOff(words: readonly Word[], trigger: number, step: -1 | 1): boolean {
  for (let i = trigger + step, seen = 0; i >= 0 && i < words.length && seen < 3; i += step, seen++) {
    const w = norm(words[i]!.text)
    if (CALLED_OFF.has(w)) return true
    if (!BETWEEN.has(w)) return false
  }
  return false
}

/**
 * A word calling the event off right beside it, or a negation among the four words before the trigger, unless another trigger
 * stands between: in "did not reject the offer" only the rejection is negated.
 */
export function isNegated(words: readonly Word[], trigger: number): boolean {
  if (calledOff(words, trigger, -1) || calledOff(words, trigger, 1)) return true
  for (let i = trigger - 1; i >= 0 && i >= trigger - 4; i--) {
    const word = words[i]!
    const w = norm(word.text)
    // "did not rule out talks": the negation is of the ruling out; the talks stay possible.
    if (RULE_OUT.has(w)) return false
    if (NEGATION.has(w) || w.endsWith("n't")) return true
    if (BLOCKED.has(w) && i === trigger - 2 && /^(?:to|a)$/i.test(words[i + 1]!.text)) return true
    if (word.trigger || CLAUSE_BREAK.has(w)) return false
  }
  return false
}

/**
 * Whether the trigger at `at` (offset in the sentence) is asked about: inside
 * a Spanish "¿…?" pair, or in a sentence that ends with "?".
 */
function isQuestion(sentence: string, at: number): boolean {
  const open = sentence.lastIndexOf('¿', at)
  if (open >= 0) {
    const close = sentence.indexOf('?', open)
    if (close > at) return true
  }
  return !sentence.includes('¿') && /\?\s*["”»’']?\s*$/.test(sentence)
}

/** A ruling-out verb with a negation before it, in the trigger's clause (`before` nearest first). */
function notRuledOut(before: readonly string[]): boolean {
  const at = before.findIndex((w) => RULE_OUT.has(w))
  return at >= 0 && before.slice(at + 1).some((w) => NEGATION.has(w) || w.endsWith("n't"))
}

/**
 * Question > conditional > speculative > expected > asserted. `future` says the
 * event's own time lies after publication, which makes an assertion expected.
 */
export function modalityOf(words: readonly Word[], trigger: number, sentence: string, at: number, future: boolean): EventModality {
  if (isQuestion(sentence, at)) return 'question'
  const before = clauseBefore(words, trigger)
  // "If" opens a clause: look for it anywhere before the trigger in the sentence.
  for (let i = trigger - 1; i >= 0; i--) {
    const w = words[i]!.text
    // "sí" (yes) folds to "si" (if): the accent tells them apart.
    if (CONDITIONAL.has(norm(w)) && !w.includes('í')) return 'conditional'
  }
  if (before.some((w) => SPECULATIVE.has(w)) || notRuledOut(before)) return 'speculative'
  const own = words[trigger]!.text
  if (before.some((w) => EXPECTED.has(w)) || /(?:rá|rán|remos)$/.test(own) || future) return 'expected'
  return 'asserted'
}
