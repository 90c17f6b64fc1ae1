/**
 * @module engine/analysis-worker
 * The worker-thread side of the analysis pool: extraction and analysis of one
 * input at a time, the CPU-bound and possibly pathological part of ingest.
 * It runs in a worker so that the main thread can terminate it when an input
 * takes too long. Results cross the thread boundary as plain data: Docs are
 * plain objects, errors travel as their code and message.
 */
import { parentPort } from 'node:worker_threads'
import { asStorytraceError } from '../errors.js'
import { extractItem } from '../extract/index.js'
import type { InputItem } from '../ingest/types.js'
import { analyze } from './analyze.js'
import type { AnalysisResult, WorkerReply, WorkerRequest } from './analysis-protocol.js'

/** A short English article that reaches every stage (names, a date, a quote, an event). */
const WARM_UP: InputItem = {
  source: 'storytrace:warm-up',
  bytes: new TextEncoder().encode(
    'Ferry service resumes\n\nThe harbour authority in Tromsø said on Monday that the ferry would sail again next week, after storms closed the port.',
  ),
  format: 'text',
  contentType: 'text/plain',
  fetchedAt: '2026-01-05T12:00:00Z',
}

function analyseItem(item: InputItem): AnalysisResult {
  const { articles, failures } = extractItem(item, item.published ? { published: item.published } : {})
  const result: AnalysisResult = {
    docs: [],
    failures: failures.map((f) => ({ source: f.source, code: f.error.code, message: f.error.message })),
  }
  for (const article of articles) {
    try {
      result.docs.push(analyze(article))
    } catch (err) {
      const e = asStorytraceError(err, 'E_INPUT_FORMAT')
      result.failures.push({ source: article.meta.source, code: e.code, message: e.message })
    }
  }
  return result
}

const port = parentPort
if (port) {
  port.on('message', (request: WorkerRequest) => {
    const reply: WorkerReply = { id: request.id, result: analyseItem(request.item) }
    port.postMessage(reply)
  })
  // Load the knowledge base, the tagger's weights and every lexicon before
  // taking work, by analysing a short article of our own: a one-off cost of up
  // to a second on a busy machine that must not count against the first input's time limit.
  analyseItem(WARM_UP)
  port.postMessage('ready')
}
