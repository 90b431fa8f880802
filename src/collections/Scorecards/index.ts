import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { userHasRole } from '@/access/roles'
import { nobody } from '@/access/nobody'
import { scorecardReadAccess } from '@/access/publicScorecards'
import { decideEndpoint } from './decide'
import { publishScorecard, unpublishDeletedScorecard } from './publishScorecard'

export const SCORECARD_STATUSES = ['labelled', 'not_labelled', 'needs_consensus', 'reopened'] as const

const readOnly = { readOnly: true }

/**
 * The aggregated result of one evaluation round of a practice, written by the system when the round's
 * evaluations are all in (never by hand). Final results are public; individual evaluations never are.
 */
export const Scorecards: CollectionConfig = {
  slug: 'scorecards',
  labels: {
    singular: { en: 'Evaluation result', fr: 'Résultat d’évaluation', es: 'Resultado de evaluación', pt: 'Resultado da avaliação' },
    plural: { en: 'Evaluation results', fr: 'Résultats d’évaluation', es: 'Resultados de evaluación', pt: 'Resultados da avaliação' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['practice', 'round', 'status', 'overallPercent', 'labelExpiresAt', 'computedAt'],
    group: { en: 'Evaluation', fr: 'Évaluation', es: 'Evaluación', pt: 'Avaliação' },
    components: { beforeListTable: ['@/collections/Scorecards/admin/RevalidationLinks#RevalidationLinks'] },
  },
  defaultSort: '-computedAt',
  access: { read: scorecardReadAccess, create: nobody, update: nobody, delete: isAdmin },
  endpoints: [decideEndpoint],
  hooks: { afterChange: [publishScorecard], afterDelete: [unpublishDeletedScorecard] },
  indexes: [{ fields: ['practice', 'round'], unique: true }],
  fields: [
    { name: 'summary', type: 'text', admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        { name: 'practice', type: 'relationship', relationTo: 'practices', required: true, index: true, admin: readOnly },
        { name: 'round', type: 'number', required: true, admin: readOnly },
        {
          name: 'status',
          type: 'select',
          required: true,
          index: true,
          admin: readOnly,
          options: [
            { value: 'labelled', label: { en: 'Evaluated best practice', fr: 'Bonne pratique évaluée', es: 'Buena práctica evaluada', pt: 'Boa prática avaliada' } },
            { value: 'not_labelled', label: { en: 'Evaluated, not labelled', fr: 'Évaluée, sans label', es: 'Evaluada, sin sello', pt: 'Avaliada, sem selo' } },
            { value: 'needs_consensus', label: { en: 'Needs an editor’s decision', fr: 'Décision d’un éditeur requise', es: 'Requiere decisión editorial', pt: 'Requer decisão editorial' } },
            { value: 'reopened', label: { en: 'Reopened', fr: 'Rouverte', es: 'Reabierta', pt: 'Reaberta' } },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'rubric', type: 'relationship', relationTo: 'rubrics', required: true, admin: readOnly },
        { name: 'rubricVersion', type: 'number', required: true, admin: readOnly },
        { name: 'evaluatorCount', type: 'number', required: true, admin: readOnly },
        { name: 'computedAt', type: 'date', required: true, index: true, admin: readOnly },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'overall', type: 'number', required: true, admin: readOnly },
        { name: 'overallPercent', type: 'number', required: true, index: true, admin: readOnly },
        { name: 'labelAwardedAt', type: 'date', admin: readOnly },
        { name: 'labelExpiresAt', type: 'date', index: true, admin: readOnly },
      ],
    },
    {
      name: 'criteria',
      type: 'array',
      admin: readOnly,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', required: true },
            { name: 'weight', type: 'number', required: true },
            { name: 'mean', type: 'number', required: true },
            { name: 'min', type: 'number', required: true },
            { name: 'max', type: 'number', required: true },
            { name: 'spread', type: 'number', required: true },
          ],
        },
      ],
    },
    {
      name: 'recommendations',
      type: 'group',
      admin: readOnly,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'endorse', type: 'number', defaultValue: 0 },
            { name: 'endorseAfterRevision', type: 'number', defaultValue: 0 },
            { name: 'doNotEndorse', type: 'number', defaultValue: 0 },
          ],
        },
      ],
    },
    { name: 'disagreement', type: 'text', admin: { ...readOnly, description: 'Why an editor must decide, when the evaluators disagree.' } },
    { name: 'namedEvaluators', type: 'array', admin: readOnly, fields: [{ name: 'name', type: 'text', required: true }] },
    {
      name: 'decision',
      type: 'group',
      admin: readOnly,
      // Which editor decided is internal.
      access: { read: ({ req }) => userHasRole(req.user, 'admin', 'editor') },
      fields: [
        { name: 'by', type: 'relationship', relationTo: 'users' },
        { name: 'at', type: 'date' },
        { name: 'reason', type: 'textarea', maxLength: 2000 },
      ],
    },
  ],
  timestamps: true,
}
