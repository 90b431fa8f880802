import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * However a member is deleted (her account page, `DELETE /api/members/:id`, an admin), her profile
 * photos go with her, files included, in the same transaction. Done before the row goes: the
 * database would otherwise clear the photos' owner, and a photo without an owner is public media.
 */
export const deleteMemberPhotos: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: 'media', where: { member: { equals: id } }, overrideAccess: true, depth: 0, req })
}
