import type { Endpoint, PayloadRequest } from 'payload'

import { adminLanguage } from '@/components/admin/language'
import { refusalResponse } from '@/lib/evaluation/endpointKit'
import { serverMessage } from '@/i18n/serverMessages'
import { refuseOutsideEventTeam } from '../access'
import { editionCounts } from '../counts'
import { teamEdition } from '../editions'
import { registrantCsvStream } from '../exportCsv'

const editionIdOf = (req: PayloadRequest): number | null => {
  const id = Number(req.routeParams?.id)
  return Number.isInteger(id) && id > 0 ? id : null
}

const editionNotFound = (req: PayloadRequest) => refusalResponse(serverMessage(req, 'eventEditionNotFound'), 404)

/**
 * GET /api/event-editions/:id/registrants.csv: the edition's registrants for the event team, one
 * row each (personal data: 403 for anyone else). UTF-8 with a byte-order mark, streamed page by page.
 */
export const registrantsCsvEndpoint: Endpoint = {
  path: '/:id/registrants.csv',
  method: 'get',
  handler: async (req) => {
    const refusal = refuseOutsideEventTeam(req)
    if (refusal) return refusal
    const id = editionIdOf(req)
    const language = adminLanguage(req.i18n?.language)
    const edition = id ? await teamEdition(req.payload, id, language) : null
    if (!edition) return editionNotFound(req)
    return new Response(registrantCsvStream(req.payload, edition.id, language), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="gkec-registrants-${edition.slug.replace(/[^A-Za-z0-9-]/g, '')}.csv"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    })
  },
}

/**
 * GET /api/event-editions/:id/registration-counts: the edition's registrations counted by status,
 * attendance mode (with capacity and free seats), country and role. Event team only.
 */
export const registrationCountsEndpoint: Endpoint = {
  path: '/:id/registration-counts',
  method: 'get',
  handler: async (req) => {
    const refusal = refuseOutsideEventTeam(req)
    if (refusal) return refusal
    const id = editionIdOf(req)
    const counts = id ? await editionCounts(req.payload, id, adminLanguage(req.i18n?.language)) : null
    if (!counts) return editionNotFound(req)
    return Response.json(counts, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
