import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { memberPath } from '@/lib/community/members/paths'
import { isPendingVerification } from '@/lib/community/members/verify'
import { getPayloadClient } from '@/lib/payload'
import { resendVerificationAction } from '../sign-in/actions'
import { verifyEmailAction } from './actions'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  // The address carries a secret: no referrer leaves this page, except to this site (its forms post here).
  return { title: null, robots: { index: false, follow: false }, referrer: 'same-origin' }
}

/**
 * /{locale}/community/verify?token=… — the link of the verification email. Opening it confirms
 * nothing (mail scanners open links); its button does. `?resent=1` is where "send a new link" lands
 * (the same words whether or not the address exists).
 */
export default async function VerifyPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const strings = getStrings(locale)
  const { verify, fields, signIn } = strings.members
  const title = (text: string) => <title>{`${text} — ${strings.site.shortName}`}</title>

  if (query.resent === '1') {
    return (
      <div className="container submission members">
        {title(verify.resentTitle)}
        <h1>{verify.resentTitle}</h1>
        <p className="submission__lead">{verify.resentText}</p>
      </div>
    )
  }

  const token = query.token
  if (await isPendingVerification(await getPayloadClient(), token)) {
    return (
      <div className="container submission members">
        {title(verify.confirmTitle)}
        <h1>{verify.confirmTitle}</h1>
        <p className="submission__lead">{verify.confirmText}</p>
        <form className="members-form" action={verifyEmailAction}>
          <input type="hidden" name="pageLocale" value={locale} />
          <input type="hidden" name="token" value={String(token)} />
          <button className="button" type="submit">
            {verify.confirmSubmit}
          </button>
        </form>
      </div>
    )
  }
  return (
    <div className="container submission members">
      {title(verify.invalidTitle)}
      <h1>{verify.invalidTitle}</h1>
      <p className="submission__lead">{verify.invalidText}</p>
      <p>
        <a href={memberPath(locale, 'sign-in')}>{signIn.submit}</a>
      </p>
      <h2>{verify.resendTitle}</h2>
      <form className="submission-form members-form" action={resendVerificationAction}>
        <input type="hidden" name="pageLocale" value={locale} />
        <div className="field">
          <label className="field__label" htmlFor="verify-email">
            {fields.email.label}
          </label>
          <input className="field__input field__input--full" id="verify-email" name="email" type="email" autoComplete="email" required spellCheck={false} />
        </div>
        <button className="button" type="submit">
          {verify.resendSubmit}
        </button>
      </form>
    </div>
  )
}
