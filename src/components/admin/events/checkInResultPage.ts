import { adminLanguage } from '../language'
import { CHECK_IN_PATH } from './paths'
import { eventTeamTexts } from './texts'

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

type Input = { language: string | undefined; adminRoute: string; action: string; editionId: number | null; ok: boolean; message: string }

/**
 * The check-in's answer as a page, for a desk whose browser posted the form without JavaScript:
 * the answer, then the form again with the focus in the code field, so that the scanner's next
 * code goes straight in.
 */
export function checkInResultPage({ language, adminRoute, action, editionId, ok, message }: Input): string {
  const lang = adminLanguage(language)
  const t = eventTeamTexts[lang]
  const back = `${adminRoute}${CHECK_IN_PATH}${editionId ? `?edition=${editionId}` : ''}`
  const form = editionId
    ? `<form method="post" action="${escape(action)}"><input type="hidden" name="edition" value="${editionId}"><label for="code">${escape(t.code)}</label> <input id="code" name="code" autocomplete="off" autocapitalize="characters" spellcheck="false" required autofocus aria-describedby="code-hint"> <button type="submit">${escape(t.checkInButton)}</button><p id="code-hint"><small>${escape(t.codeHint)}</small></p></form>`
    : ''
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="same-origin"><title>${escape(
    `${t.checkInTitle} — ${message}`,
  )}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;font-size:1.125rem}.answer{padding:1rem;border-left:.5rem solid ${
    ok ? '#1b7f3b' : '#b42318'
  };background:${ok ? '#e8f5ec' : '#fdecea'}}input{font-size:1.25rem;padding:.25rem .5rem}button{font-size:1.125rem}</style></head><body><main><h1>${escape(t.checkInTitle)}</h1><p class="answer" role="${
    ok ? 'status' : 'alert'
  }">${escape(message)}</p>${form}<p><a href="${escape(back)}">${escape(t.back)}</a></p></main></body></html>`
}
