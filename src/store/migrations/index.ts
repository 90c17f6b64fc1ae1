/**
 * @module store/migrations/index
 * Runs the schema migrations in order. They are registered here by name from
 * code (not found by scanning a folder), so the compiled build and a run from
 * source apply exactly the same list, and both engines get the same tables.
 */
import { Migrator, type Migration, type MigrationProvider } from 'kysely'
import { StorytraceError } from '../../errors.js'
import type { Engine } from '../engine.js'
import { initialMigration } from './0001-initial.js'
import { searchMigration } from './0002-search.js'

/** Names sort in apply order; a new migration gets the next number. */
function migrationsFor(engine: Engine): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(engine.flavour),
    '0002-search': searchMigration(engine.search),
  }
}

export async function migrateToLatest(engine: Engine): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(engine) }
  const migrator = new Migrator({
    db: engine.db,
    provider,
    migrationTableName: 'storytrace_migration',
    migrationLockTableName: 'storytrace_migration_lock',
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    const detail = error instanceof Error ? error.message : String(error)
    throw new StorytraceError(
      'E_STORE',
      `migrating ${engine.label} failed at ${failed}: ${detail}`,
      { target: engine.label, migration: failed },
      { cause: error },
    )
  }
}
