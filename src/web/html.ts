/**
 * @module web/html — escaping and a synchronous `html` tagged template.
 * Every interpolated value is escaped unless it is already `SafeHtml`, so
 * user-derived text (titles, bodies, entity names) can never inject markup.
 * Synchronous on purpose: page renderers stay pure functions returning strings.
 */

/** Markup that is already escaped and may be embedded as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const ESCAPE_RE = /[&<>"']/g
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(ESCAPE_RE, (c) => ESCAPES[c]!)
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[]

function append(out: string[], v: HtmlValue): void {
  if (v === null || v === undefined || v === false || v === true) return
  if (v instanceof SafeHtml) out.push(v.value)
  else if (Array.isArray(v)) for (const x of v as readonly HtmlValue[]) append(out, x)
  else out.push(escapeHtml(String(v)))
}

/** html`<p>${title}</p>`: escapes strings and numbers, embeds SafeHtml, flattens arrays, drops null/booleans. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  const out: string[] = []
  for (let i = 0; i < strings.length; i++) {
    out.push(strings[i]!)
    if (i < values.length) append(out, values[i]!)
  }
  return new SafeHtml(out.join(''))
}

/** Marks a trusted constant string (a stylesheet, a fixed snippet) as markup. */
export function raw(s: string): SafeHtml {
  return new SafeHtml(s)
}
