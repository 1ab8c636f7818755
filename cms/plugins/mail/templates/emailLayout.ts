import type { Locale } from '@fazaa/shared/i18n/locales'

/** One line of an email: text, optionally followed by a link. */
export interface EmailLine {
  text: string
  link?: { href: string; label: string }
}

export interface EmailSection {
  heading?: string
  lines: EmailLine[]
}

export interface EmailContent {
  locale: Locale
  greeting: string
  sections: EmailSection[]
  footer: { text: string; links: { href: string; label: string }[] }
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const link = (href: string, label: string) =>
  `<a href="${escape(href)}" style="color:#b4451f;font-weight:bold">${escape(label)}</a>`

/**
 * An email as HTML that reads in common mail clients (one column, inline styles, no images, no
 * scripts, no tracking) with its plain-text twin. Arabic is laid out right to left.
 */
export const renderEmail = ({ locale, greeting, sections, footer }: EmailContent) => {
  const dir = locale === 'ar' ? 'rtl' : 'ltr'
  const align = locale === 'ar' ? 'right' : 'left'
  const line = ({ text, link: target }: EmailLine) =>
    `<p style="margin:0 0 8px">${escape(text)}${target ? ` ${link(target.href, target.label)}` : ''}</p>`
  const html = `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f6f3ee">
<div dir="${dir}" style="max-width:600px;margin:0 auto;padding:16px;font-family:Tahoma,Arial,sans-serif;font-size:16px;line-height:1.6;color:#1f2a2e;text-align:${align}">
<p style="margin:0 0 12px">${escape(greeting)}</p>
${sections
  .map(
    (
      section,
    ) => `<div style="background:#ffffff;border-radius:8px;padding:12px 16px;margin:0 0 12px">
${section.heading ? `<h2 style="font-size:18px;margin:0 0 8px;color:#b4451f">${escape(section.heading)}</h2>` : ''}
${section.lines.map(line).join('\n')}
</div>`,
  )
  .join('\n')}
<p style="margin:16px 0 0;font-size:13px;color:#5b6b70">${escape(footer.text)}<br>${footer.links
    .map(({ href, label }) => link(href, label))
    .join(' · ')}</p>
</div>
</body>
</html>`
  const text = [
    greeting,
    '',
    ...sections.flatMap((section) => [
      ...(section.heading
        ? [section.heading, '-'.repeat(Math.min(section.heading.length, 40))]
        : []),
      ...section.lines.map(({ text, link: target }) =>
        // A link whose label is its address is written once, not "address: address".
        [
          text,
          target &&
            (target.label === target.href ? target.href : `${target.label}: ${target.href}`),
        ]
          .filter(Boolean)
          .join(' '),
      ),
      '',
    ]),
    footer.text,
    ...footer.links.map(({ href, label }) => `${label}: ${href}`),
  ].join('\n')
  return { html, text }
}
