/**
 * @module story/protagonists — whom a report is about, and when a report and
 * a storyline are about different people. Two events of one kind (two title
 * fights of one champion, two arrests by one police force) share their
 * vocabulary and most of their names; what tells them apart is the person at
 * the centre of each, the challenger or the suspect. A report's protagonist
 * is the person its lead names that the report mentions most; a storyline's
 * protagonists are the persons that were the protagonist of at least half of
 * its reports. A report conflicts with a storyline when its protagonist is a
 * name the storyline never used and the storyline's protagonist goes unnamed
 * in the report: the join score is then cut (PROTAGONIST_CONFLICT_FACTOR).
 *
 * Persons are keyed by the last word of their name (the surname), not by
 * entity id, so that "Hasim Rahman" in one report and "Rahman" in the next,
 * or one name typed two ways, are the same person here.
 */
import type { Article } from './articles.js'
import { compareStrings, normalWords } from './articles.js'
import { isContentTerm, leadEnd } from './features.js'
import { MAX_STORY_PROTAGONISTS, PROTAGONIST_MIN_MENTIONS } from './options.js'

/**
 * Surnames of the persons the lead names that the whole report mentions most
 * (all of them on a tie); none when that is fewer than
 * PROTAGONIST_MIN_MENTIONS mentions, since a name said once is no centre.
 * Only surnames that can be body terms count, so the storyline's term
 * centroid can tell whether it ever used them.
 */
export function leadProtagonists(article: Article): string[] {
  const end = leadEnd(article)
  let most = 0
  let names: string[] = []
  for (const e of article.doc.layers.entities ?? []) {
    if (e.type !== 'PERSON' || !e.mentions.some((m) => m.start < end)) continue
    const surname = normalWords(e.name).at(-1)
    if (surname === undefined || !isContentTerm(surname)) continue
    if (e.mentions.length > most) {
      most = e.mentions.length
      names = [surname]
    } else if (e.mentions.length === most && !names.includes(surname)) names.push(surname)
  }
  return most >= PROTAGONIST_MIN_MENTIONS ? names.sort(compareStrings) : []
}

/** A storyline's tally: how many reports it holds and whose protagonist each name was. */
export interface ProtagonistTally {
  reports: number
  readonly counts: Map<string, number>
}

export function emptyTally(): ProtagonistTally {
  return { reports: 0, counts: new Map() }
}

/** Counts `reports` more reports with these protagonists; keeps the MAX_STORY_PROTAGONISTS most frequent names. */
export function addProtagonists(tally: ProtagonistTally, protagonists: Iterable<readonly [string, number]>, reports: number): void {
  tally.reports += reports
  for (const [name, n] of protagonists) tally.counts.set(name, (tally.counts.get(name) ?? 0) + n)
  if (tally.counts.size <= MAX_STORY_PROTAGONISTS) return
  const kept = [...tally.counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0])).slice(0, MAX_STORY_PROTAGONISTS)
  tally.counts.clear()
  for (const [name, n] of kept) tally.counts.set(name, n)
}

/**
 * True when the report's protagonists are all names the storyline never used
 * (`storyTerms`: its body-term centroid) while one of the storyline's
 * protagonists is absent from the report's words.
 */
export function protagonistConflict(
  protagonists: readonly string[],
  words: () => ReadonlySet<string>,
  tally: ProtagonistTally,
  storyTerms: ReadonlyMap<string, number>,
): boolean {
  if (protagonists.length === 0 || tally.counts.size === 0) return false
  if (protagonists.some((p) => storyTerms.has(p))) return false
  const need = Math.ceil(tally.reports / 2)
  for (const [name, n] of tally.counts) if (n >= need && !words().has(name)) return true
  return false
}
