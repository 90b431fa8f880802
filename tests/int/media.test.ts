import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'

import { closePayload, getTestPayload } from '../support/payload'
import { rest } from '../support/rest'

let payload: Payload
let token: string

/** A JPEG as a phone writes it: camera, owner and the GPS position where it was taken. */
async function photoWithGps(width = 2400, height = 1400): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 80 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12', Artist: 'Jane Citizen' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 24/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 7/1' },
    })
    .toBuffer()
}

beforeAll(async () => {
  payload = await getTestPayload()
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: 'media-editor@example.org', password: 'correct horse battery', name: 'Media editor', roles: ['editor'] },
  })
  const login = await payload.login({
    collection: 'users',
    data: { email: 'media-editor@example.org', password: 'correct horse battery' },
  })
  token = login.token as string
})

afterAll(async () => {
  await closePayload(payload)
})

function upload(file: Buffer, name: string, type: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  return rest('POST', '/media', { token, body: form, headers })
}

describe('media uploads', () => {
  it('the test photo really carries EXIF with a GPS position', async () => {
    const exif = (await sharp(await photoWithGps()).metadata()).exif
    expect(exif?.includes(Buffer.from('PhoneMaker'))).toBe(true)
  })

  it('strips EXIF (including GPS) from the stored original and makes every WebP size', async () => {
    const response = await upload(await photoWithGps(), 'square.jpg', 'image/jpeg', {
      alt: 'Tram line in a green street',
      credit: 'City of Example',
      licence: 'cc-by-4.0',
    })
    expect(response.status).toBe(201)
    const { doc } = await response.json()

    const dir = process.env.MEDIA_DIR as string
    const original = await readFile(path.join(dir, doc.filename))
    const meta = await sharp(original).metadata()
    expect(meta.exif).toBeUndefined()
    expect(original.includes(Buffer.from('PhoneMaker'))).toBe(false)
    expect(original.includes(Buffer.from('Jane Citizen'))).toBe(false)

    const expected = { thumbnail: [400, 300], card: [768, 512], hero: [1920, 1080], og: [1200, 630] } as const
    for (const [name, [width, height]] of Object.entries(expected)) {
      const size = doc.sizes[name]
      expect(size).toMatchObject({ width, height, mimeType: 'image/webp' })
      const file = await readFile(path.join(dir, size.filename))
      const sizeMeta = await sharp(file).metadata()
      expect(sizeMeta).toMatchObject({ format: 'webp', width, height })
      expect(sizeMeta.exif).toBeUndefined()
    }
  })

  it('refuses an image without alternative text, saying which field is missing', async () => {
    const response = await upload(await photoWithGps(800, 600), 'no-alt.jpg', 'image/jpeg', {})
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(JSON.stringify(body)).toMatch(/alt/)
  })

  it('refuses a file type it does not accept, in the uploader’s language, and stores nothing', async () => {
    const before = await payload.count({ collection: 'media', overrideAccess: true })
    const response = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'x.svg', 'image/svg+xml', { alt: 'x' }, { 'Accept-Language': 'fr' })
    expect(response.status).toBe(415)
    const body = await response.json()
    expect(body.errors[0].message).toMatch(/ne sont pas acceptés/)
    const after = await payload.count({ collection: 'media', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('refuses a file larger than the limit with a clear, localized message (413)', async () => {
    const big = Buffer.alloc(16 * 1024 * 1024, 1)
    const response = await upload(big, 'huge.pdf', 'application/pdf', { alt: 'Report' }, { 'Accept-Language': 'fr' })
    expect(response.status).toBe(413)
    const body = await response.json()
    expect(body.errors[0].message).toMatch(/la taille maximale acceptée est de 15 Mo/)
  })

  it('refuses an upload from someone without a staff role that may upload', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await photoWithGps(400, 300))], { type: 'image/jpeg' }), 'anon.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Anonymous' }))
    const response = await rest('POST', '/media', { body: form })
    expect(response.status).toBe(403)
  })
})
