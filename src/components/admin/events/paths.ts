/** Where the event team's check-in desk lives in the admin (after the admin route, e.g. /admin). */
export const CHECK_IN_PATH = '/event-check-in'

/** The edition's tab with its registrations in figures and the CSV export. */
export const EDITION_REGISTRATIONS_PATH = '/registrations'
