/** Names a change for the save status: what stays unsaved on screen if the write fails. */
export const changeName = (scope: string, fields: object) =>
  `${scope}:${Object.keys(fields).join()}`;
