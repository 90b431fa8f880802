import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { seedCommunitySpaces } from './communitySpaces'
import { seedCommunityGuidelines } from './communityGuidelines'
import { seedDemoPages } from './demoPages'
import { seedDemoCampaigns } from './demo/campaigns'
import { seedDemoCommunity } from './demo/community'
import { seedDemoEvaluations } from './demo/evaluations'
import { seedDemoEvent } from './demo/event'
import { seedDemoPractices } from './demo/practices'
import { seedDemoFunding } from './funding'
import { seedGlobals } from './globals'
import { seedReferenceData } from './reference'
import { seedRubric } from './reference/rubric'

export const DEMO_ADMIN_EMAIL = 'admin@gkec.localhost'

async function seedDemoAdmin(payload: Payload): Promise<void> {
  const existing = await payload.count({
    collection: 'users',
    where: { email: { equals: DEMO_ADMIN_EMAIL } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) return
  const password = randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: DEMO_ADMIN_EMAIL, password, name: 'Demo administrator', roles: ['admin'] },
  })
  // Printed once: the password is stored only as a hash.
  console.info(
    `\n[gkec] demo admin created — sign in at /admin\n        email:    ${DEMO_ADMIN_EMAIL}\n        password: ${password}\n`,
  )
}

/**
 * Reference data (countries, themes, cities, the default evaluation rubric) and globals; with `demo`,
 * demo content and a demo admin too. Running it again changes nothing. Later features add their
 * reference and demo data here.
 */
export async function seed(payload: Payload, options: { demo: boolean }): Promise<void> {
  const reference = await seedReferenceData(payload)
  if (reference.countries + reference.themes + reference.cities > 0) {
    payload.logger.info(
      `Reference data: ${reference.countries} countries, ${reference.themes} themes, ${reference.cities} cities created in ${reference.milliseconds} ms`,
    )
  }
  if (await seedRubric(payload)) payload.logger.info('Evaluation rubric: version 1 created and made current')
  await seedGlobals(payload)
  const spaces = await seedCommunitySpaces(payload)
  if (spaces) payload.logger.info(`Community: ${spaces} spaces created`)
  if (await seedCommunityGuidelines(payload)) payload.logger.info('Community: the guidelines page created in every language')
  if (!options.demo) return
  await seedDemoPages(payload)
  const started = Date.now()
  await seedDemoPractices(payload)
  payload.logger.info(`Demo practices seeded in ${Date.now() - started} ms`)
  // The admin first: the very first account of a database always becomes an admin.
  await seedDemoAdmin(payload)
  const evaluated = await seedDemoEvaluations(payload)
  if (evaluated) payload.logger.info(`Demo evaluations: ${evaluated} practices evaluated by two demo evaluators`)
  const funding = await seedDemoFunding(payload)
  if (funding.organisations + funding.actions + funding.links > 0) {
    payload.logger.info(`Demo funding: ${funding.actions} actions, ${funding.organisations} organisations, ${funding.links} practice links created`)
  }
  const sessions = await seedDemoEvent(payload)
  if (sessions) payload.logger.info(`Demo event: global-outreach-2027 with ${sessions} sessions created`)
  const community = await seedDemoCommunity(payload)
  if (community.members + community.threads > 0) payload.logger.info(`Demo community: ${community.members} members, ${community.threads} threads created`)
  const campaigns = await seedDemoCampaigns(payload)
  if (campaigns.campaigns + campaigns.news > 0) payload.logger.info(`Demo campaigns: ${campaigns.campaigns} campaign, ${campaigns.news} news items created`)
}
