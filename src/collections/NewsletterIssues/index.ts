import type { CollectionConfig, FieldAccess } from 'payload'

import { hasRole } from '@/access/hasRole'
import { newsletterBlocks } from '@/blocks'
import { localeCodes } from '@/i18n/locales'
import { ISSUE_SEND_STATUSES } from '@/lib/campaigns/options'
import { localizedOptions, WORLD_REGIONS } from '@/lib/geography/regions'
import { newsletterIssueEndpoints } from './endpoints'

const communications = hasRole('communications')
// The send state is the send service's: nobody edits it through the API or the admin form.
const serviceOnly: FieldAccess = () => false

/**
 * Newsletter issues, composed from blocks like campaigns, each language with its own blocks (falling
 * back to English). Sending is an explicit action (a test to oneself, now, or at a time) carried out
 * by the `sendNewsletter` job (`src/lib/newsletter/send`).
 */
export const NewsletterIssues: CollectionConfig = {
  slug: 'newsletter-issues',
  // Shorter table names: PostgreSQL cuts identifiers at 63 characters.
  dbName: 'nl_issues',
  labels: {
    singular: { en: 'Newsletter issue', fr: 'Numéro de lettre', es: 'Número del boletín', pt: 'Número da newsletter' },
    plural: { en: 'Newsletter issues', fr: 'Numéros de lettre', es: 'Números del boletín', pt: 'Números da newsletter' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'sendStatus', 'sendAt', 'sentAt', 'updatedAt'],
    group: { en: 'Communications', fr: 'Communication', es: 'Comunicación', pt: 'Comunicação' },
  },
  access: {
    read: communications,
    readVersions: communications,
    create: communications,
    update: communications,
    delete: communications,
  },
  versions: { drafts: { autosave: { interval: 1500 } }, maxPerDoc: 30 },
  endpoints: newsletterIssueEndpoints,
  fields: [
    {
      // Not stored: the send controls (test, now, schedule, cancel), the state and an e-mail preview.
      name: 'sendPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/collections/NewsletterIssues/admin/SendPanel#SendPanel' } },
    },
    { name: 'title', type: 'text', required: true, maxLength: 160, admin: { description: 'Internal name.' } },
    { name: 'subject', type: 'text', required: true, localized: true, maxLength: 150 },
    { name: 'preheader', type: 'text', localized: true, maxLength: 150, admin: { description: 'The line mail programs show after the subject.' } },
    {
      name: 'layout',
      type: 'blocks',
      localized: true,
      blocks: newsletterBlocks,
      admin: { description: 'Each language has its own blocks; subscribers of a language left empty get the English issue.' },
    },
    {
      name: 'segment',
      type: 'group',
      admin: { description: 'Who receives it. Empty: every confirmed subscriber. A subscriber without interests receives every issue.' },
      fields: [
        { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
        { name: 'regions', type: 'select', hasMany: true, options: localizedOptions(WORLD_REGIONS) },
        { name: 'locales', type: 'select', hasMany: true, options: localeCodes.map((code) => ({ label: code, value: code })) },
      ],
    },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', admin: { description: 'Its links carry this campaign’s UTM defaults.' } },
    {
      name: 'sendStatus',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: localizedOptions(ISSUE_SEND_STATUSES),
      access: { create: serviceOnly, update: serviceOnly },
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'sendAt', type: 'date', access: { create: serviceOnly, update: serviceOnly }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'sendingStartedAt', type: 'date', access: { create: serviceOnly, update: serviceOnly }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'heartbeatAt',
      type: 'date',
      access: { create: serviceOnly, update: serviceOnly },
      admin: { hidden: true, description: 'Touched after every batch: a send whose heartbeat stops is resumed.' },
    },
    { name: 'sentAt', type: 'date', access: { create: serviceOnly, update: serviceOnly }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'stats',
      type: 'group',
      access: { create: serviceOnly, update: serviceOnly },
      admin: { position: 'sidebar', readOnly: true },
      fields: [
        { name: 'recipients', type: 'number', defaultValue: 0 },
        { name: 'sent', type: 'number', defaultValue: 0 },
        { name: 'failed', type: 'number', defaultValue: 0 },
      ],
    },
  ],
}
