import type { FieldHook } from 'payload'

/** A duplicated rubric becomes the next version number (a draft, to be edited and then made current). */
export const nextVersion: FieldHook = async ({ req }) => {
  const { docs } = await req.payload.find({ collection: 'rubrics', sort: '-version', limit: 1, depth: 0, overrideAccess: true, req, select: { version: true } })
  return (docs[0]?.version ?? 0) + 1
}
