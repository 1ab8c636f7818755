import type { Payload } from 'payload'
import sharp from 'sharp'

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Splits a description into lines of at most `width` characters, at spaces. */
const wrap = (text: string, width: number) =>
  text.split(' ').reduce<string[]>((lines, word) => {
    const last = lines[lines.length - 1]
    if (last !== undefined && `${last} ${word}`.length <= width)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
    return lines
  }, [])

/**
 * Uploads a drawn receipt for a demo expense (no scans on this machine): a slip with the shop's
 * stamp, what was bought, the amount and the date. 360 px wide, so Payload makes no larger sizes.
 */
export const uploadDemoReceipt = async (
  payload: Payload,
  {
    description,
    amount,
    date,
    index,
  }: { description: string; amount: string; date: string; index: number },
): Promise<number> => {
  const lines = wrap(description, 30)
    .map((line, i) => `<text x="24" y="${150 + i * 26}">${escape(line)}</text>`)
    .join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="480" viewBox="0 0 360 480">
  <rect width="360" height="480" fill="#fbf8f1"/>
  <g font-family="DejaVu Sans, sans-serif" fill="#333" font-size="17">
    <text x="24" y="48" font-size="24" font-weight="bold">RECEIPT No. ${1000 + index}</text>
    <text x="24" y="80" fill="#777">${escape(date)}</text>
    <line x1="24" y1="104" x2="336" y2="104" stroke="#bbb" stroke-dasharray="4 4"/>
    ${lines}
    <line x1="24" y1="360" x2="336" y2="360" stroke="#bbb" stroke-dasharray="4 4"/>
    <text x="24" y="400" font-size="22" font-weight="bold">TOTAL ${escape(amount)}</text>
  </g>
  <circle cx="280" cy="430" r="34" fill="none" stroke="#a33" stroke-width="4" opacity="0.6"/>
</svg>`
  const data = await sharp(Buffer.from(svg)).png({ palette: true }).toBuffer()
  const media = await payload.create({
    collection: 'media',
    data: { alt: `Receipt: ${description}` },
    file: { data, mimetype: 'image/png', name: `receipt-${1000 + index}.png`, size: data.length },
  })
  return media.id
}
