/**
 * @module extract/html/walk
 * The single pass over a page: htmlparser2's parse events are consumed as they
 * come, with no DOM built (parsing alone is about nine times faster that way).
 * A stack of open elements (no recursion, so 5,000 nested divs are fine)
 * sees every element once and collects everything
 * later steps need: text segments in document order with their owning block,
 * per-element text and link lengths, paragraph scores for the body scorer,
 * anchors, <time> elements, meta/link tags, JSON-LD and itemprop values.
 */
import { Parser } from 'htmlparser2'
import { nonSpaceLength } from '../article.js'
import { boilerplateHint, classWeight, isHiddenElement } from './hints.js'

/** Elements whose content is never article text. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'video', 'audio', 'select', 'button', 'input', 'textarea', 'option', 'map', 'dialog',
])
/** Elements that end one text segment and start another. */
const BLOCK_TAGS = new Set([
  'html', 'body', 'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot',
  'tr', 'td', 'th', 'caption', 'figure', 'figcaption', 'form', 'fieldset', 'address', 'hr', 'center', 'details',
  'summary', 'menu', 'hgroup', 'picture',
])
/** Containers that are boilerplate by their tag alone. */
/** (Not form: some sites wrap the whole page in one.) */
const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'footer', 'menu'])
/** itemprop values worth collecting as text. */
const ITEMPROPS = new Set(['author', 'name', 'headline', 'datepublished', 'datemodified', 'publisher', 'creator'])
/** Paragraphs shorter than this do not vote for their container. */
const MIN_SCORING_CHARS = 25
/** Characters of text per extra point, up to MAX_LENGTH_POINTS. */
const CHARS_PER_POINT = 100
const MAX_LENGTH_POINTS = 3
/** A paragraph whose text is mostly link text does not vote. */
const MAX_SCORING_LINK_DENSITY = 0.5

export type SegmentKind = 'p' | 'h1' | 'h' | 'li' | 'quote' | 'pre' | 'caption' | 'cell' | 'text'

export interface Frame {
  readonly tag: string
  readonly parent: Frame | null
  readonly depth: number
  /** Pre-order number; with `last`, the range of every frame inside this one. */
  readonly pre: number
  last: number
  /** Depth of the innermost boilerplate container at or above this frame, -1 when none. */
  readonly boilerDepth: number
  /** Whether a container at or above this frame is boilerplate by its tag, role or a strong class word. */
  readonly strongBoiler: boolean
  readonly weight: number
  readonly hint: string
  textLen: number
  linkLen: number
  score: number
}

export interface Segment {
  readonly text: string
  readonly kind: SegmentKind
  /** Innermost block element holding the text. */
  readonly owner: Frame
  readonly linkLen: number
}

export interface AnchorInfo {
  readonly href: string
  readonly text: string
  readonly frame: Frame
  /** Innermost block around the link (a list item, a paragraph). */
  readonly block: Frame
}

export interface TimeInfo {
  readonly datetime: string | null
  readonly text: string
  readonly pubdate: boolean
  readonly itemprop: string | null
  readonly frame: Frame
  readonly block: Frame
}

export interface MetaTag {
  /** Lower-cased name, property, itemprop or http-equiv. */
  readonly key: string
  readonly content: string
}

export interface WalkResult {
  readonly root: Frame
  readonly segments: Segment[]
  readonly anchors: AnchorInfo[]
  readonly times: TimeInfo[]
  readonly metas: MetaTag[]
  readonly links: { rel: string; href: string }[]
  readonly jsonLd: string[]
  readonly itemprops: { prop: string; text: string; frame: Frame }[]
  /** <img> sources in document order (data-src for lazy-loaded ones), with the image's frame. */
  readonly images: { src: string; frame: Frame }[]
  /** Texts of elements hinted as bylines (class/id/rel author). */
  readonly bylines: string[]
  /** Frames that received paragraph score, each once, for the body scorer. */
  readonly scored: Frame[]
  title: string | null
  lang: string | null
}

interface Collector {
  parts: string[]
  readonly done: (text: string) => void
}

/** What closing an open element must undo. */
interface OpenElement {
  readonly frame: Frame
  readonly tag: string
  readonly isBlock: boolean
  readonly isLink: boolean
  readonly collectors: number
}

function segmentKind(frame: Frame, inQuote: number, inFigure: number): SegmentKind {
  const t = frame.tag
  if (t === 'p') return inQuote ? 'quote' : inFigure ? 'caption' : 'p'
  if (t === 'h1') return 'h1'
  if (t.length === 2 && t[0] === 'h' && t[1]! >= '2' && t[1]! <= '6') return 'h'
  if (t === 'li' || t === 'dd' || t === 'dt') return 'li'
  if (t === 'blockquote' || inQuote) return 'quote'
  if (t === 'pre') return 'pre'
  if (t === 'figcaption' || inFigure) return 'caption'
  if (t === 'td' || t === 'th') return 'cell'
  return 'text'
}

const SPACE_RE = /\s+/g

/**
 * Walks a page once, straight from the parser's events. Fragments without
 * <html> are walked whole: everything sits under one '#document' frame.
 */
export function walkHtml(html: string): WalkResult {
  const segments: Segment[] = []
  const anchors: AnchorInfo[] = []
  const times: TimeInfo[] = []
  const metas: MetaTag[] = []
  const links: { rel: string; href: string }[] = []
  const jsonLd: string[] = []
  const itemprops: { prop: string; text: string; frame: Frame }[] = []
  const images: { src: string; frame: Frame }[] = []
  const bylines: string[] = []
  const scored: Frame[] = []
  let pre = 0
  const root: Frame = {
    tag: '#root', parent: null, depth: 0, pre: pre++, last: 0, boilerDepth: -1, strongBoiler: false, weight: 0, hint: '',
    textLen: 0, linkLen: 0, score: 0,
  }
  const result: WalkResult = { root, segments, anchors, times, metas, links, jsonLd, itemprops, images, bylines, scored, title: null, lang: null }

  const frames: Frame[] = [root]
  const blocks: Frame[] = [root]
  const open: OpenElement[] = []
  const collectors: Collector[] = []
  let parts: string[] = []
  let segLinkLen = 0
  let inLink = 0
  let inQuote = 0
  let inFigure = 0
  let lastWasBr = false
  // Elements whose content is not walked (skipped tags, hidden elements, <title>, scripts, void tags):
  // the number of them still open, and the direct text of the outermost one when it is kept.
  let skipDepth = 0
  let captured: string[] | null = null
  let onSkipEnd: ((text: string) => void) | null = null

  const skip = (keep: ((text: string) => void) | null): void => {
    skipDepth = 1
    onSkipEnd = keep
    captured = keep ? [] : null
  }

  const flush = (): void => {
    if (!parts.length) return
    const text = parts.join('').replace(SPACE_RE, ' ').trim()
    const link = segLinkLen
    parts = []
    segLinkLen = 0
    if (!text) return
    const owner = blocks[blocks.length - 1]!
    const kind = segmentKind(owner, inQuote, inFigure)
    segments.push({ text, kind, owner, linkLen: Math.min(link, text.length) })
    // Paragraphs inside boilerplate still vote: whole stories sit in wrappers named "modal" or "rail",
    // and the body scorer discounts boilerplate candidates instead.
    if (text.length < MIN_SCORING_CHARS || link / text.length > MAX_SCORING_LINK_DENSITY) return
    if (kind === 'h1' || kind === 'h' || kind === 'caption') return
    // Commas mark real sentences; length rewards substance, capped so one long blob cannot win alone.
    const points = 1 + (text.match(/,/g)?.length ?? 0) + Math.min(Math.floor(text.length / CHARS_PER_POINT), MAX_LENGTH_POINTS)
    // The paragraph's container gets full credit, its parent half, the next a third.
    let target = kind === 'text' || kind === 'cell' ? owner : owner.parent
    for (let level = 1; target && target !== root && level <= 3; level++, target = target.parent) {
      if (target.score === 0) scored.push(target)
      target.score += points / level
    }
  }

  const onText = (data: string): void => {
    if (skipDepth) {
      if (captured && skipDepth === 1) captured.push(data)
      return
    }
    if (!data) return
    parts.push(data)
    const len = nonSpaceLength(data)
    if (len) lastWasBr = false
    frames[frames.length - 1]!.textLen += len
    if (inLink) {
      segLinkLen += data.length
      frames[frames.length - 1]!.linkLen += len
    }
    for (const c of collectors) c.parts.push(data)
  }

  const onOpen = (tag: string, attribs: Record<string, string>): void => {
    if (skipDepth) {
      skipDepth++
      return
    }
    const get = (name: string): string | null => attribs[name] ?? null

    if (tag === 'br') {
      // Two line breaks in a row separate paragraphs on pages built without <p>.
      if (lastWasBr) flush()
      else parts.push(' ')
      lastWasBr = true
      return skip(null)
    }
    if (tag === 'meta') {
      const content = get('content')
      const key = get('property') ?? get('name') ?? get('itemprop') ?? get('http-equiv')
      if (content !== null && key) metas.push({ key: key.toLowerCase(), content })
      return skip(null)
    }
    if (tag === 'link') {
      const rel = get('rel')
      const href = get('href')
      if (rel && href) links.push({ rel: rel.toLowerCase(), href })
      return skip(null)
    }
    if (tag === 'script') {
      const isLd = (get('type') ?? '').toLowerCase().includes('ld+json')
      return skip(isLd ? (text) => { if (text.trim()) jsonLd.push(text) } : null)
    }
    if (tag === 'title') {
      return skip(result.title === null ? (text) => { result.title ??= text.replace(SPACE_RE, ' ').trim() } : null)
    }
    if (SKIP_TAGS.has(tag) || isHiddenElement(get)) return skip(null)

    const cls = get('class') ?? ''
    const id = get('id') ?? ''
    const role = get('role') ?? ''
    const hint = `${cls} ${id}`.toLowerCase()
    const isBlock = BLOCK_TAGS.has(tag)
    const kind = BOILERPLATE_TAGS.has(tag) ? 'strong' : boilerplateHint(hint, role, tag)
    const boiler = kind !== null
    // An inline element hinted as boilerplate ("Advertisement" label, share icons) is dropped whole.
    if (boiler && !isBlock && tag !== 'a' && tag !== 'time') return skip(null)

    const parent = frames[frames.length - 1]!
    const depth = parent.depth + 1
    const frame: Frame = {
      tag, parent, depth, pre: pre++, last: 0,
      boilerDepth: boiler ? depth : parent.boilerDepth,
      strongBoiler: kind === 'strong' || parent.strongBoiler,
      weight: classWeight(hint), hint, textLen: 0, linkLen: 0, score: 0,
    }
    if (tag === 'html' && result.lang === null) result.lang = get('lang') ?? get('xml:lang')

    if (isBlock || tag === 'li') flush()
    frames.push(frame)
    if (isBlock) blocks.push(frame)
    if (tag === 'img') {
      // Tracking pixels declare themselves one pixel wide; placeholders of lazy loaders are data: URIs.
      const src = [get('data-src'), get('src')].find((v) => v && !v.startsWith('data:'))
      const tiny = (v: string | null): boolean => v !== null && /^\s*[0-2](?:px)?\s*$/.test(v)
      if (src && !tiny(get('width')) && !tiny(get('height'))) images.push({ src, frame })
    }
    const href = tag === 'a' ? get('href') : null
    const isLink = href !== null
    if (isLink) inLink++
    if (tag === 'blockquote') inQuote++
    if (tag === 'figure' || tag === 'figcaption') inFigure++

    const before = collectors.length
    const blockNow = blocks[blocks.length - 1]!
    if (isLink) {
      collectors.push({ parts: [], done: (text) => anchors.push({ href, text, frame, block: blockNow }) })
      if ((get('rel') ?? '').toLowerCase().includes('author')) collectors.push({ parts: [], done: (t) => bylines.push(t) })
    }
    const itemprop = get('itemprop')
    if (tag === 'time') {
      const datetime = get('datetime')
      const pubdate = get('pubdate') !== null
      collectors.push({ parts: [], done: (text) => times.push({ datetime, text, pubdate, itemprop, frame, block: blockNow }) })
    }
    if (itemprop && tag !== 'time') {
      const prop = itemprop.toLowerCase()
      if (ITEMPROPS.has(prop)) {
        const value = get('content') ?? get('datetime')
        if (value !== null) itemprops.push({ prop, text: value, frame })
        else collectors.push({ parts: [], done: (text) => itemprops.push({ prop, text, frame }) })
      }
    }
    if (/(?:^|[\s_-])(?:byline|author|authors|author-name|byline-name)(?:$|[\s_-])/.test(hint) && !isLink) {
      collectors.push({ parts: [], done: (t) => bylines.push(t) })
    }
    open.push({ frame, tag, isBlock, isLink, collectors: collectors.length - before })
  }

  const onClose = (): void => {
    if (skipDepth) {
      if (--skipDepth === 0 && onSkipEnd) {
        const done = onSkipEnd
        const text = captured!.join('')
        onSkipEnd = null
        captured = null
        done(text)
      }
      return
    }
    const { frame, tag, isBlock, isLink, collectors: count } = open.pop()!
    if (isBlock) flush()
    for (let i = count; i > 0; i--) {
      const c = collectors.pop()!
      c.done(c.parts.join('').replace(SPACE_RE, ' ').trim())
    }
    if (isLink) inLink--
    if (tag === 'blockquote') inQuote--
    if (tag === 'figure' || tag === 'figcaption') inFigure--
    if (isBlock) blocks.pop()
    frames.pop()
    frame.last = pre - 1
    frame.parent!.textLen += frame.textLen
    frame.parent!.linkLen += frame.linkLen
  }

  // A page cut off inside a tag ("<a hr") ends with a close event for a tag that never finished opening.
  let unfinished = false
  onOpen('#document', {})
  const parser = new Parser(
    {
      onopentagname: () => (unfinished = true),
      onopentag: (tag, attribs) => {
        unfinished = false
        onOpen(tag, attribs)
      },
      ontext: onText,
      onclosetag: () => {
        if (unfinished) unfinished = false
        else onClose()
      },
    },
    { decodeEntities: true },
  )
  parser.write(html)
  parser.end()
  onClose()
  flush()
  root.last = pre - 1
  return result
}
