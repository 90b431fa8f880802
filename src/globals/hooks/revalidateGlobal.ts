import type { GlobalAfterChangeHook } from 'payload'

import { revalidate } from '@/lib/cache/revalidate'
import { cacheTags } from '@/lib/cache/tags'

export const revalidateGlobal: GlobalAfterChangeHook = ({ doc, global, context, req }) => {
  revalidate([cacheTags.globals(global.slug)], { context, req })
  return doc
}
