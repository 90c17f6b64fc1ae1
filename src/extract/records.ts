/**
 * @module extract/records
 * JSON and JSONL article records with the documented fields: title, text (or
 * body), url, outlet (or source), published (or date), byline (or author),
 * language. A JSON file holds one record or an array of them ("path#N",
 * 1-based); JSONL holds one per line ("path#line-N"). A bad record fails
 * alone, with its own source.
 */
import type { ArticleMeta } from '../doc/types.js'
import { StorytraceError } from '../errors.js'
import type { InputFailure } from '../ingest/types.js'
import { cleanByline, collapseSpace, makeArticle, outletRef } from './article.js'
import { bodyFromContent } from './content.js'
import { isPlausibleDate, parseDate } from './dates.js'
import { detectLanguage, normaliseLanguageTag } from '../util/language.js'
import type { ExtractedArticle } from './types.js'

type Json = Record<string, unknown>

export interface RecordsResult {
  articles: ExtractedArticle[]
  failures: InputFailure[]
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null)

/** A name given as "X", {name: "X"} or a list of either. */
function nameList(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(nameList)
  if (typeof v === 'string') return v.trim() ? [v] : []
  if (v && typeof v === 'object') return nameList((v as Json)['name'])
  return []
}

function dateOf(v: unknown, fetchedAt: string): string | null {
  let iso: string | null = null
  if (typeof v === 'string') iso = parseDate(v)
  // Epoch numbers: seconds when small enough, else milliseconds.
  else if (typeof v === 'number' && Number.isFinite(v)) iso = new Date(v < 1e11 ? v * 1000 : v).toISOString()
  return iso && isPlausibleDate(iso, fetchedAt) ? iso : null
}

/** One record → article; throws E_INPUT_FORMAT or E_EXTRACT_NO_BODY. */
export function recordArticle(value: unknown, source: string, fetchedAt: string, fallbackDate: string | null): ExtractedArticle {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new StorytraceError('E_INPUT_FORMAT', `record is not a JSON object`, { source })
  }
  const r = value as Json
  const content = str(r['text']) ?? str(r['body']) ?? str(r['content']) ?? ''
  const body = bodyFromContent(content)
  if (!body.text) throw new StorytraceError('E_EXTRACT_NO_BODY', 'record has no text or body', { source })
  const outletName = nameList(r['outlet'])[0] ?? nameList(r['source'])[0] ?? nameList(r['publisher'])[0] ?? null
  const meta: Partial<ArticleMeta> = {
    url: str(r['url']),
    title: str(r['title']) ? collapseSpace(str(r['title'])!) : null,
    byline: cleanByline(nameList(r['byline'] ?? r['author'] ?? r['authors'])),
    outlet: outletRef(outletName),
    published: dateOf(r['published'] ?? r['date'], fetchedAt) ?? fallbackDate,
    modified: dateOf(r['modified'], fetchedAt),
    language: normaliseLanguageTag(str(r['language'])) ?? detectLanguage(body.text),
    image: str(r['image']),
  }
  return makeArticle(source, meta, body, 'json.record')
}

function collect(records: readonly { value: unknown; source: string }[], fetchedAt: string, fallbackDate: string | null): RecordsResult {
  const out: RecordsResult = { articles: [], failures: [] }
  for (const { value, source } of records) {
    try {
      out.articles.push(recordArticle(value, source, fetchedAt, fallbackDate))
    } catch (err) {
      const error = err instanceof StorytraceError ? err : new StorytraceError('E_INPUT_FORMAT', String(err), { source })
      out.failures.push({ source, error })
    }
  }
  return out
}

/** A parsed JSON document: one record, or an array of records. */
export function extractJsonValue(value: unknown, source: string, fetchedAt: string, fallbackDate: string | null): RecordsResult {
  if (Array.isArray(value)) {
    return collect(value.map((v, i) => ({ value: v, source: `${source}#${i + 1}` })), fetchedAt, fallbackDate)
  }
  return collect([{ value, source }], fetchedAt, fallbackDate)
}

/** JSONL: blank lines skipped, a line that is not JSON fails alone. */
export function extractJsonLines(text: string, source: string, fetchedAt: string, fallbackDate: string | null): RecordsResult {
  const out: RecordsResult = { articles: [], failures: [] }
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return
    const lineSource = `${source}#line-${i + 1}`
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (err) {
      const error = new StorytraceError('E_INPUT_FORMAT', `line ${i + 1} is not JSON: ${(err as Error).message}`, { source: lineSource })
      out.failures.push({ source: lineSource, error })
      return
    }
    const r = collect([{ value, source: lineSource }], fetchedAt, fallbackDate)
    out.articles.push(...r.articles)
    out.failures.push(...r.failures)
  })
  return out
}
