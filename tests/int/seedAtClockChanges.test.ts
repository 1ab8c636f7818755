import { describeTheDemoAt, MOMENTS_AT_CLOCK_CHANGES } from '../helpers/demoAtDate'

describeTheDemoAt(MOMENTS_AT_CLOCK_CHANGES)
