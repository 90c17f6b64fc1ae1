/**
 * @module util/language
 * A small stop-word language guesser for en, es, fr, de, tr, pt and it, used
 * when a page does not declare its language. Shared by extraction (pages,
 * feeds, records) and the NLP stages that pick their rules by language. It answers null rather than guess
 * when the text is short or two languages score alike.
 */

/** Words looked at; the first few hundred are plenty for a stop-word vote. */
const MAX_WORDS = 600
/** Fewer stop-word hits than this: too little evidence to name a language. */
const MIN_HITS = 5
/** The winner must beat the runner-up by this factor. */
const MIN_MARGIN = 1.5

const STOP_WORDS: Record<string, string> = {
  en: 'the of and to in is that for it was on with as by at from this be are have has had not but were which their said will would been they who an or',
  es: 'el la los las de del y en que un una por con para es se su al lo como más pero sus le ya fue este ha sido entre cuando muy sin sobre también',
  fr: 'le la les des du de et en un une est que qui pour dans sur pas par au aux avec ce cette il elle sont ont été mais ou son ses plus',
  de: 'der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie',
  tr: 've bir bu da de için ile olarak daha çok gibi olan kadar sonra ama ancak en ise değil her şey veya hem göre diye ne mi mı çünkü',
  pt: 'o a os as de do da dos das e em um uma que para com não por mais ao se na no foi como mas são pelo pela também seu sua ou ser quando',
  it: 'il lo la gli le di del della dei e in un una che per con non è sono da al alla nel nella si ma come anche più questo ha stato',
}

const WORD_LANGS = new Map<string, string[]>()
for (const [lang, words] of Object.entries(STOP_WORDS)) {
  for (const w of words.split(' ')) {
    const list = WORD_LANGS.get(w)
    if (list) list.push(lang)
    else WORD_LANGS.set(w, [lang])
  }
}

const WORD_RE = /\p{L}+/gu

/** ISO 639-1 code of the text's language, or null when unsure. */
export function detectLanguage(text: string): string | null {
  const scores = new Map<string, number>()
  let words = 0
  let hits = 0
  WORD_RE.lastIndex = 0
  for (let m = WORD_RE.exec(text); m && words < MAX_WORDS; m = WORD_RE.exec(text)) {
    words++
    const langs = WORD_LANGS.get(m[0].toLocaleLowerCase())
    if (!langs) continue
    hits++
    // A word shared by several languages is weaker evidence for each.
    const w = 1 / langs.length
    for (const l of langs) scores.set(l, (scores.get(l) ?? 0) + w)
  }
  if (hits < MIN_HITS) return null
  let best: string | null = null
  let top = 0
  let second = 0
  for (const [lang, s] of scores) {
    if (s > top) {
      second = top
      top = s
      best = lang
    } else if (s > second) second = s
  }
  return best && top >= second * MIN_MARGIN ? best : null
}

/** "en-US" → "en"; null for anything that is not a language tag. */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  const m = tag ? /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(tag.split(',')[0] ?? '') : null
  return m ? m[1]!.toLowerCase() : null
}
