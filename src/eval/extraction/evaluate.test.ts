import assert from 'node:assert/strict'
import { after, test } from 'node:test'
import { repoPath } from '../../util/paths.js'
import { evaluateAeb, evaluatePages } from './evaluate.js'
import { BoundedExtractor } from './extractors.js'

const FETCHED_AT = '2026-02-01T00:00:00Z'
const extractor = new BoundedExtractor(60_000)
after(() => extractor.close())

test('both tools are scored on the benchmark pages; an unreadable page is reported and scored as empty', async () => {
  const r = await evaluateAeb(repoPath('fixtures', 'eval-extraction', 'aeb'), extractor, { fetchedAt: FETCHED_AT })
  assert.equal(r.pages, 2)
  assert.deepEqual(
    r.failures.map((f) => [f.page, f.tool]),
    [
      ['c-empty', 'ours'],
      ['c-empty', 'readability'],
    ],
  )
  assert.match(r.failures[0]!.reason, /could not read the page/)
  const found = r.perPage.find((p) => p.id === 'b-page')!
  assert.ok(found.f1.ours > 0.9, `ours scored ${found.f1.ours} on a clean article`)
  const empty = r.perPage.find((p) => p.id === 'c-empty')!
  assert.deepEqual(empty.f1, { ours: 0, readability: 0 })
  // the empty page costs recall on every measure
  for (const scores of Object.values(r.scores)) assert.ok(scores.ours.recall <= 0.5 + 1e-9)
})

test('--limit keeps the first pages in id order', async () => {
  const r = await evaluateAeb(repoPath('fixtures', 'eval-extraction', 'aeb'), extractor, { fetchedAt: FETCHED_AT, limit: 1 })
  assert.deepEqual(
    r.perPage.map((p) => p.id),
    ['b-page'],
  )
  assert.deepEqual(r.failures, [])
})

test('metadata of the news cases is compared field by field for both tools', async () => {
  const r = await evaluatePages(repoPath('fixtures', 'eval-extraction', 'pages'), extractor, { fetchedAt: FETCHED_AT })
  assert.equal(r.cases, 1)
  assert.deepEqual(r.failures, [])
  for (const tool of ['ours', 'readability'] as const) {
    assert.deepEqual(r.tally[tool].title, { withGold: 1, agree: 1 }, `${tool} title`)
    assert.equal(r.tally[tool].lang.withGold, 1)
  }
  assert.deepEqual(r.tally.ours.published, { withGold: 1, agree: 1 })
})

test('a page over its time bound comes back as a timeout failure, and the worker is replaced for the next page', async () => {
  const impatient = new BoundedExtractor(1)
  try {
    const task = { tool: 'ours' as const, html: '<html><body><p>Ferry crews returned.</p></body></html>', source: 't.html', url: null, fetchedAt: FETCHED_AT }
    for (let i = 0; i < 2; i++) {
      const result = await impatient.run(task)
      assert.equal(result.ok, false)
      assert.match(result.ok ? '' : result.error, /timed out after 1 ms/)
    }
  } finally {
    await impatient.close()
  }
})
