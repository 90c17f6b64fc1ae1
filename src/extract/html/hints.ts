/**
 * @module extract/html/hints
 * What class names, ids and roles say about an element: boilerplate
 * (navigation, ads, share bars, comments, related boxes, newsletter prompts)
 * or article content. Class names are split into words so "article-body" and
 * "share_bar" are read as words, not substrings ("lead" is not "ad").
 */

/** Words in a class or id that mark a boilerplate container. */
const NEGATIVE_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'footer', 'comment', 'comments', 'share', 'sharing', 'social', 'related',
  'promo', 'ad', 'ads', 'advert', 'adverts', 'advertisement', 'banner', 'newsletter', 'subscribe', 'subscription',
  'cookie', 'cookies', 'consent', 'sidebar', 'widget', 'widgets', 'popup', 'modal', 'breadcrumb', 'breadcrumbs',
  'outbrain', 'taboola', 'sponsor', 'sponsored', 'recirc', 'trending', 'popular', 'paywall', 'signup', 'disqus',
  'masthead', 'toolbar', 'tags', 'pagination', 'pager', 'recommended', 'more-stories', 'readmore', 'rail', 'byline',
  'dateline', 'meta', 'credit', 'credits',
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

function negativeClass(name: string): boolean {
  const words = name.split(WORD_SPLIT_RE).filter(Boolean)
  for (const w of words) {
    // Words after a modifier describe a neighbour: "content-with-sidebar" is content.
    if (MODIFIER_WORDS.has(w)) return false
    if (NEGATIVE_WORDS.has(w)) return true
  }
  return false
}

/** True when the element's class, id or role marks it as boilerplate. */
export function boilerplateHint(hint: string, role: string, tag: string): boolean {
  if (PROTECTED_TAGS.has(tag)) return false
  if (role && NEGATIVE_ROLES.has(role.toLowerCase())) return true
  if (!hint.trim()) return false
  for (const name of classNames(hint)) if (negativeClass(name)) return true
  return false
}

/** +HINT_WEIGHT for content-like names, -HINT_WEIGHT for boilerplate-like ones. */
export function classWeight(hint: string): number {
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
