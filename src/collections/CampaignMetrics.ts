import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { nobody } from '@/access/nobody'
import { METRIC_KINDS } from '@/lib/campaigns/options'

/**
 * Cookie-less campaign metrics: counters per campaign, day, language and kind (page views,
 * newsletter sign-ups, clicks on a call to action, by target). Nothing about the visitor is stored.
 * Written only by `src/lib/campaigns/metrics` (an atomic upsert); communications staff read them.
 */
export const CampaignMetrics: CollectionConfig = {
  slug: 'campaign-metrics',
  labels: {
    singular: { en: 'Campaign metric', fr: 'Mesure de campagne', es: 'Métrica de campaña', pt: 'Métrica de campanha' },
    plural: { en: 'Campaign metrics', fr: 'Mesures de campagne', es: 'Métricas de campaña', pt: 'Métricas de campanha' },
  },
  admin: {
    defaultColumns: ['campaign', 'day', 'locale', 'kind', 'target', 'count'],
    group: { en: 'Communications', fr: 'Communication', es: 'Comunicación', pt: 'Comunicação' },
    hidden: true,
  },
  access: { read: hasRole('communications'), create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['campaign', 'day', 'locale', 'kind', 'target'], unique: true }],
  fields: [
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', required: true, index: true },
    { name: 'day', type: 'text', required: true, maxLength: 10, admin: { description: 'YYYY-MM-DD (UTC)' } },
    { name: 'locale', type: 'text', required: true, maxLength: 5 },
    { name: 'kind', type: 'select', required: true, options: [...METRIC_KINDS] },
    { name: 'target', type: 'text', defaultValue: '', maxLength: 200, admin: { description: 'For a click: the block it came from.' } },
    { name: 'count', type: 'number', required: true, defaultValue: 0 },
  ],
}
