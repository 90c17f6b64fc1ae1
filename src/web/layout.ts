/**
 * @module web/layout — the page shell shared by every page: head, top bar with
 * navigation and search, and the main column.
 */
import { type SafeHtml, html } from './html.js'

export const STYLESHEET_PATH = '/static/style.css'

export interface PageOptions {
  readonly title: string
  readonly body: SafeHtml
  /** The current search query, shown back in the search box. */
  readonly query?: string
}

export function page(options: PageOptions): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · storytrace</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
</head>
<body>
<header class="top"><div class="wrap">
<a class="brand" href="/">story<span>trace</span></a>
<nav><a href="/">Storylines</a><a href="/articles">Articles</a><a href="/entities">Entities</a></nav>
<form class="search" action="/search" method="get" role="search">
<input type="search" name="q" value="${options.query ?? ''}" placeholder="Search articles" aria-label="Search articles">
<button type="submit">Search</button>
</form>
</div></header>
<main class="wrap">
${options.body}
</main>
<footer class="wrap">storytrace · every fact links to the sentence it came from</footer>
</body>
</html>
`.value
}

/** A full page for an error or an unknown address. */
export function errorPage(title: string, message: string): string {
  return page({ title, body: html`<h1>${title}</h1><p class="empty">${message}</p>` })
}
