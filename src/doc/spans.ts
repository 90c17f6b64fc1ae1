/**
 * @module doc/spans
 * Range lookups over stand-off spans sorted by start. Stages ask "which
 * mentions lie in this sentence?" once per sentence or trigger; scanning every
 * mention each time made long articles quadratic (an 8,000-paragraph page took
 * most of a minute), so they bisect a sorted list instead.
 */

/** Index of the first span whose start is at or after `offset` (spans sorted by start). */
export function firstStartingAt(spans: readonly { readonly start: number }[], offset: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (spans[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The spans (sorted by start) that lie wholly inside [start, end), in order. */
export function spansWithin<T extends { readonly start: number; readonly end: number }>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = []
  for (let i = firstStartingAt(spans, start); i < spans.length && spans[i]!.start < end; i++) {
    if (spans[i]!.end <= end) out.push(spans[i]!)
  }
  return out
}

