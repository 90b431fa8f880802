import { sql } from '@payloadcms/db-postgres'
import { createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { sqlRunner } from '@/lib/practices/database'
import { transitionPractice } from '@/lib/practices/transitionPractice'
import { parsePracticeSearchParams, searchPractices } from '@/lib/practices/search'
import type { FacetName, PracticeSearchResult } from '@/lib/practices/search/types'
import type { City, Practice, Rubric, Scorecard, Theme } from '@/payload-types'
import { paragraphs } from '@/seed/richText'
import { createEvaluator, currentRubric, fillEvaluation } from '../support/evaluationFixtures'
import { drainJobs } from '../support/jobs'
import { closePayload, getTestPayload } from '../support/payload'
import { createPractice, createStaff, type PlaceFixture, uniqueSuffix } from '../support/practiceFixtures'
import { rest } from '../support/rest'

let payload: Payload
const run = Date.now().toString(36)
/** Words no other test or seed uses, so each search sees this file's practices only. */
const word = `zorblax${run}`
const hiddenWord = `quenzil${run}`

const themes: Record<'main' | 'other' | 'paged' | 'hidden', Theme> = {} as never
const cities: Record<'mission' | 'small' | 'hidden' | 'growing', City> = {} as never
const practices: Record<string, Practice> = {}

async function country(code: string, region: 'europe' | 'africa', subregion: 'western_europe' | 'sub_saharan_africa') {
  const found = await payload.find({ collection: 'countries', where: { code: { equals: code } }, overrideAccess: true, limit: 1 })
  return (
    found.docs[0] ??
    (await payload.create({
      collection: 'countries',
      overrideAccess: true,
      data: { name: `Searchland ${code}`, slug: `searchland-${code.toLowerCase()}`, code, alpha3: `${code}S`, numeric: '998', region, subregion },
    }))
  )
}

async function city(name: string, countryId: number, population: number, missionCity = false): Promise<City> {
  const suffix = uniqueSuffix()
  return payload.create({
    collection: 'cities',
    overrideAccess: true,
    data: { name: `${name} ${suffix}`, slug: `${name.toLowerCase()}-${suffix}`, country: countryId, latitude: 45.5, longitude: 9.2, population, missionCity },
  })
}

async function theme(name: string, kind: 'domain' | 'enabler'): Promise<Theme> {
  const suffix = uniqueSuffix()
  return payload.create({ collection: 'themes', overrideAccess: true, data: { name: `${name} ${suffix}`, slug: `${name.toLowerCase()}-${suffix}`, kind } })
}

const placeOf = (cityDoc: City, themeDoc: Theme): PlaceFixture => ({
  countryId: typeof cityDoc.country === 'object' ? cityDoc.country.id : cityDoc.country,
  cityId: cityDoc.id,
  themeId: themeDoc.id,
})

const search = (query: string, locale: Locale = 'en'): Promise<PracticeSearchResult> =>
  searchPractices(parsePracticeSearchParams(new URLSearchParams(query)), locale, { payload })

const ids = (result: PracticeSearchResult) => result.items.map((item) => item.id)
const count = (result: PracticeSearchResult, facet: FacetName, value: string) =>
  result.facets[facet].find((entry) => entry.value === value)?.count ?? 0
const sum = (result: PracticeSearchResult, facet: FacetName) => result.facets[facet].reduce((total, entry) => total + entry.count, 0)

async function translate(id: number, locale: Locale, data: { title: string; summary: string }) {
  await payload.update({ collection: 'practices', id, locale, overrideAccess: true, data })
}

beforeAll(async () => {
  payload = await getTestPayload()
  // X… codes: practice-pages-data picks random Q… codes in the same database.
  const europe = await country('XS', 'europe', 'western_europe')
  const africa = await country('XT', 'africa', 'sub_saharan_africa')
  cities.mission = await city('Missionville', europe.id, 300_000, true)
  cities.small = await city('Smalltown', africa.id, 40_000)
  cities.hidden = await city('Hiddenburg', europe.id, 2_000_000)
  cities.growing = await city('Growington', europe.id, 200_000)
  themes.main = await theme('Retrofits', 'domain')
  themes.other = await theme('Engagement', 'enabler')
  themes.paged = await theme('Paging', 'domain')
  themes.hidden = await theme('Unpublished', 'domain')

  practices.title = await createPractice(payload, placeOf(cities.mission, themes.main), 'published', {
    title: `Deep renovation of ${word} schools`,
    summary: 'Insulation and new windows for every school.',
    implementationStatus: 'completed',
    startYear: 2015,
    endYear: 2018,
    impact: { emissionsReduced: 500, verificationLevel: 'expert_reviewed' },
  })
  practices.body = await createPractice(payload, placeOf(cities.small, themes.main), 'published', {
    title: 'Protected cycle lanes for commuters',
    summary: 'Lanes separated from traffic on the main avenues.',
    challenge: paragraphs(`The ${word} approach was tested first.`, `Then ${word} reached every district, and ${word} became the rule.`),
    themes: [themes.main.id, themes.other.id],
    implementationStatus: 'ongoing',
    startYear: 2020,
    impact: { emissionsReduced: 1000, verificationLevel: 'self_reported' },
  })
  practices.multilingual = await createPractice(payload, placeOf(cities.mission, themes.main), 'published', {
    title: 'Energy plan for town halls',
    summary: 'Town halls cut their energy use.',
  })
  await translate(practices.multilingual.id, 'fr', { title: 'Rénovation énergétique des mairies', summary: 'Les mairies consomment moins.' })
  await translate(practices.multilingual.id, 'es', { title: 'Rehabilitación energética de ayuntamientos', summary: 'Los ayuntamientos consumen menos.' })
  await translate(practices.multilingual.id, 'pt', { title: 'Renovação energética das câmaras municipais', summary: 'As câmaras consomem menos.' })

  const req = await createLocalReq({}, payload)
  const hiddenPlace = placeOf(cities.hidden, themes.hidden)
  const hiddenTitle = (state: string) => ({ title: `${state} ${hiddenWord}` })
  practices.submitted = await createPractice(payload, hiddenPlace, 'submitted', hiddenTitle('Submitted'))
  practices.inReview = await createPractice(payload, hiddenPlace, 'in_review', hiddenTitle('In review'))
  practices.approved = await createPractice(payload, hiddenPlace, 'approved', hiddenTitle('Approved'))
  const rejected = await createPractice(payload, hiddenPlace, 'submitted', hiddenTitle('Rejected'))
  practices.rejected = await transitionPractice({ id: rejected.id, to: 'rejected', comment: 'Out of scope', req, overrideAccess: true })
  const archived = await createPractice(payload, hiddenPlace, 'published', hiddenTitle('Archived'))
  practices.archived = await transitionPractice({ id: archived.id, to: 'archived', req, overrideAccess: true })
  // A published practice with a newer draft: only the published text is public.
  practices.withDraft = await createPractice(payload, placeOf(cities.mission, themes.main), 'published', { title: `Published text ${word}` })
  await payload.update({ collection: 'practices', id: practices.withDraft.id, draft: true, overrideAccess: true, data: { title: `Draft text ${hiddenWord}` } })

  for (let n = 0; n < 23; n++) {
    practices[`paged${n}`] = await createPractice(payload, placeOf(cities.small, themes.paged), 'published', { title: `Paged practice ${n}` })
  }
}, 240_000)

afterAll(async () => {
  // Leaves no queued email behind for the next test file.
  await drainJobs(payload)
  await closePayload(payload)
})

describe('full-text search', () => {
  it('ranks a title match above a practice that only mentions the word in its story', async () => {
    const result = await search(`q=${word}`)
    // Two practices have the word in their title (one of them a published text with a draft edit).
    expect(ids(result)).toHaveLength(3)
    expect([practices.title.id, practices.withDraft.id]).toContain(ids(result)[0])
    expect(ids(result)[2]).toBe(practices.body.id)
    expect(result.fuzzy).toBe(false)
  })

  it.each([
    ['fr', 'rénovations'],
    ['fr', 'renovations'],
    ['es', 'rehabilitaciones'],
    ['es', 'rehabilitacion'],
    ['pt', 'renovações'],
    ['pt', 'renovacao'],
  ] as const)('finds French, Spanish and Portuguese text by its stem (%s: “%s”)', async (locale, query) => {
    const result = await search(`q=${encodeURIComponent(query)}&theme=${themes.main.slug}`, locale)
    expect(ids(result)).toContain(practices.multilingual.id)
    const card = result.items.find((item) => item.id === practices.multilingual.id)
    expect(card?.title).not.toBe('Energy plan for town halls')
  })

  it('searches a practice in English where a language has no translation (Payload’s fallback)', async () => {
    const result = await search(`q=schools&theme=${themes.main.slug}`, 'es')
    expect(ids(result)).toEqual([practices.title.id])
    expect(result.items[0].title).toBe(`Deep renovation of ${word} schools`)
  })

  it('still finds a misspelt word, and says the results are approximate', async () => {
    const result = await search(`q=renovaton&theme=${themes.main.slug}`)
    expect(result.fuzzy).toBe(true)
    expect(ids(result)).toContain(practices.title.id)
    expect(ids(result)).not.toContain(practices.body.id)
  })

  it('finds nothing rather than everything for a word nobody wrote', async () => {
    const result = await search(`q=xylophonic${run}qq`)
    expect(result.total).toBe(0)
    expect(result.items).toEqual([])
    expect(result.map.countries).toEqual([])
  })
})

describe('facets', () => {
  it('the counts of every single-valued facet add up to the number of results', async () => {
    const result = await search(`q=${word}`)
    expect(result.total).toBe(3)
    for (const facet of ['region', 'country', 'city', 'population', 'verification'] as const) {
      expect([facet, sum(result, facet)]).toEqual([facet, result.total])
    }
    expect(count(result, 'region', 'europe')).toBe(2)
    expect(count(result, 'region', 'africa')).toBe(1)
    expect(count(result, 'mission', '1')).toBe(2)
    expect(count(result, 'status', 'completed')).toBe(1)
    expect(count(result, 'status', 'ongoing')).toBe(1)
    expect(count(result, 'year', '2015')).toBe(1)
    expect(count(result, 'theme', themes.main.slug)).toBe(3)
    expect(count(result, 'theme', themes.other.slug)).toBe(1)
  })

  it('a selected value counts exactly the results; the other values of its facet count what choosing them would give', async () => {
    const europe = await search(`q=${word}&region=europe`)
    expect(europe.total).toBe(2)
    expect(europe.facets.region.find((value) => value.value === 'europe')).toMatchObject({ count: 2, selected: true })
    expect(count(europe, 'region', 'africa')).toBe(1)
    expect(count(europe, 'theme', themes.other.slug)).toBe(0)
    expect(sum(europe, 'country')).toBe(europe.total)

    const theme = await search(`q=${word}&theme=${themes.other.slug}`)
    expect(theme.total).toBe(1)
    expect(theme.facets.theme.find((value) => value.value === themes.other.slug)).toMatchObject({ count: theme.total, selected: true })
    expect(count(theme, 'theme', themes.main.slug)).toBe(3)

    const both = await search(`q=${word}&region=europe&theme=${themes.other.slug}`)
    expect(both.total).toBe(0)
    expect(count(both, 'region', 'africa')).toBe(1)
    expect(count(both, 'theme', themes.main.slug)).toBe(2)
  })

  it('labels values in the visitor’s language', async () => {
    const result = await search(`q=${word}`, 'fr')
    expect(result.facets.region.find((value) => value.value === 'europe')?.label).toBe('Europe')
    expect(result.facets.region.find((value) => value.value === 'africa')?.label).toBe('Afrique')
    expect(result.facets.verification.find((value) => value.value === 'self_reported')?.label).toBe('Déclaré par la ville')
    expect(result.facets.status.find((value) => value.value === 'ongoing')?.label).toBe('En cours')
  })

  it('the map counts the same result set as the list, per country (ISO numeric) and per city', async () => {
    const result = await search(`q=${word}&population=250k-1m`)
    expect(result.total).toBe(2)
    expect(result.map.countries).toEqual([expect.objectContaining({ code: 'XS', numeric: '998', count: 2 })])
    expect(result.map.cities).toEqual([expect.objectContaining({ slug: cities.mission.slug, latitude: 45.5, longitude: 9.2, count: 2 })])
  })

  it('sorts by the largest emissions reduction', async () => {
    const result = await search(`q=${word}&sort=emissions`)
    expect(ids(result).slice(0, 2)).toEqual([practices.body.id, practices.title.id])
  })
})

describe('only public practices are searchable', () => {
  const hiddenStates = ['submitted', 'inReview', 'approved', 'rejected', 'archived']

  it('a draft, submitted, in-review, approved-but-unpublished, rejected or archived practice never appears in results, counts or the map', async () => {
    for (const locale of ['en', 'fr', 'es', 'pt'] as const) {
      expect((await search(`q=${hiddenWord}`, locale)).total).toBe(0)
      expect((await search(`q=${hiddenWord.slice(0, -1)}`, locale)).total).toBe(0)
    }
    const byTheme = await search(`theme=${themes.hidden.slug}`)
    expect(byTheme.total).toBe(0)
    expect(byTheme.items).toEqual([])
    expect(count(byTheme, 'theme', themes.hidden.slug)).toBe(0)
    expect(byTheme.map).toEqual({ countries: [], cities: [] })

    const everything = await search('')
    const shown = new Set(everything.items.map((item) => item.id))
    for (const state of hiddenStates) expect(shown.has(practices[state].id)).toBe(false)
    expect(everything.facets.city.map((value) => value.value)).not.toContain(cities.hidden.slug)
    expect(everything.map.cities.map((value) => value.slug)).not.toContain(cities.hidden.slug)
    expect(count(everything, 'theme', themes.hidden.slug)).toBe(0)
  })

  it('the text of a draft edit is not searchable; the published text still is', async () => {
    expect(ids(await search(`q=${hiddenWord}`))).toEqual([])
    const published = await search(`q=published+text+${word}`)
    expect(ids(published)).toEqual([practices.withDraft.id])
    expect(published.items[0].title).toBe(`Published text ${word}`)
  })

  it('archiving or unpublishing a practice removes it from results at once', async () => {
    const req = await createLocalReq({}, payload)
    const marker = `fleeting${run}`
    const archived = await createPractice(payload, placeOf(cities.mission, themes.main), 'published', { title: `Archived soon ${marker}` })
    const unpublished = await createPractice(payload, placeOf(cities.mission, themes.main), 'published', { title: `Unpublished soon ${marker}` })
    expect((await search(`q=${marker}`)).total).toBe(2)

    await transitionPractice({ id: archived.id, to: 'archived', req, overrideAccess: true })
    expect(ids(await search(`q=${marker}`))).toEqual([unpublished.id])

    // The admin's "Unpublish": the live document becomes a draft again.
    await payload.update({ collection: 'practices', id: unpublished.id, overrideAccess: true, data: { _status: 'draft' } })
    const after = await search(`q=${marker}`)
    expect(after.total).toBe(0)
    expect(sum(after, 'region')).toBe(0)
  })

  it('a change rolled back with its transaction leaves nothing in the index', async () => {
    const marker = `rolledback${run}`
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const created = await payload.create({
      collection: 'practices',
      req,
      overrideAccess: true,
      data: {
        title: `Never published ${marker}`,
        slug: `rolled-back-${run}`,
        summary: 'Rolled back.',
        leadCity: cities.mission.id,
        themes: [themes.main.id],
        workflowStatus: 'approved',
        _status: 'published',
      } as never,
    })
    const indexed = sql`SELECT count(*)::int AS rows FROM practice_search WHERE practice_id = ${created.id}`
    // Written in the change's own transaction (one row per locale) ...
    expect((await (await sqlRunner(payload, req)).execute(indexed)).rows[0].rows).toBe(4)
    await killTransaction(req)
    // ... and gone with it.
    expect((await (await sqlRunner(payload)).execute(indexed)).rows[0].rows).toBe(0)
    expect((await search(`q=${marker}`)).total).toBe(0)
  })

  it('a city’s new population moves its practices to another population band', async () => {
    const marker = `growing${run}`
    const practice = await createPractice(payload, placeOf(cities.growing, themes.main), 'published', { title: `Growing ${marker}` })
    expect(ids(await search(`q=${marker}&population=50k-250k`))).toEqual([practice.id])
    await payload.update({ collection: 'cities', id: cities.growing.id, overrideAccess: true, data: { population: 1_200_000 } })
    expect(ids(await search(`q=${marker}&population=50k-250k`))).toEqual([])
    expect(ids(await search(`q=${marker}&population=1m-5m`))).toEqual([practice.id])
  })

  it('renaming a theme makes practices findable by the new name', async () => {
    const renamed = `Photovoltaic${run}`
    await payload.update({ collection: 'themes', id: themes.other.id, overrideAccess: true, data: { name: renamed } })
    expect(ids(await search(`q=${renamed}`))).toEqual([practices.body.id])
  })
})

describe('pagination', () => {
  it('pages of 20 cover every result once, in the same order on every request', async () => {
    const first = await search(`theme=${themes.paged.slug}&sort=newest`)
    const second = await search(`theme=${themes.paged.slug}&sort=newest&page=2`)
    expect(first.total).toBe(23)
    expect([first.pageCount, first.pageSize, first.items.length, second.items.length]).toEqual([2, 20, 20, 3])
    const all = [...ids(first), ...ids(second)]
    expect(new Set(all).size).toBe(23)
    expect(ids(await search(`theme=${themes.paged.slug}&sort=newest`))).toEqual(ids(first))
    const relevance = await search(`theme=${themes.paged.slug}`)
    expect(ids(relevance)).toEqual(ids(await search(`theme=${themes.paged.slug}`)))
  })

  it('a page past the end shows the last page', async () => {
    const beyond = await search(`theme=${themes.paged.slug}&page=9`)
    expect(beyond.page).toBe(2)
    expect(beyond.items).toHaveLength(3)
  })
})

describe('search parameters', () => {
  it('keeps valid values, drops unknown or malformed ones, and never throws', () => {
    const params = parsePracticeSearchParams(
      new URLSearchParams(
        'q=++heat++pumps+&theme=buildings&theme=Bad Slug&region=europe&region=atlantis&country=fr&country=FRA&city=sao-paulo' +
          '&population=1m-5m&population=huge&mission=1&verification=expert_reviewed&verification=trust-me&status=ongoing' +
          '&from=2030&to=2010&sort=random&page=-4',
      ),
    )
    expect(params).toEqual({
      q: 'heat pumps',
      themes: ['buildings'],
      regions: ['europe'],
      countries: ['FR'],
      cities: ['sao-paulo'],
      populationBands: ['1m-5m'],
      missionOnly: true,
      verification: ['expert_reviewed'],
      statuses: ['ongoing'],
      yearFrom: 2010,
      yearTo: 2030,
      evaluatedOnly: false,
      minScore: null,
      labelledOnly: false,
      sort: 'relevance',
      page: 1,
    })
    expect(parsePracticeSearchParams({ evaluated: 'on', minScore: '70', label: '1', sort: 'score' })).toMatchObject({
      evaluatedOnly: true,
      minScore: 70,
      labelledOnly: true,
      sort: 'score',
    })
    for (const minScore of ['75', '100', '0', 'high', '-50', '']) {
      expect(parsePracticeSearchParams({ minScore }).minScore).toBeNull()
    }
    expect(parsePracticeSearchParams({ evaluated: 'no', label: ['0', '1'] })).toMatchObject({ evaluatedOnly: false, labelledOnly: false })
    expect(parsePracticeSearchParams({ page: '100000', sort: 'emissions', from: 'soon', q: ['first', 'second'] })).toMatchObject({
      page: 500,
      sort: 'emissions',
      yearFrom: null,
      q: 'first',
    })
    expect(() => parsePracticeSearchParams({ page: ['x', 'y'], theme: '%%%', mission: undefined })).not.toThrow()
  })
})

describe('evaluation facets and sort', () => {
  /** Practices found by this word only: their titles carry it, and they share a theme of their own. */
  const evalWord = `gradivor${run}`
  const hiddenEvalWord = `umbrevo${run}`
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
  const evaluatedPractices: Record<string, Practice> = {}
  let evaluationTheme: Theme
  let rubric: Rubric
  const autorun = process.env.JOBS_AUTORUN

  type Result = { status: Scorecard['status']; percent: number; labelExpiresAt?: string }

  async function scorecard(practice: Practice, round: number, result: Result): Promise<Scorecard> {
    // Results are the system's to write (create access: nobody); the hook re-indexes the practice.
    return payload.create({
      collection: 'scorecards',
      overrideAccess: true,
      data: {
        practice: practice.id,
        round,
        status: result.status,
        rubric: rubric.id,
        rubricVersion: rubric.version,
        evaluatorCount: 2,
        computedAt: new Date().toISOString(),
        overall: (result.percent / 100) * 4,
        overallPercent: result.percent,
        labelAwardedAt: result.labelExpiresAt ? inDays(-400) : null,
        labelExpiresAt: result.labelExpiresAt ?? null,
      },
    })
  }

  /** A practice with one result per round, in order. */
  async function evaluatedPractice(name: string, results: Result[], state: 'published' | 'approved' = 'published', word = evalWord) {
    const practice = await createPractice(payload, placeOf(cities.mission, evaluationTheme), state, { title: `${name} ${word}` })
    for (const [index, result] of results.entries()) await scorecard(practice, index + 1, result)
    return practice
  }

  const inTheme = (query = '') => search(`theme=${evaluationTheme.slug}${query}`)
  const idsOf = (...names: string[]) => names.map((name) => evaluatedPractices[name].id)
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b)

  beforeAll(async () => {
    process.env.JOBS_AUTORUN = 'false'
    evaluationTheme = await theme('Evaluated', 'domain')
    rubric = await currentRubric(payload)
    const current = inDays(365)
    evaluatedPractices.labelled = await evaluatedPractice('Labelled', [{ status: 'labelled', percent: 85, labelExpiresAt: current }])
    evaluatedPractices.atThreshold = await evaluatedPractice('At seventy', [{ status: 'not_labelled', percent: 70 }])
    evaluatedPractices.justBelow = await evaluatedPractice('Just below', [{ status: 'not_labelled', percent: 69.9 }])
    evaluatedPractices.expired = await evaluatedPractice('Expired label', [{ status: 'labelled', percent: 90, labelExpiresAt: inDays(-1) }])
    evaluatedPractices.consensus = await evaluatedPractice('Awaiting a decision', [{ status: 'needs_consensus', percent: 95 }])
    evaluatedPractices.reopened = await evaluatedPractice('Reopened', [{ status: 'reopened', percent: 80 }])
    evaluatedPractices.never = await evaluatedPractice('Never evaluated', [])
    // A later round decides: the label of round 1 went with round 2's lower result ...
    evaluatedPractices.revalidated = await evaluatedPractice('Revalidated', [
      { status: 'labelled', percent: 75, labelExpiresAt: current },
      { status: 'not_labelled', percent: 55 },
    ])
    // ... but only once final: round 2 awaiting a decision leaves round 1's result in force.
    evaluatedPractices.pending = await evaluatedPractice('Second round pending', [
      { status: 'not_labelled', percent: 60 },
      { status: 'needs_consensus', percent: 92 },
    ])
    evaluatedPractices.unpublished = await evaluatedPractice('Unpublished', [{ status: 'labelled', percent: 88, labelExpiresAt: current }], 'approved', hiddenEvalWord)
  }, 240_000)

  afterAll(() => {
    if (autorun === undefined) delete process.env.JOBS_AUTORUN
    else process.env.JOBS_AUTORUN = autorun
  })

  it('only a final result makes a practice evaluated: not one reopened or awaiting an editor’s decision, nor none', async () => {
    const all = await inTheme()
    expect(all.total).toBe(9)
    expect(count(all, 'evaluated', '1')).toBe(6)
    const evaluatedOnly = await inTheme('&evaluated=1')
    expect(sorted(ids(evaluatedOnly))).toEqual(sorted(idsOf('labelled', 'atThreshold', 'justBelow', 'expired', 'revalidated', 'pending')))
    expect(evaluatedOnly.facets.evaluated).toEqual([expect.objectContaining({ value: '1', count: 6, selected: true })])
    // The same from the text index (one row per language).
    const text = await search(`q=${evalWord}&evaluated=1`, 'fr')
    expect(sorted(ids(text))).toEqual(sorted(ids(evaluatedOnly)))
  })

  it('a minimum score keeps the practices at or above it (70 % included, 69.9 % not), and each threshold counts what it would give', async () => {
    const thresholds = (result: PracticeSearchResult) => result.facets.minScore.map((value) => [value.value, value.count])
    const expected = [['50', 6], ['60', 5], ['70', 3], ['80', 2], ['90', 1]]
    expect(thresholds(await inTheme())).toEqual(expected)

    const seventy = await inTheme('&minScore=70')
    expect(sorted(ids(seventy))).toEqual(sorted(idsOf('labelled', 'atThreshold', 'expired')))
    // Disjunctive: the thresholds still count as if none were chosen; the other facets count within it.
    expect(thresholds(seventy)).toEqual(expected)
    expect(seventy.facets.minScore.find((value) => value.selected)?.value).toBe('70')
    expect(count(seventy, 'evaluated', '1')).toBe(3)
    expect(count(seventy, 'label', '1')).toBe(1)
    expect(sorted(ids(await search(`q=${evalWord}&minScore=70`)))).toEqual(sorted(ids(seventy)))
    expect(ids(await inTheme('&minScore=90'))).toEqual(idsOf('expired'))
  })

  it('the label filter keeps current labels only: not an expired one, nor one a later result replaced', async () => {
    const all = await inTheme()
    expect(count(all, 'label', '1')).toBe(1)
    const labelled = await inTheme('&label=1')
    expect(ids(labelled)).toEqual(idsOf('labelled'))
    expect(labelled.facets.minScore.map((value) => value.count)).toEqual([1, 1, 1, 1, 0])
    expect(count(labelled, 'evaluated', '1')).toBe(1)
    expect(ids(await search(`q=${evalWord}&label=1&minScore=90`))).toEqual([])

    const cards = new Map(all.items.map((card) => [card.id, card]))
    expect(cards.get(evaluatedPractices.labelled.id)?.evaluation).toEqual({ percent: 85, labelExpiresAt: expect.any(String) })
    expect(new Date(cards.get(evaluatedPractices.labelled.id)?.evaluation?.labelExpiresAt ?? 0).getTime()).toBeGreaterThan(Date.now())
    expect(new Date(cards.get(evaluatedPractices.expired.id)?.evaluation?.labelExpiresAt ?? Date.now()).getTime()).toBeLessThan(Date.now())
    expect(cards.get(evaluatedPractices.revalidated.id)?.evaluation).toEqual({ percent: 55, labelExpiresAt: null })
    expect(cards.get(evaluatedPractices.pending.id)?.evaluation).toEqual({ percent: 60, labelExpiresAt: null })
    for (const name of ['consensus', 'reopened', 'never']) expect(cards.get(evaluatedPractices[name].id)?.evaluation).toBeNull()
  })

  it('sorts by the highest evaluation score, practices without a result last', async () => {
    const byScore = await inTheme('&sort=score')
    const ranked = idsOf('expired', 'labelled', 'atThreshold', 'justBelow', 'pending', 'revalidated')
    expect(ids(byScore).slice(0, 6)).toEqual(ranked)
    expect(sorted(ids(byScore).slice(6))).toEqual(sorted(idsOf('consensus', 'reopened', 'never')))
    expect(ids(await search(`q=${evalWord}&sort=score`)).slice(0, 6)).toEqual(ranked)
  })

  it('a result of a practice that is not public never shows, in results, counts or cards', async () => {
    for (const query of [`q=${hiddenEvalWord}`, `q=${hiddenEvalWord}&label=1`, `theme=${evaluationTheme.slug}&label=1`]) {
      const result = await search(query)
      expect(ids(result)).not.toContain(evaluatedPractices.unpublished.id)
    }
    const hidden = await search(`q=${hiddenEvalWord}`)
    expect([hidden.total, count(hidden, 'evaluated', '1'), count(hidden, 'label', '1')]).toEqual([0, 0, 0])

    // Unpublishing a labelled practice takes it out of the label's results at once.
    await payload.update({ collection: 'practices', id: evaluatedPractices.labelled.id, overrideAccess: true, data: { _status: 'draft' } })
    const after = await inTheme('&label=1')
    expect([after.total, count(after, 'label', '1')]).toEqual([0, 0])
    expect(ids(await inTheme('&evaluated=1'))).not.toContain(evaluatedPractices.labelled.id)
  })

  it('reopening a result takes the practice out of the evaluated ones at once', async () => {
    const marker = `reopening${run}`
    const practice = await createPractice(payload, placeOf(cities.small, evaluationTheme), 'published', { title: `Soon reopened ${marker}` })
    const result = await scorecard(practice, 1, { status: 'labelled', percent: 77, labelExpiresAt: inDays(30) })
    expect(ids(await search(`q=${marker}&label=1&minScore=70`))).toEqual([practice.id])
    await payload.update({ collection: 'scorecards', id: result.id, overrideAccess: true, data: { status: 'reopened' } })
    const reopened = await search(`q=${marker}`)
    expect(reopened.total).toBe(1)
    expect([count(reopened, 'evaluated', '1'), count(reopened, 'label', '1'), reopened.items[0].evaluation]).toEqual([0, 0, null])
  })

  it('a practice scored by two evaluators through the workflow is found by its score and label', async () => {
    const marker = `workflow${run}`
    const practice = await createPractice(payload, placeOf(cities.small, evaluationTheme), 'published', { title: `Evaluated in the admin ${marker}` })
    const editor = await createStaff(payload, 'editor')
    const evaluators = [await createEvaluator(payload), await createEvaluator(payload)]
    const assigned = await rest('POST', `/practices/${practice.id}/evaluators`, {
      token: editor.token,
      json: { evaluators: evaluators.map((evaluator) => evaluator.user.id) },
    })
    expect(assigned.status).toBe(201)
    const { docs } = (await assigned.json()) as { docs: Array<{ id: number; evaluator: number }> }
    expect(ids(await search(`q=${marker}&evaluated=1`))).toEqual([])
    for (const evaluator of evaluators) {
      const evaluation = docs.find((doc) => doc.evaluator === evaluator.user.id)!
      await fillEvaluation(payload, evaluation.id, evaluator.user, {})
      expect((await rest('POST', `/evaluations/${evaluation.id}/submit`, { token: evaluator.token })).status).toBe(200)
    }
    const { docs: results } = await payload.find({ collection: 'scorecards', where: { practice: { equals: practice.id } }, overrideAccess: true })
    expect(results).toHaveLength(1)
    const found = await search(`q=${marker}&evaluated=1`)
    expect(ids(found)).toEqual([practice.id])
    expect(found.items[0].evaluation?.percent).toBe(results[0].overallPercent)
    expect(ids(await search(`q=${marker}&label=1`))).toEqual(results[0].status === 'labelled' ? [practice.id] : [])
  })
})
