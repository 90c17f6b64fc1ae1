/**
 * @module doc/pipeline
 * Annotators declare the layers they read and write; a pipeline checks the
 * order once, when it is built, and then runs as a plain loop. A stage that
 * throws is recorded on doc.errors and the rest go on (or, with
 * `onError: 'throw'`, as in tests, the error propagates).
 */
import { StorytraceError } from '../errors.js'
import { withError, withLayers } from './doc.js'
import type { Doc, LayerName, Layers } from './types.js'

export interface Annotator<N extends LayerName = LayerName> {
  /** Versioned name, e.g. "storytrace.times.v1": behaviour changes get a new version. */
  readonly name: string
  readonly requires: readonly LayerName[]
  readonly assigns: readonly N[]
  /** Pure: reads the doc, returns the new layers. */
  readonly annotate: (doc: Doc) => Pick<Layers, N>
}

/**
 * Any annotator, whatever layers it assigns: what a pipeline holds. Every
 * Annotator<N> is one (its result is a Partial<Layers>).
 */
export interface Stage {
  readonly name: string
  readonly requires: readonly LayerName[]
  readonly assigns: readonly LayerName[]
  readonly annotate: (doc: Doc) => Partial<Layers>
}

export function defineAnnotator<N extends LayerName>(annotator: Annotator<N>): Annotator<N> {
  return Object.freeze(annotator)
}

export interface PipelineOptions {
  /** Layers the input docs already carry (e.g. paragraphs from extraction). */
  readonly given?: readonly LayerName[]
  /** 'record' (default) keeps going after a failing stage; 'throw' stops. */
  readonly onError?: 'record' | 'throw'
}

export interface Pipeline {
  readonly names: readonly string[]
  run(doc: Doc): Doc
}

export function buildPipeline(annotators: readonly Stage[], options: PipelineOptions = {}): Pipeline {
  const assigned = new Set<LayerName>(options.given ?? [])
  for (const a of annotators) {
    for (const need of a.requires) {
      if (!assigned.has(need)) {
        throw new StorytraceError(
          'E_PIPELINE_REQUIRES',
          `${a.name} requires '${need}', assigned by no earlier annotator`,
          { annotator: a.name, layer: need },
        )
      }
    }
    for (const layer of a.assigns) assigned.add(layer)
  }
  const onError = options.onError ?? 'record'
  return {
    names: annotators.map((a) => a.name),
    run(input: Doc): Doc {
      let doc = input
      for (const a of annotators) {
        const missing = a.requires.filter((l) => doc.layers[l] === undefined)
        if (missing.length) {
          doc = withError(doc, a.name, `skipped: missing ${missing.join(', ')}`)
          continue
        }
        try {
          doc = withLayers(doc, a.annotate(doc))
        } catch (err) {
          if (onError === 'throw') throw err
          doc = withError(doc, a.name, err instanceof Error ? err.message : String(err))
        }
      }
      return doc
    },
  }
}
