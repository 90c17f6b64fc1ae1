/**
 * @module util/paths
 * Paths relative to the project root, found from this file's location so they
 * work from src/ under a loader and from dist/ after a build.
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir)
    if (parent === dir) throw new Error('storytrace: package.json not found above ' + import.meta.url)
    dir = parent
  }
  return dir
}

export const PROJECT_ROOT = findRoot()

/** repoPath('fixtures', 'extraction') → "<root>/fixtures/extraction". */
export function repoPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts)
}
