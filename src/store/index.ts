/**
 * @module store
 * Opening a store. A target is either a PostgreSQL URL or a data directory for
 * the embedded SQLite engine; pending schema migrations run on open, so a
 * store is always at the schema this build expects.
 */
import { StorytraceError } from '../errors.js'
import type { Engine } from './engine.js'
import { migrateToLatest } from './migrations/index.js'
import { openPostgresEngine } from './postgres/engine.js'
import { SqlStore } from './sql-store.js'
import { openSqliteEngine } from './sqlite/engine.js'

export type * from './types.js'
export type { SqlStore } from './sql-store.js'

/** The data directory used when neither a target nor STORYTRACE_DB is given. */
export const DEFAULT_DATA_DIR = './storytrace-data'

const POSTGRES_URL = /^postgres(?:ql)?:\/\//i

export function isPostgresTarget(target: string): boolean {
  return POSTGRES_URL.test(target)
}

/**
 * @example
 * const store = await openStore()                                  // ./storytrace-data/storytrace.sqlite
 * const shared = await openStore('postgres://news@db.local/storytrace')
 */
export async function openStore(target: string = process.env.STORYTRACE_DB ?? DEFAULT_DATA_DIR): Promise<SqlStore> {
  if (target.trim() === '') {
    throw new StorytraceError('E_CONFIG', 'the store target is empty: give a data directory or a postgres:// URL')
  }
  const engine: Engine = isPostgresTarget(target) ? await openPostgresEngine(target) : openSqliteEngine(target)
  try {
    await migrateToLatest(engine)
  } catch (err) {
    await engine.db.destroy().catch(() => undefined)
    throw err
  }
  return new SqlStore(engine)
}
