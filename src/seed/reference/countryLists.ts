/**
 * Country groupings that eligibility rules use, as ISO 3166-1 alpha-2 codes. They change by
 * political decision, so each list names its source and the date it was compiled; editors can
 * correct a country's flags in the admin (the seed never overwrites an existing country).
 */

/** The 27 EU Member States (since the United Kingdom left on 31 January 2020). */
export const EU_MEMBERS = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const

/**
 * Countries associated to Horizon Europe (2021–2027).
 *
 * Source: European Commission, "List of participating countries in Horizon Europe" and the
 * Commission's announcements of the later agreements; compiled from material dated up to
 * November 2025:
 * - the 20 listed in November 2024: Albania, Armenia, Bosnia and Herzegovina, Canada (Pillar II),
 *   Faroe Islands, Georgia, Iceland, Israel, Kosovo, Moldova, Montenegro, New Zealand (Pillar II),
 *   North Macedonia, Norway, Serbia, Republic of Korea (Pillar II), Tunisia, Türkiye, Ukraine,
 *   United Kingdom;
 * - Egypt, association agreement signed 22 October 2025;
 * - Switzerland, agreement signed 10 November 2025, applied retroactively from 1 January 2025.
 * Partial associations (Pillar II only) count as associated here. Check the Commission's list
 * before relying on a flag for a legal decision; Morocco and Japan were still negotiating.
 */
export const HORIZON_EUROPE_ASSOCIATED = [
  'AL', 'AM', 'BA', 'CA', 'CH', 'EG', 'FO', 'GB', 'GE', 'IL', 'IS',
  'KR', 'MD', 'ME', 'MK', 'NO', 'NZ', 'RS', 'TN', 'TR', 'UA', 'XK',
] as const

/**
 * Countries and territories on the OECD DAC List of ODA Recipients.
 *
 * Source: OECD Development Assistance Committee, "DAC List of ODA Recipients effective for
 * reporting on 2024 and 2025 flows" (triennial review of 2023), with the change decided in that
 * review: Nauru graduates as of 1 January 2026 and is therefore left out. Montserrat's graduation
 * was to be decided in October 2025 (effective 2026 if approved); it is kept here until confirmed.
 * The next triennial review (second half of 2026) sets the list for 2027 flows. Compiled November 2026.
 * West Bank and Gaza Strip is PS; Kosovo is XK.
 */
export const ODA_RECIPIENTS = [
  // Least developed countries
  'AF', 'AO', 'BD', 'BJ', 'BF', 'BI', 'KH', 'CF', 'TD', 'KM', 'CD', 'DJ', 'ER', 'ET', 'GM',
  'GN', 'GW', 'HT', 'KI', 'LA', 'LS', 'LR', 'MG', 'MW', 'ML', 'MR', 'MZ', 'MM', 'NP', 'NE',
  'RW', 'ST', 'SN', 'SL', 'SB', 'SO', 'SS', 'SD', 'TZ', 'TL', 'TG', 'TV', 'UG', 'YE', 'ZM',
  // Other low-income countries
  'KP', 'SY',
  // Lower middle-income countries and territories
  'DZ', 'BT', 'BO', 'CV', 'CM', 'CG', 'CI', 'EG', 'SV', 'SZ', 'GH', 'HN', 'IN', 'IR', 'JO',
  'KE', 'KG', 'LB', 'FM', 'MN', 'MA', 'NI', 'NG', 'PK', 'PG', 'PH', 'WS', 'LK', 'TJ', 'TK',
  'TN', 'UA', 'UZ', 'VU', 'VN', 'PS', 'ZW',
  // Upper middle-income countries and territories
  'AL', 'AR', 'AM', 'AZ', 'BY', 'BZ', 'BA', 'BW', 'BR', 'CN', 'CO', 'CR', 'CU', 'DM', 'DO',
  'EC', 'GQ', 'FJ', 'GA', 'GE', 'GD', 'GT', 'GY', 'ID', 'IQ', 'JM', 'KZ', 'XK', 'LY', 'MY',
  'MV', 'MH', 'MU', 'MX', 'MD', 'ME', 'MS', 'NA', 'NU', 'MK', 'PW', 'PA', 'PY', 'PE', 'SH',
  'LC', 'VC', 'RS', 'ZA', 'SR', 'TH', 'TO', 'TR', 'TM', 'VE', 'WF',
] as const
