/**
 * @module doc/doc
 * Creating documents and adding layers. A layer, once set, is final: a later
 * stage that tries to set it again fails with E_LAYER_EXISTS at the line that
 * tried, so no stage can silently rewrite another's work.
 */
import { StorytraceError } from '../errors.js'
import type { ArticleMeta, Doc, Layers, LayerName, Span } from './types.js'

/** Metadata with every field unknown; extraction fills what it finds. */
export function emptyMeta(source: string): ArticleMeta {
  return {
    source,
    url: null,
    title: null,
    byline: null,
    outlet: null,
    published: null,
    modified: null,
    language: null,
    related: [],
    image: null,
  }
}

/**
 * @example
 * const doc = createDoc('Turkey offered exile.', { ...emptyMeta('a.txt'), published: '2026-01-05' })
 */
export function createDoc(text: string, meta: ArticleMeta, layers: Partial<Layers> = {}): Doc {
  const doc: Doc = { text, meta, layers: {}, errors: [] }
  return Object.keys(layers).length ? withLayers(doc, layers) : doc
}

/** Returns a new Doc with the given layers added, validating every span. */
export function withLayers(doc: Doc, add: Partial<Layers>): Doc {
  for (const name of Object.keys(add) as LayerName[]) {
    if (doc.layers[name] !== undefined) {
      throw new StorytraceError('E_LAYER_EXISTS', `layer "${name}" is already set`, { layer: name })
    }
    checkLayer(doc.text, name, add[name] as readonly unknown[])
  }
  return { ...doc, layers: Object.freeze({ ...doc.layers, ...add }) }
}

export function withError(doc: Doc, annotator: string, message: string): Doc {
  return { ...doc, errors: [...doc.errors, { annotator, message }] }
}

/** Throws E_SPAN_BOUNDS unless 0 <= start <= end <= text.length. */
export function checkSpan(text: string, span: Span, what = 'span'): void {
  const { start, end } = span
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
    throw new StorytraceError(
      'E_SPAN_BOUNDS',
      `${what} [${start}, ${end}) outside text of length ${text.length}`,
      { start, end, length: text.length },
    )
  }
}

function checkLayer(text: string, name: LayerName, items: readonly unknown[]): void {
  if (!Array.isArray(items)) {
    throw new StorytraceError('E_SPAN_BOUNDS', `layer "${name}" must be an array`)
  }
  for (const item of items as readonly Record<string, unknown>[]) {
    if (name === 'entities') {
      for (const m of item.mentions as readonly Span[]) checkSpan(text, m, `mention of ${String(item.id)}`)
      continue
    }
    checkSpan(text, item as unknown as Span, `${name} item`)
    for (const key of ['cue', 'trigger'] as const) {
      const sub = item[key] as Span | null | undefined
      if (sub) checkSpan(text, sub, `${name}.${key}`)
    }
  }
}

/** The covered text of a span. */
export function spanText(doc: Doc, span: Span): string {
  return doc.text.slice(span.start, span.end)
}

/** The sentence that contains `offset`, if the sentences layer is set. */
export function sentenceAt(doc: Doc, offset: number): Span | undefined {
  const sentences = doc.layers.sentences
  if (!sentences) return undefined
  let lo = 0
  let hi = sentences.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = sentences[mid]!
    if (offset < s.start) hi = mid - 1
    else if (offset >= s.end) lo = mid + 1
    else return s
  }
  return undefined
}
