import type { WorkflowChange } from '@/collections/Practices/workflow'
import type { Practice } from '@/payload-types'

type SubmitterEmail = { subject: string; text: string; html?: string; template: string }

/** The email a submitter receives when their practice reaches a workflow step, or null for none. */
export function submitterEmail({ practice, change }: { practice: Practice; change: WorkflowChange }): SubmitterEmail | null {
  const title = practice.title
  switch (change.to) {
    case 'in_review':
      return { template: 'submission-in-review', subject: `Your practice is in review: ${title}`, text: `Our editors have started reviewing “${title}”.` }
    case 'published':
      return { template: 'submission-published', subject: `Your practice is published: ${title}`, text: `“${title}” is now public on GKEC.` }
    case 'rejected':
      return {
        template: 'submission-rejected',
        subject: `Your practice was not accepted: ${title}`,
        text: `“${title}” was not accepted.\n\nReason: ${change.comment ?? ''}`,
      }
    default:
      return null
  }
}
