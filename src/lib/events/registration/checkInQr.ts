import QRCode from 'qrcode'

/** The content id the confirmation's HTML uses for the QR code image (`<img src="cid:…">`). */
export const CHECK_IN_QR_CID = 'check-in-qr@gkec'

const MARGIN = 4
const SCALE = 8

/** A check-in code as people read it out at the desk: "7K3M9-QX2AB" (the desk ignores the dash). */
export const formatCheckInCode = (code: string) => code.replace(/(.{5})(?=.)/g, '$1-')

/**
 * The QR code a desk scanner reads: exactly the registration's check-in code (what the scanner then
 * types), as a PNG with the quiet zone scanners need, sharp at its natural size.
 */
export async function checkInQrPng(code: string): Promise<{ png: Buffer; size: number }> {
  const modules = QRCode.create(code, { errorCorrectionLevel: 'M' }).modules.size
  const png = await QRCode.toBuffer(code, { type: 'png', errorCorrectionLevel: 'M', margin: MARGIN, scale: SCALE })
  return { png, size: (modules + 2 * MARGIN) * SCALE }
}
