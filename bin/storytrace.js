#!/usr/bin/env node
// The storytrace command. The TypeScript sources are compiled to dist/ by
// `npm install` (the prepare script) or `npm run build`.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url))
if (!existsSync(main)) {
  process.stderr.write('storytrace: not built yet; run `npm run build` in the project folder first.\n')
  process.exit(2)
}
const { run } = await import(main)
process.exitCode = await run(process.argv)
