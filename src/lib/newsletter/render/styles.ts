import type { CSSProperties } from 'react'

/** Inline styles (mail programs ignore style sheets), on GKEC's colours. */
export const styles = {
  body: { backgroundColor: '#f4f5f7', fontFamily: 'Arial, Helvetica, sans-serif', color: '#1b1f24', margin: 0, padding: '24px 0' },
  container: { backgroundColor: '#ffffff', maxWidth: '600px', margin: '0 auto', padding: '24px' },
  brand: { fontSize: '14px', fontWeight: 700, letterSpacing: '0.04em', color: '#0b4f8a', margin: '0 0 16px' },
  h1: { fontSize: '26px', lineHeight: '1.25', margin: '0 0 12px' },
  h2: { fontSize: '20px', lineHeight: '1.3', margin: '24px 0 8px' },
  h3: { fontSize: '17px', lineHeight: '1.3', margin: '0 0 4px' },
  text: { fontSize: '16px', lineHeight: '1.5', margin: '0 0 12px' },
  muted: { fontSize: '14px', lineHeight: '1.5', color: '#555b63', margin: '0 0 8px' },
  link: { color: '#0b4f8a', textDecoration: 'underline' },
  button: { backgroundColor: '#0b4f8a', color: '#ffffff', padding: '12px 20px', borderRadius: '4px', fontWeight: 700, textDecoration: 'none', display: 'inline-block' },
  image: { maxWidth: '100%', height: 'auto', display: 'block', border: 0 },
  figure: { fontSize: '28px', fontWeight: 700, color: '#0b4f8a', margin: '0' },
  card: { borderTop: '1px solid #d9dde3', padding: '12px 0' },
  quote: { borderLeft: '4px solid #0b4f8a', padding: '4px 0 4px 16px', margin: '16px 0' },
  footer: { fontSize: '12px', lineHeight: '1.5', color: '#555b63', margin: '0 0 8px' },
  hr: { borderColor: '#d9dde3', margin: '24px 0' },
} satisfies Record<string, CSSProperties>
