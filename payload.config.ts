import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { s3Storage } from '@payloadcms/storage-s3'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { fr } from '@payloadcms/translations/languages/fr'
import { pt } from '@payloadcms/translations/languages/pt'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { migrations } from './migrations'
import { withStartupChecks } from './src/db/startupChecks'
import { isAdmin } from './src/access/isAdmin'
import { Cities } from './src/collections/Cities'
import { CommunityAppeals } from './src/collections/CommunityAppeals'
import { CommunityFlags } from './src/collections/CommunityFlags'
import { CommunityFollows } from './src/collections/CommunityFollows'
import { CommunityNotifications } from './src/collections/CommunityNotifications'
import { CommunityPosts } from './src/collections/CommunityPosts'
import { CommunitySpaces } from './src/collections/CommunitySpaces'
import { Countries } from './src/collections/Countries'
import { EmailDeliveries } from './src/collections/EmailDeliveries'
import { EventEditions } from './src/collections/EventEditions'
import { EventSessions } from './src/collections/EventSessions'
import { FundingActions } from './src/collections/FundingActions'
import { FundingAlerts } from './src/collections/FundingAlerts'
import { Media } from './src/collections/Media'
import { Members } from './src/collections/Members'
import { ModerationActions } from './src/collections/ModerationActions'
import { Organisations } from './src/collections/Organisations'
import { Pages } from './src/collections/Pages'
import { Campaigns } from './src/collections/Campaigns'
import { CampaignMetrics } from './src/collections/CampaignMetrics'
import { News } from './src/collections/News'
import { NewsCategories } from './src/collections/NewsCategories'
import { NewsletterDeliveries } from './src/collections/NewsletterDeliveries'
import { NewsletterIssues } from './src/collections/NewsletterIssues'
import { Subscribers } from './src/collections/Subscribers'
import { Practices } from './src/collections/Practices'
import { PracticeTransitions } from './src/collections/PracticeTransitions'
import { Registrations } from './src/collections/Registrations'
import { Speakers } from './src/collections/Speakers'
import { Themes } from './src/collections/Themes'
import { Evaluations } from './src/collections/Evaluations'
import { Rubrics } from './src/collections/Rubrics'
import { Scorecards } from './src/collections/Scorecards'
import { Users } from './src/collections/Users'
import { outboxEmailAdapter } from './src/email/outboxAdapter'
import { CommunitySettings } from './src/globals/CommunitySettings'
import { EvaluationSettings } from './src/globals/EvaluationSettings'
import { Footer } from './src/globals/Footer'
import { Header } from './src/globals/Header'
import { defaultLocale, locales } from './src/i18n/locales'
import { payloadTranslations } from './src/i18n/serverMessages'
import { jobsConfig } from './src/jobs'
import { runtimeConfig } from './src/lib/runtimeConfig'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const runtime = runtimeConfig()

export default buildConfig({
  secret: runtime.payloadSecret,
  serverURL: runtime.serverURL,
  admin: {
    user: Users.slug,
    // Gravatar would send a hash of every staff email to a third party (and our CSP blocks it anyway).
    avatar: 'default',
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: ' — GKEC admin' },
    // Deadlines are set in the funder's own time zone (e.g. 17:00 in Brussels): every IANA zone.
    timezones: {
      supportedTimezones: ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')].map((zone) => ({ label: zone, value: zone })),
      defaultTimezone: 'Europe/Brussels',
    },
    components: {
      // An evaluator's queue, and a link to it in the navigation for evaluators.
      views: {
        myEvaluations: {
          Component: '@/components/admin/myEvaluations/MyEvaluationsView#MyEvaluationsView',
          path: '/my-evaluations',
          exact: true,
          meta: { title: 'My evaluations' },
        },
        // The event team's desk at the door: scan or type registrants' check-in codes.
        eventCheckIn: {
          Component: '@/components/admin/events/CheckInView#CheckInView',
          path: '/event-check-in',
          exact: true,
          meta: { title: 'Event check-in' },
        },
        // Community moderators' review queue: held and flagged posts, sanctions, appeals.
        communityReview: {
          Component: '@/components/admin/community/ReviewView#ReviewView',
          path: '/community-review',
          exact: true,
          meta: { title: 'Community review' },
        },
        // Communications staff's cookie-less campaign figures: views per day and language, sign-ups, clicks.
        campaignMetrics: {
          Component: '@/components/admin/campaignMetrics/CampaignMetricsView#CampaignMetricsView',
          path: '/campaign-metrics',
          exact: true,
          meta: { title: 'Campaign metrics' },
        },
      },
      afterNavLinks: ['@/components/admin/myEvaluations/MyEvaluationsNavLink#MyEvaluationsNavLink', '@/components/admin/events/CheckInNavLink#CheckInNavLink', '@/components/admin/community/ReviewNavLink#ReviewNavLink', '@/components/admin/campaignMetrics/CampaignMetricsNavLink#CampaignMetricsNavLink'],
    },
    livePreview: {
      collections: ['pages', 'practices', 'funding-actions', 'campaigns', 'news'],
      breakpoints: [
        { label: 'Mobile', name: 'mobile', width: 375, height: 667 },
        { label: 'Tablet', name: 'tablet', width: 768, height: 1024 },
        { label: 'Desktop', name: 'desktop', width: 1440, height: 900 },
      ],
    },
  },
  collections: [Practices, PracticeTransitions, Evaluations, Scorecards, Rubrics, FundingActions, FundingAlerts, Organisations, EventEditions, EventSessions, Speakers, Registrations, CommunitySpaces, CommunityPosts, CommunityFlags, ModerationActions, CommunityAppeals, CommunityFollows, CommunityNotifications, Members, Countries, Cities, Themes, Pages, Campaigns, News, NewsCategories, NewsletterIssues, NewsletterDeliveries, Subscribers, CampaignMetrics, Media, Users, EmailDeliveries],
  globals: [Header, Footer, EvaluationSettings, CommunitySettings],
  localization: {
    locales: locales.map(({ code, label }) => ({ code, label })),
    defaultLocale,
    fallback: true,
  },
  i18n: {
    supportedLanguages: { en, fr, es, pt },
    fallbackLanguage: 'en',
    translations: payloadTranslations,
  },
  editor: lexicalEditor(),
  // Checked on every connection: transactions hold one connection, a dropped idle connection is logged.
  db: withStartupChecks(
    postgresAdapter({
      pool: { connectionString: runtime.databaseURL, max: runtime.databasePoolMax, connectionTimeoutMillis: 5000 },
      migrationDir: path.resolve(dirname, 'migrations'),
      // The schema changes only through committed migrations, in development as in production.
      push: false,
      prodMigrations: migrations,
    }),
  ),
  email: outboxEmailAdapter({
    defaultFromAddress: runtime.emailFromAddress,
    defaultFromName: runtime.emailFromName,
  }),
  jobs: jobsConfig,
  sharp,
  upload: { limits: { fileSize: 20 * 1024 * 1024 } },
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  plugins: [
    s3Storage({
      enabled: Boolean(runtime.s3),
      collections: { media: true },
      bucket: runtime.s3?.bucket ?? '',
      config: {
        endpoint: runtime.s3?.endpoint,
        region: runtime.s3?.region,
        forcePathStyle: runtime.s3?.forcePathStyle,
        credentials: runtime.s3
          ? { accessKeyId: runtime.s3.accessKeyId, secretAccessKey: runtime.s3.secretAccessKey }
          : undefined,
      },
    }),
  ],
}).then((config) => {
  // Payload adds this global for scheduled jobs with "any signed-in user" access; it is admins' only.
  // Set here, on the built config, rather than in onInit, which Payload skips after a failed start.
  const jobStats = config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (jobStats) jobStats.access = { ...jobStats.access, read: isAdmin, update: isAdmin }
  return config
})
