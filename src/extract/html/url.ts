/**
 * @module extract/html/url
 * Addresses found in a page (canonical link, images, related links) made absolute.
 */

/** `href` resolved against `base`; an absolute-looking address that does not parse is kept as written. */
export function resolveUrl(href: string, base: string | null): string | null {
  try {
    return new URL(href, base ?? undefined).href
  } catch {
    return /^https?:\/\//i.test(href) ? href : null
  }
}
