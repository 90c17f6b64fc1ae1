/**
 * @module nlp/quotes/cues — the cues that introduce attributions: reporting
 * verbs in their present and past forms (English and Spanish), "according
 * to" / "según", impersonal "it is understood"; verbs of belief, intention
 * and stance ("fears", "wants to", "called for", "endorsed"), whose holder is
 * as much a source as a speaker is; the act each cue attributes and the
 * stance it lends to what it reports (both read by the claims stage).
 * "Sources say", "officials said" need no entry of their own: the subject
 * ("sources") is found by the speaker resolver, the verb ("say") here.
 */

import type { AttributionAct } from '../../doc/types.js'
import { DEED_ROWS } from './deed-cues.js'

/** How a cue colours the statement it introduces. */
export type CueStance = 'neutral' | 'speculative' | 'denied'

export interface CueVerb {
  readonly lemma: string
  /**
   * May the reported clause follow without "that" ("Maduro said he was
   * ready")? Verbs that often take a plain noun object ("confirmed the deal")
   * need "that" or a colon before their content.
   */
  readonly bare: boolean
  readonly stance: CueStance
  readonly act: AttributionAct
  /**
   * Its content may be a plain noun phrase or infinitive right after it
   * ("cited the figures", "wants a recount", "plans to run"): the object is
   * what is held, not a thing acted on.
   */
  readonly object: boolean
  /** Takes a hearer between verb and content ("told the newspaper (that)"). */
  readonly hearer: boolean
  /** Reports an undertaking as a to-infinitive ("vowed to punish"). */
  readonly pledge: boolean
  /**
   * Reports what evidence shows ("polls show a close race", "the study found
   * 31 cases"): for a subject that is a poll, study or record, the plain
   * object is the content; for anyone else, as for "confirmed", only a clause is.
   */
  readonly evidence: boolean
  /**
   * Its plain object may be what the subject puts forward or stands by
   * ("stressed the need to act", "promised a veto", "denied any involvement"):
   * read as a stance on that object, not as a statement of it.
   */
  readonly held: boolean
  /** Not in the lexicon: any "-s/-ed" word followed by "that". */
  readonly generic: boolean
}

/** [lemma, forms (present and past; noun-like bare forms such as "report" left out), bare, stance]. */
type Row = readonly [string, string, boolean, CueStance]

const VERB_ROWS: readonly Row[] = [
  ['say', 'say says said', true, 'neutral'],
  ['tell', 'tell tells told', true, 'neutral'],
  ['add', 'adds added', false, 'neutral'],
  // Reports only before a colon or a quotation ("continued: “…”"), as it is not bare.
  ['continue', 'continues continued', false, 'neutral'],
  ['note', 'notes noted', false, 'neutral'],
  ['warn', 'warn warns warned', false, 'neutral'],
  ['state', 'states stated', false, 'neutral'],
  ['argue', 'argue argues argued', true, 'neutral'],
  ['claim', 'claims claimed', false, 'neutral'],
  ['insist', 'insist insists insisted', false, 'neutral'],
  ['explain', 'explains explained', false, 'neutral'],
  ['write', 'writes wrote', false, 'neutral'],
  ['report', 'reports reported', true, 'neutral'],
  ['announce', 'announces announced', false, 'neutral'],
  ['confirm', 'confirm confirms confirmed', false, 'neutral'],
  ['acknowledge', 'acknowledge acknowledges acknowledged', false, 'neutral'],
  ['reveal', 'reveals revealed', false, 'neutral'],
  ['admit', 'admit admits admitted', false, 'neutral'],
  ['stress', 'stresses stressed', false, 'neutral'],
  ['emphasise', 'emphasises emphasised emphasizes emphasized', false, 'neutral'],
  ['assert', 'asserts asserted', false, 'neutral'],
  ['allege', 'allege alleges alleged', false, 'neutral'],
  ['reiterate', 'reiterates reiterated', false, 'neutral'],
  ['caution', 'cautions cautioned', false, 'neutral'],
  ['cite', 'cites cited', false, 'neutral'],
  ['quote', 'quoted', false, 'neutral'],
  ['tweet', 'tweets tweeted', false, 'neutral'],
  ['ask', 'asks asked', false, 'neutral'],
  ['agree', 'agree agrees agreed', false, 'neutral'],
  ['recall', 'recalls recalled', false, 'neutral'],
  ['declare', 'declares declared', false, 'neutral'],
  ['mention', 'mentions mentioned', false, 'neutral'],
  ['conclude', 'concludes concluded', false, 'neutral'],
  ['contend', 'contend contends contended', true, 'neutral'],
  ['maintain', 'maintains maintained', false, 'neutral'],
  ['concede', 'concedes conceded', false, 'neutral'],
  ['complain', 'complain complains complained', false, 'neutral'],
  ['boast', 'boasts boasted', false, 'neutral'],
  ['vow', 'vow vows vowed', false, 'neutral'],
  ['pledge', 'pledges pledged', false, 'neutral'],
  ['promise', 'promises promised', false, 'neutral'],
  ['threaten', 'threatens threatened', false, 'neutral'],
  ['testify', 'testifies testified', false, 'neutral'],
  ['charge', 'charges charged', false, 'neutral'],
  ['observe', 'observes observed', false, 'neutral'],
  ['reply', 'replies replied', false, 'neutral'],
  ['respond', 'responds responded', false, 'neutral'],
  ['counter', 'counters countered', false, 'neutral'],
  ['assure', 'assures assured', false, 'neutral'],
  ['indicate', 'indicates indicated', false, 'neutral'],
  ['show', 'show shows showed', false, 'neutral'],
  ['find', 'finds found', false, 'neutral'],
  ['deny', 'deny denies denied', false, 'denied'],
  ['reject', 'rejects rejected', false, 'denied'],
  ['dismiss', 'dismisses dismissed', false, 'denied'],
  ['refute', 'refutes refuted', false, 'denied'],
  ['suggest', 'suggest suggests suggested', false, 'speculative'],
  ['estimate', 'estimate estimates estimated', false, 'speculative'],
  ['believe', 'believe believes believed', true, 'speculative'],
  ['think', 'think thinks thought', true, 'speculative'],
  ['predict', 'predict predicts predicted', false, 'speculative'],
  ['speculate', 'speculate speculates speculated', false, 'speculative'],
  ['suspect', 'suspects suspected', false, 'speculative'],
  ['fear', 'fear fears feared', false, 'speculative'],
  ['worry', 'worry worries worried', false, 'speculative'],
  ['expect', 'expects expected', false, 'speculative'],
  // Spanish: third-person present and preterite, the forms news copy uses.
  ['decir', 'dice dicen dijo dijeron', false, 'neutral'],
  ['afirmar', 'afirma afirman afirmó afirmaron', false, 'neutral'],
  ['asegurar', 'asegura aseguran aseguró aseguraron', false, 'neutral'],
  ['señalar', 'señala señalan señaló señalaron', false, 'neutral'],
  ['indicar', 'indica indican indicó indicaron', false, 'neutral'],
  ['declarar', 'declara declaró declararon', false, 'neutral'],
  ['explicar', 'explica explicó explicaron', false, 'neutral'],
  ['añadir', 'añade añadió añadieron agregó agregaron', false, 'neutral'],
  ['advertir', 'advierte advirtió advirtieron', false, 'neutral'],
  ['informar', 'informa informan informó informaron', false, 'neutral'],
  ['confirmar', 'confirma confirmó confirmaron', false, 'neutral'],
  ['reconocer', 'reconoce reconoció reconocieron', false, 'neutral'],
  ['negar', 'niega niegan negó negaron', false, 'denied'],
  ['desmentir', 'desmiente desmintió desmintieron', false, 'denied'],
  ['creer', 'cree creen creyó', false, 'speculative'],
]

/** Reporting verbs whose plain object is what was said ("cited the figures", "mentioned the remarks"). */
const OBJECT_SPEECH = new Set(['cite', 'mention'])

/** Reporting verbs whose plain object is held (CueVerb.held). */
const HELD_OBJECT = new Set(['stress', 'emphasise', 'acknowledge', 'admit', 'promise', 'pledge', 'reject', 'deny', 'dismiss', 'suggest', 'claim', 'reiterate', 'predict', 'threaten', 'explain', 'reveal', 'concede', 'warn', 'ask'])

/** Verbs of belief among the reporting verbs: what they report is held, not said. */
const BELIEF_VERBS = new Set(['believe', 'think', 'suspect', 'fear', 'worry', 'expect', 'creer'])

/**
 * [lemma, forms, present participle, act]: verbs whose content is an object,
 * an infinitive or a clause held by the subject. A lemma of two words is a
 * phrasal verb, found only with its particle ("called for", "pointing to").
 */
type AttitudeRow = readonly [string, string, string, AttributionAct]

const ATTITUDE_ROWS: readonly AttitudeRow[] = [
  ['doubt', 'doubt doubts doubted', 'doubting', 'believes'],
  ['know', 'knows knew', 'knowing', 'believes'],
  ['understand', 'understands understood', 'understanding', 'believes'],
  ['propose', 'propose proposes proposed', 'proposing', 'intends'],
  ['admire', 'admire admires admired', 'admiring', 'stance'],
  ['prefer', 'prefer prefers preferred', 'preferring', 'stance'],
  ['promote', 'promotes promoted', 'promoting', 'stance'],
  ['advocate', 'advocates advocated', 'advocating', 'stance'],
  ['compare', 'compares compared', 'comparing', 'stance'],
  ['link', 'links linked', 'linking', 'stance'],
  ['chastise', 'chastise chastises chastised', 'chastising', 'stance'],
  ['implore', 'implore implores implored', 'imploring', 'stance'],
  ['view', 'views viewed', 'viewing', 'believes'],
  ['consider', 'consider considers considered', 'considering', 'believes'],
  ['want', 'want wants wanted', 'wanting', 'intends'],
  ['hope', 'hopes hoped', 'hoping', 'intends'],
  ['plan', 'plans planned', 'planning', 'intends'],
  ['intend', 'intend intends intended', 'intending', 'intends'],
  ['seek', 'seek seeks sought', 'seeking', 'intends'],
  ['aim', 'aims aimed', 'aiming', 'intends'],
  ['decide', 'decide decides decided', 'deciding', 'intends'],
  ['refuse', 'refuse refuses refused', 'refusing', 'stance'],
  ['decline', 'declines declined', 'declining', 'stance'],
  ['support', 'supports supported', 'supporting', 'stance'],
  ['back', 'backs backed', 'backing', 'stance'],
  ['endorse', 'endorse endorses endorsed', 'endorsing', 'stance'],
  ['oppose', 'oppose opposes opposed', 'opposing', 'stance'],
  ['defend', 'defend defends defended', 'defending', 'stance'],
  ['praise', 'praises praised', 'praising', 'stance'],
  ['welcome', 'welcomes welcomed', 'welcoming', 'stance'],
  ['applaud', 'applaud applauds applauded', 'applauding', 'stance'],
  ['attack', 'attacks attacked', 'attacking', 'stance'],
  ['criticise', 'criticise criticises criticised criticize criticizes criticized', 'criticising criticizing', 'stance'],
  ['blast', 'blasts blasted', 'blasting', 'stance'],
  ['slam', 'slams slammed', 'slamming', 'stance'],
  ['mock', 'mock mocks mocked', 'mocking', 'stance'],
  ['condemn', 'condemn condemns condemned', 'condemning', 'stance'],
  ['denounce', 'denounce denounces denounced', 'denouncing', 'stance'],
  ['decry', 'decry decries decried', 'decrying', 'stance'],
  ['blame', 'blames blamed', 'blaming', 'stance'],
  ['accuse', 'accuse accuses accused', 'accusing', 'stance'],
  ['question', 'questions questioned', 'questioning', 'stance'],
  ['challenge', 'challenges challenged', 'challenging', 'stance'],
  ['demand', 'demand demands demanded', 'demanding', 'stance'],
  ['urge', 'urge urges urged', 'urging', 'stance'],
  ['encourage', 'encourage encourages encouraged', 'encouraging', 'stance'],
  ['describe', 'describe describes described', 'describing', 'stance'],
  ['liken', 'liken likens likened', 'likening', 'stance'],
  ['call', 'call calls called', 'calling', 'stance'],
  ['call for', 'call calls called', 'calling', 'stance'],
  ['call on', 'call calls called', 'calling', 'stance'],
  ['push for', 'push pushes pushed', 'pushing', 'stance'],
  ['point to', 'points pointed', 'pointing', 'stance'],
  ['point out', 'point points pointed', 'pointing', 'says'],
  ['go after', 'goes went', 'going', 'stance'],
  ['complain about', 'complain complains complained', 'complaining', 'stance'],
]

/** Verbs that name a hearer before the content ("told the Post that", "warned voters that", "dijo a la agencia que"). */
const HEARER_VERBS = new Set(['tell', 'warn', 'assure', 'promise', 'decir'])

/** Verbs that report what a poll, study or record shows. */
const EVIDENCE_VERBS = new Set(['show', 'find', 'indicate'])

/** Verbs whose to-infinitive is what was undertaken ("vowed to punish", "threatened to leave"). */
const PLEDGE_VERBS = new Set(['vow', 'pledge', 'promise', 'threaten', 'agree'])

function reportingVerb([lemma, , bare, stance]: Row): CueVerb {
  const act = BELIEF_VERBS.has(lemma) ? 'believes' : 'says'
  return Object.freeze({ lemma, bare, stance, act, object: OBJECT_SPEECH.has(lemma), hearer: HEARER_VERBS.has(lemma), pledge: PLEDGE_VERBS.has(lemma), evidence: EVIDENCE_VERBS.has(lemma), held: HELD_OBJECT.has(lemma), generic: false })
}

function attitudeVerb([lemma, , , act]: AttitudeRow): CueVerb {
  const stance = act === 'believes' ? 'speculative' : 'neutral'
  return Object.freeze({ lemma, bare: false, stance, act, object: true, hearer: false, pledge: false, evidence: false, held: false, generic: false })
}

const ATTITUDES = [...ATTITUDE_ROWS, ...DEED_ROWS].map((row) => ({ row, verb: attitudeVerb(row) }))
const SINGLE_ATTITUDES = ATTITUDES.filter((a) => !a.row[0].includes(' '))
const PHRASAL_ATTITUDES = ATTITUDES.filter((a) => a.row[0].includes(' '))

/** Every verb form, lower-case, to its verb. */
export const CUE_VERBS: ReadonlyMap<string, CueVerb> = new Map([
  ...VERB_ROWS.flatMap((row) => {
    const verb = reportingVerb(row)
    return row[1].split(' ').map((f) => [f, verb] as const)
  }),
  ...SINGLE_ATTITUDES.flatMap(({ row, verb }) => row[1].split(' ').map((f) => [f, verb] as const)),
])

/** Phrasal cues: the verb's form or participle, then particle → verb ("called" → "for" → call for). */
const PHRASAL: ReadonlyMap<string, ReadonlyMap<string, CueVerb>> = (() => {
  const out = new Map<string, Map<string, CueVerb>>()
  for (const { row, verb } of PHRASAL_ATTITUDES) {
    const particle = row[0].split(' ')[1]!
    for (const form of [...row[1].split(' '), ...row[2].split(' ')]) {
      const byParticle = out.get(form) ?? new Map<string, CueVerb>()
      byParticle.set(particle, verb)
      out.set(form, byParticle)
    }
  }
  return out
})()

/** The -ing forms of the one-word attitude verbs, participles as "saying" is ("…, urging calm", "is defending"). */
const ATTITUDE_PARTICIPLES: ReadonlyMap<string, CueVerb> = new Map(SINGLE_ATTITUDES.flatMap(({ row, verb }) => row[2].split(' ').map((f) => [f, verb] as const)))

const PARTICLE_RE = /\s+(for|on|to|after|about|out|against|down|of)(?![\p{L}\p{N}])/iuy

/**
 * Present participles that attach a statement to the subject of the clause
 * before them: "Maduro attacked the plan, saying it would fail".
 */
const PARTICIPLES: ReadonlyMap<string, string> = new Map(
  ('saying:say telling:tell adding:add noting:note warning:warn stating:state arguing:argue claiming:claim insisting:insist ' +
    'explaining:explain writing:write announcing:announce confirming:confirm acknowledging:acknowledge admitting:admit ' +
    'stressing:stress asserting:assert alleging:allege reiterating:reiterate cautioning:caution denying:deny rejecting:reject ' +
    'dismissing:dismiss suggesting:suggest predicting:predict tweeting:tweet declaring:declare promising:promise vowing:vow ' +
    'pledging:pledge threatening:threaten asking:ask emphasising:emphasise emphasizing:emphasise ' +
    'diciendo:decir afirmando:afirmar asegurando:asegurar señalando:señalar añadiendo:añadir negando:negar')
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
)

/** Impersonal cues with no speaker of their own, and the stance they lend. */
const IMPERSONAL: ReadonlyMap<string, CueStance> = new Map([
  ['understood', 'neutral'],
  ['said', 'neutral'],
  ['reported', 'neutral'],
  ['claimed', 'neutral'],
  ['alleged', 'neutral'],
  ['believed', 'speculative'],
  ['thought', 'speculative'],
])

const VERB_BY_LEMMA: ReadonlyMap<string, CueVerb> = new Map([...CUE_VERBS.values()].map((v) => [v.lemma, v]))

/**
 * Cues are found word by word (a Map lookup per word, far cheaper than one
 * large alternation tried at every offset); the few cues of several words are
 * checked from their first word. Words are runs of letters and digits, so
 * "afirmó" and "según" are whole words where \b would cut them.
 */
const WORD_RE = /[\p{L}\p{N}]+/gu
// Sticky: tried at the end of the first word, without slicing the text.
const ACCORDING_TO_RE = /\s+to(?![\p{L}\p{N}])/iuy
const IMPERSONAL_RE = new RegExp(String.raw`\s+(?:is|was|has\s+been)\s+(${[...IMPERSONAL.keys()].join('|')})(?![\p{L}\p{N}])`, 'iuy')
const THAT_NEXT_RE = /\s+that(?![\p{L}\p{N}])/iuy
const GENERIC_FORM_RE = /^\p{L}{2,}(?:ed|s)$/iu

/** A modal or a form of "do", maybe negated and with an adverb, right before a word. */
const MODAL_BEFORE_RE = /(?<![\p{L}\p{N}])(?:would|will|could|should|might|may|must|can|cannot|did|does|do|['’]ll|['’]d)(?:n['’]t)?(?:\s+(?:not|never|also|still|probably|likely|now|then|immediately|not\s+immediately))*\s+$/iu
/** Characters before a word in which MODAL_BEFORE_RE is sought. */
const MODAL_SPAN = 32

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(text)
}

export type CueKind = 'verb' | 'participle' | 'according' | 'impersonal'

export interface CueMatch {
  readonly start: number
  readonly end: number
  readonly kind: CueKind
  /** The verb for kinds 'verb' and 'participle', else null. */
  readonly verb: CueVerb | null
  readonly stance: CueStance
}

/**
 * Any other finite verb with a "that" clause ("X believes that", "Y ruled
 * that") reports a statement or a stance too; these words end in -s or -ed
 * without being one.
 */
const NOT_A_VERB = /^(?:is|was|has|does|this|thus|unless|less|us|yes|its|his|hers|ours|theirs|as|plus|always|sometimes|perhaps|across|towards|besides|yesterday|days|years|months|weeks|times|ways|cases|areas|places|things|needs|means|was|bus)$/iu

/** A preposition and a determiner just before a word make it a noun phrase's head ("many of the Patriot mines that …"). */
const IN_PHRASE_BEFORE_RE = /(?:^|\s)(?:of|in|on|at|for|with|from|to|by)\s+the(?:\s+[\p{L}-]+){0,2}\s+$/iu
const IN_PHRASE_SPAN = 48

function genericVerb(form: string): CueVerb {
  return { lemma: form.toLowerCase(), bare: false, stance: 'neutral', act: 'says', object: false, hearer: false, pledge: false, evidence: false, held: false, generic: true }
}

/** Every cue in the text, in order. */
export function findCues(text: string): CueMatch[] {
  const out: CueMatch[] = []
  WORD_RE.lastIndex = 0
  for (let m = WORD_RE.exec(text); m; m = WORD_RE.exec(text)) {
    const cue = cueAt(text, m.index, m[0])
    if (!cue) continue
    out.push(cue)
    WORD_RE.lastIndex = cue.end
  }
  return out
}

/** The cue that starts with `word` at `start`, if any. */
function cueAt(text: string, start: number, word: string): CueMatch | null {
  const lower = word.toLowerCase()
  const end = start + word.length
  if (lower === 'according') {
    const to = stickyAt(ACCORDING_TO_RE, text, end)
    return to ? { start, end: end + to[0].length, kind: 'according', verb: null, stance: 'neutral' } : null
  }
  if (lower === 'según') return { start, end, kind: 'according', verb: null, stance: 'neutral' }
  if (lower === 'it') {
    const imp = stickyAt(IMPERSONAL_RE, text, end)
    if (imp) return { start, end: end + imp[0].length, kind: 'impersonal', verb: null, stance: IMPERSONAL.get(imp[1]!.toLowerCase()) ?? 'neutral' }
    return null
  }
  if (lower.charCodeAt(lower.length - 1) === 115 /* s */ && COUNT_BEFORE_RE.test(text.slice(Math.max(0, start - COUNT_SPAN), start))) return null
  const phrasal = PHRASAL.get(lower)
  const particle = phrasal ? stickyAt(PARTICLE_RE, text, end) : null
  const phrasalVerb = particle ? phrasal!.get(particle[1]!.toLowerCase()) : undefined
  if (phrasalVerb) {
    const kind = lower.endsWith('ing') ? 'participle' : 'verb'
    return { start, end: end + particle![0].length, kind, verb: phrasalVerb, stance: phrasalVerb.stance }
  }
  const verb = CUE_VERBS.get(lower)
  if (verb) return { start, end, kind: 'verb', verb, stance: verb.stance }
  // "would back", "did not immediately respond": a lexicon verb's base form after a modal or "do".
  const base = VERB_BY_LEMMA.get(lower)
  if (base && MODAL_BEFORE_RE.test(text.slice(Math.max(0, start - MODAL_SPAN), start))) return { start, end, kind: 'verb', verb: base, stance: base.stance }
  const participle = verbOfParticiple(lower)
  if (participle) return { start, end, kind: 'participle', verb: participle, stance: participle.stance }
  // Cheap checks first: most words end in neither -s nor -ed, and "that" rarely follows.
  const last = lower.charCodeAt(lower.length - 1)
  if ((last === 115 /* s */ || lower.endsWith('ed')) && thatMayFollow(text, end) && stickyAt(THAT_NEXT_RE, text, end) && GENERIC_FORM_RE.test(word) && !NOT_A_VERB.test(word) && !IN_PHRASE_BEFORE_RE.test(text.slice(Math.max(0, start - IN_PHRASE_SPAN), start))) {
    return { start, end, kind: 'verb', verb: genericVerb(word), stance: 'neutral' }
  }
  return null
}

/**
 * A count right before a word in -s makes it a plural noun ("18 states", "195 countries that"),
 * unless the number is a year ("in 2008 says" reads as a time, not a count).
 */
const COUNT_BEFORE_RE = /(?<![\p{L}\p{N}.,/-])(?!(?:19|20)\d\d\s)\d[\d,]*\s+$/u
const COUNT_SPAN = 16

/** The stance of a cue from its text ("denied", "told the newspaper", "it is thought"). */
export function cueStance(cueText: string): CueStance {
  const first = findCues(cueText)[0]
  return first && first.start === 0 ? first.stance : 'neutral'
}

/** Is the next word after the spaces at `at` one starting with "t"? */
function thatMayFollow(text: string, at: number): boolean {
  let i = at
  while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\t' || text[i] === '\u00a0')) i++
  return i > at && (text[i] === 't' || text[i] === 'T')
}

/** `form` in lower case. */
function verbOfParticiple(form: string): CueVerb | undefined {
  const lemma = PARTICIPLES.get(form)
  return lemma === undefined ? ATTITUDE_PARTICIPLES.get(form) : VERB_BY_LEMMA.get(lemma)
}
