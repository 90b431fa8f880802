import { sql } from '@payloadcms/db-postgres'

import type { Locale } from '@/i18n/locales'
import type { Statement } from '../database'

/** PostgreSQL's text search configuration (Snowball stemmer and stop words) for each locale. */
export const TEXT_SEARCH_CONFIGS: Record<Locale, string> = {
  en: 'english',
  fr: 'french',
  es: 'spanish',
  pt: 'portuguese',
}

/**
 * The lexemes of a text, accent-insensitive. Snowball stemmers need the accents to find Spanish and
 * Portuguese suffixes ("rehabilitación" and "rehabilitaciones" both stem to "rehabilit", but without
 * accents the first stays "rehabilitacion"), so a text is stemmed as written and then unaccented.
 * With `variants` (for short texts, titles and names: parsing is what indexing costs), also
 * the stems of the unaccented text, for visitors who type without accents, and the unstemmed words
 * ('simple' configuration), so proper names match as typed. The forms come from the same words, so
 * their positions coincide and the union keeps phrase search and ranking.
 */
export function lexemes(config: Statement, text: Statement, options: { variants?: boolean } = {}): Statement {
  const stemmed = sql`unaccent(to_tsvector(${config}, ${text})::text)`
  if (!options.variants) return sql`${stemmed}::tsvector`
  return sql`(${stemmed} || ' ' || to_tsvector(${config}, unaccent(${text}))::text
    || ' ' || to_tsvector('simple', unaccent(${text}))::text)::tsvector`
}

/** A visitor's query in the same forms as the documents (see `lexemes`), any of which may match. */
export function textQuery(config: Statement, q: string): Statement {
  return sql`(unaccent(websearch_to_tsquery(${config}, ${q})::text)::tsquery
    || websearch_to_tsquery(${config}, unaccent(${q}))
    || websearch_to_tsquery('simple', unaccent(${q})))`
}

/** The plain text of a Lexical rich-text value (every text node, in document order). */
export function lexicalText(json: Statement): Statement {
  return sql`(SELECT string_agg(node #>> '{}', ' ') FROM jsonb_path_query(${json}, 'strict $.** ? (@.type == "text").text') AS node)`
}
