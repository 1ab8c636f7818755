/**
 * What axe finds in Payload's own chrome, not in anything of ours: react-select's inputs and
 * indicators and the chips of a multiple choice (no label; aria-hidden yet focusable; nested
 * controls), the date picker's input (found by its value) and clear button,
 * Lexical's editable area, the list's select-all and row checkboxes, icon-only buttons of
 * popups and of the pagination, the document tabs, the array rows' drag handles and the pale
 * "or" between an upload's two buttons (Payload's own colours). A finding
 * anywhere else fails the audit.
 */
export const PAYLOAD_CHROME =
  /react-select|\.rs__|dropdown-indicator|clear-indicator|react-datepicker|date-time-picker|ContentEditable__root|#select-all|^#_R_|popup-button|clickable-arrow|doc-tabs__tabs|collapsible__drag|upload-relationship-details|upload__dropzoneContent__orText|^input\[value=|^div\[aria-describedby=/
