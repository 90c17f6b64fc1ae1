import assert from 'node:assert/strict'
import { test } from 'node:test'
import { walkArgs } from './cli-args.js'

function parse(argv: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { positional: [] }
  walkArgs(argv, 'usage: t', (flag, read) => {
    if (flag === '--data') out.data = read.value()
    else if (flag === '--misses') out.misses = read.count()
    else if (flag.startsWith('--')) read.unknown()
    else (out.positional as string[]).push(flag)
  })
  return out
}

test('eval arguments: values and counts follow their flag, anything else is positional', () => {
  assert.deepEqual(parse(['DIR', '--data', 'x', '--misses', '3']), { positional: ['DIR'], data: 'x', misses: 3 })
})

test('eval arguments: a missing value, a bad count and an unknown option are E_CONFIG errors naming the usage', () => {
  assert.throws(() => parse(['--data']), /--data needs a value; usage: t/)
  assert.throws(() => parse(['--misses', '-1']), /--misses needs a count/)
  assert.throws(() => parse(['--nope']), /unknown option --nope/)
})
