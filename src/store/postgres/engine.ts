/**
 * @module store/postgres/engine
 * The server engine: a pg Pool behind Kysely's PostgresDialect. json comes back
 * as text and bigint counts as numbers, so the shared row mapping treats both
 * engines alike. Writers to one URL are serialised with a transaction-scoped
 * advisory lock; inserts use ON CONFLICT DO NOTHING, so concurrent ingests of
 * the same article store it once.
 */
import pg from 'pg'
import { Kysely, PostgresDialect, sql } from 'kysely'
import { StorytraceError } from '../../errors.js'
import type { Engine } from '../engine.js'
import type { Database } from '../schema.js'
import { postgresSearch } from './fts.js'

/** Connections per store. */
const POOL_MAX = 10
/** An unreachable server fails the open after this long instead of hanging. */
const CONNECT_TIMEOUT_MS = 5_000
/** First key of storytrace's advisory locks, so they never collide with other users of the database. */
const ADVISORY_LOCK_SPACE = 0x5354 // "ST"
const DEFAULT_PORT = 5432

const JSON_OID = 114
const JSONB_OID = 3802
const INT8_OID = 20

const asText = (value: string): string => value

/** Where a PostgreSQL URL points, for messages: never the password. */
export interface PostgresTarget {
  readonly host: string
  readonly port: number
  readonly database: string
}

export function parsePostgresUrl(url: string): PostgresTarget {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch (err) {
    throw new StorytraceError('E_CONFIG', `malformed PostgreSQL URL "${url.replace(/:[^:@/]*@/, ':***@')}"`, undefined, { cause: err })
  }
  const port = parsed.port ? Number(parsed.port) : DEFAULT_PORT
  return {
    host: decodeURIComponent(parsed.hostname) || 'localhost',
    port,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || decodeURIComponent(parsed.username) || 'postgres',
  }
}

function parserFor(oid: number, format?: string): (value: string) => unknown {
  if (oid === JSON_OID || oid === JSONB_OID) return asText
  if (oid === INT8_OID) return Number
  return pg.types.getTypeParser(oid, format as 'text')
}

export async function openPostgresEngine(url: string): Promise<Engine> {
  const target = parsePostgresUrl(url)
  const label = `postgres://${target.host}:${target.port}/${target.database}`
  const pool = new pg.Pool({
    connectionString: url,
    max: POOL_MAX,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types: { getTypeParser: parserFor } as pg.CustomTypesConfig,
  })
  // An idle client losing its server emits 'error' on the pool; without a
  // listener Node would exit. The next query simply opens a new connection.
  pool.on('error', () => {})
  try {
    const client = await pool.connect()
    client.release()
  } catch (err) {
    await pool.end().catch(() => {})
    throw new StorytraceError(
      'E_STORE',
      `PostgreSQL not reachable at ${target.host}:${target.port} (database "${target.database}"): ${(err as Error).message}`,
      { host: target.host, port: target.port, database: target.database },
      { cause: err },
    )
  }
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return {
    kind: 'postgres',
    label,
    db,
    flavour: { json: 'json', serial: 'serial' },
    search: postgresSearch,
    write: (lockKey, fn) =>
      db.transaction().execute(async (trx) => {
        if (lockKey !== null) {
          await sql`select pg_advisory_xact_lock(${ADVISORY_LOCK_SPACE}::int4, hashtext(${lockKey}))`.execute(trx)
        }
        return fn(trx)
      }),
  }
}
