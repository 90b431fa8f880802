import type { FieldAccess, GroupField } from 'payload'

import { userHasRole } from '@/access/roles'

// The submitter's name and email are personal data: editors only, never the public or the API.
const editorsOnly: FieldAccess = ({ req }) => userHasRole(req.user, 'admin', 'editor')

export const submissionField: GroupField = {
  name: 'submission',
  type: 'group',
  access: { read: editorsOnly, update: editorsOnly, create: editorsOnly },
  admin: { description: 'Filled by the public submission form.' },
  fields: [
    {
      name: 'origin',
      type: 'select',
      defaultValue: 'editorial',
      required: true,
      index: true,
      options: [
        { value: 'editorial', label: { en: 'Written by editors', fr: 'Rédigée par la rédaction', es: 'Escrita por el equipo editorial', pt: 'Escrita pela equipa editorial' } },
        { value: 'public', label: { en: 'Public submission', fr: 'Soumission publique', es: 'Envío público', pt: 'Submissão pública' } },
      ],
      admin: { readOnly: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', maxLength: 120, admin: { readOnly: true } },
        { name: 'organisation', type: 'text', maxLength: 200, admin: { readOnly: true } },
        { name: 'email', type: 'email', admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'cityName', label: 'City (as typed)', type: 'text', maxLength: 120, admin: { readOnly: true } },
        { name: 'countryCode', label: 'Country (as chosen)', type: 'text', maxLength: 2, admin: { readOnly: true } },
        { name: 'locale', label: 'Language', type: 'text', maxLength: 8, admin: { readOnly: true } },
      ],
    },
    { name: 'emailConfirmedAt', type: 'date', index: true, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
