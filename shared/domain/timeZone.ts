/**
 * The town's own zone: the default for meetings when an admin picks none, and the zone rule
 * messages write dates and times in (a rule is the same for every reader).
 */
export const DEFAULT_TIME_ZONE = 'Asia/Damascus'
