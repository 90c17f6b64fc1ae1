import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ClaimSource, Storyline, TrackedClaim } from '../../story/types.js'
import { renderStoryline } from './storyline.js'

function source(article: string, chain: string[], modality: ClaimSource['modality'], copyOf: string | null = null): ClaimSource {
  return {
    article,
    outlet: `outlet:${chain[0]!.toLowerCase().replace(/\W+/g, '-')}`,
    chain: chain.map((name, i) => ({ name, entity: i === 0 ? `outlet:${name.toLowerCase().replace(/\W+/g, '-')}` : null, kind: i === 0 ? 'outlet' : 'official' })),
    origin: chain.at(-1)!,
    copyOf,
    modality,
    evidence: { article, start: 10, end: 40 },
  }
}

const claim = (id: string, text: string, modality: TrackedClaim['modality'], sources: ClaimSource[]): TrackedClaim => ({
  id,
  text,
  modality,
  status: 'single-source',
  independentSources: 1,
  about: [],
  sources,
  history: [],
})

const storyline: Storyline = {
  id: 'story-harbour',
  title: 'Harbour crane collapse',
  articles: [],
  entities: [],
  timeline: [],
  coverage: [],
  claims: [
    claim('c1', 'The crane failed because of a cracked weld', 'speculative', [
      source('a1', ['Harbor Ledger', 'Coastal Wire', 'a senior port official'], 'speculative'),
      source('a2', ['Eastholm Courier', 'Coastal Wire', 'a senior port official'], 'speculative', 'a1'),
      source('a3', ['Dockside Daily', 'the port authority'], 'denied'),
    ]),
    claim('c2', 'The port will reopen on Monday', 'expected', [source('a1', ['Harbor Ledger', 'the harbour master'], 'expected')]),
  ],
}

/** The table row of one claim. */
function row(html: string, id: string): string {
  const m = new RegExp(`<tr id="claim-${id}">([\\s\\S]*?)</tr>`).exec(html)
  assert.ok(m, `no row for claim ${id}`)
  return m[1]!
}

test('the claims table shows every source of a claim with every hop of its chain, in order', () => {
  const html = renderStoryline(storyline)
  const r = row(html, 'c1')
  const chains = [...r.matchAll(/<div class="chain">([\s\S]*?)<\/div>/g)].map((m) => [...m[1]!.matchAll(/<span class="hop">([^<]*)<\/span>/g)].map((h) => h[1]))
  assert.deepEqual(chains, [
    ['Harbor Ledger', 'Coastal Wire', 'a senior port official'],
    ['Eastholm Courier', 'Coastal Wire', 'a senior port official'],
    ['Dockside Daily', 'the port authority'],
  ])
  assert.match(r, /badge copy/)
})

test('each claim shows its modality, and a source whose modality differs shows its own', () => {
  const html = renderStoryline(storyline)
  assert.match(row(html, 'c1'), /<td>speculative<\/td>/)
  assert.match(row(html, 'c2'), /<td>expected<\/td>/)
  const sources = row(html, 'c1').split('<div class="chain">').slice(1)
  assert.deepEqual(
    sources.map((s) => /\((asserted|speculative|denied|conditional|expected|question)\)/.exec(s)?.[1] ?? null),
    [null, null, 'denied'],
  )
})
