/**
 * @module extract/html/hints
 * What class names, ids and roles say about an element: boilerplate
 * (navigation, ads, share bars, comments, related boxes, newsletter prompts,
 * photo captions and galleries)
 * or article content. Class names are split into words so "article-body" and
 * "share_bar" are read as words, not substrings ("lead" is not "ad").
 */

/** Words in a class or id that mark a boilerplate container, whatever else the element is called. */
const NEGATIVE_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'footer', 'comment', 'comments', 'share', 'sharing', 'social', 'related',
  'promo', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'newsletter', 'subscribe', 'subscription',
  'cookie', 'cookies', 'consent', 'outbrain', 'taboola', 'sponsor', 'sponsored', 'recirc', 'trending', 'popular',
  'paywall', 'signup', 'disqus', 'recommended', 'more-stories', 'readmore', 'byline', 'dateline', 'credit', 'credits', 'kicker', 'eyebrow',
  'caption', 'captions',
])
/**
 * Words that mark boilerplate only when nothing in the element's classes
 * names content: "article-body pagination-first" and "pg-rail-tall__body"
 * hold stories, a bare "sidebar" does not.
 */
const WEAK_NEGATIVE_WORDS = new Set([
  'sidebar', 'popup', 'modal', 'breadcrumb', 'breadcrumbs', 'masthead', 'toolbar', 'tags',
  'pagination', 'pager', 'rail', 'meta', 'banner', 'gallery', 'slideshow', 'carousel', 'lightbox',
  'image', 'images', 'img', 'photo', 'photos',
])
/** Words in a class or id that mark article content. */
const POSITIVE_WORDS = new Set([
  'article', 'story', 'content', 'body', 'entry', 'post', 'main', 'text', 'prose', 'blog', 'news', 'page', 'column',
])
/**
 * A word that turns the rest of a class into a statement about the page or a
 * neighbour, not about this element: "has-sidebar", "content-with-ads", "no-comments".
 */
const MODIFIER_WORDS = new Set(['has', 'with', 'no', 'without', 'is', 'show', 'hide', 'enable', 'disable', 'js', 'page', 'layout'])
/** ARIA roles of boilerplate regions. */
const NEGATIVE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'menu', 'menubar', 'dialog', 'alert'])
/** Elements that hold the page itself and must never be cut away. */
const PROTECTED_TAGS = new Set(['html', 'body', 'main', 'article'])
/** Class weight added to or taken from a candidate container's score. */
const HINT_WEIGHT = 25

const WORD_SPLIT_RE = /[\s_-]+/

function classNames(hint: string): string[] {
  return hint.split(/\s+/).filter(Boolean)
}

type Verdict = 'strong' | 'weak' | 'positive' | null

/** What one class name says: boilerplate (strong or weak), content, or nothing. */
function judgeClass(name: string): Verdict {
  let weak = false
  let positive = false
  for (const w of name.split(WORD_SPLIT_RE)) {
    if (!w) continue
    // Words after a modifier describe a neighbour: "content-with-sidebar" is content.
    if (MODIFIER_WORDS.has(w)) break
    if (NEGATIVE_WORDS.has(w)) return 'strong'
    if (WEAK_NEGATIVE_WORDS.has(w)) weak = true
    else if (POSITIVE_WORDS.has(w)) positive = true
  }
  return weak && !positive ? 'weak' : positive ? 'positive' : null
}

function negativeClass(name: string): boolean {
  const v = judgeClass(name)
  return v === 'strong' || v === 'weak'
}

/**
 * Whether the element's class, id or role marks it as boilerplate: 'strong'
 * (a boilerplate role or word: nav, share, comments), 'weak' (only words such
 * as sidebar or modal, which some sites use for the story's own wrapper) or null.
 */
export type BoilerKind = 'strong' | 'weak' | null

export function boilerplateHint(hint: string, role: string, tag: string): BoilerKind {
  if (PROTECTED_TAGS.has(tag)) return null
  if (role && NEGATIVE_ROLES.has(role.toLowerCase())) return 'strong'
  return judgeHint(hint).boiler
}

/** +HINT_WEIGHT for content-like names, -HINT_WEIGHT for boilerplate-like ones. */
export function classWeight(hint: string): number {
  return judgeHint(hint).weight
}

interface HintVerdict {
  readonly boiler: BoilerKind
  readonly weight: number
}

/**
 * Pages repeat the same few class strings on thousands of elements, so each
 * distinct one is judged once; the cap keeps a long batch from growing it forever.
 */
const hintCache = new Map<string, HintVerdict>()
const HINT_CACHE_MAX = 5000

function judgeHint(hint: string): HintVerdict {
  let v = hintCache.get(hint)
  if (v) return v
  v = { boiler: hintIsBoilerplate(hint), weight: hintWeight(hint) }
  if (hintCache.size >= HINT_CACHE_MAX) hintCache.clear()
  hintCache.set(hint, v)
  return v
}

function hintIsBoilerplate(hint: string): BoilerKind {
  if (!hint.trim()) return null
  const verdicts = classNames(hint).map(judgeClass)
  if (verdicts.includes('strong')) return 'strong'
  return verdicts.includes('weak') && !verdicts.includes('positive') ? 'weak' : null
}

function hintWeight(hint: string): number {
  if (!hint.trim()) return 0
  let w = 0
  let pos = false
  for (const name of classNames(hint)) {
    if (negativeClass(name)) w -= HINT_WEIGHT
    else if (!pos && name.split(WORD_SPLIT_RE).some((word) => POSITIVE_WORDS.has(word))) {
      pos = true
      w += HINT_WEIGHT
    }
  }
  return Math.max(-HINT_WEIGHT, w)
}

/** hidden, aria-hidden or an inline display:none/visibility:hidden style. */
export function isHiddenElement(get: (name: string) => string | null): boolean {
  if (get('hidden') !== null) return true
  if (get('aria-hidden') === 'true') return true
  const style = get('style')
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)
}
