import type { CollectionConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { practiceReadAccess } from '@/access/publishedPractices'
import { impactFields } from '@/fields/impact'
import { seoFields } from '@/fields/seo'
import { slugField } from '@/fields/slug'
import { indexPractice, unindexDeletedPractice } from '@/lib/practices/searchIndexHooks'
import { previewPath } from '@/lib/preview/previewPath'
import { assignEvaluatorsEndpoint } from '../Evaluations/endpoints/assign'
import { transitionEndpoint } from './endpoints/transition'
import { placeFields } from './fields/place'
import { financeFields, peopleFields, resourceFields } from './fields/resources'
import { storyFields } from './fields/story'
import { submissionField } from './fields/submission'
import { recordTransition } from './hooks/recordTransition'
import { revalidateDeletedPractice, revalidatePractice } from './hooks/revalidatePractice'
import { enforceWorkflow, noteDraftSave } from './hooks/workflow'
import { workflowOptions } from './workflow'

const editors = hasRole('editor')

export const Practices: CollectionConfig = {
  slug: 'practices',
  labels: {
    singular: { en: 'Practice', fr: 'Pratique', es: 'Práctica', pt: 'Prática' },
    plural: { en: 'Practices', fr: 'Pratiques', es: 'Prácticas', pt: 'Práticas' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'leadCity', 'workflowStatus', '_status', 'isDemo', 'updatedAt'],
    group: { en: 'Practices', fr: 'Pratiques', es: 'Prácticas', pt: 'Práticas' },
    listSearchableFields: ['title', 'slug'],
    livePreview: {
      url: ({ data, locale }) => previewPath({ collection: 'practices', slug: data?.slug, locale: locale?.code }),
    },
    preview: (data, { locale }) => previewPath({ collection: 'practices', slug: data?.slug as string, locale }),
  },
  access: {
    read: practiceReadAccess,
    readVersions: editors,
    create: editors,
    update: editors,
    delete: editors,
  },
  versions: {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc: 50,
  },
  endpoints: [transitionEndpoint, assignEvaluatorsEndpoint],
  hooks: {
    beforeOperation: [noteDraftSave],
    beforeChange: [enforceWorkflow],
    afterChange: [recordTransition, indexPractice, revalidatePractice],
    afterDelete: [unindexDeletedPractice, revalidateDeletedPractice],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'summary', type: 'textarea', required: true, localized: true, maxLength: 600 },
    {
      type: 'tabs',
      tabs: [
        { label: { en: 'Story', fr: 'Récit', es: 'Relato', pt: 'Relato' }, fields: storyFields },
        { label: { en: 'Place and themes', fr: 'Lieu et thèmes', es: 'Lugar y temas', pt: 'Local e temas' }, fields: placeFields },
        { label: { en: 'Impact', fr: 'Impact', es: 'Impacto', pt: 'Impacto' }, fields: [impactFields()] },
        { label: { en: 'Budget', fr: 'Budget', es: 'Presupuesto', pt: 'Orçamento' }, fields: financeFields },
        { label: { en: 'Media and sources', fr: 'Médias et sources', es: 'Medios y fuentes', pt: 'Média e fontes' }, fields: resourceFields },
        { label: { en: 'People and replication', fr: 'Personnes et réplication', es: 'Personas y réplica', pt: 'Pessoas e replicação' }, fields: peopleFields },
        { label: { en: 'Submission', fr: 'Soumission', es: 'Envío', pt: 'Submissão' }, fields: [submissionField] },
        { label: 'SEO', fields: [seoFields()] },
      ],
    },
    slugField('title'),
    {
      name: 'workflowStatus',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'in_review',
      options: workflowOptions,
      admin: {
        position: 'sidebar',
        readOnly: true,
        components: { Field: '@/collections/Practices/admin/WorkflowControls#WorkflowControls' },
      },
    },
    {
      name: 'evaluationPanel',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '@/collections/Practices/admin/EvaluationPanel#EvaluationPanel' } },
    },
    {
      name: 'workflow',
      type: 'group',
      admin: { position: 'sidebar', condition: (data) => data?.workflowStatus === 'rejected' },
      fields: [{ name: 'rejectionReason', type: 'textarea', maxLength: 2000, admin: { readOnly: true } }],
    },
    {
      name: 'transitions',
      label: { en: 'Workflow history', fr: 'Historique de validation', es: 'Historial editorial', pt: 'Histórico editorial' },
      type: 'join',
      collection: 'practice-transitions',
      on: 'practice',
      defaultSort: '-createdAt',
      admin: { defaultColumns: ['from', 'to', 'by', 'comment', 'createdAt'] },
    },
    { name: 'publishedAt', type: 'date', index: true, admin: { position: 'sidebar', readOnly: true } },
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Shown on the home page.' },
    },
    {
      name: 'isDemo',
      label: { en: 'Demo content', fr: 'Contenu de démonstration', es: 'Contenido de demostración', pt: 'Conteúdo de demonstração' },
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Created by the demo seed; not a real submission.' },
    },
    {
      name: 'communityOrigin',
      label: { en: 'From the community', fr: 'Issu de la communauté', es: 'Desde la comunidad', pt: 'Da comunidade' },
      type: 'group',
      admin: { position: 'sidebar', condition: (data) => Boolean(data?.communityOrigin?.thread) },
      fields: [
        { name: 'thread', type: 'relationship', relationTo: 'community-posts', admin: { readOnly: true } },
        { name: 'contributors', type: 'text', hasMany: true, maxRows: 50, maxLength: 120, admin: { description: 'Members credited for the discussion this practice came from.' } },
      ],
    },
  ],
}
