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
import { fetchStateMigration } from './0003-fetch-state.js'
import { storyStateMigration } from './0004-story-state.js'
import { storylineMergesMigration } from './0005-storyline-merges.js'

/** Names sort in apply order; a new migration gets the next number. */
function migrationsFor(engine: Engine): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(engine.flavour),
    '0002-search': searchMigration(engine.search),
    '0003-fetch-state': fetchStateMigration,
    '0004-story-state': storyStateMigration(),
    '0005-storyline-merges': storylineMergesMigration,
  }
}

export interface AppliedMigration {
  readonly name: string
  /** When it ran; null while still pending. */
  readonly executedAt: Date | null
}

function migratorFor(engine: Engine): Migrator {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(engine) }
  return new Migrator({
    db: engine.db,
    provider,
    migrationTableName: 'storytrace_migration',
    migrationLockTableName: 'storytrace_migration_lock',
  })
}

/** Every known migration with the time it was applied. */
export async function migrationStatus(engine: Engine): Promise<AppliedMigration[]> {
  const infos = await migratorFor(engine).getMigrations()
  return infos.map((m) => ({ name: m.name, executedAt: m.executedAt ?? null }))
}

export async function migrateToLatest(engine: Engine): Promise<void> {
  const { error, results } = await migratorFor(engine).migrateToLatest()
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
