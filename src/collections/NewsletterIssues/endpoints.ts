import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'
import { z } from 'zod'

import { userHasRole } from '@/access/roles'
import { isLocale, localeCodes, type Locale } from '@/i18n/locales'
import { serverMessage } from '@/i18n/serverMessages'
import { renderIssue } from '@/lib/newsletter/render/renderIssue'
import { cancelSchedule, scheduleSend, SendActionError, sendTest } from '@/lib/newsletter/send/actions'
import type { NewsletterSendMessageKey } from '@/lib/newsletter/send/messages'
import { readIssueSendState } from '@/lib/newsletter/send/state'

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })
const refuseWith = (req: PayloadRequest, status: number, key: NewsletterSendMessageKey) => refuse(status, serverMessage(req, key))

/**
 * Communications staff (and admins) only: anonymous callers get 401, other staff 403. Actions are
 * POSTs authenticated by Payload (cookie or token), so a link or an image on another site cannot
 * trigger one.
 */
const staffOnly =
  (work: (req: PayloadRequest, issueId: number) => Promise<Response>): PayloadHandler =>
  async (req) => {
    if (!req.user) return refuseWith(req, 401, 'newsletterSignedOut')
    if (!userHasRole(req.user, 'admin', 'communications')) return refuseWith(req, 403, 'newsletterForbidden')
    const issueId = Number(req.routeParams?.id)
    if (!Number.isInteger(issueId) || issueId <= 0) return refuseWith(req, 400, 'newsletterUnknownIssue')
    try {
      return await work(req, issueId)
    } catch (error) {
      if (error instanceof SendActionError) return refuseWith(req, error.status, error.key)
      throw error
    }
  }

const stateResponse = async (req: PayloadRequest, issueId: number) => {
  const state = await readIssueSendState(req.payload, issueId)
  return state ? Response.json({ state }) : refuseWith(req, 404, 'newsletterUnknownIssue')
}

const body = async (req: PayloadRequest): Promise<unknown> => (req.json ? await req.json().catch(() => ({})) : {})

const localeBody = z.object({ locale: z.enum(localeCodes as [Locale, ...Locale[]]) })
const scheduleBody = z.object({ at: z.iso.datetime({ offset: true }) })

const queryLocale = (req: PayloadRequest): Locale => {
  const value = new URL(req.url ?? 'http://localhost').searchParams.get('locale') ?? 'en'
  return isLocale(value) ? value : 'en'
}

export const newsletterIssueEndpoints: Endpoint[] = [
  { path: '/:id/send-state', method: 'get', handler: staffOnly(stateResponse) },
  {
    // The e-mail as a subscriber of a language would get it (the draft being edited), for the admin's preview.
    path: '/:id/email-preview',
    method: 'get',
    handler: staffOnly(async (req, issueId) => {
      const rendered = await renderIssue(req.payload, issueId, queryLocale(req), 'latest')
      return Response.json({ subject: rendered.subject, contentLocale: rendered.contentLocale, html: rendered.html, text: rendered.text })
    }),
  },
  {
    path: '/:id/send-test',
    method: 'post',
    handler: staffOnly(async (req, issueId) => {
      const parsed = localeBody.safeParse(await body(req))
      if (!parsed.success) return refuseWith(req, 400, 'newsletterTestLocale')
      const to = req.user && 'email' in req.user ? String(req.user.email) : ''
      if (!to) return refuseWith(req, 400, 'newsletterNoEmail')
      await sendTest(req.payload, issueId, parsed.data.locale, to)
      return Response.json({ sentTo: to })
    }),
  },
  {
    path: '/:id/send-now',
    method: 'post',
    handler: staffOnly(async (req, issueId) => {
      await scheduleSend(req.payload, issueId, null)
      return stateResponse(req, issueId)
    }),
  },
  {
    path: '/:id/schedule',
    method: 'post',
    handler: staffOnly(async (req, issueId) => {
      const parsed = scheduleBody.safeParse(await body(req))
      if (!parsed.success) return refuseWith(req, 400, 'newsletterScheduleTime')
      await scheduleSend(req.payload, issueId, new Date(parsed.data.at))
      return stateResponse(req, issueId)
    }),
  },
  {
    path: '/:id/cancel-schedule',
    method: 'post',
    handler: staffOnly(async (req, issueId) => {
      await cancelSchedule(req.payload, issueId)
      return stateResponse(req, issueId)
    }),
  },
]
