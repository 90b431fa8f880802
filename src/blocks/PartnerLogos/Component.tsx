import { CampaignImage } from '@/components/campaigns/CampaignImage'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { imageOf } from '@/lib/campaigns/media'
import type { PartnerLogosBlock as PartnerLogosBlockData } from '@/payload-types'

/** Partners' logos; each logo's text alternative is the partner's name, and a logo with an address links to it. */
export function PartnerLogosBlock({ id, heading, logos, locale }: PartnerLogosBlockData & { locale: Locale }) {
  const strings = getStrings(locale).campaigns.blocks
  const headingId = `partners-${id ?? 'block'}`
  return (
    <section className="campaign-partners" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading || strings.partnersHeading}</h2>
      <ul className="campaign-partners__list">
        {logos.map((partner, index) => {
          const logo = imageOf(partner.logo, ['thumbnail', 'card'])
          const picture = logo ? <CampaignImage image={{ ...logo, alt: partner.name }} className="campaign-partners__logo" /> : <span>{partner.name}</span>
          return (
            <li key={partner.id ?? index}>
              {partner.url ? (
                <a href={partner.url} rel="noopener">
                  {picture}
                  <span className="visually-hidden"> {strings.externalLink}</span>
                </a>
              ) : (
                picture
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
