/**
 * @module web/diff — paragraph-level diff between two versions of an article,
 * for the "Versions" section: which paragraphs were added, removed or kept.
 * A longest-common-subsequence over paragraphs after trimming the shared head
 * and tail; articles have tens of paragraphs, so the table stays small, and a
 * cap falls back to set membership for pathological inputs.
 */
import { paragraphSpans } from './annotate.js'

/** Above this many LCS cells (changed paragraphs old × new) use set membership instead. */
const MAX_DIFF_CELLS = 250_000

export interface DiffOp {
  readonly op: 'same' | 'added' | 'removed'
  readonly text: string
}

/** Paragraph texts, with runs of whitespace folded so re-wrapping is not a change. */
export function paragraphsOf(text: string): string[] {
  return paragraphSpans(text).map((p) => text.slice(p.start, p.end).replace(/\s+/g, ' '))
}

/** Old → new as a sequence of kept, removed and added paragraphs, in reading order. */
export function diffParagraphs(oldText: string, newText: string): DiffOp[] {
  const a = paragraphsOf(oldText)
  const b = paragraphsOf(newText)
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++
  const midA = a.slice(head, a.length - tail)
  const midB = b.slice(head, b.length - tail)
  const ops: DiffOp[] = a.slice(0, head).map((text) => ({ op: 'same', text }))
  ops.push(...(midA.length * midB.length > MAX_DIFF_CELLS ? bySet(midA, midB) : byLcs(midA, midB)))
  for (const text of a.slice(a.length - tail)) ops.push({ op: 'same', text })
  return ops
}

function byLcs(a: readonly string[], b: readonly string[]): DiffOp[] {
  const n = a.length
  const m = b.length
  // len[i][j] = LCS length of a[i..] and b[j..], flattened row-major.
  const len = new Uint32Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      len[i * (m + 1) + j] =
        a[i] === b[j] ? len[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(len[(i + 1) * (m + 1) + j]!, len[i * (m + 1) + j + 1]!)
    }
  }
  const ops: DiffOp[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      ops.push({ op: 'same', text: a[i]! })
      i++
      j++
    } else if (len[(i + 1) * (m + 1) + j]! >= len[i * (m + 1) + j + 1]!) {
      ops.push({ op: 'removed', text: a[i++]! })
    } else {
      ops.push({ op: 'added', text: b[j++]! })
    }
  }
  while (i < n) ops.push({ op: 'removed', text: a[i++]! })
  while (j < m) ops.push({ op: 'added', text: b[j++]! })
  return ops
}

function bySet(a: readonly string[], b: readonly string[]): DiffOp[] {
  const inA = new Set(a)
  const inB = new Set(b)
  const ops: DiffOp[] = a.filter((t) => !inB.has(t)).map((text) => ({ op: 'removed', text }))
  for (const text of b) ops.push({ op: inA.has(text) ? 'same' : 'added', text })
  return ops
}
