/**
 * The `storytrace` command end to end, as a user runs it: a child process of
 * bin/storytrace.js on real files, with the embedded store in a temp dir.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, test } from 'node:test'
import { schemaErrors } from '../doc/schema.js'
import { fixtureDoc, graph, storyline } from '../store/fixture-docs.js'
import { openStore } from '../store/index.js'
import { repoPath } from '../util/paths.js'

const BIN = repoPath('bin', 'storytrace.js')

function cli(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

const GOOD_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour cranes idle as dockworkers strike - Test Gazette</title>
<meta property="og:site_name" content="Test Gazette">
<meta property="article:published_time" content="2026-01-05T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Harbour cranes idle as dockworkers strike</h1>
<p>Dockworkers at the port of Valletta walked off the job on Monday morning, leaving container ships waiting at anchor outside the breakwater while union leaders and the port authority traded accusations over pay and night shifts.</p>
<p>"We will stay out until the night-shift rota is withdrawn," said Maria Camilleri, who leads the dockworkers' union, speaking to reporters at the gate. The port authority said talks would resume on Wednesday.</p>
<p>Shipping agents estimated that eleven vessels were delayed by the stoppage, and two carriers said they would divert cargo to other Mediterranean ports if the strike lasted beyond the weekend.</p></article>
<footer>© Test Gazette</footer></body></html>`

describe('storytrace ingest', () => {
  let dir: string
  let db: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'st-ingest-'))
    db = mkdtempSync(join(tmpdir(), 'st-db-'))
    writeFileSync(join(dir, 'good.html'), GOOD_PAGE)
    writeFileSync(join(dir, 'corrupt.html'), '<html><body><div><p>Half a tag <a hr')
    writeFileSync(join(dir, 'empty.txt'), '')
    writeFileSync(join(dir, 'binary.html'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))
    // 50 MB without writing 50 MB: a sparse file.
    const fd = openSync(join(dir, 'huge.html'), 'w')
    ftruncateSync(fd, 50 * 1024 * 1024)
    closeSync(fd)
  })
  after(() => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(db, { recursive: true, force: true })
  })

  test('reports each bad input with its reason and stores the rest', () => {
    const r = cli('ingest', dir, '--db', db, '--json')
    const summary = JSON.parse(r.stdout) as { counts: Record<string, number>; results: { source: string; status: string; reason?: string }[] }
    const bySource = (name: string) => summary.results.find((x) => x.source.endsWith(name))
    assert.equal(summary.counts.new, 1, r.stdout)
    assert.equal(bySource('good.html')?.status, 'new')
    for (const [name, reason] of [
      ['corrupt.html', /body|text/i],
      ['empty.txt', /empty/i],
      ['binary.html', /binary/i],
      ['huge.html', /larger|size|cap/i],
    ] as const) {
      const res = bySource(name)
      assert.equal(res?.status, 'failed', `${name} should fail: ${JSON.stringify(res)}`)
      assert.match(res?.reason ?? '', reason, `${name}: ${res?.reason}`)
    }
    assert.equal(r.code, 1, 'a batch with failures exits 1')
  })

  test('running the same ingest twice adds nothing', () => {
    const r = cli('ingest', dir, '--db', db, '--json')
    const summary = JSON.parse(r.stdout) as { counts: Record<string, number> }
    assert.equal(summary.counts.new, 0)
    assert.equal(summary.counts.duplicate, 1)
  })

  test('prints a human summary naming each failure when not asked for JSON', () => {
    const r = cli('ingest', dir, '--db', db)
    assert.match(r.stdout, /0 new, 0 new versions, 1 duplicates, 4 failed/)
    assert.match(r.stdout, /huge\.html/)
    assert.equal(r.stderr.includes('\x1b['), false, 'no progress bar when stderr is not a terminal')
  })
})

describe('storytrace analyze', () => {
  test('prints one schema-valid object per input, in input order, with its source', () => {
    const files = [repoPath('fixtures', 'cli', 'plain-article.txt'), repoPath('fixtures', 'cli', 'page.html')]
    const r = cli('analyze', '--jsonl', ...files)
    assert.equal(r.code, 0, r.stderr)
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
    assert.deepEqual(rows.map((x) => x.source), files)
    for (const row of rows) assert.deepEqual(schemaErrors('article', row), [])
  })

  test('--raw keeps the file verbatim so offsets index into it', () => {
    const file = repoPath('fixtures', 'cli', 'plain-article.txt')
    const r = cli('analyze', '--jsonl', '--raw', '--published', '2026-01-05', file)
    const row = JSON.parse(r.stdout) as { text: string; title: string | null; published: string; entities: { mentions: { start: number; end: number; text: string }[] }[] }
    assert.equal(row.text, readFileSync(file, 'utf8'))
    assert.equal(row.title, null)
    assert.equal(row.published, '2026-01-05')
    for (const e of row.entities) for (const m of e.mentions) assert.equal(row.text.slice(m.start, m.end), m.text)
  })

  test('rejects a malformed --published date with a clear message', () => {
    const r = cli('analyze', '--published', '5/1/2026', repoPath('fixtures', 'cli', 'plain-article.txt'))
    assert.equal(r.code, 2)
    assert.match(r.stderr, /YYYY-MM-DD/)
  })
})

describe('storytrace export', () => {
  test('the export of the example corpus validates against the schema', () => {
    const db = mkdtempSync(join(tmpdir(), 'st-export-'))
    try {
      const ing = cli('ingest', repoPath('examples', 'corpus'), '--db', db, '--json')
      const summary = JSON.parse(ing.stdout) as { counts: Record<string, number> }
      assert.equal(summary.counts.failed, 0, ing.stdout)
      const r = cli('export', '--json', '--db', db)
      assert.equal(r.code, 0, r.stderr)
      const data = JSON.parse(r.stdout) as { storylines: unknown[] }
      assert.deepEqual(schemaErrors('export', data), [])
      assert.ok(data.storylines.length >= 4, `want at least 4 storylines, got ${data.storylines.length}`)
      // The human view of a storyline: an undated event shows the day it was first reported, marked "~".
      const ids = (JSON.parse(cli('stories', '--json', '--db', db).stdout) as { id: string; title: string }[]).map((x) => x.id)
      const views = ids.map((id) => cli('story', id, '--db', db).stdout)
      assert.ok(views.every((v) => v.includes('Timeline (by event time; ~ undated, placed where first reported)')))
      // Undated entries are seldom core (they must be told as done by two articles): look among all events.
      const all = ids.map((id) => cli('story', id, '--all-events', '--db', db).stdout)
      assert.ok(all.some((v) => /^~\d{4}-\d{2}-\d{2} /m.test(v)), 'an undated event is placed where first reported')
      assert.ok(views.every((v) => !/^— /m.test(v)), 'no timeline row starts with a bare dash')
      // Claims lead with the corroborated ones; the long tail is counted, and --all-claims lists it.
      const largest = ids.map((id, i) => ({ id, view: views[i]! })).sort((a, b) => b.view.length - a.view.length)[0]!
      const claimRows = (v: string): string[] => v.slice(v.indexOf('\nClaims')).split('\n').filter((l) => /^(single-source|corroborated|contested|confirmed|refuted) /.test(l))
      assert.equal(claimRows(largest.view).length, 20)
      assert.match(claimRows(largest.view)[0]!, /^\S+ +[2-9]\d* /, 'the first claim has several independent sources')
      const more = /(\d+) more claims: --all-claims lists them/.exec(largest.view)
      assert.ok(more, 'the view says how many claims it left out')
      assert.equal(claimRows(cli('story', largest.id, '--db', db, '--all-claims').stdout).length, 20 + Number(more[1]))
    } finally {
      rmSync(db, { recursive: true, force: true })
    }
  })
})

describe('storytrace story', () => {
  test('an id that a recompute merged away shows the storyline it went to, and says so', async () => {
    const db = mkdtempSync(join(tmpdir(), 'st-story-'))
    try {
      const store = await openStore(db)
      try {
        const docs = [fixtureDoc('ferry'), fixtureDoc('bridge')]
        const [ferry, bridge] = await Promise.all(docs.map(async (doc) => ({ id: (await store.putArticle(doc)).id, doc })))
        await store.saveStoryGraph(graph([storyline('story-ferry', 'Ferry', [ferry!]), storyline('story-bridge', 'Bridge', [bridge!])]))
        await store.saveStoryGraph(graph([storyline('story-both', 'Ferry and bridge', [ferry!, bridge!])]))
      } finally {
        await store.close()
      }
      const r = cli('story', 'story-bridge', '--db', db)
      assert.equal(r.code, 0, r.stderr)
      assert.match(r.stderr, /storyline "story-bridge" was merged into "story-both"/)
      assert.match(r.stdout, /^Ferry and bridge {2}\[story-both\]/)
      const missing = cli('story', 'story-none', '--db', db)
      assert.equal(missing.code, 1)
      assert.match(missing.stderr, /no storyline "story-none"/)
    } finally {
      rmSync(db, { recursive: true, force: true })
    }
  })
})
