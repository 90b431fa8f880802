import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '@/payload-types'

export const SHARE_IMAGE_WIDTH = 1200
export const SHARE_IMAGE_HEIGHT = 630

/** GKEC's dark green and its accent (as on the practices' share images). */
const BRAND = { background: '#0b3d2e', accent: '#ffbf47' }
const STRIPE = 12

const stripe = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE_WIDTH}" height="${STRIPE}"><rect width="100%" height="100%" fill="${BRAND.accent}"/></svg>`,
)

/** The original upload of a media document, read from the media directory (never fetched). */
async function readOriginal(payload: Payload, media: Media): Promise<Buffer | null> {
  if (!media.filename || !media.mimeType?.startsWith('image/')) return null
  const upload = payload.collections.media?.config.upload
  const staticDir = (typeof upload === 'object' && upload?.staticDir) || 'media'
  const directory = path.resolve(process.cwd(), staticDir)
  const file = path.resolve(directory, path.basename(media.filename))
  try {
    return await readFile(file)
  } catch {
    return null
  }
}

/**
 * A campaign's 1200×630 PNG share image: its hero image cropped to cover (around the editor's
 * focal point when set), or a plain branded background when it has none; an accent stripe at the
 * foot either way.
 */
export async function renderShareImage(payload: Payload, hero: Media | null): Promise<Buffer> {
  const original = hero ? await readOriginal(payload, hero) : null
  const base = original
    ? sharp(original).rotate().resize(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT, { fit: 'cover', position: focalPosition(hero) })
    : sharp({ create: { width: SHARE_IMAGE_WIDTH, height: SHARE_IMAGE_HEIGHT, channels: 3, background: BRAND.background } })
  return base
    .composite([{ input: stripe, top: SHARE_IMAGE_HEIGHT - STRIPE, left: 0 }])
    .flatten({ background: BRAND.background })
    .png()
    .toBuffer()
}

/** Sharp's crop gravity nearest to the focal point (Payload stores it in % of each side). */
function focalPosition(media: Media | null): string {
  const x = media?.focalX ?? 50
  const y = media?.focalY ?? 50
  const column = x < 34 ? 'left' : x > 66 ? 'right' : ''
  const row = y < 34 ? 'top' : y > 66 ? 'bottom' : ''
  return [column, row].filter(Boolean).join(' ') || 'centre'
}
