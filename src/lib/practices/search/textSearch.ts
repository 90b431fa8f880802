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
 * accents the first stays "rehabilitacion"), so a text is stemmed as written and then unaccented,
 * and also stemmed after unaccenting (for visitors who type without accents). With `names`, the
 * unstemmed words too ('simple' configuration), so proper names match as typed. The parts come
 * from the same words, so their positions coincide and the union keeps phrase search and ranking.
 */
export function lexemes(config: Statement, text: Statement, options: { names?: boolean } = {}): Statement {
  const simple = options.names ? sql` || ' ' || to_tsvector('simple', unaccent(${text}))::text` : sql``
  return sql`(unaccent(to_tsvector(${config}, ${text})::text) || ' ' || to_tsvector(${config}, unaccent(${text}))::text${simple})::tsvector`
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
