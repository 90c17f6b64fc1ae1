/**
 * @module nlp/entities/tagger/tags — the tag set: BILOU over PER, ORG and
 * LOC. BILOU rather than BIO because a one-word name (U) and the last word of
 * a name (L) are told apart by different cues, and the Viterbi decoder then
 * scores the end of a name as a decision, not a side effect.
 */

export type NerType = 'PER' | 'ORG' | 'LOC'
export const NER_TYPES: readonly NerType[] = ['PER', 'ORG', 'LOC']

/** A typed span over units [first, end). */
export interface UnitSpan {
  readonly first: number
  readonly end: number
  readonly type: NerType
}

export const O = 0
const B = 1
const I = 2
const L = 3
const U = 4
/** 0 is O; then B, I, L, U for each type in NER_TYPES order. */
export const TAG_COUNT = 1 + 4 * NER_TYPES.length

function tag(part: number, type: number): number {
  return 1 + 4 * type + (part - 1)
}
function partOf(t: number): number {
  return t === O ? O : ((t - 1) % 4) + 1
}
function typeOf(t: number): number {
  return (t - 1) >> 2
}

/** A tag that continues a name, so the next must be I or L of the same type. */
function opens(t: number): boolean {
  const p = partOf(t)
  return p === B || p === I
}

/**
 * Whether `cur` may follow `prev` (-1 at a sentence start); `last` marks the
 * sentence's last unit. Punctuation (`word` false) may sit inside a name
 * ("U.S.", "AT&T") but never starts or ends one.
 */
export function allowed(prev: number, cur: number, last: boolean, word: boolean): boolean {
  const p = partOf(cur)
  if (prev >= 0 && opens(prev)) {
    if (p !== I && p !== L) return false
    return typeOf(cur) === typeOf(prev) && (last ? p === L && word : p === I || (word && p === L))
  }
  if (!word) return p === O
  if (p === I || p === L) return false
  return !last || p !== B
}

/** BILOU tags for `n` units carrying `spans` (spans must not overlap). */
export function spansToTags(n: number, spans: readonly UnitSpan[]): Uint8Array {
  const tags = new Uint8Array(n)
  for (const s of spans) {
    const t = NER_TYPES.indexOf(s.type)
    if (s.end - s.first === 1) {
      tags[s.first] = tag(U, t)
      continue
    }
    tags[s.first] = tag(B, t)
    for (let k = s.first + 1; k < s.end - 1; k++) tags[k] = tag(I, t)
    tags[s.end - 1] = tag(L, t)
  }
  return tags
}

/** The spans a well-formed tag sequence encodes. */
export function tagsToSpans(tags: ArrayLike<number>): UnitSpan[] {
  const out: UnitSpan[] = []
  let start = -1
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!
    const p = partOf(t)
    if (p === U) out.push({ first: i, end: i + 1, type: NER_TYPES[typeOf(t)]! })
    else if (p === B) start = i
    else if (p === L && start >= 0) {
      out.push({ first: start, end: i + 1, type: NER_TYPES[typeOf(t)]! })
      start = -1
    }
  }
  return out
}

/** allowed() for every case, as a table: index ((prev + 1)·TAG_COUNT + cur)·4 + last·2 + word. */
export const ALLOWED: Uint8Array = (() => {
  const table = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT * 4)
  for (let prev = -1; prev < TAG_COUNT; prev++) {
    for (let cur = 0; cur < TAG_COUNT; cur++) {
      for (let last = 0; last < 2; last++) {
        for (let word = 0; word < 2; word++) table[((prev + 1) * TAG_COUNT + cur) * 4 + last * 2 + word] = allowed(prev, cur, last === 1, word === 1) ? 1 : 0
      }
    }
  }
  return table
})()

/**
 * The tags allowed before each tag, so Viterbi visits only those: for tag t
 * and flags f (last·2 + word), `PREVS[(t·4 + f)·TAG_COUNT ..]` holds
 * `PREV_COUNTS[t·4 + f]` previous tags.
 */
export const PREVS = new Int8Array(TAG_COUNT * 4 * TAG_COUNT)
export const PREV_COUNTS = new Int8Array(TAG_COUNT * 4)
for (let cur = 0; cur < TAG_COUNT; cur++) {
  for (let flags = 0; flags < 4; flags++) {
    const at = cur * 4 + flags
    for (let prev = 0; prev < TAG_COUNT; prev++) {
      if (ALLOWED[((prev + 1) * TAG_COUNT + cur) * 4 + flags]) PREVS[at * TAG_COUNT + PREV_COUNTS[at]!++] = prev
    }
  }
}
