import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { publishedOrStaff } from '@/access/publishedOrStaff'
import { slugField } from '@/fields/slug'
import { SESSION_TYPES } from '@/lib/events/options'
import { localizedOptions } from '@/lib/geography/regions'
import { hideUnconsentedSpeakers } from './hooks/hideUnconsentedSpeakers'
import { refuseSpeakerFilters } from './hooks/refuseSpeakerFilters'
import { revalidateDeletedSession, revalidateSession } from './hooks/revalidateSession'

const eventTeam = hasRole('events')

/** Languages a session is held or interpreted in (ISO 639-1), beyond the portal's own. */
const LANGUAGES = ['en', 'fr', 'es', 'pt', 'de', 'it', 'ar', 'zh', 'ru', 'sw', 'hi', 'id'].map((code) => ({
  value: code,
  label: new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code,
}))

export const EventSessions: CollectionConfig = {
  slug: 'event-sessions',
  labels: {
    singular: { en: 'Session', fr: 'Session', es: 'Sesión', pt: 'Sessão' },
    plural: { en: 'Sessions', fr: 'Sessions', es: 'Sesiones', pt: 'Sessões' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'edition', 'type', 'startsAt', 'track', '_status'],
    group: { en: 'Annual event', fr: 'Événement annuel', es: 'Evento anual', pt: 'Evento anual' },
  },
  defaultSort: 'startsAt',
  access: { read: publishedOrStaff, readVersions: eventTeam, create: eventTeam, update: eventTeam, delete: eventTeam },
  hooks: {
    beforeOperation: [refuseSpeakerFilters],
    afterChange: [revalidateSession],
    afterDelete: [revalidateDeletedSession],
    afterOperation: [hideUnconsentedSpeakers],
  },
  versions: { drafts: { autosave: { interval: 2000 } }, maxPerDoc: 30 },
  fields: [
    { name: 'edition', type: 'relationship', relationTo: 'event-editions', required: true, index: true },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'description', type: 'textarea', localized: true, maxLength: 4000 },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', required: true, options: localizedOptions(SESSION_TYPES) },
        { name: 'track', type: 'text', maxLength: 80, index: true },
        { name: 'room', type: 'text', maxLength: 120 },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'endsAt', type: 'date', required: true, admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'languages', type: 'select', hasMany: true, options: LANGUAGES },
        { name: 'interpretation', label: 'Interpreted into', type: 'select', hasMany: true, options: LANGUAGES },
      ],
    },
    { name: 'speakers', type: 'relationship', relationTo: 'speakers', hasMany: true },
    { name: 'moderators', type: 'relationship', relationTo: 'speakers', hasMany: true },
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
    { name: 'practices', label: 'Showcased practices', type: 'relationship', relationTo: 'practices', hasMany: true },
    { name: 'capacity', type: 'number', min: 1, admin: { description: 'Only when the session has fewer seats than the event.' } },
    slugField('title'),
  ],
}
