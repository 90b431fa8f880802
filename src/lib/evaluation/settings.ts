import type { Payload, PayloadRequest } from 'payload'

export type EvaluationRules = {
  minEvaluators: number
  defaultDueDays: number
  reminderDaysBefore: number
  labelThreshold: number
  maxSpread: number
  labelValidityMonths: number
  revalidationNoticeMonths: number
}

export const EVALUATION_DEFAULTS: EvaluationRules = {
  minEvaluators: 2,
  defaultDueDays: 21,
  reminderDaysBefore: 3,
  labelThreshold: 70,
  maxSpread: 2,
  labelValidityMonths: 36,
  revalidationNoticeMonths: 3,
}

/** The evaluation settings, with the defaults for anything not saved yet. */
export async function evaluationRules(payload: Payload, req?: Partial<PayloadRequest>): Promise<EvaluationRules> {
  const saved = await payload.findGlobal({ slug: 'evaluation-settings', depth: 0, req, overrideAccess: true })
  const rules = { ...EVALUATION_DEFAULTS }
  for (const key of Object.keys(rules) as Array<keyof EvaluationRules>) {
    const value = saved?.[key]
    if (typeof value === 'number' && Number.isFinite(value)) rules[key] = value
  }
  return rules
}
