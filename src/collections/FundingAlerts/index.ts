import type { CollectionConfig, FieldAccess } from 'payload'

import { hasRole } from '@/access/hasRole'
import { isAdmin } from '@/access/isAdmin'
import { nobody } from '@/access/nobody'
import { localeCodes } from '@/i18n/locales'

export const ALERT_STATUSES = ['pending', 'confirmed', 'unsubscribed'] as const
export type AlertStatus = (typeof ALERT_STATUSES)[number]

// Only the server reads the confirmation token's hash: not even staff see it.
const serverOnly: FieldAccess = () => false

/**
 * E-mail alerts for a saved funding search (double opt-in, weekly digest). Personal data: the
 * public can neither list nor read them; editors read them, admins stop or erase one; only the
 * alert form's server code creates them (`lib/funding/alerts`).
 */
export const FundingAlerts: CollectionConfig = {
  slug: 'funding-alerts',
  labels: {
    singular: { en: 'Funding alert', fr: 'Alerte financement', es: 'Alerta de financiación', pt: 'Alerta de financiamento' },
    plural: { en: 'Funding alerts', fr: 'Alertes financement', es: 'Alertas de financiación', pt: 'Alertas de financiamento' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'query', 'locale', 'status', 'lastDigestAt', 'createdAt'],
    group: { en: 'Funding', fr: 'Financement', es: 'Financiación', pt: 'Financiamento' },
    description: 'Subscriptions to weekly funding alerts. Personal data: erase an entry when its owner asks.',
  },
  defaultSort: '-createdAt',
  access: {
    read: hasRole('editor'),
    create: nobody,
    update: isAdmin,
    delete: isAdmin,
  },
  // One alert per address and search: asking again re-sends the confirmation instead of adding one.
  indexes: [{ fields: ['email', 'query'], unique: true }],
  fields: [
    { name: 'email', type: 'email', required: true, index: true, admin: { readOnly: true } },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: localeCodes.map((code) => ({ label: code, value: code })),
      admin: { readOnly: true, description: 'The language of the emails.' },
    },
    {
      name: 'query',
      label: 'Search',
      type: 'text',
      maxLength: 2000,
      defaultValue: '',
      admin: { readOnly: true, description: 'The saved search, as the query string of /funding (empty: every action).' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: { en: 'Waiting for confirmation', fr: 'En attente de confirmation', es: 'Pendiente de confirmación', pt: 'A aguardar confirmação' } },
        { value: 'confirmed', label: { en: 'Confirmed', fr: 'Confirmée', es: 'Confirmada', pt: 'Confirmado' } },
        { value: 'unsubscribed', label: { en: 'Unsubscribed', fr: 'Désabonnée', es: 'Cancelada', pt: 'Cancelado' } },
      ] satisfies Array<{ value: AlertStatus; label: Record<string, string> }>,
    },
    {
      name: 'consent',
      type: 'group',
      admin: { readOnly: true, description: 'What the subscriber agreed to, when and where.' },
      fields: [
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'textVersion', type: 'text' },
        { name: 'source', type: 'text' },
      ],
    },
    { name: 'confirmTokenHash', type: 'text', index: true, access: { read: serverOnly, update: serverOnly, create: serverOnly }, admin: { hidden: true } },
    { name: 'confirmExpiresAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'unsubscribedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'lastDigestAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' }, description: 'The moment the last digest covered (new actions are counted from here).' },
    },
    { name: 'digestPeriod', type: 'text', index: true, admin: { readOnly: true, description: 'The week of the last digest (e.g. 2026-W48): one digest a week, even if the job runs again.' } },
  ],
  timestamps: true,
}
