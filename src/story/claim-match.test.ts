import assert from 'node:assert/strict'
import { test } from 'node:test'
import { entityId } from '../util/text.js'
import { computeStoryGraph } from './index.js'
import { anonymousHop, article } from './testkit.js'
import type { StoryGraph, StoryInput, TrackedClaim } from './types.js'

const CORVALE = entityId('PLACE', 'Corvale')
const VOS = entityId('PERSON', 'Ilse Vos')
const LARK = entityId('OTHER', 'Sea Lark')
const AIDES = [anonymousHop('two aides', 'familiar')]

/** Background every report shares, so the articles form one storyline. */
const CONTEXT =
  'The northern coast has been tense for weeks, and harbour authorities in the region have tightened inspections of every ship calling at its ports.'

/** The tracked claims of the one storyline the articles form, by the article and sentence start of each source. */
function claimsOf(inputs: readonly StoryInput[]): readonly TrackedClaim[] {
  const graph: StoryGraph = computeStoryGraph(inputs)
  assert.equal(graph.storylines.length, 1)
  return graph.storylines[0]!.claims
}

function carrying(claims: readonly TrackedClaim[], articleId: string, n = 0): TrackedClaim {
  const found = claims.filter((c) => c.sources.some((s) => s.article === articleId))[n]
  assert.ok(found, `no tracked claim has a source in ${articleId}`)
  return found
}

const DAMAGE_REPORT = 'A power line near Corvale was damaged on Sunday'
const damaged = article({
  id: 'damaged',
  outlet: 'Alpha Post',
  published: '2026-05-04',
  text: `${DAMAGE_REPORT}. The Sea Lark, a bulk carrier, was seen near the line that night.\n\n${CONTEXT}`,
  entities: [['PLACE', 'Corvale', 'Corvale'], ['OTHER', 'Sea Lark', 'Sea Lark']],
  claims: [{ text: DAMAGE_REPORT, modality: 'asserted', about: [CORVALE] }],
  events: [{ sentence: DAMAGE_REPORT, trigger: 'damaged', type: 'damage', place: CORVALE }],
})
const SUSPICION = 'the ship had damaged the power line by dragging its anchor'
const suspected = article({
  id: 'suspected',
  outlet: 'Beta Times',
  published: '2026-05-05',
  text: `Police said they suspected that ${SUSPICION}. Divers were searching the seabed off the Sea Lark's last position.\n\n${CONTEXT}`,
  entities: [['OTHER', 'Sea Lark', 'Sea Lark']],
  claims: [{ text: SUSPICION, modality: 'speculative', via: [anonymousHop('police', 'official')], about: [] }],
  events: [{ sentence: SUSPICION, trigger: 'damaged', type: 'damage' }],
})
const DENIAL = 'its vessel had damaged a power line near Corvale'
const denied = article({
  id: 'denied',
  outlet: 'Gamma Daily',
  published: '2026-05-07',
  text: `The owner of the Sea Lark denied that ${DENIAL}.\n\n${CONTEXT}`,
  entities: [['PLACE', 'Corvale', 'Corvale'], ['OTHER', 'Sea Lark', 'Sea Lark']],
  claims: [{ text: DENIAL, modality: 'denied', via: [anonymousHop('the owner', 'official')], about: [CORVALE] }],
  events: [{ sentence: DENIAL, trigger: 'damaged', type: 'damage' }],
})

test('a denial that a named vessel did a deed joins the suspicion naming that vessel, not the report that the deed was done', () => {
  const claims = claimsOf([damaged, suspected, denied])
  const suspicion = carrying(claims, 'suspected')
  assert.deepEqual(suspicion.sources.map((s) => s.article), ['suspected', 'denied'])
  assert.equal(suspicion.status, 'contested')
  assert.ok(suspicion.about.includes(LARK), '"the ship" and "its vessel" stand for the Sea Lark')
  const report = carrying(claims, 'damaged')
  assert.deepEqual(report.sources.map((s) => s.article), ['damaged'])
  assert.notEqual(report.status, 'contested')
})

const OFFERED = 'Corvale has offered Ilse Vos asylum'
const offered = article({
  id: 'offered',
  outlet: 'Alpha Post',
  published: '2026-06-01',
  text: `${OFFERED}, two aides said.\n\n${CONTEXT}`,
  entities: [['PLACE', 'Corvale', 'Corvale'], ['PERSON', 'Ilse Vos', 'Ilse Vos']],
  claims: [{ text: OFFERED, modality: 'asserted', via: AIDES, about: [CORVALE, VOS] }],
  events: [{ sentence: OFFERED, trigger: 'offered', type: 'offer', actors: [CORVALE], targets: [VOS] }],
})

/** "The region's exiled leader has received an offer of shelter from <giver>", as the events stage reads it: the giver as a target. */
function received(id: string, outlet: string, published: string, giver: string): StoryInput {
  const sentence = `The region's exiled leader has received an offer of shelter from ${giver}`
  const from = entityId('PLACE', giver)
  return article({
    id,
    outlet,
    published,
    text: `${sentence}, two aides said.\n\n${CONTEXT}`,
    entities: [['PLACE', giver, giver]],
    claims: [{ text: sentence, modality: 'asserted', via: AIDES, about: [from] }],
    events: [{ sentence, trigger: 'offer', type: 'offer', targets: [from] }],
  })
}

const CONFIRMED = 'Corvale invited Ilse Vos to settle there'
const CONVEYED = 'Our country conveyed an offer to Ms. Vos on May 28'
const confirmed = article({
  id: 'confirmed',
  outlet: 'Gamma Daily',
  published: '2026-06-03',
  text: `${CONFIRMED}, a spokesman said. "${CONVEYED}," he said.\n\n${CONTEXT}`,
  entities: [['PLACE', 'Corvale', 'Corvale'], ['PERSON', 'Ilse Vos', 'Ilse Vos', 'Vos']],
  claims: [
    { text: CONFIRMED, modality: 'asserted', about: [CORVALE, VOS] },
    { text: CONVEYED, modality: 'asserted', about: [VOS] },
  ],
  events: [
    { sentence: CONFIRMED, trigger: 'invited', type: 'offer', actors: [CORVALE], targets: [VOS] },
    { sentence: CONVEYED, trigger: 'offer', type: 'offer', targets: [VOS], from: '2026-05-28' },
  ],
})

test('the same deed by the same agent is one claim however worded, and an unresolved agent takes that of the same deed just before it', () => {
  const fromCorvale = received('received', 'Beta Times', '2026-06-02', 'Corvale')
  const fromVelmar = received('other-giver', 'Delta Wire', '2026-06-04', 'Velmar')
  const claims = claimsOf([offered, fromCorvale, confirmed, fromVelmar])
  const offer = carrying(claims, 'offered')
  assert.deepEqual(offer.sources.map((s) => s.article), ['offered', 'received', 'confirmed', 'confirmed'])
  assert.deepEqual(carrying(claims, 'other-giver').sources.map((s) => s.article), ['other-giver'])
})
