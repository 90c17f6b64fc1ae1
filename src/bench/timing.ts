/**
 * @module bench/timing
 * Measure a workload by repeating it until a time budget is spent, after a
 * warm-up, so that JIT compilation and one-off loading are not counted.
 */

export interface Measurement {
  readonly name: string
  /** Units of work per second (pages, words, articles). */
  readonly rate: number
  readonly unit: string
  readonly runs: number
}

export interface MeasureOptions {
  /** Seconds of warm-up before timing. */
  readonly warmup?: number
  /** Seconds to keep repeating the workload while timing. */
  readonly budget?: number
}

/** `work` processes a batch and returns how many units it did. */
export function measure(name: string, unit: string, work: () => number, options: MeasureOptions = {}): Measurement {
  const warmup = (options.warmup ?? 1) * 1000
  const budget = (options.budget ?? 3) * 1000
  let start = performance.now()
  while (performance.now() - start < warmup) work()
  let units = 0
  let runs = 0
  start = performance.now()
  do {
    units += work()
    runs++
  } while (performance.now() - start < budget)
  const seconds = (performance.now() - start) / 1000
  return { name, rate: units / seconds, unit, runs }
}

export function formatRate(m: Measurement): string {
  const r = m.rate >= 100 ? Math.round(m.rate).toLocaleString('en') : m.rate.toFixed(1)
  return `${m.name.padEnd(44)} ${r.padStart(12)} ${m.unit}/s`
}
