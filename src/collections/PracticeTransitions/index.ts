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
    { name: 'practice', type: 'relationship', relationTo: 'practices', required: true, index: true },
    { name: 'from', type: 'select', options: workflowOptions },
    { name: 'to', type: 'select', required: true, options: workflowOptions },
    { name: 'by', type: 'relationship', relationTo: 'users' },
    { name: 'comment', type: 'textarea', maxLength: 2000 },
  ],
}
