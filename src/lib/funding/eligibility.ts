import { sql } from '@payloadcms/db-postgres'

import type { SqlRunner, Statement } from '@/lib/practices/database'
import type { WorldRegionCode } from '@/lib/geography/regions'
import type { ApplicantType, CountryScope } from './options'

/** Who asks "what can I apply for?": a city (its country decides the rest) or a country alone. */
export type EligibilitySubject = {
  countryId: number
  countryCode: string
  region: string | null
  euMember: boolean
  associated: boolean
  odaEligible: boolean
  /** The city's population; null when asking for a country, or when it is not known. */
  population: number | null
  city: { id: number; slug: string } | null
  /** The type of applicant asking; null: any type. */
  applicantType: ApplicantType | null
}

type SubjectRow = Record<string, unknown>

const toSubject = (row: SubjectRow, applicantType: ApplicantType | null): EligibilitySubject => ({
  countryId: Number(row.country_id),
  countryCode: String(row.code),
  region: row.region == null ? null : String(row.region),
  euMember: Boolean(row.eu_member),
  associated: Boolean(row.horizon_associated),
  odaEligible: Boolean(row.oda_eligible),
  population: row.population == null ? null : Number(row.population),
  city: row.city_id == null ? null : { id: Number(row.city_id), slug: String(row.city_slug) },
  applicantType,
})

/** The subject for a city, by slug; null when there is no such city. Cities and countries are public data. */
export async function subjectForCity(db: SqlRunner, slug: string, applicantType: ApplicantType | null = null): Promise<EligibilitySubject | null> {
  const { rows } = await db.execute(sql`
    SELECT c.id AS city_id, c.slug AS city_slug, c.population, co.id AS country_id, co.code, co.region,
      co.eu_member, co.horizon_associated, co.oda_eligible
    FROM cities c JOIN countries co ON co.id = c.country_id WHERE c.slug = ${slug} LIMIT 1`)
  return rows[0] ? toSubject(rows[0], applicantType) : null
}

/** The subject for a country, by ISO alpha-2 code; null when there is no such country. */
export async function subjectForCountry(db: SqlRunner, code: string, applicantType: ApplicantType | null = null): Promise<EligibilitySubject | null> {
  const { rows } = await db.execute(sql`
    SELECT NULL AS city_id, NULL AS city_slug, NULL AS population, co.id AS country_id, co.code, co.region,
      co.eu_member, co.horizon_associated, co.oda_eligible
    FROM countries co WHERE co.code = ${code.toUpperCase()} LIMIT 1`)
  return rows[0] ? toSubject(rows[0], applicantType) : null
}

/**
 * Whether a funding_facets row `f` is open to the subject: its country is listed, or lies in a
 * listed region, or nothing is listed (worldwide); the country rule holds (ODA-eligible only, EU
 * and Associated only); the applicant type is listed or none is; the city is at least the minimum
 * size (unknown sizes are let through: the reasons say the size must be checked). Keep in step
 * with `eligibilityReasons`.
 */
export function eligibilityCondition(subject: EligibilitySubject, row = 'f'): Statement {
  const column = (name: string) => sql.raw(`${row}.${name}`)
  const scopes: CountryScope[] = ['any']
  if (subject.odaEligible) scopes.push('oda')
  if (subject.euMember || subject.associated) scopes.push('eu_associated')
  // Written so PostgreSQL can use the indexes of migration 20261129_035841 (a bitmap OR of the
  // worldwide partial index and the GIN indexes): `@>` rather than `= ANY`, the partial index's predicate as is.
  return sql`(
    ((cardinality(${column('eligible_country_ids')}) = 0 AND cardinality(${column('eligible_regions')}) = 0)
      OR ${column('eligible_country_ids')} @> ARRAY[${subject.countryId}::int]
      OR ${column('eligible_regions')} @> ARRAY[${subject.region ?? ''}::varchar])
    AND ${column('country_scope')} = ANY (${sql.param(scopes)}::text[])
    ${subject.applicantType ? sql`AND (cardinality(${column('applicant_types')}) = 0 OR ${subject.applicantType}::varchar = ANY (${column('applicant_types')}))` : sql``}
    ${subject.population != null ? sql`AND (${column('min_population')} IS NULL OR ${column('min_population')} <= ${subject.population})` : sql``}
  )`
}

/**
 * Whether a row `f` is open to some city of a world region: some country of the region passes its
 * country rules. The region's countries are read once per statement, not once per action.
 */
export function openInRegionCondition(region: WorldRegionCode, row = 'f'): Statement {
  const column = (name: string) => sql.raw(`${row}.${name}`)
  const countriesWhere = (rule: Statement) => sql`ARRAY(SELECT id FROM countries WHERE region = ${region} AND ${rule})`
  const passing = sql`(CASE ${column('country_scope')}
      WHEN 'oda' THEN ${countriesWhere(sql`oda_eligible`)}
      WHEN 'eu_associated' THEN ${countriesWhere(sql`(eu_member OR horizon_associated)`)}
      ELSE ${countriesWhere(sql`TRUE`)} END)`
  return sql`(CASE
    WHEN (cardinality(${column('eligible_country_ids')}) = 0 AND cardinality(${column('eligible_regions')}) = 0)
      OR ${region}::text = ANY (${column('eligible_regions')}::text[])
    THEN cardinality(${passing}) > 0
    ELSE ${column('eligible_country_ids')} && ${passing} END)`
}

/** The eligibility columns of a funding_facets row, as read back for the reasons. */
export type EligibilityRow = {
  eligible_country_ids: number[]
  eligible_regions: string[]
  country_scope: CountryScope
  applicant_types: string[]
  min_population: number | string | null
}

/** Why an action is open to the subject: one reason per rule, for the page to put in words. */
export type EligibilityReason =
  | { rule: 'country'; basis: 'listed' | 'region' | 'worldwide'; region?: string }
  | { rule: 'countryScope'; basis: 'oda' | 'eu_associated' }
  | { rule: 'applicant'; basis: 'listed' | 'any'; applicantType: ApplicantType | null }
  | { rule: 'population'; basis: 'meets' | 'unknown'; minimum: number; population: number | null }

/** The reasons an eligible row matches (call it on rows that `eligibilityCondition` let through). */
export function eligibilityReasons(row: EligibilityRow, subject: EligibilitySubject): EligibilityReason[] {
  const reasons: EligibilityReason[] = []
  if (row.eligible_country_ids.map(Number).includes(subject.countryId)) reasons.push({ rule: 'country', basis: 'listed' })
  else if (subject.region && row.eligible_regions.includes(subject.region)) reasons.push({ rule: 'country', basis: 'region', region: subject.region })
  else reasons.push({ rule: 'country', basis: 'worldwide' })
  if (row.country_scope === 'oda' || row.country_scope === 'eu_associated') reasons.push({ rule: 'countryScope', basis: row.country_scope })
  reasons.push({
    rule: 'applicant',
    basis: row.applicant_types.length === 0 ? 'any' : 'listed',
    applicantType: subject.applicantType,
  })
  if (row.min_population != null) {
    const minimum = Number(row.min_population)
    reasons.push({ rule: 'population', basis: subject.population == null ? 'unknown' : 'meets', minimum, population: subject.population })
  }
  return reasons
}
