/**
 * @module nlp
 * The default annotation pipeline, in dependency order. Each stage lives in
 * its own folder and is a plain annotator (doc/pipeline.ts); this file only
 * lists them, and buildPipeline checks their requires/assigns once.
 */
import { buildPipeline, type Pipeline, type Stage } from '../doc/pipeline.js'
import { claimsAnnotator } from './claims/index.js'
import { entitiesAnnotator } from './entities/index.js'
import { eventsAnnotator } from './events/index.js'
import { quotesAnnotator } from './quotes/index.js'
import { sentencesAnnotator } from './sentences/index.js'
import { timesAnnotator } from './times/index.js'

export const DEFAULT_ANNOTATORS: readonly Stage[] = [
  sentencesAnnotator,
  entitiesAnnotator,
  timesAnnotator,
  quotesAnnotator,
  eventsAnnotator,
  claimsAnnotator,
]

let cached: Pipeline | undefined

/** The default pipeline; extraction supplies the paragraphs layer. */
export function defaultPipeline(): Pipeline {
  cached ??= buildPipeline(DEFAULT_ANNOTATORS, { given: ['paragraphs'] })
  return cached
}
