import type { Media } from '@/payload-types'

export type CampaignImageView = { url: string; alt: string; width: number | null; height: number | null }

type Size = keyof NonNullable<Media['sizes']>

const isMedia = (value: unknown): value is Media => typeof value === 'object' && value !== null && 'url' in value

/** An uploaded image at the first of `sizes` that was made (uploads smaller than a size lack it), else the original. */
export function imageOf(value: unknown, sizes: Size[] = ['hero', 'card']): CampaignImageView | null {
  if (!isMedia(value) || !value.url || !value.mimeType?.startsWith('image/')) return null
  const size = sizes.map((name) => value.sizes?.[name]).find((candidate) => candidate?.url)
  return {
    url: size?.url ?? value.url,
    alt: value.alt ?? '',
    width: size?.width ?? value.width ?? null,
    height: size?.height ?? value.height ?? null,
  }
}

/** Whether a block's link leaves this site (it then gets rel="noopener" and says so). */
export const isExternal = (url: string): boolean => /^https?:\/\//i.test(url)
