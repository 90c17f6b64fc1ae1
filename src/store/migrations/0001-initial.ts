/**
 * @module store/migrations/0001-initial
 * The tables every engine shares. Written once with Kysely's schema builder;
 * only the JSON and auto-numbered column types come from the engine's flavour.
 */
import { sql, type Kysely, type Migration } from 'kysely'
import type { SchemaFlavour } from '../engine.js'

export function initialMigration(flavour: SchemaFlavour): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('articles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('byline', 'text')
        .addColumn('outlet_id', 'text')
        .addColumn('outlet_name', 'text')
        .addColumn('published', 'text')
        .addColumn('modified', 'text')
        .addColumn('language', 'text')
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('meta', flavour.json, (c) => c.notNull())
        .addColumn('layers', flavour.json, (c) => c.notNull())
        .addColumn('errors', flavour.json, (c) => c.notNull())
        .addColumn('ingested_at', 'text', (c) => c.notNull())
        .addColumn('version_of', 'text', (c) => c.references('articles.id'))
        .addColumn('superseded_by', 'text', (c) => c.references('articles.id'))
        .execute()
      // putArticle looks up the current article at a URL, or at a source for docs without one.
      await db.schema.createIndex('articles_url_idx').on('articles').column('url').execute()
      await db.schema.createIndex('articles_source_idx').on('articles').column('source').execute()
      // listArticles pages through current articles by publication date.
      await db.schema
        .createIndex('articles_current_idx')
        .on('articles')
        .columns(['published', 'id'])
        .where(sql.ref('superseded_by'), 'is', null)
        .execute()

      await db.schema
        .createTable('entities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('entities_type_idx').on('entities').column('type').execute()

      await db.schema
        .createTable('article_entities')
        .addColumn('article_id', 'text', (c) => c.notNull().references('articles.id'))
        .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
        .addColumn('mentions', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_entities_pk', ['article_id', 'entity_id'])
        .execute()
      await db.schema.createIndex('article_entities_entity_idx').on('article_entities').column('entity_id').execute()

      await db.schema
        .createTable('ingest_failures')
        .addColumn('id', flavour.serial, (c) => c.primaryKey())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('storylines')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('first_published', 'text')
        .addColumn('last_published', 'text')
        .addColumn('article_count', 'integer', (c) => c.notNull())
        .addColumn('claim_count', 'integer', (c) => c.notNull())
        .addColumn('detail', flavour.json, (c) => c.notNull())
        .execute()
      await db.schema.createIndex('storylines_last_idx').on('storylines').column('last_published').execute()

      // No foreign key to articles: a graph is replaced wholesale and may be
      // saved by tools that computed it elsewhere.
      await db.schema
        .createTable('storyline_articles')
        .addColumn('storyline_id', 'text', (c) => c.notNull().references('storylines.id').onDelete('cascade'))
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('storyline_articles_pk', ['storyline_id', 'article_id'])
        .execute()
      await db.schema.createIndex('storyline_articles_article_idx').on('storyline_articles').column('article_id').execute()

      await db.schema
        .createTable('storyline_entities')
        .addColumn('storyline_id', 'text', (c) => c.notNull().references('storylines.id').onDelete('cascade'))
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('mentions', 'integer', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('storyline_entities_pk', ['storyline_id', 'entity_id'])
        .execute()
      await db.schema.createIndex('storyline_entities_entity_idx').on('storyline_entities').column('entity_id').execute()

      // The story stage's copy links (syndication, re-posts), replaced with the storylines.
      await db.schema
        .createTable('copy_links')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('original_id', 'text', (c) => c.notNull())
        .addColumn('similarity', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('copy_links_pk', ['article_id', 'original_id'])
        .execute()
    },
  }
}
