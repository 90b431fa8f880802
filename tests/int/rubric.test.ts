import type { Payload } from 'payload'

import { closePayload } from '@/db/closePayload'
import type { Rubric, User } from '@/payload-types'
import { startIsolatedDatabase } from '../support/isolatedDatabase'

// An empty database of its own: the seed must start from no rubric at all, and these tests make
// versions current, which would change the rubric every other test file evaluates under.
let database: Awaited<ReturnType<typeof startIsolatedDatabase>>
let payload: Payload
let rest: typeof import('../support/rest').rest
let seedRubric: typeof import('@/seed/reference/rubric').seedRubric
let findMethodology: typeof import('@/lib/evaluation/methodology').findMethodology
let editor: { user: User; token: string }

const LOCALES = ['en', 'fr', 'es', 'pt'] as const
type Localized = Record<(typeof LOCALES)[number], string>

beforeAll(async () => {
  database = await startIsolatedDatabase('rubric')
  ;({ rest } = await import('../support/rest'))
  ;({ seedRubric } = await import('@/seed/reference/rubric'))
  ;({ findMethodology } = await import('@/lib/evaluation/methodology'))
  const { getTestPayload } = await import('../support/payload')
  const { createStaff } = await import('../support/practiceFixtures')
  payload = await getTestPayload()
  editor = await createStaff(payload, 'editor')
}, 180_000)

afterAll(async () => {
  await closePayload(payload)
  await database.release()
})

const allRubrics = async () =>
  (await payload.find({ collection: 'rubrics', locale: 'all', depth: 0, pagination: false, sort: 'version', overrideAccess: true })).docs as unknown as Array<
    Omit<Rubric, 'title' | 'criteria'> & {
      title: Localized
      criteria: Array<{ id: string; key: string; weight: number; name: Localized; description: Localized; levels: Array<{ id: string; score: number; descriptor: Localized }> }>
    }
  >

type SeededRubric = Awaited<ReturnType<typeof allRubrics>>[number]
type SeededCriterion = SeededRubric['criteria'][number]

/** The criteria as the admin saves them in French, with one change made to each row. */
const frenchRows = (rubric: SeededRubric, change: (criterion: SeededCriterion) => Record<string, unknown>) =>
  rubric.criteria.map((criterion) => ({
    id: criterion.id,
    key: criterion.key,
    weight: criterion.weight,
    name: criterion.name.fr,
    description: criterion.description.fr,
    levels: criterion.levels.map((level) => ({ id: level.id, score: level.score, descriptor: level.descriptor.fr })),
    ...change(criterion),
  }))

const publicVersions = async () => {
  const response = await rest('GET', '/rubrics?depth=0&sort=version&limit=50')
  expect(response.status).toBe(200)
  return ((await response.json()) as { docs: Rubric[] }).docs.map((doc) => [doc.version, doc.status])
}

describe('the default rubric', () => {
  it('the methodology says that no rubric is in force before there is one', async () => {
    const methodology = await findMethodology(payload, 'en')
    expect(methodology.rubric).toBeNull()
    expect(methodology.rules.minEvaluators).toBeGreaterThanOrEqual(2)
  })

  it('is seeded once: one version in force, eight weighted criteria with five levels, in four languages; a second seed changes nothing', async () => {
    expect(await seedRubric(payload)).toBe(true)
    const [rubric, ...others] = await allRubrics()
    expect(others).toEqual([])
    expect(rubric).toMatchObject({ version: 1, status: 'current', scaleMin: 0, scaleMax: 4 })
    expect(rubric.publishedAt).toBeTruthy()
    expect(rubric.criteria.map((criterion) => [criterion.key, criterion.weight])).toEqual([
      ['relevance', 2],
      ['evidence', 2],
      ['cost-effectiveness', 1.5],
      ['transferability', 1],
      ['innovation', 1],
      ['inclusiveness', 1],
      ['durability', 1],
      ['co-benefits', 1],
    ])
    const texts: Localized[] = [rubric.title, ...rubric.criteria.flatMap((criterion) => [criterion.name, criterion.description, ...criterion.levels.map((level) => level.descriptor)])]
    for (const criterion of rubric.criteria) expect(criterion.levels.map((level) => level.score)).toEqual([0, 1, 2, 3, 4])
    for (const text of texts) {
      for (const locale of LOCALES) expect(text[locale]?.trim().length ?? 0).toBeGreaterThan(0)
    }
    // Translated, not English copied into every language (a name such as "Innovation" may coincide).
    for (const locale of ['fr', 'es', 'pt'] as const) {
      expect(texts.filter((text) => text[locale] === text.en).length).toBeLessThanOrEqual(1)
    }

    expect(await seedRubric(payload)).toBe(false)
    expect(await allRubrics()).toEqual([rubric])
  })

  it('the methodology publishes it in the visitor’s language, with the evaluation settings in force', async () => {
    await payload.updateGlobal({ slug: 'evaluation-settings', overrideAccess: true, context: { disableRevalidate: true }, data: { minEvaluators: 3, labelThreshold: 75 } })
    const methodology = await findMethodology(payload, 'fr')
    expect(methodology.rules).toMatchObject({ minEvaluators: 3, labelThreshold: 75 })
    expect(methodology.rubric).toMatchObject({ version: 1, title: 'Grille d’évaluation du GKEC', scaleMin: 0, scaleMax: 4 })
    const relevance = methodology.rubric?.criteria[0]
    expect(relevance).toMatchObject({ key: 'relevance', name: 'Pertinence pour la neutralité climatique', weight: 2 })
    expect(relevance?.share).toBeCloseTo((2 / 10.5) * 100, 5)
    expect(relevance?.levels.map((level) => level.score)).toEqual([0, 1, 2, 3, 4])
    expect(relevance?.levels[0].descriptor).toContain('gaz à effet de serre')
    expect(methodology.rubric?.criteria.reduce((sum, criterion) => sum + criterion.share, 0)).toBeCloseTo(100, 5)
  })
})

describe('a rubric version in force', () => {
  it('keeps its structure: a change of weights is refused in the editor’s language, a correction of wording is accepted', async () => {
    const [rubric] = await allRubrics()
    const reweighted = await rest('PATCH', `/rubrics/${rubric.id}?locale=fr`, {
      token: editor.token,
      headers: { 'Accept-Language': 'fr' },
      json: { criteria: frenchRows(rubric, (criterion) => ({ weight: criterion.key === 'relevance' ? 3 : criterion.weight })) },
    })
    expect(reweighted.status).toBe(400)
    const { errors } = (await reweighted.json()) as { errors: Array<{ message: string }> }
    expect(errors.map((error) => error.message).join(' ')).toContain('ne peuvent plus changer')
    expect((await allRubrics())[0].criteria[0].weight).toBe(2)

    const corrected = await rest('PATCH', `/rubrics/${rubric.id}?locale=fr`, {
      token: editor.token,
      json: {
        title: 'Grille d’évaluation du GKEC (corrigée)',
        criteria: frenchRows(rubric, (criterion) => (criterion.key === 'innovation' ? { name: 'Caractère innovant' } : {})),
      },
    })
    expect(corrected.status).toBe(200)
    const [after] = await allRubrics()
    expect(after.title).toMatchObject({ fr: 'Grille d’évaluation du GKEC (corrigée)', en: rubric.title.en })
    const innovation = after.criteria.find((criterion) => criterion.key === 'innovation')
    expect(innovation?.name).toMatchObject({ fr: 'Caractère innovant', en: 'Innovation', es: 'Innovación' })
    expect(after.status).toBe('current')
  })

  it('making version 2 current retires version 1; the public reads versions in force and retired, never drafts (REST)', async () => {
    const [first] = await allRubrics()
    const draft = await rest('POST', '/rubrics', {
      token: editor.token,
      json: {
        version: 2,
        title: 'GKEC evaluation rubric, second edition',
        status: 'draft',
        scaleMin: 0,
        scaleMax: 4,
        criteria: first.criteria.map((criterion) => ({
          key: criterion.key,
          weight: criterion.key === 'co-benefits' ? 1.5 : criterion.weight,
          name: criterion.name.en,
          description: criterion.description.en,
          levels: criterion.levels.map((level) => ({ score: level.score, descriptor: level.descriptor.en })),
        })),
      },
    })
    expect(draft.status).toBe(201)
    const { doc: second } = (await draft.json()) as { doc: Rubric }

    expect(await publicVersions()).toEqual([[1, 'current']])
    expect((await rest('GET', `/rubrics/${second.id}`)).status).toBe(404)
    expect((await findMethodology(payload, 'en')).rubric?.version).toBe(1)

    const published = await rest('PATCH', `/rubrics/${second.id}`, { token: editor.token, json: { status: 'current' } })
    expect(published.status).toBe(200)
    expect(await publicVersions()).toEqual([
      [1, 'retired'],
      [2, 'current'],
    ])
    expect((await rest('GET', `/rubrics/${first.id}`)).status).toBe(200)
    const methodology = await findMethodology(payload, 'en')
    expect(methodology.rubric?.version).toBe(2)
    expect(methodology.rubric?.criteria.find((criterion) => criterion.key === 'co-benefits')?.weight).toBe(1.5)
  })
})
