import type { Field, FieldAccess } from 'payload'

import { validateUrl } from '@/fields/impact'
import { localizedOptions, WORLD_REGIONS } from '@/lib/geography/regions'
import {
  APPLICANT_TYPES,
  COUNTRY_SCOPES,
  FUNDING_DIRECTIONS,
  FUNDING_INSTRUMENTS,
  FUNDING_LEVELS,
} from '@/lib/funding/options'

const currency = {
  name: 'currency',
  type: 'text',
  defaultValue: 'EUR',
  maxLength: 3,
  validate: (v: string | null | undefined) => !v || /^[A-Z]{3}$/.test(v) || 'An ISO 4217 code, e.g. EUR, USD.',
} as const satisfies Field

// Who checked an entry is staff business; the public sees when it was checked.
const staffOnly: FieldAccess = ({ req }) => Boolean(req.user && req.user.collection === 'users')

export const descriptionFields: Field[] = [
  { name: 'description', type: 'richText', localized: true },
  {
    type: 'row',
    fields: [
      { name: 'level', type: 'select', required: true, index: true, options: localizedOptions(FUNDING_LEVELS) },
      { name: 'direction', type: 'select', required: true, index: true, options: localizedOptions(FUNDING_DIRECTIONS) },
    ],
  },
  { name: 'instruments', type: 'select', hasMany: true, required: true, options: localizedOptions(FUNDING_INSTRUMENTS) },
  { name: 'providers', label: 'Provider organisations', type: 'relationship', relationTo: 'organisations', hasMany: true },
  { name: 'providerCountry', type: 'relationship', relationTo: 'countries', index: true },
  { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
]

export const eligibilityFields: Field[] = [
  {
    name: 'eligibility',
    type: 'group',
    admin: {
      description:
        'Who may apply. A city is eligible when its country is listed or lies in a listed region (both empty: every country), the country rule holds, its type is listed (none: any type) and it is large enough.',
    },
    fields: [
      { name: 'countries', label: 'Eligible countries', type: 'relationship', relationTo: 'countries', hasMany: true },
      { name: 'regions', label: 'Eligible world regions', type: 'select', hasMany: true, options: localizedOptions(WORLD_REGIONS) },
      { name: 'countryScope', label: 'Country rule', type: 'select', required: true, defaultValue: 'any', options: localizedOptions(COUNTRY_SCOPES) },
      { name: 'applicantTypes', type: 'select', hasMany: true, options: localizedOptions(APPLICANT_TYPES) },
      { name: 'minPopulation', label: 'Minimum city population', type: 'number', min: 0 },
      { name: 'notes', label: 'Other conditions', type: 'textarea', localized: true, maxLength: 2000 },
    ],
  },
]

export const termsFields: Field[] = [
  {
    name: 'ticket',
    label: 'Budget or ticket size',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'min', type: 'number', min: 0 },
          { name: 'max', type: 'number', min: 0 },
          currency,
        ],
      },
      {
        name: 'isTotalBudget',
        label: 'These figures are the programme’s total budget, not a ticket size',
        type: 'checkbox',
        defaultValue: false,
      },
      {
        type: 'row',
        fields: [
          { name: 'fundingRate', label: 'Funding rate (%)', type: 'number', min: 0, max: 100 },
          { name: 'coFinancingRequired', type: 'checkbox', defaultValue: false },
          { name: 'consortiumRequired', type: 'checkbox', defaultValue: false },
        ],
      },
    ],
  },
  {
    name: 'dates',
    type: 'group',
    admin: { description: 'The deadline is a moment in the time zone chosen beside it (e.g. 17:00 in Brussels).' },
    fields: [
      { name: 'rolling', label: 'Rolling (applications at any time)', type: 'checkbox', defaultValue: false },
      {
        type: 'row',
        fields: [
          { name: 'opensAt', type: 'date', timezone: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
          {
            name: 'closesAt',
            type: 'date',
            timezone: true,
            admin: { date: { pickerAppearance: 'dayAndTime' }, condition: (_, sibling) => !sibling?.rolling },
          },
        ],
      },
    ],
  },
  {
    name: 'apply',
    label: 'How to apply',
    type: 'group',
    fields: [
      { name: 'url', label: 'Application page', type: 'text', maxLength: 500, validate: validateUrl },
      { name: 'contact', label: 'Contact (a programme address, not a person’s)', type: 'text', maxLength: 300 },
    ],
  },
  {
    name: 'source',
    type: 'group',
    fields: [
      { name: 'label', type: 'text', maxLength: 200 },
      { name: 'url', type: 'text', maxLength: 500, validate: validateUrl },
    ],
  },
]

export const verificationFields: Field[] = [
  {
    name: 'lastVerifiedAt',
    type: 'date',
    index: true,
    admin: { position: 'sidebar', description: 'When someone last checked this entry against its source.' },
  },
  {
    name: 'lastVerifiedBy',
    type: 'relationship',
    relationTo: 'users',
    access: { read: staffOnly },
    admin: { position: 'sidebar', readOnly: true },
  },
]
