/**
 * @module nlp/claims/no-comment — sentences that only say someone did not
 * comment: "X did not respond to a request for comment", "declined to
 * comment", "the government does not comment on rumours". News prints one in
 * almost every report; they assert nothing about the story, so they are no
 * claims (a storyline would otherwise lead with "does not comment on rumours"
 * carried by three origins and list "did not respond" as a denial).
 */

const NO_COMMENT = new RegExp(
  [
    String.raw`\b(?:declined|refused|would\s+not|wouldn't|did\s+not|didn't|does\s+not|doesn't|do\s+not|don't|could\s+not|couldn't)\s+(?:immediately\s+)?(?:to\s+)?(?:comment|respond|reply|return)`,
    String.raw`\bnot\s+(?:be\s+)?(?:immediately\s+)?(?:reached|available)\s+for\s+comment`,
    String.raw`\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:commented|responded|replied)`,
    String.raw`\bno\s+(?:immediate\s+)?comment\b`,
    String.raw`\b(?:declinó|rehusó|evitó)\s+(?:hacer\s+)?comentar`,
    String.raw`\bno\s+(?:respondió|ha\s+respondido|quiso\s+comentar|hizo\s+comentarios|comenta)\b`,
  ].join('|'),
  'iu',
)

/** The words left once a no-comment formula is taken out: none of substance means the sentence says nothing else. */
const SUBSTANCE = /[\p{L}\p{N}]{4,}/gu

/**
 * Whether `text` (a sentence or a quote's content) only says that someone did
 * not comment: a no-comment formula, and at most a few content words besides
 * it (who, and "on the report" / "on rumours"), so a sentence that goes on to
 * say something ("declined to comment but said talks would resume") stays a claim.
 */
export function isNoComment(text: string): boolean {
  const m = NO_COMMENT.exec(text)
  if (!m) return false
  const rest = text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)
  return (rest.match(SUBSTANCE) ?? []).length <= 7
}
