import type { Localized } from '@fazaa/shared/i18n/locales'
import { readBodyWithin } from '@fazaa/shared/http/readBodyWithin'
import { REQUEST_LIMITS } from '@fazaa/shared/rules/limits'

/** A form with a receipt photo, plus room for its other fields and the multipart framing. */
export const MULTIPART_MAX_BYTES = REQUEST_LIMITS.uploadBytes + REQUEST_LIMITS.uploadOverheadBytes
/** Every other form: the longest text we take (a proposal's details) is a few kilobytes. */
export const URLENCODED_MAX_BYTES = 256 * 1024

export type FormBodyProblem = { status: 400 | 413 | 415; message: Localized }

const UNSUPPORTED: FormBodyProblem = {
  status: 415,
  message: {
    ar: 'هذه الصفحة تقبل النماذج فقط. أرسل النموذج من الصفحة نفسها.',
    en: 'This page only takes its own forms. Send the form from the page itself.',
  },
}
const TOO_LARGE: FormBodyProblem = {
  status: 413,
  message: {
    ar: 'ما أُرسل أكبر مما تقبله هذه الصفحة (الإيصال 10 ميغابايت على الأكثر).',
    en: 'What was sent is larger than this page takes (a receipt is at most 10 MB).',
  },
}
const UNREADABLE: FormBodyProblem = {
  status: 400,
  message: {
    ar: 'لم نستطع قراءة النموذج المرسل. حمّل الصفحة وأعد المحاولة.',
    en: 'The form that was sent could not be read. Reload the page and try again.',
  },
}

/**
 * Checks a post to a page before the page reads it: a form content type, a sensible size, and a
 * body that parses. A page then reads `request.formData()` knowing it will not throw; anything
 * else (JSON, a broken multipart upload, a 100 MB body) is refused here with a clear 4xx instead
 * of surfacing as a server error. Returns null when the body is fine.
 */
export const checkFormBody = async (request: Request): Promise<FormBodyProblem | null> => {
  // As sent: a multipart boundary is case-sensitive.
  const type = request.headers.get('content-type') ?? ''
  const kind = type.toLowerCase()
  const multipart = kind.startsWith('multipart/form-data')
  if (!multipart && !kind.startsWith('application/x-www-form-urlencoded')) {
    // A post without a body (sign-out's button) carries no content type at all.
    return request.body === null ? null : UNSUPPORTED
  }
  const limit = multipart ? MULTIPART_MAX_BYTES : URLENCODED_MAX_BYTES
  if (Number(request.headers.get('content-length') ?? 0) > limit) return TOO_LARGE
  try {
    // A clone, so the page still has the body to read; forms are small and posts are rare.
    // Read no further than the limit, whatever the request claims of its length.
    const body = await readBodyWithin(request.clone(), limit)
    if (!body) return TOO_LARGE
    const form = await new Request(request.url, {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    }).formData()
    // No browser puts a NUL character in a form, and PostgreSQL cannot store one in text.
    for (const value of form.values()) {
      if (typeof value === 'string' && value.includes('\u0000')) return UNREADABLE
    }
    return null
  } catch {
    return UNREADABLE
  }
}
