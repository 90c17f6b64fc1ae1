/**
 * @module extract/html/body
 * Choosing the article body from the walk: the container whose paragraphs
 * score best (less its link text, plus what its class names say), joined by
 * sibling containers that score nearly as well (a lead split from the rest),
 * then filtered paragraph by paragraph: boilerplate containers, related boxes,
 * link lists, captions, bylines and "Advertisement"-style labels stay out.
 */
import { collapseSpace } from '../article.js'
import { findDate } from '../dates.js'
import type { PreRange } from './related.js'
import type { Frame, Segment, WalkResult } from './walk.js'

/** A sibling container joins the body when it scores at least this share of the best one. */
const SIBLING_SHARE = 0.2
/** Class weight (±25) over this gives the factor on a candidate's score: ×1.5 or ×0.5. */
const WEIGHT_SCALE = 50
/**
 * Score share kept by a candidate inside a boilerplate container (it may still be the only story):
 * less inside a footer, navigation or share box than inside a "sidebar" or "modal", which some
 * sites name the story's own wrapper.
 */
const STRONG_BOILERPLATE_DISCOUNT = 0.2
const WEAK_BOILERPLATE_DISCOUNT = 0.5
/** A segment whose text is more than this share of link text is navigation. */
const MAX_LINK_DENSITY = 0.5
/** Below this share of the containers' text, boilerplate inside them was the story itself. */
const MIN_KEPT_SHARE = 0.25
/** Bylines and datelines are short; longer lines starting "By" are prose. */
const MAX_LABEL_CHARS = 80

/** Lines that sit in article containers but are never article text. */
const LABEL_RE =
  /^(?:advertisement|advertising|sponsored|publicidad|anuncio|share(?: this(?: article| story)?)?(?: on \w+)?|compartir|read more|leer más|lee más|sign up|subscribe(?: now)?|suscríbete|follow us(?: on \w+)?|skip to (?:main )?content|image caption|media caption|getty images|comments?|\d+ comments?|print|email|copy link|listen to (?:this )?article|loading\.*|cookies?.*)\W*$/i
const BYLINE_RE = /^(?:by|por|written by|reporting by)\s+\p{Lu}/iu
const DATELINE_RE = /^(?:published|updated|last updated|posted|publicado|actualizado)\b/i

function adjusted(f: Frame): number {
  const density = f.textLen ? f.linkLen / f.textLen : 0
  // Class names scale the paragraph score; they never create one (an empty "content" div stays empty).
  const score = f.score * (1 + f.weight / WEIGHT_SCALE) * (1 - density)
  if (f.boilerDepth < 0) return score
  return score * (f.strongBoiler ? STRONG_BOILERPLATE_DISCOUNT : WEAK_BOILERPLATE_DISCOUNT)
}

interface BodyRegion {
  readonly ranges: PreRange[]
  /** Boilerplate containers at or above this depth wrap the whole body and do not count. */
  readonly depth: number
  /** Characters of text (without spaces) in the chosen containers. */
  readonly textLen: number
}

/** The frames whose text makes the body (best container plus strong siblings). */
function bodyRegion(walk: WalkResult): BodyRegion {
  let best: Frame | null = null
  let top = -Infinity
  for (const f of walk.scored) {
    const s = adjusted(f)
    if (s > top) {
      top = s
      best = f
    }
  }
  if (!best) return { ranges: [{ from: walk.root.pre, to: walk.root.last }], depth: walk.root.depth, textLen: 0 }
  const ranges: PreRange[] = [{ from: best.pre, to: best.last }]
  let textLen = best.textLen
  for (const f of walk.scored) {
    if (f === best) continue
    const sibling = f.parent === best.parent
    // A story split in two by a figure or a promo often sits in two containers of one class, under different parents.
    const twin = f.tag === best.tag && f.hint === best.hint && f.hint.trim() !== '' && (f.pre > best.last || f.last < best.pre)
    if ((sibling || twin) && adjusted(f) >= top * SIBLING_SHARE) {
      ranges.push({ from: f.pre, to: f.last })
      textLen += f.textLen
    }
  }
  return { ranges, depth: best.depth, textLen }
}

function isLabel(s: Segment): boolean {
  if (LABEL_RE.test(s.text)) return true
  if (s.text.length <= MAX_LABEL_CHARS && (BYLINE_RE.test(s.text) || DATELINE_RE.test(s.text))) return true
  // A line that is only a date (with its time) is a dateline.
  const d = s.text.length <= MAX_LABEL_CHARS ? findDate(s.text) : null
  return d !== null && d.length >= s.text.length * 0.6
}

/** Paragraph texts of the body, in document order. */
export function bodyParagraphs(walk: WalkResult, exclude: readonly PreRange[]): string[] {
  const { ranges, depth, textLen } = bodyRegion(walk)
  // A "related" class on a wrapper around the whole story marks the page, not a box.
  const boxes = exclude.filter((x) => !ranges.some((r) => x.from <= r.from && x.to >= r.to))
  const strict = collectParagraphs(walk, ranges, boxes, depth)
  // A share-widget class on the story's own wrapper must not empty the body: keep it when it holds most of the text.
  const kept = strict.reduce((n, p) => n + p.length, 0)
  return kept >= textLen * MIN_KEPT_SHARE ? strict : collectParagraphs(walk, ranges, boxes, Infinity)
}

function collectParagraphs(walk: WalkResult, ranges: readonly PreRange[], boxes: readonly PreRange[], depth: number): string[] {
  const inRange = (f: Frame, rs: readonly PreRange[]): boolean => rs.some((r) => f.pre >= r.from && f.pre <= r.to)
  const out: string[] = []
  for (const s of walk.segments) {
    if (s.owner.boilerDepth > depth || !inRange(s.owner, ranges) || inRange(s.owner, boxes)) continue
    if (s.kind === 'h1' || s.kind === 'caption') continue
    if (s.linkLen / s.text.length > MAX_LINK_DENSITY) continue
    if (isLabel(s)) continue
    const text = collapseSpace(s.text)
    if (text && out[out.length - 1] !== text) out.push(text)
  }
  return out
}

/** Every readable paragraph outside boilerplate: for HTML fragments (feed items, JSON bodies) that hold only the article. */
export function allParagraphs(walk: WalkResult): string[] {
  const out: string[] = []
  for (const s of walk.segments) {
    if (s.owner.boilerDepth >= 0) continue
    const text = collapseSpace(s.text)
    if (text && out[out.length - 1] !== text) out.push(text)
  }
  return out
}
