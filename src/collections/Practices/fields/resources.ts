import type { Field, FieldAccess } from 'payload'

import { validateUrl } from '@/fields/impact'

// Contacts are personal data: signed-in people only, never anonymous visitors or the open API.
const signedIn: FieldAccess = ({ req }) => Boolean(req.user)

export const financeFields: Field[] = [
  {
    name: 'budget',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'amount', type: 'number', min: 0 },
          {
            name: 'currency',
            type: 'text',
            defaultValue: 'EUR',
            maxLength: 3,
            validate: (v: string | null | undefined) => !v || /^[A-Z]{3}$/.test(v) || 'An ISO 4217 code, e.g. EUR, USD.',
          },
        ],
      },
      { name: 'financing', label: 'How it was financed', type: 'textarea', localized: true, maxLength: 2000 },
      {
        name: 'fundingActions',
        label: 'Funding actions that financed it',
        type: 'relationship',
        relationTo: 'funding-actions',
        hasMany: true,
      },
    ],
  },
]

export const resourceFields: Field[] = [
  {
    name: 'images',
    type: 'array',
    labels: { singular: 'Image', plural: 'Images' },
    fields: [
      { name: 'image', type: 'upload', relationTo: 'media', required: true },
      { name: 'caption', type: 'text', localized: true, maxLength: 300 },
    ],
  },
  {
    name: 'documents',
    type: 'array',
    labels: { singular: 'Document', plural: 'Documents' },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
      { name: 'file', type: 'upload', relationTo: 'media', required: true },
    ],
  },
  {
    name: 'sourceLinks',
    type: 'array',
    labels: { singular: 'Source', plural: 'Sources' },
    fields: [
      { name: 'label', type: 'text', required: true, localized: true, maxLength: 200 },
      { name: 'url', type: 'text', required: true, maxLength: 500, validate: validateUrl },
    ],
  },
]

export const peopleFields: Field[] = [
  {
    name: 'contacts',
    type: 'array',
    access: { read: signedIn },
    admin: { description: 'Shown only to signed-in users, never to anonymous visitors or the open API.' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, maxLength: 120 },
          { name: 'role', type: 'text', maxLength: 120 },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'organisation', type: 'text', maxLength: 200 },
          { name: 'email', type: 'email' },
          { name: 'phone', type: 'text', maxLength: 40 },
        ],
      },
    ],
  },
  {
    name: 'partners',
    label: 'Partner organisations',
    type: 'array',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, maxLength: 200 },
          { name: 'role', type: 'text', localized: true, maxLength: 200 },
          { name: 'url', type: 'text', maxLength: 500, validate: validateUrl },
          { name: 'organisation', type: 'relationship', relationTo: 'organisations', admin: { description: 'When the partner is in the organisations list.' } },
        ],
      },
    ],
  },
  {
    name: 'lookingForPartners',
    label: 'Looking for partners to replicate',
    type: 'checkbox',
    defaultValue: false,
    index: true,
  },
  {
    type: 'row',
    fields: [
      { name: 'replicates', label: 'Replicates or adapts', type: 'relationship', relationTo: 'practices', index: true },
      {
        name: 'replicationKind',
        type: 'select',
        defaultValue: 'replicates',
        options: [
          { value: 'replicates', label: { en: 'Replicates', fr: 'Reproduit', es: 'Replica', pt: 'Replica' } },
          { value: 'adapts', label: { en: 'Adapts', fr: 'Adapte', es: 'Adapta', pt: 'Adapta' } },
        ],
        admin: { condition: (_, sibling) => Boolean(sibling?.replicates) },
      },
    ],
  },
  {
    name: 'replications',
    label: 'Replicated or adapted by',
    type: 'join',
    collection: 'practices',
    on: 'replicates',
  },
]
