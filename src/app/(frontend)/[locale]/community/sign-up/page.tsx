import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { SignUpForm } from '@/components/members/SignUpForm.client'
import { TermsSummary } from '@/components/members/TermsSummary'
import { CountryStep } from '@/components/members/CountryStep'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { countryParam, getProfileChoices } from '@/lib/community/members/choices'
import { memberPath } from '@/lib/community/members/paths'
import { currentMember } from '@/lib/community/session'
import { getPayloadClient } from '@/lib/payload'
import { signUpAction } from './actions'

// The city list depends on ?country= (the layout prerenders otherwise).
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const { signUp } = getStrings(locale).members
  // The form renders the <title> itself: after a post with errors it starts with "Error:".
  return { title: null, description: signUp.lead, robots: { index: false, follow: true } }
}

/** /{locale}/community/sign-up?country=XX — join the learning community. */
export default async function SignUpPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  if (await currentMember()) redirect(memberPath(locale, 'account'))
  const strings = getStrings(locale)
  const { signUp } = strings.members
  const choices = await getProfileChoices(await getPayloadClient(), locale, countryParam((await searchParams).country))
  return (
    <div className="container submission members">
      <h1>{signUp.title}</h1>
      <p className="submission__lead">{signUp.lead}</p>
      <p>
        {signUp.haveAccount} <a href={memberPath(locale, 'sign-in')}>{signUp.signIn}</a>
      </p>
      <CountryStep action={memberPath(locale, 'sign-up')} choices={choices} strings={strings.members} idPrefix="sign-up" />
      <TermsSummary strings={strings.members} locale={locale} />
      <SignUpForm action={signUpAction} locale={locale} pageTitle={`${signUp.title} — ${strings.site.shortName}`} choices={choices} strings={strings.members} />
    </div>
  )
}
