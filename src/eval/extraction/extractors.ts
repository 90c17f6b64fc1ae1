/**
 * @module eval/extraction/extractors
 * Ours and the peer (Readability.js on jsdom) behind one call that never
 * throws and never runs longer than its time bound: each page goes to a worker
 * thread, and a page that overruns costs that worker (terminated, replaced)
 * and comes back as a failure, which the scorers treat as an empty extraction.
 */
import { Worker } from 'node:worker_threads'

export type Tool = 'ours' | 'readability'

export const TOOL_LABEL: Record<Tool, string> = { ours: 'storytrace', readability: 'Readability.js (jsdom)' }

export interface ExtractionTask {
  readonly tool: Tool
  readonly html: string
  /** Where the page came from, as the extractor should name it. */
  readonly source: string
  /** The page's address when known (base for relative links). */
  readonly url: string | null
  readonly fetchedAt: string
}

/** The fields both extractors report, under one name each. */
export interface ComparableMeta {
  readonly title: string | null
  readonly byline: string | null
  readonly published: string | null
  readonly siteName: string | null
  readonly lang: string | null
}

export type Extraction = { ok: true; body: string; meta: ComparableMeta } | { ok: false; error: string }

// Built, the worker is worker.js beside this file. Run from source under tsx
// (tests, development), a worker thread does not inherit tsx's loader, so a
// small bootstrap registers it before importing worker.ts.
function startWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: 1024 }
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { resourceLimits })
  const target = JSON.stringify(new URL('./worker.ts', import.meta.url).href)
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${target}) })`
  return new Worker(bootstrap, { eval: true, resourceLimits })
}

export class BoundedExtractor {
  private worker: Worker | null = null

  constructor(private readonly timeoutMs: number) {}

  /** Runs one task; resolves with a failure (never rejects) on error, crash or timeout. */
  run(task: ExtractionTask): Promise<Extraction> {
    const worker = (this.worker ??= startWorker())
    return new Promise<Extraction>((resolve) => {
      const finish = (result: Extraction, dropWorker: boolean): void => {
        clearTimeout(timer)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        if (dropWorker) {
          if (this.worker === worker) this.worker = null
          void worker.terminate()
        }
        resolve(result)
      }
      const onMessage = (result: Extraction): void => finish(result, false)
      const onError = (err: Error): void => finish({ ok: false, error: `worker crashed: ${err.message}` }, true)
      const onExit = (code: number): void => finish({ ok: false, error: `worker exited with code ${code}` }, true)
      const timer = setTimeout(() => finish({ ok: false, error: `timed out after ${this.timeoutMs} ms` }, true), this.timeoutMs)
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      worker.postMessage(task)
    })
  }

  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    if (worker) await worker.terminate()
  }
}
