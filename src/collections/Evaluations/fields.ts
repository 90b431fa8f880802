import type { Field } from 'payload'

import { RECOMMENDATIONS } from '@/lib/evaluation/aggregate'
import { editorsOnly, evaluatorOnly } from './access'

export const EVALUATION_STATUSES = ['assigned', 'in_progress', 'submitted', 'withdrawn', 'declined'] as const
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number]

export const statusLabels: Record<EvaluationStatus, Record<'en' | 'fr' | 'es' | 'pt', string>> = {
  assigned: { en: 'Assigned', fr: 'Attribuée', es: 'Asignada', pt: 'Atribuída' },
  in_progress: { en: 'In progress', fr: 'En cours', es: 'En curso', pt: 'Em curso' },
  submitted: { en: 'Submitted', fr: 'Remise', es: 'Enviada', pt: 'Entregue' },
  withdrawn: { en: 'Withdrawn', fr: 'Retirée', es: 'Retirada', pt: 'Retirada' },
  declined: { en: 'Declined (conflict of interest)', fr: 'Déclinée (conflit d’intérêts)', es: 'Rechazada (conflicto de intereses)', pt: 'Recusada (conflito de interesses)' },
}

const recommendationLabels = {
  endorse: { en: 'Endorse', fr: 'Recommander', es: 'Respaldar', pt: 'Recomendar' },
  endorse_after_revision: { en: 'Endorse after revision', fr: 'Recommander après révision', es: 'Respaldar tras revisión', pt: 'Recomendar após revisão' },
  do_not_endorse: { en: 'Do not endorse', fr: 'Ne pas recommander', es: 'No respaldar', pt: 'Não recomendar' },
}

const readOnly = { create: () => false, update: () => false }

/** Who evaluates what, under which rubric version and by when: set by editors. */
export const assignmentFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'practice', type: 'relationship', relationTo: 'practices', required: true, index: true, access: { update: () => false } },
      {
        name: 'evaluator',
        type: 'relationship',
        relationTo: 'users',
        required: true,
        index: true,
        filterOptions: { roles: { contains: 'evaluator' } },
        access: { update: () => false },
      },
    ],
  },
  {
    type: 'row',
    fields: [
      { name: 'dueDate', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayOnly' } }, access: { update: editorsOnly } },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'assigned',
        index: true,
        options: EVALUATION_STATUSES.map((value) => ({ value, label: statusLabels[value] })),
        access: readOnly,
      },
      { name: 'round', type: 'number', index: true, admin: { readOnly: true }, access: readOnly },
      { name: 'rubric', type: 'relationship', relationTo: 'rubrics', admin: { readOnly: true }, access: readOnly },
    ],
  },
]

/** The evaluator's answers. */
export const answerFields: Field[] = [
  // The rubric version's criteria and level descriptors, at hand while scoring.
  { name: 'rubricReference', type: 'ui', admin: { components: { Field: '@/collections/Evaluations/admin/RubricReference#RubricReference' } } },
  {
    name: 'scores',
    type: 'array',
    access: { update: evaluatorOnly },
    admin: {
      components: { RowLabel: '@/collections/Evaluations/admin/ScoreRowLabel#ScoreRowLabel' },
      description: 'One row per criterion of the rubric version (see its level descriptors). Both the score and the justification are needed to submit.',
    },
    fields: [
      { name: 'criterion', type: 'text', required: true, admin: { readOnly: true } },
      {
        type: 'row',
        fields: [
          { name: 'score', type: 'number', min: 0, max: 10, admin: { width: '20%', step: 1 } },
          { name: 'justification', type: 'textarea', maxLength: 4000 },
        ],
      },
    ],
  },
  {
    type: 'row',
    fields: [
      {
        name: 'recommendation',
        type: 'select',
        options: RECOMMENDATIONS.map((value) => ({ value, label: recommendationLabels[value] })),
        access: { update: evaluatorOnly },
      },
      {
        name: 'confidence',
        type: 'select',
        options: [
          { value: 'low', label: { en: 'Low', fr: 'Faible', es: 'Baja', pt: 'Baixa' } },
          { value: 'medium', label: { en: 'Medium', fr: 'Moyenne', es: 'Media', pt: 'Média' } },
          { value: 'high', label: { en: 'High', fr: 'Élevée', es: 'Alta', pt: 'Alta' } },
        ],
        access: { update: evaluatorOnly },
      },
    ],
  },
  { name: 'comments', type: 'textarea', maxLength: 4000, access: { update: evaluatorOnly } },
  {
    name: 'noConflictOfInterest',
    type: 'checkbox',
    defaultValue: false,
    label: {
      en: 'I declare that I have no conflict of interest with this practice, its city or its organisations.',
      fr: 'Je déclare n’avoir aucun conflit d’intérêts avec cette pratique, sa ville ou ses organisations.',
      es: 'Declaro que no tengo ningún conflicto de intereses con esta práctica, su ciudad o sus organizaciones.',
      pt: 'Declaro que não tenho qualquer conflito de interesses com esta prática, a sua cidade ou as suas organizações.',
    },
    access: { update: evaluatorOnly },
  },
  {
    name: 'nameOnScorecard',
    type: 'checkbox',
    defaultValue: false,
    label: {
      en: 'I agree to be named on the public scorecard.',
      fr: 'J’accepte d’être nommé·e sur la fiche d’évaluation publique.',
      es: 'Acepto que mi nombre figure en la ficha de evaluación pública.',
      pt: 'Aceito ser identificado(a) na ficha de avaliação pública.',
    },
    access: { update: evaluatorOnly },
  },
]

/** What the system records: never written by hand. */
export const recordFields: Field[] = [
  { name: 'submittedAt', type: 'date', index: true, admin: { readOnly: true, position: 'sidebar' }, access: readOnly },
  { name: 'assignedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true, position: 'sidebar' }, access: readOnly },
  { name: 'reminderSentAt', type: 'date', admin: { readOnly: true, position: 'sidebar' }, access: readOnly },
  { name: 'declaredConflict', type: 'textarea', maxLength: 2000, admin: { readOnly: true, position: 'sidebar' }, access: readOnly },
  {
    name: 'reopenings',
    type: 'array',
    admin: { readOnly: true },
    access: readOnly,
    fields: [
      { name: 'at', type: 'date', required: true },
      { name: 'by', type: 'relationship', relationTo: 'users' },
      { name: 'reason', type: 'textarea', required: true, maxLength: 2000 },
    ],
  },
]
