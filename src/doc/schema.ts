/**
 * @module doc/schema
 * Validation of the public JSON (docs/schema/*.schema.json) — the contract
 * tests check every `analyze` object and the export against these.
 */
import { readFileSync } from 'node:fs'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import { repoPath } from '../util/paths.js'

export type SchemaName = 'article' | 'export'

const compiled = new Map<SchemaName, ValidateFunction>()

function validator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name)
  if (!v) {
    const schema = JSON.parse(readFileSync(repoPath('docs', 'schema', `${name}.schema.json`), 'utf8')) as object
    v = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema)
    compiled.set(name, v)
  }
  return v
}

/** The schema violations of `value`, as "path: message" lines; empty when valid. */
export function schemaErrors(name: SchemaName, value: unknown): string[] {
  const v = validator(name)
  if (v(value)) return []
  return (v.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`)
}
