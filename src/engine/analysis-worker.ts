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
import { gazetteer } from '../nlp/entities/kb.js'
import { analyze } from './analyze.js'
import type { AnalysisResult, WorkerReply, WorkerRequest } from './analysis-protocol.js'

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
  // Load the knowledge base before taking work: a one-off cost of a few
  // hundred milliseconds that must not count against the first input's time limit.
  gazetteer()
  port.postMessage('ready')
}
