import { describeTheDemoAt, MOMENTS_AT_YEAR_ENDS } from '../helpers/demoAtDate'

describeTheDemoAt(MOMENTS_AT_YEAR_ENDS)
