import { EU_MEMBERS } from '../reference/countryLists'

/** The EU Member States. */
export const EU27 = EU_MEMBERS

/** The EU with Norway and Switzerland: the partner states of Interreg Europe and URBACT. */
export const EU27_NORWAY_SWITZERLAND = [...EU_MEMBERS, 'NO', 'CH'] as const

/** The EU with the EEA-EFTA states (Iceland, Liechtenstein, Norway). */
export const EU27_EEA = [...EU_MEMBERS, 'IS', 'LI', 'NO'] as const

/**
 * Member States eligible for the Cohesion Fund in 2021–2027 (gross national income per inhabitant
 * below 90% of the EU average).
 */
export const COHESION_FUND_2021_2027 = ['BG', 'CZ', 'EE', 'GR', 'HR', 'CY', 'LV', 'LT', 'HU', 'MT', 'PL', 'PT', 'RO', 'SI', 'SK'] as const
