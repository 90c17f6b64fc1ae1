/**
 * @module engine/analysis-protocol
 * The messages between the analysis pool and its workers.
 */
import type { Doc } from '../doc/types.js'
import type { InputItem } from '../ingest/types.js'

/** A failure as it crosses the thread boundary (StorytraceError does not survive structured cloning). */
export interface PlainFailure {
  readonly source: string
  readonly code: string
  readonly message: string
}

export interface AnalysisResult {
  readonly docs: Doc[]
  readonly failures: PlainFailure[]
}

export interface WorkerRequest {
  readonly id: number
  readonly item: InputItem
}

export interface WorkerReply {
  readonly id: number
  readonly result: AnalysisResult
}
