/** The editorial workflow of a practice. Only `published` (with Payload's `_status` published) is public. */
export const WORKFLOW_STATUSES = ['submitted', 'in_review', 'approved', 'published', 'rejected', 'archived'] as const

export type WorkflowStatus = (typeof WORKFLOW_STATUSES)[number]

export const WORKFLOW_LABELS: Record<WorkflowStatus, Record<'en' | 'fr' | 'es' | 'pt', string>> = {
  submitted: { en: 'Submitted', fr: 'Soumise', es: 'Enviada', pt: 'Submetida' },
  in_review: { en: 'In review', fr: 'En cours d’examen', es: 'En revisión', pt: 'Em revisão' },
  approved: { en: 'Approved', fr: 'Approuvée', es: 'Aprobada', pt: 'Aprovada' },
  published: { en: 'Published', fr: 'Publiée', es: 'Publicada', pt: 'Publicada' },
  rejected: { en: 'Rejected', fr: 'Refusée', es: 'Rechazada', pt: 'Recusada' },
  archived: { en: 'Archived', fr: 'Archivée', es: 'Archivada', pt: 'Arquivada' },
}

/** Where an editor may move a practice from each state. */
export const ALLOWED_TRANSITIONS: Record<WorkflowStatus, readonly WorkflowStatus[]> = {
  submitted: ['in_review', 'rejected'],
  in_review: ['approved', 'rejected'],
  approved: ['published', 'in_review', 'rejected'],
  published: ['archived', 'approved'],
  rejected: ['in_review', 'archived'],
  archived: ['in_review'],
}

/** States a practice may be created in; `published` is reached only by publishing an approved practice. */
export const INITIAL_STATUSES: readonly WorkflowStatus[] = ['submitted', 'in_review', 'approved']

export function canTransition(from: WorkflowStatus, to: WorkflowStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to)
}

export const workflowOptions = WORKFLOW_STATUSES.map((value) => ({ value, label: WORKFLOW_LABELS[value] }))

/** Passed in `req.context` by `transitionPractice`: the only way (besides publishing) to change state. */
export type WorkflowTransitionContext = { to: WorkflowStatus; comment?: string }

/** What the hooks pass from beforeChange to afterChange for one save. */
export type WorkflowChange = { from: WorkflowStatus | null; to: WorkflowStatus; comment?: string }
