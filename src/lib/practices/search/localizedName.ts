import { sql } from '@payloadcms/db-postgres'

import { defaultLocale, type Locale } from '@/i18n/locales'
import type { Statement } from '../database'

/** The `name` of a city, country or theme row `alias` in `locale`, else in the default locale (Payload's fallback). */
export function localizedName(table: 'cities' | 'countries' | 'themes', alias: string, locale: Locale): Statement {
  return sql.raw(`coalesce(
    (SELECT nullif(btrim(n.name), '') FROM ${table}_locales n WHERE n._parent_id = ${alias}.id AND n._locale = '${locale}'),
    (SELECT n.name FROM ${table}_locales n WHERE n._parent_id = ${alias}.id AND n._locale = '${defaultLocale}'))`)
}
