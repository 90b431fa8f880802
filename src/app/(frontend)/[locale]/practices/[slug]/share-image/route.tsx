import { ImageResponse } from 'next/og'

import { formatNumber, interpolate } from '@/i18n/interpolate'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { getPublicPractice } from '@/lib/practices/getPractice'
import { drawableText, shareImageFonts } from '@/lib/practices/shareImageFonts'

type Context = { params: Promise<{ locale: string; slug: string }> }

/** The Open Graph image of a practice without an image of its own: its title, place and impact. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const practice = await getPublicPractice(slug, locale)
  if (!practice) return new Response('Not found', { status: 404 })
  const strings = getStrings(locale)
  const place = [practice.leadCity?.name, practice.leadCity?.country?.name].filter(Boolean).join(', ')
  const impact =
    practice.impact.emissionsReduced != null
      ? interpolate(strings.practice.card.reduction, { value: formatNumber(practice.impact.emissionsReduced, locale) }).replace('₂', '2')
      : null
  const title = drawableText(practice.title)
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', background: '#0b3d2e', color: '#ffffff', padding: '64px 72px', fontFamily: 'Atkinson Hyperlegible Next' }}>
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#ffbf47' }}>{drawableText(strings.practice.share.imageTitle)}</div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 24 }}>
          <div style={{ display: 'flex', fontSize: title.length > 80 ? 52 : 64, fontWeight: 700, lineHeight: 1.1 }}>{title}</div>
          {place && <div style={{ display: 'flex', fontSize: 34 }}>{drawableText(place)}</div>}
          {impact && <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: '#e3efe9' }}>{drawableText(impact)}</div>}
        </div>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 26, borderTop: '2px solid rgba(255,255,255,0.4)', paddingTop: 20 }}>
          <span>{drawableText(strings.practice.share.imageFooter)}</span>
          <span style={{ fontWeight: 700 }}>GKEC</span>
        </div>
      </div>
    ),
    {
      width: 1200,
      height: 630,
      fonts: await shareImageFonts(),
      headers: { 'Cache-Control': 'public, max-age=3600, s-maxage=3600, stale-while-revalidate=86400' },
    },
  )
}
