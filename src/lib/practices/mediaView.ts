import type { Media } from '@/payload-types'
import type { FileLink, ImageView } from './practiceView'

const isMedia = (value: unknown): value is Media => typeof value === 'object' && value !== null && 'id' in value

/** The display size of an image (the `hero` size when it was made), with its credit and licence. */
export function toImageView(value: number | Media | null | undefined, caption?: string | null): ImageView | null {
  if (!isMedia(value) || !value.url || !value.mimeType?.startsWith('image/')) return null
  const display = value.sizes?.hero?.url ? value.sizes.hero : value.sizes?.card?.url ? value.sizes.card : null
  const og = value.sizes?.og
  return {
    url: display?.url ?? value.url,
    width: display?.width ?? value.width ?? null,
    height: display?.height ?? value.height ?? null,
    alt: value.alt ?? '',
    caption: caption || value.caption || null,
    credit: value.credit ?? null,
    licence: value.licence,
    licenceUrl: value.licenceUrl ?? null,
    og: og?.url && og.width && og.height ? { url: og.url, width: og.width, height: og.height } : null,
  }
}

export function toFileLink(title: string, value: number | Media | null | undefined): FileLink | null {
  if (!isMedia(value) || !value.url) return null
  return { title, url: value.url, mimeType: value.mimeType ?? null, filesize: value.filesize ?? null }
}
