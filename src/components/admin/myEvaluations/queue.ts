import type { Payload, TypedLocale, TypedUser } from 'payload'

import type { Evaluation, Practice } from '@/payload-types'
import { isOverdue } from '../language'

export const QUEUE_GROUPS = ['overdue', 'assigned', 'in_progress', 'submitted'] as const
export type QueueGroup = (typeof QUEUE_GROUPS)[number]

export type QueueItem = { id: number; practiceTitle: string; dueDate: string; submittedAt: string | null; round: number }
export type EvaluationQueue = Record<QueueGroup, QueueItem[]>

type Row = Pick<Evaluation, 'id' | 'status' | 'dueDate' | 'submittedAt' | 'round'> & { practice: number | Pick<Practice, 'id' | 'title'> }

/** Sorts an evaluator's evaluations into her queue; an open one past its due date is overdue. */
export function groupQueue(rows: Row[], now: Date = new Date()): EvaluationQueue {
  const queue: EvaluationQueue = { overdue: [], assigned: [], in_progress: [], submitted: [] }
  for (const row of rows) {
    const group: QueueGroup | null = isOverdue(row, now)
      ? 'overdue'
      : row.status === 'assigned' || row.status === 'in_progress' || row.status === 'submitted'
        ? row.status
        : null
    if (!group) continue
    queue[group].push({
      id: row.id,
      practiceTitle: typeof row.practice === 'object' ? row.practice.title : `#${row.practice}`,
      dueDate: row.dueDate,
      submittedAt: row.submittedAt ?? null,
      round: row.round ?? 1,
    })
  }
  queue.submitted.sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''))
  return queue
}

/**
 * The signed-in evaluator's own evaluations (read with her access: never anyone else's), with the
 * practice titles in the admin's content locale.
 */
export async function myEvaluationQueue(payload: Payload, user: TypedUser, locale?: TypedLocale): Promise<EvaluationQueue> {
  const { docs } = await payload.find({
    collection: 'evaluations',
    where: { and: [{ evaluator: { equals: user.id } }, { status: { in: ['assigned', 'in_progress', 'submitted'] } }] },
    sort: 'dueDate',
    depth: 1,
    limit: 500,
    select: { practice: true, status: true, dueDate: true, submittedAt: true, round: true },
    populate: { practices: { title: true } },
    locale,
    overrideAccess: false,
    user,
  })
  return groupQueue(docs)
}
