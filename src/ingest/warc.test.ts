/**
 * Tests of streamed WARC reading. The WARC files are written in the test
 * with warcio's own serializer: per-record gzip members, whole-file gzip and
 * plain, with an HTML response, a non-HTML response, a request record, an
 * HTML resource and a record over the size cap.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { gzipSync } from 'node:zlib'
import { WARCRecord, WARCSerializer } from 'warcio'
import { harbourPage } from '../testing/local-http.js'
import { readSources, type SourceEvent } from './read-sources.js'
import { Fetcher } from './fetch/fetcher.js'
import { readWarc } from './warc.js'

const encoder = new TextEncoder()

async function* body(text: string): AsyncGenerator<Uint8Array> {
  yield encoder.encode(text)
}

async function records(gzip: boolean): Promise<Uint8Array[]> {
  const make = async (opts: Parameters<typeof WARCRecord.create>[0], text: string): Promise<Uint8Array> =>
    WARCSerializer.serialize(WARCRecord.create({ warcVersion: 'WARC/1.1', ...opts }, body(text)), { gzip })
  return Promise.all([
    make({ type: 'request', url: 'https://courier.example/ferry' }, ''),
    make(
      {
        type: 'response',
        url: 'https://courier.example/ferry',
        date: '2026-02-20T10:00:00Z',
        httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
      },
      harbourPage(20),
    ),
    make({ type: 'response', url: 'https://courier.example/logo.png', httpHeaders: { 'Content-Type': 'image/png' } }, '\x89PNG....'),
    make({ type: 'response', url: 'https://courier.example/huge', httpHeaders: { 'Content-Type': 'text/html' } }, '<p>' + 'word '.repeat(3000) + '</p>'),
    make({ type: 'resource', url: 'https://courier.example/saved', date: '2026-02-21T00:00:00Z', warcHeaders: { 'Content-Type': 'text/html' } }, harbourPage(25)),
  ])
}

function write(name: string, bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'storytrace-warc-')), name)
  writeFileSync(path, bytes)
  return path
}

async function collect(path: string): Promise<SourceEvent[]> {
  const out: SourceEvent[] = []
  for await (const e of readWarc(path, 10_000)) out.push(e)
  return out
}

function summary(events: SourceEvent[]): string[] {
  return events.map((e) => ('bytes' in e ? `item ${e.source} ${e.fetchedAt}` : 'skipped' in e ? `skipped ${e.source}` : `other ${e.source}`))
}

const EXPECTED = [
  'item https://courier.example/ferry 2026-02-20T10:00:00.000Z',
  'skipped https://courier.example/logo.png',
  'skipped https://courier.example/huge',
  'item https://courier.example/saved 2026-02-21T00:00:00.000Z',
]

test('a plain WARC yields its HTML response and resource, and skips the rest with reasons', async () => {
  const events = await collect(write('crawl.warc', Buffer.concat(await records(false))))
  assert.deepEqual(summary(events), EXPECTED)
  const page = events[0]!
  assert.ok('bytes' in page)
  assert.equal(page.contentType, 'text/html; charset=utf-8')
  assert.match(Buffer.from(page.bytes).toString(), /every 20 minutes/)
  const huge = events[2]!
  assert.ok('skipped' in huge && /cap of 10000/.test(huge.skipped), JSON.stringify(huge))
})

test('a WARC with one gzip member per record reads the same', async () => {
  assert.deepEqual(summary(await collect(write('crawl.warc.gz', Buffer.concat(await records(true))))), EXPECTED)
})

test('a whole-file gzipped WARC reads the same', async () => {
  assert.deepEqual(summary(await collect(write('crawl.warc.gz', gzipSync(Buffer.concat(await records(false)))))), EXPECTED)
})

test('a file that is not a WARC, or an empty one, is one failure', async () => {
  for (const text of ['this is not a web archive\n\nat all\n', '']) {
    const events = await collect(write('junk.warc', Buffer.from(text)))
    assert.equal(events.length, 1, JSON.stringify(events))
    assert.ok('error' in events[0]! && /E_INPUT_(?:FORMAT|EMPTY)/.test(events[0].error.code), JSON.stringify(events))
  }
})

test('WARC files are found in folders and read by readSources', async () => {
  const path = write('crawl.warc.gz', Buffer.concat(await records(true)))
  const out: SourceEvent[] = []
  for await (const e of readSources([join(path, '..')], { fetcher: new Fetcher(), maxBytes: 10_000 })) out.push(e)
  assert.deepEqual(summary(out), EXPECTED)
})

/** Three HTML responses, joined after `cutBytes` are dropped from the end of record `cutRecord` (-1: none). */
async function cutCrawl(gzip: boolean, cutRecord: number, cutBytes: number): Promise<Buffer> {
  const pages = await Promise.all(
    [20, 25, 30].map((minutes, i) =>
      WARCSerializer.serialize(
        WARCRecord.create(
          { warcVersion: 'WARC/1.1', type: 'response', url: `https://courier.example/ferry-${i + 1}`, httpHeaders: { 'Content-Type': 'text/html' } },
          body(harbourPage(minutes)),
        ),
        { gzip },
      ),
    ),
  )
  return Buffer.concat(pages.map((p, i) => (i === cutRecord ? p.subarray(0, p.length - cutBytes) : p)))
}

function outcomes(events: SourceEvent[]): string[] {
  return events.map((e) => ('bytes' in e ? `item ${e.source}` : 'error' in e ? `${e.error.code} ${e.source.replace(/^.*\//, '')}` : `skipped ${e.source}`))
}

test('a record cut off at the end of the file is reported as truncated, not stored in part', async () => {
  for (const gzip of [false, true]) {
    const events = await collect(write(gzip ? 'cut.warc.gz' : 'cut.warc', await cutCrawl(gzip, 2, 200)))
    const out = outcomes(events)
    assert.deepEqual(out.slice(0, 2), ['item https://courier.example/ferry-1', 'item https://courier.example/ferry-2'], `gzip ${gzip}`)
    assert.equal(out.length, 3, out.join('\n'))
    assert.match(out[2]!, /^E_WARC_TRUNCATED /, `gzip ${gzip}`)
    assert.match((events[2] as { error: Error }).error.message, /cut short/)
  }
})

test('a record cut off in the middle of the file is reported as truncated, and what came before it is kept', async () => {
  for (const gzip of [false, true]) {
    const events = await collect(write(gzip ? 'cut.warc.gz' : 'cut.warc', await cutCrawl(gzip, 1, 200)))
    const out = outcomes(events)
    assert.equal(out[0], 'item https://courier.example/ferry-1', `gzip ${gzip}: ${out.join('\n')}`)
    assert.ok(!out.includes('item https://courier.example/ferry-2'), `gzip ${gzip}: ${out.join('\n')}`)
    assert.ok(out.slice(1).some((o) => o.startsWith('E_WARC_TRUNCATED')), `gzip ${gzip}: ${out.join('\n')}`)
  }
})

test('a whole-file gzipped WARC cut short is reported as truncated, not as empty', async () => {
  const whole = gzipSync(await cutCrawl(false, -1, 0))
  const out = outcomes(await collect(write('cut.warc.gz', whole.subarray(0, whole.length - 300))))
  assert.ok(!out.includes('item https://courier.example/ferry-3'), out.join('\n'))
  assert.match(out.at(-1)!, /^E_WARC_TRUNCATED /, out.join('\n'))
})

test('a non-article record cut off at the end is reported as truncated (warcio alone would never finish skipping it)', { timeout: 10_000 }, async () => {
  const page = await WARCSerializer.serialize(
    WARCRecord.create({ warcVersion: 'WARC/1.1', type: 'response', url: 'https://courier.example/ferry', httpHeaders: { 'Content-Type': 'text/html' } }, body(harbourPage(20))),
  )
  const image = await WARCSerializer.serialize(
    WARCRecord.create({ warcVersion: 'WARC/1.1', type: 'response', url: 'https://courier.example/chart.png', httpHeaders: { 'Content-Type': 'image/png' } }, body('x'.repeat(3000))),
  )
  const out = outcomes(await collect(write('cut.warc', Buffer.concat([page, image.subarray(0, image.length - 1000)]))))
  assert.deepEqual(out, ['item https://courier.example/ferry', 'E_WARC_TRUNCATED chart.png'])
})

test('a WARC whose first record is cut inside its header is reported as truncated, not as another format', async () => {
  for (const gzip of [false, true]) {
    const whole = await cutCrawl(gzip, -1, 0)
    for (const cut of [60, 150, 400]) {
      const out = outcomes(await collect(write(gzip ? 'first-cut.warc.gz' : 'first-cut.warc', whole.subarray(0, cut))))
      assert.equal(out.length, 1, `gzip ${gzip}, ${cut} bytes: ${out.join('\n')}`)
      assert.match(out[0]!, /^E_WARC_TRUNCATED /, `gzip ${gzip}, ${cut} bytes`)
    }
  }
})

test('a file that is not a WARC at all is still a format error', async () => {
  const out = outcomes(await collect(write('notes.warc', Buffer.from('Shopping list\nmilk\neggs\n'))))
  assert.deepEqual(out, ['E_INPUT_FORMAT notes.warc'])
})
