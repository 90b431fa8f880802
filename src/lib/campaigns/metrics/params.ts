import { z } from 'zod'

import { localeCodes } from '@/i18n/locales'

const campaignId = z.coerce.number().int().positive().max(2_147_483_647)
const locale = z.enum(localeCodes as [string, ...string[]])

/** `?c=<campaign id>&l=<locale>` of the view pixel. */
export const viewQuery = z.object({ c: campaignId, l: locale })

/** `?c=<campaign id>&b=<block id>&l=<locale>` of a call to action's counted link. */
export const ctaQuery = z.object({ c: campaignId, b: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), l: locale })

/** The query of a request as a plain object (the first value of each name). */
export const queryOf = (request: Request): Record<string, string> => Object.fromEntries(new URL(request.url).searchParams)
