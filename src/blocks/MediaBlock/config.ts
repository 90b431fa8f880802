import type { Block } from 'payload'

import { VIDEO_PROVIDERS } from '@/lib/campaigns/options'

/**
 * An image, or a video from YouTube or Vimeo that loads nothing from the provider until the visitor
 * asks for it (a poster and a button; without JavaScript, a link to the video).
 */
export const MediaBlock: Block = {
  slug: 'mediaBlock',
  interfaceName: 'MediaBlock',
  labels: { singular: 'Image or video', plural: 'Images and videos' },
  fields: [
    {
      name: 'kind',
      type: 'radio',
      required: true,
      defaultValue: 'image',
      options: [
        { label: 'Image', value: 'image' },
        { label: 'Video', value: 'video' },
      ],
    },
    { name: 'image', type: 'upload', relationTo: 'media', admin: { description: 'The image, or the video’s poster.' } },
    {
      name: 'video',
      type: 'group',
      admin: { condition: (_, sibling) => sibling?.kind === 'video' },
      fields: [
        { name: 'provider', type: 'select', options: VIDEO_PROVIDERS.map((value) => ({ label: value === 'youtube' ? 'YouTube' : 'Vimeo', value })) },
        {
          name: 'videoId',
          type: 'text',
          maxLength: 40,
          validate: (value: string | null | undefined) => !value || /^[A-Za-z0-9_-]{1,40}$/.test(value) || 'The id from the video’s address (letters, digits, - and _).',
          admin: { description: 'YouTube: the v= part of the address; Vimeo: the number.' },
        },
        { name: 'title', type: 'text', maxLength: 160, admin: { description: 'The video’s title, read to screen-reader users and shown on the button.' } },
      ],
    },
    { name: 'caption', type: 'text', maxLength: 300 },
  ],
}
