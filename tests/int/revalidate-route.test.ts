import { POST } from '../../src/app/next/revalidate/route'
import { revalidationToken } from '@/lib/cache/revalidationToken'

const post = (headers: Record<string, string>, body: string) =>
  POST(new Request('http://localhost/next/revalidate', { method: 'POST', headers, body }))

describe('POST /next/revalidate (used by jobs that publish outside a request)', () => {
  it('refuses a caller without the token, or with a wrong one', async () => {
    expect((await post({}, '{"tags":["pages"]}')).status).toBe(401)
    expect((await post({ Authorization: 'Bearer nope' }, '{"tags":["pages"]}')).status).toBe(401)
    expect((await post({ Authorization: `Bearer ${revalidationToken('another-secret-entirely')}` }, '{"tags":["pages"]}')).status).toBe(401)
  })

  it('refuses a body that is not a list of tags, saying what it expects', async () => {
    const auth = { Authorization: `Bearer ${revalidationToken()}` }
    for (const body of ['not json', '{}', '{"tags":[]}', '{"tags":[42]}']) {
      const response = await post(auth, body)
      expect(response.status).toBe(400)
      expect((await response.json()).error).toMatch(/tags/)
    }
  })
})
