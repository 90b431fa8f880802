import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'

import { localeCodes } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/payload'

const previewQuery = z.object({
  collection: z.enum(['pages', 'practices', 'funding-actions', 'campaigns', 'news']),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  locale: z.enum(localeCodes as [string, ...string[]]),
})

/** Opens a draft for signed-in staff: turns on draft mode, then shows the page at its public address. */
export async function GET(request: Request): Promise<Response> {
  const query = previewQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!query.success) return Response.json({ error: 'Invalid preview address.' }, { status: 400 })
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: request.headers })
  if (!user || user.collection !== 'users') {
    return Response.json({ error: 'Sign in to the admin panel to preview drafts.' }, { status: 401 })
  }
  ;(await draftMode()).enable()
  const prefix = { pages: '', practices: '/practices', 'funding-actions': '/funding', campaigns: '/campaigns', news: '/news' }[query.data.collection]
  redirect(`/${query.data.locale}${prefix}/${query.data.slug}`)
}
