import type { Access, CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { slugField } from '@/fields/slug'
import { revalidateDeletedSpeaker, revalidateSpeaker } from './hooks/revalidateSpeaker'

const eventTeam = hasRole('events')

/** Staff see every speaker; the public only those who consented to be published. */
const consentedOrStaff: Access = ({ req }) => {
  if (req.user && req.user.collection === 'users') return true
  return { consentToPublish: { equals: true } }
}

export const Speakers: CollectionConfig = {
  slug: 'speakers',
  labels: {
    singular: { en: 'Speaker', fr: 'Intervenant·e', es: 'Ponente', pt: 'Orador/a' },
    plural: { en: 'Speakers', fr: 'Intervenant·es', es: 'Ponentes', pt: 'Oradores' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'organisation', 'country', 'consentToPublish'],
    group: { en: 'Annual event', fr: 'Événement annuel', es: 'Evento anual', pt: 'Evento anual' },
  },
  hooks: { afterChange: [revalidateSpeaker], afterDelete: [revalidateDeletedSpeaker] },
  access: { read: consentedOrStaff, create: eventTeam, update: eventTeam, delete: eventTeam },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      type: 'row',
      fields: [
        { name: 'organisation', type: 'text', maxLength: 200 },
        { name: 'city', type: 'text', maxLength: 120 },
        { name: 'country', type: 'relationship', relationTo: 'countries' },
      ],
    },
    { name: 'role', type: 'text', localized: true, maxLength: 200 },
    { name: 'biography', type: 'textarea', localized: true, maxLength: 3000 },
    {
      type: 'row',
      fields: [
        { name: 'photo', type: 'upload', relationTo: 'media' },
        { name: 'photoCredit', type: 'text', maxLength: 200 },
      ],
    },
    {
      name: 'consentToPublish',
      label: { en: 'Consents to be published', fr: 'Consent à être publié·e', es: 'Consiente en ser publicado/a', pt: 'Consente ser publicado/a' },
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', description: 'Without consent the speaker never appears on the public site or API.' },
    },
    slugField('name'),
  ],
}
