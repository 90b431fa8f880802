import type { CollectionConfig, FieldAccess } from 'payload'

import { hasRole } from '@/access/hasRole'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { validateUrl } from '@/fields/impact'
import { slugField } from '@/fields/slug'
import { EDITION_STATUSES, EVENT_FORMATS } from '@/lib/events/options'
import { isEventTeam } from '@/lib/events/team/access'
import { editionTeamEndpoints } from '@/lib/events/team/endpoints'
import { localizedOptions } from '@/lib/geography/regions'
import { revalidateDeletedEdition, revalidateEdition } from './hooks/revalidateEdition'

const eventTeam = hasRole('events')

// The streaming link is for confirmed online registrants (sent by e-mail and on their own page), never the public.
const staffOnly: FieldAccess = ({ req }) => Boolean(req.user && req.user.collection === 'users')

/** Any zone the runtime can convert to, under its current or its former IANA name (Europe/Kyiv and Europe/Kiev). */
const knownZone = (zone: string) => {
  if (!zone.includes('/') && zone !== 'UTC') return false
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return true
  } catch {
    return false
  }
}
const validateTimeZone = (value: string | null | undefined) => !value || knownZone(value) || 'An IANA time zone, e.g. Europe/Brussels.'

/** One edition of the annual international outreach event. */
export const EventEditions: CollectionConfig = {
  slug: 'event-editions',
  labels: {
    singular: { en: 'Event edition', fr: 'Édition de l’événement', es: 'Edición del evento', pt: 'Edição do evento' },
    plural: { en: 'Event editions', fr: 'Éditions de l’événement', es: 'Ediciones del evento', pt: 'Edições do evento' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'stage', 'startsAt', '_status'],
    group: { en: 'Annual event', fr: 'Événement annuel', es: 'Evento anual', pt: 'Evento anual' },
    components: {
      views: {
        // The event team's tab: the edition's registrations in figures, the CSV export, the way to check-in.
        edit: {
          registrations: {
            Component: '@/components/admin/events/EditionRegistrationsView#EditionRegistrationsView',
            path: '/registrations',
            tab: {
              href: '/registrations',
              label: ({ t }) => t('gkec:eventTeamTab'),
              condition: ({ req }) => isEventTeam(req.user),
              order: 250,
            },
          },
        },
      },
    },
  },
  defaultSort: '-year',
  access: { read: publishedOrStaff, readVersions: eventTeam, create: eventTeam, update: eventTeam, delete: hasRole() },
  endpoints: editionTeamEndpoints,
  hooks: { afterChange: [revalidateEdition], afterDelete: [revalidateDeletedEdition] },
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'year', type: 'number', required: true, min: 2020, max: 2100, index: true },
        { name: 'format', type: 'select', required: true, defaultValue: 'hybrid', options: localizedOptions(EVENT_FORMATS) },
        { name: 'stage', type: 'select', required: true, defaultValue: 'announced', options: localizedOptions(EDITION_STATUSES) },
      ],
    },
    { name: 'theme', type: 'text', localized: true, maxLength: 200 },
    { name: 'description', type: 'richText', localized: true },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'endsAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        {
          name: 'timeZone',
          type: 'text',
          required: true,
          defaultValue: 'Europe/Brussels',
          validate: validateTimeZone,
          admin: { description: 'Where the event happens: the programme is shown in this zone.' },
        },
      ],
    },
    {
      name: 'venue',
      type: 'group',
      fields: [
        { name: 'name', type: 'text', maxLength: 200 },
        { name: 'address', type: 'textarea', maxLength: 500 },
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', min: -90, max: 90 },
            { name: 'longitude', type: 'number', min: -180, max: 180 },
          ],
        },
        { name: 'access', label: 'Access information', type: 'textarea', localized: true, maxLength: 2000 },
      ],
    },
    {
      name: 'capacity',
      type: 'group',
      admin: { description: 'Seats per attendance mode; 0 means the mode is not offered.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'inPerson', type: 'number', required: true, min: 0, defaultValue: 0 },
            { name: 'online', type: 'number', required: true, min: 0, defaultValue: 0 },
          ],
        },
      ],
    },
    {
      name: 'registration',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'opensAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
            { name: 'closesAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
          ],
        },
        { name: 'offerHours', label: 'Hours a waitlisted person has to accept a seat', type: 'number', min: 1, max: 336, defaultValue: 48, required: true },
        { name: 'purgeAfterDays', label: 'Days after the end when personal data is anonymised', type: 'number', min: 1, max: 3650, defaultValue: 90, required: true },
        { name: 'reminderDaysBefore', label: 'Days before the start when the reminder is sent', type: 'number', min: 1, max: 30, defaultValue: 3, required: true },
      ],
    },
    { name: 'purgedAt', label: 'Personal data anonymised at', type: 'date', admin: { readOnly: true, position: 'sidebar' } },
    { name: 'streamingUrl', type: 'text', maxLength: 500, validate: validateUrl, access: { read: staffOnly } },
    slugField('title'),
  ],
}
