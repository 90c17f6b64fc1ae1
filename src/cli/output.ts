/**
 * @module cli/output
 * People get aligned text; machines get JSON (`--json`) or JSON Lines
 * (`--jsonl`). Every command goes through these so the choice is uniform.
 */

export type OutputMode = 'human' | 'json' | 'jsonl'

export function outputMode(opts: { json?: boolean; jsonl?: boolean }): OutputMode {
  if (opts.jsonl) return 'jsonl'
  if (opts.json) return 'json'
  return 'human'
}

export function writeJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n')
}

export function writeJsonLine(value: unknown): void {
  process.stdout.write(JSON.stringify(value) + '\n')
}

export function writeLine(line = ''): void {
  process.stdout.write(line + '\n')
}

/** Left-aligned columns, each as wide as its widest cell (capped). */
export function table(rows: readonly (readonly string[])[], maxWidth = 60): string {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.min(maxWidth, Math.max(widths[i] ?? 0, cell.length))))
  return rows
    .map((row) =>
      row
        .map((cell, i) => {
          const w = widths[i] ?? 0
          const c = cell.length > w ? cell.slice(0, w - 1) + '…' : cell
          return i === row.length - 1 ? c : c.padEnd(w)
        })
        .join('  '),
    )
    .join('\n')
}

export function dateOnly(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '—'
}
