import { type NextRequest, NextResponse } from 'next/server'

import { isLocale } from '@/i18n/locales'
import { memberPath } from '@/lib/community/members/paths'
import { removeMemberPhoto, replaceMemberPhoto } from '@/lib/community/members/photo'
import { sameOriginPost } from '@/lib/community/members/sameOrigin'
import { currentMember } from '@/lib/community/session'
import { getPayloadClient } from '@/lib/payload'

type Context = { params: Promise<{ locale: string }> }

// A relative Location: behind the proxy, request.url names the internal host.
const back = (_request: NextRequest, path: string) => new NextResponse(null, { status: 303, headers: { Location: path } })

/**
 * POST /{locale}/community/account/photo — the photo form (multipart, works without JavaScript). A
 * route rather than a server action: a 2 MB photo is over the server actions' body limit.
 */
export async function POST(request: NextRequest, { params }: Context): Promise<NextResponse> {
  const { locale } = await params
  if (!isLocale(locale)) return new NextResponse(null, { status: 404 })
  if (!sameOriginPost(request.headers)) return new NextResponse(null, { status: 403 })
  const member = await currentMember()
  if (!member) return back(request, `${memberPath(locale, 'sign-in')}?next=${encodeURIComponent(memberPath(locale, 'account'))}`)
  const payload = await getPayloadClient()
  let form: FormData
  try {
    form = await request.formData()
  } catch {
    return back(request, `${memberPath(locale, 'account')}?photo=photoUnreadable#photo`)
  }
  if (form.get('remove') === 'yes') {
    await removeMemberPhoto(payload, member.id)
    return back(request, `${memberPath(locale, 'account')}?photo=removed#photo`)
  }
  const file = form.get('photo')
  const outcome = await replaceMemberPhoto(payload, member.id, file instanceof File ? file : null)
  return back(request, `${memberPath(locale, 'account')}?photo=${outcome.status === 'error' ? outcome.code : 'saved'}#photo`)
}
