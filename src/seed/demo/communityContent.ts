import type { Member } from '@/payload-types'

/** A fictional member: every demo name says "(demo)" and every address is @example.org. */
export type DemoMember = {
  key: string
  name: string
  email: string
  organisation: string
  role: NonNullable<Member['role']>
  city: string
  country: string
  languages: NonNullable<Member['languages']>
  themes: string[]
  locale: Member['locale']
  bio: string
  verifiedOfficial?: boolean
}

export type DemoReply = { author: string; body: string; daysAgo: number; solution?: boolean }

export type DemoThread = {
  space: string
  kind: 'question' | 'discussion' | 'twinning'
  title: string
  author: string
  daysAgo: number
  body: string
  tags: string[]
  practices?: string[]
  city?: string
  twinningThemes?: string[]
  replies: DemoReply[]
}

export const demoMembers: DemoMember[] = [
  {
    key: 'mette',
    name: 'Mette Lund (demo)',
    // The demo contact of the Copenhagen practice: "ask the first movers" reaches her.
    email: 'copenhagen-heat@example.org',
    organisation: 'City of Copenhagen (demo data)',
    role: 'city_official',
    city: 'copenhagen',
    country: 'DK',
    languages: ['en'],
    themes: ['energy-systems', 'buildings'],
    locale: 'en',
    bio: 'Fictional member for the demo. Works on the heat supply of a Nordic capital.',
    verifiedOfficial: true,
  },
  {
    key: 'camila',
    name: 'Camila Rojas (demo)',
    email: 'demo-camila@example.org',
    organisation: 'Bogotá transport agency (demo data)',
    role: 'practitioner',
    city: 'bogota',
    country: 'CO',
    languages: ['es', 'en'],
    themes: ['mobility'],
    locale: 'es',
    bio: 'Fictional member for the demo. Plans bus corridors.',
  },
  {
    key: 'kwame',
    name: 'Kwame Mensah (demo)',
    email: 'demo-kwame@example.org',
    organisation: 'Urban agriculture network (demo data)',
    role: 'researcher',
    city: 'kampala',
    country: 'UG',
    languages: ['en', 'sw'],
    themes: ['agriculture-forestry-land-use', 'green-infrastructure'],
    locale: 'en',
    bio: 'Fictional member for the demo. Studies food growing in fast-growing cities.',
  },
  {
    key: 'joao',
    name: 'João Pereira (demo)',
    email: 'demo-joao@example.org',
    organisation: 'Curitiba city hall (demo data)',
    role: 'city_official',
    city: 'curitiba',
    country: 'BR',
    languages: ['pt', 'es', 'en'],
    themes: ['energy-systems', 'mobility'],
    locale: 'pt',
    bio: 'Fictional member for the demo. Coordinates the city’s climate plan.',
  },
]

export const demoThreads: DemoThread[] = [
  {
    space: 'energy-systems',
    kind: 'question',
    title: 'Taking a district heating network off coal: where did you start?',
    author: 'joao',
    daysAgo: 12,
    body: 'Our city is studying a **heat network** for the hospital district. Copenhagen moved a whole network off coal.\n\n- Which plant did you convert first?\n- How did you keep prices stable for households during the switch?',
    tags: ['district heating', 'coal phase-out'],
    practices: ['copenhagen-district-heating-without-coal'],
    replies: [
      {
        author: 'mette',
        daysAgo: 11,
        body: 'We started with the plant whose boilers were due for renewal anyway, so the conversion replaced an investment we had to make. Prices were set by the utility at cost, which kept them predictable. A *heat map* of demand and waste heat came first; it is described in the practice.',
      },
      { author: 'joao', daysAgo: 10, body: 'Thank you, the idea of timing it with the renewal cycle helps a lot.' },
    ],
  },
  {
    space: 'mobility',
    kind: 'question',
    title: 'Bus rapid transit: how did you bring informal bus operators on board?',
    author: 'kwame',
    daysAgo: 20,
    body: 'Many trips here are made by minibuses run by small owners. Before a BRT corridor, how do you avoid a conflict with them?',
    tags: ['BRT', 'informal transport'],
    replies: [
      {
        author: 'camila',
        daysAgo: 19,
        solution: true,
        body: 'In Bogotá the existing operators were invited to form companies that bid to run the trunk and feeder routes, and old buses were scrapped with compensation. It took years of negotiation, but operators became partners instead of opponents.',
      },
      { author: 'joao', daysAgo: 18, body: 'Curitiba did something similar with route concessions in the 1970s: the operators were paid per kilometre, not per passenger, which stopped the race for passengers on the street.' },
    ],
  },
  {
    space: 'agriculture-forestry-land-use',
    kind: 'twinning',
    title: 'Kampala network looks for a partner city on urban agriculture',
    author: 'kwame',
    daysAgo: 6,
    body: 'We look for a city that supports food growing on small plots (training centres, seed banks, water harvesting) to exchange staff visits and monitoring methods over two years.',
    tags: ['twinning', 'urban farming'],
    city: 'kampala',
    twinningThemes: ['agriculture-forestry-land-use', 'green-infrastructure'],
    replies: [{ author: 'joao', daysAgo: 5, body: 'Curitiba runs community gardens on land under power lines; we would be glad to talk about how we monitor harvests.' }],
  },
  {
    space: 'buildings',
    kind: 'discussion',
    title: 'One-stop shops for home renovation: who pays for the advisers?',
    author: 'mette',
    daysAgo: 15,
    body: 'Independent advice gets owners to renovate, but the advisers’ time is expensive. Do your one-stop shops charge homeowners, or are they fully public?',
    tags: ['renovation', 'one-stop shop'],
    replies: [
      { author: 'joao', daysAgo: 14, body: 'Ours is free for a first visit, then a small fee that is refunded when the works are done.' },
      { author: 'camila', daysAgo: 13, body: 'A regional fund pays for ours, with a contribution from the energy companies’ efficiency obligation.' },
    ],
  },
  {
    space: 'americas',
    kind: 'discussion',
    title: 'Latin American cities working with EU Mission cities: what helped?',
    author: 'camila',
    daysAgo: 9,
    body: 'Several cities here exchange with European Mission cities. What made those exchanges useful beyond the study visit?',
    tags: ['city-to-city', 'peer learning'],
    replies: [{ author: 'joao', daysAgo: 8, body: 'Having a shared indicator to compare, decided before the first visit. Without it the exchange stayed anecdotal.' }],
  },
  {
    space: 'europe',
    kind: 'discussion',
    title: 'Turning a climate city contract into next year’s budget lines',
    author: 'mette',
    daysAgo: 3,
    body: 'The contract lists actions and investments, but our budget is voted department by department. How do you keep the link when the budget is prepared?',
    tags: ['climate city contract', 'budgeting'],
    replies: [{ author: 'kwame', daysAgo: 2, body: 'Some cities tag each budget line with its expected emissions effect ("climate budgeting"): the finance department then asks for it like any other figure.' }],
  },
]
