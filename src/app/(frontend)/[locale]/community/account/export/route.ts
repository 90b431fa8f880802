import { type NextRequest, NextResponse } from 'next/server'

import { isLocale } from '@/i18n/locales'
import { exportMemberData } from '@/lib/community/members/exportData'
import { currentMember } from '@/lib/community/session'
import { getPayloadClient } from '@/lib/payload'

type Context = { params: Promise<{ locale: string }> }

const PRIVATE = { 'Cache-Control': 'private, no-store' }

/** GET /{locale}/community/account/export — all her data as a JSON download; 401 when nobody is signed in. */
export async function GET(_request: NextRequest, { params }: Context): Promise<NextResponse> {
  const { locale } = await params
  if (!isLocale(locale)) return new NextResponse(null, { status: 404, headers: PRIVATE })
  const member = await currentMember()
  if (!member) return NextResponse.json({ error: 'Sign in to download your data.' }, { status: 401, headers: PRIVATE })
  const data = await exportMemberData(await getPayloadClient(), member.id)
  const date = data.exportedAt.slice(0, 10)
  return new NextResponse(JSON.stringify(data, null, 2), {
    status: 200,
    headers: {
      ...PRIVATE,
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="gkec-community-data-${date}.json"`,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
