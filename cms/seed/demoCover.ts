import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Sector } from '@fazaa/shared/domain/vocabulary'
import type { DemoCampaign } from './demoCampaigns'

/** Sky, hills and the sector's sign for each kind of project: a picture without a photograph. */
const PALETTES: Partial<Record<Sector, { sky: [string, string]; hills: [string, string] }>> = {
  education: { sky: ['#f6d28b', '#e58f5b'], hills: ['#7a9a5b', '#4f6f3a'] },
  health: { sky: ['#bfe3ec', '#6fb1c9'], hills: ['#8bb07a', '#5d8451'] },
  agriculture: { sky: ['#f3c27a', '#d96a3b'], hills: ['#6d8f45', '#3f5f2a'] },
  culture: { sky: ['#d9c2f0', '#9a7bc8'], hills: ['#7f9a6a', '#566f47'] },
  engineering: { sky: ['#c9d6df', '#7f98aa'], hills: ['#8a9a6b', '#5f6f45'] },
  media: { sky: ['#f2d7c0', '#c98f6f'], hills: ['#86a06a', '#5b7546'] },
}
const FALLBACK = { sky: ['#f0dcb4', '#cf9a62'], hills: ['#7c9860', '#52703c'] } as const

/** A simple white sign per sector, drawn around (0, 0) in a 200-unit box. */
const SIGNS: Partial<Record<Sector, string>> = {
  education: '<path d="M-90 -40 L0 -80 L90 -40 L0 0 Z M-60 -20 V40 Q0 70 60 40 V-20 L0 10 Z"/>',
  health: '<path d="M-25 -85 H25 V-25 H85 V25 H25 V85 H-25 V25 H-85 V-25 H-25 Z"/>',
  agriculture:
    '<path d="M0 90 V-10 M0 20 Q-60 10 -60 -50 Q0 -40 0 20 M0 -10 Q60 -20 60 -80 Q0 -70 0 -10" stroke="#fff" stroke-width="14" fill="none"/>',
  culture: '<path d="M-80 -70 H-5 V80 H-80 Z M5 -70 H80 V80 H5 Z" />',
  engineering: '<circle r="60"/><circle r="25" fill="#0003"/>',
  media: '<path d="M-80 -60 H80 V40 H-20 L-60 80 V40 H-80 Z"/>',
}

const coverSvg = (sector: Sector, variant: number) => {
  const palette = PALETTES[sector] ?? FALLBACK
  const sign = SIGNS[sector] ?? '<circle r="70"/>'
  const sunX = 1150 + (variant % 4) * 90
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="${palette.sky[0]}"/><stop offset="1" stop-color="${palette.sky[1]}"/>
  </linearGradient></defs>
  <rect width="1600" height="900" fill="url(#sky)"/>
  <circle cx="${sunX}" cy="220" r="110" fill="#fff6" />
  <path d="M0 620 Q400 ${470 + variant * 10} 800 600 T1600 560 V900 H0 Z" fill="${palette.hills[0]}"/>
  <path d="M0 760 Q500 640 1000 740 T1600 700 V900 H0 Z" fill="${palette.hills[1]}"/>
  <g transform="translate(420 400) scale(1.6)" fill="#fff" opacity="0.92">${sign}</g>
</svg>`
}

/**
 * Uploads a generated cover for a demo campaign (Payload makes the responsive sizes with sharp),
 * with its description in both languages. Returns the media id.
 */
export const uploadDemoCover = async (
  payload: Payload,
  demo: DemoCampaign,
  variant: number,
): Promise<number> => {
  const sector = demo.sectors[0] ?? 'other'
  const data = await sharp(Buffer.from(coverSvg(sector, variant)))
    .jpeg({ quality: 80, mozjpeg: true })
    .toBuffer()
  const name = `cover-${variant}-${sector}.jpg`
  const media = await payload.create({
    collection: 'media',
    locale: 'ar',
    data: { alt: `رسم لمشروع: ${demo.title.ar}` },
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
  })
  await payload.update({
    collection: 'media',
    id: media.id,
    locale: 'en',
    data: { alt: `Illustration for: ${demo.title.en}` },
  })
  return media.id
}
