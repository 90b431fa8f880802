import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { serverMessage } from '@/i18n/serverMessages'
import { ACCEPTED_IMAGE_TYPES, ACCEPTED_TYPES, MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from '../limits'

const toMB = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

/**
 * Refuses files we do not accept, with a message the uploader can act on, and rewrites every image
 * without its metadata: EXIF (camera, owner, GPS position), XMP and IPTC never reach storage. The
 * image is turned upright first, since the orientation lived in the EXIF we drop.
 */
export const sanitizeUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args

  if (file.size > MAX_UPLOAD_BYTES) {
    throw new APIError(serverMessage(req, 'fileTooLarge', { size: toMB(file.size), max: MAX_UPLOAD_MB }), 413, null, true)
  }
  if (!(ACCEPTED_TYPES as readonly string[]).includes(file.mimetype)) {
    throw new APIError(serverMessage(req, 'fileTypeNotAccepted', { type: file.mimetype || '?' }), 415, null, true)
  }
  if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.mimetype)) return args

  try {
    const cleaned = await sharp(file.data, { failOn: 'error' }).rotate().toBuffer()
    file.data = cleaned
    file.size = cleaned.length
  } catch {
    throw new APIError(serverMessage(req, 'imageUnreadable'), 400, null, true)
  }
  return args
}
