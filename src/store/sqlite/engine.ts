/**
 * @module store/sqlite/engine
 * The embedded engine: one `storytrace.sqlite` file in a data directory, opened
 * with better-sqlite3 in WAL mode (readers never block the writer) with foreign
 * keys on and a busy timeout, so a second process waits instead of failing.
 */
import { accessSync, constants, mkdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect, sql } from 'kysely'
import { StorytraceError } from '../../errors.js'
import type { Engine } from '../engine.js'
import type { Database } from '../schema.js'
import { sqliteSearch } from './fts.js'

/** The database file inside the data directory. */
export const SQLITE_FILE = 'storytrace.sqlite'
/** How long a writer waits for another process's lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 10_000

function ensureDirectory(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
  } catch (err) {
    throw new StorytraceError('E_CONFIG', `cannot create data directory ${dir}: ${(err as Error).message}`, { dir }, { cause: err })
  }
  if (!statSync(dir).isDirectory()) {
    throw new StorytraceError('E_CONFIG', `data directory ${dir} is not a directory`, { dir })
  }
  // SQLite writes its WAL and shared-memory files beside the database.
  try {
    accessSync(dir, constants.W_OK)
  } catch (err) {
    throw new StorytraceError('E_CONFIG', `data directory ${dir} is not writable`, { dir }, { cause: err })
  }
}

export function openSqliteEngine(dir: string): Engine {
  const root = resolve(dir)
  ensureDirectory(root)
  const file = join(root, SQLITE_FILE)
  let database: BetterSqlite3.Database
  try {
    database = new BetterSqlite3(file)
    database.pragma('journal_mode = WAL')
    database.pragma('foreign_keys = ON')
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    // With WAL, NORMAL keeps every committed transaction across a process crash.
    database.pragma('synchronous = NORMAL')
  } catch (err) {
    throw new StorytraceError('E_STORE', `cannot open ${file}: ${(err as Error).message}`, { file }, { cause: err })
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
  return {
    kind: 'sqlite',
    label: file,
    db,
    flavour: { json: 'text', serial: 'integer' },
    search: sqliteSearch,
    // BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that
    // reads first could not upgrade to a write if another process wrote meanwhile.
    // One connection serves the store, so lockKey needs no further handling.
    write: (_lockKey, fn) =>
      db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn)
        try {
          const result = await fn(conn)
          await sql`commit`.execute(conn)
          return result
        } catch (err) {
          if (database.inTransaction) await sql`rollback`.execute(conn)
          throw err
        }
      }),
  }
}
