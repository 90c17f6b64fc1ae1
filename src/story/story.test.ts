import assert from 'node:assert/strict'
import { test } from 'node:test'
import { StorytraceError } from '../errors.js'
import { entityId } from '../util/text.js'
import { computeStoryGraph } from './index.js'
import { type ArticleSpec, article } from './testkit.js'
import type { StoryGraph, StoryInput } from './types.js'

const QUAKE_ENTITIES = [
  ['PLACE', 'Türkiye', 'Türkiye'],
  ['ORG', 'AFAD', 'AFAD'],
] as const

/** A February quake in Malatya province, three reports over four days. */
const malatya: StoryInput[] = [
  article({
    id: 'malatya-1',
    outlet: 'Anatolia Wire',
    published: '2026-02-10',
    title: 'Strong earthquake hits Malatya',
    text:
      'A magnitude 6.1 earthquake struck Malatya province in eastern Türkiye early on Tuesday, collapsing dozens of buildings in the town of Doğanşehir. ' +
      'AFAD, the disaster agency, said rescue teams had pulled forty people from the rubble. Governor Seda Aksoy said schools in the province would stay closed.',
    entities: [...QUAKE_ENTITIES, ['PLACE', 'Malatya', 'Malatya'], ['PLACE', 'Doğanşehir', 'Doğanşehir'], ['PERSON', 'Seda Aksoy', 'Seda Aksoy']],
    events: [{ sentence: 'A magnitude 6.1 earthquake struck Malatya province', trigger: 'earthquake', type: 'earthquake', place: entityId('PLACE', 'Malatya'), from: '2026-02-10' }],
  }),
  article({
    id: 'malatya-2',
    outlet: 'Harbor Ledger',
    published: '2026-02-11',
    title: 'Rescuers dig through freezing night in Doğanşehir',
    text:
      'Rescuers in Doğanşehir worked through a freezing night as AFAD raised the death toll from the Malatya earthquake to twenty-three. ' +
      'Volunteers from neighbouring provinces brought generators and blankets, and Governor Seda Aksoy asked residents to stay out of damaged buildings.',
    entities: [...QUAKE_ENTITIES.slice(1), ['PLACE', 'Malatya', 'Malatya'], ['PLACE', 'Doğanşehir', 'Doğanşehir'], ['PERSON', 'Seda Aksoy', 'Seda Aksoy']],
  }),
  article({
    id: 'malatya-3',
    outlet: 'Anatolia Wire',
    published: '2026-02-13',
    title: 'Aftershocks rattle Malatya as tents go up',
    text:
      'Strong aftershocks rattled Malatya on Thursday while AFAD put up tents for families whose homes in Doğanşehir were destroyed. ' +
      'Governor Seda Aksoy said the province would rebuild the collapsed school before the autumn term in Türkiye.',
    entities: [...QUAKE_ENTITIES, ['PLACE', 'Malatya', 'Malatya'], ['PLACE', 'Doğanşehir', 'Doğanşehir'], ['PERSON', 'Seda Aksoy', 'Seda Aksoy']],
  }),
]

/** A June quake in Van province: the same country and agency, a different story. */
const van: StoryInput[] = [
  article({
    id: 'van-1',
    outlet: 'Anatolia Wire',
    published: '2026-06-18',
    title: 'Quake damages homes in Van province',
    text:
      'A magnitude 5.6 earthquake shook Van province in Türkiye on Thursday, damaging hundreds of homes in Erciş near the lake shore. ' +
      'AFAD sent search teams from Erzurum, and mayor Kemal Durak said two people were missing.',
    entities: [...QUAKE_ENTITIES, ['PLACE', 'Van', 'Van province'], ['PLACE', 'Erciş', 'Erciş'], ['PERSON', 'Kemal Durak', 'Kemal Durak']],
    events: [{ sentence: 'A magnitude 5.6 earthquake shook Van province', trigger: 'earthquake', type: 'earthquake', place: entityId('PLACE', 'Van'), from: '2026-06-18' }],
  }),
  article({
    id: 'van-2',
    outlet: 'Harbor Ledger',
    published: '2026-06-19',
    title: 'Families in Erciş sleep outdoors after quake',
    text:
      'Families in Erciş slept outdoors for a second night, four months after the Malatya earthquake in February left thousands homeless in Türkiye. ' +
      'AFAD said the two missing men had been found alive, and Kemal Durak promised temporary housing by the end of the month.',
    entities: [...QUAKE_ENTITIES, ['PLACE', 'Malatya', 'Malatya'], ['PLACE', 'Erciş', 'Erciş'], ['PERSON', 'Kemal Durak', 'Kemal Durak']],
    times: [['in February', '2026-02-01', '2026-02-28']],
  }),
]

const STRIKE_ENTITIES = [
  ['PLACE', 'Valmora', 'Valmora'],
  ['PERSON', 'Irena Kovalenko', 'Irena Kovalenko', 'Kovalenko'],
  ['ORG', 'Valmora Stevedores Union', 'stevedores union'],
] as const

/** A dock strike reported over six weeks, each report a new development. */
const strikeSpecs: readonly [string, string, string][] = [
  ['2026-03-02', 'Valmora dockers walk out', 'Dock workers at the port of Valmora walked off the job, led by the stevedores union chief Irena Kovalenko, halting grain loading at the harbour.'],
  ['2026-03-10', 'Port talks stall', 'Talks between port managers and the Valmora stevedores union stalled again, Irena Kovalenko said, as grain ships waited outside the harbour.'],
  ['2026-03-19', 'Mediator named in dock strike', 'A mediator was named to end the Valmora dock strike after Irena Kovalenko and port managers failed to agree on wages for the stevedores union.'],
  ['2026-03-29', 'Court rules on dock strike', 'A court in Valmora ruled the dock strike lawful, a victory for Irena Kovalenko and the stevedores union, while grain exporters counted losses at the harbour.'],
  ['2026-04-07', 'Dockers vote on pay deal', 'Members of the stevedores union in Valmora began voting on a pay deal that Irena Kovalenko called the best offer port managers had made since the strike began.'],
  ['2026-04-13', 'Grain ships leave Valmora', 'Grain ships left the harbour at Valmora after the stevedores union accepted the pay deal, ending the six week dock strike, Irena Kovalenko said.'],
]
const strike: StoryInput[] = strikeSpecs.map(([published, title, text], i) =>
  article({ id: `strike-${i + 1}`, outlet: i % 2 ? 'Harbor Ledger' : 'Valmora Times', published, title, text, entities: STRIKE_ENTITIES }),
)

function groups(graph: StoryGraph): string[][] {
  return graph.storylines.map((s) => s.articles.map((a) => a.id))
}

test('two earthquakes in Türkiye months apart in different provinces are two storylines', () => {
  const graph = computeStoryGraph([...van, ...malatya])
  assert.deepEqual(groups(graph), [
    ['malatya-1', 'malatya-2', 'malatya-3'],
    ['van-1', 'van-2'],
  ])
})

test('a story reported over six weeks stays one storyline', () => {
  const graph = computeStoryGraph(strike)
  assert.deepEqual(groups(graph), [strike.map((a) => a.id)])
})

test('storylines are listed by their first article, and stories with different actors and places stay apart', () => {
  const graph = computeStoryGraph([strike[0]!, malatya[0]!, strike[1]!, malatya[1]!])
  assert.deepEqual(groups(graph), [
    ['malatya-1', 'malatya-2'],
    ['strike-1', 'strike-2'],
  ])
})

/** A deterministic shuffle, so the test does not depend on chance. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items]
  let s = seed
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

test('the same article set in any order gives the same graph', () => {
  const all = [...malatya, ...van, ...strike]
  const reference = computeStoryGraph(all)
  for (const seed of [1, 7, 42]) assert.deepEqual(computeStoryGraph(shuffled(all, seed)), reference)
  assert.deepEqual(computeStoryGraph([...all].reverse()), reference)
})

test('storyline id comes from its earliest article and does not change as the story grows', () => {
  const early = computeStoryGraph(strike.slice(0, 2)).storylines[0]!
  const full = computeStoryGraph(strike).storylines[0]!
  assert.equal(early.id, full.id)
  assert.match(full.id, /^st_[0-9a-f]{12}$/)
  const other = computeStoryGraph(strike.slice(1)).storylines[0]!
  assert.notEqual(other.id, full.id)
})

test('key entities are counted per storyline and ordered by the number of articles mentioning them', () => {
  const s = computeStoryGraph(malatya).storylines[0]!
  const byId = new Map(s.entities.map((e) => [e.id, e]))
  assert.deepEqual(byId.get('org:afad'), { id: 'org:afad', name: 'AFAD', type: 'ORG', mentions: 3, articles: 3 })
  assert.deepEqual(byId.get('place:turkiye'), { id: 'place:turkiye', name: 'Türkiye', type: 'PLACE', mentions: 2, articles: 2 })
  const articles = s.entities.map((e) => e.articles)
  assert.deepEqual(articles, [...articles].sort((a, b) => b - a))
  assert.equal(s.entities[s.entities.length - 1]!.id, 'place:turkiye')
})

test('coverage counts articles per day per outlet, undated articles left out', () => {
  const undated: ArticleSpec = { id: 'malatya-undated', outlet: 'Anatolia Wire', text: 'Malatya earthquake: AFAD rescue teams and Governor Seda Aksoy in Doğanşehir.', entities: [['PLACE', 'Malatya', 'Malatya'], ['ORG', 'AFAD', 'AFAD'], ['PERSON', 'Seda Aksoy', 'Seda Aksoy']] }
  const sameDay = article({ ...undated, id: 'malatya-4', published: '2026-02-13T18:00:00Z' })
  const graph = computeStoryGraph([...malatya, sameDay, article(undated)])
  const s = graph.storylines.find((x) => x.articles.some((a) => a.id === 'malatya-1'))!
  assert.deepEqual(s.coverage, [
    { date: '2026-02-10', outlet: 'outlet:anatolia-wire', articles: 1 },
    { date: '2026-02-11', outlet: 'outlet:harbor-ledger', articles: 1 },
    { date: '2026-02-13', outlet: 'outlet:anatolia-wire', articles: 2 },
  ])
})

test('the storyline title is the title of its most representative article', () => {
  const s = computeStoryGraph(malatya).storylines[0]!
  assert.ok(malatya.some((a) => a.doc.meta.title === s.title), s.title)
})

test('invalid options are rejected with E_CONFIG before any work', () => {
  assert.throws(
    () => computeStoryGraph(malatya, { joinThreshold: 2 }),
    (e: unknown) => e instanceof StorytraceError && e.code === 'E_CONFIG',
  )
})

test('an empty article set gives an empty graph', () => {
  assert.deepEqual(computeStoryGraph([]), { storylines: [], copies: [] })
})
