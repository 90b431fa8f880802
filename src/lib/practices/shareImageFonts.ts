import { readFile } from 'node:fs/promises'
import path from 'node:path'

const FILES = path.join(process.cwd(), 'node_modules', '@fontsource', 'atkinson-hyperlegible-next', 'files')

type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' }

let fonts: Promise<Font[]> | undefined

/** The site's own font, read from the installed package: the share image never fetches a font. */
export function shareImageFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    (['latin', 'latin-ext'] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => {
        const file = await readFile(path.join(FILES, `atkinson-hyperlegible-next-${subset}-${weight}-normal.woff`))
        return { name: 'Atkinson Hyperlegible Next', data: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer, weight, style: 'normal' as const }
      }),
    ),
  )
  return fonts
}

/**
 * Text the bundled fonts can draw. Any other character would make the image renderer download a
 * font from the internet, so it is left out (our languages are written in Latin script).
 */
export function drawableText(text: string): string {
  return text
    .normalize('NFC')
    // French groups digits with a narrow no-break space, which the font lacks: a plain one reads the same.
    .replace(/[\u2009\u202F]/g, '\u00A0')
    .replace(/[^\u0020-\u024F\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2122]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
