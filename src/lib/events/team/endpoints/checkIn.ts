import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { checkInResultPage } from '@/components/admin/events/checkInResultPage'
import { adminLanguage } from '@/components/admin/language'
import { type ServerMessageKey, serverMessage } from '@/i18n/serverMessages'
import { refuseOutsideEventTeam } from '../access'
import { checkIn, type CheckInOutcome } from '../checkIn'
import { modeName, venueTime } from '../format'

const checkInBody = z.object({
  edition: z.coerce.number().int().positive(),
  code: z.string().trim().min(1).max(64),
})

/** The desk's form posts url-encoded fields without JavaScript; its script sends JSON. */
async function readBody(req: PayloadRequest): Promise<unknown> {
  const type = req.headers.get('content-type') ?? ''
  const text = (await req.text?.().catch(() => '')) ?? ''
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text))
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}

type Answer = { status: number; outcome: CheckInOutcome['outcome'] | 'bad_request'; message: string; registrant?: Record<string, unknown> }

function answer(req: PayloadRequest, result: CheckInOutcome): Answer {
  const language = adminLanguage(req.i18n?.language)
  const say = (key: ServerMessageKey, vars: Record<string, string | number> = {}) => serverMessage(req, key, vars)
  switch (result.outcome) {
    case 'checked_in': {
      const { registrant } = result
      const mode = modeName(registrant.attendanceMode, language)
      return { status: 200, outcome: result.outcome, message: say('eventCheckInDone', { name: registrant.name, mode }), registrant: { ...registrant, mode } }
    }
    case 'already_checked_in': {
      const { registrant } = result
      const time = venueTime(registrant.checkedInAt, result.timeZone, language)
      const who = result.checkedInBy ?? say('eventCheckInSomeone')
      return { status: 409, outcome: result.outcome, message: say('eventCheckInAlready', { name: registrant.name, time, who }), registrant: { ...registrant, checkedInBy: who } }
    }
    case 'no_seat': {
      const key = ({ waitlisted: 'eventCheckInWaitlisted', offered: 'eventCheckInOffered', cancelled: 'eventCheckInCancelled' } as const)[result.status]
      return { status: 409, outcome: result.outcome, message: say(key, { name: result.name, position: result.waitlistPosition ?? '—' }) }
    }
    case 'not_found':
      return { status: 404, outcome: result.outcome, message: say('eventCheckInNotFound', { code: result.code }) }
    case 'edition_not_found':
      return { status: 404, outcome: result.outcome, message: say('eventEditionNotFound') }
  }
}

/**
 * POST /api/registrations/check-in {edition, code}: the event team checks a registrant in at the
 * door. 200 with who she is; 409 when she was already checked in (when, by whom) or has no seat
 * (waiting list, offer not accepted, cancelled); 404 for a code unknown to that edition; 400 for a
 * body without both; 403 outside the event team. A browser posting the desk's form without
 * JavaScript gets the answer as a page with the form again, ready for the next code.
 */
export const checkInEndpoint: Endpoint = {
  path: '/check-in',
  method: 'post',
  handler: async (req) => {
    const refusal = refuseOutsideEventTeam(req)
    if (refusal) return refusal
    const parsed = checkInBody.safeParse(await readBody(req))
    const result: Answer = parsed.success
      ? answer(req, await checkIn(req.payload, { editionId: parsed.data.edition, code: parsed.data.code, userId: Number(req.user?.id) }))
      : { status: 400, outcome: 'bad_request', message: serverMessage(req, 'eventCheckInBadRequest') }
    if (/text\/html/.test(req.headers.get('accept') ?? '')) {
      const page = checkInResultPage({
        language: req.i18n?.language,
        adminRoute: req.payload.config.routes.admin,
        action: `${req.payload.config.routes.api}/registrations/check-in`,
        editionId: parsed.success ? parsed.data.edition : null,
        ok: result.status === 200,
        message: result.message,
      })
      return new Response(page, { status: result.status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' } })
    }
    if (result.status === 200) return Response.json({ outcome: result.outcome, message: result.message, registrant: result.registrant })
    return Response.json({ errors: [{ message: result.message }], outcome: result.outcome, registrant: result.registrant }, { status: result.status })
  },
}
