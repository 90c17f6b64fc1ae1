/**
 * @module testing/services
 * Tests that need PostgreSQL or Chromium skip with a plain reason on a user's
 * machine that lacks them, and fail in CI, where .ci/run sets
 * STORYTRACE_REQUIRE_SERVICES=1 after installing and starting both.
 */
import { existsSync } from 'node:fs'
import type { TestContext } from 'node:test'
import pg from 'pg'

export const SERVICES_REQUIRED = process.env.STORYTRACE_REQUIRE_SERVICES === '1'

/** Server URL the PostgreSQL tests use (a fresh database is made under it per run). */
export const TEST_PG_URL = process.env.STORYTRACE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/**
 * Returns true when the test may go on. When the service is missing it skips
 * the test with the reason, or fails it when services are required.
 */
export function requireService(t: TestContext, missing: string | null): boolean {
  if (missing === null) return true
  if (SERVICES_REQUIRED) throw new Error(`required service missing (STORYTRACE_REQUIRE_SERVICES=1): ${missing}`)
  t.skip(missing)
  return false
}

/** Why PostgreSQL cannot be used, or null when it answers. */
export async function postgresMissing(url = TEST_PG_URL): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('select 1')
    return null
  } catch (err) {
    return `PostgreSQL not reachable at ${url}: ${err instanceof Error ? err.message : String(err)}`
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Makes an empty database for one test run and returns its URL and a dropper. */
export async function freshPostgresDatabase(url = TEST_PG_URL): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `storytrace_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  try {
    await admin.query(`create database ${name}`)
  } finally {
    await admin.end()
  }
  const target = new URL(url)
  target.pathname = '/' + name
  return {
    url: target.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url })
      await c.connect()
      try {
        await c.query(`drop database if exists ${name} with (force)`)
      } finally {
        await c.end()
      }
    },
  }
}

/** Debian's Chromium, where the e2e test expects it (override with STORYTRACE_CHROMIUM). */
export const CHROMIUM_PATH = process.env.STORYTRACE_CHROMIUM ?? '/usr/bin/chromium'

export function chromiumMissing(path = CHROMIUM_PATH): string | null {
  return existsSync(path) ? null : `Chromium not found at ${path} (install Debian's chromium package or set STORYTRACE_CHROMIUM)`
}
