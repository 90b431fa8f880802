import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { relationId } from './relations'

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024

export type PhotoOutcome = { status: 'saved' } | { status: 'removed' } | { status: 'error'; code: 'photoMissing' | 'photoTooLarge' | 'photoType' | 'photoUnreadable' }

const extension: Record<(typeof PHOTO_TYPES)[number], string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }

async function deleteMedia(payload: Payload, id: number | null, req: Parameters<typeof payload.delete>[0]['req']) {
  if (id) await payload.delete({ collection: 'media', id, overrideAccess: true, req })
}

/**
 * Stores a new profile photo in `media` (the media hook strips its metadata) and deletes the one it
 * replaces, in one transaction. JPEG, PNG or WebP up to 2 MB; the alt text is her name.
 */
export async function replaceMemberPhoto(payload: Payload, memberId: number, file: File | null): Promise<PhotoOutcome> {
  if (!file || file.size === 0) return { status: 'error', code: 'photoMissing' }
  if (file.size > PHOTO_MAX_BYTES) return { status: 'error', code: 'photoTooLarge' }
  const type = file.type as (typeof PHOTO_TYPES)[number]
  if (!PHOTO_TYPES.includes(type)) return { status: 'error', code: 'photoType' }
  const data = Buffer.from(await file.arrayBuffer())
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const member = await payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true, req })
    const previous = relationId(member.photo)
    const media = await payload.create({
      collection: 'media',
      overrideAccess: true,
      req,
      data: { alt: member.name, licence: 'all-rights-reserved', member: memberId },
      file: { data, mimetype: type, name: `member-${memberId}-${Date.now()}.${extension[type]}`, size: data.length },
    })
    await payload.update({ collection: 'members', id: memberId, data: { photo: media.id }, overrideAccess: true, depth: 0, req })
    await deleteMedia(payload, previous, req)
    await commitTransaction(req)
    return { status: 'saved' }
  } catch (error) {
    await killTransaction(req)
    if (error instanceof Error && 'status' in error && error.status === 400) return { status: 'error', code: 'photoUnreadable' }
    throw error
  }
}

/** Removes her photo (and its file). */
export async function removeMemberPhoto(payload: Payload, memberId: number): Promise<PhotoOutcome> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const member = await payload.findByID({ collection: 'members', id: memberId, depth: 0, overrideAccess: true, req })
    const previous = relationId(member.photo)
    await payload.update({ collection: 'members', id: memberId, data: { photo: null }, overrideAccess: true, depth: 0, req })
    await deleteMedia(payload, previous, req)
    await commitTransaction(req)
    return { status: 'removed' }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
