/**
 * @module nlp/events/subordinate
 * Triggers that name a part or an aim of another event of their sentence
 * rather than a happening of their own:
 *
 * - a noun inside a purpose infinitive of a verb: "will visit Malatya to
 *   inspect the rescue effort" is a visit; the rescue is what the visit is
 *   for. After a noun the infinitive often tells what the event will make
 *   ("in negotiations to arrange the deal"), an event of its own;
 * - an "-ing" verb in a participial clause after another event: "visited
 *   Malatya, walking the streets and meeting families" is one visit, the
 *   meeting is something done during it. A consequence is not such a part:
 *   "struck near Malatya, damaging roads" tells a result, a happening of its own.
 */
import { foldDiacritics } from '../../util/text.js'
import { CONSEQUENCE_TYPES } from './lexicon.js'
import type { Word } from './modality.js'

/** Words where a clause ends before the trigger: an earlier event beyond them is not this one's head. */
const CLAUSE_BREAK = new Set([';', ':', '—', '–', '(', ')', 'but', 'while', 'after', 'before', 'because', 'when', 'pero', 'mientras', 'tras'])
/** Words after "to" that show a noun phrase, not an infinitive ("damage to the port"). */
const NOT_VERBS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'that', 'these', 'those', 'some', 'all', 'about', 'more', 'be'])
/** How many words may stand between the infinitive's verb and the noun ("to inspect the rescue effort"). */
const OBJECT_REACH = 3
/** How far back the head event may stand, and a participial clause open ("walking through the worst-hit streets of … and meeting"). */
const WINDOW = 24

function norm(word: string): string {
  return foldDiacritics(word).toLowerCase()
}

/** Whether an earlier trigger (a verb one when `verbs` is given) stands in the clause before index `from` (exclusive). */
function headBefore(words: readonly Word[], from: number, stop: number, verbs?: readonly boolean[]): boolean {
  for (let i = from - 1; i >= 0 && i >= stop; i--) {
    if (CLAUSE_BREAK.has(norm(words[i]!.text))) return false
    if (words[i]!.trigger) return verbs === undefined || verbs[i] === true
  }
  return false
}

/** "visit … to inspect the rescue effort": the noun trigger at `at` is in the purpose clause of a verb trigger (`verbs[i]`). */
function inPurpose(words: readonly Word[], verbs: readonly boolean[], at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - OBJECT_REACH - 2; i--) {
    const w = norm(words[i]!.text)
    if (w === ',' || CLAUSE_BREAK.has(w) || words[i]!.trigger) return false
    if (w !== 'to' || i + 1 >= at) continue
    const verb = words[i + 1]!.text
    if (NOT_VERBS.has(norm(verb)) || !/^\p{Ll}+$/u.test(verb)) return false
    return headBefore(words, i, i - WINDOW, verbs)
  }
  return false
}

/** "visited Malatya, walking … and meeting families": the "-ing" trigger at `at` is in a participial clause after another event. */
function inParticipial(words: readonly Word[], at: number): boolean {
  if (!/ing$/.test(norm(words[at]!.text))) return false
  for (let i = at - 1; i >= 0 && i >= at - WINDOW; i--) {
    const w = norm(words[i]!.text)
    if (CLAUSE_BREAK.has(w) || words[i]!.trigger) return false
    // The clause opens with a comma and a participle: ", walking" or the trigger itself (", meeting").
    if (w === ',' && /^\p{Ll}+ing$/u.test(words[i + 1]!.text)) return headBefore(words, i, i - WINDOW)
  }
  return false
}

/**
 * Whether the trigger at `at`, of type `type`, names a part or aim of another
 * event of the sentence, not a happening of its own; `verbs[i]` says word i is
 * a verb trigger.
 */
export function isSubordinate(words: readonly Word[], verbs: readonly boolean[], at: number, type: string): boolean {
  return (!verbs[at] && inPurpose(words, verbs, at)) || (!CONSEQUENCE_TYPES.has(type) && inParticipial(words, at))
}
