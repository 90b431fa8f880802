import type { CollectionConfig, FieldAccess } from 'payload'

import { hasRole } from '@/access/hasRole'
import { nobody } from '@/access/nobody'
import { localeCodes } from '@/i18n/locales'
import { SUBSCRIBER_STATUSES } from '@/lib/campaigns/options'
import { localizedOptions, WORLD_REGIONS } from '@/lib/geography/regions'

// Only the server reads the confirmation token's hash: not even staff see it.
const serverOnly: FieldAccess = () => false
const communications = hasRole('communications')

/**
 * Newsletter subscribers (double opt-in). Personal data: the public can neither list nor read them;
 * communications staff read them and may correct a status (e.g. mark an address bounced) or erase
 * one; only the sign-up service creates them (`src/lib/newsletter/subscribers`).
 */
export const Subscribers: CollectionConfig = {
  slug: 'subscribers',
  labels: {
    singular: { en: 'Subscriber', fr: 'Abonné', es: 'Suscriptor', pt: 'Subscritor' },
    plural: { en: 'Subscribers', fr: 'Abonnés', es: 'Suscriptores', pt: 'Subscritores' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'locale', 'status', 'confirmedAt', 'createdAt'],
    group: { en: 'Communications', fr: 'Communication', es: 'Comunicación', pt: 'Comunicação' },
    description: 'Newsletter subscribers. Personal data: erase an entry when its owner asks.',
  },
  defaultSort: '-createdAt',
  access: {
    read: communications,
    create: nobody,
    update: communications,
    delete: communications,
  },
  fields: [
    { name: 'email', type: 'email', required: true, unique: true, index: true, admin: { readOnly: true } },
    {
      name: 'locale',
      type: 'select',
      required: true,
      options: localeCodes.map((code) => ({ label: code, value: code })),
      admin: { description: 'The language of the newsletters.' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: localizedOptions(SUBSCRIBER_STATUSES),
    },
    {
      name: 'interests',
      type: 'group',
      admin: { description: 'Empty: every newsletter.' },
      fields: [
        { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
        { name: 'regions', type: 'select', hasMany: true, options: localizedOptions(WORLD_REGIONS) },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      admin: { readOnly: true, description: 'What the subscriber agreed to, when and where.' },
      fields: [
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'source', type: 'text', maxLength: 200, admin: { description: 'Where they signed up (e.g. campaign:climate-week or page:/en/newsletter).' } },
        { name: 'textVersion', type: 'text', maxLength: 40 },
      ],
    },
    { name: 'campaign', type: 'relationship', relationTo: 'campaigns', admin: { readOnly: true, description: 'The campaign they signed up on.' } },
    { name: 'confirmTokenHash', type: 'text', index: true, access: { read: serverOnly, update: serverOnly, create: serverOnly }, admin: { hidden: true } },
    { name: 'confirmExpiresAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'confirmedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'unsubscribedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'bouncedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
  timestamps: true,
}
