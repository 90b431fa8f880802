import { CampaignImage } from '@/components/campaigns/CampaignImage'
import { BlockLink } from '@/components/campaigns/BlockLink'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { imageOf, isExternal } from '@/lib/campaigns/media'
import { campaignCtaPath } from '@/lib/campaigns/metrics/links'
import type { HeroBlock as HeroBlockData } from '@/payload-types'

type Props = HeroBlockData & {
  locale: Locale
  pageHeading?: boolean
  /** On a campaign page the button's clicks are counted (through our redirect), except in a staff preview. */
  campaign?: { id: number; slug: string }
  draft?: boolean
}

/**
 * A large heading, a line of text, an image and one button. Opening the page, its heading is the
 * page's <h1> (and its image is loaded at once).
 */
export function HeroBlock({ id, heading, text, image, link, locale, pageHeading = false, campaign, draft = false }: Props) {
  const Heading = pageHeading ? 'h1' : 'h2'
  const picture = imageOf(image, ['hero', 'card'])
  const strings = getStrings(locale).campaigns.blocks
  return (
    <section className={`campaign-hero${picture ? ' campaign-hero--image' : ''}`}>
      <div className="campaign-hero__text">
        <Heading className="campaign-hero__heading">{heading}</Heading>
        {text && <p className="campaign-hero__lead">{text}</p>}
        {link?.url && link.label && (
          <p>
            <BlockLink href={campaign && id && !draft ? campaignCtaPath(campaign.id, id, locale) : link.url} className="button" external={isExternal(link.url) ? strings.externalLink : undefined}>
              {link.label}
            </BlockLink>
          </p>
        )}
      </div>
      {picture && <CampaignImage image={picture} className="campaign-hero__image" eager={pageHeading} />}
    </section>
  )
}
