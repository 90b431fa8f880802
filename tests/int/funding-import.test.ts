import { sql } from '@payloadcms/db-postgres'
import { stringify } from 'csv-stringify/sync'
import type { Payload } from 'payload'

import { sqlRunner } from '@/lib/practices/database'
import type { FundingAction, User } from '@/payload-types'
import { testCountry } from '../support/fundingFixtures'
import { closePayload, getTestPayload } from '../support/payload'
import { createStaff, uniqueSuffix } from '../support/practiceFixtures'
import { rest } from '../support/rest'

type Staff = { user: User; token: string }
type Problem = { row: number | null; column: string | null; message: string }

let payload: Payload
let editor: Staff
let evaluator: Staff
let themeSlug: string
let themeId: number
let organisation: { id: number; acronym: string }
let countries: { XQ: number; XR: number }

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createStaff(payload, 'editor')
  evaluator = await createStaff(payload, 'evaluator')
  const suffix = uniqueSuffix()
  themeSlug = `import-theme-${suffix}`
  themeId = (await payload.create({ collection: 'themes', overrideAccess: true, data: { name: `Import theme ${suffix}`, kind: 'domain', slug: themeSlug } })).id
  const acronym = `IMPO${suffix.slice(-4).toUpperCase()}`
  const created = await payload.create({
    collection: 'organisations',
    overrideAccess: true,
    context: { disableRevalidate: true },
    data: { name: `Import Development Agency ${suffix}`, acronym, slug: `import-agency-${suffix}`, type: 'agency' },
  })
  organisation = { id: created.id, acronym }
  countries = {
    XQ: (await testCountry(payload, 'XQ', { region: 'africa', odaEligible: true })).id,
    XR: (await testCountry(payload, 'XR', { region: 'asia', odaEligible: true })).id,
  }
})

afterAll(async () => {
  await closePayload(payload)
})

/** A CSV file of these rows, the header being every column any row uses. */
function csvFile(rows: Array<Record<string, string>>): Blob {
  const header = [...new Set(rows.flatMap((row) => Object.keys(row)))]
  return new Blob([stringify([header, ...rows.map((row) => header.map((column) => row[column] ?? ''))])], { type: 'text/csv' })
}

function importFile(file: Blob, options: { token?: string; language?: string } = {}) {
  const form = new FormData()
  form.append('file', file, 'actions.csv')
  return rest('POST', '/funding-actions/import', { token: options.token ?? editor.token, body: form, headers: options.language ? { 'Accept-Language': options.language } : {} })
}

const minimalRow = (externalId: string, extra: Record<string, string> = {}) => ({
  external_id: externalId,
  title_en: `Imported ${externalId}`,
  summary_en: 'An action loaded from a file.',
  level: 'national',
  direction: 'outbound',
  instruments: 'grant',
  ...extra,
})

/** Every version of the actions with these external ids, drafts included (the main rows). */
async function actionsWith(externalIds: string[]): Promise<FundingAction[]> {
  const { docs } = await payload.find({ collection: 'funding-actions', where: { externalId: { in: externalIds } }, overrideAccess: true, pagination: false, depth: 0 })
  return docs
}

async function latest(externalId: string, locale: 'en' | 'fr' = 'en'): Promise<FundingAction> {
  const { docs } = await payload.find({ collection: 'funding-actions', where: { externalId: { equals: externalId } }, draft: true, overrideAccess: true, depth: 0, locale })
  expect(docs).toHaveLength(1)
  return docs[0]
}

async function facets(actionId: number) {
  const db = await sqlRunner(payload)
  return (await db.execute(sql`SELECT * FROM funding_facets WHERE action_id = ${actionId}`)).rows[0]
}

describe('importing funding actions from CSV', () => {
  it('writes nothing when one row is wrong, and reports each bad cell by row and column in the editor’s language', async () => {
    const id = uniqueSuffix()
    const newProvider = `Never Created Fund ${id}`
    const response = await importFile(
      csvFile([
        minimalRow(`ok-${id}`, { providers: newProvider }),
        minimalRow(`bad-country-${id}`, { eligible_countries: 'XQ;QZ' }),
        minimalRow(`bad-date-${id}`, { closes_at: '2027-02-30', publish: 'peut-être', title_fr: 'Sans résumé' }),
        minimalRow(`ok-${id}`),
      ]),
      { language: 'fr' },
    )
    expect(response.status).toBe(422)
    const body = (await response.json()) as { message: string; errors: Problem[] }
    expect(body.message).toContain('Rien n’a été importé')
    expect(body.errors).toEqual([
      { row: 3, column: 'eligible_countries', message: expect.stringContaining('« QZ » n’est pas un code pays connu') },
      { row: 4, column: 'summary_fr', message: expect.stringContaining('Donnez ensemble le titre et le résumé') },
      { row: 4, column: 'closes_at', message: expect.stringContaining('n’est pas une date') },
      { row: 4, column: 'publish', message: expect.stringContaining('« peut-être » n’est ni yes ni no') },
      { row: 5, column: 'external_id', message: expect.stringContaining('déjà utilisé à la ligne 2') },
    ])
    expect(await actionsWith([`ok-${id}`, `bad-country-${id}`, `bad-date-${id}`])).toEqual([])
    const providers = await payload.find({ collection: 'organisations', where: { name: { equals: newProvider } }, overrideAccess: true })
    expect(providers.totalDocs).toBe(0)
  })

  it('refuses unknown columns and a file without the required ones, naming them on row 1', async () => {
    const response = await importFile(csvFile([{ external_id: 'x', title_en: 'X', budget: '12' }]))
    expect(response.status).toBe(422)
    const { errors } = (await response.json()) as { errors: Problem[] }
    expect(errors).toEqual([
      { row: 1, column: 'budget', message: expect.stringContaining('Unknown column “budget”') },
      { row: 1, column: 'summary_en', message: expect.stringContaining('“summary_en” is required') },
    ])
  })

  it('creates the actions, published or draft as asked, with their eligibility, providers, translations and deadlines in their time zone', async () => {
    const id = uniqueSuffix()
    const newProvider = `Import Climate Fund ${id}`
    const response = await importFile(
      csvFile([
        {
          ...minimalRow(`pub-${id}`, { title_en: `Urban climate facility ${id}`, instruments: 'technical_assistance; project-preparation' }),
          title_fr: `Facilité climat urbaine ${id}`,
          summary_fr: 'Une action importée.',
          themes: themeSlug,
          providers: `${organisation.acronym.toLowerCase()};${newProvider}`,
          provider_type: 'foundation',
          provider_country: 'xq',
          eligible_countries: 'XQ;XR',
          eligible_regions: 'africa',
          country_scope: 'oda',
          applicant_types: 'city;utility',
          min_population: '100000',
          ticket_min: '50000',
          ticket_max: '750000.50',
          currency: 'usd',
          funding_rate: '80%',
          co_financing_required: 'yes',
          consortium_required: 'FALSE',
          opens_at: '2026-12-01',
          closes_at: '2027-01-30 17:00',
          apply_url: 'https://example.org/apply',
          source_url: 'https://example.org/source',
          last_verified_at: '2026-11-15',
          publish: 'yes',
        },
        minimalRow(`draft-${id}`, { closes_at: '2027-01-30', time_zone: 'America/Bogota', publish: 'no' }),
      ]),
    )
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ created: 2, updated: 0, unchanged: 0, organisationsCreated: 1 })

    const published = await latest(`pub-${id}`)
    expect(published).toMatchObject({
      _status: 'published',
      title: `Urban climate facility ${id}`,
      instruments: ['technical_assistance', 'project_preparation'],
      themes: [themeId],
      providerCountry: countries.XQ,
      eligibility: { countries: [countries.XQ, countries.XR], regions: ['africa'], countryScope: 'oda', applicantTypes: ['city', 'utility'], minPopulation: 100000 },
      ticket: { min: 50000, max: 750000.5, currency: 'USD', fundingRate: 80, coFinancingRequired: true, consortiumRequired: false },
      dates: { rolling: false, closesAt: '2027-01-30T16:00:00.000Z', closesAt_tz: 'Europe/Brussels', opensAt: '2026-11-30T23:00:00.000Z' },
      apply: { url: 'https://example.org/apply' },
      lastVerifiedAt: '2026-11-14T23:00:00.000Z',
      lastVerifiedBy: editor.user.id,
    })
    expect((await latest(`pub-${id}`, 'fr')).title).toBe(`Facilité climat urbaine ${id}`)
    const [existingProvider, createdProvider] = published.providers as number[]
    expect(existingProvider).toBe(organisation.id)
    expect(await payload.findByID({ collection: 'organisations', id: createdProvider, overrideAccess: true, depth: 0 })).toMatchObject({ name: newProvider, type: 'foundation', country: countries.XQ })
    expect(await facets(published.id)).toMatchObject({ eligible_country_ids: [countries.XQ, countries.XR], country_scope: 'oda', applicant_types: ['city', 'utility'] })

    const draft = await latest(`draft-${id}`)
    // A date alone is the end of that day where the deadline is: Bogotá is UTC−5.
    expect(draft).toMatchObject({ _status: 'draft', dates: { closesAt: '2027-01-31T04:59:59.000Z', closesAt_tz: 'America/Bogota' } })
    expect(await facets(draft.id)).toBeUndefined()
    const publicRead = await rest('GET', `/funding-actions?where[externalId][equals]=draft-${id}`)
    expect((await publicRead.json()).totalDocs).toBe(0)
  })

  it('updates on re-import instead of duplicating, counts what did not change, and leaves out columns alone', async () => {
    const id = uniqueSuffix()
    const rows = [minimalRow(`a-${id}`, { eligible_countries: 'XQ', publish: 'yes' }), minimalRow(`b-${id}`, { publish: 'yes' })]
    expect(await (await importFile(csvFile(rows))).json()).toMatchObject({ created: 2, updated: 0, unchanged: 0 })
    expect(await (await importFile(csvFile(rows))).json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 })

    const changed = [rows[0], { ...rows[1], title_en: `Renamed ${id}` }]
    expect(await (await importFile(csvFile(changed))).json()).toMatchObject({ created: 0, updated: 1, unchanged: 1 })
    const all = await actionsWith([`a-${id}`, `b-${id}`])
    expect(all).toHaveLength(2)
    const renamed = all.find((action) => action.externalId === `b-${id}`) as FundingAction
    expect(renamed).toMatchObject({ title: `Renamed ${id}`, _status: 'published', slug: `imported-b-${id}` })

    const translated = [rows[0], { ...changed[1], title_fr: `Renommée ${id}`, summary_fr: 'Une action chargée depuis un fichier.' }]
    expect(await (await importFile(csvFile(translated))).json()).toMatchObject({ created: 0, updated: 1, unchanged: 1 })
    expect(await latest(`b-${id}`, 'fr')).toMatchObject({ title: `Renommée ${id}`, _status: 'published' })
    expect((await latest(`b-${id}`)).title).toBe(`Renamed ${id}`)

    // Only the required columns: the eligibility (not in the file) stays as it was.
    const narrow = [{ external_id: `a-${id}`, title_en: `Imported a-${id}`, summary_en: 'Shorter summary.' }]
    expect(await (await importFile(csvFile(narrow))).json()).toMatchObject({ updated: 1 })
    expect(await latest(`a-${id}`)).toMatchObject({ summary: 'Shorter summary.', _status: 'published', eligibility: { countries: [countries.XQ] } })
  })

  it('keeps a published entry online when a re-import says publish=no: the changes wait as a draft', async () => {
    const id = uniqueSuffix()
    await importFile(csvFile([minimalRow(`live-${id}`, { publish: 'yes' })]))
    const response = await importFile(csvFile([minimalRow(`live-${id}`, { title_en: `Draft change ${id}`, publish: 'no' })]))
    expect(await response.json()).toMatchObject({ updated: 1 })
    const [live] = await actionsWith([`live-${id}`])
    expect(live).toMatchObject({ _status: 'published', title: `Imported live-${id}` })
    expect(await latest(`live-${id}`)).toMatchObject({ _status: 'draft', title: `Draft change ${id}` })
    const publicRead = (await (await rest('GET', `/funding-actions?where[externalId][equals]=live-${id}`)).json()) as { docs: FundingAction[] }
    expect(publicRead.docs.map((doc) => doc.title)).toEqual([`Imported live-${id}`])
  })

  it('rolls back every row already written when a later row fails to save', async () => {
    const id = uniqueSuffix()
    const exploding = `Explode ${id}`
    const db = await sqlRunner(payload)
    // A database failure on the third row, after the first two were written in the transaction.
    await db.execute(sql.raw(`ALTER TABLE funding_actions_locales ADD CONSTRAINT test_import_reject CHECK (title IS DISTINCT FROM '${exploding}') NOT VALID`))
    try {
      const response = await importFile(
        csvFile([minimalRow(`first-${id}`, { providers: `Rolled Back Fund ${id}` }), minimalRow(`second-${id}`), minimalRow(`third-${id}`, { title_en: exploding })]),
      )
      expect(response.status).toBe(422)
      const { errors } = (await response.json()) as { errors: Problem[] }
      expect(errors).toEqual([{ row: 4, column: null, message: expect.stringContaining('Nothing was written: saving row 4 failed') }])
      expect(errors[0].message).not.toContain('insert into')
    } finally {
      await db.execute(sql`ALTER TABLE funding_actions_locales DROP CONSTRAINT test_import_reject`)
    }
    expect(await actionsWith([`first-${id}`, `second-${id}`, `third-${id}`])).toEqual([])
    expect((await payload.find({ collection: 'organisations', where: { name: { equals: `Rolled Back Fund ${id}` } }, overrideAccess: true })).totalDocs).toBe(0)
  })

  it('refuses anyone but an editor, and writes nothing for them', async () => {
    const id = uniqueSuffix()
    const file = csvFile([minimalRow(`intruder-${id}`)])
    const anonymous = await rest('POST', '/funding-actions/import', { body: (() => { const form = new FormData(); form.append('file', file, 'a.csv'); return form })() })
    expect(anonymous.status).toBe(401)
    expect((await importFile(file, { token: evaluator.token })).status).toBe(403)
    expect(await actionsWith([`intruder-${id}`])).toEqual([])
    expect((await rest('GET', '/funding-actions/import-template.csv')).status).toBe(401)
  })

  it('offers a template whose header is every column and whose example row is a draft', async () => {
    const response = await rest('GET', '/funding-actions/import-template.csv', { token: editor.token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const text = (await response.text()).replace(/^\uFEFF/, '')
    const [header, example] = text.trim().split(/\r?\n/)
    expect(header).toMatch(/^external_id,title_en,summary_en,.*,publish$/)
    expect(example).toMatch(/,no$/)
  })

  it('refuses a request without a file, a file too large and one with too many rows', async () => {
    expect((await rest('POST', '/funding-actions/import', { token: editor.token, body: new FormData() })).status).toBe(400)
    const big = new Blob([`external_id,title_en,summary_en\n${'x'.repeat(3 * 1024 * 1024)}`], { type: 'text/csv' })
    const response = await importFile(big)
    expect(response.status).toBe(413)
    const many = await importFile(csvFile(Array.from({ length: 501 }, (_, index) => minimalRow(`many-${index}`))))
    expect(many.status).toBe(422)
    expect(((await many.json()) as { errors: Problem[] }).errors).toEqual([{ row: null, column: null, message: expect.stringContaining('at most 500') }])
  })

  it('answers a form posted without JavaScript with a page', async () => {
    const form = new FormData()
    form.append('file', csvFile([minimalRow(`page-${uniqueSuffix()}`, { level: 'galactic' })]), 'a.csv')
    const response = await rest('POST', '/funding-actions/import', { token: editor.token, body: form, headers: { Accept: 'text/html', 'Accept-Language': 'es' } })
    expect(response.status).toBe(422)
    expect(response.headers.get('content-type')).toContain('text/html')
    const page = await response.text()
    expect(page).toContain('<title>Error: No se importó nada</title>')
    expect(page).toContain('«galactic» no es un valor aceptado')
  })
})
