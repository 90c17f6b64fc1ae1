/**
 * @module extract/html/related
 * Related-news and "read more" boxes: found by their class names or by a
 * heading such as "Related News", kept out of the body, and returned as links
 * with the date each headline carries (a <time> or a date in its list item).
 */
import type { RelatedLink } from '../../doc/types.js'
import { collapseSpace } from '../article.js'
import { findDate, MIN_PLAUSIBLE_YEAR } from '../dates.js'
import type { DayOrder } from '../dates.js'
import { resolveUrl } from './url.js'
import type { Frame, WalkResult } from './walk.js'

/** A range of pre-order numbers: every frame inside a box. */
export interface PreRange {
  readonly from: number
  readonly to: number
}

const RELATED_HINT_RE =
  /(?:^|[\s_-])(?:related|relacionad[oa]s|readmore|read-more|more-stories|more-on|see-also|also-read|recommended|recirc|further-reading)(?:$|[\s_-])/

/** Headings that introduce a list of other articles, in en and es. */
export const RELATED_HEADING_RE =
  /^(?:related(?:\s+(?:news|stories|articles|coverage|content|reading))?|read\s+more|more\s+on\s+this\s+story|more\s+stories|see\s+also|further\s+reading|you\s+may\s+also\s+like|noticias\s+relacionadas|relacionad[oa]s|lee\s+también|te\s+puede\s+interesar|más\s+noticias)\s*:?$/i

/** Elements that hold the whole page; their classes describe the page, not a box. */
const PAGE_TAGS = new Set(['#document', 'html', 'body', 'main'])

/** Anchor texts shorter than this are icons, "More" buttons or section links, not headlines. */
const MIN_HEADLINE_CHARS = 12

const within = (f: Frame, r: PreRange): boolean => f.pre >= r.from && f.pre <= r.to

/** Boxes marked by class/id, and sections that start with a related-news heading. */
export function relatedBoxes(walk: WalkResult): PreRange[] {
  const boxes: PreRange[] = []
  const seen = new Set<Frame>()
  const consider = (start: Frame): void => {
    for (let f: Frame | null = start; f && f !== walk.root; f = f.parent) {
      if (seen.has(f)) return
      seen.add(f)
      if (!PAGE_TAGS.has(f.tag) && RELATED_HINT_RE.test(f.hint)) {
        boxes.push({ from: f.pre, to: f.last })
        return
      }
    }
  }
  for (const a of walk.anchors) consider(a.frame)
  const segs = walk.segments
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!
    if (s.text.length > 40 || !RELATED_HEADING_RE.test(s.text)) continue
    const parent = s.owner.parent ?? walk.root
    // The section runs to the next heading-like segment of its container, or the container's end.
    let to = parent.last
    for (let j = i + 1; j < segs.length; j++) {
      const o = segs[j]!.owner
      if (!within(o, { from: parent.pre, to: parent.last })) break
      if ((segs[j]!.kind === 'h' || segs[j]!.kind === 'h1') && o !== s.owner) {
        to = o.pre - 1
        break
      }
    }
    boxes.push({ from: s.owner.pre, to })
  }
  return boxes
}

/** The related links inside the boxes, each with the date its list item shows. */
export function relatedLinks(walk: WalkResult, boxes: readonly PreRange[], base: string | null, order: DayOrder): RelatedLink[] {
  const out: RelatedLink[] = []
  const seen = new Set<string>()
  for (const a of walk.anchors) {
    if (!boxes.some((b) => within(a.frame, b))) continue
    const date = dateNear(walk, a.block, a.text, order)
    const title = collapseSpace(date ? a.text.replace(date.text, '') : a.text).replace(/^[\s\-–—|•·(]+|[\s\-–—|•·(]+$/g, '')
    if (title.length < MIN_HEADLINE_CHARS || /^https?:/i.test(title)) continue
    const url = resolveUrl(a.href, base)
    const key = url ?? title
    if (seen.has(key)) continue
    seen.add(key)
    out.push({ title, url, date: date?.iso ?? null })
  }
  return out
}

function dateNear(walk: WalkResult, block: Frame, anchorText: string, order: DayOrder): { iso: string; text: string } | null {
  const range = { from: block.pre, to: block.last }
  for (const t of walk.times) {
    if (!within(t.frame, range)) continue
    const iso = findDate(t.datetime ?? t.text, order)?.iso.slice(0, 10)
    if (iso) return { iso, text: t.text }
  }
  const texts = [anchorText, ...walk.segments.filter((s) => within(s.owner, range)).map((s) => s.text)]
  for (const text of texts) {
    const d = findDate(text, order)
    if (d && Number(d.iso.slice(0, 4)) >= MIN_PLAUSIBLE_YEAR) {
      return { iso: d.iso.slice(0, 10), text: text.slice(d.index, d.index + d.length) }
    }
  }
  return null
}
