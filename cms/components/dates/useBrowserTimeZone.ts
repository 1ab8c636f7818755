import { useEffect, useState } from 'react'

import { DEFAULT_TIME_ZONE } from '@fazaa/shared/domain/timeZone'

/**
 * The admin's own time zone, the one Payload's date pickers show times in. Known only in the
 * browser: the server's render (and the first in the browser, which must match it) uses the
 * town's, and the browser's follows at once.
 */
export const useBrowserTimeZone = (): string => {
  const [zone, setZone] = useState(DEFAULT_TIME_ZONE)
  useEffect(() => {
    setZone(Intl.DateTimeFormat().resolvedOptions().timeZone || DEFAULT_TIME_ZONE)
  }, [])
  return zone
}
