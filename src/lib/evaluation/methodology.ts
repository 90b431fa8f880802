import { unstable_cache } from 'next/cache'
import type { Payload } from 'payload'
import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cacheTags } from '@/lib/cache/tags'
import { getPayloadClient } from '@/lib/payload'
import type { Rubric } from '@/payload-types'
import { evaluationRules, type EvaluationRules } from './settings'

export type MethodologyCriterion = {
  key: string
  name: string
  description: string
  weight: number
  /** The criterion's share of the overall score, 0–100. */
  share: number
  levels: Array<{ score: number; descriptor: string }>
}

export type MethodologyRubric = {
  version: number
  title: string
  introduction: string | null
  publishedAt: string | null
  scaleMin: number
  scaleMax: number
  criteria: MethodologyCriterion[]
}

/** The rubric in force (none while no version has been made current) and the rules of the evaluation. */
export type Methodology = { rubric: MethodologyRubric | null; rules: EvaluationRules }

export function toMethodologyRubric(rubric: Rubric): MethodologyRubric {
  const criteria = rubric.criteria ?? []
  const totalWeight = criteria.reduce((sum, criterion) => sum + Number(criterion.weight), 0)
  return {
    version: rubric.version,
    title: rubric.title,
    introduction: rubric.introduction || null,
    publishedAt: rubric.publishedAt ?? null,
    scaleMin: rubric.scaleMin,
    scaleMax: rubric.scaleMax,
    criteria: criteria.map((criterion) => ({
      key: criterion.key,
      name: criterion.name,
      description: criterion.description,
      weight: Number(criterion.weight),
      share: totalWeight > 0 ? (Number(criterion.weight) / totalWeight) * 100 : 0,
      levels: (criterion.levels ?? [])
        .map((level) => ({ score: Number(level.score), descriptor: level.descriptor }))
        .sort((a, b) => a.score - b.score),
    })),
  }
}

/** What the methodology page publishes, read as an anonymous visitor would. */
export async function findMethodology(payload: Payload, locale: Locale): Promise<Methodology> {
  const { docs } = await payload.find({
    collection: 'rubrics',
    where: { status: { equals: 'current' } },
    locale,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: false,
  })
  const rules = await evaluationRules(payload)
  return { rubric: docs[0] ? toMethodologyRubric(docs[0]) : null, rules }
}

/** The methodology of one language, cached until a rubric version or the evaluation settings change. */
export const getMethodology = cache(
  async (locale: Locale): Promise<Methodology> =>
    unstable_cache(async () => findMethodology(await getPayloadClient(), locale), ['methodology', locale], {
      tags: [cacheTags.methodology],
    })(),
)
