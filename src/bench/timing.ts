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
  /** Units per second of this process's CPU time: the per-core rate even when other processes share the cores. */
  readonly cpuRate: number
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
  const cpu = process.cpuUsage()
  start = performance.now()
  do {
    units += work()
    runs++
  } while (performance.now() - start < budget)
  const seconds = (performance.now() - start) / 1000
  const used = process.cpuUsage(cpu)
  return { name, rate: units / seconds, unit, runs, cpuRate: units / ((used.user + used.system) / 1e6) }
}

export function formatRate(m: Measurement): string {
  const r = m.rate >= 100 ? Math.round(m.rate).toLocaleString('en') : m.rate.toFixed(1)
  return `${m.name.padEnd(44)} ${r.padStart(12)} ${m.unit}/s`
}
