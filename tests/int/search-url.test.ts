import { parsePracticeSearchParams } from '@/lib/practices/search'
import type { PracticeSearchParams } from '@/lib/practices/search/types'
import {
  activeFilters,
  EMPTY_SEARCH,
  isRefined,
  pageWindow,
  practicesHref,
  searchQueryString,
  withFilter,
  withOnlyFilter,
  withoutFilter,
  withoutFilters,
  withPage,
} from '@/lib/practices/searchUrl'

const search = (overrides: Partial<PracticeSearchParams>): PracticeSearchParams => ({ ...EMPTY_SEARCH, ...overrides })

describe('addresses of repository searches', () => {
  it('the plain repository has a bare address', () => {
    expect(practicesHref('en', EMPTY_SEARCH)).toBe('/en/practices')
    expect(practicesHref('fr', search({ sort: 'newest' }))).toBe('/fr/practices')
  })

  it('one result set has one address whatever order the filters were chosen in', () => {
    const a = withFilter(withFilter(search({ q: 'heat' }), 'theme', 'mobility'), 'theme', 'buildings')
    const b = withFilter(withFilter(search({ q: 'heat' }), 'theme', 'buildings'), 'theme', 'mobility')
    expect(practicesHref('en', a)).toBe(practicesHref('en', b))
    expect(practicesHref('en', a)).toBe('/en/practices?q=heat&theme=buildings&theme=mobility')
  })

  it('keeps every kind of filter, the year range, the sort and the page', () => {
    const params = search({
      q: 'bus',
      themes: ['mobility'],
      regions: ['europe'],
      countries: ['FR'],
      cities: ['lyon'],
      populationBands: ['1m-5m'],
      missionOnly: true,
      verification: ['independently_verified'],
      statuses: ['completed'],
      yearFrom: 2010,
      yearTo: 2020,
      evaluatedOnly: true,
      minScore: 70,
      labelledOnly: true,
      sort: 'score',
      page: 3,
    })
    expect(practicesHref('en', params)).toBe(
      '/en/practices?q=bus&theme=mobility&region=europe&country=FR&city=lyon&population=1m-5m&mission=1' +
        '&verification=independently_verified&status=completed&evaluated=1&minScore=70&label=1&from=2010&to=2020&sort=score&page=3',
    )
  })

  it('encodes what a visitor types', () => {
    expect(practicesHref('pt', search({ q: 'São Paulo & ônibus' }))).toBe('/pt/practices?q=S%C3%A3o+Paulo+%26+%C3%B4nibus')
  })

  it('sorting by newest is spelled out only when a query would otherwise rank by relevance', () => {
    expect(practicesHref('en', search({ q: 'solar', sort: 'newest' }))).toBe('/en/practices?q=solar&sort=newest')
    expect(practicesHref('en', search({ q: 'solar', sort: 'relevance' }))).toBe('/en/practices?q=solar')
  })
})

describe('changing a search', () => {
  const filtered = search({ q: 'heat', themes: ['buildings', 'energy-systems'], regions: ['europe'], yearFrom: 2015, page: 4 })

  it('adding or removing a filter goes back to the first page, since the results change', () => {
    expect(withFilter(filtered, 'region', 'asia').page).toBe(1)
    expect(withoutFilter(filtered, { facet: 'theme', value: 'buildings' }).page).toBe(1)
  })

  it('removing one filter value keeps the others and the query', () => {
    expect(practicesHref('en', withoutFilter(filtered, { facet: 'theme', value: 'buildings' }))).toBe(
      '/en/practices?q=heat&theme=energy-systems&region=europe&from=2015',
    )
    expect(practicesHref('en', withoutFilter(filtered, { facet: 'year', value: 'from', year: 2015 }))).toBe(
      '/en/practices?q=heat&theme=buildings&theme=energy-systems&region=europe',
    )
  })

  it('adding a value already chosen changes nothing', () => {
    expect(practicesHref('en', withFilter(filtered, 'region', 'europe'))).toBe(practicesHref('en', withPage(filtered, 1)))
  })

  it('a map link shows one country and keeps the other filters', () => {
    const params = search({ countries: ['DE', 'FR'], themes: ['mobility'], page: 2 })
    expect(practicesHref('en', withOnlyFilter(params, 'country', 'BR'))).toBe('/en/practices?theme=mobility&country=BR')
  })

  it('"Mission cities only" is a filter that can be removed like the others', () => {
    const mission = withFilter(EMPTY_SEARCH, 'mission', '1')
    expect(practicesHref('es', mission)).toBe('/es/practices?mission=1')
    expect(activeFilters(mission)).toEqual([{ facet: 'mission', value: '1' }])
    expect(practicesHref('es', withoutFilter(mission, { facet: 'mission', value: '1' }))).toBe('/es/practices')
  })

  it('the evaluation filters are removed like the others; one minimum score at a time', () => {
    const evaluated = withFilter(withFilter(withFilter(EMPTY_SEARCH, 'label', '1'), 'evaluated', '1'), 'minScore', '60')
    expect(practicesHref('pt', evaluated)).toBe('/pt/practices?evaluated=1&minScore=60&label=1')
    expect(activeFilters(evaluated)).toEqual([
      { facet: 'evaluated', value: '1' },
      { facet: 'minScore', value: '60' },
      { facet: 'label', value: '1' },
    ])
    expect(withFilter(evaluated, 'minScore', '80').minScore).toBe(80)
    expect(withFilter(evaluated, 'minScore', '85').minScore).toBe(60)
    expect(practicesHref('pt', withoutFilter(evaluated, { facet: 'minScore', value: '60' }))).toBe('/pt/practices?evaluated=1&label=1')
    expect(practicesHref('pt', withoutFilter(evaluated, { facet: 'label', value: '1' }))).toBe('/pt/practices?evaluated=1&minScore=60')
    expect(practicesHref('pt', withoutFilters({ ...evaluated, sort: 'score' }))).toBe('/pt/practices?sort=score')
    expect(isRefined(search({ minScore: 50 }))).toBe(true)
  })

  it('clearing all filters keeps what the visitor typed', () => {
    expect(practicesHref('en', withoutFilters(filtered))).toBe('/en/practices?q=heat')
  })

  it('lists the applied filters in the order of the form, with the year range last', () => {
    expect(activeFilters(filtered)).toEqual([
      { facet: 'theme', value: 'buildings' },
      { facet: 'theme', value: 'energy-systems' },
      { facet: 'region', value: 'europe' },
      { facet: 'year', value: 'from', year: 2015 },
    ])
  })

  it('tells the plain first page from a refined one', () => {
    expect(isRefined(EMPTY_SEARCH)).toBe(false)
    expect(isRefined(search({ q: ' ' }))).toBe(false)
    expect(isRefined(search({ page: 2 }))).toBe(true)
    expect(isRefined(search({ q: 'x' }))).toBe(true)
    expect(isRefined(search({ missionOnly: true }))).toBe(true)
  })
})

describe('pagination links', () => {
  it('links the first, the last and the pages around the current one, with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5])
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20])
    expect(pageWindow(2, 20)).toEqual([1, 2, 3, 4, null, 20])
  })
})

describe('addresses read back by the search', () => {
  // The page redirects any other spelling of a search to this address; reading it back must give the same address.
  it.each([
    '',
    'q=heat+pumps',
    'q=&theme=mobility&from=&to=&sort=relevance',
    'region=europe&theme=mobility&theme=buildings&country=fr&page=2',
    'q=%C3%B4nibus&sort=newest&mission=on&population=1m-5m&verification=independently_verified&status=completed',
    'from=2020&to=2010&sort=emissions',
    'theme=not+a+slug&region=atlantis&page=-3&sort=random',
    'city=lyon&city=lyon&country=DE&country=de',
    'label=on&minScore=80&evaluated=true&sort=score',
    'minScore=&minScore=75&label=0&evaluated=yes',
  ])('%p has one canonical address, which reads back to itself', (raw) => {
    const canonical = searchQueryString(parsePracticeSearchParams(new URLSearchParams(raw)))
    expect(searchQueryString(parsePracticeSearchParams(new URLSearchParams(canonical)))).toBe(canonical)
  })

  it('keeps every filter a visitor chose', () => {
    const chosen = search({
      q: 'bus',
      themes: ['buildings', 'mobility'],
      regions: ['europe'],
      countries: ['FR'],
      cities: ['lyon'],
      populationBands: ['1m-5m'],
      missionOnly: true,
      verification: ['expert_reviewed'],
      statuses: ['ongoing'],
      yearFrom: 2010,
      yearTo: 2020,
      sort: 'emissions',
      page: 2,
    })
    expect(parsePracticeSearchParams(new URLSearchParams(searchQueryString(chosen)))).toEqual(chosen)
  })
})
