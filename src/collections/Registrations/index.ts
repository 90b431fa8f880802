import type { CollectionConfig, FieldAccess, FieldHook } from 'payload'

import { hasRole } from '@/access/hasRole'
import { nobody } from '@/access/nobody'
import { localeCodes } from '@/i18n/locales'
import { ATTENDANCE_MODES, REGISTRANT_ROLES, REGISTRATION_STATUSES } from '@/lib/events/options'
import { registrationTeamEndpoints } from '@/lib/events/team/endpoints'
import { localizedOptions } from '@/lib/geography/regions'

const eventTeam = hasRole('events')
const neverRead: FieldAccess = () => false
const lowerCase: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)

/**
 * People registered for an edition: personal data, read by the event team only. Registrations are
 * made through the registration service (src/lib/events/registration), which enforces capacity under
 * a row lock on the edition; nobody creates one through the API.
 */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: {
    singular: { en: 'Registration', fr: 'Inscription', es: 'Inscripción', pt: 'Inscrição' },
    plural: { en: 'Registrations', fr: 'Inscriptions', es: 'Inscripciones', pt: 'Inscrições' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'attendanceMode', 'status', 'waitlistPosition', 'createdAt'],
    group: { en: 'Annual event', fr: 'Événement annuel', es: 'Evento anual', pt: 'Evento anual' },
    listSearchableFields: ['name', 'email', 'organisation'],
  },
  defaultSort: 'createdAt',
  access: { read: eventTeam, create: nobody, update: eventTeam, delete: hasRole() },
  endpoints: registrationTeamEndpoints,
  fields: [
    { name: 'edition', type: 'relationship', relationTo: 'event-editions', required: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 120 },
        { name: 'email', type: 'email', required: true, index: true, hooks: { beforeValidate: [lowerCase] } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'organisation', type: 'text', maxLength: 200 },
        { name: 'city', type: 'text', maxLength: 120 },
        { name: 'country', type: 'relationship', relationTo: 'countries' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'role', type: 'select', options: localizedOptions(REGISTRANT_ROLES) },
        { name: 'attendanceMode', type: 'select', required: true, options: localizedOptions(ATTENDANCE_MODES) },
        { name: 'locale', type: 'select', required: true, defaultValue: 'en', options: localeCodes.map((code) => ({ value: code, label: code })) },
      ],
    },
    { name: 'accessibilityNeeds', type: 'textarea', maxLength: 1000 },
    { name: 'dietaryNeeds', type: 'textarea', maxLength: 500 },
    { name: 'privacyConsentAt', type: 'date', required: true, admin: { readOnly: true } },
    { name: 'sessions', label: 'Sessions picked', type: 'relationship', relationTo: 'event-sessions', hasMany: true },
    {
      type: 'row',
      fields: [
        { name: 'status', type: 'select', required: true, index: true, options: localizedOptions(REGISTRATION_STATUSES), admin: { readOnly: true } },
        { name: 'waitlistPosition', type: 'number', index: true, admin: { readOnly: true } },
        { name: 'offerExpiresAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'confirmedAt', type: 'date', admin: { readOnly: true } },
        { name: 'cancelledAt', type: 'date', admin: { readOnly: true } },
        { name: 'checkedInAt', type: 'date', admin: { readOnly: true } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'reminderSentAt', type: 'date', admin: { readOnly: true } },
        { name: 'streamingLinkSentAt', type: 'date', admin: { readOnly: true } },
      ],
    },
    { name: 'checkedInBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
    // Secrets: the management link's token (hashed) and the check-in code (in the QR code). Never read back through the API.
    { name: 'managementTokenHash', type: 'text', index: true, access: { read: neverRead, update: neverRead }, admin: { hidden: true } },
    { name: 'checkInCode', type: 'text', unique: true, access: { read: neverRead, update: neverRead }, admin: { hidden: true } },
    { name: 'anonymisedAt', type: 'date', admin: { readOnly: true, position: 'sidebar' } },
  ],
}
