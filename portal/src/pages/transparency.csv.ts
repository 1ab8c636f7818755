import type { APIRoute } from 'astro'

import { CSV_BOM } from '@fazaa/shared/csv'
import { PUBLIC_PAGE_CACHE_CONTROL } from '../features/pageCache/cachePolicy'
import { moneyCsv } from '../features/transparency/moneyByCampaign'
import { getMoneyByCampaign } from '../lib/cms'

/** The transparency table for spreadsheets. */
export const GET: APIRoute = async ({ locals }) =>
  new Response(CSV_BOM + moneyCsv(await getMoneyByCampaign(locals.locale)), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'cache-control': PUBLIC_PAGE_CACHE_CONTROL,
      'content-disposition': 'attachment; filename="fazaa-money.csv"',
    },
  })
