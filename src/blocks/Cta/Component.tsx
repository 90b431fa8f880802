import { BlockLink } from '@/components/campaigns/BlockLink'
import type { Locale } from '@/i18n/locales'
import { getStrings } from '@/i18n/strings'
import { isExternal } from '@/lib/campaigns/media'
import { campaignCtaPath } from '@/lib/campaigns/metrics/links'
import type { CtaBlock as CtaBlockData } from '@/payload-types'

type Props = CtaBlockData & { locale: Locale; campaign: { id: number; slug: string }; draft?: boolean }

/**
 * A call to action. Its link goes through our counting redirect (which looks the address up by the
 * block's id); a draft preview links straight to the address, so staff clicks are not counted.
 */
export function CtaBlock({ id, heading, text, link, locale, campaign, draft = false }: Props) {
  const strings = getStrings(locale).campaigns.blocks
  const href = !draft && id ? campaignCtaPath(campaign.id, id, locale) : link.url
  return (
    <section className="cta campaign-cta">
      <h2>{heading}</h2>
      {text && <p>{text}</p>}
      <p>
        <BlockLink href={href} className="button" external={isExternal(link.url) ? strings.externalLink : undefined}>
          {link.label}
        </BlockLink>
      </p>
    </section>
  )
}
