/**
 * Tests of reading files and folders: walk order, skipped entries, size caps
 * (checked before reading, and on gzip output), and per-path failures.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import { gzipSync } from 'node:zlib'
import { isInputFailure, readPaths } from './read-paths.js'
import type { InputFailure, InputItem } from './types.js'

async function collect(paths: string[], maxBytes?: number): Promise<(InputItem | InputFailure)[]> {
  const out: (InputItem | InputFailure)[] = []
  for await (const x of readPaths(paths, { maxBytes })) out.push(x)
  return out
}

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'storytrace-read-'))
  mkdirSync(join(dir, 'b-sub'))
  mkdirSync(join(dir, '.hidden'))
  writeFileSync(join(dir, 'c.txt'), 'Title\n\nBody.')
  writeFileSync(join(dir, 'a.html'), '<p>hi</p>')
  writeFileSync(join(dir, 'notes.md'), '# skipped')
  writeFileSync(join(dir, '.secret.txt'), 'hidden')
  writeFileSync(join(dir, 'b-sub', 'd.jsonl'), '{"title":"x","text":"y"}\n')
  writeFileSync(join(dir, 'b-sub', 'e.rss'), '<rss></rss>')
  writeFileSync(join(dir, '.hidden', 'f.txt'), 'hidden too')
  return dir
}

test('folders are walked recursively in sorted order, skipping hidden entries and unsupported files', async () => {
  const dir = tree()
  const items = await collect([dir])
  assert.deepEqual(items.map((i) => i.source.slice(dir.length + 1)), ['a.html', 'b-sub/d.jsonl', 'b-sub/e.rss', 'c.txt'])
  assert.deepEqual(items.map((i) => (isInputFailure(i) ? null : i.format)), ['html', 'jsonl', 'feed', 'text'])
  const first = items[0] as InputItem
  assert.equal(new TextDecoder().decode(first.bytes), '<p>hi</p>')
  assert.ok(!Number.isNaN(Date.parse(first.fetchedAt)))
})

test('paths are yielded in input order and a bad path does not stop the others', async () => {
  const dir = tree()
  const items = await collect([join(dir, 'c.txt'), join(dir, 'missing.html'), join(dir, 'notes.md'), join(dir, 'a.html')])
  assert.deepEqual(items.map((i) => (isInputFailure(i) ? i.error.code : 'ok')), ['ok', 'E_INPUT_READ', 'E_INPUT_FORMAT', 'ok'])
  assert.equal(items[1]!.source, join(dir, 'missing.html'))
})

test('an empty file fails with E_INPUT_EMPTY', async () => {
  const dir = tree()
  writeFileSync(join(dir, 'empty.html'), '')
  const [x] = await collect([join(dir, 'empty.html')])
  assert.ok(x && isInputFailure(x))
  assert.equal(x.error.code, 'E_INPUT_EMPTY')
})

test('a 50 MB sparse file is refused as too large from its size alone', async () => {
  const dir = tree()
  const path = join(dir, 'huge.html')
  const fd = openSync(path, 'w')
  ftruncateSync(fd, 50 * 1024 * 1024)
  closeSync(fd)
  const [x] = await collect([path])
  assert.ok(x && isInputFailure(x))
  assert.equal(x.error.code, 'E_INPUT_TOO_LARGE')
  const [y] = await collect([join(dir, 'c.txt')], 4)
  assert.equal(y && isInputFailure(y) ? y.error.code : null, 'E_INPUT_TOO_LARGE')
})

test('gzip files are decompressed, keep the inner format, and the cap applies to the decompressed size', async () => {
  const dir = tree()
  const text = 'Title\n\n' + 'Body text. '.repeat(1000)
  writeFileSync(join(dir, 'story.txt.gz'), gzipSync(text))
  const [ok] = await collect([join(dir, 'story.txt.gz')])
  assert.ok(ok && !isInputFailure(ok))
  assert.equal(ok.format, 'text')
  assert.equal(new TextDecoder().decode(ok.bytes), text)
  const [big] = await collect([join(dir, 'story.txt.gz')], 2000)
  assert.equal(big && isInputFailure(big) ? big.error.code : null, 'E_INPUT_TOO_LARGE')
  writeFileSync(join(dir, 'broken.html.gz'), 'not gzip at all')
  const [bad] = await collect([join(dir, 'broken.html.gz')])
  assert.equal(bad && isInputFailure(bad) ? bad.error.code : null, 'E_INPUT_FORMAT')
})
