import assert from 'node:assert/strict'
import { test } from 'node:test'
import { rankClaims } from './claim-rank.js'
import type { StatusChange, TrackedClaim } from './types.js'

function claim(id: string, independentSources: number, sources: number, moves: number): TrackedClaim {
  const change = { status: 'single-source', article: 'a', at: null, reason: '', evidence: { article: 'a', start: 0, end: 1 } } as unknown as StatusChange
  return {
    id,
    text: id,
    modality: 'asserted',
    status: 'single-source',
    independentSources,
    about: [],
    sources: Array.from({ length: sources }, () => ({}) as TrackedClaim['sources'][number]),
    history: Array.from({ length: moves }, () => change),
  }
}

test('claims carried by more independent origins come first, then those whose status moved, then more reports', () => {
  const ranked = rankClaims([
    claim('background', 1, 1, 1),
    claim('relayed', 1, 4, 1),
    claim('contested', 1, 2, 2),
    claim('corroborated', 3, 3, 2),
    claim('second background', 1, 1, 1),
  ])
  assert.deepEqual(
    ranked.map((c) => c.id),
    ['corroborated', 'contested', 'relayed', 'background', 'second background'],
  )
})
