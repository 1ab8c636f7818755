import type { Locale } from '@fazaa/shared/i18n/locales'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const TEXT = {
  ar: {
    signin: {
      subject: 'رابط الدخول إلى الفزعة',
      lead: 'اضغط الرابط لتدخل إلى مساحتك في الفزعة. يعمل مرة واحدة خلال ١٥ دقيقة.',
      action: 'ادخل الآن',
    },
    reset: {
      subject: 'تغيير كلمة السر في الفزعة',
      lead: 'اضغط الرابط لتختار كلمة سر جديدة. يعمل مرة واحدة خلال ساعة.',
      action: 'اختر كلمة سر جديدة',
    },
    hello: (name: string) => `مرحباً ${name}،`,
    notYou: 'إن لم تطلب هذا فتجاهل الرسالة؛ لن يتغير شيء.',
  },
  en: {
    signin: {
      subject: 'Your Fazaa sign-in link',
      lead: 'Open the link to sign in to your space on Fazaa. It works once, within 15 minutes.',
      action: 'Sign in now',
    },
    reset: {
      subject: 'Change your Fazaa password',
      lead: 'Open the link to choose a new password. It works once, within an hour.',
      action: 'Choose a new password',
    },
    hello: (name: string) => `Hello ${name},`,
    notYou: 'If you did not ask for this, ignore this message; nothing will change.',
  },
}

/** The message carrying a sign-in or password-reset link, in the language the member used. */
export const signInLinkEmail = (
  locale: Locale,
  name: string,
  link: string,
  kind: 'signin' | 'reset' = 'signin',
) => {
  const t = TEXT[locale]
  const dir = locale === 'ar' ? 'rtl' : 'ltr'
  return {
    subject: t[kind].subject,
    text: `${t.hello(name)}\n\n${t[kind].lead}\n\n${link}\n\n${t.notYou}\n`,
    html: `<div dir="${dir}" lang="${locale}" style="font-family:sans-serif;line-height:1.6">
<p>${escapeHtml(t.hello(name))}</p>
<p>${escapeHtml(t[kind].lead)}</p>
<p><a href="${escapeHtml(link)}">${escapeHtml(t[kind].action)}</a></p>
<p style="color:#666">${escapeHtml(t.notYou)}</p>
</div>`,
  }
}
