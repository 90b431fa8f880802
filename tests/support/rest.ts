import config from '@payload-config'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}
const graphql = GRAPHQL_POST(config)

type Options = { token?: string; body?: BodyInit; json?: unknown; headers?: Record<string, string> }

/**
 * Calls Payload's REST API handlers (the same ones `/api/[...slug]` serves) with a real `Request`,
 * as an HTTP client would, optionally signed in with a JWT from `payload.login`.
 */
export async function rest(method: keyof typeof handlers, path: string, options: Options = {}): Promise<Response> {
  const url = new URL(`http://localhost/api${path}`)
  const headers = new Headers(options.headers)
  if (options.token) headers.set('Authorization', `JWT ${options.token}`)
  let body = options.body
  if (options.json !== undefined) {
    headers.set('Content-Type', 'application/json')
    body = JSON.stringify(options.json)
  }
  const request = new Request(url, { method, headers, body })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

export async function graphqlQuery(query: string, token?: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await graphql(new Request('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }))
  return response.json()
}
