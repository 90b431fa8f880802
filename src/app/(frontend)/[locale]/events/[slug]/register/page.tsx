import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PrivacyNotice } from '@/components/eventRegistration/PrivacyNotice'
import { RegistrationBreadcrumbs } from '@/components/eventRegistration/RegistrationBreadcrumbs'
import { RegistrationClosed } from '@/components/eventRegistration/RegistrationClosed'
import { RegistrationForm } from '@/components/eventRegistration/RegistrationForm.client'
import { SeatsSummary } from '@/components/eventRegistration/SeatsSummary'
import { isLocale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { ATTENDANCE_MODES, REGISTRANT_ROLES } from '@/lib/events/options'
import { getRegistrationPage } from '@/lib/events/registration/page/registrationPage'
import { formatDateRange } from '@/lib/events/time'
import { eventPaths } from '@/lib/events/view/paths'
import { localeAlternates } from '@/lib/seo/alternates'
import { getSubmissionFormOptions } from '@/lib/submissions/formOptions'
import { fill } from '@/lib/submissions/fill'
import { registerAction } from './actions'

type Props = { params: Promise<{ locale: string; slug: string }> }

// The seats and the registration window change with every registration and with the clock.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const page = await getRegistrationPage(slug, locale)
  if (!page) return {}
  // The form renders the <title> itself: after a post with errors it starts with "Error:".
  return { title: null, alternates: localeAlternates(locale, `/events/${page.edition.slug}/register`) }
}

/** /{locale}/events/{slug}/register — the registration form of a published edition. */
export default async function RegisterPage({ params }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const page = await getRegistrationPage(slug, locale)
  if (!page) notFound()
  const strings = getStrings(locale)
  const texts = strings.eventRegistration
  const { edition, modes, window } = page
  const title = fill(texts.form.title, { event: edition.title })
  const pageTitle = `${title} — ${strings.site.shortName}`
  const open = window === 'open' && modes.length > 0
  const countries = open ? (await getSubmissionFormOptions(locale)).countries : []
  return (
    <div className="container submission event-registration">
      <RegistrationBreadcrumbs locale={locale} edition={edition} current={texts.breadcrumb.register} strings={texts.breadcrumb} />
      {open ? null : <title>{pageTitle}</title>}
      <h1>{title}</h1>
      <p className="submission__lead">
        {fill(texts.form.when, { dates: formatDateRange(edition.startsAt, edition.endsAt, edition.timeZone, locale), zone: edition.timeZone })}
      </p>
      {open ? (
        <>
          <SeatsSummary locale={locale} modes={modes} strings={texts.seats} />
          <RegistrationForm
            action={registerAction}
            locale={locale}
            editionSlug={edition.slug}
            pageTitle={pageTitle}
            privacy={fill(texts.form.privacy, { days: page.purgeAfterDays })}
            strings={{ form: texts.form, fields: texts.fields, errors: texts.errors }}
            options={{
              countries: countries.map((country) => ({ value: country.code, label: country.name })),
              roles: Object.entries(REGISTRANT_ROLES).map(([value, names]) => ({ value, label: names[locale] })),
              modes: modes.map(({ mode, available }) => ({
                value: mode,
                label: ATTENDANCE_MODES[mode][locale],
                hint: available ? texts.seats.availableHint : texts.seats.waitlistHint,
              })),
            }}
          />
          <PrivacyNotice strings={texts.privacyNotice} purgeAfterDays={page.purgeAfterDays} />
        </>
      ) : (
        <RegistrationClosed
          locale={locale}
          window={window === 'open' ? 'no_mode' : window}
          opensAt={edition.registration.opensAt}
          timeZone={edition.timeZone}
          editionPath={eventPaths.edition(locale, edition.slug)}
          strings={texts.state}
        />
      )}
    </div>
  )
}
