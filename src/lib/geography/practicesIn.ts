import type { Where } from 'payload'

/** Practices carried out in a place: led by a city there, or with a further location there. */
export const practicesInCity = (cityId: number): Where => ({ or: [{ leadCity: { equals: cityId } }, { otherLocations: { in: [cityId] } }] })

export const practicesInCountry = (countryId: number): Where => ({
  or: [{ 'leadCity.country': { equals: countryId } }, { 'otherLocations.country': { equals: countryId } }],
})

export const practicesInRegion = (region: string): Where => ({
  or: [{ 'leadCity.country.region': { equals: region } }, { 'otherLocations.country.region': { equals: region } }],
})
