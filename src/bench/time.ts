/**
 * @module bench/time
 * The time and event stages together (issue 6's goal: 100,000 words/s per
 * core), over docs that already carry sentences, tokens and entities, with
 * chrono-node parsing the same texts in the same run as the peer for the
 * time-expression half. Rates are also given per second of CPU time: on a
 * shared machine the wall-clock rate understates what one core does.
 */
import * as chrono from 'chrono-node'
import { withLayers } from '../doc/doc.js'
import type { Doc } from '../doc/types.js'
import { DEFAULT_ANNOTATORS } from '../nlp/index.js'
import { eventsAnnotator } from '../nlp/events/index.js'
import { timesAnnotator } from '../nlp/times/index.js'
import { formatRate, measure, type Measurement } from './timing.js'

/** `fresh`: docs straight from extraction; `words`: their word count. */
export function benchTime(fresh: readonly Doc[], words: number, budget: number): Measurement[] {
  // Every stage before times that events read (sentences, tokens, entities), run once, untimed.
  const before = DEFAULT_ANNOTATORS.slice(0, DEFAULT_ANNOTATORS.indexOf(timesAnnotator))
  const docs = fresh.map((d) => before.reduce((doc, stage) => withLayers(doc, stage.annotate(doc)), d))
  const ours = measure('time: times + events (storytrace)', 'words', () => {
    for (const d of docs) withLayers(d, eventsAnnotator.annotate(withLayers(d, timesAnnotator.annotate(d))))
    return words
  }, { budget })
  const peer = measure('time: chrono-node parse (times only)', 'words', () => {
    for (const d of docs) chrono.parse(d.text, d.meta.published ? new Date(d.meta.published) : undefined)
    return words
  }, { budget })
  return [ours, peer]
}

/** "name  rate words/s  (cpu words/s per CPU second)". */
export function formatTimeRate(m: Measurement): string {
  return `${formatRate(m)}   ${Math.round(m.cpuRate).toLocaleString('en')} ${m.unit}/CPU-s`
}
