import { revalidateTag } from 'next/cache'
import { z } from 'zod'

import { isRevalidationToken } from '@/lib/cache/revalidationToken'

const body = z.object({ tags: z.array(z.string().min(1).max(200)).min(1).max(100) })

/** Revalidates cache tags for work done outside a request (see `lib/cache/revalidate.ts`). */
export async function POST(request: Request): Promise<Response> {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '')
  if (!isRevalidationToken(token)) return Response.json({ error: 'Not allowed.' }, { status: 401 })
  const parsed = body.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return Response.json({ error: 'Give the tags to revalidate as {"tags": [...]}.' }, { status: 400 })
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 })
  return new Response(null, { status: 204 })
}
