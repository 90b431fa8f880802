import type { CollectionConfig, FieldHook } from 'payload'

import { memberSelfOrAdmin, memberSelfOrModerator, selfOrModeratorField } from '@/access/members'
import { moderatorsField } from '@/access/moderators'
import { nobody } from '@/access/nobody'
import { localeCodes } from '@/i18n/locales'
import { memberEndpoints } from '@/lib/community/moderation/endpoints'
import { MEMBER_LANGUAGES, MEMBER_ROLES, NOTIFICATION_CADENCES } from '@/lib/community/options'
import { localizedOptions } from '@/lib/geography/regions'
import { resetPasswordEmail, verifyEmail } from './authEmails'
import { deleteMemberPhotos } from './hooks/deletePhotos'
import { limitAuthEndpoints } from './hooks/limitAuthEndpoints'

const FIFTEEN_MINUTES = 15 * 60 * 1000
const trim: FieldHook = ({ value }) => (typeof value === 'string' ? value.trim() : value)

/**
 * Community members: the registered public of the learning community, a separate auth collection from
 * staff `users` (members never reach the admin panel). Sign-up goes through the portal's form (zod,
 * rate limits), never `POST /api/members`; Payload verifies the email and resets passwords. A member
 * reads and changes her own account; moderators read every account and alone change trust, badge and
 * sanctions. Other members see a profile only through the portal, filtered by her privacy settings.
 */
export const Members: CollectionConfig = {
  slug: 'members',
  labels: {
    singular: { en: 'Community member', fr: 'Membre de la communauté', es: 'Miembro de la comunidad', pt: 'Membro da comunidade' },
    plural: { en: 'Community members', fr: 'Membres de la communauté', es: 'Miembros de la comunidad', pt: 'Membros da comunidade' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'organisation', 'trustLevel', 'verifiedOfficial', 'createdAt'],
    group: { en: 'Community', fr: 'Communauté', es: 'Comunidad', pt: 'Comunidade' },
    listSearchableFields: ['name', 'email', 'organisation'],
  },
  auth: {
    verify: verifyEmail,
    forgotPassword: resetPasswordEmail,
    maxLoginAttempts: 5,
    lockTime: FIFTEEN_MINUTES,
    tokenExpiration: 14 * 24 * 60 * 60,
    useAPIKey: false,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production' && !process.env.ALLOW_INSECURE_COOKIES,
    },
  },
  endpoints: memberEndpoints,
  hooks: { beforeOperation: [limitAuthEndpoints], beforeDelete: [deleteMemberPhotos] },
  access: {
    admin: () => false,
    create: nobody,
    read: memberSelfOrModerator,
    update: memberSelfOrModerator,
    delete: memberSelfOrAdmin,
    unlock: moderatorsField,
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, hooks: { beforeValidate: [trim] } },
    {
      type: 'row',
      fields: [
        { name: 'organisation', type: 'text', maxLength: 200, hooks: { beforeValidate: [trim] } },
        { name: 'role', type: 'select', options: localizedOptions(MEMBER_ROLES) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'relationship', relationTo: 'cities' },
        { name: 'country', type: 'relationship', relationTo: 'countries' },
      ],
    },
    { name: 'languages', type: 'select', hasMany: true, options: localizedOptions(MEMBER_LANGUAGES) },
    { name: 'themes', type: 'relationship', relationTo: 'themes', hasMany: true },
    { name: 'bio', type: 'textarea', maxLength: 600 },
    { name: 'photo', type: 'upload', relationTo: 'media' },
    {
      name: 'locale',
      type: 'select',
      required: true,
      defaultValue: 'en',
      options: localeCodes.map((code) => ({ value: code, label: code })),
      admin: { description: 'The language of the emails this member receives.' },
    },
    { name: 'termsAcceptedAt', type: 'date', required: true, admin: { readOnly: true } },
    {
      name: 'privacy',
      type: 'group',
      admin: { description: 'What other signed-in members see on the profile (name and badge always show).' },
      fields: [
        { name: 'showOrganisation', type: 'checkbox', defaultValue: true },
        { name: 'showLocation', type: 'checkbox', defaultValue: true },
        { name: 'showRole', type: 'checkbox', defaultValue: true },
        { name: 'showLanguages', type: 'checkbox', defaultValue: true },
        { name: 'showThemes', type: 'checkbox', defaultValue: true },
        { name: 'showBio', type: 'checkbox', defaultValue: true },
        { name: 'showPhoto', type: 'checkbox', defaultValue: true },
      ],
    },
    {
      name: 'notifications',
      type: 'group',
      fields: [
        { name: 'email', type: 'checkbox', defaultValue: true, admin: { description: 'Off: no community email at all (moderation notices still go).' } },
        { name: 'cadence', type: 'select', required: true, defaultValue: 'immediate', options: localizedOptions(NOTIFICATION_CADENCES) },
        { name: 'autoFollowOwnThreads', type: 'checkbox', defaultValue: true },
      ],
    },
    {
      name: 'moderation',
      type: 'group',
      access: { read: selfOrModeratorField, create: moderatorsField, update: moderatorsField },
      admin: { position: 'sidebar' },
      fields: [
        { name: 'trustLevel', type: 'number', min: 0, max: 3, defaultValue: 0, admin: { description: 'Rises with approved posts (community settings); 3 is granted by moderators.' } },
        { name: 'publishedPosts', type: 'number', min: 0, defaultValue: 0, admin: { readOnly: true } },
        { name: 'verifiedOfficial', type: 'checkbox', defaultValue: false, admin: { description: '“Verified city official” badge, granted on evidence.' } },
        { name: 'verifiedAt', type: 'date', admin: { readOnly: true } },
        { name: 'verifiedBy', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
        { name: 'silencedUntil', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'Until then the member reads but cannot post or flag.' } },
        { name: 'suspendedUntil', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'Until then the member cannot post, flag or follow; she may still appeal.' } },
        { name: 'sanctionReason', type: 'textarea', maxLength: 1000 },
      ],
    },
    {
      name: 'verificationEvidence',
      type: 'textarea',
      maxLength: 2000,
      access: { read: moderatorsField, create: moderatorsField, update: moderatorsField },
      admin: { description: 'How the badge was checked (e.g. an official email domain, a letter). Moderators only.' },
    },
  ],
}
