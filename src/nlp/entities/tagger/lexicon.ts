/**
 * @module nlp/entities/tagger/lexicon — words the training text writes mostly
 * in lower case ("while", "so", "may"), kept as hashes in the model. The
 * perceptron only moves weights on mistakes, so a word that is always O gets
 * little weight of its own; this flag lets a capitalised sentence opener that
 * is a common word ("While", "So") be told from a name.
 */
import { tokenize } from '../../sentences/tokens.js'
import { toUnits } from '../units.js'
import { hashRange } from './hashing.js'

const MIN_LOWER = 3

/** Sorted hashes of unit keys seen in lower case at least MIN_LOWER times and more often than capitalised mid-sentence. */
export function lowercaseWords(texts: readonly string[]): Int32Array {
  const lower = new Map<number, number>()
  const capital = new Map<number, number>()
  for (const text of texts) {
    const units = toUnits(text, tokenize(text))
    units.forEach((u, i) => {
      if (!u.word) return
      const h = hashRange(u.key, 0, u.key.length)
      if (!u.cap) lower.set(h, (lower.get(h) ?? 0) + 1)
      else if (units[i - 1]?.word) capital.set(h, (capital.get(h) ?? 0) + 1)
    })
  }
  const out = [...lower].filter(([h, n]) => n >= MIN_LOWER && n > (capital.get(h) ?? 0)).map(([h]) => h)
  return Int32Array.from(out.sort((a, b) => a - b))
}
