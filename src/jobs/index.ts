import type { JobsConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'
import { userHasRole } from '@/access/roles'
import { deleteUnconfirmedSubmissionsTask } from './deleteUnconfirmedSubmissions'
import { deliverEmailTask } from './deliverEmail'
import { expireEvaluationLabelsTask } from './expireEvaluationLabels'
import { fundingAlertDigestTask } from './fundingAlertDigest'
import { lapseEventOfferTask } from './lapseEventOffer'
import { notifyCommunityTask } from './notifyCommunity'
import { purgeEventDataTask } from './purgeEventData'
import { remindEvaluatorsTask } from './remindEvaluators'
import { sendCommunityDigestTask } from './sendCommunityDigest'
import { sendEventRemindersTask } from './sendEventReminders'
import { resumeNewsletterSendsTask } from './resumeNewsletterSends'
import { sendNewsletterTask } from './sendNewsletter'

const jobsSecret = () => process.env.CRON_SECRET

/** Admins, or an external scheduler that presents `Authorization: Bearer $CRON_SECRET`. */
const adminOrCron = ({ req }: { req: { user?: unknown; headers: Headers } }): boolean => {
  if (userHasRole(req.user as Parameters<typeof userHasRole>[0], 'admin')) return true
  const secret = jobsSecret()
  return Boolean(secret && req.headers.get('authorization') === `Bearer ${secret}`)
}

/**
 * The app's own process runs queued jobs every ten seconds (JOBS_AUTORUN=false turns that off where
 * dedicated workers run them: `npm run worker`).
 */
export const jobsConfig: JobsConfig = {
  tasks: [deliverEmailTask, deleteUnconfirmedSubmissionsTask, remindEvaluatorsTask, expireEvaluationLabelsTask, fundingAlertDigestTask, lapseEventOfferTask, sendEventRemindersTask, purgeEventDataTask, notifyCommunityTask, sendCommunityDigestTask, sendNewsletterTask, resumeNewsletterSendsTask],
  access: { run: adminOrCron, queue: adminOrCron, cancel: adminOrCron },
  autoRun: [{ cron: '*/10 * * * * *', queue: 'default', limit: 20 }],
  shouldAutoRun: () => process.env.JOBS_AUTORUN !== 'false',
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: {
      ...defaultJobsCollection.access,
      read: isAdmin,
      create: () => false,
      update: () => false,
      delete: isAdmin,
    },
  }),
}
