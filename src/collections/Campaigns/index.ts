import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { publicCampaigns } from '@/access/publicCampaigns'
import { campaignBlocks } from '@/blocks'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { CAMPAIGN_AUDIENCES } from '@/lib/campaigns/options'
import { localizedOptions, WORLD_REGIONS } from '@/lib/geography/regions'
import { locales } from '@/i18n/locales'
import { previewPath } from '@/lib/preview/previewPath'
import { revalidateCampaign, revalidateDeletedCampaign } from './hooks/revalidateCampaign'
import { scheduleCampaignEnd } from './hooks/scheduleCampaignEnd'

const communications = hasRole('communications')

/**
 * Campaign landing pages, built by communications staff from blocks. Each language has its own
 * layout, falling back to English. Publication can be scheduled (Payload's schedule publish); a
 * published campaign with an end is unpublished at its end by a queued job.
 */
export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  labels: {
    singular: { en: 'Campaign', fr: 'Campagne', es: 'Campaña', pt: 'Campanha' },
    plural: { en: 'Campaigns', fr: 'Campagnes', es: 'Campañas', pt: 'Campanhas' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', 'startsAt', 'endsAt', '_status', 'updatedAt'],
    group: { en: 'Communications', fr: 'Communication', es: 'Comunicación', pt: 'Comunicação' },
    livePreview: {
      url: ({ data, locale }) => previewPath({ collection: 'campaigns', slug: data?.slug, locale: locale?.code }),
    },
    preview: (data, { locale }) => previewPath({ collection: 'campaigns', slug: data?.slug as string, locale }),
  },
  access: {
    read: publicCampaigns,
    readVersions: communications,
    create: communications,
    update: communications,
    delete: communications,
  },
  versions: {
    drafts: { autosave: { interval: 1500 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: {
    afterChange: [revalidateCampaign, scheduleCampaignEnd],
    afterDelete: [revalidateDeletedCampaign],
  },
  fields: [
    {
      name: 'metricsLink',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/components/admin/campaignMetrics/CampaignMetricsLink#CampaignMetricsLink' } },
    },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 160 },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Page',
          fields: [
            {
              name: 'layout',
              type: 'blocks',
              localized: true,
              blocks: campaignBlocks,
              admin: { description: 'Each language has its own blocks. A language left empty shows the English page, with a notice.' },
            },
          ],
        },
        {
          label: 'Plan',
          fields: [
            { name: 'goal', type: 'textarea', maxLength: 600, admin: { description: 'What this campaign should achieve (internal).' } },
            { name: 'audiences', type: 'select', hasMany: true, options: localizedOptions(CAMPAIGN_AUDIENCES) },
            { name: 'regions', type: 'select', hasMany: true, options: localizedOptions(WORLD_REGIONS) },
            {
              name: 'languages',
              type: 'select',
              hasMany: true,
              options: locales.map(({ code, label }) => ({ value: code, label })),
              admin: { description: 'The languages the campaign runs in.' },
            },
            {
              type: 'row',
              fields: [
                { name: 'startsAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'Use “Schedule publish” to put the page online at this time.' } },
                {
                  name: 'endsAt',
                  type: 'date',
                  admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'A published campaign is taken offline at this time.' },
                  validate: (value: unknown, { siblingData }: { siblingData?: { startsAt?: string | null } }) =>
                    !value || !siblingData?.startsAt || new Date(value as string) > new Date(siblingData.startsAt) || 'The end must be after the start.',
                },
              ],
            },
            {
              name: 'utm',
              type: 'group',
              label: 'UTM defaults',
              admin: { description: 'Added to this campaign’s links to other sites and to its newsletter links.' },
              fields: [
                { name: 'source', type: 'text', maxLength: 60, defaultValue: 'gkec' },
                { name: 'medium', type: 'text', maxLength: 60, defaultValue: 'campaign' },
                { name: 'campaign', type: 'text', maxLength: 80, admin: { description: 'Empty: the slug.' } },
              ],
            },
          ],
        },
        { label: 'SEO', fields: [seoFields()] },
      ],
    },
    slugField('title'),
  ],
}
