/**
 * @module nlp/claims/similarity — claim keys and how alike two keys are.
 * The story stage compares claims from different articles by key only, so the
 * key has to keep what identifies a proposition (who it is about, its content
 * words) and drop what varies between wordings of it: function words,
 * reporting verbs, hedges and negation (modality is stored apart, so "X
 * denied that Y" and "Y" share a key and can contest each other), inflection.
 *
 * A key is one line of space-separated terms, sorted and unique: entity ids
 * (they contain ":") and crude lemmas (they never do).
 */
import { foldDiacritics } from '../../util/text.js'

/**
 * Function words, reporting verbs, hedges and negation in English and Spanish.
 * Stance verbs ("denied", "rejected") stay content words: the claims
 * annotator cuts them out of the span when they introduce a statement, and
 * where they remain they are the proposition ("Maduro rejected the offer").
 */
const STOP: ReadonlySet<string> = new Set(
  (
    'a an the this that these those there here it its it\'s they them their he him his she her we us our you your i me my ' +
    'of in on at to from by for with without about into onto over under after before during between against among through ' +
    'and or but nor so yet if then than as because while although though whether when where which who whom whose what why how ' +
    'is are was were be been being am has have had having do does did done will would shall should can could may might must ' +
    'not no never ever none neither nobody nothing also just only even still already very more most much many some any all both each ' +
    'other such same own up down out off again further once one two ' +
    'say says said saying tell tells told telling according report reports reported reportedly reporting claim claims claimed ' +
    'add adds added note notes noted ' +
    'likely unlikely possibly perhaps probably plausible allegedly apparently expected expects expect reportedly understood ' +
    'suspect suspects suspected least ' +
    'source sources official officials spokesperson spokesman spokeswoman statement ' +
    'el la los las lo un una unos unas de del al a en con sin por para sobre entre tras desde hasta y o u ni pero sino que como ' +
    'cuando donde quien quienes cual cuales su sus se le les es son fue fueron era eran ser sido estar esta este esto estos estas ' +
    'ha han habia habian haber hay no nunca tambien ya muy mas segun dijo dice dicen dijeron afirmo afirma aseguro asegura ' +
    'senalo senala informo informa nego niega negaron podria podrian puede pueden posiblemente probablemente habria seria ' +
    'fuentes fuente funcionario funcionarios si lo fuera fue ' +
    // Relative time words: articles of different days word the same proposition with different ones.
    'today yesterday tomorrow tonight next week weekend month monday tuesday wednesday thursday friday saturday sunday ' +
    'hoy ayer manana proxima proximo semana lunes martes miercoles jueves viernes sabado domingo'
  ).split(' '),
)

/** Frequent news words that say little about which proposition it is. */
const WEAK: ReadonlySet<string> = new Set(
  ['president', 'preside', 'government', 'governm', 'minister', 'country', 'countr', 'people', 'peopl', 'year', 'day', 'week',
    'new', 'time', 'last', 'first', 'make', 'made', 'take', 'took', 'give', 'gave', 'get', 'got', 'go', 'went', 'come', 'came',
    'leader', 'leaders', 'leade', 'part', 'move', 'plan', 'issue', 'issu', 'presidente', 'gobierno', 'gobiern', 'pais',
    'adminis', 'set'],
)

/** Wordings that news uses interchangeably, mapped to one term (applied before stemming). */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['asylum', 'exile'], ['refuge', 'exile'], ['sanctuary', 'exile'], ['exilio', 'exile'], ['asilo', 'exile'],
  ['killed', 'die'], ['dead', 'die'], ['died', 'die'], ['deaths', 'die'], ['death', 'die'], ['muertos', 'die'], ['murieron', 'die'],
  ['talks', 'negotiation'], ['negotiations', 'negotiation'], ['negotiate', 'negotiation'], ['negotiated', 'negotiation'],
  ['quake', 'earthquake'], ['tremor', 'earthquake'], ['sismo', 'earthquake'], ['terremoto', 'earthquake'],
  ['troops', 'troop'], ['soldiers', 'troop'], ['forces', 'troop'], ['tropas', 'troop'],
  ['ceasefire', 'truce'], ['cease-fire', 'truce'], ['armistice', 'truce'], ['tregua', 'truce'],
  ['resigned', 'resign'], ['stepped', 'resign'], ['quit', 'resign'], ['dimitio', 'resign'],
  ['arrested', 'arrest'], ['detained', 'arrest'], ['detuvo', 'arrest'], ['detenido', 'arrest'],
  ['offered', 'offer'], ['ofrecer', 'offer'], ['ofrecio', 'offer'], ['ofrecido', 'offer'], ['ofrece', 'offer'], ['oferta', 'offer'],
  ['refused', 'reject'], ['refuses', 'reject'], ['refuse', 'reject'], ['rejected', 'reject'], ['rejects', 'reject'],
  ['declined', 'reject'], ['declines', 'reject'], ['rechazo', 'reject'], ['rechaza', 'reject'], ['rechazar', 'reject'],
  ['rechazaron', 'reject'],
])

/** "turned it down", "turned down the offer": a refusal in two words. */
const TURNED_DOWN_RE = /\bturn(?:s|ed|ing)?\s+(?:[a-z']+\s+){0,3}?down\b/g
/** "step down", "stepped down": a resignation in two words ("stepped" alone is already one). */
const STEP_DOWN_RE = /\bstep(?:s|ped|ping)?\s+down\b/g

/**
 * Terms that turn a proposition into another one: "Maduro refused the offer"
 * is not a wording of "Turkey offered exile", though it shares every word.
 */
const TURNING: ReadonlySet<string> = new Set(['reject'])

/** Longest kept prefix: a cheap way to let "negotiations" and "negotiated" meet. */
const STEM_CAP = 7

/** Suffix stripping for English and Spanish plurals and the commonest verb endings. */
export function stem(word: string): string {
  let w = word
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y'
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3)
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2)
  else if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2)
  else if (w.length > 4 && /[^aeiou]es$/.test(w)) w = w.slice(0, -2)
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) w = w.slice(0, -1)
  if (w.length > 4 && /[ea]$/.test(w)) w = w.slice(0, -1)
  return w.slice(0, STEM_CAP)
}

/** The content lemmas of a text, without stop words and without the words of the given entity ids. */
function lemmas(text: string, entityIds: readonly string[]): Set<string> {
  const nameParts = new Set<string>()
  for (const id of entityIds) {
    for (const part of id.slice(id.indexOf(':') + 1).split('-')) if (part) nameParts.add(stem(part))
  }
  const out = new Set<string>()
  const words = foldDiacritics(text).toLowerCase().replace(TURNED_DOWN_RE, 'rejected').replace(STEP_DOWN_RE, 'resigned').match(/[a-z0-9]+(?:[-'][a-z0-9]+)*/g) ?? []
  for (const raw of words) {
    const word = raw.replace(/'s$/, '')
    if (STOP.has(word) || (word.length < 2 && !/\d/.test(word))) continue
    const term = stem(SYNONYMS.get(word) ?? word).replace(/'/g, '')
    if (!term || STOP.has(term) || nameParts.has(term)) continue
    out.add(term)
  }
  return out
}

/** The term of a date bounding the proposition, by its last day: "until2025-12-31". */
const BOUND_PREFIX = 'until'
const BOUND_TERM = /^until\d{4}-\d\d-\d\d$/

/**
 * The key of the proposition stated by `text` about `entityIds`; `bounds` are
 * the last days (ISO) of dates that limit it ("until late December").
 * @example claimKey('Turkey has offered exile to Maduro', ['place:turkey', 'person:nicolas-maduro'])
 *   // → "person:nicolas-maduro place:turkey exil offer"
 */
export function claimKey(text: string, entityIds: readonly string[], bounds: readonly string[] = []): string {
  const ids = [...new Set(entityIds.filter((id) => id.includes(':')))].sort()
  const terms = [...lemmas(text, ids), ...bounds.map((day) => BOUND_PREFIX + day)]
  return [...ids, ...[...new Set(terms)].sort()].join(' ')
}

function weight(term: string): number {
  // A deadline pins the proposition down more than any word: few claims of a story share one.
  if (BOUND_TERM.test(term)) return 2.5
  if (/\d/.test(term)) return 1.5
  if (WEAK.has(term)) return 0.3
  return term.length >= STEM_CAP ? 1.3 : 1
}

interface Parts {
  readonly entities: Set<string>
  readonly terms: Set<string>
}

function split(key: string): Parts {
  const entities = new Set<string>()
  const terms = new Set<string>()
  for (const t of key.split(' ')) if (t) (t.includes(':') ? entities : terms).add(t)
  return { entities, terms }
}

function mass(set: ReadonlySet<string>, w: (t: string) => number): number {
  let sum = 0
  for (const t of set) sum += w(t)
  return sum
}

/** Weighted overlap: the mean of Jaccard (same size) and containment (one restates part of the other). */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>, w: (t: string) => number): { jaccard: number; containment: number } {
  let shared = 0
  for (const t of a) if (b.has(t)) shared += w(t)
  const ma = mass(a, w)
  const mb = mass(b, w)
  const union = ma + mb - shared
  return { jaccard: union > 0 ? shared / union : 1, containment: Math.min(ma, mb) > 0 ? shared / Math.min(ma, mb) : 0 }
}

/**
 * How likely two claim keys state the same proposition, in [0, 1]; 0.5 or
 * more means "same". The content words decide; the entities scale the result:
 * two keys about different entities ("Turkey offered exile" / "Qatar offered
 * exile") stay apart however alike their words, while a key naming no entity
 * is only mildly held back.
 */
export function claimSimilarity(keyA: string, keyB: string): number {
  if (keyA === keyB) return 1
  const a = split(keyA)
  const b = split(keyB)
  const words = overlap(a.terms, b.terms, weight)
  const wordScore = a.terms.size && b.terms.size ? (words.jaccard + words.containment) / 2 : a.terms.size || b.terms.size ? 0 : 1
  let entityFactor = 1
  if (a.entities.size && b.entities.size) entityFactor = 0.3 + 0.7 * overlap(a.entities, b.entities, () => 1).jaccard
  else if (a.entities.size || b.entities.size) entityFactor = 0.8
  // One of the two refuses what the other states: another proposition, however alike the rest.
  const turned = [...TURNING].some((t) => a.terms.has(t) !== b.terms.has(t))
  const score = wordScore * entityFactor * (turned ? 0.5 : 1)
  // Rounded so that summing the same weights in another order cannot make (a, b) and (b, a) differ.
  return Math.round(Math.max(0, Math.min(1, score)) * 1e6) / 1e6
}
