/**
 * @module nlp/entities/tagger/weights — the model file: gzip of a small JSON
 * header (ModelInfo and the array lengths) followed by the feature keys
 * (Int32), the weight rows (Int16) and the lower-case lexicon (Int32),
 * little-endian. The shipped model is read once, on
 * first use.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { gunzipSync, gzipSync } from 'node:zlib'
import { StorytraceError } from '../../../errors.js'
import { repoPath } from '../../../util/paths.js'
import { FEATURE_VERSION } from './features.js'
import { TaggerModel, type ModelInfo } from './model.js'
import { TAG_COUNT } from './tags.js'

const MAGIC = 'storytrace-tagger'

export const SHIPPED_MODEL = repoPath('data', 'models', 'entities-tagger.bin.gz')

export function encodeModel(model: TaggerModel): Buffer {
  const header = Buffer.from(
    JSON.stringify({ magic: MAGIC, rows: model.keys.length, tags: TAG_COUNT, lowercase: model.lowercaseWords.length, ...model.info }),
  )
  const len = Buffer.alloc(4)
  len.writeUInt32LE(header.length)
  const keys = Buffer.from(model.keys.buffer, model.keys.byteOffset, model.keys.byteLength)
  const weights = Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength)
  const lexicon = Buffer.from(model.lowercaseWords.buffer, model.lowercaseWords.byteOffset, model.lowercaseWords.byteLength)
  return gzipSync(Buffer.concat([len, header, keys, weights, lexicon]), { level: 9 })
}

export function decodeModel(gz: Buffer, path: string): TaggerModel {
  const bad = (why: string, cause?: unknown): StorytraceError =>
    new StorytraceError('E_CONFIG', `tagger model ${why}`, { path }, cause === undefined ? undefined : { cause })
  let raw: Buffer
  try {
    raw = gunzipSync(gz)
  } catch (err) {
    throw bad('is not gzip data', err)
  }
  const headerEnd = 4 + raw.readUInt32LE(0)
  const header = JSON.parse(raw.subarray(4, headerEnd).toString('utf8')) as ModelInfo & { magic: string; rows: number; tags: number; lowercase: number }
  if (header.magic !== MAGIC) throw bad('has an unknown format')
  if (header.featureVersion !== FEATURE_VERSION || header.tags !== TAG_COUNT) {
    throw bad(`was trained on feature version ${header.featureVersion}; this build uses ${FEATURE_VERSION} (run npm run train:entities)`)
  }
  // Copy into aligned arrays: the header length leaves the payload at any offset.
  const body = raw.subarray(headerEnd)
  const keys = new Int32Array(header.rows)
  const weights = new Int16Array(header.rows * TAG_COUNT)
  const lowercaseWords = new Int32Array(header.lowercase)
  if (body.length !== keys.byteLength + weights.byteLength + lowercaseWords.byteLength) throw bad('is truncated')
  let at = 0
  for (const a of [keys, weights, lowercaseWords]) {
    Buffer.from(a.buffer).set(body.subarray(at, at + a.byteLength))
    at += a.byteLength
  }
  const { featureVersion, trainedOn, epochs, seed } = header
  return new TaggerModel({ keys, weights, lowercaseWords }, { featureVersion, trainedOn, epochs, seed })
}

export function loadModel(path: string): TaggerModel {
  let gz: Buffer
  try {
    gz = readFileSync(path)
  } catch (err) {
    throw new StorytraceError('E_CONFIG', 'tagger model could not be read', { path }, { cause: err })
  }
  return decodeModel(gz, path)
}

export function saveModel(path: string, model: TaggerModel): number {
  const gz = encodeModel(model)
  writeFileSync(path, gz)
  return gz.length
}

let shipped: TaggerModel | undefined

/** The model shipped in data/models, loaded on first use. */
export function shippedModel(): TaggerModel {
  shipped ??= loadModel(SHIPPED_MODEL)
  return shipped
}
