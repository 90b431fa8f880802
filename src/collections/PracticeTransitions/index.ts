import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { nobody } from '@/access/nobody'
import { workflowOptions } from '../Practices/workflow'

/** The audit trail of the editorial workflow: written by the practices' hooks, never by hand. */
export const PracticeTransitions: CollectionConfig = {
  slug: 'practice-transitions',
  labels: {
    singular: { en: 'Workflow step', fr: 'Étape de validation', es: 'Paso editorial', pt: 'Passo editorial' },
    plural: { en: 'Workflow history', fr: 'Historique de validation', es: 'Historial editorial', pt: 'Histórico editorial' },
  },
  admin: {
    defaultColumns: ['practice', 'from', 'to', 'by', 'createdAt'],
    group: { en: 'Practices', fr: 'Pratiques', es: 'Prácticas', pt: 'Práticas' },
    useAsTitle: 'to',
  },
  defaultSort: '-createdAt',
  access: {
    read: hasRole('editor', 'evaluator'),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    // Not required: the history outlives a deleted practice (the link empties, the title stays).
    { name: 'practice', type: 'relationship', relationTo: 'practices', index: true },
    { name: 'practiceTitle', type: 'text', maxLength: 200, admin: { readOnly: true } },
    { name: 'from', type: 'select', options: workflowOptions },
    { name: 'to', type: 'select', required: true, options: workflowOptions },
    { name: 'by', type: 'relationship', relationTo: 'users' },
    { name: 'comment', type: 'textarea', maxLength: 2000 },
  ],
}
