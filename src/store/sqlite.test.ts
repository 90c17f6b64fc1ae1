/**
 * The store contract on the embedded SQLite engine (a temp directory per
 * test), plus what only the SQLite target does: directory handling, WAL mode
 * and the STORYTRACE_DB default.
 */
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from 'node:test'
import BetterSqlite3 from 'better-sqlite3'
import { StorytraceError } from '../errors.js'
import { openStore } from './index.js'
import { SQLITE_FILE } from './sqlite/engine.js'
import { storeContract } from './store.case.test.js'

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'storytrace-store-'))
}

storeContract('sqlite', async () => {
  const dir = await tempDir()
  return { target: dir, dispose: () => rm(dir, { recursive: true, force: true }) }
})

test('sqlite store: a missing data directory is created and holds a WAL-mode database', async () => {
  const root = await tempDir()
  try {
    const dir = join(root, 'nested', 'data')
    const store = await openStore(dir)
    await store.close()
    const file = join(dir, SQLITE_FILE)
    assert.ok(existsSync(file))
    const db = new BetterSqlite3(file, { readonly: true })
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal')
    } finally {
      db.close()
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
})

test('sqlite store: a target that is a file, not a directory, fails with E_CONFIG', async () => {
  const root = await tempDir()
  try {
    const file = join(root, 'not-a-dir')
    await writeFile(file, 'x')
    await assert.rejects(openStore(file), (err: unknown) => err instanceof StorytraceError && err.code === 'E_CONFIG' && err.message.includes(file))
    await assert.rejects(openStore(join(file, 'below')), (err: unknown) => err instanceof StorytraceError && err.code === 'E_CONFIG')
  } finally {
    await rm(root, { recursive: true, force: true })
  }
})

test('sqlite store: an empty target fails with E_CONFIG', async () => {
  await assert.rejects(openStore('  '), (err: unknown) => err instanceof StorytraceError && err.code === 'E_CONFIG')
})

test('sqlite store: with no target, STORYTRACE_DB names the data directory', async () => {
  const root = await tempDir()
  const saved = process.env.STORYTRACE_DB
  try {
    process.env.STORYTRACE_DB = join(root, 'from-env')
    const store = await openStore()
    await store.close()
    assert.ok(existsSync(join(root, 'from-env', SQLITE_FILE)))
  } finally {
    if (saved === undefined) delete process.env.STORYTRACE_DB
    else process.env.STORYTRACE_DB = saved
    await rm(root, { recursive: true, force: true })
  }
})
