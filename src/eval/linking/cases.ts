/**
 * @module eval/linking/cases — the linking gold the project wrote:
 * fixtures/linking/*.jsonl, one short text per line with the mentions it must
 * link. Each file is a part, reported apart: "tune" was used while the
 * linker was tuned; each "held-out" file was written after the tuning before
 * it and measured before any change it prompted (docs/measurements.md).
 *
 *   {"text": "...", "outlet": "The Washington Post", "language": "en",
 *    "mentions": [{"text": "the Post", "occurrence": 1, "id": "outlet:the-washington-post",
 *                  "government": true, "kind": "demonym"}]}
 *
 * `outlet` (the publishing outlet), `language` (ISO 639-1), `occurrence` (1-based, default 1),
 * `government` and `kind` are optional; when given they are checked too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { StorytraceError } from '../../errors.js'
import { locate } from '../gold.js'

export interface GoldLink {
  readonly text: string
  readonly occurrence: number
  readonly id: string
  readonly government?: boolean
  readonly kind?: string
}

export interface LinkCase {
  /** "file.jsonl:line", for people reading a miss. */
  readonly where: string
  readonly part: string
  readonly text: string
  readonly outlet: string | null
  readonly language: string | null
  readonly mentions: readonly GoldLink[]
}

/** The file name without ".jsonl" and a "-sentences" suffix: "tune", "held-out", "held-out-2". */
function partOf(file: string): string {
  return basename(file, '.jsonl').replace(/-sentences$/, '')
}

function bad(where: string, message: string): never {
  throw new StorytraceError('E_INPUT_FORMAT', `${where}: ${message}`, { where })
}

function parseLink(where: string, raw: unknown): GoldLink {
  const m = raw as Partial<GoldLink> | null
  if (!m || typeof m.text !== 'string' || typeof m.id !== 'string') bad(where, 'each mention needs "text" and "id" strings')
  const occurrence = m.occurrence ?? 1
  if (!Number.isInteger(occurrence) || occurrence < 1) bad(where, '"occurrence" must be a positive integer')
  return {
    text: m.text,
    occurrence,
    id: m.id,
    ...(m.government !== undefined ? { government: m.government } : {}),
    ...(m.kind !== undefined ? { kind: m.kind } : {}),
  }
}

/** The cases of one .jsonl file; a malformed line is an E_INPUT_FORMAT error naming it. */
export function parseCases(file: string, content: string): LinkCase[] {
  const cases: LinkCase[] = []
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return
    const where = `${basename(file)}:${i + 1}`
    let raw: { text?: unknown; outlet?: unknown; language?: unknown; mentions?: unknown }
    try {
      raw = JSON.parse(line) as typeof raw
    } catch {
      bad(where, 'not a JSON object')
    }
    if (typeof raw.text !== 'string' || !Array.isArray(raw.mentions) || raw.mentions.length === 0)
      bad(where, 'needs "text" and a non-empty "mentions" array')
    const text = raw.text
    const mentions = raw.mentions.map((m) => parseLink(where, m))
    for (const m of mentions) if (!locate(text, m.text, m.occurrence)) bad(where, `"${m.text}"#${m.occurrence} is not in the text`)
    const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)
    cases.push({ where, part: partOf(file), text, outlet: str(raw.outlet), language: str(raw.language), mentions })
  })
  return cases
}

/** Every case under `path`: one .jsonl file, or each .jsonl file of a folder in name order. */
export function readCases(path: string): LinkCase[] {
  let files: string[]
  try {
    files = statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => join(path, f))
      : [path]
  } catch (err) {
    throw new StorytraceError('E_INPUT_READ', `linking gold not found at ${path}`, { path }, { cause: err })
  }
  return files.flatMap((f) => parseCases(f, readFileSync(f, 'utf8')))
}
