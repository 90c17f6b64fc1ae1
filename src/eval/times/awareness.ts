/**
 * @module eval/times/awareness
 * The SemEval-2015 Task 4 measure, written from the task's description: a
 * timeline becomes a graph of temporal relations and two graphs are compared
 * with TempEval-3's temporal awareness,
 *
 *   P = |Sys⁻ ∩ Ref⁺| / |Sys⁻|     R = |Ref⁻ ∩ Sys⁺| / |Ref⁻|
 *
 * where G⁺ is the closure of a graph and G⁻ its reduction. Our reading of the
 * conversion: event mentions on one line are SIMULTANEOUS (one event); lines
 * with the same position number are SIMULTANEOUS too (same time anchor), and
 * so is the anchor's date, added as a node of its own when the date is known;
 * a lower position is BEFORE a higher one. Position 0 holds the events the
 * annotators could not place in time: each such line keeps its simultaneity
 * and is ordered against nothing. With only BEFORE and SIMULTANEOUS between
 * classes, the closure is "same class" or "lower class". The reduction mirrors
 * the TimeML form of a timeline: each event SIMULTANEOUS with its anchor date,
 * each anchor BEFORE the next one (the lines of position 0, having no anchor,
 * chain their mentions in sorted order).
 */

export interface TimelineEntry {
  readonly position: number
  /** "2005-04-27", "2005-01-XX", "XXXX-XX-XX". */
  readonly date: string
  /** Event mentions "docid-sentence-text" on this line (one event). */
  readonly mentions: readonly string[]
}

interface Classes {
  /** Node → class number; ordered classes are numbered by position, unordered ones below zero. */
  readonly classOf: ReadonlyMap<string, number>
  /** Class members in sorted order, ordered classes first in time order. */
  readonly ordered: readonly (readonly string[])[]
  readonly unordered: readonly (readonly string[])[]
}

function classes(timeline: readonly TimelineEntry[]): Classes {
  const byPosition = new Map<number, Set<string>>()
  const unordered: string[][] = []
  for (const e of timeline) {
    if (e.position === 0) {
      unordered.push([...new Set(e.mentions)].sort())
      continue
    }
    const members = byPosition.get(e.position) ?? new Set<string>()
    for (const m of e.mentions) members.add(m)
    if (!e.date.startsWith('XXXX')) members.add(`date:${e.date}`)
    byPosition.set(e.position, members)
  }
  const positions = [...byPosition.keys()].sort((a, b) => a - b)
  // The date node leads its class: events relate to their anchor, anchors to each other.
  const ordered = positions.map((p) => [...byPosition.get(p)!].sort((a, b) => Number(b.startsWith('date:')) - Number(a.startsWith('date:')) || (a < b ? -1 : a > b ? 1 : 0)))
  const classOf = new Map<string, number>()
  // A node listed twice keeps its first class: a timeline should not list one mention twice.
  ordered.forEach((members, i) => members.forEach((m) => classOf.has(m) || classOf.set(m, i)))
  unordered.forEach((members, i) => members.forEach((m) => classOf.has(m) || classOf.set(m, -1 - i)))
  return { classOf, ordered, unordered }
}

type Relation = readonly [kind: 'SIM' | 'BEFORE', a: string, b: string]

function reduction(c: Classes): Relation[] {
  const out: Relation[] = []
  for (const members of c.ordered) {
    for (let i = 1; i < members.length; i++) out.push(['SIM', members[0]!, members[i]!])
  }
  for (const members of c.unordered) {
    for (let i = 1; i < members.length; i++) out.push(['SIM', members[i - 1]!, members[i]!])
  }
  for (let i = 1; i < c.ordered.length; i++) out.push(['BEFORE', c.ordered[i - 1]![0]!, c.ordered[i]![0]!])
  return out
}

function inClosure(c: Classes, [kind, a, b]: Relation): boolean {
  const x = c.classOf.get(a)
  const y = c.classOf.get(b)
  if (x === undefined || y === undefined) return false
  return kind === 'SIM' ? x === y : x >= 0 && y >= 0 && x < y
}

export interface AwarenessCounts {
  /** System reduction relations found in the reference closure, and how many there are. */
  precisionHits: number
  system: number
  /** Reference reduction relations found in the system closure, and how many there are. */
  recallHits: number
  reference: number
}

export function awareness(reference: readonly TimelineEntry[], system: readonly TimelineEntry[]): AwarenessCounts {
  const ref = classes(reference)
  const sys = classes(system)
  const sysRed = reduction(sys)
  const refRed = reduction(ref)
  return {
    precisionHits: sysRed.filter((r) => inClosure(ref, r)).length,
    system: sysRed.length,
    recallHits: refRed.filter((r) => inClosure(sys, r)).length,
    reference: refRed.length,
  }
}

/** Parses the task's timeline file: "position<TAB>date<TAB>mention<TAB>mention…" after a title line. */
export function parseTimeline(text: string): { target: string; entries: TimelineEntry[] } {
  const lines = text.split(/\r?\n/)
  const entries: TimelineEntry[] = []
  for (const line of lines.slice(1)) {
    const cells = line.split('\t').map((c) => c.trim()).filter(Boolean)
    if (cells.length < 3 || !/^\d+$/.test(cells[0]!)) continue
    entries.push({ position: Number(cells[0]), date: cells[1]!, mentions: cells.slice(2) })
  }
  return { target: lines[0]!.trim(), entries }
}
