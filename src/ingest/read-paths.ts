/**
 * @module ingest/read-paths
 * Files and folders to InputItems. Every path either yields its items or one
 * InputFailure with a code: a batch never stops for one bad input. Size caps
 * are checked on the stat before any byte is read (a 50 MB file is refused
 * at once) and again on the decompressed size of gzip files.
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { StorytraceError } from '../errors.js'
import type { ErrorCode } from '../errors.js'
import type { InputFailure, InputFormat, InputItem } from './types.js'

const gunzipAsync = promisify(gunzip)

/** Inputs larger than this are refused unless the caller raises the cap. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

export interface ReadOptions {
  readonly maxBytes?: number
}

/** Extension → format; `null` formats (xml) are decided by sniffing the content. */
const FORMATS: Readonly<Record<string, InputFormat | null>> = {
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  txt: 'text',
  json: 'json',
  jsonl: 'jsonl',
  xml: null,
  rss: 'feed',
  atom: 'feed',
}

/** Gunzips within the size cap; throws E_INPUT_TOO_LARGE past it and E_INPUT_FORMAT for bad gzip. */
export async function gunzipWithin(bytes: Uint8Array, maxBytes: number, source: string): Promise<Uint8Array> {
  try {
    return await gunzipAsync(bytes, { maxOutputLength: maxBytes })
  } catch (err) {
    const code = (err as { code?: string }).code
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new StorytraceError('E_INPUT_TOO_LARGE', `${source} decompresses to more than ${maxBytes} bytes`, { path: source, maxBytes })
    }
    throw new StorytraceError('E_INPUT_FORMAT', `${source} is not valid gzip: ${(err as Error).message}`, { path: source }, { cause: err })
  }
}

export function isInputFailure(x: InputItem | InputFailure): x is InputFailure {
  return 'error' in x
}

interface Kind {
  readonly gzip: boolean
  readonly format: InputFormat | null
}

/** The format a file name promises, or undefined when the extension is not supported. */
export function kindOfPath(path: string): Kind | undefined {
  const name = path.toLowerCase().replace(/^.*[\\/]/, '')
  const gzip = name.endsWith('.gz')
  const inner = gzip ? name.slice(0, -3) : name
  const dot = inner.lastIndexOf('.')
  if (dot <= 0) return undefined
  const ext = inner.slice(dot + 1)
  if (!Object.hasOwn(FORMATS, ext)) return undefined
  return { gzip, format: FORMATS[ext] ?? null }
}

function failure(source: string, code: ErrorCode, message: string, context?: Record<string, unknown>, cause?: unknown): InputFailure {
  return { source, error: new StorytraceError(code, message, { path: source, ...context }, { cause }) }
}

/** Folder contents in sorted path order, hidden entries and files `include` rejects left out. */
export async function* walkFolder(
  dir: string,
  include: (path: string) => boolean = (p) => kindOfPath(p) !== undefined,
): AsyncGenerator<string | InputFailure> {
  let names: string[]
  try {
    names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort()
  } catch (err) {
    yield failure(dir, 'E_INPUT_READ', `cannot list folder ${dir}: ${(err as Error).message}`, undefined, err)
    return
  }
  for (const name of names) {
    const path = join(dir, name)
    let isDir: boolean
    try {
      isDir = (await stat(path)).isDirectory()
    } catch (err) {
      yield failure(path, 'E_INPUT_READ', `cannot read ${path}: ${(err as Error).message}`, undefined, err)
      continue
    }
    if (isDir) yield* walkFolder(path, include)
    else if (include(path)) yield path
  }
}

async function readOne(path: string, maxBytes: number): Promise<InputItem | InputFailure> {
  const kind = kindOfPath(path)
  if (!kind) return failure(path, 'E_INPUT_FORMAT', `unsupported file type: ${path}`)
  let size: number
  try {
    const st = await stat(path)
    if (!st.isFile()) return failure(path, 'E_INPUT_READ', `not a regular file: ${path}`)
    size = st.size
  } catch (err) {
    return failure(path, 'E_INPUT_READ', `cannot read ${path}: ${(err as Error).message}`, undefined, err)
  }
  if (size > maxBytes) {
    return failure(path, 'E_INPUT_TOO_LARGE', `${path} is ${size} bytes, over the cap of ${maxBytes}`, { size, maxBytes })
  }
  if (size === 0) return failure(path, 'E_INPUT_EMPTY', `${path} is empty`)
  let bytes: Uint8Array
  try {
    bytes = await readFile(path)
  } catch (err) {
    return failure(path, 'E_INPUT_READ', `cannot read ${path}: ${(err as Error).message}`, undefined, err)
  }
  if (kind.gzip) {
    try {
      bytes = await gunzipWithin(bytes, maxBytes, path)
    } catch (err) {
      return { source: path, error: err as StorytraceError }
    }
    if (bytes.length === 0) return failure(path, 'E_INPUT_EMPTY', `${path} decompresses to nothing`)
  }
  return { source: path, bytes, format: kind.format, contentType: null, fetchedAt: new Date().toISOString() }
}

/**
 * Reads files and folders (walked recursively, sorted, hidden entries and
 * unsupported extensions skipped). A file named directly with an unsupported
 * extension is a failure. Never throws for one bad path.
 */
export async function* readPaths(
  paths: readonly string[],
  options: ReadOptions = {},
): AsyncIterable<InputItem | InputFailure> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  for (const path of paths) {
    let isDir = false
    try {
      isDir = (await stat(path)).isDirectory()
    } catch {
      // Missing paths are reported by readOne with the reason.
    }
    if (!isDir) {
      yield await readOne(path, maxBytes)
      continue
    }
    for await (const entry of walkFolder(path)) {
      yield typeof entry === 'string' ? await readOne(entry, maxBytes) : entry
    }
  }
}
