/**
 * @module cli/progress
 * A one-line progress display on stderr, shown only on a terminal so piped
 * output and logs stay clean.
 */

export interface Progress {
  tick(label: string): void
  done(): void
}

const BAR_WIDTH = 24
/** Redraw at most this often; redrawing per item slows big batches on slow terminals. */
const MIN_REDRAW_MS = 50

/** `enabled` defaults to "stderr is a terminal". */
export function createProgress(label: string, enabled = Boolean(process.stderr.isTTY)): Progress {
  const stream = process.stderr
  if (!enabled) return { tick() {}, done() {} }
  let count = 0
  let last = 0
  const started = Date.now()
  const draw = (current: string): void => {
    const width = stream.columns ?? 80
    const spin = '⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏'[count % 10]
    const rate = count / Math.max(0.001, (Date.now() - started) / 1000)
    const head = `${spin} ${label} ${count} (${rate.toFixed(1)}/s) `
    const room = Math.max(0, width - head.length - BAR_WIDTH - 4)
    const tail = current.length > room ? '…' + current.slice(current.length - room + 1) : current
    stream.write(`\r\x1b[2K${head}${tail}`)
  }
  return {
    tick(current: string) {
      count++
      const now = Date.now()
      if (now - last >= MIN_REDRAW_MS) {
        last = now
        draw(current)
      }
    },
    done() {
      stream.write('\r\x1b[2K')
    },
  }
}
