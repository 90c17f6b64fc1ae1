/**
 * @module nlp/claims/modality — how a statement is put forward, from its
 * wording (English and Spanish) and the stance of the cue that reports it.
 * The first matching kind wins, in this order: a question stays a question
 * whatever it hedges; "not clear whether" is speculative; "if" makes
 * anything conditional; a denial outranks hedges; hedges outrank plain
 * future. A negated past event ("did not
 * offer") counts as denied: it is the opposite of the proposition, whose key
 * (see similarity.ts) leaves the negation out so the two can meet.
 */
import type { AttributionAct, Modality } from '../../doc/types.js'
import type { CueStance } from '../quotes/cues.js'

const W = String.raw`(?<![\p{L}\p{N}])`
const E = String.raw`(?![\p{L}\p{N}])`

function words(alternatives: string): RegExp {
  return new RegExp(`${W}(?:${alternatives})${E}`, 'iu')
}

const CONDITIONAL = words(String.raw`if|unless|provided\s+that|in\s+case|should\s+\p{L}+\s+(?:fail|refuse|agree)|si|a\s+menos\s+que|en\s+caso\s+de(?:\s+que)?|siempre\s+que`)

const DENIED = words(
  String.raw`denied|denies|deny|denying|rejected\s+(?:claims?|reports?|allegations?|suggestions?)|dismissed\s+(?:claims?|reports?|allegations?|suggestions?)|refuted|` +
    String.raw`did\s+not|didn't|has\s+not|hasn't|have\s+not|haven't|had\s+not|hadn't|was\s+not|wasn't|were\s+not|weren't|never|` +
    String.raw`negó|niega|niegan|negaron|desmintió|desmiente|no\s+es\s+cierto|es\s+falso|nunca`,
)

const SPECULATIVE = words(
  String.raw`could|might|likely|unlikely|possibly|perhaps|probably|plausible|reportedly|allegedly|apparently|appears?\s+to|seems?\s+to|` +
    String.raw`rumou?red|speculate[sd]?|speculating|it\s+is\s+(?:thought|believed|understood)|is\s+(?:thought|believed)\s+to|` +
    String.raw`podría|podrían|podrá|posiblemente|probablemente|quizás?|tal\s+vez|al\s+parecer|presuntamente|supuestamente|se\s+cree|sería|serían`,
)

const EXPECTED = words(
  String.raw`will|won't|shall|is\s+(?:expected|set|due|scheduled|poised|going)\s+to|are\s+(?:expected|set|due|scheduled|poised|going)\s+to|plans?\s+to|intends?\s+to|` +
    String.raw`would|se\s+espera|prevé|prevén|planea|va\s+a|van\s+a`,
)

/**
 * Spanish synthetic futures ("llegará", "dirán"). Kept apart and tried only
 * when "rá" occurs: a pattern opening on \p{L}+ is retried inside every word.
 */
const SPANISH_FUTURE = /\p{L}rán?(?![\p{L}\p{N}])/u

function expected(t: string): boolean {
  return EXPECTED.test(t) || (t.includes('rá') && SPANISH_FUTURE.test(t))
}

/** "may" in lower case only: capitalised mid-sentence it is the month. */
const MAY = /(?<![\p{L}\p{N}])may(?![\p{L}\p{N}])/u

/**
 * "suspects the ship damaged…", "suspected that…": suspicion as a verb with a
 * clause; not "suspected of cutting" (a description) or "the suspect".
 */
const SUSPECT = /(?<![\p{L}\p{N}])(?<!(?:the|a|an|was|were|is|are|been|being)\s+)suspect(?:s|ed)?\s+(?:that|the|a|an|it|he|she|they|its|his|her|their)(?![\p{L}\p{N}])/iu

function speculative(t: string): boolean {
  return SPECULATIVE.test(t) || MAY.test(t) || SUSPECT.test(t)
}

/**
 * The statement without a closing participle clause ("…, ending weeks of
 * speculation that he would…"): that clause is the writer's gloss on the
 * statement, and its hedges are not the statement's.
 */
export function mainClause(t: string): string {
  const gloss = /,\s*\p{Ll}+(?:ing|ando|iendo)\s[^,]*$/u.exec(t)
  return gloss && gloss.index > 0 ? t.slice(0, gloss.index) : t
}

/**
 * A relative clause describing a person ("relatives who would remain",
 * "analysts who had described Turkey as his likely destination"), up to the
 * next clause break: its hedges and futures are about that person, not the
 * statement's. A statement starts after its attribution, so a speaker's own
 * relative clause ("officials who asked not to be named said…") is not here.
 */
const PERSON_RELATIVE = /(?<![\p{L}\p{N}])(?:who|whom|quienes|quien)(?![\p{L}\p{N}])[^,;:—–]*/giu

/**
 * A relative clause whose denial verb has its object in the noun before it
 * ("…on charges that he denies", "claims which the ministry disputed"): the
 * denial is of that noun, not of the statement. The verb ends the clause (the
 * gap is its object); "denied that the ship…" has its own object and stays.
 */
const DENIAL_RELATIVE =
  /(?<![\p{L}\p{N}])(?:that|which)\s+(?:he|she|they|it|we|the\s+\p{L}+|\p{Lu}\p{L}+)\s+(?:(?:has|have|had)\s+)?(?:(?:always|consistently|repeatedly|strongly)\s+)?(?:denies|denied|deny|disputes|disputed|rejects|rejected)(?=\s*(?:$|[,;:—–.]))/giu

/** "It was not clear whether…", "unclear if…": an open question, not a denial (its "not") nor a condition (its "if"). */
const UNCERTAIN = words(String.raw`(?:not\s+(?:yet\s+)?clear|unclear|no\s+est[aá]\s+claro)\s+(?:whether|if|si)`)

/** The modality of a statement's text, given the stance of the cue reporting it (if any). */
export function modalityOf(statement: string, stance: CueStance = 'neutral'): Modality {
  const whole = statement.trim()
  if (/\?["”»’]?$/u.test(whole) || whole.startsWith('¿')) return 'question'
  const t = mainClause(whole).replace(PERSON_RELATIVE, '').replace(DENIAL_RELATIVE, '')
  if (UNCERTAIN.test(t)) return 'speculative'
  if (CONDITIONAL.test(t)) return 'conditional'
  if (stance === 'denied' || DENIED.test(t)) return 'denied'
  if (stance === 'speculative' || speculative(t)) return 'speculative'
  if (expected(t)) return 'expected'
  return 'asserted'
}

/**
 * The modality of what a source is credited with: a belief is speculative
 * ("fears the talks will fail"), an intention or plan not yet carried out is
 * expected ("wants to hold a vote"), unless the wording says more.
 */
export function attributedModality(statement: string, stance: CueStance, act: AttributionAct): Modality {
  const modality = modalityOf(statement, act === 'believes' && stance === 'neutral' ? 'speculative' : stance)
  return act === 'intends' && modality === 'asserted' ? 'expected' : modality
}

/** Does a sentence carry a cue that makes it a claim even without a quote: a hedge, a denial, "reportedly"? */
export function hasClaimCue(sentence: string): boolean {
  return DENIED.test(sentence.replace(DENIAL_RELATIVE, '')) || speculative(sentence) || CONDITIONAL.test(sentence) || /\?\s*$/u.test(sentence) || expected(sentence)
}
