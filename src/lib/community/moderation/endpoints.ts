import type { Endpoint, PayloadRequest } from 'payload'

import { isModerator } from '@/access/moderators'
import { adminLanguage } from '@/components/admin/language'
import { serverMessage } from '@/i18n/serverMessages'
import { MODERATION_ACTIONS, POST_STATES, type PostState } from '../options'
import { decideAppeal } from './appeals'
import { REVIEW_PATH } from './links'
import { moderateMember } from './moderateMember'
import { type ModerationResult, moderatePost } from './moderatePost'
import { ModerationRefusal } from './transaction'

const isForm = (req: PayloadRequest) => /application\/x-www-form-urlencoded|multipart\/form-data/.test(req.headers.get('content-type') ?? '')

/** The review queue's plain forms post url-encoded fields; scripts and tests send JSON. */
async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  const type = req.headers.get('content-type') ?? ''
  if (type.includes('multipart/form-data') && req.formData) {
    return Object.fromEntries([...(await req.formData()).entries()].filter(([, value]) => typeof value === 'string'))
  }
  const text = (await req.text?.().catch(() => '')) ?? ''
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text))
  try {
    const json = JSON.parse(text) as unknown
    return json && typeof json === 'object' ? (json as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

/** Only back into the admin's review queue: never an address given by someone else (no open redirect). */
function backTo(req: PayloadRequest, requested: unknown, notice: Record<string, string>): string {
  const admin = req.payload.config.routes.admin
  const base = typeof requested === 'string' && requested.startsWith(`${admin}${REVIEW_PATH}`) && !requested.includes('//') ? requested.split('#')[0] : `${admin}${REVIEW_PATH}`
  const url = new URL(base, 'http://admin.invalid')
  for (const key of ['ok', 'error', 'state']) url.searchParams.delete(key)
  for (const [key, value] of Object.entries(notice)) url.searchParams.set(key, value)
  return `${url.pathname}${url.search}`
}

function refusalMessage(req: PayloadRequest, refusal: ModerationRefusal): string {
  const language = adminLanguage(req.i18n?.language)
  const vars = { ...refusal.vars }
  if (typeof vars.state === 'string' && vars.state in POST_STATES) vars.state = POST_STATES[vars.state as PostState][language]
  return serverMessage(req, refusal.key, vars)
}

/**
 * Runs a moderation service for an endpoint: 401 signed out, 403 not a moderator (before the body
 * is read), then the service's own answer. A browser form (no JavaScript) is sent back to the review
 * queue (303) with the outcome in the address; JSON callers get JSON.
 */
async function moderationHandler(req: PayloadRequest, run: (body: Record<string, unknown>, id: number) => Promise<ModerationResult>): Promise<Response> {
  const form = isForm(req)
  const admin = req.payload.config.routes.admin
  const fail = (refusal: ModerationRefusal, body: Record<string, unknown> = {}) => {
    if (form && refusal.status === 401) return new Response(null, { status: 303, headers: { Location: `${admin}/login?redirect=${encodeURIComponent(`${admin}${REVIEW_PATH}`)}` } })
    if (form) return new Response(null, { status: 303, headers: { Location: backTo(req, body.returnTo, { error: refusal.key, ...(typeof refusal.vars.state === 'string' ? { state: refusal.vars.state } : {}) }) } })
    return Response.json({ errors: [{ message: refusalMessage(req, refusal) }], code: refusal.key }, { status: refusal.status })
  }
  if (!req.user) return fail(new ModerationRefusal(401, 'moderationSignedOut'))
  if (!isModerator(req.user)) return fail(new ModerationRefusal(403, 'moderationForbidden'))
  const id = Number(req.routeParams?.id)
  const body = await readBody(req)
  try {
    if (!Number.isInteger(id) || id <= 0) throw new ModerationRefusal(404, 'moderationNotFound')
    const result = await run(body, id)
    if (form) return new Response(null, { status: 303, headers: { Location: backTo(req, body.returnTo, { ok: result.action }) } })
    const message = serverMessage(req, 'moderationDone', { action: MODERATION_ACTIONS[result.action][adminLanguage(req.i18n?.language)] })
    return Response.json({ ...result, message })
  } catch (error) {
    if (error instanceof ModerationRefusal) return fail(error, body)
    throw error
  }
}

/** POST /api/community-posts/:id/moderate {action, reason, note, title, body, space}: the review queue's actions on a post. */
export const communityPostEndpoints: Endpoint[] = [
  {
    path: '/:id/moderate',
    method: 'post',
    handler: (req) => moderationHandler(req, (body, id) => moderatePost(req.payload, req.user, id, body)),
  },
]

/** POST /api/members/:id/sanction {action: silence|suspend|lift_sanction|verify_official, reason, note, days or until, evidence}. */
export const memberEndpoints: Endpoint[] = [
  {
    path: '/:id/sanction',
    method: 'post',
    handler: (req) => moderationHandler(req, (body, id) => moderateMember(req.payload, req.user, id, body)),
  },
]

/** POST /api/community-appeals/:id/decide {outcome: upheld|denied, note}: by a moderator other than the one who acted. */
export const appealEndpoints: Endpoint[] = [
  {
    path: '/:id/decide',
    method: 'post',
    handler: (req) => moderationHandler(req, (body, id) => decideAppeal(req.payload, Number(req.user?.id), id, body)),
  },
]
