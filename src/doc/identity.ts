/**
 * @module doc/identity
 * An article is identified by a hash of its content (concepts.md): the same
 * page read twice, from any path, gets the same id, while a syndicated copy
 * under another outlet or headline is an article of its own.
 */
import { contentHash } from '../util/text.js'
import type { Doc } from './types.js'

export function articleId(doc: Doc): string {
  return contentHash([doc.meta.url ?? '', doc.meta.outlet?.id ?? '', doc.meta.title ?? '', doc.text])
}
