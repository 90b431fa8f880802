import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { sqlRunner } from '@/lib/practices/database'
import { threadsByIds } from './threads'
import { type ThreadListing, THREADS_PER_PAGE } from './types'

export const SEARCH_MAX_LENGTH = 200

/**
 * Full-text search over listed posts (titles and bodies, replies lead to their thread), with a
 * trigram (word similarity) and substring fallback on thread titles for typos and partial words. Only listed posts
 * are searched, whoever searches: a held post is found by nobody, not even its author.
 */
export async function searchThreads(payload: Payload, { q, space, page = 1, locale }: { q: string; space?: number; page?: number; locale: Locale }): Promise<ThreadListing & { query: string }> {
  const query = q.trim().slice(0, SEARCH_MAX_LENGTH)
  if (!query) return { query, threads: [], page: 1, totalPages: 1, totalThreads: 0 }
  const db = await sqlRunner(payload)
  const inSpace = space ? sql`AND t.space_id = ${space}` : sql``
  const offset = (Math.max(1, page) - 1) * THREADS_PER_PAGE
  const { rows } = await db.execute(sql`
    WITH hits AS (
      SELECT coalesce(p.thread_id, p.id) AS thread_id,
             ts_rank(to_tsvector('simple', coalesce(p.title, '') || ' ' || p.body), websearch_to_tsquery('simple', ${query})) + 0.1 AS rank
        FROM community_posts p
       WHERE p.listed AND to_tsvector('simple', coalesce(p.title, '') || ' ' || p.body) @@ websearch_to_tsquery('simple', ${query})
      UNION ALL
      SELECT p.id, word_similarity(${query}, p.title) * 0.1
        FROM community_posts p
       WHERE p.listed AND p.thread_id IS NULL AND (word_similarity(${query}, p.title) >= 0.45 OR strpos(lower(p.title), lower(${query})) > 0)
    )
    SELECT h.thread_id, max(h.rank) AS rank, count(*) OVER () AS total
      FROM hits h JOIN community_posts t ON t.id = h.thread_id AND t.listed AND t.thread_id IS NULL ${inSpace}
     GROUP BY h.thread_id, t.last_activity_at
     ORDER BY rank DESC, t.last_activity_at DESC NULLS LAST
     LIMIT ${THREADS_PER_PAGE} OFFSET ${offset}`)
  const total = rows.length > 0 ? Number(rows[0].total) : 0
  return {
    query,
    threads: await threadsByIds(payload, rows.map((row) => Number(row.thread_id)), locale),
    page: Math.max(1, page),
    totalPages: Math.max(1, Math.ceil(total / THREADS_PER_PAGE)),
    totalThreads: total,
  }
}
