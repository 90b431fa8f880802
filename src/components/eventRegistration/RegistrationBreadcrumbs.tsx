import { Breadcrumbs } from '@/components/geography/Breadcrumbs'
import type { Locale } from '@/i18n/locales'
import type { EventRegistrationStrings } from '@/i18n/strings/eventRegistration/en'
import { eventPaths } from '@/lib/events/view/paths'

/** Events → the edition → this page. */
export function RegistrationBreadcrumbs({
  locale,
  edition,
  current,
  strings,
}: {
  locale: Locale
  edition: { slug: string; title: string }
  current: string
  strings: EventRegistrationStrings['breadcrumb']
}) {
  return (
    <Breadcrumbs
      label={strings.label}
      crumbs={[
        { label: strings.events, href: eventPaths.list(locale) },
        { label: edition.title, href: eventPaths.edition(locale, edition.slug) },
        { label: current },
      ]}
    />
  )
}
