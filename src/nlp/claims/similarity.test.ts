import { test } from 'node:test'
import assert from 'node:assert/strict'
import { claimKey, claimSimilarity } from './similarity.js'

const TURKEY = 'place:turkey'
const MADURO = 'person:nicolas-maduro'

test('claimKey keeps entity ids and content lemmas, sorted, and drops function words and hedges', () => {
  assert.equal(claimKey('Turkey could have offered exile to Maduro', [MADURO, TURKEY]), 'person:nicolas-maduro place:turkey exil offer')
})

test('claimKey is the same for inflected and reordered wordings', () => {
  assert.equal(claimKey('Exile was offered to Maduro by Turkey', [TURKEY, MADURO]), claimKey('Turkey offers Maduro exile', [MADURO, TURKEY]))
})

test('claimSimilarity of identical keys is 1', () => {
  const k = claimKey('Turkey offered exile', [TURKEY])
  assert.equal(claimSimilarity(k, k), 1)
})

test('near-same wordings of one proposition score at least 0.5', () => {
  const a = claimKey('has offered Venezuelan President exile', [TURKEY, MADURO])
  const b = claimKey('offered asylum', [TURKEY, MADURO])
  assert.ok(claimSimilarity(a, b) >= 0.5, `${a} / ${b}`)
  const c = claimKey('the death toll rose to 40 after the quake', [])
  const d = claimKey('40 people were killed in the earthquake', [])
  assert.ok(claimSimilarity(c, d) >= 0.5, `${c} / ${d}`)
})

test('the same words about different entities score below 0.5', () => {
  const a = claimKey('offered exile', [TURKEY])
  const b = claimKey('offered exile', ['place:qatar'])
  assert.ok(claimSimilarity(a, b) < 0.5)
})

test('different propositions about the same entities score below 0.5', () => {
  const a = claimKey('Turkey offered Maduro exile', [TURKEY, MADURO])
  const b = claimKey("Maduro rejected Turkey's offer", [TURKEY, MADURO])
  assert.ok(claimSimilarity(a, b) < 0.5)
  const c = claimKey('rescuers pulled survivors from the rubble', [])
  const d = claimKey('the death toll rose to 40', [])
  assert.equal(claimSimilarity(c, d), 0)
})

test('claimSimilarity is symmetric and stays in [0, 1]', () => {
  const a = claimKey('Turkey has offered Venezuelan President exile', [TURKEY, MADURO])
  const b = claimKey('offered exile', [MADURO])
  const ab = claimSimilarity(a, b)
  assert.equal(ab, claimSimilarity(b, a))
  assert.ok(ab >= 0 && ab <= 1)
})

test('a refusal stays apart from the offer it refuses, and refusal wordings meet each other', () => {
  const offer = claimKey('Turkey offered exile to Maduro', [TURKEY, MADURO])
  const refused = claimKey('Maduro refused the offer of exile from Turkey', [TURKEY, MADURO])
  const turnedDown = claimKey('Maduro turned down the exile offer from Turkey', [TURKEY, MADURO])
  const rechazo = claimKey('Maduro rechazó la oferta de exilio de Turquía', [TURKEY, MADURO])
  assert.ok(claimSimilarity(offer, refused) < 0.5)
  assert.ok(claimSimilarity(refused, turnedDown) >= 0.5)
  assert.ok(claimSimilarity(refused, rechazo) >= 0.5)
})

test('suspicion and "at least" are hedges, not content', () => {
  assert.equal(claimKey('they suspect the barge sank at least two buoys', []), claimKey('the barge sank two buoys', []))
})
