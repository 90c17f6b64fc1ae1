/**
 * @module eval/attribution/brat — reads PolNeAR's brat standoff: text-bound
 * annotations ("T3\tContent 12 40;52 80\t…") and the events that tie a
 * Source, Cue and Content into one attribution relation ("E1\tAttribution:T4
 * Content:T3 Cue:T2 Source:T1"). Spans may be discontinuous, so a role is a
 * list of fragments. brat counts offsets in code points; JavaScript strings
 * in UTF-16 units, so offsets are converted against the text.
 */
import type { Span } from '../../doc/types.js'
import { StorytraceError } from '../../errors.js'

export type Role = 'source' | 'cue' | 'content'
export const ROLES: readonly Role[] = ['source', 'cue', 'content']

/** One attribution relation; a role absent from the annotation is null. */
export type Relation = Record<Role, Span[] | null>

const ROLE_OF: Readonly<Record<string, Role>> = { Source: 'source', Cue: 'cue', Content: 'content' }

/** UTF-16 offset of every code-point offset of `text` (identical when the text has no astral characters). */
function codePointOffsets(text: string): (cp: number) => number {
  const units: number[] = []
  for (let i = 0; i < text.length; i++) {
    units.push(i)
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) i++
  }
  units.push(text.length)
  return (cp) => {
    const u = units[cp]
    if (u === undefined) throw new StorytraceError('E_SPAN_BOUNDS', `brat offset ${cp} is past the text`, { offset: cp })
    return u
  }
}

/** The relations of one .ann file over its text; relations with none of the three roles are left out. */
export function parseBrat(ann: string, text: string, file = 'annotation'): Relation[] {
  const toUnit = codePointOffsets(text)
  const spans = new Map<string, Span[]>()
  const events: string[][] = []
  for (const line of ann.split('\n')) {
    const cols = line.split('\t')
    const id = cols[0] ?? ''
    if (id.startsWith('T') && cols[1]) {
      const fragments = cols[1].replace(/^\S+\s+/, '').split(';')
      const parsed = fragments.map((f) => {
        const [a, b] = f.trim().split(/\s+/).map(Number)
        if (!Number.isInteger(a) || !Number.isInteger(b) || a! > b!) {
          throw new StorytraceError('E_INPUT_FORMAT', `${file}: malformed span "${f}" in ${id}`, { file, line })
        }
        return { start: toUnit(a!), end: toUnit(b!) }
      })
      spans.set(id, parsed)
    } else if (id.startsWith('E') && cols[1]) events.push(cols[1].trim().split(/\s+/))
  }
  const relations: Relation[] = []
  for (const args of events) {
    const rel: Relation = { source: null, cue: null, content: null }
    for (const arg of args.slice(1)) {
      const [roleName, ref] = arg.split(':')
      const role = ROLE_OF[(roleName ?? '').replace(/\d+$/, '')]
      const frags = ref ? spans.get(ref) : undefined
      if (!role || !frags) continue
      // A second Cue or Content of the same relation ("Cue2:T9") adds fragments to the role.
      rel[role] = [...(rel[role] ?? []), ...frags].sort((a, b) => a.start - b.start)
    }
    if (rel.source || rel.cue || rel.content) relations.push(rel)
  }
  return relations
}
