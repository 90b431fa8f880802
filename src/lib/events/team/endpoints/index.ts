import { checkInEndpoint } from './checkIn'
import { registrantsCsvEndpoint, registrationCountsEndpoint } from './editionTools'

/** The event team's tools on registrations: check-in at the door. */
export const registrationTeamEndpoints = [checkInEndpoint]

/** The event team's tools on an edition: its registrants as CSV, its registrations in figures. */
export const editionTeamEndpoints = [registrantsCsvEndpoint, registrationCountsEndpoint]
