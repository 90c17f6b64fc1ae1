/**
 * @module ingest/warc
 * WARC files (.warc, .warc.gz with one gzip member per record or the whole
 * file gzipped), streamed record by record with warcio's WARCParser from a
 * file stream: the file is never read whole, and a record body over the size
 * cap is skipped by the parser without being loaded (its declared length is
 * checked first, the decoded length while reading). `response` records with
 * HTML, and `resource` and `conversion` records with HTML or plain text,
 * become input items whose source is the WARC-Target-URI and whose fetch time
 * is the WARC-Date; every other record is counted as skipped with the reason.
 */
import { createReadStream } from 'node:fs'
import { WARCParser, type WARCRecord } from 'warcio'
import { StorytraceError } from '../errors.js'
import type { InputFailure, InputItem, SkippedInput } from './types.js'

/** Record types that can hold an article. */
const CONTENT_RECORDS = new Set(['response', 'resource', 'conversion'])

export function isWarcPath(path: string): boolean {
  return /\.warc(?:\.gz)?$/i.test(path)
}

function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase()
}

/** The format a record's media type promises, or null when it is not an article. */
function formatFor(type: string, contentType: string | null): InputItem['format'] | undefined {
  const media = mediaType(contentType)
  if (media === 'text/html' || media === 'application/xhtml+xml') return 'html'
  // A response's text/plain is usually robots.txt or an API answer, not an article.
  if (type !== 'response' && media === 'text/plain') return 'text'
  // No declared type: let extraction sniff the content.
  return media === '' ? null : undefined
}

function toIso(warcDate: string | null | undefined): string {
  const t = warcDate ? Date.parse(warcDate) : Number.NaN
  return Number.isNaN(t) ? new Date().toISOString() : new Date(t).toISOString()
}

/** The decoded body, or null when it grows past the cap (the parser then skips the rest). */
async function readCapped(record: WARCRecord, maxBytes: number): Promise<Uint8Array | null> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of record) {
    size += chunk.length
    if (size > maxBytes) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/** Items, skipped records and failures of one WARC file, in file order. */
export async function* readWarc(path: string, maxBytes: number): AsyncGenerator<InputItem | InputFailure | SkippedInput> {
  let index = 0
  try {
    const parser = new WARCParser(createReadStream(path))
    for await (const record of parser) {
      index++
      const type = record.warcType
      if (!type) {
        yield { source: path, error: new StorytraceError('E_INPUT_FORMAT', `${path} record ${index} has no WARC-Type: not a WARC file, or a damaged one`, { path, record: index }) }
        return
      }
      const uri = record.warcTargetURI ?? `${path}#record-${index}`
      if (!CONTENT_RECORDS.has(type)) {
        if (type === 'response' || type === 'revisit') yield { source: uri, skipped: `WARC ${type} record` }
        continue
      }
      const status = record.httpHeaders?.statusCode
      if (type === 'response' && status !== undefined && Number(status) !== 200) {
        yield { source: uri, skipped: `HTTP status ${status}` }
        continue
      }
      const contentType = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? null
      const format = formatFor(type, contentType)
      if (format === undefined) {
        yield { source: uri, skipped: `not an article (${mediaType(contentType) || 'no content type'})` }
        continue
      }
      if (record.warcContentLength > maxBytes * 4) {
        // Far over the cap even if compressed: not worth decoding to find out.
        yield { source: uri, skipped: `record of ${record.warcContentLength} bytes, over the cap of ${maxBytes}` }
        continue
      }
      const bytes = await readCapped(record, maxBytes)
      if (!bytes) {
        yield { source: uri, skipped: `body over the cap of ${maxBytes} bytes` }
        continue
      }
      if (bytes.length === 0) {
        yield { source: uri, error: new StorytraceError('E_INPUT_EMPTY', `WARC record ${index} (${uri}) has an empty body`, { path, record: index }) }
        continue
      }
      yield { source: uri, bytes, format, contentType, fetchedAt: toIso(record.warcDate) }
    }
    if (index === 0) yield { source: path, error: new StorytraceError('E_INPUT_EMPTY', `${path} holds no WARC records`, { path }) }
  } catch (err) {
    yield {
      source: path,
      error: new StorytraceError('E_INPUT_FORMAT', `${path} is not a readable WARC file after record ${index}: ${(err as Error).message}`, { path, record: index }, { cause: err }),
    }
  }
}
