/**
 * Two title fights of one champion a week apart share the champion, the
 * belts and the vocabulary of the ring; the challenger is what tells them
 * apart. Written reports, no data set text.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { prepareArticles } from './articles.js'
import { computeStoryGraph } from './index.js'
import { emptyTally, addProtagonists, leadProtagonists, protagonistConflict } from './protagonists.js'
import { article } from './testkit.js'
import type { StoryInput } from './types.js'

/** A report of the ring beat; `people` are [name, needles…] of the persons it names. */
function report(id: string, published: string, text: string, people: readonly (readonly [string, ...string[]])[]): StoryInput {
  return article({ id, outlet: 'Ring Wire', published, text, entities: people.map(([name, ...needles]) => ['PERSON', name, ...needles] as const) })
}

const marshFight = report(
  'marsh-1',
  '2026-05-09',
  'Dario Venn kept his heavyweight belts on Saturday, stopping Ilko Marsh in the ninth round before a full arena in Corvale. ' +
    'Marsh went down twice in the eighth and the referee waved the bout off early in the ninth. ' +
    'Marsh, the mandatory challenger, had not lost in six years. Venn now holds three of the four titles.',
  [['Dario Venn', 'Dario Venn'], ['Ilko Marsh', 'Ilko Marsh', 'Marsh,', 'Marsh went']],
)

const kaskFight = report(
  'kask-1',
  '2026-05-16',
  'Heavyweight champion Dario Venn retained his titles by stopping Teodor Kask in the sixth round on Saturday night. ' +
    'Kask, a late substitute, was floored by a right hand and never recovered. ' +
    'The referee stopped the bout after Kask rose on unsteady legs. Venn holds three of the four heavyweight belts.',
  [['Dario Venn', 'Dario Venn', 'Venn holds'], ['Teodor Kask', 'Teodor Kask', 'Kask,', 'Kask rose']],
)

/** About the first fight, centred on a new name, the loser's trainer, but naming the loser too. */
const trainerReport = report(
  'marsh-2',
  '2026-05-17',
  'Sela Dorn, who trains Ilko Marsh, said the ninth-round stoppage in Corvale came too early. ' +
    'Dorn said the referee should have let the bout go on after the knockdowns in the eighth. ' +
    'Dorn will ask for a rematch with Dario Venn for the heavyweight belts.',
  [['Sela Dorn', 'Sela Dorn', 'Dorn said', 'Dorn will'], ['Ilko Marsh', 'Ilko Marsh'], ['Dario Venn', 'Dario Venn']],
)

test('the second title fight of a champion starts its own storyline: its challenger is new and the first challenger goes unnamed', () => {
  const graph = computeStoryGraph([marshFight, kaskFight, trainerReport])
  assert.deepEqual(
    graph.storylines.map((s) => s.articles.map((a) => a.id)),
    [['marsh-1', 'marsh-2'], ['kask-1']],
  )
})

test("a report's protagonist is the lead person it mentions most, by surname; a name said once is none", () => {
  const [marsh, kask, trainer] = prepareArticles([marshFight, kaskFight, trainerReport]) // publication order
  assert.deepEqual(leadProtagonists(marsh!), ['marsh'])
  assert.deepEqual(leadProtagonists(kask!), ['kask'])
  assert.deepEqual(leadProtagonists(trainer!), ['dorn'])
  const once = prepareArticles([
    report('once', '2026-05-01', 'Dario Venn trained in Corvale. The gym was full.', [['Dario Venn', 'Dario Venn']]),
  ])[0]!
  assert.deepEqual(leadProtagonists(once), [])
})

test('no conflict when the report names the storyline protagonist or the storyline already used the report protagonist', () => {
  const tally = emptyTally()
  addProtagonists(tally, [['marsh', 1]], 1)
  const words = (text: string) => () => new Set(text.toLowerCase().split(' '))
  const storyTerms = new Map([['venn', 1], ['marsh', 1]])
  assert.equal(protagonistConflict(['kask'], words('venn stopped kask'), tally, storyTerms), true)
  assert.equal(protagonistConflict(['dorn'], words('dorn trains marsh'), tally, storyTerms), false)
  assert.equal(protagonistConflict(['venn'], words('venn stopped kask'), tally, storyTerms), false)
  // A name that led fewer than half the storyline's reports is not its protagonist.
  addProtagonists(tally, [], 2)
  assert.equal(protagonistConflict(['kask'], words('venn stopped kask'), tally, storyTerms), false)
})
