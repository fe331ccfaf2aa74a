/** The working-time calendar built on the project's rule tables. */
import { createCalendar } from './calendar';
import { calendarTables } from './tables';

export const calendar = createCalendar(calendarTables);

export * from './calendar';
export * from './minimum-rate';
export * from './tables';
export * from './explain';
export * from './fields';
export { easterSunday } from './easter';
