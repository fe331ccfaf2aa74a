/** The version of the open-data files' layout; raised when a field is renamed or removed. */
export const OPEN_DATA_FORMAT = 1;
