import type { Payload } from 'payload'

import type { Practice, User } from '@/payload-types'

let counter = 0
export const uniqueSuffix = () => `${Date.now().toString(36)}-${process.pid}-${++counter}`

export type PlaceFixture = { countryId: number; cityId: number; themeId: number }

/** A country, city and theme of its own, so a test never depends on seeded reference data. */
export async function createPlace(payload: Payload, options: { population?: number; region?: 'europe' | 'africa' | 'asia' | 'americas' | 'oceania' } = {}): Promise<PlaceFixture> {
  const suffix = uniqueSuffix()
  const existing = await payload.find({ collection: 'countries', where: { code: { equals: 'ZZ' } }, overrideAccess: true, limit: 1 })
  const country =
    existing.docs[0] ??
    (await payload.create({
      collection: 'countries',
      overrideAccess: true,
      data: { name: 'Testland', slug: 'testland', code: 'ZZ', alpha3: 'ZZZ', numeric: '999', region: options.region ?? 'europe', subregion: 'western_europe' },
    }))
  const city = await payload.create({
    collection: 'cities',
    overrideAccess: true,
    data: { name: `Testville ${suffix}`, slug: `testville-${suffix}`, country: country.id, latitude: 48.1, longitude: 11.5, population: options.population ?? 300_000 },
  })
  const theme = await payload.create({
    collection: 'themes',
    overrideAccess: true,
    data: { name: `Theme ${suffix}`, slug: `theme-${suffix}`, kind: 'domain' },
  })
  return { countryId: country.id, cityId: city.id, themeId: theme.id }
}

type PracticeInput = Partial<Omit<Practice, 'id'>> & { title?: string }

/** A practice in the given workflow state; `published` goes through approval and publishing like an editor would. */
export async function createPractice(
  payload: Payload,
  place: PlaceFixture,
  state: 'submitted' | 'in_review' | 'approved' | 'published' = 'in_review',
  data: PracticeInput = {},
): Promise<Practice> {
  const suffix = uniqueSuffix()
  const base = {
    title: `Practice ${suffix}`,
    slug: `practice-${suffix}`,
    summary: 'A test practice.',
    leadCity: place.cityId,
    themes: [place.themeId],
    ...data,
  }
  // `as never` below: Payload's create type cannot see that `slug` and the draft status are set.
  if (state === 'published') {
    return payload.create({
      collection: 'practices',
      overrideAccess: true,
      data: { ...base, workflowStatus: 'approved', _status: 'published' } as never,
    })
  }
  return payload.create({
    collection: 'practices',
    overrideAccess: true,
    draft: true,
    data: { ...base, workflowStatus: state, _status: 'draft' } as never,
  })
}

export async function createStaff(payload: Payload, role: NonNullable<User['roles']>[number]): Promise<{ user: User; token: string }> {
  const email = `${role}-${uniqueSuffix()}@example.org`
  const password = 'a long enough password'
  const user = await payload.create({ collection: 'users', overrideAccess: true, data: { email, password, name: role, roles: [role] } })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { user: { ...user, collection: 'users' } as User, token: token as string }
}
