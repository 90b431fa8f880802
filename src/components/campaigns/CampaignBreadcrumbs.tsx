import { Breadcrumbs, type Crumb } from '@/components/geography/Breadcrumbs'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { campaignsPath } from '@/lib/campaigns/paths'

/** Home → Campaigns (→ the campaign), the last crumb being the page itself. */
export function CampaignBreadcrumbs({ locale, current }: { locale: Locale; current?: string }) {
  const strings = getStrings(locale).campaigns
  const crumbs: Crumb[] = [
    { label: strings.page.home, href: `/${locale}` },
    { label: strings.list.title, href: campaignsPath(locale) },
    ...(current ? [{ label: current }] : []),
  ]
  return <Breadcrumbs label={strings.page.breadcrumb} crumbs={crumbs} />
}
