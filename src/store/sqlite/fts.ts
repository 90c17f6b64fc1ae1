/**
 * @module store/sqlite/fts
 * Full-text search on SQLite: an FTS5 table tokenised with
 * `unicode61 remove_diacritics 2`, which folds case and accents ("Erdoğan" and
 * "Erdogan" index alike). unicode61 leaves letters without a decomposition
 * alone (ı, ß, ø, æ, œ, đ, ł), so a third column holds just the words that
 * contain one, folded by foldDiacritics: "Diyarbakır" is then also found as
 * "diyarbakir", "Straße" as "strasse".
 *
 * The FTS rowid is the article id read as a 64-bit integer, so a superseded
 * version is dropped from the index by rowid without a scan.
 */
import { sql, type Kysely } from 'kysely'
import { foldDiacritics } from '../../util/text.js'
import type { IndexedArticle, SearchIndex, SearchRow } from '../engine.js'
import type { Database } from '../schema.js'

/** bm25 weight of a title hit relative to a body hit. */
const TITLE_WEIGHT = 5
/** Tokens of body text around the match in a snippet. */
const SNIPPET_TOKENS = 24

const WORD = /[\p{L}\p{N}\p{M}]+/gu
/** Letters unicode61 does not fold to ASCII. */
const UNFOLDED_LETTER = /[ıİßøØæÆœŒđĐłŁ]/u

/** The article id (16 hex digits) as the signed 64-bit rowid of its FTS row. */
function ftsRowid(id: string): bigint {
  return BigInt.asIntN(64, BigInt('0x' + id))
}

/** Folded forms of the words unicode61 would keep as they are, once each. */
export function extraFoldedWords(text: string): string {
  const out = new Set<string>()
  for (const m of text.matchAll(WORD)) {
    if (UNFOLDED_LETTER.test(m[0])) out.add(foldDiacritics(m[0]).toLowerCase())
  }
  return [...out].join(' ')
}

/** Every term quoted as an FTS5 string (terms hold only letters, digits and marks), ANDed. */
export function ftsMatch(terms: readonly string[]): string {
  return terms
    .map((t) => {
      const folded = foldDiacritics(t)
      return folded.toLowerCase() === t.toLowerCase() ? `"${t}"` : `("${t}" OR "${folded}")`
    })
    .join(' AND ')
}

export const sqliteSearch: SearchIndex = {
  async create(db: Kysely<any>): Promise<void> {
    await sql`create virtual table articles_fts using fts5(
      article_id unindexed, title, body, folded,
      tokenize = 'unicode61 remove_diacritics 2'
    )`.execute(db)
  },

  async update(trx: Kysely<Database>, added: IndexedArticle, superseded: string | null): Promise<void> {
    const title = added.title ?? ''
    await sql`insert into articles_fts (rowid, article_id, title, body, folded)
      values (${ftsRowid(added.id)}, ${added.id}, ${title}, ${added.text}, ${extraFoldedWords(title + ' ' + added.text)})`.execute(trx)
    if (superseded) await sql`delete from articles_fts where rowid = ${ftsRowid(superseded)}`.execute(trx)
  },

  async query(db: Kysely<Database>, terms: readonly string[], limit: number): Promise<SearchRow[]> {
    const { rows } = await sql<SearchRow>`
      select a.id, a.title, a.outlet_id, a.outlet_name, a.published,
        snippet(articles_fts, 2, '', '', '…', ${SNIPPET_TOKENS}) as snippet,
        -bm25(articles_fts, 0.0, ${TITLE_WEIGHT}, 1.0, 1.0) as rank
      from articles_fts join articles a on a.id = articles_fts.article_id
      where articles_fts match ${ftsMatch(terms)} and a.superseded_by is null
      order by bm25(articles_fts, 0.0, ${TITLE_WEIGHT}, 1.0, 1.0), a.id
      limit ${limit}`.execute(db)
    return rows
  },
}
