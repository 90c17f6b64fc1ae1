/**
 * @module nlp/quotes/sources — who a noun phrase right before (or after) a
 * cue refers to: a named entity from the entities layer, a pronoun resolved
 * to the last person named before it, or an anonymous source kept as written
 * with its kind ("a senior US official" → official). "A document seen by
 * Reuters" gives two sources: the outlet that saw it, then the document.
 */
import { spansWithin } from '../../doc/spans.js'
import type { Entity, EntityType, SourceKind, SourceRef, Span } from '../../doc/types.js'
import { entityId } from '../../util/text.js'
import { trimSpan, wordCount } from './marks.js'

export interface MentionRef extends Span {
  readonly entity: Entity
}

/**
 * Every mention of every entity that names it, sorted by start. Demonyms are
 * left out: "Venezuelan officials said" is an anonymous source, not Venezuela.
 */
export function mentionIndex(entities: readonly Entity[]): MentionRef[] {
  return entities
    .flatMap((entity) => entity.mentions.filter((m) => m.kind !== 'demonym').map((m) => ({ start: m.start, end: m.end, entity })))
    .sort((a, b) => a.start - b.start || b.end - a.end)
}

const KIND_OF_TYPE: Record<EntityType, SourceKind> = {
  PERSON: 'person',
  ORG: 'organisation',
  // A place that speaks is its government ("Ankara said").
  PLACE: 'organisation',
  OUTLET: 'outlet',
  OTHER: 'unknown',
}

/**
 * A title written into an unrecognised name ("Malatya Governor Hüseyin
 * Tekin"): the source is the person after the title; the title is a role.
 */
const TITLED_NAME_RE =
  /^(?:\p{Lu}[\p{L}'’.-]*\s+)*?(?:Governor|Minister|President|Vice[- ]President|Mayor|Spokes(?:man|woman|person)|Ambassador|Senator|General|Prosecutor|Director|Secretary|Commissioner|Chief|Gobernador[a]?|Ministr[oa]|Presidente|Alcalde(?:sa)?|Portavoz)\s+((?:\p{Lu}[\p{L}'’-]*\s*){1,3})$/u

export function entitySource(m: MentionRef): SourceRef {
  const span = { start: m.start, end: m.end }
  const titled = m.entity.type !== 'PERSON' ? TITLED_NAME_RE.exec(m.entity.name) : null
  if (titled) {
    const name = titled[1]!.trim()
    return { name, entity: entityId('PERSON', name), kind: 'person', span }
  }
  return { name: m.entity.name, entity: m.entity.id, kind: KIND_OF_TYPE[m.entity.type], span }
}

/** Head nouns of anonymous sources (English and Spanish, singular and plural) and their kind. */
const HEADS: ReadonlyArray<readonly [RegExp, SourceKind]> = [
  [/^(?:officials?|officers?|diplomats?|spokes(?:man|men|woman|women|person|people)|aides?|authorities|police|ministers?|funcionari[oa]s?|diplomátic[oa]s?|portavoz|autoridades)$/iu, 'official'],
  [/^(?:analysts?|observers?|commentators?|analistas?|observadore?s?)$/iu, 'analyst'],
  [/^(?:experts?|scientists?|researchers?|economists?|seismologists?|scholars?|expert[oa]s?|científic[oa]s?|investigadore?s?)$/iu, 'expert'],
  [/^(?:residents?|witness(?:es)?|survivors?|protesters?|participants?|locals?|villagers?|families|vecin[oa]s?|testigos?|residentes?|sobrevivientes?)$/iu, 'participant'],
  [/^(?:sources?|fuentes?)$/iu, 'unknown'],
  // An institution named by its function ("Venezuela's presidential office"); lower case, as
  // capitalised it is part of a name ("the Emergency Management Presidency").
  [/^(?:office|ministry|agency|government|oficina|ministerio|gobierno)$/u, 'organisation'],
]

/** Words that may open an anonymous source's noun phrase. */
const DETERMINER = /^(?:a|an|the|two|three|four|several|some|many|other|one|un|una|unos|unas|dos|tres|varios|varias|algunos|algunas|los|las|el|la|\d+)$/iu

const FAMILIAR_RE = /(?:^|[\s,])((?:\p{L}+\s+){0,3}?(?:people|persons?|sources?|officials?|individuals?|personas|fuentes)\s+(?:familiar\s+with|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|close\s+to|cercan[oa]s\s+a|conocedor[ae]s\s+de)\s+[^,.;:]{1,60})$/iu

/** Words FAMILIAR_RE needs; testing for them first spares the anchored pattern on most subjects. */
const FAMILIAR_HINT_RE = /familiar|briefed|knowledge|close\s+to|cercan|conocedor/iu

/** Likewise the words DOCUMENT_RE needs. */
const DOCUMENT_HINT_RE = /seen|obtained|reviewed|visto|obtenido|consultado/iu

const DOCUMENT_RE = /(?:^|[\s,])((?:a|an|the|un|una)\s+(?:[\p{L}-]+\s+){0,2}?(?:document|memo|report|letter|draft|cable|assessment|documento|informe|carta)s?)\s+(?:seen|obtained|reviewed|visto|obtenido|consultado)\s+(?:by|por)\s+([^,;:]+)$/iu

/**
 * Adverbs and auxiliaries between a subject and its cue ("the bank has also said", "Maduro is once again
 * questioning", "Gingrich cynically dismissed"): any word in -ly but the nouns and adjectives so spelt
 * that may themselves end a subject ("the family said", "the weekly reported").
 */
const GAP_WORDS = String.raw`(?:(?<![\p{L}\p{N}])(?!(?:family|assembly|ally|rally|supply|reply|monopoly|anomaly|italy|july|daily|weekly|monthly|quarterly|yearly|elderly|bully|belly|holy|fly)(?![\p{L}\p{N}]))\p{L}{2,}ly|also|later|again|then|earlier|first|once|now|still|even|just|already|often|long|further|has|had|have|was|were|is|are|['’]s|been|would|will|may|might|can|could|should|must|did|does|do|not|never|cannot|\p{L}+n['’]t|ha|había|no|también|luego)(?![\p{L}\p{N}])`

/**
 * Words that may sit between a source and its cue: "Maduro also said",
 * "Fidan, the foreign minister, said", "the agency (AFAD) on Monday denied",
 * "Caribbean Wire, which reported".
 */
const GAP_RE = new RegExp(
  String.raw`^\)?(?:\s*,[^,]{1,80},)?(?:\s*,?\s*(?:on|this|last|late|earlier|el|este)\s+\p{L}+,?)?(?:\s*${GAP_WORDS})*(?:\s*,\s*(?:which|who|que|quien|quienes))?\s*$`,
  'iu',
)

/**
 * A describing appositive before the cue ("Deniz Karaca, a seismologist at X University,", "Ada Lindqvist,
 * director of the Eastholm port,"): its mentions are not the subject.
 */
const DESCRIBING_APPOSITIVE_RE = /,\s*(?:(?:a|an|the|un|una|el|la)\s|(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:of|at|for|in|de|en)\s)[^,]{0,80}$/iu

const PRONOUN_RE = /(?:^|[\s,])(he|she|él|ella)$/iu

/**
 * The sources named at the end of `region` (the text before a cue, or after an
 * inverted cue as in "…, said Maduro"), outermost first; [] when none.
 */
export function sourcesEndingAt(text: string, region: Span, mentions: readonly MentionRef[]): SourceRef[] {
  const raw = text.slice(region.start, region.end)
  const body = raw.replace(/[\s,]+$/u, '')
  const end = region.start + body.length

  const doc = DOCUMENT_HINT_RE.test(body) ? DOCUMENT_RE.exec(body) : null
  if (doc) {
    const docStart = region.start + doc.index + doc[0].indexOf(doc[1]!)
    const byStart = region.start + body.length - doc[2]!.length
    const by = sourcesEndingAt(text, { start: byStart, end }, mentions)
    const paper: SourceRef = { name: doc[1]!, entity: null, kind: 'document', span: { start: docStart, end: docStart + doc[1]!.length } }
    return [...by, paper]
  }

  const familiar = FAMILIAR_HINT_RE.test(body) ? FAMILIAR_RE.exec(body) : null
  if (familiar) return [anonymous(text, region.start + body.length - familiar[1]!.length, end, 'familiar')]

  const appositive = DESCRIBING_APPOSITIVE_RE.exec(body)
  if (appositive) {
    const named = namedSubject(text, { start: region.start, end: region.start + appositive.index }, region.end, mentions)
    if (named) return [named]
  }

  // The last word or two decide: an anonymous head noun, a pronoun, or the end of a name.
  // Only the last words can hold the head and its modifiers; a long sentence before them is not scanned.
  const wordsFrom = Math.max(0, body.length - SUBJECT_CHARS)
  const words = [...body.slice(wordsFrom).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)]
  const tail = words.slice(-3)
  const nameAtEnd = spansWithin(mentions, region.start, end).some((m) => m.end === end)
  for (let k = tail.length - 1; k >= 0; k--) {
    const w = tail[k]!
    const head = HEADS.find(([re]) => re.test(w[0]))
    if (!head) continue
    // Spanish puts adjectives after the head ("un alto funcionario estadounidense"); English ends on it.
    const after = tail.slice(k + 1)
    if (after.some((a) => !/^\p{Ll}/u.test(a[0]) && !/^[A-Z]{2,}$/.test(a[0]))) continue
    // A name right after the head is the source itself ("the disaster agency AFAD").
    if (after.length && nameAtEnd && after.every((a) => /^\p{Lu}/u.test(a[0]))) break
    return [anonymousFrom(text, region.start + wordsFrom, words, words.length - tail.length + k, end, head[1])]
  }

  // "she has said", "he would not say": auxiliaries and adverbs may follow the pronoun.
  const beforeGap = withoutGap(body)
  const pronoun = PRONOUN_RE.exec(beforeGap)
  if (pronoun) {
    const pEnd = region.start + beforeGap.length
    const pStart = pEnd - pronoun[1]!.length
    const person = lastPersonBefore(mentions, pStart)
    return person ? [{ ...entitySource(person), span: { start: pStart, end: pEnd } }] : []
  }

  const named = namedSubject(text, region, region.end, mentions)
  if (named) return [named]
  const described = describedSubject(text, region.start, body, /,\s*$/u.test(raw))
  if (described) return [described]
  const modified = postmodifiedSubject(text, region.start, body)
  return modified ? [modified] : []
}

const GAP_WORD_RE = new RegExp(String.raw`^${GAP_WORDS}$`, 'iu')
const WORD_CHAR_RE = /[\p{L}\p{N}'’]/u

/**
 * `body` without the gap words that end it ("the bank has also" → "the bank", "Trump’s" → "Trump"),
 * read word by word from the end: a pattern anchored at the end only would be tried at every offset.
 */
function withoutGap(body: string): string {
  let end = body.length
  for (;;) {
    let wordEnd = end
    while (wordEnd > 0 && /\s/u.test(body[wordEnd - 1]!)) wordEnd--
    let start = wordEnd
    while (start > 0 && WORD_CHAR_RE.test(body[start - 1]!)) start--
    const word = body.slice(start, wordEnd)
    if (word && GAP_WORD_RE.test(word)) end = start
    else if (word.length > 2 && /\p{L}['’]s$/u.test(word)) end = wordEnd - 2
    else return end === body.length ? body : body.slice(0, end).trimEnd()
  }
}

/** An honorific or title that makes a capitalised name a person ("Mr. Okonkwo", "Sen. Ada Lindqvist (D-Eastholm)"). */
const HONORIFIC = String.raw`(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev|Sr|Sra)\.?`

const HONORIFIC_START_RE = new RegExp(`^${HONORIFIC}\\s`, 'u')

/**
 * Where an untagged subject may begin: the start of the region, after
 * punctuation, or after a conjunction. A capitalised word in mid-phrase
 * ("residents of Port Harbor told") is not one, nor is what follows the
 * apostrophe of a possessive ("the union’s members").
 */
const CLAUSE_OPENING = String.raw`(?:^|(?:[,;:(“”"‘—–]|(?<![\p{L}\p{N}])['’])\s*|\s(?:and|but|while|as|because|so|although|though|since|after|before|when|if|until|unless|once|where|y|pero)\s+)`

/** A capitalised name the entities stage did not find, ending at the cue. */
const NAME_RE = new RegExp(String.raw`${CLAUSE_OPENING}((?:${HONORIFIC}\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s+\([^()]{1,20}\))?|${HONORIFIC}\s+\p{Lu}[\p{L}'’-]*)$`, 'u')

/** Either case of a word's first letter, for patterns that must keep \p{Lu} strict (no i flag). */
const anyCase = (words: string): string =>
  words
    .split('|')
    .map((w) => (/^\p{L}/u.test(w) ? `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}` : w))
    .join('|')

/** An acronym, with or without full stops ("EU", "E.U."), as a modifier of a source's head. */
const ACRONYM = String.raw`(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})`
const ACRONYM_RE = new RegExp(`^${ACRONYM}$`, 'u')

/**
 * A described subject opening a clause: a determiner or possessive, up to
 * four modifiers and a head ("the harbour master", "The harbour master",
 * "Several dock workers", "the ministry's report", "63 percent"), a bare
 * plural with at most one modifier, an acronym too ("critics", "many economists",
 * "E.U. leaders"), or a plural or impersonal pronoun
 * ("they", "it", "we").
 */
const DESCRIBED_RE = new RegExp(
  CLAUSE_OPENING +
    String.raw`((?:${anyCase('the|a|an|this|that|these|those|several|some|many|most|all|both|other|another|each|one|two|three|four|five|his|her|their|its|our|el|la|los|las|un|una')}|\d[\d.,]*(?:\s+percent|%)?|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s)` +
    String.raw`(?:\s+[\p{L}\p{N}'’.-]+){0,4}?(?:\s+\p{L}[\p{L}'’-]*)?|${anyCase('they|it|we|ellos|ellas')}|I|(?:(?:\p{L}\p{Ll}*|${ACRONYM})\s+)?\p{L}\p{Ll}{2,}s)$`,
  'u',
)

/** Words that end a clause or belong to a verb group, never to a subject phrase. */
const NOT_IN_SUBJECT = /^(?:is|are|was|were|be|been|has|have|had|do|does|did|not|to|that|which|who|and|or|but|said|says|would|will|could|should|can|may|might|must|also|when|if|than|then|on|by|es|fue|que)$/iu

/** Subjects the entities stage does not tag: a capitalised name, a described person or body, a plural pronoun. */
function describedSubject(text: string, regionStart: number, body: string, appositive: boolean): SourceRef | null {
  const lead = body.length - body.trimStart().length
  let base = regionStart + lead
  let head = body.slice(lead)
  if (appositive) {
    // "Ada Lindqvist, the port director of Eastholm, said": the subject is the phrase before the
    // first comma of the clause, which begins after any quotation that precedes it.
    const quoteEnd = Math.max(head.lastIndexOf('” '), head.lastIndexOf('" '), head.lastIndexOf("'' ")) + 1
    const clause = quoteEnd > 0 ? head.slice(quoteEnd).replace(/^['\s]+/u, '') : head
    const comma = clause.indexOf(',')
    if (comma > 0) {
      base += head.length - clause.length
      head = clause.slice(0, comma)
    }
  }
  // A subject is a few words: the regexes below, anchored at the end, need only the last of them.
  if (head.length > SUBJECT_CHARS) {
    base += head.length - SUBJECT_CHARS
    head = head.slice(-SUBJECT_CHARS)
  }
  head = withoutGap(head)
  const name = NAME_RE.exec(head)
  if (name && !NOT_A_NAME.test(name[1]!)) {
    const start = base + head.length - name[1]!.length
    const person = HONORIFIC_START_RE.test(name[1]!) || /\s\p{Lu}/u.test(name[1]!)
    // One capitalised word may be a plural opening the sentence ("Polls show", "Analysts say"), not a name.
    return anonymous(text, start, base + head.length, person ? 'person' : kindOfHead(name[1]!))
  }
  const m = DESCRIBED_RE.exec(head)
  if (!m) return null
  const phrase = m[1]!
  const words = phrase.split(/\s+/)
  if (words.slice(1).some((w) => NOT_IN_SUBJECT.test(w))) return null
  const start = base + head.length - phrase.length
  return anonymous(text, start, base + head.length, kindOfHead(words.at(-1)!))
}

const SUBJECT_CHARS = 120

/**
 * A people noun with a phrase after it, opening its clause: "political observers in Virginia",
 * "elected officials from both parties", "those close to him", "eight of 10 voters".
 */
const POSTMODIFIED_RE = new RegExp(
  CLAUSE_OPENING + String.raw`((?:[\p{L}\p{N}'’.-]+\s+){0,3}?(\p{L}+)\s+(?:in|from|of|at|across|around|close\s+to|with|inside|within)\s+[^,;:.()“”"]{1,60}?)$`,
  'iu',
)

/** Plural people nouns that may head a source beside the anonymous heads ("voters", "those close to him"). */
const PEOPLE_HEAD_RE = /^(?:those|people|voters|americans|members|leaders|lawmakers|democrats|republicans|critics|supporters|opponents|allies|advocates|activists|executives|workers|students|parents|veterans|residents)$/iu

function postmodifiedSubject(text: string, regionStart: number, body: string): SourceRef | null {
  const from = Math.max(0, body.length - SUBJECT_CHARS)
  const m = POSTMODIFIED_RE.exec(body.slice(from))
  // Cut from a longer text, the slice's start is no clause opening.
  if (!m || (from > 0 && m[0] === m[1])) return null
  const phrase = m[1]!
  const head = m[2]!
  const last = /(\p{L}+)$/u.exec(phrase)?.[1] ?? ''
  // "eight of 10 voters": with "of", a quantity's noun is the one at the end.
  const people = [head, ...(/\sof\s/iu.test(phrase) ? [last] : [])].find((w) => PEOPLE_HEAD_RE.test(w) || HEADS.some(([re]) => re.test(w)))
  if (!people || phrase.split(/\s+/).some((w) => NOT_IN_SUBJECT.test(w) && !/^(?:and|or|to)$/iu.test(w))) return null
  const start = regionStart + body.length - phrase.length
  return anonymous(text, start, start + phrase.length, kindOfHead(people))
}

/** Capitalised words that open sentences or name days and months, not speakers. */
const NOT_A_NAME =
  /^(?:The|A|An|It|They|We|I|But|And|He|She|This|That|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December|Today|Yesterday)$/u

/**
 * Whatever follows "according to" names the source, even a phrase no other
 * rule knows ("according to harbour records", "according to early counts").
 */
export function phraseSource(text: string, region: Span): SourceRef | null {
  const span = trimSpan(text, region.start, region.end)
  if (span.end <= span.start || wordCount(text.slice(span.start, span.end)) > MAX_PHRASE_WORDS) return null
  const last = /([\p{L}]+)\W*$/u.exec(text.slice(span.start, span.end))?.[1] ?? ''
  return anonymous(text, span.start, span.end, kindOfHead(last))
}

function kindOfHead(word: string): SourceKind {
  return HEADS.find(([re]) => re.test(word))?.[1] ?? (DOCUMENT_HEAD_RE.test(word) ? 'document' : 'unknown')
}

const MAX_PHRASE_WORDS = 12

/** Heads of sources that are documents or data rather than people. */
const DOCUMENT_HEAD_RE = /^(?:polls?|polling|surveys?|data|reports?|studies|study|analysis|documents?|records?|filings?|figures|statistics|estimates?|averages?|results|findings|numbers|memos?|letters?|encuestas?|datos|informes?|estudios?)$/iu

/** Heads of described subjects that hold views and take stances: people, bodies, and what speaks for them. */
export const HOLDER_HEAD_RE =
  /(?:^|\s)(?:campaign|ad|ads|tweets?|groups?|committee|party|administration|company|bank|board|unions?|court|judges?|justices|directors?|chairman|chairwoman|doctors?|physicians|journalists|speechwriters|lawmakers|legislators|senators?|congress(?:man|woman)|governor|mayor|voters|supporters|critics|opponents|democrats|republicans|candidates?|nominee|president|leaders?|activists|advocates|editors|editorials?|newspapers?|papers|publications|members?|allies|states|countries|team|lawyers?|attorneys?|doctor|people|americans|coalition|foundation|organi[sz]ation|percent)$/iu

/** Words that open a described holder at the start of a clause ("The … committee", "several … groups"). */
const HOLDER_OPENING_RE = /^(?:the|a|an|several|some|many|most|both|other|two|three|four|\p{Lu}[\p{L}.-]*)$/u
/** A word that follows a subject's head only as its verb: an auxiliary or a past or third-person form. */
const VERB_AFTER_HEAD_RE = /^(?:is|are|was|were|has|have|had|will|would|\p{Ll}+ed|\p{Ll}+[^s\W]s)$/u

/** What may follow a holder's head before its verb: a participle or a preposition and its phrase, no clause break ("A union representing flight attendants"). */
const POSTMODIFIER_RE = /^\s+(?:\p{Ll}+ing|by|in|from|at|with|for|of|on)\s[^,;:"“”()]*$/u

/**
 * "The Republican National Committee is filing …", "several environmental groups granted …":
 * a described holder opening the clause, from its determiner to a holder head that a verb follows;
 * with `cueAt`, the head may also be a document's and be followed by a postmodifier up to the cue
 * ("A 2014 study by a law professor found"), which the source then spans.
 */
function describedOpening(text: string, at: number, end: number, cueAt?: number): SourceRef | null {
  const words = [...text.slice(at, Math.min(end, at + SUBJECT_CHARS)).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[^\s\p{L}\p{N}]/gu)]
  if (!words.length || words[0]!.index !== 0 || !HOLDER_OPENING_RE.test(words[0]![0])) return null
  for (let k = 0; k + 1 < Math.min(words.length, 7); k++) {
    const w = words[k]![0]
    if ((k > 0 && NOT_IN_SUBJECT.test(w)) || !/^[\p{L}\p{N}]/u.test(w)) return null
    const headEnd = at + words[k]!.index! + w.length
    if (cueAt === undefined) {
      if (HOLDER_HEAD_RE.test(w) && VERB_AFTER_HEAD_RE.test(words[k + 1]![0])) return anonymous(text, at, headEnd, kindOfHead(w))
    } else if ((HOLDER_HEAD_RE.test(w) || DOCUMENT_HEAD_RE.test(w)) && headEnd < cueAt && POSTMODIFIER_RE.test(withoutGap(text.slice(headEnd, cueAt)))) {
      return anonymous(text, at, at + withoutGap(text.slice(at, cueAt)).trimEnd().length, kindOfHead(w))
    }
  }
  return null
}

/** Where the subject of a clause opening `region` begins: after a connective and any time or place adjunct. */
function subjectStartOf(text: string, region: Span): number {
  const at = region.start + OPENING_RE.exec(text.slice(region.start, region.end))![0].length
  return at + (OPENING_ADJUNCT_RE.exec(text.slice(at, region.end))?.[0].length ?? 0)
}

/** A described holder with a postmodifier opening `region` and ending at the cue (see describedOpening). */
export function postmodifiedOpening(text: string, region: Span, cueAt: number): SourceRef | null {
  return describedOpening(text, subjectStartOf(text, region), region.end, cueAt)
}

/** Words that may open a clause before its subject. */
const OPENING_RE = /^[\s"“‘(]*(?:(?:but|and|yet|still|meanwhile|however|pero|y)\s*,?\s+)?/iu

/**
 * The subject opening `region` (a sentence), for a cue far from it: a named
 * entity, or a pronoun (he and she resolved to the last person named; they,
 * we, I and it kept as written).
 */
export function sourcesOpening(text: string, region: Span, mentions: readonly MentionRef[]): SourceRef[] {
  const at = region.start + OPENING_RE.exec(text.slice(region.start, region.end))![0].length
  const found = subjectAt(text, at, region.end, mentions)
  if (found.length) return found
  // "On Thursday, however, Trump spoke …": the subject after an opening adjunct.
  const subjectStart = subjectStartOf(text, region)
  const after = subjectStart > at ? subjectAt(text, subjectStart, region.end, mentions) : []
  if (after.length) return after
  const described = describedOpening(text, subjectStart, region.end)
  return described ? [described] : []
}

/** A time or place adjunct set off by a comma before the subject, and a connective after it. */
const OPENING_ADJUNCT_RE = /^(?:in|on|at|during|after|before|since|last|this|earlier|later|for|over)\s[^,;:“”"]{1,60},\s*(?:(?:however|meanwhile|instead|though),\s*)?/iu

/** The named entity (maybe after an honorific: "Mrs. Clinton") or pronoun at `at`. */
function subjectAt(text: string, at: number, end: number, mentions: readonly MentionRef[]): SourceRef[] {
  const honorific = HONORIFIC_START_RE.exec(text.slice(at, end))?.[0].length ?? 0
  const m = spansWithin(mentions, at, end).find((x) => x.start === at || x.start === at + honorific)
  if (m && !/^['’]s\b/u.test(text.slice(m.end, m.end + 3))) return [entitySource(m)]
  const lead = /^(\p{L}+)(?![\p{L}\p{N}'’])/u.exec(text.slice(at, end))
  if (!lead) return []
  const word = lead[1]!
  if (/^(?:he|she|él|ella)$/iu.test(word)) {
    const person = lastPersonBefore(mentions, at)
    return person ? [{ ...entitySource(person), span: { start: at, end: at + word.length } }] : []
  }
  if (/^(?:they|we|I|it)$/iu.test(word)) return [anonymous(text, at, at + word.length, 'unknown')]
  return []
}

/** The entity mentioned last in `within`, when only gap words separate it from `cueAt`. */
function namedSubject(text: string, within: Span, cueAt: number, mentions: readonly MentionRef[]): SourceRef | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!
    if (m.end > within.end) continue
    if (m.start < within.start) break
    const gap = text.slice(m.end, cueAt)
    if (GAP_RE.test(gap)) return entitySource(m)
    // A name set off by commas is an appositive subject ("A lawyer for the families, Ada Lindqvist, said").
    if (/^\s*,\s*$/u.test(gap) && /,\s*$/u.test(text.slice(within.start, m.start))) return entitySource(m)
    // Only the mention closest to the cue may be its subject, unless a comma sets it inside an
    // appositive ("Fidan, speaking in Ankara, said"): then the subject is further back.
    if (!gap.includes(',')) break
  }
  return null
}

function anonymous(text: string, start: number, end: number, kind: SourceKind): SourceRef {
  return { name: text.slice(start, end), entity: null, kind, span: { start, end } }
}

/**
 * The phrase of an anonymous source from its determiner (or from the lower-case
 * and acronym modifiers right before the head) to the end: "a senior US
 * official", "Turkish officials" → "officials" keeps only what describes it.
 */
function anonymousFrom(text: string, base: number, words: RegExpMatchArray[], headIndex: number, end: number, kind: SourceKind): SourceRef {
  // Without a determiner the phrase keeps only lower-case, acronym and demonym modifiers ("Turkish officials");
  // a determiner or possessive within reach also takes in capitalised ones ("two State Department officials").
  let plain = headIndex
  let plainOpen = true
  for (let j = headIndex - 1; j >= Math.max(0, headIndex - 5); j--) {
    const w = words[j]![0]
    const next = words[j + 1]!
    // A comma or full stop between words ends the phrase.
    if (/\S/.test(text.slice(base + w.length + words[j]!.index!, base + next.index!))) break
    if (DETERMINER.test(w) || /\p{L}['’]s$/u.test(w)) return anonymous(text, base + words[j]!.index!, end, kind)
    if (plainOpen && (/^\p{Ll}/u.test(w) || ACRONYM_RE.test(w) || /^\p{Lu}\p{Ll}+(?:an|ish|ese|ian|i)$/u.test(w))) plain = j
    else plainOpen = false
  }
  return anonymous(text, base + words[plain]!.index!, end, kind)
}

export function lastPersonBefore(mentions: readonly MentionRef[], offset: number): MentionRef | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!
    if (m.end <= offset && m.entity.type === 'PERSON') return m
  }
  return undefined
}

/** The outlet named at the start of `region` ("the Post that …", "Reuters:"), if any. */
export function outletStartingAt(text: string, region: Span, mentions: readonly MentionRef[]): MentionRef | undefined {
  const lead = /^\s*(?:the\s+|el\s+|la\s+|a\s+la\s+|al\s+)?/iu.exec(text.slice(region.start, region.end))![0].length
  return spansWithin(mentions, region.start, region.end).find((m) => m.entity.type === 'OUTLET' && m.start <= region.start + lead)
}
