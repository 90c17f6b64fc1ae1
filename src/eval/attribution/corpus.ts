/**
 * @module eval/attribution/corpus — the PolNeAR split on disk: text/NAME.txt
 * and attributions/NAME_ANNOTATOR.ann. Some texts were annotated twice; the
 * annotation whose file name sorts first is used, so every text counts once.
 * Texts are split into halves by their sorted position (even: tuning, odd:
 * held-out), which spreads each publisher over both halves.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { StorytraceError } from '../../errors.js'
import { parseBrat, type Relation } from './brat.js'

export type Half = 'tuning' | 'held-out'

export interface GoldText {
  readonly name: string
  readonly half: Half
  readonly text: string
  readonly relations: readonly Relation[]
}

export function readPolnear(dir: string): GoldText[] {
  const textDir = join(dir, 'dev', 'text')
  const annDir = join(dir, 'dev', 'attributions')
  if (!existsSync(textDir) || !existsSync(annDir)) {
    throw new StorytraceError('E_INPUT_READ', `PolNeAR not found: expected ${textDir} and ${annDir} (pass --data DIR)`, { dir })
  }
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort()
  const names = readdirSync(textDir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort()
  const out: GoldText[] = []
  names.forEach((name, i) => {
    const ann = anns.find((f) => f.startsWith(name + '_'))
    if (!ann) return
    const text = readFileSync(join(textDir, name + '.txt'), 'utf8')
    const relations = parseBrat(readFileSync(join(annDir, ann), 'utf8'), text, ann)
    out.push({ name, half: i % 2 === 0 ? 'tuning' : 'held-out', text, relations })
  })
  return out
}
