/**
 * @module nlp/times/tense
 * The tense around an expression, from the nearest word that marks one. A
 * clause break (comma, "that", "que") between the two counts as distance, so
 * in "Turkey will host talks on Saturday, officials said" the "will" of the
 * expression's own clause wins over the "said" after the comma. Words inside
 * the sentence's other time expressions mark nothing.
 */
import type { Span } from '../../doc/types.js'
import type { Tense, TimeLanguage } from './language.js'

const WORD = /[\p{L}’']+|[,;:—–()]/gu
const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '(', ')', 'that', 'que', 'but', 'pero', 'while', 'mientras'])
/** Words a clause break costs, so a marker across one loses to a near one inside. */
const BREAK_COST = 6

export function tenseAround(sentence: string, offset: number, expr: Span, lang: TimeLanguage, others: readonly Span[] = []): Tense | null {
  const words: { text: string; start: number; end: number }[] = []
  WORD.lastIndex = 0
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    words.push({ text: m[0].toLowerCase().replace(/’/g, "'"), start: offset + m.index, end: offset + m.index + m[0].length })
  }
  const first = words.findIndex((w) => w.end > expr.start)
  const last = words.findLastIndex((w) => w.start < expr.end)
  let best: Tense | null = null
  let bestCost = Infinity
  const scan = (from: number, step: 1 | -1): void => {
    let cost = 0
    for (let i = from; i >= 0 && i < words.length; i += step) {
      const word = words[i]!.text
      if (CLAUSE_BREAK.has(word)) {
        cost += BREAK_COST
        continue
      }
      cost++
      if (cost >= bestCost) return
      // The "next" of another expression ("… and leave next week") marks that one's time, not ours.
      if (others.some((o) => o.start <= words[i]!.start && words[i]!.end <= o.end)) continue
      const tense = lang.tenseOf(word, words[i + 1]?.text ?? '')
      if (tense) {
        best = tense === 'past' && futureAuxiliaryBefore(i) ? 'future' : tense === 'future' && pastAuxiliaryBefore(i) ? 'past' : tense
        bestCost = cost
        return
      }
    }
  }
  // A participle after a future auxiliary ("will be held") is future.
  const futureAuxiliaryBefore = (i: number): boolean =>
    [i - 1, i - 2].some((j) => j >= 0 && lang.tenseOf(words[j]!.text, words[j + 1]!.text) === 'future')
  // A plan told in the past ("was set to land", "were due to arrive") is one that was, or
  // was not, carried out before the report: the past.
  const pastAuxiliaryBefore = (i: number): boolean => i > 0 && (words[i - 1]!.text === 'was' || words[i - 1]!.text === 'were')
  if (first < 0) return null
  scan(first - 1, -1)
  scan(last + 1, 1)
  return best
}
