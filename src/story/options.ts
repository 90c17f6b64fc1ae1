/**
 * @module story/options — every tunable of the story stage, with its default
 * and why it was chosen, and the check that rejects impossible values.
 */
import { StorytraceError } from '../errors.js'

/** Number of MinHash functions: 128 keeps the Jaccard estimate within ±0.05 (1σ ≈ 0.035 at J = 0.8). */
export const MINHASH_SIZE = 128
/** LSH rows per band: 32 bands × 4 rows catch J = 0.8 pairs with p ≈ 1 and J = 0.3 pairs with p ≈ 0.23. */
export const LSH_ROWS = 4
/** Words per shingle: 5-word shingles are rare enough that independent articles share almost none. */
export const SHINGLE_WORDS = 5
/**
 * Estimated Jaccard at or above which two bodies are copies. Calibrated at 0.8:
 * a syndicated body with a new headline and a short boilerplate footer scores
 * 0.9–1.0, two articles about the same event written apart score below 0.1.
 */
export const COPY_THRESHOLD = 0.8
/**
 * Share of the shorter body's sampled shingles found in the longer one for a
 * trimmed copy. 0.8 tolerates a changed sentence or two in a cut-down re-post.
 */
export const CONTAINMENT_THRESHOLD = 0.8
/** Keep one shingle in this many (by hash) for the containment index: a content-defined, order-free sample. */
export const CONTAINMENT_SAMPLE = 4
/** A body needs this many sampled shingles (≈ 25 words) before containment can call it a copy. */
export const MIN_CONTAINMENT_SAMPLES = 6
/** A body needs this many shingles before it can be a copy at all: empty or one-line bodies never are. */
export const MIN_COPY_SHINGLES = 8
/**
 * Days a body stays in the copy index after publication. Syndication and
 * re-posts follow the original within days; a month keeps late re-posts while
 * the index stays the size of one month of articles.
 */
export const COPY_WINDOW_DAYS = 30
/** Posting lists longer than this (boilerplate shared by many bodies) stop growing and are not scanned further: 64 keeps the scan per article small while a syndicated family still matches through its first 64 members. */
export const MAX_COPY_POSTING = 64

/**
 * Similarity (0..1) to a storyline's centroid needed to join it, and the
 * weights of its three parts. Chosen by grid on three sets at once: ECB+
 * topics 1-11 (the tuning half; topics 12-22 are held out, npm run
 * eval:storylines reports both), where two events of one kind (two
 * earthquakes, two arrests) must stay apart; the example corpus (npm run
 * eval:gold), where reaction and analysis pieces must join their story; and
 * the synthetic stream of the storyline bench, where stories of one kind in
 * one country run side by side. On ECB+ 0.16 scores best (0.865), 0.18-0.20
 * 0.853-0.857; on the synthetic stream 0.16 merges side-by-side stories
 * started while the running frequencies are still flat (F1 0.87 over
 * articles 10k-20k) where 0.20 keeps them apart (0.98); the example corpus is
 * 1.000 throughout. Term-heavier (0.7/0.3/0) or event-heavier (0.6/0.2/0.2)
 * weights scored 0.851 and 0.806 on ECB+.
 */
export const JOIN_THRESHOLD = 0.2
/**
 * Storyline-to-storyline similarity (centroid to centroid, cluster.ts) at or
 * above which two storylines an article could join both are merged. Stricter
 * than joining because a merge is a claim about two whole storylines, not one
 * report: see the calibration in docs/measurements.md ("Storyline merges").
 */
export const MERGE_THRESHOLD = 0.4
/** Weight of body-term TF-IDF cosine in the join score: on ECB+ wording separates same-kind events best. */
export const TERM_WEIGHT = 0.6
/** Weight of specificity-weighted entity cosine: who and where. */
export const ENTITY_WEIGHT = 0.3
/** Weight of event-type overlap: an arrest story and a quake story rarely share types. */
export const EVENT_WEIGHT = 0.1
/**
 * Terms kept per article vector. 200 keeps nearly every content word of a news
 * report: on ECB+ topics 1-11 the cap of 40 lost the rare details (a town, a
 * year) that tell two events of one kind apart (BCubed F1 0.836 → 0.865).
 */
export const TERMS_PER_ARTICLE = 200
/**
 * Sentences that make up an article's lead, and how much more a term used in
 * the lead weighs than one used only further down. News leads say what
 * happened, to whom and where; the rest is background that two events of one
 * kind share (the history of the rule, the team's season). On ECB+ topics 1-11
 * weighting lead terms double (three sentences) in the join score lifts BCubed
 * F1 0.847 → 0.858, by recall (reports of one event told in like leads join);
 * one or two sentences and triple weight did no better. Merges compare plain
 * body terms (cluster.ts). Articles without a sentences layer have no lead
 * and keep plain weights.
 */
export const LEAD_SENTENCES = 3
export const LEAD_TERM_WEIGHT = 2
/**
 * A report whose protagonist the storyline never named, while the
 * storyline's own protagonist goes unnamed in the report, joins with its
 * score times this factor (protagonists.ts). On ECB+ topics 1-11 it keeps
 * the second of two title fights of one champion out of the first one's
 * storyline (BCubed F1 0.874 → 0.885, held-out half unchanged); any factor
 * up to 0.5 does the same there, 0.6 and above do nothing.
 */
export const PROTAGONIST_CONFLICT_FACTOR = 0.5
/** A protagonist is named at least this often in the report: a name said once is no centre (1 costs held-out topics a split). */
export const PROTAGONIST_MIN_MENTIONS = 2
/** Names a storyline's protagonist tally keeps: only a name that led half its reports counts, so a few suffice. */
export const MAX_STORY_PROTAGONISTS = 8
/** Highest-TF-IDF terms of an article used as inverted-index keys for candidate retrieval. */
export const TERM_KEYS = 8
/** Terms and entities kept per storyline centroid: a storyline growing for months keeps its strongest words, not every word it ever used. */
export const CENTROID_TERMS = 400
/** Candidate storylines scored in full per article: bounds the work per article. 15 and 40 give the same storylines on ECB+ and the synthetic bench; 15 is 30% faster. */
export const MAX_CANDIDATES = 15
/** Most recent storylines scanned per index key: very common keys (place:united-states) stay cheap. */
export const MAX_POSTING_SCAN = 200
/** Days outside a storyline's publication window that cost nothing: a weekly follow-up keeps its full score. */
export const TIME_GRACE_DAYS = 7
/**
 * Beyond the grace, the join score decays by e per this many days. A story
 * reported every week or so for six weeks keeps joining (10 days apart costs
 * 13%), a quake in another province four weeks later needs twice the content
 * similarity, one months later cannot join.
 */
export const TIME_DECAY_DAYS = 21
/** Time expressions with longer intervals (a year, "the 1990s") are background, not activity dates. */
export const MAX_ACTIVITY_INTERVAL_DAYS = 31
/**
 * Days a term or entity stays in the document-frequency table after its last
 * use. Three months keeps every word in current use (common words recur daily)
 * and forgets the names of stories long over, so the table stops growing.
 */
export const FREQUENCY_MEMORY_DAYS = 90
/** Key entities listed per storyline. */
export const TOP_ENTITIES = 15

/** claimSimilarity (nlp/claims/similarity.ts) at or above which two claim keys are the same proposition: its own "same" line. */
export const CLAIM_MERGE_THRESHOLD = 0.5
/** Days between two event intervals that still count as adjacent (reports round to the day either side). */
export const EVENT_ADJACENT_DAYS = 1
/**
 * Days after an expected event's interval in which a report that it happened
 * still confirms it: plans announced for "next week" often slip by days, and a
 * week's slip is still the planned event, not a new one.
 */
export const EXPECTED_SLIP_DAYS = 7
/** An undated event report stands for something in the days before publication: this many days back. */
export const UNDATED_LOOKBACK_DAYS = 2

export interface StoryOptions {
  readonly copyThreshold?: number
  readonly containmentThreshold?: number
  readonly joinThreshold?: number
  readonly mergeThreshold?: number
  readonly termWeight?: number
  readonly entityWeight?: number
  readonly eventWeight?: number
  readonly maxCandidates?: number
  readonly timeGraceDays?: number
  readonly timeDecayDays?: number
  readonly topEntities?: number
  readonly claimMergeThreshold?: number
  readonly eventAdjacentDays?: number
  readonly expectedSlipDays?: number
  readonly undatedLookbackDays?: number
}

export type ResolvedOptions = Required<StoryOptions>

export const DEFAULT_STORY_OPTIONS: ResolvedOptions = {
  copyThreshold: COPY_THRESHOLD,
  containmentThreshold: CONTAINMENT_THRESHOLD,
  joinThreshold: JOIN_THRESHOLD,
  mergeThreshold: MERGE_THRESHOLD,
  termWeight: TERM_WEIGHT,
  entityWeight: ENTITY_WEIGHT,
  eventWeight: EVENT_WEIGHT,
  maxCandidates: MAX_CANDIDATES,
  timeGraceDays: TIME_GRACE_DAYS,
  timeDecayDays: TIME_DECAY_DAYS,
  topEntities: TOP_ENTITIES,
  claimMergeThreshold: CLAIM_MERGE_THRESHOLD,
  eventAdjacentDays: EVENT_ADJACENT_DAYS,
  expectedSlipDays: EXPECTED_SLIP_DAYS,
  undatedLookbackDays: UNDATED_LOOKBACK_DAYS,
}

const UNIT_INTERVAL: readonly (keyof StoryOptions)[] = [
  'copyThreshold',
  'containmentThreshold',
  'joinThreshold',
  'mergeThreshold',
  'claimMergeThreshold',
]
const POSITIVE_INTEGER: readonly (keyof StoryOptions)[] = ['maxCandidates', 'topEntities']

/** Merges the caller's options over the defaults; throws E_CONFIG for values outside their range. */
export function resolveOptions(options: StoryOptions = {}): ResolvedOptions {
  const merged: { -readonly [K in keyof ResolvedOptions]: number } = { ...DEFAULT_STORY_OPTIONS }
  for (const [key, value] of Object.entries(options) as [keyof StoryOptions, number | undefined][]) {
    if (value === undefined) continue
    if (!(key in DEFAULT_STORY_OPTIONS)) {
      throw new StorytraceError('E_CONFIG', `unknown story option "${key}"`, { key })
    }
    const bad =
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value < 0 ||
      (UNIT_INTERVAL.includes(key) && value > 1) ||
      (POSITIVE_INTEGER.includes(key) && (!Number.isInteger(value) || value < 1)) ||
      (key === 'timeDecayDays' && value === 0)
    if (bad) throw new StorytraceError('E_CONFIG', `story option "${key}" has an invalid value`, { key, value })
    merged[key] = value
  }
  if (merged.termWeight + merged.entityWeight + merged.eventWeight === 0) {
    throw new StorytraceError('E_CONFIG', 'story similarity weights must not all be zero', {})
  }
  return merged
}
