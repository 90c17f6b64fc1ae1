/**
 * The store contract suite: the behaviour every engine must show, written once
 * and run by sqlite.test.ts and postgres.test.ts with their own opener. Each
 * test gets a fresh, empty target (a temp directory or a new database) and
 * opens it through openStore, so target parsing and migrations are exercised
 * too. This file registers no tests by itself.
 */
import assert from 'node:assert/strict'
import { test, type TestContext } from 'node:test'
import type { Doc } from '../doc/types.js'
import { StorytraceError } from '../errors.js'
import { fixtureDoc, fullLayerDoc, graph, storyline } from './fixture-docs.js'
import { openStore } from './index.js'
import type { SqlStore } from './sql-store.js'

export interface StoreTarget {
  /** What openStore is given: a directory or a postgres:// URL. */
  readonly target: string
  /** Removes the target once the test is done. */
  dispose(): Promise<void>
}

/** Makes a fresh empty target, or returns null after skipping the test when the engine is unavailable. */
export type StoreOpener = (t: TestContext) => Promise<StoreTarget | null>

async function withTarget(t: TestContext, opener: StoreOpener, fn: (target: string) => Promise<void>): Promise<void> {
  const place = await opener(t)
  if (!place) return
  try {
    await fn(place.target)
  } finally {
    await place.dispose()
  }
}

async function withStore(t: TestContext, opener: StoreOpener, fn: (store: SqlStore) => Promise<void>): Promise<void> {
  await withTarget(t, opener, async (target) => {
    const store = await openStore(target)
    try {
      await fn(store)
    } finally {
      await store.close()
    }
  })
}

async function putAll(store: SqlStore, docs: readonly Doc[]): Promise<string[]> {
  const ids: string[] = []
  for (const d of docs) ids.push((await store.putArticle(d)).id)
  return ids
}

/** Sentence spans of a fixture text, cut after ". " and at blank lines. */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  const re = /[^.\n]+(?:\.|$)/gm
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length)
    if (m[0].trim()) out.push({ start, end: m.index + m[0].length })
  }
  return out
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

export function storeContract(engine: 'sqlite' | 'postgres', opener: StoreOpener): void {
  const name = (behaviour: string) => `${engine} store: ${behaviour}`

  test(name('a new doc is stored once; the same doc again is a duplicate and writes nothing'), (t) =>
    withStore(t, opener, async (store) => {
      assert.equal(store.kind, engine)
      const doc = fixtureDoc('ferry')
      const first = await store.putArticle(doc)
      assert.equal(first.status, 'new')
      assert.match(first.id, /^[0-9a-f]{16}$/)
      const again = await store.putArticle(fixtureDoc('ferry', { source: 'elsewhere/ferry-copy.txt' }))
      assert.deepEqual(again, { id: first.id, status: 'duplicate', previous: null })
      assert.equal(await store.countArticles(), 1)
      const stored = await store.getArticle(first.id)
      assert.equal(stored?.doc.meta.source, doc.meta.source, 'a duplicate must not overwrite the stored doc')
      assert.equal(stored?.versionOf, null)
      assert.match(stored?.ingestedAt ?? '', /^\d{4}-\d\d-\d\dT/)
      assert.equal(await store.getArticle('0000000000000000'), null)
    }),
  )

  test(name('concurrent puts of one doc store it once'), (t) =>
    withStore(t, opener, async (store) => {
      const results = await Promise.all([1, 2, 3].map(() => store.putArticle(fixtureDoc('bridge'))))
      assert.deepEqual(results.map((r) => r.status).sort(), ['duplicate', 'duplicate', 'new'])
      assert.equal(await store.countArticles(), 1)
    }),
  )

  test(name('a changed doc at the same URL is a version that supersedes the old one without deleting it'), (t) =>
    withStore(t, opener, async (store) => {
      const old = await store.putArticle(fixtureDoc('ferry'))
      const next = await store.putArticle(fixtureDoc('ferry-update'))
      assert.equal(next.status, 'version')
      assert.equal(next.previous, old.id)
      assert.notEqual(next.id, old.id)
      const third = await store.putArticle(fixtureDoc('ferry-update', { text: fixtureDoc('ferry-update').text + ' Talks resume on Tuesday.' }))
      assert.equal(third.status, 'version')
      assert.equal(third.previous, next.id)

      assert.equal(await store.countArticles(), 1)
      assert.deepEqual((await store.listArticles()).map((a) => a.id), [third.id])
      assert.equal((await store.getArticle(old.id))?.doc.text, fixtureDoc('ferry').text, 'superseded versions stay readable')
      assert.equal((await store.getArticle(third.id))?.versionOf, next.id)

      const chain = [old.id, next.id, third.id]
      for (const id of chain) {
        const versions = await store.articleVersions(id)
        assert.deepEqual(versions.map((v) => v.id), chain, `versions seen from ${id}`)
      }
      const versions = await store.articleVersions(third.id)
      assert.deepEqual(versions.map((v) => v.versionOf), [null, old.id, next.id])
      assert.deepEqual(await store.articleVersions('ffffffffffffffff'), [])
    }),
  )

  test(name('without a URL, a changed doc from the same source is a version'), (t) =>
    withStore(t, opener, async (store) => {
      const first = await store.putArticle(fixtureDoc('market'))
      const other = await store.putArticle(fixtureDoc('market', { source: 'fixtures/store/notes/other.txt', text: 'A different note.' }))
      assert.equal(other.status, 'new', 'another source is another article')
      const changed = await store.putArticle(fixtureDoc('market', { text: fixtureDoc('market').text + ' Prices rose.' }))
      assert.deepEqual(changed, { id: changed.id, status: 'version', previous: first.id })
      assert.equal(await store.countArticles(), 2)
    }),
  )

  test(name('a put that fails part-way leaves no trace of the article'), (t) =>
    withStore(t, opener, async (store) => {
      const good = fixtureDoc('bridge')
      // An entity without a name breaks the last insert of the put, after the
      // article row and its search entry were written in the same transaction.
      const broken: Doc = {
        ...good,
        layers: { ...good.layers, entities: [...(good.layers.entities ?? []), { id: 'other:x', name: null as unknown as string, type: 'OTHER', known: false, mentions: [] }] },
      }
      await assert.rejects(store.putArticle(broken), (err: unknown) => err instanceof StorytraceError && err.code === 'E_STORE')
      assert.equal(await store.countArticles(), 0)
      assert.deepEqual(await store.search('Diyarbakir'), [])
      assert.deepEqual(await store.listEntities(), [])
      assert.equal((await store.putArticle(good)).status, 'new', 'the same article can be stored once the input is fixed')
    }),
  )

  test(name('ingest failures are recorded in order with a time'), (t) =>
    withStore(t, opener, async (store) => {
      assert.deepEqual(await store.listFailures(), [])
      await store.recordFailure({ source: 'in/empty.txt', code: 'E_INPUT_EMPTY', message: 'the input holds no bytes' })
      await store.recordFailure({ source: 'in/blob.bin', code: 'E_INPUT_BINARY', message: 'binary data' })
      const failures = await store.listFailures()
      assert.deepEqual(
        failures.map(({ source, code, message }) => ({ source, code, message })),
        [
          { source: 'in/empty.txt', code: 'E_INPUT_EMPTY', message: 'the input holds no bytes' },
          { source: 'in/blob.bin', code: 'E_INPUT_BINARY', message: 'binary data' },
        ],
      )
      for (const f of failures) assert.ok(!Number.isNaN(Date.parse(f.at)), `"${f.at}" is a time`)
    }),
  )

  test(name('listArticles and countArticles see current articles only, newest first, paged'), (t) =>
    withStore(t, opener, async (store) => {
      const [ferry, bridge, market] = await putAll(store, [fixtureDoc('ferry'), fixtureDoc('bridge'), fixtureDoc('market')])
      const update = (await store.putArticle(fixtureDoc('ferry-update'))).id
      assert.equal(await store.countArticles(), 3)
      const list = await store.listArticles()
      // bridge (Jan 5) before ferry update (Jan 3); the undated note last.
      assert.deepEqual(list.map((a) => a.id), [bridge, update, market])
      assert.ok(!list.some((a) => a.id === ferry))
      assert.deepEqual(list[1], {
        id: update,
        source: 'fixtures/store/ferry-updated.txt',
        url: 'https://harbor-ledger.example/2026/01/ferry-talks',
        title: 'Ferry talks stall over harbour fees',
        outlet: { id: 'outlet:the-harbor-ledger', name: 'The Harbor Ledger' },
        published: '2026-01-03',
        language: 'en',
        storyline: null,
        versionOf: ferry,
      })
      assert.deepEqual((await store.listArticles({ limit: 1, offset: 1 })).map((a) => a.id), [update])
      assert.deepEqual((await store.listArticles({ offset: 2 })).map((a) => a.id), [market])
      assert.deepEqual(await store.listArticles({ limit: 0 }), [])
      const current = await all(store.currentArticles())
      assert.deepEqual(current.map((a) => a.id).sort(), [bridge, update, market].sort())
      assert.ok(current.every((a) => a.doc.text.length > 0))
    }),
  )

  test(name('search folds case and diacritics both ways and returns a ranked snippet'), (t) =>
    withStore(t, opener, async (store) => {
      const [ferry, bridge] = await putAll(store, [fixtureDoc('ferry'), fixtureDoc('bridge'), fixtureDoc('market')])
      const ids = async (q: string) => (await store.search(q)).map((h) => h.id).sort()
      assert.deepEqual(await ids('Erdogan'), [ferry])
      assert.deepEqual(await ids('ERDOĞAN'), [ferry])
      assert.deepEqual(await ids('turkiye'), [bridge, ferry].sort())
      assert.deepEqual(await ids('Diyarbakir'), [bridge], 'dotless ı folds to i')
      assert.deepEqual(await ids('hauptstrasse'), [bridge], 'ß folds to ss')
      assert.deepEqual(await ids('chestnuts quay'), [(await store.listArticles()).find((a) => a.url === null)!.id])
      assert.deepEqual(await ids('ferry Diyarbakir'), [], 'every term must match')
      assert.deepEqual(await ids('submarine'), [])

      const [hit] = await store.search('Erdogan')
      assert.equal(hit?.title, 'Ferry talks stall over harbour fees')
      assert.deepEqual(hit?.outlet, { id: 'outlet:the-harbor-ledger', name: 'The Harbor Ledger' })
      assert.equal(hit?.published, '2026-01-03')
      assert.match(hit?.snippet ?? '', /Erdoğan/)
      assert.ok((hit?.snippet.length ?? 0) < 400)
      assert.equal(typeof hit?.rank, 'number')

      // A title match outranks a body-only match.
      const bridgeFirst = await store.search('bridge')
      assert.equal(bridgeFirst[0]?.id, bridge)
      const ranked = await store.search('Türkiye')
      assert.ok(ranked.length === 2 && ranked[0]!.rank >= ranked[1]!.rank, 'hits come best first')
      assert.equal((await store.search('Türkiye', { limit: 1 })).length, 1)

      // A superseded version is no longer found.
      const update = await store.putArticle(fixtureDoc('ferry-update'))
      assert.deepEqual(await ids('Erdogan'), [update.id])
    }),
  )

  test(name('search never throws on query syntax a user might type'), (t) =>
    withStore(t, opener, async (store) => {
      const [ferry] = await putAll(store, [fixtureDoc('ferry')])
      const junk = [
        '',
        '   ',
        '"',
        '"unbalanced AND (',
        'NEAR(a b',
        'title:ferry',
        '-',
        '*',
        'ferry*',
        '^ferry',
        'a & | ! <-> :*',
        "'; drop table articles; --",
        '\u0000\u0301',
        '((((((((((',
        'x'.repeat(5000),
        Array.from({ length: 100 }, (_, i) => `w${i}`).join(' OR '),
      ]
      for (const q of junk) {
        const hits = await store.search(q)
        assert.ok(Array.isArray(hits), `query ${JSON.stringify(q.slice(0, 40))}`)
      }
      assert.deepEqual((await store.search('"ferry" AND (harbour')).map((h) => h.id), [ferry], 'quotes and operators become plain terms')
      assert.equal(await store.countArticles(), 1)
    }),
  )

  test(name('a story graph round-trips and a new one replaces it whole'), (t) =>
    withStore(t, opener, async (store) => {
      const docs = [fixtureDoc('ferry'), fixtureDoc('bridge'), fixtureDoc('market')]
      const [ferry, bridge, market] = (await putAll(store, docs)).map((id, i) => ({ id, doc: docs[i]! }))
      const harbour = storyline('story-harbour', 'Ferry talks', [ferry!])
      const towns = storyline('story-towns', 'Towns and markets', [bridge!, market!])
      await store.saveStoryGraph(graph([harbour, towns], [{ article: market!.id, original: bridge!.id, similarity: 0.125 }]))

      assert.deepEqual(await store.getStoryline('story-towns'), towns)
      assert.equal(JSON.stringify(await store.getStoryline('story-harbour')), JSON.stringify(harbour))
      assert.equal(await store.getStoryline('story-none'), null)

      const summaries = await store.listStorylines()
      assert.deepEqual(summaries.map((s) => s.id), ['story-towns', 'story-harbour'], 'newest activity first')
      assert.deepEqual(summaries[0], {
        id: 'story-towns',
        title: 'Towns and markets',
        articles: 2,
        first: '2026-01-05',
        last: '2026-01-05',
        entities: towns.entities.map(({ id, name, type }) => ({ id, name, type })),
        claims: 1,
      })
      const byId = new Map((await store.listArticles()).map((a) => [a.id, a.storyline]))
      assert.deepEqual(Object.fromEntries(byId), { [ferry!.id]: 'story-harbour', [bridge!.id]: 'story-towns', [market!.id]: 'story-towns' })
      assert.deepEqual(await store.copyLinks(), [{ article: market!.id, original: bridge!.id, similarity: 0.125 }])

      const merged = storyline('story-all', 'Everything', [ferry!, bridge!, market!])
      await store.saveStoryGraph(graph([merged]))
      assert.deepEqual((await store.listStorylines()).map((s) => s.id), ['story-all'])
      assert.equal(await store.getStoryline('story-towns'), null)
      assert.deepEqual(await store.copyLinks(), [])
      assert.ok((await store.listArticles()).every((a) => a.storyline === 'story-all'))
    }),
  )

  test(name('a recomputed graph redirects each dropped storyline id to the storyline holding most of its articles'), (t) =>
    withStore(t, opener, async (store) => {
      const docs = [fixtureDoc('ferry'), fixtureDoc('bridge'), fixtureDoc('market')]
      const [ferry, bridge, market] = (await putAll(store, docs)).map((id, i) => ({ id, doc: docs[i]! }))
      await store.saveStoryGraph(graph([storyline('story-harbour', 'Ferry talks', [ferry!]), storyline('story-towns', 'Towns', [bridge!, market!])]))
      await store.saveStoryGraph(graph([storyline('story-all', 'Everything', [ferry!, bridge!, market!])]))
      assert.equal(await store.storylineMergedInto('story-harbour'), 'story-all')
      assert.equal(await store.storylineMergedInto('story-towns'), 'story-all')

      // Split again: the harbour id is live (no redirect), "all" goes where two of its three articles went, and
      // the towns redirect follows it rather than pointing at a storyline that no longer exists.
      await store.saveStoryGraph(graph([storyline('story-harbour', 'Ferry talks', [ferry!]), storyline('story-markets', 'Markets', [bridge!, market!])]))
      assert.equal(await store.storylineMergedInto('story-harbour'), null)
      assert.equal(await store.storylineMergedInto('story-all'), 'story-markets')
      assert.equal(await store.storylineMergedInto('story-towns'), 'story-markets')

      // A storyline whose only article a newer version superseded follows that version.
      const update = fixtureDoc('ferry-update')
      const next = { id: (await store.putArticle(update)).id, doc: update }
      await store.saveStoryGraph(graph([storyline('story-ferry-2', 'Ferry talks resume', [next]), storyline('story-markets', 'Markets', [bridge!, market!])]))
      assert.equal(await store.storylineMergedInto('story-harbour'), 'story-ferry-2')
    }),
  )

  test(name('a story graph that cannot be saved leaves the previous one intact'), (t) =>
    withStore(t, opener, async (store) => {
      const doc = fixtureDoc('bridge')
      const id = (await store.putArticle(doc)).id
      const kept = storyline('story-kept', 'Kept', [{ id, doc }])
      await store.saveStoryGraph(graph([kept]))
      const twice = storyline('story-twice', 'Twice', [{ id, doc }])
      await assert.rejects(store.saveStoryGraph(graph([twice, twice])), (err: unknown) => err instanceof StorytraceError && err.code === 'E_STORE')
      // A row the database itself rejects, after the old graph was deleted in the same transaction.
      const badTitle = { ...storyline('story-bad', 'Bad', [{ id, doc }]), title: null as unknown as string }
      await assert.rejects(store.saveStoryGraph(graph([badTitle])), (err: unknown) => err instanceof StorytraceError && err.code === 'E_STORE')
      assert.deepEqual((await store.listStorylines()).map((s) => s.id), ['story-kept'])
      assert.deepEqual(await store.getStoryline('story-kept'), kept)
    }),
  )

  test(name('entities are counted over current articles, filtered by type, with their storylines'), (t) =>
    withStore(t, opener, async (store) => {
      const docs = [fixtureDoc('ferry'), fixtureDoc('bridge')]
      const [, bridge] = await putAll(store, docs)
      const turkey = () => store.getEntity('place:turkey')
      assert.deepEqual(
        (await store.listEntities()).map((e) => [e.id, e.articles, e.mentions]),
        [
          ['place:turkey', 2, 2],
          ['person:recep-tayyip-erdogan', 1, 1],
          ['place:diyarbakir', 1, 1],
          ['place:greece', 1, 1],
          ['place:kassel', 1, 1],
        ],
      )
      assert.deepEqual((await store.listEntities({ type: 'PERSON' })).map((e) => e.name), ['Recep Tayyip Erdoğan'])
      assert.deepEqual((await store.listEntities({ type: 'place', limit: 2 })).map((e) => e.id), ['place:turkey', 'place:diyarbakir'])

      // The update mentions Türkiye twice; the superseded ferry article no longer counts.
      await store.putArticle(fixtureDoc('ferry-update'))
      const updated = await turkey()
      assert.deepEqual({ articles: updated?.articles, mentions: updated?.mentions }, { articles: 2, mentions: 3 })
      assert.deepEqual(updated?.storylines, [])

      await store.saveStoryGraph(graph([storyline('story-bridge', 'Bridge', [{ id: bridge!, doc: docs[1]! }])]))
      const withStory = await turkey()
      assert.deepEqual(
        { id: withStory?.id, name: withStory?.name, type: withStory?.type, storylines: withStory?.storylines.map((s) => s.id) },
        { id: 'place:turkey', name: 'Turkey', type: 'PLACE', storylines: ['story-bridge'] },
      )
      assert.equal(await store.getEntity('place:atlantis'), null)
    }),
  )

  test(name('an entity page reads mentions per day with their sentences, and co-occurring entities ranked'), (t) =>
    withStore(t, opener, async (store) => {
      const withSentences = (doc: Doc): Doc => ({ ...doc, layers: { ...doc.layers, sentences: sentenceSpans(doc.text) } })
      const [ferry, bridge] = await putAll(store, [withSentences(fixtureDoc('ferry')), fixtureDoc('bridge')])
      const turkey = await store.getEntity('place:turkey')
      assert.deepEqual(
        turkey?.timeline.map((d) => [d.day, d.mentions, d.articles, d.sentences.map((s) => [s.article, s.text])]),
        [
          ['2026-01-03', 1, 1, [[ferry, 'Negotiators from Türkiye and Greece met in Izmir on Friday to discuss the suspended ferry line.']]],
          // Without a sentences layer the mention itself is the excerpt.
          ['2026-01-05', 1, 1, [[bridge, 'Türkiye']]],
        ],
      )
      assert.deepEqual(
        turkey?.cooccurring.map((e) => [e.id, e.articles, e.mentions]),
        [
          ['person:recep-tayyip-erdogan', 1, 1],
          ['place:diyarbakir', 1, 1],
          ['place:greece', 1, 1],
          ['place:kassel', 1, 1],
        ],
      )
      const greece = await store.getEntity('place:greece')
      assert.deepEqual(greece?.cooccurring.map((e) => e.id), ['person:recep-tayyip-erdogan', 'place:turkey'])
    }),
  )

  test(name('a doc with every layer reads back byte for byte'), (t) =>
    withStore(t, opener, async (store) => {
      const doc = fullLayerDoc()
      const { id } = await store.putArticle(doc)
      const stored = await store.getArticle(id)
      assert.equal(JSON.stringify(stored?.doc), JSON.stringify(doc))
      const [current] = await all(store.currentArticles())
      assert.equal(JSON.stringify(current?.doc), JSON.stringify(doc))
    }),
  )

  test(name('reopening keeps the data and does not run the migrations again'), (t) =>
    withTarget(t, opener, async (target) => {
      const first = await openStore(target)
      let id: string
      let applied: Awaited<ReturnType<SqlStore['appliedMigrations']>>
      try {
        id = (await first.putArticle(fixtureDoc('bridge'))).id
        await first.saveStoryGraph(graph([storyline('story-bridge', 'Bridge', [{ id, doc: fixtureDoc('bridge') }])]))
        applied = await first.appliedMigrations()
      } finally {
        await first.close()
      }
      assert.deepEqual(applied.map((m) => m.name), ['0001-initial', '0002-search', '0003-fetch-state', '0004-story-state', '0005-storyline-merges'])
      assert.ok(applied.every((m) => m.executedAt !== null))

      const second = await openStore(target)
      try {
        assert.deepEqual(await second.appliedMigrations(), applied, 'no migration ran twice')
        assert.equal(await second.countArticles(), 1)
        assert.equal((await second.putArticle(fixtureDoc('bridge'))).status, 'duplicate')
        assert.deepEqual((await second.search('diyarbakir')).map((h) => h.id), [id])
        assert.deepEqual((await second.listStorylines()).map((s) => s.id), ['story-bridge'])
      } finally {
        await second.close()
      }
    }),
  )
}
