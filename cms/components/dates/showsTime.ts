/** Whether a date field is picked with its time: Payload's date fields are day-only unless told. */
export const showsTime = (field: { admin?: unknown }): boolean => {
  const admin = field.admin as { date?: { pickerAppearance?: string } } | undefined
  return admin?.date?.pickerAppearance === 'dayAndTime'
}
