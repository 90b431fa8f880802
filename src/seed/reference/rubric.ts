import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Rubric } from '@/payload-types'
import { RUBRIC_SCALE, rubricCriteria, rubricIntroduction, rubricTitle } from './rubricText'

const context = { disableRevalidate: true }
const translations: Array<Exclude<Locale, 'en'>> = ['fr', 'es', 'pt']

/** The localized texts of one language, keeping the row ids of the version so that languages share rows. */
function textsIn(locale: Locale, saved?: Rubric) {
  return {
    title: rubricTitle[locale],
    introduction: rubricIntroduction[locale],
    criteria: rubricCriteria.map((criterion, index) => {
      const row = saved?.criteria?.[index]
      return {
        ...(row?.id ? { id: row.id } : {}),
        key: criterion.key,
        weight: criterion.weight,
        name: criterion.name[locale],
        description: criterion.description[locale],
        levels: criterion.levels.map((descriptor, score) => ({
          ...(row?.levels?.[score]?.id ? { id: row.levels[score].id } : {}),
          score,
          descriptor: descriptor[locale],
        })),
      }
    }),
  }
}

/**
 * The default rubric (version 1, in force, scale 0–4, eight criteria) in every language, created
 * only when there is no rubric at all: once editors have one, the seed never touches it. Written in
 * one transaction, so a half-translated version is never left behind.
 */
export async function seedRubric(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'rubrics', overrideAccess: true })
  if (totalDocs > 0) return false
  const req = await createLocalReq({ context }, payload)
  await initTransaction(req)
  try {
    let saved = await payload.create({
      collection: 'rubrics',
      locale: 'en',
      context,
      overrideAccess: true,
      depth: 0,
      req,
      data: { version: 1, status: 'current', scaleMin: RUBRIC_SCALE.min, scaleMax: RUBRIC_SCALE.max, ...textsIn('en') },
    })
    for (const locale of translations) {
      saved = await payload.update({ collection: 'rubrics', id: saved.id, locale, context, overrideAccess: true, depth: 0, req, data: textsIn(locale, saved) })
    }
    await commitTransaction(req)
    return true
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
