/**
 * @module cli/main
 * The `storytrace` command: builds the commander program from one register
 * function per command group and maps errors to a one-line message and an
 * exit code.
 */
import { Command, CommanderError } from 'commander'
import { StorytraceError } from '../errors.js'
import { registerBrowse } from './commands/browse.js'
import { registerExtract } from './commands/extract.js'
import { registerIngest } from './commands/ingest.js'
import { registerServe } from './commands/serve.js'
import { registerWatch } from './commands/watch.js'

export function buildProgram(): Command {
  const program = new Command()
    .name('storytrace')
    .description('News articles in; storylines with entities, source chains, claims and timelines out.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride()
  registerIngest(program)
  registerWatch(program)
  registerExtract(program)
  registerBrowse(program)
  registerServe(program)
  return program
}

/**
 * A reader who pipes into `head` closes stdout early: stop quietly, as Unix
 * tools do, instead of dying with an EPIPE stack trace.
 */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0)
    throw err
  })
}

/** Runs the CLI; resolves to the exit code. */
export async function run(argv: readonly string[]): Promise<number> {
  exitQuietlyOnClosedPipe()
  try {
    await buildProgram().parseAsync([...argv])
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode
    const message = err instanceof StorytraceError ? err.message : `error: ${err instanceof Error ? err.message : String(err)}`
    process.stderr.write(`storytrace: ${message}\n`)
    return 1
  }
}
