import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'
import { evaluationReadAccess, evaluationUpdateAccess } from './access'
import { exportEndpoint } from './endpoints/export'
import { declareConflictEndpoint, reopenEndpoint, submitEndpoint, withdrawEndpoint } from './endpoints/lifecycle'
import { answerFields, assignmentFields, recordFields } from './fields'
import { guardEvaluation } from './hooks/guardEvaluation'
import { notifyAssignment } from './hooks/notifyAssignment'
import { defaultDueDate, prepareAssignment } from './hooks/prepareAssignment'

/**
 * One evaluator's evaluation of one practice: an assignment made by an editor, then her scores and
 * justifications per criterion of the rubric version, her recommendation, confidence and declaration.
 * Blind until she submits; final once submitted (an editor can reopen it, giving a reason). Never public.
 */
export const Evaluations: CollectionConfig = {
  slug: 'evaluations',
  labels: {
    singular: { en: 'Evaluation', fr: 'Évaluation', es: 'Evaluación', pt: 'Avaliação' },
    plural: { en: 'Evaluations', fr: 'Évaluations', es: 'Evaluaciones', pt: 'Avaliações' },
  },
  admin: {
    defaultColumns: ['practice', 'evaluator', 'status', 'dueDate', 'round', 'submittedAt'],
    group: { en: 'Evaluation', fr: 'Évaluation', es: 'Evaluación', pt: 'Avaliação' },
    components: {
      beforeListTable: ['@/collections/Evaluations/admin/ExportForm#ExportForm'],
      edit: { beforeDocumentControls: ['@/collections/Evaluations/admin/EvaluationControls#EvaluationControls'] },
    },
  },
  defaultSort: 'dueDate',
  access: {
    read: evaluationReadAccess,
    create: hasRole('editor'),
    update: evaluationUpdateAccess,
    delete: isAdmin,
  },
  endpoints: [exportEndpoint, submitEndpoint, reopenEndpoint, withdrawEndpoint, declareConflictEndpoint],
  hooks: {
    beforeValidate: [defaultDueDate],
    beforeChange: [prepareAssignment, guardEvaluation],
    afterChange: [notifyAssignment],
  },
  fields: [...assignmentFields, ...answerFields, ...recordFields],
  timestamps: true,
}
