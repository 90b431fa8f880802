import { DEFAULT_FUNDING_SORT, type FundingSearchParams } from '@/lib/funding/params'

type Part = 'words' | 'place' | 'facets' | 'applicant'

/**
 * The parts of a search a form does not ask for itself, as hidden fields, so that sending the form
 * keeps them (the page then redirects to the search's one address).
 */
export function HiddenFilters({ params, keep }: { params: FundingSearchParams; keep: Part[] }) {
  const fields: Array<[string, string]> = []
  if (keep.includes('words') && params.q) fields.push(['q', params.q])
  if (keep.includes('words') && params.sort !== DEFAULT_FUNDING_SORT) fields.push(['sort', params.sort])
  if (keep.includes('place')) {
    if (params.city) fields.push(['city', params.city])
    if (params.country) fields.push(['country', params.country])
    if (params.region) fields.push(['region', params.region])
  }
  if (keep.includes('applicant')) for (const value of params.applicantTypes) fields.push(['applicant', value])
  if (keep.includes('facets')) {
    for (const value of params.directions) fields.push(['direction', value])
    for (const value of params.levels) fields.push(['level', value])
    for (const value of params.instruments) fields.push(['instrument', value])
    for (const value of params.themes) fields.push(['theme', value])
    for (const value of params.providerCountries) fields.push(['provider', value])
    for (const value of params.statuses) fields.push(['status', value])
    if (params.showClosed) fields.push(['closed', '1'])
  }
  return (
    <>
      {fields.map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
    </>
  )
}
