/**
 * @module engine/analysis-pool
 * A fixed pool of worker threads (two by default: both cores) that extract
 * and analyse inputs, each within a time limit. An input that runs over the
 * limit gets its worker terminated and replaced, and comes back as an
 * E_TIMEOUT failure; a worker that dies (out of memory on a pathological
 * page) takes only its input with it, as an E_WORKER_CRASH failure, and is
 * replaced. Either way the pool, and the batch, goes on. A worker that dies
 * before it is ready is not replaced (its successor would die the same way):
 * every input then fails with the reason instead of the pool looping. The
 * clock starts when a ready worker receives the input, so worker start-up
 * never counts against an input.
 */
import { Worker } from 'node:worker_threads'
import type { InputItem } from '../ingest/types.js'
import type { AnalysisResult, WorkerReply, WorkerRequest } from './analysis-protocol.js'

export const DEFAULT_WORKERS = 2
export const DEFAULT_TIME_LIMIT_MS = 20_000
/** Heap per worker: a pathological page fails alone instead of exhausting the machine. */
export const DEFAULT_WORKER_HEAP_MB = 1024

const WORKER_URL = new URL('./analysis-worker.js', import.meta.url)

interface Task {
  readonly item: InputItem
  readonly resolve: (result: AnalysisResult) => void
}

interface Slot {
  worker: Worker
  ready: boolean
  /** Why the worker failed, kept from its 'error' event for its 'exit'. */
  error: string | null
  task: Task | null
  timer: NodeJS.Timeout | null
}

export interface PoolOptions {
  readonly workers?: number
  readonly timeLimitMs?: number
  /** Old-generation heap of each worker in MB (default 1024). */
  readonly heapMb?: number
}

function failed(item: InputItem, code: string, message: string): AnalysisResult {
  return { docs: [], failures: [{ source: item.source, code, message: `[${code}] ${message}` }] }
}

export class AnalysisPool {
  private readonly slots: Slot[] = []
  private readonly queue: Task[] = []
  private readonly size: number
  private readonly heapMb: number
  private nextId = 0
  private closed = false
  /** Set when a worker died before it was ready: why no input can be analysed. */
  private broken: string | null = null
  readonly timeLimitMs: number

  constructor(options: PoolOptions = {}) {
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS
    this.size = Math.max(1, options.workers ?? DEFAULT_WORKERS)
    this.heapMb = options.heapMb ?? DEFAULT_WORKER_HEAP_MB
  }

  /** Extracts and analyses one input; always resolves, failures included. */
  run(item: InputItem): Promise<AnalysisResult> {
    if (this.broken) return Promise.resolve(failed(item, 'E_WORKER_CRASH', this.broken))
    // Workers start with the first input: a poll where every feed answered 304 starts none.
    while (this.slots.length < this.size) this.slots.push(this.spawn())
    return new Promise((resolve) => {
      this.queue.push({ item, resolve })
      this.dispatch()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((s) => s.worker.terminate()))
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } })
    const slot: Slot = { worker, ready: false, error: null, task: null, timer: null }
    worker.on('message', (msg: WorkerReply | 'ready') => {
      if (msg === 'ready') slot.ready = true
      else this.finish(slot, msg.result)
      this.dispatch()
    })
    // Out of memory is an 'error' then an 'exit'; a worker can also just exit. Either way 'exit' comes last.
    worker.on('error', (err) => (slot.error = err.message))
    worker.on('exit', (code) => this.crashed(slot, slot.error ?? `it exited with code ${code}`))
    return slot
  }

  private crashed(slot: Slot, why: string): void {
    if (this.closed) return
    const task = slot.task
    if (!slot.ready) {
      this.broken = `the analysis worker could not start (${why})`
      this.slots.splice(this.slots.indexOf(slot), 1)
      for (const t of this.queue.splice(0)) t.resolve(failed(t.item, 'E_WORKER_CRASH', this.broken))
      return
    }
    this.replace(slot)
    task?.resolve(failed(task.item, 'E_WORKER_CRASH', `analysing ${task.item.source} crashed its worker (${why}); a fresh worker goes on with the batch`))
    this.dispatch()
  }

  private finish(slot: Slot, result: AnalysisResult): void {
    const task = slot.task
    if (slot.timer) clearTimeout(slot.timer)
    slot.task = null
    slot.timer = null
    task?.resolve(result)
  }

  /** Throws the slot's worker away and puts a fresh one in its place. */
  private replace(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer)
    slot.worker.removeAllListeners()
    void slot.worker.terminate()
    slot.task = null
    slot.timer = null
    if (this.closed) return
    const fresh = this.spawn()
    this.slots[this.slots.indexOf(slot)] = fresh
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.task || this.queue.length === 0) continue
      const task = this.queue.shift()!
      slot.task = task
      slot.timer = setTimeout(() => {
        this.replace(slot)
        task.resolve(failed(task.item, 'E_TIMEOUT', `extracting and analysing ${task.item.source} took longer than ${this.timeLimitMs} ms`))
        this.dispatch()
      }, this.timeLimitMs)
      const request: WorkerRequest = { id: this.nextId++, item: task.item }
      slot.worker.postMessage(request)
    }
  }
}
