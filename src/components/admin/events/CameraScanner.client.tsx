'use client'

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react'

import type { EventTeamTexts } from './texts'

// The Barcode Detection API is not in TypeScript's DOM library yet: what this component uses of it.
type DetectedBarcode = { rawValue: string }
type BarcodeDetectorLike = { detect: (source: HTMLVideoElement) => Promise<DetectedBarcode[]> }
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike
type PolicyLike = { allowsFeature?: (feature: string) => boolean }

const noSubscription = () => () => undefined

const SCAN_EVERY_MS = 250
/** A code held in front of the camera is read many times a second: it is sent once in this time. */
const SAME_CODE_PAUSE_MS = 4000

function barcodeDetector(): BarcodeDetectorConstructor | null {
  const scope = window as unknown as { BarcodeDetector?: BarcodeDetectorConstructor }
  const policy = (document as unknown as { permissionsPolicy?: PolicyLike; featurePolicy?: PolicyLike }).permissionsPolicy ??
    (document as unknown as { featurePolicy?: PolicyLike }).featurePolicy
  if (!scope.BarcodeDetector || !navigator.mediaDevices?.getUserMedia) return null
  if (policy?.allowsFeature && !policy.allowsFeature('camera')) return null
  return scope.BarcodeDetector
}

/**
 * Camera scanning, where the browser can (the Barcode Detection API and a camera the page may use):
 * a progressive enhancement of the code field, which a USB scanner or a person fills anyway.
 */
export function CameraScanner({ texts: t, onCode }: { texts: EventTeamTexts; onCode: (code: string) => void | Promise<void> }) {
  const video = useRef<HTMLVideoElement>(null)
  const stream = useRef<MediaStream | null>(null)
  const lastCode = useRef<{ code: string; at: number } | null>(null)
  // False on the server and in the first render (no mismatch when hydrating), then what the browser can do.
  const supported = useSyncExternalStore(noSubscription, () => Boolean(barcodeDetector()), () => false)
  const [scanning, setScanning] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const stop = useCallback(() => {
    stream.current?.getTracks().forEach((track) => track.stop())
    stream.current = null
    setScanning(false)
  }, [])

  useEffect(() => stop, [stop])

  useEffect(() => {
    const Detector = scanning ? barcodeDetector() : null
    if (!Detector || !video.current) return
    const detector = new Detector({ formats: ['qr_code'] })
    const element = video.current
    const timer = window.setInterval(() => {
      if (element.readyState < 2) return
      detector
        .detect(element)
        .then((found) => {
          const code = found[0]?.rawValue?.trim()
          if (!code) return
          const now = Date.now()
          if (lastCode.current && lastCode.current.code === code && now - lastCode.current.at < SAME_CODE_PAUSE_MS) return
          lastCode.current = { code, at: now }
          void onCode(code)
        })
        .catch(() => undefined)
    }, SCAN_EVERY_MS)
    return () => window.clearInterval(timer)
  }, [scanning, onCode])

  async function start() {
    setProblem(null)
    try {
      const media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      stream.current = media
      if (video.current) {
        video.current.srcObject = media
        await video.current.play()
      }
      setScanning(true)
    } catch {
      stop()
      setProblem(t.cameraUnavailable)
    }
  }

  if (!supported) return null
  return (
    <div style={{ marginTop: '1rem' }} data-testid="check-in-camera">
      <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={scanning ? stop : start} aria-pressed={scanning}>
        {scanning ? t.cameraStop : t.camera}
      </button>
      {problem ? <p role="alert">{problem}</p> : null}
      <div hidden={!scanning} style={{ marginTop: '0.75rem' }}>
        <p>{t.cameraPointAt}</p>
        <video ref={video} muted playsInline style={{ width: '100%', maxWidth: '28rem', borderRadius: '0.25rem' }} aria-label={t.cameraPointAt} />
      </div>
    </div>
  )
}
