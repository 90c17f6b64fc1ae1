/**
 * @module eval/cli-args
 * The argument walk the evaluation scripts share: options with a
 * value, `--misses N` counts, and one error for a missing value or an unknown
 * option, each naming the script's usage line.
 */
import { StorytraceError } from '../errors.js'

/** What `walkArgs` hands each argument: read the value after a flag, or reject the flag. */
export interface ArgReader {
  /** The next argument, as the value of `flag`. */
  value(): string
  /** The next argument as a count (a non-negative integer). */
  count(): number
  /** Throws for an option the script does not know. */
  unknown(): never
}

/** Calls `each` with every argument; `each` reads values through the reader. */
export function walkArgs(argv: readonly string[], usage: string, each: (arg: string, read: ArgReader) => void): void {
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!
    const value = (): string => {
      const v = argv[++i]
      if (v === undefined) throw new StorytraceError('E_CONFIG', `${flag} needs a value; ${usage}`)
      return v
    }
    each(flag, {
      value,
      count: () => {
        const n = Number(value())
        if (!Number.isInteger(n) || n < 0) throw new StorytraceError('E_CONFIG', `${flag} needs a count; ${usage}`)
        return n
      },
      unknown: () => {
        throw new StorytraceError('E_CONFIG', `unknown option ${flag}; ${usage}`)
      },
    })
  }
}

/** The script's options from the command line, or null after printing why they are wrong (exit code 2). */
export function optionsOrExit<T>(parse: (argv: readonly string[]) => T): T | null {
  try {
    return parse(process.argv.slice(2))
  } catch (err) {
    console.error(err instanceof StorytraceError ? err.message : err)
    process.exitCode = 2
    return null
  }
}
