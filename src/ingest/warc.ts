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
 *
 * A truncated file (a crawl cut off, a partial download) never stores part of
 * an article: a record whose file ends before its Content-Length, one whose
 * declared length runs into bytes that do not start the next record, and
 * trailing bytes that form no record are each an E_WARC_TRUNCATED failure.
 * That is why an item is handed on only once the next record has been read,
 * and why every record is read to its end here rather than skipped by warcio.
 */
import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'
import { LimitReader, WARCParser, type WARCRecord } from 'warcio'
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

/**
 * Reads what is left of the record's block and returns how many bytes the
 * file ended before giving (its Content-Length promised them). Done here for
 * every record because warcio's own skip never returns on a record cut off at
 * the end of the file.
 */
async function drain(record: WARCRecord): Promise<number> {
  const reader = record._reader
  if (!(reader instanceof LimitReader)) return 0
  for await (const chunk of reader) void chunk
  return reader.limit
}

/** What one record gives: an item, a skip with its reason, a failure, or nothing (records passed over silently). */
async function readRecord(record: WARCRecord, type: string, index: number, path: string, maxBytes: number): Promise<InputItem | InputFailure | SkippedInput | null> {
  const uri = record.warcTargetURI ?? `${path}#record-${index}`
  if (!CONTENT_RECORDS.has(type)) return type === 'response' || type === 'revisit' ? { source: uri, skipped: `WARC ${type} record` } : null
  const status = record.httpHeaders?.statusCode
  if (type === 'response' && status !== undefined && Number(status) !== 200) return { source: uri, skipped: `HTTP status ${status}` }
  const contentType = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? null
  const format = formatFor(type, contentType)
  if (format === undefined) return { source: uri, skipped: `not an article (${mediaType(contentType) || 'no content type'})` }
  if (record.warcContentLength > maxBytes * 4) {
    // Far over the cap even if compressed: not worth decoding to find out.
    return { source: uri, skipped: `record of ${record.warcContentLength} bytes, over the cap of ${maxBytes}` }
  }
  const bytes = await readCapped(record, maxBytes)
  if (!bytes) return { source: uri, skipped: `body over the cap of ${maxBytes} bytes` }
  if (bytes.length === 0) return { source: uri, error: new StorytraceError('E_INPUT_EMPTY', `WARC record ${index} (${uri}) has an empty body`, { path, record: index }) }
  return { source: uri, bytes, format, contentType, fetchedAt: toIso(record.warcDate) }
}

function truncated(path: string, index: number, source: string, why: string): InputFailure {
  return { source, error: new StorytraceError('E_WARC_TRUNCATED', `WARC record ${index} of ${path} ${why}; nothing of it is stored`, { path, record: index }) }
}

/** True when the file holds nothing but whitespace from `offset` on (where the parser stopped). */
async function onlyWhitespaceFrom(path: string, offset: number): Promise<boolean> {
  const size = (await stat(path)).size
  if (offset >= size) return true
  const file = await open(path, 'r')
  try {
    // More than this is never just stray line ends.
    const tail = size - offset
    if (tail > 4096) return false
    const { buffer, bytesRead } = await file.read(Buffer.alloc(tail), 0, tail, offset)
    return buffer.subarray(0, bytesRead).every((b) => b === 0x0a || b === 0x0d || b === 0x20 || b === 0x09)
  } finally {
    await file.close()
  }
}

/** Items, skipped records and failures of one WARC file, in file order. */
export async function* readWarc(path: string, maxBytes: number): AsyncGenerator<InputItem | InputFailure | SkippedInput> {
  let index = 0
  // The last item read, handed on once the next record starts where its declared length ended.
  let held: { item: InputItem; index: number } | null = null
  const damagedAfter = (what: string): InputFailure =>
    held
      ? truncated(path, held.index, held.item.source, `runs into ${what}: it was cut short or its Content-Length is wrong, and reading stopped there`)
      : { source: path, error: new StorytraceError('E_WARC_TRUNCATED', `${path} is damaged after record ${index - 1}: ${what}; reading stopped there`, { path, record: index }) }
  try {
    const parser = new WARCParser(createReadStream(path))
    for await (const record of parser) {
      index++
      const type = record.warcType
      if (!type) {
        // A file that opens with the WARC version line is a WARC whose first header was cut, not another format.
        yield index === 1 && record.warcHeaders.protocol?.startsWith('WARC/')
          ? { source: path, error: new StorytraceError('E_WARC_TRUNCATED', `${path} record 1 has a WARC version line but its header was cut short or damaged before WARC-Type; nothing of it is stored`, { path, record: 1 }) }
          : index === 1
            ? { source: path, error: new StorytraceError('E_INPUT_FORMAT', `${path} record 1 has no WARC-Type: not a WARC file`, { path, record: 1 }) }
            : damagedAfter('bytes that do not start a WARC record')
        return
      }
      if (held) yield held.item
      held = null
      if (record.warcHeaders.headers.get('Content-Length') == null) {
        // Content-Length is mandatory (WARC 1.1 §5.3); without it the header block never ended: the file was cut inside it.
        yield truncated(path, index, record.warcTargetURI ?? `${path}#record-${index}`, 'has no Content-Length: its header was cut short or damaged')
        return
      }
      const outcome = await readRecord(record, type, index, path, maxBytes)
      const missing = await drain(record)
      if (missing > 0) {
        const uri = record.warcTargetURI ?? `${path}#record-${index}`
        yield truncated(path, index, uri, `ends ${missing} bytes before its declared length: the file was cut short`)
        return
      }
      if (outcome && 'bytes' in outcome) held = { item: outcome, index }
      else if (outcome) yield outcome
    }
    if (held) yield held.item
    if (!(await onlyWhitespaceFrom(path, parser.offset))) {
      // A gzip member cut short gives the parser no record at all: the bytes left over are the only trace.
      const after = index === 0 ? 'from its start' : `after record ${index}`
      yield { source: path, error: new StorytraceError('E_WARC_TRUNCATED', `${path} holds bytes ${after} that form no complete WARC record: the file was cut short or damaged there`, { path, record: index + 1 }) }
    } else if (index === 0) {
      yield { source: path, error: new StorytraceError('E_INPUT_EMPTY', `${path} holds no WARC records`, { path }) }
    }
  } catch (err) {
    if (held) {
      yield damagedAfter(`data that cannot be read (${(err as Error).message})`)
      return
    }
    yield {
      source: path,
      error: new StorytraceError('E_INPUT_FORMAT', `${path} is not a readable WARC file after record ${index}: ${(err as Error).message}`, { path, record: index }, { cause: err }),
    }
  }
}
