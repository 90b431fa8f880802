import type { AdminLanguage } from './language'

/** The result statuses as the Scorecards collection names them. */
export const scorecardStatusLabels: Record<string, Record<AdminLanguage, string>> = {
  labelled: { en: 'Evaluated best practice', fr: 'Bonne pratique évaluée', es: 'Buena práctica evaluada', pt: 'Boa prática avaliada' },
  not_labelled: { en: 'Evaluated, not labelled', fr: 'Évaluée, sans label', es: 'Evaluada, sin sello', pt: 'Avaliada, sem selo' },
  needs_consensus: { en: 'Needs an editor’s decision', fr: 'Décision d’un éditeur requise', es: 'Requiere decisión editorial', pt: 'Requer decisão editorial' },
  reopened: { en: 'Reopened', fr: 'Rouverte', es: 'Reabierta', pt: 'Reaberta' },
}

export { statusLabels as evaluationStatusLabels } from '@/collections/Evaluations/fields'
