/**
 * @module engine/analyze
 * From an extracted article to an analysed Doc: canonicalise the outlet
 * through the knowledge base (so "NYTimes" and nytimes.com give the same
 * outlet id as "The New York Times"), make the Doc with the paragraphs layer
 * extraction found, and run the NLP pipeline over it.
 */
import { createDoc } from '../doc/doc.js'
import type { ArticleMeta, Doc } from '../doc/types.js'
import type { ExtractedArticle } from '../extract/types.js'
import { resolveOutlet } from '../nlp/entities/kb.js'
import { defaultPipeline } from '../nlp/index.js'
import { entityId } from '../util/text.js'

/** The outlet as the knowledge base knows it, else as the page names it. */
export function canonicalMeta(meta: ArticleMeta): ArticleMeta {
  const named = meta.outlet?.name ?? null
  const known = (named && resolveOutlet(named)) || (meta.url && resolveOutlet(meta.url)) || null
  if (known) return { ...meta, outlet: { id: known.id, name: known.name } }
  if (named) return { ...meta, outlet: { id: entityId('OUTLET', named), name: named } }
  return meta
}

export function toDoc(article: ExtractedArticle): Doc {
  return createDoc(article.text, canonicalMeta(article.meta), { paragraphs: article.paragraphs })
}

export function analyze(article: ExtractedArticle): Doc {
  return defaultPipeline().run(toDoc(article))
}
