import { CampaignImage } from '@/components/campaigns/CampaignImage'
import { imageOf } from '@/lib/campaigns/media'
import type { QuoteBlock as QuoteBlockData } from '@/payload-types'

/** A quotation with who said it; the portrait is decorative (the name is beside it). */
export function QuoteBlock({ quote, author, role, image }: QuoteBlockData) {
  const portrait = imageOf(image, ['thumbnail', 'card'])
  return (
    <figure className="campaign-quote">
      {portrait && <CampaignImage image={portrait} className="campaign-quote__portrait" decorative />}
      <blockquote className="campaign-quote__text">
        <p>{quote}</p>
      </blockquote>
      <figcaption className="campaign-quote__author">
        <span className="campaign-quote__name">{author}</span>
        {role && <span className="campaign-quote__role">{role}</span>}
      </figcaption>
    </figure>
  )
}
