import type { Page } from 'playwright-core'

/**
 * How far a page scrolls sideways beyond its viewport, and the elements that stick out most, so a
 * failing width check names its cause. 0 when nothing scrolls sideways.
 */
export const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement
    const overflow = root.scrollWidth - root.clientWidth
    if (overflow <= 0) return { overflow: 0, culprits: [] }
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .map((element) => {
        const box = element.getBoundingClientRect()
        const out = Math.max(-box.left, box.right - root.clientWidth)
        return { out, element }
      })
      .filter(({ out, element }) => out > 1 && element.getClientRects().length > 0)
      .sort((a, b) => b.out - a.out)
      .slice(0, 5)
      .map(
        ({ out, element }) =>
          `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} (${Math.round(out)} px)`,
      )
    return { overflow, culprits }
  })
