import type { CampaignImageView } from '@/lib/campaigns/media'

type Props = { image: CampaignImageView; className?: string; decorative?: boolean; eager?: boolean }

/** An uploaded image as served (images are not optimised on the fly), with its size to keep the layout still. */
export function CampaignImage({ image, className, decorative = false, eager = false }: Props) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- images are served as uploaded (images.unoptimized)
    <img
      className={className}
      src={image.url}
      alt={decorative ? '' : image.alt}
      width={image.width ?? undefined}
      height={image.height ?? undefined}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
