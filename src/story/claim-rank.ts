/**
 * @module story/claim-rank — the order a storyline lists its claims in: the
 * ones a reader following the story must see first. A storyline of ten
 * articles carries some ninety claims, most of them one outlet's background
 * sentences; the few that several independent origins carry, or whose status
 * moved (contested, confirmed, refuted), are the story.
 */
import type { TrackedClaim } from './types.js'

/** Most independent origins first, then claims whose status moved, then more reports; ties keep first-reported order. */
export function rankClaims(claims: readonly TrackedClaim[]): TrackedClaim[] {
  return claims
    .map((claim, i) => ({ claim, i }))
    .sort(
      (a, b) =>
        b.claim.independentSources - a.claim.independentSources ||
        Number(b.claim.history.length > 1) - Number(a.claim.history.length > 1) ||
        b.claim.sources.length - a.claim.sources.length ||
        a.i - b.i,
    )
    .map(({ claim }) => claim)
}
