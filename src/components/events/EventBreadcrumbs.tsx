import { Breadcrumbs, type Crumb } from '@/components/geography/Breadcrumbs'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { eventPaths } from '@/lib/events/view/paths'

type Props = { locale: Locale; edition?: { slug: string; title: string }; trail: Crumb[] }

/** Home → Events → the edition → …, the last crumb being the page itself. */
export function EventBreadcrumbs({ locale, edition, trail }: Props) {
  const strings = getStrings(locale).events.breadcrumb
  const crumbs: Crumb[] = [
    { label: strings.home, href: `/${locale}` },
    { label: strings.events, href: eventPaths.list(locale) },
    ...(edition ? [{ label: edition.title, href: eventPaths.edition(locale, edition.slug) }] : []),
    ...trail,
  ]
  return <Breadcrumbs label={strings.label} crumbs={crumbs} />
}
