/**
 * @module engine/analysis-pool
 * A fixed pool of worker threads (two by default: both cores) that extract
 * and analyse inputs, each within a time limit. An input that runs over the
 * limit gets its worker terminated and replaced, and comes back as an
 * E_TIMEOUT failure; a worker that dies (out of memory on a pathological
 * page) comes back as a failure too. Either way the pool, and the batch,
 * goes on. The clock starts when a ready worker receives the input, so
 * worker start-up never counts against an input.
 */
import { Worker } from 'node:worker_threads'
import type { InputItem } from '../ingest/types.js'
import type { AnalysisResult, WorkerReply, WorkerRequest } from './analysis-protocol.js'

export const DEFAULT_WORKERS = 2
export const DEFAULT_TIME_LIMIT_MS = 20_000
/** Heap per worker: a pathological page fails alone instead of exhausting the machine. */
const WORKER_HEAP_MB = 1024

const WORKER_URL = new URL('./analysis-worker.js', import.meta.url)

interface Task {
  readonly item: InputItem
  readonly resolve: (result: AnalysisResult) => void
}

interface Slot {
  worker: Worker
  ready: boolean
  task: Task | null
  timer: NodeJS.Timeout | null
}

export interface PoolOptions {
  readonly workers?: number
  readonly timeLimitMs?: number
}

function failed(item: InputItem, code: string, message: string): AnalysisResult {
  return { docs: [], failures: [{ source: item.source, code, message: `[${code}] ${message}` }] }
}

export class AnalysisPool {
  private readonly slots: Slot[] = []
  private readonly queue: Task[] = []
  private readonly size: number
  private nextId = 0
  private closed = false
  readonly timeLimitMs: number

  constructor(options: PoolOptions = {}) {
    this.timeLimitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS
    this.size = Math.max(1, options.workers ?? DEFAULT_WORKERS)
  }

  /** Extracts and analyses one input; always resolves, failures included. */
  run(item: InputItem): Promise<AnalysisResult> {
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
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } })
    const slot: Slot = { worker, ready: false, task: null, timer: null }
    worker.on('message', (msg: WorkerReply | 'ready') => {
      if (msg === 'ready') slot.ready = true
      else this.finish(slot, msg.result)
      this.dispatch()
    })
    worker.on('error', (err) => {
      const task = slot.task
      this.replace(slot)
      if (task) task.resolve(failed(task.item, 'E_INPUT_FORMAT', `analysing ${task.item.source} crashed its worker: ${err.message}`))
    })
    return slot
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
