/**
 * @module nlp/quotes/idiom-cues — reporting idioms whose source sits inside
 * the cue: "as the memo put it", "As Ada put it in a statement, …". What was
 * said is the rest of the sentence: what follows the idiom's clause when the
 * idiom opens the sentence or sits before a quotation, else what precedes it.
 */
import type { Span } from '../../doc/types.js'
import { speaks, stripEnd, type Frame, type FrameContext } from './attribution.js'
import { trimSpan } from './marks.js'
import { sourcesEndingAt } from './sources.js'

/** "as SOURCE [adverb] put it", not "put it down": group 1 the source's words, group 2 the cue. */
const PUT_IT_RE = /(?<![\p{L}\p{N}])[Aa]s\s+([^,;:.“”"]{1,80}?)\s+(?:(?:recently|once|later|memorably|bluntly|succinctly|aptly)\s+)?(put\s+it)(?![\p{L}\p{N}])(?!\s+(?:down|up|on|off|back|away|aside|out|together|forward|through|into|in\s+place)(?![\p{L}\p{N}]))/gu

/** The attributions of "as X put it" in `unit`. */
export function idiomFrames(ctx: FrameContext, unit: Span): Frame[] {
  const { text } = ctx
  const out: Frame[] = []
  PUT_IT_RE.lastIndex = 0
  const body = text.slice(unit.start, unit.end)
  for (let m = PUT_IT_RE.exec(body); m; m = PUT_IT_RE.exec(body)) {
    const asStart = unit.start + m.index
    const sourceStart = asStart + m[0].indexOf(m[1]!)
    const cueStart = asStart + m[0].lastIndexOf(m[2]!)
    const cue = { start: cueStart, end: cueStart + m[2]!.length }
    const source = sourcesEndingAt(text, { start: sourceStart, end: sourceStart + m[1]!.length }, ctx.mentions).at(-1)
    if (!source || !speaks(source)) continue
    // The idiom's clause runs to the next comma ("as X put it in a statement,"); what was said follows it,
    // unless the idiom closes the sentence ("…, as X put it."), when it precedes it.
    const comma = text.indexOf(',', cue.end)
    const after = comma >= 0 && comma < unit.end ? trimSpan(text, comma + 1, unit.end) : null
    const content = after && after.end > after.start ? after : trimSpan(text, unit.start, asStart)
    const stripped = stripEnd(text, content)
    if (stripped.end <= stripped.start) continue
    out.push({ sources: [source], cue, content: stripped, enclosing: [], stance: 'neutral', act: 'says', negated: false })
  }
  return out
}
