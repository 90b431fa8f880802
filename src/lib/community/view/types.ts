import type { Member, User } from '@/payload-types'
import type { PostState, ThreadKind } from '../options'

/** Who reads (the session's viewer): the public, a member, or a moderator. */
export type CommunityViewer = { member: Member | null; moderator: User | null }

export const ANONYMOUS: CommunityViewer = { member: null, moderator: null }

/** "Former member" when null (the account was deleted). */
export type AuthorView = { id: number; name: string; verifiedOfficial: boolean } | null

export type SpaceRef = { id: number; slug: string; title: string }

export type SpaceView = SpaceRef & { description: string | null; kind: 'theme' | 'region'; themeId: number | null; threadCount: number }

export type ThreadSummary = {
  id: number
  title: string
  kind: ThreadKind
  space: SpaceRef | null
  author: AuthorView
  replyCount: number
  lastActivityAt: string
  solved: boolean
  tags: string[]
}

export type ThreadListing = { threads: ThreadSummary[]; page: number; totalPages: number; totalThreads: number }

export type PostView = {
  id: number
  /** Sanitized HTML from renderMarkdown: the only HTML put into the page. */
  bodyHtml: string
  /** The Markdown source, for the edit form (the author and moderators only). */
  body: string
  author: AuthorView
  createdAt: string
  editedAt: string | null
  state: PostState
  listed: boolean
  /** Written by the viewer. */
  own: boolean
  /** For the author of a hidden or removed post: the moderation action she can appeal. */
  appealActionId: number | null
}

export type ThreadView = {
  id: number
  title: string
  kind: ThreadKind
  space: SpaceRef | null
  opening: PostView
  replies: PostView[]
  solutionId: number | null
  locked: boolean
  tags: string[]
  practices: Array<{ slug: string; title: string }>
  city: { id: number; slug: string; name: string } | null
  twinningThemes: Array<{ id: number; slug: string; name: string }>
  replyCount: number
}

export type ThreadSort = 'latest' | 'unanswered' | 'solved'
export const THREAD_SORTS: ThreadSort[] = ['latest', 'unanswered', 'solved']
export const THREADS_PER_PAGE = 20
