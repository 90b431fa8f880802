import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { readMedia } from './access'
import { ACCEPTED_TYPES } from './limits'
import { sanitizeUpload } from './hooks/sanitizeUpload'

const webp = { format: 'webp', options: { quality: 80 } } as const

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { en: 'Media file', fr: 'Fichier média', es: 'Archivo multimedia', pt: 'Ficheiro multimédia' },
    plural: { en: 'Media', fr: 'Médias', es: 'Multimedia', pt: 'Multimédia' },
  },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'licence'] },
  access: {
    // Media files are published assets (drafts never reference private files), except members'
    // profile photos: see readMedia.
    read: readMedia,
    create: hasRole('editor', 'communications', 'events'),
    update: hasRole('editor', 'communications', 'events'),
    delete: hasRole('editor', 'communications'),
  },
  hooks: {
    beforeOperation: [sanitizeUpload],
  },
  upload: {
    staticDir: process.env.MEDIA_DIR || 'media',
    mimeTypes: [...ACCEPTED_TYPES],
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, formatOptions: webp },
      { name: 'card', width: 768, height: 512, formatOptions: webp },
      { name: 'hero', width: 1920, height: 1080, withoutEnlargement: true, formatOptions: webp },
      { name: 'og', width: 1200, height: 630, formatOptions: webp },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: 'Describe what the image shows for people who cannot see it.' },
    },
    { name: 'caption', type: 'text', localized: true, maxLength: 500 },
    { name: 'credit', type: 'text', maxLength: 200, admin: { description: 'Author or source, as it must be shown.' } },
    {
      name: 'licence',
      type: 'select',
      defaultValue: 'all-rights-reserved',
      required: true,
      options: [
        { label: 'All rights reserved (used with permission)', value: 'all-rights-reserved' },
        { label: 'CC BY 4.0', value: 'cc-by-4.0' },
        { label: 'CC BY-SA 4.0', value: 'cc-by-sa-4.0' },
        { label: 'CC0 / public domain', value: 'cc0' },
        { label: '© European Union', value: 'eu-copyright' },
      ],
    },
    { name: 'licenceUrl', type: 'text', maxLength: 500 },
    {
      // Set only by the member photo service: whose profile photo this is.
      name: 'member',
      type: 'relationship',
      relationTo: 'members',
      index: true,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar', description: 'The community member whose profile photo this is. Only she, staff, and (if her privacy settings allow) other members can see it.' },
    },
  ],
}
