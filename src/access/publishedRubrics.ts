import type { Access } from 'payload'

/** The public reads the rubric versions that are or were in force; staff also read drafts. */
export const publishedRubrics: Access = ({ req }) => {
  if (req.user && req.user.collection === 'users') return true
  return { status: { in: ['current', 'retired'] } }
}
