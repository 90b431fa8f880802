import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'
import { EVALUATION_DEFAULTS } from '@/lib/evaluation/settings'

/**
 * The rules of the evaluation, published on the methodology page (nothing here is confidential):
 * how many evaluators, when reminders go, what a label needs and how long it lasts.
 */
export const EvaluationSettings: GlobalConfig = {
  slug: 'evaluation-settings',
  label: { en: 'Evaluation settings', fr: 'Règles d’évaluation', es: 'Reglas de evaluación', pt: 'Regras de avaliação' },
  admin: { group: { en: 'Evaluation', fr: 'Évaluation', es: 'Evaluación', pt: 'Avaliação' } },
  access: { read: anyone, update: isAdmin },
  hooks: {
    afterChange: [
      ({ doc, req, context }) => {
        revalidate([cacheTags.methodology, cacheTags.practices], { context, req })
        return doc
      },
    ],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'minEvaluators', type: 'number', required: true, min: 2, max: 10, defaultValue: EVALUATION_DEFAULTS.minEvaluators },
        { name: 'defaultDueDays', type: 'number', required: true, min: 1, max: 180, defaultValue: EVALUATION_DEFAULTS.defaultDueDays },
        { name: 'reminderDaysBefore', type: 'number', required: true, min: 1, max: 60, defaultValue: EVALUATION_DEFAULTS.reminderDaysBefore },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'labelThreshold',
          type: 'number',
          required: true,
          min: 0,
          max: 100,
          defaultValue: EVALUATION_DEFAULTS.labelThreshold,
          admin: { description: 'The weighted overall score, as a % of the scale, that earns the label.' },
        },
        {
          name: 'maxSpread',
          type: 'number',
          required: true,
          min: 0,
          max: 10,
          defaultValue: EVALUATION_DEFAULTS.maxSpread,
          admin: { description: 'Above this gap (in points) between two evaluators on one criterion, an editor decides.' },
        },
        { name: 'labelValidityMonths', type: 'number', required: true, min: 1, max: 120, defaultValue: EVALUATION_DEFAULTS.labelValidityMonths },
        {
          name: 'revalidationNoticeMonths',
          type: 'number',
          required: true,
          min: 0,
          max: 24,
          defaultValue: EVALUATION_DEFAULTS.revalidationNoticeMonths,
          admin: { description: 'How long before a label expires the practice appears in the re-validation list.' },
        },
      ],
    },
  ],
}
